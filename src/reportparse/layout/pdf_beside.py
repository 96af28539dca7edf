"""A borderless table printed beside a column of prose: a stretch of a one-column page set in two.

A page set in one column can hold a stretch in two: a narrow table in one column, a paragraph of
prose in the other from the same height (a note beside table 四). Read as one page, the lines of the
two columns fall into the same bands: a line of prose became the table's row label, the header's
words ran into the prose, and the table was lost (15 values a report). The stretch is found from
geometry, as pdf_nup.py finds an N-up sheet's gutter (pdf_nup.gaps), down part of the page only:
consecutive text bands with an empty vertical stretch in common in the middle part of the text block,
no ruling line across it, text on both sides of it in BESIDE_BANDS bands at least. It is cut there
only where one side is a paragraph of prose (no digit; PROSE_LINES lines at least, each but the last
as long as the column, PROSE_CHARS characters at least, and starting at its left edge or indented)
and the other holds a borderless table (pdf_aligned finds one in it alone). A borderless table whose
own columns leave such a gap has labels on one side (short lines, a ragged edge) or figures on both:
never cut; two columns of prose hold no table: read as lines, as before.
"""
from __future__ import annotations

from .pdf_aligned import find_aligned_tables
from .pdf_lines import line_of, text_lines
from .pdf_model import Item
from .pdf_nup import GUTTER_SHARE, MIN_GUTTER, gaps
from .pdf_settings import PDFLayoutSettings

#: bands with text on both sides of the gutter, at least (a table's header and a row: 3 lines)
BESIDE_BANDS = 3
#: the prose side: lines at least, and characters in each line but its last
PROSE_LINES, PROSE_CHARS = 3, 8
#: a paragraph's last character (a column of a table's labels ends none)
PARAGRAPH_END = ("。", "！", "？", "!", "?")


def read_beside(items: list[Item], groups: list[list[Item]], hedges, page: int, geo: PDFLayoutSettings,
                notes: list, read: list):
    """(the page's other items, the tables read beside prose, the stretch's lines) or None (no such
    stretch). `groups`: bands(items); `notes` and `read` as find_aligned_tables', added to only when
    the stretch is cut."""
    if len(items) < 2 * BESIDE_BANDS:
        return None
    lo, hi = min(it.x0 for it in items), max(it.x1 for it in items)
    # the page's bands and its ruling lines, top to bottom, each with the stretches it covers (a band's: its
    # items', taken where _runs looks for its gaps)
    rows = [(g, None, g[0].top) for g in groups]
    rows += [([], [(a, b)], y) for y, a, b in hedges]
    rows.sort(key=lambda r: r[2])
    for run, gutter in _runs(rows, lo, hi):
        cut = _cut(run, gutter, geo)
        if cut is None:
            continue
        prose, table = cut
        said, settled = [], list(read)
        found, left = find_aligned_tables(table, page, geo, None, said, settled)
        if not found:
            continue
        notes += said
        read[:] = settled
        taken = {id(it) for it in prose + table}
        return ([it for it in items if id(it) not in taken], found,
                [ln for ln in text_lines(prose, geo) + text_lines(left, geo) if ln.text])
    return None


def _runs(rows: list, lo: float, hi: float, whole: bool = False):
    """(rows, gutter) of the runs of consecutive rows ((items, stretches covered or None: the items', y): bands and
    rules; BESIDE_BANDS bands at least)
    that leave one stretch of the middle part empty (pdf_nup.gaps): a line of prose or a rule across the
    page ends every run. Swept top to bottom, each stretch kept open from the first row it is empty in
    (a borderless table's column gaps above a table beside prose: each stretch is a run of its own).
    A row with no stretch empty ends every run, so the sweep is one of each block of rows between such rows;
    a run is cut only where a row of it ends a sentence, so only the blocks holding such a row are swept,
    found from those rows outwards (a page of prose or of tables: a few rows' gaps looked for, not every
    row's). `whole`: every row swept (the plain form; the same runs, tests/test_speed61.py)."""
    need = max(MIN_GUTTER, GUTTER_SHARE * (hi - lo))
    # (rows with text, rows ending a sentence, before each row: a run without prose is never tried)
    texts, ends = [0], [0]
    for g, _s, _y in rows:
        line = "".join([it.text for it in g])
        texts.append(texts[-1] + bool(g))
        ends.append(ends[-1] + any(end in line for end in PARAGRAPH_END))
    rows = rows + [([], [(lo, hi)], 0.0)]      # (the page's end: no stretch empty)
    found: dict = {}

    def own(k: int) -> list:
        if k not in found:
            g, spans, _y = rows[k]
            found[k] = gaps([(it.x0, it.x1) for it in g] if spans is None else spans, lo, hi)
        return found[k]
    blocks = [(0, len(rows) - 1)] if whole else []
    for e in ([] if whole else range(len(rows) - 1)):
        if ends[e + 1] == ends[e] or blocks and e <= blocks[-1][1] or not own(e):
            continue
        i, j = e, e + 1
        while i > 0 and own(i - 1):
            i -= 1
        while own(j):
            j += 1
        blocks.append((i, j))           # (rows i … j-1 and the row ending them)
    for i, j in blocks:
        opened: dict = {}               # (x0, x1) → the row it is empty since
        for k in range(i, j + 1):
            kept: dict = {}
            for (a0, a1), start in opened.items():
                met = [(max(a0, b0), min(a1, b1)) for b0, b1 in own(k) if min(a1, b1) - max(a0, b0) >= need]
                for stretch in met:
                    kept[stretch] = min(kept.get(stretch, k), start)
                if not met and texts[k] - texts[start] >= BESIDE_BANDS and ends[k] > ends[start]:
                    yield rows[start:k], (a0, a1)
            for stretch in own(k):
                kept.setdefault(stretch, k)
            opened = kept


def _cut(run: list, gutter: tuple, geo: PDFLayoutSettings):
    """(prose side, table side) of a run of rows cut down the middle of its `gutter`, or None. The
    stretch cut runs from the paragraph's first line to its last, and over the table's lines above and
    below it (its header's first line, its last row)."""
    x = (gutter[0] + gutter[1]) / 2
    halves = [([it for it in g if (it.x0 + it.x1) / 2 < x], [it for it in g if (it.x0 + it.x1) / 2 >= x])
              for g, _s, _y in run]
    for s in (0, 1):        # (the prose's side: 0 left, 1 right)
        para = _paragraph([(k, line_of(h[s], geo)) for k, h in enumerate(halves) if h[s]])
        if para is None:
            continue
        i, j = _widened(halves, para[0], para[1], 1 - s)
        if sum(bool(h[0] and h[1]) for h in halves[i:j + 1]) < BESIDE_BANDS:
            continue
        prose = [it for h in halves[i:j + 1] for it in h[s]]
        table = [it for h in halves[i:j + 1] for it in h[1 - s]]
        if sum(_digit(it) for it in table) >= 2:
            return prose, table
    return None


def _widened(halves: list, i: int, j: int, s: int) -> tuple[int, int]:
    """rows i..j widened over the rows above and below that hold text on side `s` only (or a rule)."""
    while i > 0 and not halves[i - 1][1 - s]:
        i -= 1
    while j + 1 < len(halves) and not halves[j + 1][1 - s]:
        j += 1
    return i, j


def _digit(it: Item) -> bool:
    return any(ch.isdigit() for ch in it.text)


def _paragraph(lines: list):
    """(first, last) row of the first paragraph among one side's `lines` ((row, Line) top to bottom),
    or None: PROSE_LINES lines at least, no digit, from one left edge (the first may be indented),
    each but the last running to the side's right edge and PROSE_CHARS long, the last ending a
    sentence. A column of a table's labels ends no sentence."""
    edge = max(ln.x1 for _k, ln in lines) if lines else 0.0
    start, left = None, 0.0
    for n, (k, ln) in enumerate(lines):
        h = max(ln.bottom - ln.top, 1.0)
        text = ln.text.replace(" ", "")
        if any(ch.isdigit() for ch in text) or (start is not None and n - start > 1 and ln.x0 > left + h):
            start = None
            continue
        full = ln.x1 >= edge - 1.5 * h and len(text) >= PROSE_CHARS
        if start is None:
            start, left = (n, ln.x0) if full else (None, 0.0)
            continue
        left = min(left, ln.x0)
        if not full:
            if text.endswith(PARAGRAPH_END) and n - start + 1 >= PROSE_LINES:
                return lines[start][0], k
            start = None
    return None
