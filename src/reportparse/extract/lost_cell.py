"""A table 三 row one figure cell short (a crawler dropped a <td>, a figure of a row or its line): which cell is
missing the row does not say, but it has a total and the table has R1 and R2. Every place of the missing cell
is a candidate reading, its value the one the row's total gives (its total's own: the parts' sum); the table's
arithmetic across rows (settle) keeps one or none. The printed cells of the one kept are read where they stand;
the missing cell is not read (the page does not print it), its value said in a warning. Never a guess: a row
whose placements R1 and R2 do not single out stays unread. A row one cell short may instead hold two figures run
together in one cell (two cells merged): each cut of a cell into two is a candidate as well, and R1 and R2 choose
among both kinds of reading (both kept: not read)."""
from __future__ import annotations

from dataclasses import replace
from itertools import accumulate
from typing import Callable, Optional

from ..cells import parse_cell
from .row_cells import Token
from .rows import RowHit
from .tables import RowRead

NOTE = ("a row one cell short (a crawler dropped a cell): where its printed cells stand was settled by the table's "
        "arithmetic (R1, R2 and the row's total)")
MERGED = ("two figures run together in one cell (a crawler merged two cells): cut where the row's total and the "
          "table's arithmetic (R1, R2) single out one reading")
MISSING = ("its cell is missing from the row (a row one cell short); the row's total and the table's checks give it as "
           "{v:g}, not printed")


def one_cell_lost(hit: RowHit, n: int, group_ok: Callable[[tuple], bool], cut: bool = True,
                  sizes: Optional[list[int]] = None) -> Optional[RowRead]:
    """The readings of a row of n - 1 figures (RowRead.fits and candidates, RowRead.lost set), or None when the row
    is no such row. `cut`: a cell may hold two figures run together (not where a PDF's layout placed each figure
    as a whole cell: left_out.placed_cells). `sizes`: groups each ending in its total (table 四's three of five):
    a lost cell's value is its group's to give."""
    printed = [t for t in hit.cells if t.raw]
    if len(printed) != n - 1 or len(hit.cells) != n - 1 or n < 3:
        return None
    parsed = [parse_cell(t.raw) for t in printed]
    if any(not c.ok or c.value is None for c in parsed):
        return None
    values = [c.value for c in parsed]
    row = RowRead(replace(hit, note=NOTE), n, lost=True)
    readings: dict[tuple, list[Token]] = {}
    # two neighbouring figures run together in one cell (a crawler merged two <td>s: "5124" for 51 | 24): each cut
    # of a cell of plain digits into two counts (no piece opening with 0). First: where a cut and a lost cell read
    # alike ("00" for 0 | 0), the cut's cells are printed
    for i, t in enumerate(printed if cut else ()):
        if not t.raw.isascii() or not t.raw.isdigit():
            continue
        for c in range(1, len(t.raw)):
            a, b = t.raw[:c], t.raw[c:]
            if not any(len(x) > 1 and x[0] == "0" for x in (a, b)):
                cand = tuple(values[:i]) + (int(a), int(b)) + tuple(values[i + 1:])
                readings.setdefault(cand, printed[:i] + [Token(a, t.start, t.start + c), Token(b, t.start + c, t.end)]
                                    + printed[i + 1:])
    # a cell lost at each place, its value the row's total gives (the total lost: the parts' sum). (A browser shows
    # the short row blank at its end: no reading here, a blank the page does not show is no blank it prints)
    ends = list(accumulate(sizes or [n]))
    for p in range(n):
        b = next(e for e in ends if p < e)                  # the lost cell's group ends before b, its total at b - 1
        a = b - (sizes or [n])[ends.index(b)]
        x = values[b - 2] - sum(values[a:b - 2]) if p < b - 1 else sum(values[a:b - 1])
        at = printed[p - 1].end if p else hit.label_end
        if x >= 0:
            readings.setdefault(tuple(values[:p]) + (x,) + tuple(values[p:]), printed[:p] + [Token("", at, at)] + printed[p:])
    for cand, fit in readings.items():
        if group_ok(cand):
            row.candidates.append(cand)
            row.fits.append(fit)
    return row if row.candidates else None


def missing_cell(row: RowRead, values: list) -> Optional[int]:
    """After settle kept `values` of a row one cell short: its printed cells where they stand (RowRead.cells), and
    the index of the missing cell, left unread with its value said (None: the kept reading cut a cell in two)."""
    fit = next(f for f, c in zip(row.fits, row.candidates) if list(c) == list(values))
    row.cells = fit
    p = next((i for i, t in enumerate(fit) if not t.raw), None)
    if p is None:
        row.hit = replace(row.hit, note=MERGED)
        return None
    row.left_unread = {p: MISSING.format(v=values[p])}
    return p
