"""A copy that ends inside a table's row (a page excerpt, a crawl cut short), its cells one a line: how many of the
row's first columns its figures surely are.

A cell a line closed by its pipe ("规章  |\\n  0  |") is a cell, blank or not, so the figures printed are the row's
first columns. Without pipes (cells on lines of their own, blank lines between) a blank cell leaves no trace, so the
figures fill the row from its left only where the table shows that its copy leaves none out: every other row of it
prints all its columns. And the figure the text ends in, its line unfinished (no line break after it), may be cut
inside ('20' of 2020年…): it is none of the row's, and a row whose complete lines fill its columns is read without it;
unless it is a bare 0 (no count is printed with a leading zero, so nothing of it was cut), which is whole.

A pipe row the text ends in may end in words that open the next section ('规章 | 3 | 8 | 5 | 第二' of 第二十条…, '二、…',
'(二)…'), the copy cut inside that heading: those words, no pipe after them and nothing after them in the text, are no
cell of the row (next_head_cut). A cell of words closed by its pipe, or one that opens no heading, is a cell.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Optional

import regex

from ..cells import parse_cell
from ..patterns import ordinal_bracketed, ordinal_marked, ordinals
from .national_emit import sums_to
from .rows import RowHit

_PIPE_CLOSED = regex.compile(r"[ \t\u3000]*\|[ \t\u3000]*(?:\n|$)")     # a cell a line, closed by its pipe


def cut_at_text_end(text: str, h: RowHit, n: int, leaves_none_out: Callable[[], bool], total_last: bool = False) -> int:
    """How many of the row's n columns its figures give before the text ends (nothing but spaces and pipes after
    its last figure, each figure on a line of its own after its label's line): fewer than n for a row cut short,
    n for a row whose complete lines fill it and after which the text ends inside a figure. 0: the row is not cut so,
    or its columns are not proven (`leaves_none_out`, asked only then: does every other row of the table print all
    its columns?). `total_last`: the row's last column is the sum of the others (table 三): n figures that sum so are
    the whole row, the last one not cut. The figure the text ends in is whole where it is a bare 0 (_whole_zero)."""
    cells = h.cells
    if not cells or len(cells) > n + 1 or not all(t.raw for t in cells):
        return 0
    tail = text[cells[-1].end:]
    if tail.strip(" \t\n\u3000|"):
        if _UNCLOSED_FIGURE.fullmatch(tail):
            return _one_pipe_line(text, h, n, tail, False)
        if not _UNCLOSED_LINE.fullmatch(tail):
            return 0
        # the row's last pipe, then a figure on a line of its own that no pipe closes where the text ends: it may
        # be cut inside ('1' of 12) or before its pipe, and is none of the row's; the cells before it stand
    starts = [h.label_end] + [t.end for t in cells[:-1]]
    zero = _whole_zero(text, cells)
    if not all("\n" in text[a:t.start] for a, t in zip(starts, cells)):
        return _one_pipe_line(text, h, n, tail, zero)
    closed = [_PIPE_CLOSED.match(text, t.end) is not None for t in cells]
    if all(closed[:-1]):        # (the last, no pipe before the text ends, may be cut inside: not read, unless a bare 0)
        return (len(cells) if closed[-1] or zero else len(cells) - 1) if len(cells) < n else 0
    if any("|" in text[a:t.start] for a, t in zip(starts, cells)):
        return 0                                    # pipes on some lines only: a layout not known here
    if total_last and len(cells) == n and _sums_to_last([t.raw for t in cells]):
        return 0                                    # the row's own arithmetic proves its last figure whole
    k = len(cells) if "\n" in tail or zero else len(cells) - 1      # the last figure's line unfinished: cut inside it
    if k == 0 or (k == n and len(cells) == n) or k > n:
        return 0                                    # nothing left, a whole row, or more figures than columns
    return k if leaves_none_out() else 0


def _one_pipe_line(text: str, h: RowHit, n: int, tail: str, zero: bool) -> int:
    """The row's figures on one line under its label's line, a single pipe between each two and none before the
    first ("一、本年新收… |" then "1 | 0 | 0 | 0"), or on the label's line after a single pipe ("行政强制 | 7 | "),
    that line the text's last: the pipes keep every cell in its column (a blank would stand as "| |"), so the figures
    closed by a pipe are the row's first columns; the figure the text ends in, not closed, may be cut inside and is
    none of them (unless a bare 0 under a counting column: `zero`). 0 where the row is not so."""
    cells = h.cells
    line_start = text.rfind("\n", 0, cells[0].start) + 1
    if "\n" in text[cells[0].start:cells[-1].end] or "\n" in tail.strip(" \t\u3000|\n"):
        return 0
    if line_start <= h.label_end:
        above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if not _ONE_PIPE.fullmatch(text, h.label_end, cells[0].start) or not _FIGURES_ON_LABEL_LINE.match(
                text, above, max(above, line_start - 1)):
            return 0        # on the label's line: one pipe after it, none blank before, as the row above prints them
    elif text[h.label_end:line_start].strip(" \t\u3000|\n") or text[line_start:cells[0].start].strip(" \t\u3000"):
        return 0                                    # words between the label and its figures, or a blank first cell
    if not all(_ONE_PIPE.fullmatch(text, a.end, b.start) for a, b in zip(cells, cells[1:])):
        return 0                                    # two pipes (a blank cell) or none (digits apart) between figures
    k = len(cells) if tail.lstrip(" \t\u3000").startswith("|") or zero else len(cells) - 1
    return k if 0 < k < n else 0


# the opening of a section's heading or numbered label (search form: 、 is ","): 第二…, 二、…, (二)…, and words after it
# up to the text's end, no digit among them (a heading cut before its article number, 第二十条第(一)项 → 第二)
_NEXT_HEAD = regex.compile(r"(?:第" + ordinals(1) + "|" + ordinal_marked(",、") + "|" + ordinal_bracketed(3, r"\(", r"\)?") + ")"
                           r"[^\d|\n]{0,20}")
NEXT_HEAD_NOTE = "the copy ends inside the next section's heading, its opening words after the row's last cell: no cell"


def next_head_cut(text: str, h: RowHit, n: int) -> Optional[RowHit]:
    """The pipe row the text ends in less its last cell, where that cell is the opening words of the next section's
    heading that the text ends inside (no pipe closes them) and the row's other cells are its n columns, each a figure
    or blank; None where the row is not so."""
    cells = h.cells
    if not h.pipe_row or len(cells) != n + 1 or text[cells[-1].end:].strip(" \t\n\u3000"):
        return None
    if not _NEXT_HEAD.fullmatch(cells[-1].raw) or not all(not t.raw or parse_cell(t.raw).ok for t in cells[:-1]):
        return None
    return replace(h, cells=cells[:-1], region_end=cells[-1].start,
                   note=f"{h.note}; {NEXT_HEAD_NOTE}" if h.note else NEXT_HEAD_NOTE)


def _whole_zero(text: str, cells: list) -> bool:
    """Is the row's last figure, the one the text ends in, a bare 0? A count is never printed with a leading zero, so
    a cut could not have shortened it. (An amount's 0 may open 0.5, but the amounts, 采购总金额 and 本年收费金额,
    stand last in their rows: a row cut before its last column ends in a count.)"""
    last = cells[-1]
    return last.raw.strip() == "0" and not text[last.end:].strip()     # (a line break after it as well)


_ONE_PIPE = regex.compile(r"[ \t\u3000]*\|[ \t\u3000]*")
# a row of the table's layout that prints its figures on its label's line ("行政处罚 | 13 | 5 | 248 | |"; a numbered
# label, "6.属于四类过程性信息 | 0 | 1 |", or two label cells, "(三)不予公开 | 1.属于国家秘密 | 0 | 2 |")
_FIGURES_ON_LABEL_LINE = regex.compile(r"[ \t\u3000]*(?:[^|\n]*?[^\s|0-9.,][^|\n]*\|){1,2}"
                                       r"(?:[ \t\u3000]*[0-9][0-9.,]*[ \t\u3000]*\|){2,}")
# after the row's last figure read: its pipe, then a figure the text ends in (unfinished, not read as a cell)
_UNCLOSED_FIGURE = regex.compile(r"[ \t\u3000]*\|[ \t\u3000]*[0-9][0-9.,]*[ \t\u3000]*")
# … or that figure on the next line, after the last cell's pipe (cells one a line, each closed by its pipe)
_UNCLOSED_LINE = regex.compile(r"[ \t\u3000]*\|[ \t\u3000]*\n[ \t\u3000]*[0-9][0-9.,]*[ \t\u3000]*\n?")


def _sums_to_last(raws: list[str]) -> bool:
    values = [parse_cell(r).value for r in raws]
    return None not in values and sums_to(tuple(values[:-1]), values[-1])


def prints_all_columns(hits: list[RowHit], widths: list[int]) -> bool:
    """Do the rows (two or more) each print a figure for every one of their columns (width: their count)?"""
    return len(hits) >= 2 and all(sum(1 for t in g.cells if t.raw) == w == len(g.cells) for g, w in zip(hits, widths))
