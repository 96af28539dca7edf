"""A crawler that keeps each distinct line once: in a table printed one cell a line, a cell equal to any
earlier line vanishes, so the row's later figures stand a column left, or half of a wrapped figure
('2' / '895' for 2895) stands alone as a cell. Neither a run of equal cells (a collapsed line) nor digits
run together explain the short row, and its figures cannot be placed: only a row whose own arithmetic
holds, every figure printed, is read."""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Optional

from .line_damage import numeric_lines
from .rows import RowHit
from .tables import RowRead

_DIGIT = re.compile(r"\d")
# below this many figure lines, distinct figures are no sign (a small table's invented or real figures differ)
_MIN_LINES = 20


def may_be_deduped(lines: list[str], figures: Optional[list[str]] = None, *, wide: frozenset = frozenset()) -> bool:
    """Whether a text (`lines`: line_damage.stripped_lines; `figures`: their line_damage.numeric_lines, when found
    already) prints its figures one a line with no figure line repeated: a report's zero and small cells repeat,
    so a long table of distinct figure lines may have lost its repeats.

    wide: the figures the source printed in full-width and in ASCII digits (Document.wide_figures). The crawler
    compared the lines as printed: "２７０" and "270" were two lines to it and both kept, so such a figure may stand
    twice."""
    if figures is None:
        figures = numeric_lines(lines)
    if len(figures) < _MIN_LINES:
        return False
    if len(set(figures)) != len(figures) and (not wide or not all(
            c == 1 or c == 2 and f in wide for f, c in Counter(figures).items())):
        return False
    # … and no line of words printed twice either (a form's repeated header, 信息内容 over each section of table 二):
    # a crawler that kept each distinct line once kept it once. (A table of distinct figures, as invented ones are,
    # is no sign alone.) Lines holding a digit are left out: a full-width copy may fold equal to an ASCII one
    has_digit = _DIGIT.search
    words = [ln for ln in lines if not has_digit(ln)]
    return len(set(words)) == len(words)


def dedup_problem(text: str, hit: RowHit, row: RowRead, n: int, total_ok: Callable[[tuple], bool],
                  collapsed: bool = False) -> Optional[str]:
    """Why a row of a possibly deduplicated text is not read (None: read it): its figures each on a line
    of their own and fewer than its cells, or all of them printed and its total failing.

    collapsed: the text may instead have kept a run of equal lines once (a short row is read as such runs,
    elsewhere): only a row whose figures are all printed and whose total fails is refused, as a figure a crawler
    wrapped over two lines may have lost a half equal to the line before it ('22' as '2' / '2', kept once)."""
    if row.problem or not row.candidates:
        return None
    tokens = [t for t in hit.cells if t.raw]
    if not tokens or any("\n" not in text[a.end:b.start] for a, b in zip(tokens, tokens[1:])):
        return None             # figures sharing a line: a crawler dropping whole lines drops none of them
    if len(tokens) < n and not collapsed:
        return (f"{len(tokens)} figures, one a line, where the template has {n}, in a text that prints no figure "
                "line twice (a crawler may have dropped a cell equal to an earlier line): its columns are not settled")
    if len(row.candidates) == 1 and not total_ok(row.candidates[0]):
        if collapsed:       # (a short row's one reading is runs its total proves: only a whole row's can fail)
            return ("its total fails, in a text that never prints a line twice in a row (a crawler may have kept a "
                    "run of equal lines once, and half of a figure wrapped over two lines with them): its figures "
                    "are not settled")
        return ("its total fails, in a text that prints no figure line twice (a crawler may have dropped a cell "
                "equal to an earlier line, or half of a wrapped figure): its columns are not settled")
    return None


def unsure_sums(constraints: list, values: dict, failing_only: bool = False) -> set[str]:
    """The rows of each soft sum identity (a table's channel or reply sums) that the settled cells do not prove
    (it fails, or a row of it is unsettled): in a text that may have lost repeated lines, any of them may stand
    a line off or hold half of a wrapped figure.

    failing_only: only the rows of an identity, a sum or a part's bound by its whole, whose rows are all settled
    and which fails (a text that may have kept runs of equal lines once: a row short of a cell there is read as
    runs or not read, never a line off)."""
    assign = {k: tuple(v) for k, v in values.items() if v is not None and None not in v}
    if failing_only:        # (a part above its whole, 28 answered of 5, is such a failure too)
        return {k for c in constraints if all(k in assign for k in c.rows) and not c.test(assign) for k in c.rows}
    return {k for c in constraints if not c.hard and not (all(k in assign for k in c.rows) and c.test(assign))
            for k in c.rows}


def proven_rows(constraints: list, values: dict, inferred: set) -> set[str]:
    """The rows of each sum identity (soft: a table's channel or reply sums) that holds with all its rows settled and
    printed (`inferred`: rows a cell of which the sums gave, or a split, not a line): in a text that wraps figures and
    may have dropped lines, the only rows whose figures something proves (a part's bound by its whole proves none;
    a sum that gave a cell itself proves nothing: 9 and 19 swapped between two of its rows hold it too)."""
    assign = {k: tuple(v) for k, v in values.items() if v is not None and None not in v}
    return {k for c in constraints if not c.hard and all(k in assign and k not in inferred for k in c.rows)
            and c.test(assign) for k in c.rows}
