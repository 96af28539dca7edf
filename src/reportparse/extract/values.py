"""Turning settled cells into Indicators with their provenance (shared by every table extractor)."""
from __future__ import annotations

from typing import Optional

from ..cells import CellValue, to_yuan
from ..document import Document
from ..model import Indicator, ValueSource
from ..schema import label_of, unit_of
from .rows import RowHit, Token


_ALIGNED = "cell placed by text alignment (a PDF table without ruling lines)"


def cell_indicator(doc: Document, key: str, cell: CellValue, token: Optional[Token], hit: RowHit,
                   applicant: Optional[str] = None, period: str = "year", note: Optional[str] = None,
                   value=None, raw: Optional[str] = None) -> Indicator:
    """One indicator read from a table cell; `value`/`raw` override the cell for split runs."""
    unit = unit_of(key)
    v = cell.value if value is None and raw is None else value
    if unit == "元":
        cell_unit = cell.unit
        if key == "disclosure.fees.amount" and cell_unit is None:
            cell_unit = "万元"          # the 2021 column is printed in 万元
        v = to_yuan(v, cell_unit)
    if isinstance(v, float) and v.is_integer() and unit != "元":
        v = int(v)
    start = token.start if token else hit.label_start
    end = token.end if token else hit.label_end
    ref = doc.cell_at(start) if token else None
    source = ValueSource(
        method="table",
        page=ref.page if ref else doc.page_of(start),
        table=ref.table if ref else None,
        row=ref.row if ref else None,
        col=ref.col if ref else None,
        span=[start, end],
        text=_row_text(doc, hit),
        bbox=list(ref.bbox) if ref and ref.bbox else None,
        note="; ".join(x for x in (hit.note, note, _ALIGNED if ref and ref.aligned else None) if x) or None,
    )
    return Indicator(key=key, value=v, raw=cell.raw if raw is None else raw, label=hit.label.strip() or label_of(key),
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
