"""Cells of a borderless PDF table whose figures wrapped onto two lines (the layout renders them '370⏎0',
cells.WRAP_MARK: pdf_aligned_stacked.joined_text, wrapped_texts): the pieces joined top to bottom are one
reading of the row; the others are each piece alone (a cell holding two figures one over the other, the row's
figure either of them) and each line alone (two rows, one of them with no label). The joined reading is taken
only where the row's sums hold with it and with no other reading, or where the table's arithmetic across its
rows (R1, R2: settle) singles it out among the readings the row's sums allow: else the wrapped cells stay unread
(cells.unread_cell) and the row's other cells are read, as before. Never a guess: a row with no sum, or whose
sum holds either way (a blank total), proves nothing."""
from __future__ import annotations

from itertools import product
from typing import Callable, Optional

from ..cells import parse_cell, wrapped_pieces
from .row_cells import Token

# more wrapped cells in a row than this: their readings are not tried (3 ** 7 readings at most)
MAX_WRAPPED = 7


def _number(digits: str) -> Optional[int]:
    return int(digits) if digits else None


def wrap_readings(cells: list[Token], holds: Callable[[tuple], bool]) -> Optional[list[tuple]]:
    """The readings of a row with wrapped cells that `holds` (the row's sums) is true of, the pieces joined first:
    [joined] where no other reading holds (proven by the row); [joined, others…] where others hold too (the table's
    arithmetic across rows, R1 and R2, may single the joined out: settle); None where the row has no wrapped cell,
    a cell that is not a number, or the joined reading fails its sums."""
    pieces = {i: p for i, t in enumerate(cells) if (p := wrapped_pieces(t.raw))}
    if not pieces or len(pieces) > MAX_WRAPPED:
        return None
    fixed = {}
    for i, t in enumerate(cells):
        if i not in pieces:
            c = parse_cell(t.raw)
            if not c.ok:
                return None
            fixed[i] = c.value
    joined = tuple(fixed[i] if i not in pieces else int("".join(pieces[i])) for i in range(len(cells)))
    if not holds(joined):
        return None
    # each two-piece cell read as its upper piece, its lower one or both joined; a one-piece cell as its piece
    options = [[fixed[i]] if i not in pieces else
               sorted({int("".join(pieces[i])), *(_number(p) for p in pieces[i] if p)}) for i in range(len(cells))]
    others = [r for r in product(*options) if r != joined]
    # each line alone (two rows: the other cells of the line blank)
    for at in (0, 1):
        others.append(tuple(fixed[i] if i not in pieces else _number(pieces[i][at]) for i in range(len(cells))))
    return [joined] + sorted({r for r in others if r != joined and holds(r)}, key=lambda r: [v is None or v for v in r])


def wrapped_at(cells: list[Token]) -> list[int]:
    """The indexes of the row's wrapped cells (their pieces around cells.WRAP_MARK)."""
    return [i for i, t in enumerate(cells) if wrapped_pieces(t.raw)]


UNREAD_WRAPPED_CELL = ("its figure wrapped onto two lines in its cell, and the row's sums hold with its pieces read "
                       "otherwise too (a line of its own, or one piece the row's), which R1 and R2 do not settle")


def singled_out(key: str, rows: dict, constraints: list) -> bool:
    """Does an identity of the table over the row `key` (R1 or R2, solver.Constraint) hold with its wrapped cells
    joined (RowRead.wrapped) and with none of its other readings, every other row in it read one way only? (Where
    R2 fails for a row left unread elsewhere, the solver drops both identities: R1 may still settle this row.)"""
    r = rows[key]
    for c in constraints:
        others = [k for k in c.rows if k != key]
        if key not in c.rows or any(len(rows[k].candidates) != 1 for k in others if k in rows):
            continue
        given = {k: rows[k].candidates[0] for k in others if k in rows}
        if c.test({**given, key: r.wrapped}) and not any(
                c.test({**given, key: o}) for o in r.candidates if o != r.wrapped):
            return True
    return False
