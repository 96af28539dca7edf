"""A figure set over its unit in a borderless table ('12' / '件'; pdf_aligned.py reads the table).

A cell of two lines, a figure over its unit word, centred in a row whose other cells hold one line:
the figure stands half a line above the row's line and the unit half a line below it, three text
bands for one row. The figures of the upper band stood in no column of the row's (a table cut in
two), or made a row of their own (no label: not assigned); the units' band read as the header of a
next table; the tables' checks then withheld every figure. The two lines' middle is the row's: a
figure with a unit word right under it (one line apart, the two overlapping across), the band
between them, its middle within pdf_drift.NEAR character heights of the pair's and
nothing across from the figure, is that row's figure, and its unit with it (one cell: '12' '件').
The band between may hold the row's label only (a one-column table, or every cell of the row
stacked).
"""
from __future__ import annotations

from ..patterns import CELL_UNITS
from .pdf_aligned_cells import Band, Run
from .pdf_drift import NEAR
from .pdf_settings import PDFLayoutSettings


def _across(a: Run, b: Run, slack: float) -> bool:
    return a.x0 - slack < b.x1 and b.x0 - slack < a.x1


def _figure_over(u: Run, band: Band, geo: PDFLayoutSettings):
    """The figure of `band` standing one line over unit word `u`, across from it (None: none)."""
    for f in band.figures:
        h = f.size
        if _across(f, u, 0.0) and -0.2 * h <= u.top - f.bottom <= geo.cell_line_gap * h:
            return f
    return None


def units_folded(page_bands: list[Band], geo: PDFLayoutSettings) -> list[Band]:
    """The page's bands with each figure set over its unit moved, with the unit, into the band
    between the two (the band's place and extent kept: the row's line); emptied bands go."""
    moved = False
    for k in range(2, len(page_bands)):
        below, row, above = page_bands[k], page_bands[k - 1], page_bands[k - 2]
        for u in [r for r in below.runs if not r.figure and "".join(r.text.split()) in CELL_UNITS]:
            f = _figure_over(u, above, geo)
            if f is None:
                continue
            h = f.size
            if not (f.mid < row.mid < u.mid and abs(row.mid - (f.top + u.bottom) / 2) <= NEAR * h) \
                    or any(_across(o, f, 0.3 * h) or _across(o, u, 0.3 * h) for o in row.figures):
                continue
            above.runs = [r for r in above.runs if r is not f]
            below.runs = [r for r in below.runs if r is not u]
            row.runs = sorted(row.runs + [f, u], key=lambda r: r.x0)
            moved = True
    return [b for b in page_bands if b.runs] if moved else page_bands
