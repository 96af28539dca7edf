"""A crawler that keeps each distinct line once: in a table printed one cell a line, a cell equal to any
earlier line vanishes, so the row's later figures stand a column left, or half of a wrapped figure
('2' / '895' for 2895) stands alone as a cell. Neither a run of equal cells (a collapsed line) nor digits
run together explain the short row, and its figures cannot be placed: only a row whose own arithmetic
holds, every figure printed, is read."""
from __future__ import annotations

from typing import Callable, Optional

from .row_cells import numeric_lines
from .rows import RowHit
from .tables import RowRead

# below this many figure lines, distinct figures are no sign (a small table's invented or real figures differ)
_MIN_LINES = 20


def may_be_deduped(lines: list[str], figures: Optional[list[str]] = None) -> bool:
    """Whether a text (`lines`: row_cells.stripped_lines; `figures`: their row_cells.numeric_lines, when found
    already) prints its figures one a line with no figure line repeated: a report's zero and small cells repeat,
    so a long table of distinct figure lines may have lost its repeats."""
    if figures is None:
        figures = numeric_lines(lines)
    return len(figures) >= _MIN_LINES and len(set(figures)) == len(figures)


def dedup_problem(text: str, hit: RowHit, row: RowRead, n: int, total_ok: Callable[[tuple], bool]) -> Optional[str]:
    """Why a row of a possibly deduplicated text is not read (None: read it): its figures each on a line
    of their own and fewer than its cells, or all of them printed and its total failing."""
    if row.problem or not row.candidates:
        return None
    tokens = [t for t in hit.cells if t.raw]
    if not tokens or any("\n" not in text[a.end:b.start] for a, b in zip(tokens, tokens[1:])):
        return None             # figures sharing a line: a crawler dropping whole lines drops none of them
    if len(tokens) < n:
        return (f"{len(tokens)} figures, one a line, where the template has {n}, in a text that prints no figure "
                "line twice (a crawler may have dropped a cell equal to an earlier line): its columns are not settled")
    if len(row.candidates) == 1 and not total_ok(row.candidates[0]):
        return ("its total fails, in a text that prints no figure line twice (a crawler may have dropped a cell "
                "equal to an earlier line, or half of a wrapped figure): its columns are not settled")
    return None


def unsure_sums(constraints: list, values: dict) -> set[str]:
    """The rows of each soft sum identity (a table's channel or reply sums) that the settled cells do not prove
    (it fails, or a row of it is unsettled): in a text that may have lost repeated lines, any of them may stand
    a line off or hold half of a wrapped figure."""
    assign = {k: tuple(v) for k, v in values.items() if v is not None and None not in v}
    return {k for c in constraints if not c.hard and not (all(k in assign for k in c.rows) and c.test(assign))
            for k in c.rows}
