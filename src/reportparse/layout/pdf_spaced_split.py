"""Digits spaced apart under a borderless table's header words, before its columns are settled
(pdf_spaced.py asks the table about what is left): evenly spaced digits under one word joined as one
figure where the word is centred over them (split_figures), chains of spaced digits under two words
split back into their digits, a row standing one figure to a word kept whole (_placed), and the rest
left unsettled, never a value per digit (crowded)."""
from __future__ import annotations

from .pdf_settings import ALIGN_SHARE
from .pdf_spaced import _one_step, _steps


def one_digits(runs_) -> bool:
    """Runs of one digit each, evenly spaced (to the hundredth of a point Tc spacing gives, with
    slack): the digits of a figure spread farther apart than `letter_gap`, or one-digit figures."""
    if len(runs_) < 2 or not all(len(r.text) == 1 and r.text.isdigit() for r in runs_):
        return False
    h = max(r.h for r in runs_)
    gaps = [b.x0 - a.x1 for a, b in zip(runs_, runs_[1:])]
    return max(gaps) - min(gaps) <= 0.02 * h + 0.15


def split_figures(rows, leaves: list[tuple[float, float]], cols: list[list[float]], over, make_run,
                  placed: int = 0, shifted: int = 0):
    """Figures whose digits stand farther apart than `letter_gap` (each digit a run of its own,
    one_digits): in one column, or in columns of their own, more than the header names. A row with
    several runs under one bottom-level header word (between the middles of its neighbours; with
    no header, in one column) holds one figure there when the page settles it: one digit each,
    evenly spaced, and the word centred over them (a figure spread to fill its cell, its header
    word centred over the cell, as figures and words of the other columns are). Those digits are
    one figure (`make_run(items)` makes it), and the columns under the word one column. A word over
    two columns that a row fills with longer figures has lost a word of the header: two columns,
    as the figures say. Any other row with several digits under one word is not settled: left
    unread, never a value per digit. `over(run)`: the columns a run stands in. A row standing one figure
    to a word (_placed, `placed` figures at least: PDFLayoutSettings.rows_line_columns) has no chain.

    Returns the columns (those under one word merged), {row index: its figures, joined} for the
    rows whose figures change, and the unsettled rows {row index: [their digits joined, for the note]}.

    Header words set flush left in their cells over centred figures stand off their figures' middles
    by one offset for every column: where a row's figures, `shifted` at least
    (PDFLayoutSettings.offset_head_figures), stand so (_shift), its digits under a word are one
    figure centred at that offset from the word, not at 0."""
    words = sorted(leaves, key=lambda w: w[0] + w[1])
    centres = [(a + b) / 2 for a, b in words]
    bounds = [(x + y) / 2 for x, y in zip(centres, centres[1:])]

    def slot(r) -> int:
        if not centres:                 # no header: a column
            got = over(r)
            return got[0] if got else -1
        return sum(1 for b in bounds if (r.x0 + r.x1) / 2 > b)

    def straddles(r) -> bool:
        return r.spaced and len({sum(1 for b in bounds if (it.x0 + it.x1) / 2 > b) for it in r.items}) > 1

    found: dict[int, list] = {}
    figures_of: dict[int, list] = {}
    for k, row in enumerate(rows):
        figures = row.figures
        if centres and any(straddles(r) for r in figures) and not _placed(figures, leaves, placed):
            # a chain of spaced digits (pdf_lines.letter_spaced) under two words: digits of two
            # cells at one gap by chance (the last of a spread figure, the first of the next)
            figures = [p for r in figures for p in ([make_run([it]) for it in r.items] if straddles(r) else [r])]
        figures_of[k] = figures
        by: dict[int, list] = {}
        for r in figures:
            by.setdefault(slot(r), []).append(r)
        for w, here in by.items():
            if len(here) > 1 and w >= 0:
                found.setdefault(w, []).append((k, here))
    shift = {k: _shift(figures_of[k], slot, centres, shifted) for hits in found.values() for k, _ in hits} \
        if centres and shifted else {}
    changed: dict[int, list] = {}
    unsettled: dict[int, list] = {}
    merged = set()
    for w, hits in found.items():
        if centres and any(len(r.text) > 1 for _, here in hits for r in here):
            continue                    # two columns under one word (a header word lost)
        apart = [k for k, _ in hits if _one_pitch(figures_of[k])]
        if apart:                       # (the row's figures at the columns' one pitch: one a column)
            for k, here in ([] if len(apart) == len(hits) else hits):
                unsettled.setdefault(k, []).append(make_run([it for r in here for it in r.items]))
            continue
        merged.add(w)
        for k, here in hits:
            run = make_run([it for r in here for it in r.items])
            # (and the word stands over no other figure of the row: a word run over several
            # columns, letter-spaced labels joined, heads no one cell: 7 and 4 of two cells read 74)
            if centres and one_digits(here) and \
                    abs((here[0].x0 + here[-1].x1) / 2 - centres[w] - shift.get(k, 0.0)) <= ALIGN_SHARE * run.h \
                    and not any(words[w][0] <= (r.x0 + r.x1) / 2 <= words[w][1] and all(r is not o for o in here)
                                for r in figures_of[k]):
                ids = {id(r) for r in here}
                figures_of[k] = [r for r in figures_of[k] if id(r) not in ids] + [run]
                changed[k] = figures_of[k]
            else:
                unsettled.setdefault(k, []).append(run)
    for k, row in enumerate(rows):
        if k not in changed and k not in unsettled and len(figures_of[k]) != len(row.figures):
            changed[k] = figures_of[k]  # (chains split, each digit read under its own word)
    for k in unsettled:
        changed.pop(k, None)
    if not centres or not merged:
        return cols, changed, unsettled
    out: list[list[float]] = []
    last = None
    for col in cols:
        w = sum(1 for b in bounds if (col[0] + col[1]) / 2 > b)
        if out and w in merged and w == last:
            out[-1] = [out[-1][0], max(out[-1][1], col[1])]
        else:
            out.append(list(col))
        last = w
    return out, changed, unsettled


def _shift(figures, slot, centres: list[float], least: int) -> float:
    """The offset of a row's figures from their header words' middles where each word's digits (one
    figure, or digits evenly spaced: one_digits), `least` words at least, stand at one offset (to ALIGN_SHARE of
    their height); else 0. Words set flush left in their cells over centred figures do: a chain over two
    cells, or one-digit figures of two columns under one word, stand off it by half a digit or more."""
    by: dict[int, list] = {}
    for r in figures:
        by.setdefault(slot(r), []).append(r)
    if -1 in by or len(by) < least or any(len(here) > 1 and not one_digits(here) for here in by.values()):
        return 0.0
    offsets = sorted((here[0].x0 + here[-1].x1) / 2 - centres[w] for w, here in by.items())
    h = max(r.h for r in figures)
    return offsets[len(offsets) // 2] if offsets[-1] - offsets[0] <= ALIGN_SHARE * h else 0.0


def _placed(figures, leaves: list[tuple[float, float]], least: int) -> bool:
    """Does the row stand one figure to a header word, as many as the words and `least` at least
    (0: never), each word's nearest figure the one of its place, one edge of each (right, centre or
    left) at one step (to ALIGN_SHARE of their height)? Then none of its figures is a chain over two cells,
    whichever word's zone its digits reach into: figures set flush right in wide cells stand right
    of their words, their digits past the middle between two words (full-width figures tracked: '２
    ４' under 本年制发件数, its 4 nearer 本年废止件数's middle). A chain that took a digit of the
    neighbouring cell sticks out of the step by a digit, and leaves more runs or fewer than words."""
    if not least or len(figures) != len(leaves) or len(leaves) < least:
        return False
    edges = _steps(figures, leaves)
    tol = ALIGN_SHARE * max(r.h for r in figures)
    return edges is not None and any(_one_step(at, tol) for at in edges)


def _one_pitch(figures) -> bool:
    """Do a row's figures (four or more) stand centred at one pitch (to a third of their height)?
    Figures of evenly wide columns do, one a column: a figure spread over its cell stands its
    digits nearer each other than the columns' pitch, off it."""
    if len(figures) < 4:
        return False
    mids = sorted((r.x0 + r.x1) / 2 for r in figures)
    steps = [b - a for a, b in zip(mids, mids[1:])]
    return max(steps) - min(steps) <= max(r.h for r in figures) / 3


def crowded(rows, over, make_run, unsettled: dict) -> None:
    """Add to `unsettled` the rows with two figures or more in one column (`over(run)`: its
    columns): digits left apart there (split_figures did not settle them) are one figure or
    several, which the page does not say; the table never joins them into a cell unasked."""
    for k, row in enumerate(rows):
        by: dict[int, list] = {}
        for r in row.figures:
            for j in over(r)[:1]:
                by.setdefault(j, []).append(r)
        for here in by.values():
            if len(here) > 1:
                unsettled.setdefault(k, []).append(make_run([it for r in here for it in r.items]))
