"""A borderless table's columns and rows made cells (pdf_aligned.py finds the table): the columns
from the figures' extents, which columns an extent stands over, the row a label block overlaps, a
cell's note wrapped between the rows, and one row rendered as its label cells and one cell per column.

Geometry only, like the finder: no report vocabulary.
"""
from __future__ import annotations

import bisect
import math
from typing import Optional

from .pdf_aligned_cells import Band, Run, block_cell
from .pdf_model import Cell



def columns(spans: list[tuple[float, float]], slack: float) -> list[list[float]]:
    """Overlapping extents merged: the columns, left to right, as [x0, x1]."""
    cols: list[list[float]] = []
    for x0, x1 in sorted(spans):
        if cols and x0 <= cols[-1][1] + slack:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return cols


def over(cols: list[list[float]], x0: float, x1: float, slack: float) -> list[int]:
    """The columns (sorted, disjoint) that the extent x0..x1 overlaps, found by bisection."""
    k = bisect.bisect_right(cols, [x1 + slack, math.inf]) - 1
    out = []
    while k >= 0 and cols[k][1] + slack >= x0:
        out.append(k)
        k -= 1
    return out[::-1]


def first_overlap(rows: list[Band], mids: list[float], tallest: float, top: float, bottom: float) -> Optional[int]:
    """The first row (sorted by height) whose band overlaps top..bottom, by bisection."""
    k = bisect.bisect_left(mids, top - tallest)       # rows before it end above `top`
    while k < len(rows) and rows[k].top < bottom:
        # more than a sliver: the glyph boxes of tight neighbouring lines touch
        if min(bottom, rows[k].bottom) - max(top, rows[k].top) > 0.3 * (rows[k].bottom - rows[k].top):
            return k
        k += 1
    return None


def notes_in_cells(rows: list[Band], bands_: list[Band], cols: list[list[float]], slack: float, pitch: float,
                   taken: set[int]) -> None:
    """Words over a figure column between the rows (a cell's note wrapped above and below its
    figure: 170（其中 / 3件）) go to the nearest row within half a pitch: its cell holds text, never
    blank (a null where the page prints something)."""
    mids = [row.mid for row in rows]
    for b in bands_:
        for r in b.runs:
            if r.figure or id(r) in taken or not over(cols, r.x0, r.x1, slack):
                continue
            k = min(range(len(rows)), key=lambda i: abs(mids[i] - r.mid))
            if abs(mids[k] - r.mid) <= 0.5 * pitch:
                rows[k].runs = rows[k].runs + [r]
                taken.add(id(r))


def row_cells(row: Band, labels: list[tuple[float, Run]], cols: list[list[float]], slack: float,
              page: int, k: int) -> list[Cell]:
    """One row, left to right: its label cells (blocks) and one cell per column, blank where
    nothing stands."""
    placed: list[tuple[float, list[Run], Optional[list[float]]]] = []
    for x in sorted({x for x, _ in labels}):
        placed.append((x, sorted((r for bx, r in labels if bx == x), key=lambda r: (r.top, r.x0)), None))
    figures: dict[int, list[Run]] = {}
    for r in row.runs:
        at = over(cols, r.x0, r.x1, slack)
        if at:                          # (what stands in no column is a label: placed above as its block)
            figures.setdefault(at[0], []).append(r)
    placed += [(a, figures.get(j, []), [a, b]) for j, (a, b) in enumerate(cols)]
    cells = []
    for x, runs_, col in sorted(placed, key=lambda p: p[0]):
        c = len(cells)
        # (a note wrapped above or below the row's line first or last: notes_in_cells)
        runs_ = sorted(runs_, key=lambda r: (0 if row.top <= r.mid <= row.bottom else (-1 if r.mid < row.top else 1)))
        cells.append(block_cell(runs_, page, k, c) if runs_ else Cell(col[0], row.top, col[1], row.bottom, k, c, "", page))
    return cells
