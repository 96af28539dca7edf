"""A table 二 row printed one cell a line with fewer figures than its columns, in a text where no two equal lines stand
together: read as runs of equal cells the crawler kept once ('17' / '23' for 17|17|23 or 17|23|23, the first and
last sure either way). A crawler that DROPPED a line makes the same text (17|8|23 with 17 gone reads 8 as the first
cell), and table 二 has no total to tell the two apart. So its reading stands only where the page proves the collapse
elsewhere: a row of table 三 or 四 printed short whose sums hold read as collapsed runs (a crawler that drops one
line leaves every other row whole). Else its values are taken back and the row said unread."""
from __future__ import annotations

from .national_emit import NationalTables
from .tables import COLLAPSED, RowRead

NOTE = ("fewer figures than its columns, one a line, read as runs of equal cells kept once — or a dropped line: "
        "no row of tables 三 or 四 proves the page collapsed runs, and no total in table 二 tells which; not read")


def collapsed_row(r: RowRead) -> bool:
    """Is `r` a table 二 row read as collapsed runs? (A figure a sentence states for one of its cells proves no
    collapse: under a dropped line the cells after the drop are shifted whatever that one says.)"""
    return r.damage == COLLAPSED and bool(r.candidates)


def collapse_shown(out: NationalTables) -> bool:
    """Does a row of table 三 or 四, printed short, read as collapsed runs its sums hold?"""
    rows = [*out.rows.values(), *([out.t4] if out.t4 is not None else [])]
    return any(r.damage == COLLAPSED and r.candidates for r in rows)


def unproven_collapsed(out: NationalTables) -> None:
    """Take back table 二's collapsed readings where the page proves no collapse (said in a warning each)."""
    if not out.t2_collapsed or collapse_shown(out):
        return
    prefixes = tuple(f"{k}." for k in out.t2_collapsed)
    out.indicators = [i for i in out.indicators if not i.key.startswith(prefixes)]
    for label in out.t2_collapsed.values():
        out.warnings.append(f"table 二 row '{label}': {NOTE}")
