"""A figure set over its unit in a borderless table ('12' / '件'; pdf_aligned.py reads the table).

A cell of two lines, a figure over its unit word, centred in a row whose other cells hold one line:
the figure stands half a line above the row's line and the unit half a line below it, three text
bands for one row. The figures of the upper band stood in no column of the row's (a table cut in
two), or made a row of their own (no label: not assigned); the units' band read as the header of a
next table; the tables' checks then withheld every figure. The two lines' middle is the row's: a
figure with a unit word right under it (one line apart, the two overlapping across), the band
between them, its middle within PDFLayoutSettings.drift_reach character heights of the pair's and
nothing across from the figure, is that row's figure, and its unit with it (one cell: '12' '件').
The band between may hold the row's label only (a one-column table, or every cell of the row
stacked). A unit set flush left in its cell under a centred figure stands across from none: the
line's units and the figures above pair off in order (_in_order), and the unit is placed in its
figure's column. A row whose label wraps onto a second line holds its figures on the label's first
line and their units on its second: that line of units (each under its figure, or paired off in
order) is the cells' second line, not the header of a next table (`units_under`).
"""
from __future__ import annotations

from dataclasses import replace

from ..patterns import CELL_UNITS
from .pdf_aligned_cells import Band, Run
from .pdf_settings import ALIGN_SHARE, PDFLayoutSettings


def _across(a: Run, b: Run, slack: float) -> bool:
    return a.x0 - slack < b.x1 and b.x0 - slack < a.x1


def _line_under(u: Run, f: Run, geo: PDFLayoutSettings) -> bool:
    """Does unit word `u` stand one line under figure `f` (its top from a fifth of the figure's height over
    the figure's bottom to a cell's line gap under it)?"""
    return -0.2 * f.size <= u.top - f.bottom <= geo.cell_line_gap * f.size


def _figure_over(u: Run, band: Band, geo: PDFLayoutSettings):
    """The figure of `band` standing one line over unit word `u`, across from it (None: none)."""
    return next((f for f in band.figures if _across(f, u, 0.0) and _line_under(u, f, geo)), None)


def _in_order(units: list, band: Band, geo: PDFLayoutSettings) -> dict:
    """{id(unit): figure} pairing the unit words of a line with the figures of `band` above it, left
    to right, where they are as many and each unit stands left of or across its figure and right of
    the figure before (a unit set flush left in its cell, the figure centred: '件' … '251'), one line
    over it; {} where they do not pair so."""
    figs = sorted(band.figures, key=lambda r: r.x0)
    units = sorted(units, key=lambda r: r.x0)
    if len(figs) != len(units):
        return {}
    for k, (u, f) in enumerate(zip(units, figs)):
        if not (u.x0 < f.x1 and (k == 0 or u.x0 >= figs[k - 1].x1) and _line_under(u, f, geo)):
            return {}
    return {id(u): f for u, f in zip(units, figs)}


def units_folded(page_bands: list[Band], geo: PDFLayoutSettings) -> list[Band]:
    """The page's bands with each figure set over its unit moved, with the unit, into the band
    between the two (the band's place and extent kept: the row's line); emptied bands go. A unit
    across from no figure is its figure's where the line's units and the figures above pair off in
    order (_in_order: units flush left under centred figures)."""
    moved = False
    for k in range(2, len(page_bands)):
        below, row, above = page_bands[k], page_bands[k - 1], page_bands[k - 2]
        units = [r for r in below.runs if not r.figure and "".join(r.text.split()) in CELL_UNITS]
        paired = None
        for u in units:
            f = _figure_over(u, above, geo)
            if f is None:
                paired = _in_order(units, above, geo) if paired is None else paired
                f = paired.get(id(u))
            if f is None or f not in above.runs:
                continue
            h = f.size
            if any(u.x0 < o.x1 and o.x0 < f.x0 for o in row.figures):
                continue                # (a figure of the row's line between the unit and it)
            if not (f.mid < row.mid < u.mid and abs(row.mid - (f.top + u.bottom) / 2) <= geo.drift_reach * h) \
                    or any(_across(o, f, ALIGN_SHARE * h) or _across(o, u, ALIGN_SHARE * h) for o in row.figures):
                continue
            above.runs = [r for r in above.runs if r is not f]
            below.runs = [r for r in below.runs if r is not u]
            if not _across(f, u, 0.0):  # (set flush left: it stands in its figure's column, as a centred one)
                u = replace(u, x0=f.x0, x1=min(f.x1, f.x0 + u.x1 - u.x0))
            row.runs = sorted(row.runs + [f, u], key=lambda r: r.x0)
            moved = True
    return [b for b in page_bands if b.runs] if moved else page_bands


def units_under(band: Band, row: Band, labels_end, geo: PDFLayoutSettings) -> bool:
    """Is every word of `band` right of the row labels (`labels_end`; None: every word) a unit word
    standing one line under a figure of `row`, across from it or paired off in order: the second
    line of the row's cells (its label wrapped: '其他情形）' beside them), no next table's header?"""
    units = [r for r in band.runs if labels_end is None or r.x0 > labels_end]
    if not units or any("".join(u.text.split()) not in CELL_UNITS for u in units):
        return False
    paired = None
    for u in units:
        if _figure_over(u, row, geo) is None:
            paired = _in_order(units, row, geo) if paired is None else paired
            if id(u) not in paired:
                return False
    return True
