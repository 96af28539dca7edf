"""A sheet printed N-up (two pages side by side, or four two by two): its panes, read one after the other.

Printers and PDF tools put several printed pages on one sheet ("2 pages per sheet"). Read as one
page, the lines of the two panes are sorted together by height: the right pane's table lands in
the middle of the left pane's prose, and the title is no longer the first line. A pane is found
from geometry alone: a gutter down the middle third of the sheet that no character and no rule
crosses, with text on both sides at the same distances from each pane's left and right edges (each
printed page keeps its margins; a borderless table cut at a gap between its columns does not).
A portrait sheet is split across first (2 × 2), then each half down. Every pane is laid out as a
page of its own (pdf_tables.layout_page in the pane's own frame), and its blocks are moved back
to the sheet's frame, so a cell's box is where it stands on the sheet. A sheet with too little text
on one side to show its gutter (the last printed page: the issuer and the date) takes the panes of
the sheet before, when that one was N-up, is the same size and nothing crosses the cuts.
"""
from __future__ import annotations

from bisect import bisect_left

from .pdf_model import Item, Line
from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings

#: the gutter lies in this part of the sheet's width (height): the middle 40 %
MIDDLE = (0.3, 0.7)
#: at least this share of the sheet's width (height) wide, and MIN_GUTTER points
GUTTER_SHARE, MIN_GUTTER = 0.015, 8.0
#: each side holds at least this many characters, and this share of them
MIN_SIDE, SIDE_SHARE = 20, 0.1
#: the two panes' left margins agree within this share of the sheet's width
MARGIN_SHARE = 0.04


def sheet_panes(items: list[Item], hedges, vedges, width: float, height: float, before=None,
                geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT):
    """The panes (x0, top, x1, bottom) of an N-up sheet, in reading order, or None (one page).
    `hedges` (y, x0, x1) and `vedges` (x, top, bottom) are the ruling lines; `before` the sheet
    before's (width, height, panes) when it was printed N-up: a sheet of its size whose text and
    rules cross none of its cuts has its panes, however little one of them holds (the last printed
    page, only the issuer and the date, beside a table: read as one page, their lines went into
    the table's header and its 15 values were lost)."""
    panes = _panes(items, hedges, vedges, width, height, geo)
    if panes is None and before is not None and items and abs(before[0] - width) < 1 and abs(before[1] - height) < 1 \
            and _clear(items, hedges, vedges, before[2]):
        return before[2]
    return panes


def _clear(items, hedges, vedges, panes) -> bool:
    """Do no character and no ruling line cross the cuts between `panes` (at least MIN_GUTTER wide)?"""
    half = MIN_GUTTER / 2
    for x in {p[0] for p in panes if p[0] > 0}:
        if any(it.x0 < x + half and it.x1 > x - half for it in items) or \
                any(a < x + half and b > x - half for _y, a, b in hedges):
            return False
    for y in {p[1] for p in panes if p[1] > 0}:
        if any(it.top < y + half and it.bottom > y - half for it in items) or \
                any(t < y + half and b > y - half for _x, t, b in vedges):
            return False
    return True


def _panes(items: list[Item], hedges, vedges, width: float, height: float, geo: PDFLayoutSettings):
    """The panes found from this sheet alone (sheet_panes), or None."""
    if len(items) < 2 * MIN_SIDE:
        return None
    whole = (0.0, 0.0, width, height)
    if width > 1.2 * height:
        return _across(items, hedges, vedges, whole, geo)
    if height > 1.2 * width:
        cut = _gutter([(it.top, it.bottom) for it in items] + [(t, b) for _x, t, b in vedges]
                      + [(y, y) for y, _a, _b in hedges], 0.0, height)
        if cut is None:
            return None
        upper, lower = (0.0, 0.0, width, cut), (0.0, cut, width, height)
        top = _across(_inside(items, upper), hedges, vedges, upper, geo)
        if top is None:
            return None
        bottom = _across(_inside(items, lower), hedges, vedges, lower, geo) if _inside(items, lower) else None
        return top + (bottom or [lower])
    return None


def _across(items, hedges, vedges, box, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT):
    """Two panes side by side in `box`, or None."""
    x0, top, x1, bottom = box
    if len(items) < 2 * MIN_SIDE:
        return None
    spans = [(it.x0, it.x1) for it in items]
    spans += [(a, b) for y, a, b in hedges if top <= y <= bottom]
    spans += [(x, x) for x, t, b in vedges if t < bottom and b > top]
    cut = _gutter(spans, x0, x1)
    if cut is None:
        return None
    left = [it for it in items if (it.x0 + it.x1) / 2 < cut]
    right = [it for it in items if (it.x0 + it.x1) / 2 >= cut]
    share = SIDE_SHARE * len(items)
    if min(len(left), len(right)) < max(MIN_SIDE, share):
        return None
    # each printed page keeps its margins: the same distance from its pane's left edge, and from
    # its right edge (a borderless table cut at a gap between its columns has its figures near the
    # cut on the right side, and the left side's labels end far from it)
    slack = MARGIN_SHARE * (x1 - x0)
    if abs((min(it.x0 for it in left) - x0) - (min(it.x0 for it in right) - cut)) > slack:
        return None
    if abs((cut - max(it.x1 for it in left)) - (x1 - max(it.x1 for it in right))) > 1.5 * slack:
        return None
    if _one_table(left, right, geo) or _one_table(right, left, geo):
        return None
    return [(x0, top, cut, bottom), (cut, top, x1, bottom)]


def _one_table(side: list[Item], other: list[Item], geo: PDFLayoutSettings) -> bool:
    """Is `side` the figures of a table whose labels are `other`: mostly digits, and its lines of
    digits (nearly all of them, `pane_rows_share`) each on the baseline of a line of `other`? A
    borderless table on a landscape page has a gutter between its labels and its figures that no
    character crosses, its sides' margins by chance alike: read as two printed pages, its rows
    were cut from their labels (a 2019 table 三 turned on its page: 161 of 198 values lost). Two
    printed pages side by side share their baselines only as far as their first paragraph."""
    if 2 * sum(it.text.isdigit() for it in side) < len(side):
        return False
    bases = sorted({round(it.bottom, 1) for it in side if it.text.isdigit()})
    theirs = sorted(it.bottom for it in other)
    if len(bases) < 3 or not theirs:
        return False
    on = 0
    for b in bases:
        i = bisect_left(theirs, b - geo.pane_row_fit)
        on += i < len(theirs) and theirs[i] <= b + geo.pane_row_fit
    return on >= geo.pane_rows_share * len(bases)


def _gutter(spans, lo: float, hi: float):
    """Where to cut [lo, hi] across its middle part, in a stretch no span covers and wide enough:
    at the middle when such a stretch holds it (panes of equal size), else in the widest one."""
    found = gaps(spans, lo, hi)
    if not found:
        return None
    middle = (lo + hi) / 2
    if any(g0 <= middle <= g1 for g0, g1 in found):
        return middle
    g0, g1 = max(found, key=lambda g: g[1] - g[0])
    return (g0 + g1) / 2


def gaps(spans, lo: float, hi: float) -> list[tuple[float, float]]:
    """The stretches of [lo, hi]'s middle part (MIDDLE) that no span covers, each a gutter's width
    at least (MIN_GUTTER, GUTTER_SHARE of the width); also pdf_beside.py's, down part of a page."""
    size = hi - lo
    a, b = lo + MIDDLE[0] * size, lo + MIDDLE[1] * size
    need = max(MIN_GUTTER, GUTTER_SHARE * size)
    out, at = [], a
    for s0, s1 in sorted(spans):
        if s0 > at and min(s0, b) - at >= need:
            out.append((at, min(s0, b)))
        at = max(at, s1)
        if at >= b:
            break
    if b - at >= need:
        out.append((at, b))
    return out


def _inside(items, box):
    x0, top, x1, bottom = box
    return [it for it in items if x0 <= (it.x0 + it.x1) / 2 < x1 and top <= (it.top + it.bottom) / 2 < bottom]


def pane_content(items, hedges, vedges, box):
    """The characters and ruling lines of one pane, in the pane's own frame (its top left at 0, 0)."""
    x0, top, x1, bottom = box
    its = [Item(it.text, it.x0 - x0, it.top - top, it.x1 - x0, it.bottom - top) for it in _inside(items, box)]
    hs = [(y - top, max(a, x0) - x0, min(b, x1) - x0) for y, a, b in hedges
          if top <= y <= bottom and a < x1 and b > x0]
    vs = [(x - x0, max(t, top) - top, min(b, bottom) - top) for x, t, b in vedges
          if x0 <= x <= x1 and t < bottom and b > top]
    return its, hs, vs


def to_sheet(blocks: list, box) -> list:
    """A pane's laid-out blocks moved back to the sheet's frame (in place)."""
    return shift(blocks, box[0], box[1])


def shift(blocks: list, dx: float, dy: float) -> list:
    """Blocks (lines, tables with their cells and grid) moved by dx, dy (in place)."""
    moved: set[int] = set()

    def move(o) -> None:
        if id(o) not in moved:
            moved.add(id(o))
            o.x0, o.x1, o.top, o.bottom = o.x0 + dx, o.x1 + dx, o.top + dy, o.bottom + dy

    for b in blocks:
        move(b)
        if isinstance(b, Line):
            continue
        for c in b.cells:
            move(c)
        for row in b.rows:
            for c in row:
                move(c)
        for it in getattr(b, "unread", ()):
            move(it)
        grid = getattr(b, "grid", None)
        if grid is not None:
            b.grid = ([x + dx for x in grid[0]], [y + dy for y in grid[1]])
    return blocks
