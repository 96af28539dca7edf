"""Table 三 flattened column by column (a converter reading the table a column at a time): every row label,
then the figures of each applicant column in turn — or every row label, then each row's seven figures in turn (the
labels' column taken first, the figures' block row by row). Read only where the labels are the template's rows in
order, the figures are exactly seven a row, and R1, R2 and every row's total hold for one of the two readings and
not for the other (both holding with different figures: not read)."""
from __future__ import annotations

from typing import Callable, Optional

from ..cells import parse_cell
from ..document import Document
from ..schema import table3_rows
from .block_cells import block_cells
from .rows import RowHit
from .table3_rules import table3_constraints
from .tables import RowRead

NOTE = "table 三 printed column by column (all its labels, then each column's figures): read so"
ROW_NOTE = "table 三 printed with all its labels first, then each row's figures in turn: read so"


def column_major(doc: Document, labelled: list[RowHit], template: str, total_ok: Callable[[tuple], bool],
                 limit: int) -> Optional[tuple[dict[str, RowRead], int, str]]:
    """The rows of a table 三 printed column by column (or row by row after all its labels), where its figures end
    and the note saying which; None where it is not that table, or its arithmetic does not single out one reading."""
    slots = table3_rows(template)
    rows: list[RowHit] = []
    for h in labelled:
        if h.spec.key in slots and (not rows or slots.index(h.spec.key) > slots.index(rows[-1].spec.key)):
            rows.append(h)
    if [h.spec.key for h in rows] != list(slots) or any(t.raw for h in rows[:-1] for t in h.cells):
        return None
    n = len(rows)
    cells, _, stop = block_cells(doc.text, rows[-1].label_end, min(len(doc.text), rows[-1].label_end + 40 * n * 7),
                                 frozenset(), 7 * n + 1)
    parsed = [parse_cell(t.raw) for t in cells]
    if len(cells) != 7 * n or not all(p.ok and p.value is not None for p in parsed):
        return None
    readings = [r for r in (_reading(rows, cells, parsed, lambda i, j: j * n + i, NOTE, total_ok),
                            _reading(rows, cells, parsed, lambda i, j: i * 7 + j, ROW_NOTE, total_ok)) if r is not None]
    if not readings or (len(readings) == 2 and _values(readings[0][0]) != _values(readings[1][0])):
        return None
    out, note = readings[0]
    return out, stop, note


def _values(out: dict[str, RowRead]) -> dict[str, tuple]:
    return {k: r.candidates[0] for k, r in out.items()}


def _reading(rows: list[RowHit], cells: list, parsed: list, at: Callable[[int, int], int], note: str,
             total_ok: Callable[[tuple], bool]) -> Optional[tuple[dict[str, RowRead], str]]:
    """The rows read with row i's column j at cells[at(i, j)], where each row's total and R1, R2 hold; else None."""
    out: dict[str, RowRead] = {}
    for i, h in enumerate(rows):
        mine = [cells[at(i, j)] for j in range(7)]
        values = tuple(parsed[at(i, j)].value for j in range(7))
        if not total_ok(values):
            return None
        hit = RowHit(h.spec, h.label, h.label_start, h.label_end, mine, False, h.region_end, note=note)
        out[h.spec.key] = RowRead(hit, 7, cells=mine, candidates=[values])
    if not all(c.test(_values(out)) for c in table3_constraints(out)):
        return None
    return out, note
