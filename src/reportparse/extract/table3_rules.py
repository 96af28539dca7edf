"""R1 and R2 of table 三 (new + carried over = answered + carried forward; the outcome rows sum to
answered), as constraints on the readings of its rows."""
from __future__ import annotations

from ..schema import OUTCOME_PREFIXES
from .solver import Constraint
from .tables import RowRead


def table3_constraints(rows: dict[str, RowRead]) -> list[Constraint]:
    """R1 and R2 over table 三's rows, as tests of an assignment of readings (row → its seven cells).

    The solver tests them on every combination of the rows' readings: each is a few column sums."""
    outcomes = [k for k in rows if k.startswith(OUTCOME_PREFIXES) and k != "requests.other" or
                (k == "requests.other" and not any(x.startswith("requests.other.") for x in rows))]
    out = []
    r1 = ("requests.new", "requests.carried_over", "requests.answered", "requests.carried_forward")
    if {"requests.new", "requests.answered"} <= set(rows):
        def r1_holds(a) -> bool:
            return all((n or 0) + (o or 0) == (s or 0) + (f or 0)
                       for n, o, s, f in zip(*(a.get(k) or _NO_CELLS for k in r1)))
        out.append(Constraint(tuple(k for k in r1 if k in rows), r1_holds, hard=False))
    if "requests.answered" in rows and outcomes:
        def r2_holds(a) -> bool:
            # each column's sum over the outcome rows read (blanks add nothing: filtered out)
            read = [cells for cells in map(a.get, outcomes) if cells]
            answered = a.get("requests.answered") or _NO_CELLS
            if not read:
                return not any(answered)
            return all(sum(filter(None, column)) == (t or 0) for column, t in zip(zip(*read), answered))
        out.append(Constraint(tuple(outcomes) + ("requests.answered",), r2_holds, hard=False))
    return out


_NO_CELLS = (0,) * 7          # a row not read, in a test of an assignment: seven 0 cells
