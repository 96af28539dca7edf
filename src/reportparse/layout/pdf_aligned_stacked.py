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
import math
from statistics import median

from ..cells import WRAP_MARK
from .pdf_aligned_cells import Band, Run
from .pdf_settings import PDFLayoutSettings


def gap_of(cols: list[list[float]], r: Run) -> list[int]:
    """The gap between columns (sorted, disjoint [x0, x1]) a figure standing in none of them is in, as a
    column of its own (-1 left of the first, -2 after it, …): a cell whose figure wrapped or stacked
    onto the lines above and below its row's line leaves its column no figure on that line, so no
    column of figures was found there (table 四's narrow columns: '10' / '4' beside the row's figures)."""
    return [-1 - bisect.bisect_right([c[1] for c in cols], r.x0)]


def mid_line(above: Band, band: Band, columns_of) -> bool:
    """Is `band` a row's middle line between its cells' two lines (asked while a table's columns are found):
    its lines overlap those of `above` (the band over it: rows of a table never do) and none of its figures
    stands in a column found so far (`columns_of(run)`), as a total set on one line stands between the two
    lines of the row's other cells, each wrapping its figure ('370' / '0' in 18 pt columns). Taken into the
    table, the line below it joins too, and the cells are a stacked pair (stacked_pairs: unread)."""
    return band.top < above.bottom and bool(band.figures) and not any(columns_of(r) for r in band.figures)


def stacked_pairs(bands_: list[Band], columns_of, h: float, geo: PDFLayoutSettings,
                  taken: set[int], line_h: float = 0.0) -> list[tuple[Run, Run, Band, int]]:
    """(upper, lower, band of the row between them, column) for each cell of two stacked figures
    among `bands_` (`columns_of(run)`: the columns a figure stands in). `line_h`: the table's text
    size where its figures are set smaller (their lines keep the text's leading: cell_line_gap of it)."""
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
            if c.top - a.bottom > geo.cell_line_gap * max(h, line_h) or d < 0.8 * h or c.top < a.bottom - 0.2 * h:
                continue
            if mids is None:
                level.sort(key=lambda e: e[0])
                mids = [e[0] for e in level]
                # (of the figure columns: a gap's two lines are no rows; a table of one row has no pitch)
                pitch = median([q.mid - p.mid for k, col in by_col.items() if k >= 0 for p, q in zip(col, col[1:])
                                if q.mid - p.mid > 0.5 * h] or [math.inf])
            if d > geo.stacked_pitch_share * pitch:
                continue                # the table's rows stand this close: the next row
            lo, hi = bisect.bisect_left(mids, a.mid + d / 3), bisect.bisect_right(mids, c.mid - d / 3)
            between = [e for e in level[lo:hi] if e[1] != j]
            for _, _, r, band in between:
                if not any(j in columns_of(o) for o in band.figures):
                    found.append((a, c, band, j))
                    break
    return found


def stacked_note(page: int, label: str, pair: tuple[Run, Run], joined: bool = False) -> str:
    return (f"page {page}: in the row '{(label or '?')[:24]}' a cell holds two figures one over the other "
            f"({pair[0].text} / {pair[1].text}), the row's other figures between them: " + (
                "one figure wrapped onto two lines, read joined only where the table's sums prove it (and no other "
                "reading of its lines), else left unread" if joined else
                "which is the row's (or whether they are one figure wrapped) is not in the page; the cell was left "
                "unread"))


def wrapped_rows(rows: list[Band], labelled: list[bool], h: float, geo: PDFLayoutSettings,
                 line_h: float = 0.0) -> list[int]:
    """The rows (upper, lower) of each line of figures with no label of its own standing within a
    line above a labelled row's figures (its figures' bottom at most `cell_line_gap` heights over
    theirs' top: heights of the table's text, `line_h`, where its figures are set smaller and keep the
    text's leading), closer than the table's rows stand (`stacked_pitch_share` of their usual pitch):
    - a row whose every cell wraps its figure onto a second line ('4942个' in a cell three digits
      wide: '494' / '2个'), no other column's figure between them to show it (stacked_pairs): the
      lower line was read as the row's figures (2 for 4942);
    - a row's figures set a little high (centred in a tall row) and one cell's wrapped tail lower
      down, beside the row's label (more than `rejoin`'s 0.6 of a height apart): the label went with
      the tail (1414 read 4).
    - a row whose every cell wraps its figure, its label beside both lines (narrow columns: '370' / '0'
      in each cell): the label went with the upper line (the row read 370), the lower line left with no
      label below it, each of its figures under one of the row's (the wrapped tails; the mirror case).
    Wrapped figures, or which line the label is of, is not in the page: both lines are left unread.
    Asked of tables with a label-less row only (rarely any)."""
    out: list[int] = []
    pitch = None
    for k in range(len(rows) - 1):
        upper, lower = rows[k], rows[k + 1]
        if labelled[k] == labelled[k + 1] or not upper.figures or not lower.figures:
            continue
        if labelled[k] and not all(any(c.x0 < a.x1 and a.x0 < c.x1 for a in upper.figures) for c in lower.figures):
            continue
        if min(c.top for c in lower.figures) - max(a.bottom for a in upper.figures) > geo.cell_line_gap * max(h, line_h):
            continue
        if pitch is None:
            pitch = median([b.mid - a.mid for a, b in zip(rows, rows[1:]) if b.mid - a.mid > 0.5 * h] or [2 * h])
        d = median(c.mid for c in lower.figures) - median(a.mid for a in upper.figures)
        if 0 < d <= geo.stacked_pitch_share * pitch:
            out += [k, k + 1]
    return out


def wrapped_note(page: int, label: str, upper: Band, lower: Band, above: bool = True, joined: bool = False) -> str:
    pairs = " ".join(a.text for a in upper.figures)[:30] + " / " + " ".join(c.text for c in lower.figures)[:30]
    where = "right above its own" if above else "right below its own"
    return (f"page {page}: the row '{(label or '?')[:24]}' has a line of figures with no label {where} "
            f"({pairs}): figures wrapped onto a second line or a row of its own, which " + (
                "the table's sums settle: read joined only where they prove it (and no other reading of the lines), "
                "else not read" if joined else "the page does not settle; the row's figures were not read"))


def _digits(r: Run) -> str | None:
    """The digits of a piece of a wrapped figure: digits only, set tight or tracked (spaced evenly: '4 9 3'), else
    None (digits at two steps: two figures, maybe)."""
    text = r.text.replace(" ", "")
    if not (text.isdigit() and text.isascii()):
        return None
    if text != r.text:
        mids = [(it.x0 + it.x1) / 2 for it in r.items if it.text.strip()]
        steps = [b - a for a, b in zip(mids, mids[1:])]
        if steps and max(steps) - min(steps) > 0.02 * r.h + 0.15:
            return None
    return text


def joined_text(upper: Run, lower: Run, above: Band | None, below: Band | None) -> str | None:
    """The cell text of a stacked pair read as one figure wrapped onto two lines ('370⏎0', WRAP_MARK: joined by
    the table reader only where the row's sums prove it, else unread), where both pieces are digits only (tight, or
    tracked, each line at one step: '4 9 3' / '1'; a line distributed over its cell, '2 5 8' / '3   5', steps
    apart) and stand inside the row's band (below the row above's figures, above the
    row below's); else None (left unread)."""
    top, tail = _digits(upper), _digits(lower)
    if top is None or tail is None:
        return None
    if above is not None and upper.top < above.bottom or below is not None and lower.bottom > below.top:
        return None
    return top + WRAP_MARK + tail


def wrapped_texts(upper: Band, lower: Band, columns_of) -> dict[int, str] | None:
    """Column → cell text of a row whose cells wrapped their figures onto two lines (wrapped_rows: `upper` and
    `lower`, one of them with no label), each piece stacked in its column ('370⏎0'; a figure on one line only:
    '5⏎' or '⏎5'), or None where a figure is not digits only (tight, or tracked: each line at one step),
    stands in no column or in two, shares its column with another on its line, or a lower piece has no upper
    piece over it (no wrapped figure's tail)."""
    out: dict[int, list] = {}
    for line, at in ((upper, 0), (lower, 1)):
        for r in line.figures:
            over, digits = columns_of(r), _digits(r)
            if len(over) != 1 or digits is None:
                return None
            pieces = out.setdefault(over[0], ["", ""])
            if pieces[at] or at == 1 and not pieces[0]:
                return None
            pieces[at] = digits
    return {j: WRAP_MARK.join(p) for j, p in out.items()}

