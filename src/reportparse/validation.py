"""Arithmetic identities of SCHEMA.md, evaluated on the extracted indicators.

A check never raises: missing figures make it `not_assessable`, null cells count as 0 and are
listed under `assumed_zero`. A failing check names a suspect: `extraction` when another reading
of the same printed text (two adjacent cells that were one number, a value shifted one column)
would balance it, else `source` (the printed table itself does not add up).
"""
from __future__ import annotations

from typing import Iterable, Optional

from .model import Check, Indicator
from .schema import APPLICANTS, OUTCOME_PREFIXES, TABLE4_GROUPS, legacy_sum_rows, table3_rows



class _Values:
    """The indicators of a report by (key, applicant, period), the first of each kept: the checks
    look up a few hundred figures per report (a tuple of the given strings is hashed from their
    cached hashes; a value_id string would be built and hashed anew at every look-up)."""

    def __init__(self, indicators: Iterable[Indicator]):
        self.by_key: dict[tuple, Indicator] = {}
        setdefault = self.by_key.setdefault
        for ind in indicators:
            setdefault((ind.key, ind.applicant, ind.period), ind)

    def get(self, key: str, applicant: Optional[str] = None, period: str = "year") -> Optional[Indicator]:
        return self.by_key.get((key, applicant or None, period))


def _sum_check(rule: str, scope: str, left: list[Indicator], right: list[Indicator],
               missing_ok: bool = True) -> Check:
    both = left + right
    cells = [i.value_id for i in both]
    zeros = [i.value_id for i in both if i.value is None]
    expected = sum([i.value or 0 for i in left])
    actual = sum([i.value or 0 for i in right])
    status = "pass" if abs(expected - actual) < 1e-6 else "fail"
    # fields: rule, scope, status, expected, actual, cells, assumed_zero (positional: ~50 per report)
    return Check(rule, scope, status, expected, actual, cells, zeros)


def _not_assessable(rule: str, scope: str, why: str) -> Check:
    return Check(rule=rule, scope=scope, status="not_assessable", note=why)


def _suspect(check: Check, values: list[Indicator]) -> None:
    """A failing check is the source's fault unless one of its values came from a split the library
    inferred among several readings (another reading of those digits might balance it); `_unread_explains` adds the case of
    a row that could not be read at all."""
    if check.status != "fail":
        return
    ambiguous = any(v.source.note and "several readings" in v.source.note for v in values)
    check.suspect = "extraction" if ambiguous else "source"


def legacy_checks(indicators: list[Indicator]) -> list[Check]:
    vals = _Values(indicators)
    checks = []
    for period in ("year", "cumulative"):
        new = vals.get("requests.new", "total", period)
        printed = {i.key for i in indicators if i.source.method == "table"}
        channels = [vals.get(k, "total", period) for k in legacy_sum_rows("channel", printed)]
        channels = [c for c in channels if c is not None and c.source.method == "table"]
        scope = f"period={period}"
        if new and channels:
            c = _sum_check("legacy_channels", scope, [new], channels)
            _suspect(c, [new] + channels)
            checks.append(c)
        answered = vals.get("requests.answered", "total", period)
        replies = [vals.get(k, "total", period) for k in legacy_sum_rows("reply", printed)]
        replies = [r for r in replies if r is not None and r.source.method == "table"]
        if answered and replies:
            c = _sum_check("legacy_replies", scope, [answered], replies)
            _suspect(c, [answered] + replies)
            checks.append(c)
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
    expected = table3_rows(template) if template in ("2019", "2021") else ()
    # one pass over the figures (a few hundred): the look-up index of the table's figures, its
    # outcome rows by applicant (in their order) and the keys of its rows by applicant (R3)
    vals = _Values(())
    first = vals.by_key.setdefault
    read_outcomes: dict[Optional[str], list[Indicator]] = {}
    row_keys: set[str] = set()
    have_t3 = False
    for i in indicators:
        key, who = i.key, i.applicant
        if who and key == "requests.answered":
            have_t3 = True
        if i.source.method == "narrative":
            continue
        first((key, who, i.period), i)
        if who:
            row_keys.add(key)
        if key.startswith(OUTCOME_PREFIXES):
            read_outcomes.setdefault(who, []).append(i)
    checks: list[Check] = []
    if have_t3:
        expected_outcomes = [k for k in expected if k.startswith(OUTCOME_PREFIXES) and k not in unread]
        for who in APPLICANTS:
            scope = f"applicant={who}"
            left = [vals.get(k, who) for k in ("requests.new", "requests.carried_over")]
            right = [vals.get(k, who) for k in ("requests.answered", "requests.carried_forward")]
            if not all(left + right):          # a figure not read (an Indicator is always true)
                checks.append(_not_assessable("R1", scope, "a figure of R1 was not read"))
            else:
                c = _sum_check("R1", scope, left, right)
                _suspect(c, left + right)
                _unread_explains(c, unread, ("requests.new", "requests.carried_over", "requests.answered",
                                             "requests.carried_forward"), APPLICANTS.index(who))
                checks.append(c)
            answered = vals.get("requests.answered", who)
            outcomes = read_outcomes.get(who, [])
            if any(i.key.startswith("requests.other.") for i in outcomes):
                outcomes = [i for i in outcomes if i.key != "requests.other"]
            absent = [k for k in expected_outcomes if (k, who, "year") not in vals.by_key]
            if answered is None or not outcomes:
                checks.append(_not_assessable("R2", scope, "answered or the outcome rows were not read"))
            elif absent:
                checks.append(_not_assessable("R2", scope, "rows not found in the document: " + ", ".join(absent)))
            else:
                c = _sum_check("R2", scope, [answered], outcomes)
                _suspect(c, [answered] + outcomes)
                _unread_explains(c, unread, OUTCOME_PREFIXES, APPLICANTS.index(who))
                checks.append(c)
    elif any(i.applicant for i in indicators if i.source.method == "table"):
        for who in APPLICANTS:
            for rule in ("R1", "R2"):
                checks.append(_not_assessable(rule, f"applicant={who}", "requests.answered ((七)总计) was not found"))
    # R3 holds row by row, whatever else of table 三 was read
    for key in sorted(row_keys):
        total = vals.get(key, "total")
        parts = [vals.get(key, who) for who in APPLICANTS[:-1]]
        if total is None or not all(parts):     # a cell not read (an Indicator is always true)
            continue
        c = _sum_check("R3", f"key={key}", [total], parts)
        _suspect(c, [total] + parts)
        checks.append(c)
    for group in TABLE4_GROUPS:
        total = vals.get(f"{group}.total")
        parts = [vals.get(f"{group}.{o}") for o in ("upheld", "corrected", "other", "pending")]
        if total is None and all(p is None for p in parts):
            continue
        name = group.replace("litigation.", "")
        if total is None or any(p is None for p in parts):
            checks.append(_not_assessable("R4", f"group={name}", "a cell of the group was not read"))
            continue
        c = _sum_check("R4", f"group={name}", [total], parts)
        _suspect(c, [total] + parts)
        checks.append(c)
    return checks


def narrative_checks(table: list[Indicator], narrative: list[Indicator]) -> list[Check]:
    vals = _Values(table)
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
