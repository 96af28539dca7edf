"""A table row a crawler stored over several lines with every pipe a separator: the row's line holds its label,
closed by a pipe, and maybe its first cell ('一、本年新收…数量 | 25 |' or '…数量 |'), each blank cell after it is a lone
'|' line, and its last cell a line opened and closed ('| 25 |'; cut by the copy's end: '| 25'). Read a line a cell,
the row comes out a cell short (the separator-counted layout takes '| 25 |' for one cell, the lone pipe before it
for a blank); with every pipe a separator it fills the template's columns. Only rows printing no figure between
their label's line and their last line are read so (a figure line in the middle is the other layout's), and only in
a table where some row so read prints figures whose sum its total proves and none prints figures it refutes."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

import regex

from ..cells import parse_cell
from ..patterns import LazyPattern
from .row_cells import TOKEN, Token, pipe_cells
from .rows import RowHit

_LABEL_REST = LazyPattern(r"[ \t]*\|(?:[ \t]*(?:" + TOKEN.pattern + r")[ \t]*\|)?[ \t]*(?=\n)")
_LONE = regex.compile(r"[ \t]*\|[ \t]*")
_CLOSED = LazyPattern(r"[ \t]*(?:" + TOKEN.pattern + r")[ \t]*\|[ \t]*")
_LAST = LazyPattern(r"[ \t]*\|[ \t]*(?:" + TOKEN.pattern + r")[ \t]*(\|)?[ \t]*")

CLOSED_NOTE = ("its cells a line each after its label's line, each closed by a pipe, blanks as lone pipes: each line "
               "a cell, filling the template's columns")
NOTE = ("its cells a line each after its label's line, blanks as lone pipes, the last cell's line opened by a pipe: "
        "every pipe read as a separator, as the table's sums prove")


def across_rows(text: str, hits: list[RowHit], n: int) -> list[RowHit]:
    """The table's rows, those of this layout read with every pipe a separator where the table's sums prove it: a row
    so read printing a figure beside its total that equals it (its other cells blank), none printing figures that
    do not sum to its total. Else the rows as found (those printed a closed cell a line, closed_lines, read so)."""
    hits = [closed_lines(text, h, n) or h for h in hits]
    alts = [across_pipes(text, h, n) for h in hits]
    sums = [_printed_sum(a) for a in alts if a is not None]
    if True not in sums or False in sums:
        return hits
    return [a or h for a, h in zip(alts, hits)]


def _printed_sum(h: RowHit) -> Optional[bool]:
    """Do the row's printed applicant figures sum to its printed total (None: no figure beside the total)?"""
    values = [parse_cell(t.raw).value for t in h.cells if t.raw]
    if len(values) < 2 or None in values or not h.cells[-1].raw:
        return None
    return sum(values[:-1]) == values[-1]


def across_pipes(text: str, h: RowHit, n: int) -> Optional[RowHit]:
    """The row with every pipe from its label to its last cell line a separator, where that gives exactly `n` cells
    and its own reading does not; else None."""
    if len(h.cells) == n and any(t.raw for t in h.cells):
        return None
    m = _LABEL_REST.match(text, h.label_end)
    if not m:
        return None
    pos, lone = m.end(), 0
    while pos < len(text) and text[pos] == "\n":
        eol = text.find("\n", pos + 1)
        eol = len(text) if eol < 0 else eol
        if _LONE.fullmatch(text, pos + 1, eol):
            lone, pos = lone + 1, eol
            continue
        last = _LAST.fullmatch(text, pos + 1, eol)
        # (a last line left open only where the copy ends with it: the crawler's cut, not a row going on)
        if lone and last and (last.group(1) or not text[eol:].strip()):
            end = eol if last.group(1) else len(text)
            cells = pipe_cells(text + ("" if last.group(1) else "|"), h.label_end, end + (0 if last.group(1) else 1))
            return replace(h, cells=_within(cells, len(text)), pipe_row=True, region_end=end, note=NOTE) \
                if len(cells) == n else None
        return None
    return None


def _within(cells: list[Token], size: int) -> list[Token]:
    return [t if t.end <= size else Token(t.raw, min(t.start, size), size) for t in cells]


def closed_lines(text: str, h: RowHit, n: int) -> Optional[RowHit]:
    """The row printed a closed cell a line ('…数量 |', then '|' for each blank, '0 |' for a figure), each line a cell,
    where its own reading does not give `n` cells: read so where its lines are exactly `n` cells, one blank at least,
    the last a figure that the next row's line (no cell) follows. A lone pipe last may be a blank last cell or a
    row's end: not settled, the row as found."""
    if len(h.cells) == n and any(t.raw for t in h.cells):
        return None
    m = _LABEL_REST.match(text, h.label_end)
    if not m or m.group().count("|") != 1:
        return None
    pos, kinds = m.end(), []
    while pos < len(text) and text[pos] == "\n" and len(kinds) <= n:
        eol = text.find("\n", pos + 1)
        eol = len(text) if eol < 0 else eol
        if _LONE.fullmatch(text, pos + 1, eol):
            kinds.append("")
        elif _CLOSED.fullmatch(text, pos + 1, eol):
            kinds.append("v")
        else:
            break
        pos = eol
    if len(kinds) != n or "" not in kinds or kinds[-1] != "v":
        return None
    cells = pipe_cells(text, h.label_end, pos)
    return replace(h, cells=cells, pipe_row=True, region_end=pos, note=CLOSED_NOTE) if len(cells) == n else None
