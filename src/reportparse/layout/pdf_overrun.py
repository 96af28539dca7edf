"""A figure run across the rule between two cells of a ruled table: both cells left unread.

A figure too wide for its cell (full-width digits, tracked or letter-spaced numerals, a figure set
flush right with tracking the exporter did not count) runs over the cell's rule into the next cell.
Each glyph is put in the cell holding its centre, so the figure's first or last digit was read as a
digit of the neighbour's figure: 1119 | 319 read as 119 | 3191, 110 | 39 as 11 | 039 (WRONG values
on both sides). Which cell a digit past the rule belongs to is not in the page, so the two cells
are left unread, with a note naming the row. A figure runs across an inner rule of its cell when
- a digit's box stands over the rule by more than OVER points and a tenth of its width (a figure
  that just fits its cell, or a glyph box a hair wide, is not), or
- a digit hugs the rule (within HUG points: a cell's own text keeps its padding) and the digits on
  both sides of the rule are no farther apart than two digits of its own figure: the run of
  tracked digits goes on over the rule at its own spacing ('1 1 | 0', each 3.2 pt apart).
Over the table's outer edge there is no other cell: an edge cell's figure run over the border is
read whole (pdf_tables: a glyph straddling the border is its edge cell's; over_border: digits past
it, the first within HUG of it, that go on from the cell's last digit at the figure's own spacing,
are too; such a run starting farther off the border leaves the cell unread).
Asked only of a digit at its cell's edge, so a page with none pays a comparison a character.
"""
from __future__ import annotations

from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings

# (the distances OVER, HUG and BESIDE are PDFLayoutSettings' overrun_over, overrun_hug and overrun_beside)


def over_rule(it, e0: float, e1: float, x0: float, x1: float, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> int:
    """-1 / 1: the digit `it` of the cell spanning e0..e1 runs over its inner left / right rule (the
    table spans x0..x1); 0: it does not."""
    slack = geo.overrun_over + (it.x1 - it.x0) / 10
    if it.x0 < e0 - slack and e0 > x0 + 0.5 and it.text.strip().isdigit():
        return -1
    if it.x1 > e1 + slack and e1 < x1 - 0.5 and it.text.strip().isdigit():
        return 1
    return 0


def _same_line(a, b) -> bool:
    return abs(a.top - b.top) < 1.0 and abs(a.bottom - b.bottom) < 1.0


def _gap(its, d, after: bool) -> float:
    """The gap between digit `d` and the digit of its line right before (or after) it in `its`; 0 none."""
    best = None
    for o in its:
        if o is d or not _same_line(o, d) or not o.text.strip().isdigit():
            continue
        g = o.x0 - d.x1 if after else d.x0 - o.x1
        if g >= -0.5 and (best is None or g < best):
            best = g
    return best if best is not None else 0.0


def runs_on(table, cont: list, x0: float, x1: float, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> list:
    """(cell index, side, digit) of the digits of `table` (cont: the cells' items) hugging an inner
    rule whose run goes on over it at its own spacing (the module's second case)."""
    found = []
    cells = table.cells
    for k, its in enumerate(cont):
        c = cells[k]
        for d in its:
            if d.x1 > c.x1 - geo.overrun_hug and c.x1 < x1 - 0.5:
                side, edge = 1, c.x1
            elif d.x0 < c.x0 + geo.overrun_hug and c.x0 > x0 + 0.5:
                side, edge = -1, c.x0
            else:
                continue
            if not d.text.strip().isdigit():
                continue
            own = _gap(its, d, after=side < 0)
            for j, n in enumerate(cells):
                if j == k or abs((n.x0 if side > 0 else n.x1) - edge) >= 0.5 or not n.top <= d.top <= n.bottom:
                    continue
                for o in cont[j]:
                    if _same_line(o, d) and o.text.strip().isdigit():
                        across = o.x0 - d.x1 if side > 0 else d.x0 - o.x1
                        if -0.5 <= across <= own + 0.3:
                            found.append((k, side, d))
                            break
    return found


def over_border(table, cont: list, rest: list, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> tuple[list, list]:
    """The digits of `rest` (the page's items in no cell) that go on a figure of an edge cell of
    `table` over the table's left or right border at the figure's own spacing, the first right at
    the border (added to `cont`); and (cell, side, digit) of the figures whose run goes on at its
    spacing from farther off the border (whose they are is not proven: the cells left unread)."""
    moved, unsure = [], []
    cells = table.cells
    for k, its in enumerate(cont):
        c = cells[k]
        for side in (1, -1):
            if (c.x1 if side > 0 else c.x0) != (table.x1 if side > 0 else table.x0):
                continue
            digits = [d for d in its if d.text.strip().isdigit()]
            if not digits:
                continue
            d = max(digits, key=lambda d: d.x1) if side > 0 else min(digits, key=lambda d: d.x0)
            own = _gap(its, d, after=side < 0)
            border = c.x1 if side > 0 else c.x0
            out = sorted((o for o in rest if _same_line(o, d) and o.text.strip().isdigit()
                          and (o.x0 >= d.x1 - 0.5 if side > 0 else o.x1 <= d.x0 + 0.5)),
                         key=lambda o: o.x0 * side)
            if not out or not -0.5 <= (out[0].x0 - d.x1 if side > 0 else d.x0 - out[0].x1) <= own + 0.3:
                continue
            if not (out[0].x0 < border + geo.overrun_hug if side > 0 else out[0].x1 > border - geo.overrun_hug):
                unsure.append((k, side, d))     # the run goes on, but not right at the border
                continue
            last = d
            for o in out:
                if -0.5 <= (o.x0 - last.x1 if side > 0 else last.x0 - o.x1) <= own + 0.3:
                    its.append(o)
                    moved.append(o)
                    last = o
                else:
                    break
    return moved, unsure


DIGITS = frozenset("0123456789０１２３４５６７８９")


def _figure(text: str) -> bool:
    bare = text.replace(" ", "").replace(",", "").replace("，", "")
    return bool(bare) and all(ch in DIGITS for ch in bare)


def stacked_figures(lines: list, x0: float, x1: float) -> bool:
    """Two lines of a ruled cell (x0..x1), one over the other, both a figure, the upper one too short
    for the lower to be the rest of it wrapped (a wrapped figure fills its line to within a digit
    and the padding): two figures in one cell ('4185' over '1'), whose lines were joined into one
    (41851, WRONG). Which of them is the row's figure is not in the page."""
    for a, b in zip(lines, lines[1:]):
        if _figure(a.text) and _figure(b.text):
            digit = (a.x1 - a.x0) / len(a.text.replace(" ", ""))
            if a.x1 - a.x0 < (x1 - x0) - 2 * digit - 10:
                return True
    return False


def clear_stacked(table, ks: list, page: int, notes: list) -> None:
    """Blank the cells `ks` of `table` holding two stacked figures, and say which rows' they were."""
    for k in ks:
        c = table.cells[k]
        first = min((o for o in table.cells if o.row == c.row), key=lambda o: o.col)
        notes.append(f"page {page}: in the row '{(first.text or '?')[:24]}' a cell holds two figures one over "
                     f"the other ({c.text}), the upper too short to be one figure wrapped: which is the row's "
                     "is not in the page; the cell was left unread")
        c.text = ""


def clear_overruns(table, found: list, page: int, notes: list) -> None:
    """Blank the cells of `table` a digit runs out of (found: (cell index, side, glyph)) and the
    cells it runs into, and say which row's cells were left unread."""
    cells = table.cells
    hit: set[int] = set()
    for k, side, it in found:
        c = cells[k]
        edge = c.x0 if side < 0 else c.x1
        cy = (it.top + it.bottom) / 2
        hit.add(k)
        for j, n in enumerate(cells):
            if n.top <= cy <= n.bottom and abs((n.x1 if side < 0 else n.x0) - edge) < 0.5:
                hit.add(j)
    rows: dict[int, list[str]] = {}
    for k in sorted(hit):
        c = cells[k]
        if c.text:
            rows.setdefault(c.row, []).append(c.text)
            c.text = ""
    for r, texts in sorted(rows.items()):
        first = min((c for c in cells if c.row == r), key=lambda c: c.col)
        label = first.text or "?"
        notes.append(f"page {page}: in the row '{label[:24]}' a figure runs across the rule between two cells "
                     f"({' | '.join(texts)}): which cell its digits belong to is not in the page; the cells "
                     "were left unread")
