"""Table 三 flattened column by column (a converter reading the table a column at a time): every row label,
then the figures of each applicant column in turn. Read only where the labels are the template's rows in
order, the figures are exactly seven a row, and R1, R2 and every row's total hold for that reading."""
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


def column_major(doc: Document, labelled: list[RowHit], template: str, total_ok: Callable[[tuple], bool],
                 limit: int) -> Optional[tuple[dict[str, RowRead], int]]:
    """The rows of a table 三 printed column by column, and where its figures end; None where it is not
    that table, or its arithmetic does not hold for that reading."""
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
    out: dict[str, RowRead] = {}
    for i, h in enumerate(rows):
        mine = [cells[j * n + i] for j in range(7)]
        values = tuple(parsed[j * n + i].value for j in range(7))
        if not total_ok(values):
            return None
        hit = RowHit(h.spec, h.label, h.label_start, h.label_end, mine, False, h.region_end, note=NOTE)
        out[h.spec.key] = RowRead(hit, 7, cells=mine, candidates=[values])
    one = {k: r.candidates[0] for k, r in out.items()}
    if not all(c.test(one) for c in table3_constraints(out)):
        return None
    return out, stop
