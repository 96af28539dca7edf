"""Turning settled cells into Indicators with their provenance (shared by every table extractor)."""
from __future__ import annotations

from typing import Optional

from ..cells import parse_cell, to_yuan
from ..document import Document
from ..model import Indicator, ValueSource
from ..schema import label_of, unit_of
from .rows import RowHit, Token


_ALIGNED = "cell placed by text alignment (a PDF table without ruling lines)"


def cell_indicator(doc: Document, key: str, raw: str, value, start: int, end: int, hit: RowHit,
                   applicant: Optional[str] = None, period: str = "year", note: Optional[str] = None,
                   row_unit: Optional[str] = None) -> Indicator:
    """One indicator read from a table cell: `raw` as printed at [start, end), `value` as settled
    (a split run's cell); `row_unit` the unit the row states for its cells (万元), if any."""
    unit = unit_of(key)
    if unit == "元":
        cell_unit = row_unit or parse_cell(raw).unit
        if key == "disclosure.fees.amount" and cell_unit is None:
            cell_unit = "万元"          # the 2021 column is printed in 万元
        value = to_yuan(value, cell_unit)
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    ref = doc.cell_at(start) if doc.cells else None
    notes = (hit.note, note, _ALIGNED if ref and ref.aligned else None)
    if ref is None:
        source = ValueSource(method="table", page=doc.page_of(start), span=[start, end], text=_row_text(doc, hit),
                             note="; ".join(x for x in notes if x) or None if hit.note or note else None)
    else:
        source = ValueSource(method="table", page=ref.page, table=ref.table, row=ref.row, col=ref.col,
                             span=[start, end], text=_row_text(doc, hit), bbox=list(ref.bbox) if ref.bbox else None,
                             note="; ".join(x for x in notes if x) or None)
    return Indicator(key=key, value=value, raw=raw, label=hit.label.strip() or label_of(key),
                     applicant=applicant, period=period, unit=unit, source=source)


def _row_text(doc: Document, hit: RowHit) -> str:
    """The row as printed (≤ 300 characters), cut once per row rather than once per cell."""
    key = (hit.label_start, hit.label_end, hit.region_end)
    cached = hit.__dict__.get("_row_text")
    if cached is None or cached[0] != key:
        cached = hit.__dict__["_row_text"] = (key, doc.text[hit.label_start:max(hit.region_end, hit.label_end)].strip()[:300])
    return cached[1]


def fit_cells(hit: RowHit, n: int) -> Optional[list[Token]]:
    """The row's cells when they are exactly n after dropping merged-cell placeholders."""
    cells = list(hit.cells)
    if hit.pipe_row:
        while len(cells) > n and cells and cells[0].raw == "":
            cells.pop(0)
        while len(cells) > n and cells and cells[-1].raw == "":
            cells.pop()
    return cells if len(cells) == n else None
