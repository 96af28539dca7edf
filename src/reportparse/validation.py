"""Arithmetic identities of SCHEMA.md, evaluated on the extracted indicators.

A check never raises: missing figures make it `not_assessable`, null cells count as 0 and are
listed under `assumed_zero`. A failing check names a suspect: `extraction` when another reading
of the same printed text (two adjacent cells that were one number, a value shifted one column)
would balance it, else `source` (the printed table itself does not add up).
"""
from __future__ import annotations

from operator import attrgetter
from typing import Iterable, Optional

from .model import Check, Indicator, unread
from .schema import APPLICANTS, NATIONAL_TEMPLATES, OUTCOME_PREFIXES, TABLE4_GROUPS, legacy_sum_rows, table3_rows



class _Values:
    """The indicators of a report by (key, period), then applicant, the first of each kept: the
    checks look up a few hundred figures per report, most of them a row's cells one applicant after
    another (one look-up of the row, then a small dict per cell; no key tuple built per figure)."""

    def __init__(self, indicators: Iterable[Indicator]):
        self.rows: dict[tuple[str, str], dict[Optional[str], Indicator]] = {}
        key = period = row = None
        for ind in indicators:
            if ind.key != key or ind.period != period:      # a row's cells come one after another
                key, period = ind.key, ind.period
                row = self.filling(key, period)
            row.setdefault(ind.applicant, ind)

    def filling(self, key: str, period: str) -> dict[Optional[str], Indicator]:
        """The row's figures by applicant, for adding to (made when the row is new)."""
        row = self.rows.get((key, period))
        if row is None:
            row = self.rows[key, period] = {}
        return row

    def row(self, key: str, period: str = "year") -> dict[Optional[str], Indicator]:
        """The row's figures by applicant (None for a figure without one); empty when none was read."""
        return self.rows.get((key, period), _NO_ROW)

    def get(self, key: str, applicant: Optional[str] = None, period: str = "year") -> Optional[Indicator]:
        return self.rows.get((key, period), _NO_ROW).get(applicant or None)


_NO_ROW: dict = {}           # never written to


def _sum_check(rule: str, scope: str, left: list[Indicator], right: list[Indicator]) -> Check:
    """`left` sums to `right`, null cells as 0. A failing check is the source's fault unless one of
    its values came from a split the library inferred among several readings (another reading of
    those digits might balance it); `_unread_explains` adds the case of a row that could not be read."""
    both = left + right
    # ~50 checks of up to 21 cells per report: the cells' fields read by map, not a loop per list
    values = list(map(_VALUE, both))
    cells = list(map(_VALUE_ID, both))
    zeros = []
    if None in values:          # (an unread cell's value is None: a check whose cells all hold one has none)
        # a cell left unread is no blank: the identity is not checked on a guessed 0 (a figure run over
        # a rule, blanked, made R3 fail by the whole total and could as well make it pass)
        lost = [c for c, i in zip(cells, both) if unread(i)]
        if lost:
            return Check(rule, scope, "not_assessable", cells=cells, note="a figure of it was left unread: " + ", ".join(lost))
        zeros = [c for c, v in zip(cells, values) if v is None]
    n = len(left)
    # blanks and zeros add nothing (filter(None, …)): the sums of `value or 0`, without the zeros
    expected, actual = sum(filter(None, values[:n])), sum(filter(None, values[n:]))
    # fields: rule, scope, status, expected, actual, cells, assumed_zero, suspect
    if abs(expected - actual) < 1e-6:
        return Check(rule, scope, "pass", expected, actual, cells, zeros)
    ambiguous = any(v.source.note and "several readings" in v.source.note for v in both)
    return Check(rule, scope, "fail", expected, actual, cells, zeros, "extraction" if ambiguous else "source")


_VALUE, _VALUE_ID = attrgetter("value"), attrgetter("value_id")


def _not_assessable(rule: str, scope: str, why: str) -> Check:
    return Check(rule=rule, scope=scope, status="not_assessable", note=why)


def legacy_checks(indicators: list[Indicator]) -> list[Check]:
    vals = _Values(indicators)
    checks = []
    printed = {i.key for i in indicators if i.source.method == "table"}
    channel_rows, reply_rows = legacy_sum_rows("channel", printed), legacy_sum_rows("reply", printed)
    for period in ("year", "cumulative"):
        new = vals.get("requests.new", "total", period)
        channels = [vals.get(k, "total", period) for k in channel_rows]
        channels = [c for c in channels if c is not None and c.source.method == "table"]
        scope = f"period={period}"
        if new and channels:
            checks.append(_sum_check("legacy_channels", scope, [new], channels))
        answered = vals.get("requests.answered", "total", period)
        replies = [vals.get(k, "total", period) for k in reply_rows]
        replies = [r for r in replies if r is not None and r.source.method == "table"]
        if answered and replies:
            checks.append(_sum_check("legacy_replies", scope, [answered], replies))
    for ind in indicators:
        if ind.period != "cumulative" or ind.value is None:
            continue
        year = vals.get(ind.key, ind.applicant, "year")
        if year is None or year.value is None:
            continue
        ok = ind.value >= year.value
        checks.append(Check(rule="cumulative", scope=ind.key, status="pass" if ok else "fail",
                            expected=year.value, actual=ind.value,
                            cells=[year.value_id, ind.value_id], suspect=None if ok else "source"))
    return checks


def _unread_explains(check: Check, unread: dict[str, list[tuple]], keys: tuple[str, ...], col: int) -> None:
    """A failing check over a row that could not be read: extraction, if a re-joined reading of that
    row supplies exactly the missing amount, or if the row is simply missing."""
    if check.status != "fail":
        return
    missing = [k for k in unread if k in keys or any(k.startswith(p) for p in keys if p.endswith("."))]
    if not missing:
        return
    gap = (check.expected or 0) - (check.actual or 0)
    fits = [k for k in missing if any(abs(alt[col] - gap) < 1e-6 for alt in unread[k])]
    check.suspect = "extraction"
    check.note = (f"row {fits[0]} was not read; re-joining two of its printed cells gives {gap:g}, which balances this"
                  if fits else f"row(s) {', '.join(missing)} could not be read")


def national_checks(indicators: list[Indicator], unread: Optional[dict[str, list[tuple]]] = None,
                    template: Optional[str] = None) -> list[Check]:
    """R1–R4 of the national templates. A row of the template that was not found at all makes the
    identities over it not assessable: the library's gap is never blamed on the source."""
    unread = unread or {}
    expected = table3_rows(template) if template in NATIONAL_TEMPLATES else ()
    # one pass over the figures (a few hundred): the table's rows by applicant (the look-ups of
    # R1–R4), its outcome cells by applicant in their order, and the applicants with a
    # requests.other.* cell (whose sub-rows stand for the requests.other row in R2)
    vals = _Values(())
    read_outcomes: dict[Optional[str], list[Indicator]] = {}
    other_split: set[Optional[str]] = set()
    have_t3 = False
    key = period = row = None
    for i in indicators:
        if i.source.method == "narrative":
            have_t3 = have_t3 or bool(i.applicant and i.key == "requests.answered")
            continue
        if i.key != key or i.period != period:       # a row's cells come one after another: its
            key, period = i.key, i.period            # look-up and tests once per row
            row = vals.filling(key, period)
            outcome, other = key.startswith(OUTCOME_PREFIXES), key.startswith("requests.other.")
        who = i.applicant
        row.setdefault(who, i)
        if outcome:
            read_outcomes.setdefault(who, []).append(i)
            if other:
                other_split.add(who)
    rows = vals.rows
    have_t3 = have_t3 or any(any(r) for (k, _), r in rows.items() if k == "requests.answered")
    row = vals.row
    checks: list[Check] = []
    if have_t3:
        r1_rows = [row(k) for k in _R1]
        # the outcome rows some applicant's cell is missing from (usually none)
        gaps = [(k, r) for k in expected if k.startswith(OUTCOME_PREFIXES) and k not in unread
                for r in [row(k)] if not r.keys() >= _EVERY_APPLICANT]
        for col, who in enumerate(APPLICANTS):
            scope = f"applicant={who}"
            new, old, answered, forward = [r.get(who) for r in r1_rows]
            left, right = [new, old], [answered, forward]
            if not all(left + right):          # a figure not read (an Indicator is always true)
                checks.append(_not_assessable("R1", scope, "a figure of R1 was not read"))
            else:
                c = _sum_check("R1", scope, left, right)
                _unread_explains(c, unread, _R1, col)
                checks.append(c)
            outcomes = read_outcomes.get(who, [])
            if who in other_split:
                outcomes = [i for i in outcomes if i.key != "requests.other"]
            absent = [k for k, r in gaps if who not in r]
            if answered is None or not outcomes:
                checks.append(_not_assessable("R2", scope, "answered or the outcome rows were not read"))
            elif absent:
                checks.append(_not_assessable("R2", scope, "rows not found in the document: " + ", ".join(absent)))
            else:
                c = _sum_check("R2", scope, [answered], outcomes)
                _unread_explains(c, unread, OUTCOME_PREFIXES, col)
                checks.append(c)
    elif any(i.applicant for i in indicators if i.source.method == "table"):
        for who in APPLICANTS:
            for rule in ("R1", "R2"):
                checks.append(_not_assessable(rule, f"applicant={who}", "requests.answered ((七)总计) was not found"))
    # R3 holds row by row, whatever else of table 三 was read: each row with a figure for an applicant
    for key in sorted({k for (k, _), r in rows.items() if any(r)}):
        cells = row(key)
        total = cells.get("total")
        parts = list(map(cells.get, _PARTS))
        if total is None or not all(parts):     # a cell not read (an Indicator is always true)
            continue
        checks.append(_sum_check("R3", f"key={key}", [total], parts))
    for group in TABLE4_GROUPS:
        total = row(f"{group}.total").get(None)
        parts = [row(f"{group}.{o}").get(None) for o in ("upheld", "corrected", "other", "pending")]
        if total is None and all(p is None for p in parts):
            continue
        name = group.replace("litigation.", "")
        if total is None or any(p is None for p in parts):
            checks.append(_not_assessable("R4", f"group={name}", "a cell of the group was not read"))
            continue
        checks.append(_sum_check("R4", f"group={name}", [total], parts))
    return checks


_R1 = ("requests.new", "requests.carried_over", "requests.answered", "requests.carried_forward")
_PARTS = APPLICANTS[:-1]                     # R3: the six applicants whose cells sum to the total
_EVERY_APPLICANT = frozenset(APPLICANTS)


def narrative_checks(table: list[Indicator], narrative: list[Indicator]) -> list[Check]:
    """Each sentence figure against the table's figure of the same key, applicant and period."""
    if not narrative:
        return []
    # a handful of sentences against a few hundred cells: only the cells of the keys they state are indexed
    said = {n.key for n in narrative}
    vals = _Values(i for i in table if i.key in said)
    out = []
    for n in narrative:
        t = vals.get(n.key, n.applicant, n.period)
        if t is None or t.value is None or n.value is None:
            continue
        ok = abs(t.value - n.value) < 1e-6
        out.append(Check(rule="narrative_agrees", scope=n.value_id, status="pass" if ok else "fail",
                         expected=t.value, actual=n.value, cells=[t.value_id],
                         suspect=None if ok else "source",
                         note=None if ok else f"the text says {n.raw!s} in: {(n.source.text or '')[:80]}"))
    return out


# a table whose identities fail in most of their checks was misread, not misprinted: a source's misprints fail a few
# checks (at most 13% of them on every real report and fixture measured, stop 32); columns read one place off (a PDF
# font with no widths set every figure in its neighbour's cell) fail nearly all
MISREAD_MIN_CHECKS = 10
MISREAD_SHARE = 0.5
# … unless rows printed in full (no blank assumed zero) with a non-zero total sum to it (R3): then the columns stand
# where they should, and the failures come from cells a page hid (read blank), not from figures set one place off
# (the column identities R1/R2 cannot tell: a table whose every row is read one cell off keeps its columns' sums)
MISREAD_CORROBORATED = 5


def misread_tables(checks: list[Check]) -> Optional[str]:
    """Why the national tables' figures cannot be trusted (most of their R1–R4 checks fail), or None."""
    assessed = [c for c in checks if c.rule in ("R1", "R2", "R3", "R4") and c.status in ("pass", "fail")]
    failed = [c for c in assessed if c.status == "fail"]
    if len(assessed) < MISREAD_MIN_CHECKS or len(failed) <= MISREAD_SHARE * len(assessed):
        return None
    if sum(1 for c in assessed if c.rule == "R3" and c.status == "pass" and not c.assumed_zero and c.actual) \
            >= MISREAD_CORROBORATED:
        return None
    return (f"the tables' arithmetic fails in {len(failed)} of its {len(assessed)} checks (R1–R4): their cells were "
            "misread (columns out of place), not misprinted; the tables' figures are withheld")
