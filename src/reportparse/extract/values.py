"""Turning settled cells into Indicators with their provenance (shared by every table extractor)."""
from __future__ import annotations

from typing import Optional

from ..cells import parse_cell, to_yuan
from ..document import Document
from ..model import UNREAD_NOTE, Indicator, ValueSource
from ..normalize import label_key
from ..schema import label_of, unit_of
from .row_cells import Token
from .rows import RowHit


_ALIGNED = "cell placed by text alignment (a PDF table without ruling lines)"

# The unit a money cell printing none is in, where the template's column states one (2021's 本年收费金额
# （单位：万元）). 2019's 采购总金额 states none: reports fill it in 元 or in 万元 alike, so a bare amount's
# unit is unknown (money_unit_unknown).
_TEMPLATE_MONEY_UNIT = {"disclosure.fees.amount": "万元"}
_UNIT_STATED_BY_REPORT = frozenset({"disclosure.procurement.amount"})


def money_unit_unknown(key: str, raw: str, value, row_unit: Optional[str]) -> bool:
    """A non-zero amount whose unit neither its cell, its row, its column header nor the template
    states (2019's 采购总金额 printed '52.15'): 元 or 万元, the text does not say."""
    return (key in _UNIT_STATED_BY_REPORT and value not in (0, None) and row_unit is None
            and parse_cell(raw).unit is None)


class RowValues:
    """The indicators of one table row: what its cells share (the row as printed, its label, the
    notes on how it was read) is taken once per row."""

    def __init__(self, doc: Document, hit: RowHit, note: Optional[str] = None):
        self.doc = doc
        # the row as printed (≤ 300 characters)
        self.text = doc.text[hit.label_start:max(hit.region_end, hit.label_end)].strip()[:300]
        self.label = hit.label.strip()
        self.note = f"{hit.note}; {note}" if hit.note and note else (hit.note or note or None)

    def indicator(self, key: str, raw: str, value, start: int, end: int, applicant: Optional[str] = None,
                  period: str = "year", row_unit: Optional[str] = None) -> Indicator:
        """One cell's indicator: `raw` as printed at [start, end), `value` as settled (a split run's
        cell); `row_unit` the unit the row states for its cells (万元), if any."""
        unit = unit_of(key)
        if unit == "元":
            value = to_yuan(value, row_unit or parse_cell(raw).unit or _TEMPLATE_MONEY_UNIT.get(key))
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        doc = self.doc
        ref = doc.cell_at(start) if doc.cells else None
        # positional: a hundred of these per report (fields: method, page, table, row, col, span, text, bbox, note)
        if ref is None:
            page = doc.page_of(start) if doc.page_starts else None
            source = ValueSource("table", page, None, None, None, [start, end], self.text, None, self.note)
        else:
            note = self.note
            if ref.aligned:
                note = f"{note}; {_ALIGNED}" if note else _ALIGNED
            if ref.unread and value is None:
                note = f"{note}; {UNREAD_NOTE}" if note else UNREAD_NOTE
            source = ValueSource("table", ref.page, ref.table, ref.row, ref.col, [start, end], self.text,
                                 list(ref.bbox) if ref.bbox else None, note)
        # fields: key, value, raw, label, applicant, period, unit, derived, source
        return Indicator(key, value, raw, self.label or label_of(key), applicant, period, unit, False, source)


def fit_cells(hit: RowHit, n: int) -> list[list[Token]]:
    """The row's cells when they are exactly n after dropping merged-cell placeholders: no reading,
    one, or two when blank cells stand at both ends of a pipe row ("| 政府集中采购 | | 846.35 | |": the
    leading blank a merged label column and the trailing one a value, or the other way round)."""
    first = _fit_cells(hit, n, trailing_first=False)
    if first is None:
        return []
    if hit.pipe_row and len(hit.cells) > n and hit.cells[-1].raw == "":
        other = _fit_cells(hit, n, trailing_first=True)
        if other is not None and [t.start for t in other] != [t.start for t in first]:
            return [first, other]
    if hit.pipe_row and len(hit.cells) > n and hit.cells[0].raw == "" and sum(c.gap for c in hit.cells) == 1:
        # a blank first cell and two pipes with nothing between them among the figures ("| 总计 |  | 26 | … | 32 || 174 |"):
        # a merged label column and a blank cell, or a blank first cell and a separator printed twice
        other = _fit_cells(hit, n, trailing_first=False, gap_first=True)
        if other is not None and [t.start for t in other] != [t.start for t in first]:
            return [first, other]
    return [first]


def _fit_cells(hit: RowHit, n: int, trailing_first: bool, gap_first: bool = False) -> Optional[list[Token]]:
    cells = list(hit.cells)
    if gap_first:
        cells = [c for c in cells if not c.gap]
    if trailing_first:
        while len(cells) > n and cells and cells[-1].raw == "":
            cells.pop()
    if hit.pipe_row:
        # before the first value: blank cells of merged label columns, and text cells that are the row's
        # own label: its rest wrapped into the next cell, or the label cell a converter repeated into
        # every column it spans (text of another row's label is not: the row stays unread)
        label = None
        while len(cells) > n and cells:
            raw = cells[0].raw
            if raw and parse_cell(raw).ok:
                break
            if raw:
                label = _own_label(hit, label_key(hit.label) if label is None else label, raw)
                if not label:
                    break
            cells.pop(0)
        while len(cells) > n and cells and cells[-1].raw == "":
            cells.pop()
        # after the values: the last cell a converter repeated into every column it spans (a merged
        # 本年增/减 | 处理决定数量 printed "-2 | -2"): read once, and said
        if len(cells) > n >= 1 and all(c.raw == cells[n - 1].raw for c in cells[n:]) \
                and parse_cell(cells[n - 1].raw).value is not None:
            del cells[n:]
            if REPEATED_SPAN not in (hit.note or ""):
                hit.note = f"{hit.note}; {REPEATED_SPAN}" if hit.note else REPEATED_SPAN
    if hit.pipe_row and len(cells) == n + 1 and n > 1:
        # one blank cell between figures, and exactly n figures: it is no column (a separator printed twice,
        # "| 36 || 22 |"): the row's n cells are its figures, as printed
        blanks = [i for i, c in enumerate(cells) if c.raw == ""]
        if len(blanks) == 1 and 0 < blanks[0] < n and all(parse_cell(c.raw).value is not None for c in cells if c.raw):
            del cells[blanks[0]]
            if DOUBLED_SEPARATOR not in (hit.note or ""):
                hit.note = f"{hit.note}; {DOUBLED_SEPARATOR}" if hit.note else DOUBLED_SEPARATOR
    return cells if len(cells) == n else None


DOUBLED_SEPARATOR = "a blank cell between its figures that is no column (n figures and one more cell): not a cell"
REPEATED_SPAN = "its last cell printed again in each column it spans (a converter's merged cell): read once"


def _own_label(hit: RowHit, label: str, text: str) -> str:
    """The row's label read so far with the text cell `text` taken in ("" when it is not the row's):
    the label printed again, or the label carried on toward one of its spec's wordings."""
    if hit.spec is None:
        return ""
    wordings = [_bare(w) for w in hit.spec.labels]
    read = _bare(label)
    matched = max((w for w in wordings if read.endswith(w)), key=len, default=None)
    if matched is None:
        # the label carried on already: what was read is a beginning of a wording
        matched = next((read for w in wordings if w.startswith(read)), None)
        if matched is None:
            return ""
    piece = _bare(text)
    if piece and any(piece.endswith(w) for w in wordings):
        return label                    # the label again (a merged cell repeated), numbering or not
    longer = matched + piece
    return longer if piece and any(w.startswith(longer) for w in wordings) else ""


def _bare(text: str) -> str:
    """A label's words without its punctuation (a wording cut at 、 keeps it in one cell or the other)."""
    return label_key(text).translate(_PUNCTUATION)


_PUNCTUATION = str.maketrans("", "", ",.;()\"“”、，（）")
