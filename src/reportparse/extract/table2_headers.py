"""Table 二's column headers, read per row: which template's columns the row's own 第二十条 header names, and
the money unit it states."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional

from ..patterns import HEADER_MONEY_UNIT
from ..schema import TABLE2_COLUMNS, TABLE2_KEPT, template_markers
from .rows import LabelIndex, RowHit

_MARKERS = template_markers()


def _header_start(sections: list[int], h: RowHit) -> int:
    """Where the row's column header starts: its 第二十条 heading (the row's label when none precedes it)."""
    at = bisect_right(sections, h.label_start) - 1
    return sections[at] if at >= 0 else h.label_start


def own_columns(index: LabelIndex, sections: list[int], h: RowHit, template: str, headings: Optional[int] = None,
                heads: Optional[list[int]] = None) -> Optional[tuple[str, ...]]:
    """The row's columns: those its block's header names in order (its 信息内容 row's, `heads`, else its 第二十条
    heading's on), when they are one template's whole set for the row (and no fewer than the headings its pipe header
    row prints, `headings`, where known: a word cut over two lines names nothing); else the document's template's,
    unless the row's own header prints the other template's column words alone (a 2021 report whose 第(一)项 header
    is 2019's 本年新制作数量 | 本年新公开数量 | 对外公开总数量, or only its last word where a copy cut the others): the
    same three cells are then made / published / published_total, never issued / repealed / in_force.
    A row the template dropped (TABLE2_KEPT) has only the columns its header names: None when it names none."""
    windows = ([_window(index, heads, h)] if heads else []) + [_window(index, sections, h)]
    for window in windows:
        printed = _printed_columns(window, h.spec.key)
        if printed and (headings is None or headings <= len(printed)):
            return printed
    if h.spec.key not in TABLE2_COLUMNS[template]:
        return None
    window = windows[-1]
    named = {t for t, phrases, needs_all in _MARKERS.marks if not needs_all and any(p in window for p in phrases)}
    own = named.pop() if len(named) == 1 else template
    return TABLE2_COLUMNS.get(own, {}).get(h.spec.key) or TABLE2_COLUMNS[template][h.spec.key]


def names_no_column(index: LabelIndex, sections: list[int], h: RowHit) -> bool:
    """No column word of either template stands in the row's header (from its 第二十条 heading on)."""
    window = _window(index, sections, h)
    return not any(word in window for word, _name in _MARKERS.t2_columns)


def _window(index: LabelIndex, sections: list[int], h: RowHit) -> str:
    return index.compact[index.to_compact(_header_start(sections, h)):index.to_compact(h.label_start)]


def header_headings(text: str, sections: list[int], labels: list[int], h: RowHit) -> Optional[int]:
    """How many column headings the row's block prints in its header: the cells after the 信息内容 cell of a pipe row
    that opens with it, with those of the lines after it up to the block's first row (a header printed over two
    lines, or a heading a line); None when no such row stands there (no header, or one in another layout).
    labels: every row label's start, sorted."""
    lo = _header_start(sections, h)
    if lo == h.label_start:
        return None
    first = labels[bisect_left(labels, lo)]         # (the block's first row: its header is above it)
    lines = text[lo:first].split("\n")
    for at in range(len(lines) - 1, -1, -1):
        cells = lines[at].strip().strip("|").split("|")
        if len(cells) > 1 and "".join(cells[0].split()) in _MARKERS.t2_header:
            rest = [c for line in lines[at + 1:] for c in line.split("|")]
            return sum(1 for c in cells[1:] + rest if c.strip())
    return None


def _printed_columns(window: str, key: str) -> Optional[tuple[str, ...]]:
    """The columns the block's header names for the row, in printed order, when they are one template's whole set
    for it (a 2019 table whose 行政许可 block prints 2021's one 处理决定数量 column: its lone cell is the decisions,
    never 2019's first column, 上一年项目数量); else None (no header, a cut or unknown word: the caller's rule)."""
    found = sorted((at, -len(word), name) for word, name in _MARKERS.t2_columns
                   for at in _occurrences(window, word))
    names = tuple(name for _at, _len, name in found)
    return names if names in {cols.get(key) for cols in (*TABLE2_COLUMNS.values(), *TABLE2_KEPT.values())} else None


def _occurrences(window: str, word: str):
    at = window.find(word)
    while at >= 0:
        yield at
        at = window.find(word, at + len(word))


def header_unit(text: str, sections: list[int], h: RowHit) -> Optional[str]:
    """The money unit the row's column header states (采购总金额（单位：万元）; a 2021 fee column
    printed in 元), read between the row's 第二十条 heading and its label; the last one stated wins."""
    found = HEADER_MONEY_UNIT.finditer(text, _header_start(sections, h), h.label_start)
    units = [(m.group(1) or m.group(2)).replace(" ", "") for m in found]      # 万 元 letter-spaced: 万元
    return units[-1] if units else None
