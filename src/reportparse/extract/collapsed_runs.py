"""A crawler that drops a line equal to the one before it prints a row's run of equal cells once: the readings of
such a row's printed figures as runs filling its cells (from tables.read_row and national_table4)."""
from __future__ import annotations

from typing import Callable, Optional


def collapsed_readings(values: list, n: int, group_ok: Optional[Callable[[tuple], bool]] = None,
                       sizes: Optional[list[int]] = None, signed: frozenset = frozenset(),
                       signed_cell: Optional[int] = None, twice: frozenset = frozenset()) -> list[tuple]:
    """Every reading of printed values as runs of one or more equal cells filling n cells.

    A crawler that drops a line equal to the one before it prints 6|0|0|0|0|0|6 as "6 0 6":
    each printed value stands for a run; the runs fill the row exactly. `sizes` splits the row
    into groups that each must pass `group_ok` (table 四: three groups of five). A printed value
    whose index is in `signed` (printed with its sign, "+28") is cell `signed_cell` alone (本年增/减).
    `twice`: indexes i whose figure equals the next one's but was printed otherwise ("０" / "0", "20¹" /
    "20": two lines to the crawler), so both stand.
    """
    k = len(values)
    if not 0 < k <= n or any(a == b and i not in twice for i, (a, b) in enumerate(zip(values, values[1:]))):
        return []            # two equal neighbours cannot survive a collapse: not this damage
    if None in values:
        return []            # a printed figure that is no count (17 digits run together) is no run of equal cells
    sizes = sizes or [n]
    bounds, acc = [], 0
    for size in sizes:
        acc += size
        bounds.append(acc)
    out: list[tuple] = []

    def rec(i: int, cells: tuple) -> None:
        if i == k:
            if len(cells) == n:
                out.append(cells)
            return
        room = n - len(cells) - (k - i - 1)
        if i in signed:
            room = 1 if len(cells) == signed_cell else 0
        for run in range(1, room + 1):
            nxt = cells + (values[i],) * run
            if group_ok is not None and not all(
                    group_ok(nxt[(bounds[g - 1] if g else 0):b]) for g, b in enumerate(bounds)
                    if len(cells) < b <= len(nxt)):
                continue
            rec(i + 1, nxt)

    rec(0, ())
    return list(dict.fromkeys(out))     # (equal neighbours that both stand give one reading several ways)
