"""Header words set one character a line in narrow columns (table 四 on a narrow page: 结 / 果 / 维 / 持
under each other, one such stack a column), read back as one word each.

The characters of one header line then stand alone at the columns' pitch, at one gap: just what a
letter-spaced word is (pdf_lines.letter_spaced: `行  政  许  可` justified over its cell), so the line
was joined into one "word" as wide as the table, taken for prose, and the header was lost (tracked
figures under it were then settled by nothing). A letter-spaced word's characters have no character
of their own width right over or under them a line away, each of them; a line of stacked header words
has, at every character: the stacks' other lines. Such a run is cut back into its characters, and the
header's cells join each stack into its word as they join any wrapped header word (cell_blocks). The
first line of the two longest words of a header holds their two characters only ('社  法' over 社会公益组织
and 法律服务机构): cut too where both stand in deep stacks, each over a figure of its own (_short_line);
left whole, it headed two columns and settled no spread figure under it (pdf_spaced.py).

Geometry only, like the finder: no report vocabulary.
"""
from __future__ import annotations

from .pdf_aligned_cells import Band, Run
from .pdf_settings import PDFLayoutSettings


def unstacked(page_bands: list[Band], geo: PDFLayoutSettings) -> list[Band]:
    """`page_bands` with each letter-spaced run of a band with no figure, `stacked_head_chars` characters
    at least, cut into one run a character where every character stands over a figure of the next
    row of figures below, is a line of a stack (a lone character of its width right over or under it,
    stacked_head_pitch), and half of them at least of a stack of three lines or more. A justified
    label wrapped over lines of as many characters stands its lines' characters over each other too,
    but in the labels' column, over no figure: it stays a word."""
    least, pitch = geo.stacked_head_chars, geo.stacked_head_pitch
    if not pitch:
        return page_bands
    # the runs that may be such a line: several lone characters at wide gaps (a word's are set tight)
    # (two characters too: held to more below)
    cands = [(k, r) for k, b in enumerate(page_bands) if not b.figures for r in b.runs
             if len(r.items) >= min(least, 2) and all(len(it.text) == 1 for it in r.items) and _apart(r.items, geo)]
    if not cands:
        return page_bands
    at: dict[int, list] = {}            # the lone characters of the page by their left edge (to a point)
    for b in page_bands:
        for r in b.runs:
            if not r.figure:
                for it in _lone_items(r, geo):
                    at.setdefault(int(it.x0), []).append(it)
    out = list(page_bands)
    for k, run in cands:
        below = _row_below(page_bands, k, geo)
        under = [[j for j, f in enumerate(below) if f.x0 < it.x1 and it.x0 < f.x1] for it in run.items]
        if not all(under):
            continue                    # (a header word heads a column of figures: the first row's under it)
        heights = [_stack(it, at, pitch) for it in run.items]
        if len(run.items) < least and not _short_line(under, heights):
            continue
        if min(heights) >= 2 and 2 * sum(1 for n in heights if n >= 3) >= len(heights):
            band = out[k]
            runs = [x for r in band.runs for x in ([_one(it) for it in r.items] if r is run else [r])]
            out[k] = Band(runs, band.top, band.bottom)
    return out


def _short_line(under: list[list[int]], heights: list[int]) -> bool:
    """A line of fewer characters than `stacked_head_chars` (two: the first or last line of the two
    longest words of a narrow header, '社  法' over 社会公益组织 and 法律服务机构) is a line of stacks
    only where every character stands in a stack of three lines or more and over a figure of its own
    (a letter-spaced word of two characters, '合  计' or a justified wrapped header over one column,
    stands over one figure, or in no stack)."""
    firsts = [js[0] for js in under]
    return min(heights) >= 3 and all(len(js) == 1 for js in under) and len(set(firsts)) == len(firsts)


def _row_below(page_bands: list[Band], k: int, geo: PDFLayoutSettings) -> list[Run]:
    """The figures of the first row of figures below band `k`. A lone figure right over a fuller line
    of figures (their top within `cell_line_gap` heights of its bottom) is no row of its own: a cell's
    figure wrapped or stacked around the row's line, set above it. It heads its column with the row."""
    rows = [b for b in page_bands[k + 1:] if b.figures]
    pieces: list[Run] = []
    for a, b in zip(rows, rows[1:]):
        (fig,) = a.figures if len(a.figures) == 1 else (None,)
        if fig is None or len(b.figures) < 2 or b.top - a.bottom > geo.cell_line_gap * fig.h:
            return pieces + a.figures
        pieces.append(fig)
    return pieces + (rows[-1].figures if rows else [])


def _apart(items, geo: PDFLayoutSettings) -> bool:
    """Every two neighbouring characters stand farther apart than two cells' words may (cjk_cell_gap)."""
    return all(b.x0 - a.x1 > geo.cjk_cell_gap * max(a.bottom - a.top, 1.0) for a, b in zip(items, items[1:]))


def _lone_items(run: Run, geo: PDFLayoutSettings) -> list:
    """The characters of a run that stand alone on their line (a lone character, or one of a
    letter-spaced run): a stack's lines are such."""
    if len(run.items) == 1 or _apart(run.items, geo):
        return [it for it in run.items if len(it.text) == 1]
    return []


def _stack(it, at: dict, pitch: float) -> int:
    """The lines of the stack `it` stands in (1: none): lone characters of its width each right over
    or under the one before, a line away (their middles at most `pitch` character heights apart,
    their edges within a tenth of one), counted up to three."""
    n = 1
    for step in (-1, 1):
        cur = it
        while n < 3:
            cur = _next(cur, at, pitch, step)
            if cur is None:
                break
            n += 1
    return n


def _next(it, at: dict, pitch: float, step: int):
    h = max(it.bottom - it.top, 1.0)
    mid = (it.top + it.bottom) / 2
    near = [o for x in (int(it.x0) - 1, int(it.x0), int(it.x0) + 1) for o in at.get(x, ())]
    return next((o for o in near if abs(o.x0 - it.x0) <= 0.1 * h and abs(o.x1 - it.x1) <= 0.1 * h
                 and 0.8 * h <= step * ((o.top + o.bottom) / 2 - mid) <= pitch * h), None)


def _one(it) -> Run:
    return Run([it], it.text, it.x0, it.top, it.x1, it.bottom, False)
