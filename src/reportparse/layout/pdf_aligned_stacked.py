"""Two figures one over the other in a cell of a borderless table (pdf_aligned.py reads the table).

A cell holding two lines of figures ('65' over '74'), its row's other figures set in the middle of
the row's height, puts its two lines in two text bands of their own, one above the row's line and
one below it: the upper was read as a row of its own (or with the label of the row above), the
lower joined the next row or the row itself where its own cell stood blank (the drifted-row rule,
pdf_drift.py), or became a row with no label that the table reader gave to the row above (189
read as 65). Which of the two is the row's figure (or whether they are one figure wrapped, which a
borderless table does not read either) is not in the page: both are left unread, and the row's cell
stays blank, with a note naming the row (pdf_overrun.stacked_figures is the ruled twin).

Two figures of a column are such a pair when they stand one line apart (the gap between them at
most `cell_line_gap` character heights, the lines not overlapping) and a figure of another column
stands between them, its middle in the middle third of theirs, on a line with nothing in their
column: the row they belong to; and the two stand closer than the table's rows do
(PDFLayoutSettings.stacked_pitch_share): in a
tight table, rows one line apart whose figures drifted off their baselines (an OCR layer) look the
same, a line apart with a figure between.
A figure over its unit (12 / 件) or a note (170（其中 / 3件）) has no second figure.
"""
from __future__ import annotations

import bisect
from statistics import median

from .pdf_aligned_cells import Band, Run
from .pdf_settings import PDFLayoutSettings


def stacked_pairs(bands_: list[Band], columns_of, h: float, geo: PDFLayoutSettings,
                  taken: set[int]) -> list[tuple[Run, Run, Band, int]]:
    """(upper, lower, band of the row between them, column) for each cell of two stacked figures
    among `bands_` (`columns_of(run)`: the columns a figure stands in)."""
    by_col: dict[int, list[Run]] = {}
    level: list[tuple[float, int, Run, Band]] = []       # (middle, column, figure, band)
    for b in bands_:
        for r in b.figures:
            if id(r) in taken:
                continue
            over = columns_of(r)
            if len(over) == 1:
                by_col.setdefault(over[0], []).append(r)
                level.append((r.mid, over[0], r, b))
    found = []
    mids = None
    for rs in by_col.values():
        rs.sort(key=lambda r: r.top)
    for j, rs in by_col.items():
        for a, c in zip(rs, rs[1:]):
            d = c.mid - a.mid
            # (cheap first: rows of a table stand farther apart than the lines of one cell)
            if c.top - a.bottom > geo.cell_line_gap * h or d < 0.8 * h or c.top < a.bottom - 0.2 * h:
                continue
            if mids is None:
                level.sort(key=lambda e: e[0])
                mids = [e[0] for e in level]
                pitch = median([q.mid - p.mid for col in by_col.values() for p, q in zip(col, col[1:])
                                if q.mid - p.mid > 0.5 * h])
            if d > geo.stacked_pitch_share * pitch:
                continue                # the table's rows stand this close: the next row
            lo, hi = bisect.bisect_left(mids, a.mid + d / 3), bisect.bisect_right(mids, c.mid - d / 3)
            between = [e for e in level[lo:hi] if e[1] != j]
            for _, _, r, band in between:
                if not any(j in columns_of(o) for o in band.figures):
                    found.append((a, c, band, j))
                    break
    return found


def stacked_note(page: int, label: str, pair: tuple[Run, Run]) -> str:
    return (f"page {page}: in the row '{(label or '?')[:24]}' a cell holds two figures one over the other "
            f"({pair[0].text} / {pair[1].text}), the row's other figures between them: which is the row's (or "
            "whether they are one figure wrapped) is not in the page; the cell was left unread")
