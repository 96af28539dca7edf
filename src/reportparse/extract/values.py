"""Turning settled cells into Indicators with their provenance (shared by every table extractor)."""
from __future__ import annotations

from typing import Optional

from ..cells import parse_cell, to_yuan
from ..document import Document
from ..model import Indicator, ValueSource
from ..schema import label_of, unit_of
from .rows import RowHit, Token


_ALIGNED = "cell placed by text alignment (a PDF table without ruling lines)"


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
            cell_unit = row_unit or parse_cell(raw).unit
            if key == "disclosure.fees.amount" and cell_unit is None:
                cell_unit = "万元"          # the 2021 column is printed in 万元
            value = to_yuan(value, cell_unit)
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
            source = ValueSource("table", ref.page, ref.table, ref.row, ref.col, [start, end], self.text,
                                 list(ref.bbox) if ref.bbox else None, note)
        # fields: key, value, raw, label, applicant, period, unit, derived, source
        return Indicator(key, value, raw, self.label or label_of(key), applicant, period, unit, False, source)


def fit_cells(hit: RowHit, n: int) -> Optional[list[Token]]:
    """The row's cells when they are exactly n after dropping merged-cell placeholders."""
    cells = list(hit.cells)
    if hit.pipe_row:
        while len(cells) > n and cells and cells[0].raw == "":
            cells.pop(0)
        while len(cells) > n and cells and cells[-1].raw == "":
            cells.pop()
    return cells if len(cells) == n else None
