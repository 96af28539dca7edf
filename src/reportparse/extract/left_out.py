"""A table row that left blank cells out at places the page does not give (a div table's row short of its
empty elements, a row's figures set in one cell with a blank leaving no trace: the loader marks its cells
CellRef.left_out, with no column): every placement of the blanks
among its printed cells is a candidate reading, kept where the row's own total holds; the table's arithmetic
across rows (R1, R2: settle) then keeps one placement or none. Never a guess: a row whose placements the
arithmetic does not single out stays unread."""
from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from typing import Callable, Optional

from ..cells import parse_cell
from ..document import Document
from .row_cells import Token
from .rows import RowHit
from .tables import RowRead, holds

NOTE = ("a row that left {k} blank cell(s) out (a div table's row short of its empty elements, or its figures set "
        "in one cell): where they stand was settled by the table's arithmetic (R1, R2 and the row's total)")


def left_out(doc: Document, hit: RowHit, n: int) -> int:
    """How many blank cells the row left out at unknown places (0: none, or not such a row)."""
    if not hit.pipe_row:
        # a page that draws nothing for a blank cell, read in flow order: a row of fewer figures than cells
        if doc.blanks_left_out and hit.cells and all(t.raw and parse_cell(t.raw).ok for t in hit.cells):
            return max(0, n - len(hit.cells))
        return 0
    if not doc.cells:
        return 0
    ref = doc.cell_at(hit.label_start)
    return ref.left_out if ref is not None and ref.col is None else 0


def placed_cells(doc: Document, hit: RowHit) -> bool:
    """Every figure of the row is a whole cell a PDF layout placed (a CellRef of a ruled or aligned table): the
    figures of two columns never stand run together there (a gap or a rule parts them), so a row short of
    cells left blanks out, and splitting a figure's digits into cells is no reading (6 | 28 | 12 | 37 with the
    total blank read 6 | 28 | 1 | 2 | 37: R4 holds, WRONG)."""
    if doc.format != "pdf" or not doc.cells:
        return False
    shown = [t for t in hit.cells if t.raw]
    return bool(shown) and all(doc.cell_at(t.start) is not None for t in shown)


def placements(doc: Document, hit: RowHit, n: int, group_ok: Optional[Callable[[tuple], bool]]) -> Optional[RowRead]:
    """The readings of a row that left k blank cells out: j of them its own (the others a merged label column's),
    for each j its printed cells' last n - j with j blanks at every place among them, the cells before those
    blank (a merged label's), kept where the row's total holds (RowRead.fits, for settle to choose among).
    None when the row left none out; a row with no such reading has a problem (never read by position)."""
    k = left_out(doc, hit, n)
    if not k:
        return None
    cells = list(hit.cells)
    row = RowRead(replace(hit, note=NOTE.format(k=k)), n, left_out=k)
    fits: list[list[Token]] = []
    for j in range(min(k, n) + 1):
        shown = n - j
        if len(cells) < shown or any(t.raw for t in cells[:len(cells) - shown]):
            continue
        printed = cells[len(cells) - shown:]
        if any(t.raw and not parse_cell(t.raw).ok for t in printed):
            continue
        for blanks in combinations(range(n), j):
            it = iter(printed)
            fit, pos = [], printed[0].start if printed else hit.label_end
            for i in range(n):
                if i in blanks:
                    fit.append(Token("", pos, pos))
                else:
                    t = next(it)
                    fit.append(t)
                    pos = t.end
            if group_ok is None or holds(fit, group_ok, [n]):
                fits.append(fit)
    row.fits = fits
    row.candidates = [tuple(parse_cell(t.raw).value if t.raw else None for t in f) for f in fits]
    if not fits:
        row.problem = f"no place of the {k} blank cell(s) it left out satisfies the row's total"
    return row


def unplaced(doc: Document, hit: RowHit, n: int) -> Optional[RowRead]:
    """A row that left blank cells out, for a table with no arithmetic across its rows to place them: not read
    (its printed cells would fit the row by taking a merged label's blank cell for one of its own); None for
    another row."""
    k = left_out(doc, hit, n)
    if not k:
        return None
    row = RowRead(hit, n, left_out=k)
    row.problem = (f"{k} blank cell(s) left out (a row short of its empty cells, or its figures set in one cell) at "
                   "unknown places")
    return row
