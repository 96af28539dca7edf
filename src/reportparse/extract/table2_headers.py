"""Table 二's column headers, read per row: which template's columns the row's own 第二十条 header names, and
the money unit it states."""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from ..patterns import HEADER_MONEY_UNIT
from ..schema import TABLE2_COLUMNS, template_markers
from .rows import LabelIndex, RowHit

_MARKERS = template_markers()


def _header_start(sections: list[int], h: RowHit) -> int:
    """Where the row's column header starts: its 第二十条 heading (the row's label when none precedes it)."""
    at = bisect_right(sections, h.label_start) - 1
    return sections[at] if at >= 0 else h.label_start


def own_columns(index: LabelIndex, sections: list[int], h: RowHit, template: str) -> tuple[str, ...]:
    """The row's columns: the document's template's, unless the row's own header prints the other template's
    column words alone (a 2021 report whose 第(一)项 header is 2019's 本年新制作数量 | 本年新公开数量 | 对外公开总数量,
    or only its last word where a copy cut the others): the same three cells are then made / published /
    published_total, never issued / repealed / in_force."""
    lo = _header_start(sections, h)
    window = index.compact[index.to_compact(lo):index.to_compact(h.label_start)]
    named = {t for t, phrases, needs_all in _MARKERS.marks if not needs_all and any(p in window for p in phrases)}
    own = named.pop() if len(named) == 1 else template
    return TABLE2_COLUMNS.get(own, {}).get(h.spec.key) or TABLE2_COLUMNS[template][h.spec.key]


def header_unit(text: str, sections: list[int], h: RowHit) -> Optional[str]:
    """The money unit the row's column header states (采购总金额（单位：万元）; a 2021 fee column
    printed in 元), read between the row's 第二十条 heading and its label; the last one stated wins."""
    found = HEADER_MONEY_UNIT.finditer(text, _header_start(sections, h), h.label_start)
    units = [(m.group(1) or m.group(2)).replace(" ", "") for m in found]      # 万 元 letter-spaced: 万元
    return units[-1] if units else None
