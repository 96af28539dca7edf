"""Two figures in one cell of a ruled table, one over the other (stacked_figures) or side by side on one line
(side_by_side): the cell's text would join them into one figure (41851, 2359057: WRONG), and which of them is the row's
is not in the page, so the cell is left unread with a note (clear_stacked). A figure wrapped over two lines is none:
its first line fills the cell to within a digit and the padding (fills, also asked by pdf_centred)."""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..patterns import CELL_UNITS
from .pdf_lines import bands, line_of, text_lines
from .pdf_model import DIGITS
from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings

_THOUSANDS = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+")


def _figure(text: str) -> bool:
    bare = text.replace(" ", "").replace(",", "").replace("，", "")
    return bool(bare) and all(ch in DIGITS for ch in bare)


def fills(a0: float, a1: float, n: int, x0: float, x1: float) -> bool:
    """Does a line of `n` digits spanning a0..a1 fill the cell x0..x1 to within two of its digits and
    the padding, as a line a figure wrapped at stands?"""
    return a1 - a0 >= (x1 - x0) - 2 * (a1 - a0) / n - 10


def stacked_figures(lines: list, x0: float, x1: float, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT,
                    pad: Callable[[], Optional[float]] = lambda: None,
                    wrapped: Callable[[float, float, int, float, float], bool] = lambda *a: False) -> bool:
    """Two lines of a ruled cell (x0..x1), one over the other, both a figure, the upper one too short
    for the lower to be the rest of it wrapped (a wrapped figure fills its line to within a digit
    and the padding): two figures in one cell ('4185' over '1'), whose lines were joined into one
    (41851, WRONG). Which of them is the row's figure is not in the page. `pad`: the table's cell
    padding where its page shows it (cell_padding), else None; `wrapped`: figure_wraps."""
    for a, b in zip(lines, lines[1:]):
        if _figure(a.text) and _figure(b.text):
            n = len(a.text.replace(" ", ""))
            if not fills(a.x0, a.x1, n, x0, x1):
                return True
            if " " in a.text and n > 1:
                # digits spread apart (tracked): one more at their pitch would still have fitted the cell
                # (within HUG of its rules, or within the padding the table shows), so no wrap ended
                # the line there ('2 9 6' over '5 1' in 40 pt)
                pitch = (a.x1 - a.x0 - 0.5 * (a.bottom - a.top)) / (n - 1)
                if a.x1 - a.x0 + pitch <= (x1 - x0) - 2 * geo.overrun_hug:
                    shown = pad()
                    if shown is None and not wrapped(x0, x1, n, a.x1 - a.x0, pitch) \
                            or shown is not None and a.x1 - a.x0 + pitch <= (x1 - x0) - 2 * shown:
                        return True
    return False


def cell_padding(cells: list, cont: list, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> Callable[[], Optional[float]]:
    """The padding of a ruled table's cells where its page shows it, asked once (a memoised call): the
    smallest offset from their left rule at which the lines of `cell_padding_evidence` cells start,
    each such cell's lines of unequal length starting at one x (text set flush left: a label wrapped;
    centred lines of unequal length start apart), or None."""
    memo: list = []

    def shown() -> Optional[float]:
        if not memo:
            slack = geo.cell_padding_slack
            offsets = []
            for c, its in zip(cells, cont):
                if len(its) < 2:
                    continue
                lines = [ln for ln in text_lines(its, geo) if ln.text.strip()]
                if (len(lines) > 1 and max(ln.x0 for ln in lines) - min(ln.x0 for ln in lines) <= slack
                        and max(ln.x1 for ln in lines) - min(ln.x1 for ln in lines) > lines[0].height / 2):
                    offsets.append(min(ln.x0 for ln in lines) - c.x0)
            offsets.sort()
            memo.append(next((o for k, o in enumerate(offsets) if o >= 0 and k + geo.cell_padding_evidence <= len(offsets)
                              and offsets[k + geo.cell_padding_evidence - 1] - o <= slack), None))
        return memo[0]
    return shown


def figure_wraps(cells: list, cont: list, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> Callable[..., bool]:
    """Does a ruled table whose cells show no padding (every line centred) show where its tracked
    figures wrap? Asked of a cell x0..x1 whose first line holds `n` digits `width` wide at `pitch`,
    over a line of digits: yes where one more digit would have ended within `figure_wrap_padding` of
    each rule and at least `figure_wrap_evidence` cells as wide hold such a first line (n digits as
    wide, to `figure_wrap_slack`) over digits, while no line of a cell as wide holds more digits at
    that pitch (the producer wrapped every figure at n: two figures stacked in each cell would not
    all be n digits over more). Fewer such cells do where each is n digits over digits over a unit
    word alone and `figure_wrap_evidence` cells as wide hold one figure over its unit alone: the table
    prints a unit under each figure, and two figures stacked would stand over a unit each
    (`figure_wrap_unit_evidence`). Memoised: the table's cells are read once."""
    memo: list = []

    def wrapped(x0: float, x1: float, n: int, width: float, pitch: float) -> bool:
        slack = geo.figure_wrap_slack
        if width + pitch < (x1 - x0) - 2 * geo.figure_wrap_padding:
            return False
        if not memo:
            # (cell width, first line's digits, its width, its pitch or None: one line, over digits and
            # tracked, the cell's lines: one figure over a unit word alone (1) / a figure over digits over it (2))
            seen = []
            for c, its in zip(cells, cont):
                lines = [ln for ln in text_lines(its, geo) if ln.text.strip()] if its else []
                for i, ln in enumerate(lines):
                    if _figure(ln.text):
                        m = len(ln.text.replace(" ", ""))
                        under = i + 1 < len(lines) and _figure(lines[i + 1].text)
                        step = (ln.x1 - ln.x0 - 0.5 * (ln.bottom - ln.top)) / (m - 1) if m > 1 else None
                        unit = (len(lines) in (2, 3) and i == 0 and _unit(lines[-1].text)
                                and all(_figure(o.text) for o in lines[:-1])) * (len(lines) - 1)
                        seen.append((c.x1 - c.x0, m, ln.x1 - ln.x0, step, under and " " in ln.text, unit))
            memo.append(seen)
        alike = [s for s in memo[0] if abs(s[0] - (x1 - x0)) <= slack]
        if any(s[1] > n and s[3] is not None and abs(s[3] - pitch) <= slack for s in alike):
            return False
        wraps = [s for s in alike if s[4] and s[1] == n and abs(s[2] - width) <= slack]
        if len(wraps) >= geo.figure_wrap_evidence:
            return True
        # (fewer: where the table prints a unit word under each figure, digits over digits over one unit are
        # one figure wrapped; two figures stacked would each stand over a unit of their own)
        return (len(wraps) >= geo.figure_wrap_unit_evidence and all(s[5] == 2 for s in wraps)
                and sum(1 for s in alike if s[5] == 1) >= geo.figure_wrap_evidence)
    return wrapped


def _unit(text: str) -> bool:
    """Is a line's text a unit word alone ('项', '万 元' letter-spaced)?"""
    return "".join(text.split()) in CELL_UNITS


def side_by_side(items: list, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> Optional[str]:
    """Two figures side by side on one line of a ruled cell, or None: a text line of digits whose gaps
    differ by more than SIDE_FIGURES_GAP character heights, one of them a space ('23590   57', or the
    digits of two tracked figures run into each other: '0 33 5'), its digit groups not a figure's
    thousands (1-3 digits, then 3 and 3: '1 234' is one figure). One figure's digits stand at one gap,
    set tight or spread ('4 6 8 1', tracked or letter-spaced). The cell's text joined them (2359057,
    WRONG); which is the row's figure is not in the page. The line's text is returned."""
    for band in bands(items):
        if len(band) < 3 or not all(it.text.strip().isdigit() for it in band):
            continue
        gaps = [b.x0 - a.x1 for a, b in zip(band, band[1:])]
        h = max(1.0, max(it.bottom - it.top for it in band))
        wide = max(gaps)
        if wide <= geo.word_gap * h or wide - min(gaps) <= geo.side_figures_gap * h:
            continue
        text = line_of(band, geo).text
        if not _THOUSANDS.fullmatch(text):
            return text
    return None


def clear_stacked(table, ks: list, page: int, notes: list, side: Optional[dict] = None) -> None:
    """Blank the cells `ks` of `table` holding two stacked figures (or, `side`: cell index → the line,
    two figures side by side), and say which rows' they were."""
    for k in ks:
        c = table.cells[k]
        first = min((o for o in table.cells if o.row == c.row), key=lambda o: o.col)
        if side and k in side:
            notes.append(f"page {page}: in the row '{(first.text or '?')[:24]}' a cell holds two figures side by "
                         f"side ({side[k]}), its digits not at one gap: which is the row's is not in the page; the "
                         "cell was left unread")
        else:
            notes.append(f"page {page}: in the row '{(first.text or '?')[:24]}' a cell holds two figures one over "
                         f"the other ({c.text}), the upper too short to be one figure wrapped: which is the row's "
                         "is not in the page; the cell was left unread")
        c.text, c.unread = "", True
