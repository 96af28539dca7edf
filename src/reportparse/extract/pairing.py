"""One figure printed where a legacy table has two columns (本年度 | 累计): which column it is.

A table printed one cell per line loses lines: a crawler drops a line equal to the one before it
(x|x printed once) or drops a line outright (a cell lost). The row alone cannot tell the two
apart, so its figure is read only where the table's arithmetic settles both of its cells: the rows
that add up to a total (channels to requests.new, replies to requests.answered) must add up in both
columns, and a 累计 is never less than its 本年度. Every way of placing each such row's figure (this
year's or the cumulative, the other cell unknown) is tried; a row is read only when every placement
that satisfies the sums gives it the same two cells, and the sums were seen to hold on printed
figures alone in one column of at least one of them. Nothing else is inferred.
"""
from __future__ import annotations

from itertools import product
from typing import Optional

from ..schema import legacy_sum_rows

_INF = float("inf")
_MAX_SINGLES = 6           # placements tried: 2 ** this, per sum


def settle_pairs(exact: dict[str, tuple], single: dict[str, float], printed: set[str]) -> dict[str, tuple]:
    """The (本年度, 累计) of each one-figure row the sums settle.

    exact: the rows read with both cells ({key: (year, cumulative)}); single: the rows printing one
    figure ({key: figure}); printed: every row key the table prints (a printed row that is in neither
    leaves its sum unusable).
    """
    settled: dict[str, tuple] = {}
    for relation, total in (("channel", "requests.new"), ("reply", "requests.answered")):
        parts = list(legacy_sum_rows(relation, printed))
        members = parts + [total]
        if total not in printed or not parts or not any(k in single for k in members):
            continue
        if any(k not in exact and k not in single for k in members):
            continue            # a row of the sum unread: the sum says nothing of the others
        found = _solve({k: 1 for k in parts} | {total: -1}, exact, {k: single[k] for k in members if k in single})
        settled.update(found)
    return settled


def _solve(coef: dict[str, int], exact: dict[str, tuple], single: dict[str, float]) -> dict[str, tuple]:
    keys = list(single)
    if len(keys) > _MAX_SINGLES:
        return {}
    results: Optional[dict[str, tuple]] = None
    seen = False                 # a placement whose sums held on printed figures alone in one column
    for placing in product((0, 1), repeat=len(keys)):       # 0: the figure is this year's, 1: the cumulative
        cells = {}
        for col in (0, 1):
            # each unknown cell: (its key, low, high): a year under its cumulative, a cumulative over its year
            unknown = {k: (0.0, single[k]) if col == 0 else (single[k], _INF)
                       for k, p in zip(keys, placing) if p != col}
            known = sum(c * exact[k][col] for k, c in coef.items() if k in exact)
            known += sum(coef[k] * single[k] for k, p in zip(keys, placing) if p == col)
            values = _column(coef, unknown, -known)
            if values is None:
                break
            cells[col] = values
        else:
            pair = {k: (cells[0].get(k, single[k]), cells[1].get(k, single[k])) for k in keys}
            if any(v is None for p in pair.values() for v in p):
                return {}            # a placement that fits but leaves a cell open: nothing settled
            seen = seen or any(all(p == col for p in placing) for col in (0, 1))
            if results is None:
                results = pair
            elif results != pair:
                return {}
    return results if results is not None and seen else {}


def _column(coef: dict[str, int], unknown: dict[str, tuple], rest: float) -> Optional[dict[str, Optional[float]]]:
    """Σ coef·u = rest over the unknown cells within their bounds (bounds narrowed until they hold):
    each cell's value where it is fixed, None where it is not; None when no values satisfy it."""
    low = {k: lo for k, (lo, _) in unknown.items()}
    high = {k: hi for k, (_, hi) in unknown.items()}
    if not unknown:
        return {} if abs(rest) < 1e-9 else None
    for _ in range(len(unknown) + 2):
        changed = False
        for k in unknown:
            c = coef[k]
            others_lo = sum(min(coef[j] * low[j], coef[j] * high[j]) for j in unknown if j != k)
            others_hi = sum(max(coef[j] * low[j], coef[j] * high[j]) for j in unknown if j != k)
            # c·u = rest − others
            a, b = rest - others_hi, rest - others_lo
            lo, hi = (a, b) if c > 0 else (-b, -a)
            if lo > low[k] + 1e-9:
                low[k], changed = lo, True
            if hi < high[k] - 1e-9:
                high[k], changed = hi, True
            if low[k] > high[k] + 1e-9:
                return None
        if not changed:
            break
    return {k: low[k] if abs(high[k] - low[k]) < 1e-9 else None for k in unknown}
