"""A table 二 row printed one cell a line with fewer figures than its columns, in a text where no two equal lines stand
together: read as runs of equal cells the crawler kept once ('17' / '23' for 17|17|23 or 17|23|23, the first and
last sure either way). A crawler that DROPPED a line makes the same text (17|8|23 with 17 gone reads 8 as the first
cell), and table 二 has no total to tell the two apart. So its reading stands only where the page proves the collapse
elsewhere: a row of table 三 or 四 printed short whose sums hold read as collapsed runs (a crawler that drops one
line leaves every other row whole). Else its values are taken back and the row said unread — but for the cells a
figure the text states for the row's cells ("本年废止行政规范性文件8件") settles: every reading of the printed figures
(as collapsed runs, or as the row with one cell dropped: unknown there) that agrees with the stated figures gives the
cell the same value. A row printed two figures short (two drops or more) or with a money cell is not so read."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .national_emit import NationalTables, emit_values
from .tables import COLLAPSED, RowRead

NOTE = ("fewer figures than its columns, one a line, read as runs of equal cells kept once — or a dropped line: "
        "no row of tables 三 or 四 proves the page collapsed runs, and no total in table 二 tells which; not read")
SETTLED_NOTE = ("fewer figures than its columns, one a line (collapsed runs or a dropped line): read only the cells "
                "that every reading agreeing with the figures the text states for the row gives the same value")


def collapsed_row(r: RowRead) -> bool:
    """Is `r` a table 二 row read as collapsed runs? (A figure a sentence states for one of its cells proves no
    collapse: under a dropped line the cells after the drop are shifted whatever that one says.)"""
    return r.damage == COLLAPSED and bool(r.candidates)


@dataclass(frozen=True)
class CollapsedRow:
    """A table 二 row read as collapsed runs, kept until the page proves (or not) that its crawler collapsed runs."""
    label: str                  # the row's label, its spaces folded (for the warning)
    read: RowRead               # the row's reading: its collapsed-runs candidates and printed cells
    keys: list[str]             # the row's value keys, a cell each
    stated: dict[int, float]    # the figures the text states for its cells: cell index → value
    unit: Optional[str]         # its header's unit (national.header_unit)


def collapsed_entry(r: RowRead, keys: list[str], evidence: dict[str, float], unit: Optional[str]) -> CollapsedRow:
    """What unproven_collapsed needs of a row read as collapsed runs (the figures the text states for its cells
    taken from `evidence`, key → value)."""
    stated = {i: evidence[k] for i, k in enumerate(keys) if k in evidence}
    return CollapsedRow(" ".join(r.hit.label.split()), r, keys, stated, unit)


def settled_cells(r: RowRead, keys: list[str], stated: dict[int, float]) -> Optional[tuple]:
    """The row's values (None where unsettled) that every reading agreeing with the stated figures gives — the
    collapsed runs' readings and the readings with one cell dropped — or None where no cell is settled."""
    if not stated or any("amount" in k for k in keys):
        return None
    runs = {tuple(v for i, v in enumerate(c) if i == 0 or v != c[i - 1]) for c in r.candidates}
    printed = [t for t in r.hit.cells if t.raw]
    if len(runs) != 1 or len(printed) != len(keys) - 1 or len(next(iter(runs))) != len(printed):
        return None
    shown = list(next(iter(runs)))
    readings = [*r.candidates, *(tuple(shown[:i] + [None] + shown[i:]) for i in range(len(keys)))]
    agree = [reading for reading in readings if all(reading[i] in (None, v) for i, v in stated.items())]
    if not agree:
        return None
    # (a cell only the text states — the dropped one — is the sentence's to give, not the table's: no figure of it)
    cells = tuple(agree[0][i] if all(a[i] is not None and a[i] == agree[0][i] for a in agree) else None
                  for i in range(len(keys)))
    return cells if any(c is not None for c in cells) else None


def collapse_shown(out: NationalTables) -> bool:
    """Does a row of table 三 or 四, printed short, read as collapsed runs its sums hold?"""
    rows = [*out.rows.values(), *([out.t4] if out.t4 is not None else [])]
    return any(r.damage == COLLAPSED and r.candidates for r in rows)


def unproven_collapsed(doc, out: NationalTables) -> None:
    """Take back table 二's collapsed readings where the page proves no collapse (said in a warning each), but for
    the cells the text's stated figures settle (settled_cells)."""
    if not out.t2_collapsed or collapse_shown(out):
        return
    prefixes = tuple(f"{k}." for k in out.t2_collapsed)
    out.indicators = [i for i in out.indicators if not i.key.startswith(prefixes)]
    for row in out.t2_collapsed.values():
        cells = settled_cells(row.read, row.keys, row.stated)
        if cells is None:
            out.warnings.append(f"table 二 row '{row.label}': {NOTE}")
            continue
        out.warnings.append(f"table 二 row '{row.label}': {SETTLED_NOTE}")
        emit_values(doc, out, row.read, row.keys, [None] * len(row.keys), list(cells), SETTLED_NOTE, row.unit)
