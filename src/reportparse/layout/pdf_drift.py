"""Rows of a borderless table whose words stand a little off their baseline (pdf_aligned.py).

An OCR text layer puts each word where the OCR boxed it, up to ~1.5 pt above or below its row's
baseline at 8 pt: the words of one row then fall in two text bands, the figures of one half made a
row of their own and the row's cells under them blank (null where a value stands). Two rows of
figures stand a line or more apart, however tight the table; a row's figures and the lines of a
label wrapped beside them, 0.6 of a line. So two bands of figures with their middles at most 0.6
of a character height apart, their figures side by side (in different columns), are one row.
"""
from __future__ import annotations

from statistics import median

# (bands of figures how many character heights apart at most, middle to middle, can be one row:
# PDFLayoutSettings.drift_reach, `near` here)


def drifted(a, b, near: float) -> bool:
    """Is band `b` (below `a`) the rest of row `a`: middles near, figures side by side? (Asked
    while the table's columns are found: `b`'s figures may stand in none of `a`'s columns.)"""
    h = min(median(r.h for r in a.figures), median(r.h for r in b.figures))
    return (b.mid - a.mid <= near * h
            and not any(p.x0 < q.x1 and q.x0 < p.x1 for p in a.figures for q in b.figures))


def rejoin(rows: list, columns_of, position: dict[int, int], near: float) -> tuple[list, list]:
    """The table's rows (bands, top to bottom) with those that are one row joined: middles near and
    figures in different columns (`columns_of(run)`: the columns a figure stands in). A joined row
    is a new band of the same type, at its upper part's place in `position` (band id → index on the
    page). Returns the rows and (band joined, row it joined), for the labels standing on a part."""
    out = [rows[0]]
    joined: list = []
    for b in rows[1:]:
        a = out[-1]
        h = min(median(r.h for r in a.figures), median(r.h for r in b.figures)) if a.figures and b.figures else 0
        if h and b.mid - a.mid <= near * h:
            used = {k for r in a.figures for k in columns_of(r)}
            if not any(k in used for r in b.figures for k in columns_of(r)):
                row = type(a)(sorted(a.runs + b.runs, key=lambda r: r.x0), min(a.top, b.top), max(a.bottom, b.bottom))
                position[id(row)] = position[id(a)]
                joined = [(part, row if into is a else into) for part, into in joined] + [(a, row), (b, row)]
                out[-1] = row
                continue
        out.append(b)
    return out, [(part, row) for part, row in joined if part is not row]
