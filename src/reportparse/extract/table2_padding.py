"""A table 二 pipe row with more cells than its columns and blank cells at both ends ("| 政府集中采购 |  | 846.35 |  |"):
a blank column of its own and a padding cell, or the other way round. The row alone does not say which; the rows of the
same table that print the same number of cells for the same number of columns show where such a table keeps its padding
(its block's 信息内容 header row naming each column, a row whose every figure is printed). Where all of them put it at the
same end, the row is read so; else it stays unread (tables.read_row says so): a column is never shifted."""
from __future__ import annotations

from typing import Optional

from ..schema import template_markers
from .rows import RowHit
from .row_cells import Token
from .values import fit_cells

_MARKERS = template_markers()

NOTE = ("blank cells at both ends of the row: its columns placed where the table's other rows of its width print "
        "theirs (the padding at the same end)")


def padded_fit(text: str, h: RowHit, n: int, others: list[tuple[RowHit, int]], head: Optional[int]) -> \
        Optional[list[Token]]:
    """The row's n cells when its two fits (values.fit_cells) are told apart by the table's structure; else None.
    others: the table's other rows with their column counts; head: where the row's block's header row starts, if any."""
    if not h.pipe_row or len(h.cells) <= n or len(fits := fit_cells(h, n)) != 2:
        return None
    width = len(h.cells)
    shown = [[bool(t.raw) for t in g.cells] for g, k in others if k == n and g.pipe_row and len(g.cells) == width
             and _same_table(text, g.label_start, h.label_start)]
    if head is not None and _same_table(text, head, h.label_start):
        line_end = text.find("\n", head)
        cells = text[text.rfind("\n", 0, head) + 1:line_end if line_end >= 0 else len(text)].strip().strip("|").split("|")
        if "".join(cells[0].split()) in _MARKERS.t2_header and len(cells) - 1 == width:
            shown.append([bool(c.strip()) for c in cells[1:]])
    # (a row with a blank among its columns shows nothing; one whose printed cells stand at both ends refutes)
    sides = {_side(s, n) for s in shown if sum(s) == n}
    if len(sides) != 1 or None in sides:
        return None
    fit = h.cells[:n] if sides.pop() == "first" else h.cells[-n:]
    return fit if any([t.start for t in f] == [t.start for t in fit] for f in fits) else None


def _side(filled: list[bool], n: int) -> Optional[str]:
    """Which end a row whose n columns are all printed keeps its padding cells at: "first" (its columns are its first
    cells), "last", or None (padding at both ends)."""
    return "first" if all(filled[:n]) else "last" if all(filled[-n:]) else None


def _same_table(text: str, a: int, b: int) -> bool:
    """Every line from a's to b's is a pipe row (or blank, as a crawler spaces lines): one table, no text between."""
    lo, hi = min(a, b), max(a, b)
    lo = text.rfind("\n", 0, lo) + 1
    return all(line.lstrip().startswith("|") or not line.strip() for line in text[lo:hi].split("\n"))
