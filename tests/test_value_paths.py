"""The per-value steps after the tables are read, rewritten to do less work (issue 12), give the
answers of the plain versions they replaced: each test runs the old reading (kept here) and the
library's on invented inputs, including the odd ones (a blank applicant, a cumulative period, a
duplicate figure, non-ASCII digits, a span at the text's edge)."""
from __future__ import annotations

import itertools
import math
from types import SimpleNamespace

import pytest

from reportparse.api import _derived, _grounded
from reportparse.bounds import MAX_COUNT, MAX_YUAN, implausible, is_ascii_number
from reportparse.extract.values import RowValues
from reportparse.model import Indicator, ValueSource, value_id
from reportparse.schema import group_parts
from reportparse.validation import _Values


def _old_implausible(key, value, unit, signed, raw=""):
    if not is_ascii_number(raw):
        return "its text holds digits other than 0-9 (only ASCII and full-width digits are read)"
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return "not a finite number"
    if value < 0 and not signed:
        return "a negative count"
    if unit in ("件", "条", "项") and isinstance(value, float) and value != int(value):
        return "a count with a fraction (a row code, or a money cell shifted into a count's column)"
    bound = MAX_YUAN if unit == "元" else MAX_COUNT
    if abs(value) >= bound:
        return f"larger than any report states (≥ {bound:.0e})"
    return None


def test_implausible_answers_as_before():
    values = [None, True, False, 0, 1, -1, 7, MAX_COUNT - 1, MAX_COUNT, -MAX_COUNT, MAX_YUAN - 1, MAX_YUAN,
              1.5, -0.5, 3.0, MAX_COUNT * 1.0, math.inf, -math.inf, math.nan, 10 ** 20, "12"]
    raws = ["", "12", "１２", "๑๒", "12元", "-3", "é", "合计 7"]
    for value, raw, unit, signed in itertools.product(values, raws, ["元", "件", None], [True, False]):
        assert implausible("k", value, unit, signed, raw) == _old_implausible("k", value, unit, signed, raw)


def _ind(key, value=1, applicant=None, period="year", raw=None, span=None):
    return Indicator(key, value, str(value) if raw is None else raw, "", applicant, period, None, False,
                     ValueSource(span=span))


def test_value_id_is_the_functions():
    for key, applicant, period in itertools.product(["a.b", "c"], [None, "total", ""], ["year", "cumulative"]):
        assert _ind(key, applicant=applicant, period=period).value_id == value_id(key, applicant, period)


def test_checks_find_the_figures_they_found_by_value_id():
    inds = [_ind("a", 1), _ind("a", 2), _ind("a", 3, "total"), _ind("a", 4, ""), _ind("a", 5, period="cumulative"),
            _ind("a", 6, "total", "cumulative"), _ind("b", 7, "other_org"), _ind("a", 8, "")]
    old: dict = {}
    for i in inds:
        old.setdefault(i.value_id, i)

    def old_get(key, applicant=None, period="year"):
        return old.get(key + (f"|applicant={applicant}" if applicant else "") + ("" if period == "year" else f"|period={period}"))

    vals = _Values(inds)
    for key, applicant, period in itertools.product(["a", "b", "z"], [None, "", "total", "other_org"],
                                                    ["year", "cumulative"]):
        assert vals.get(key, applicant, period) is old_get(key, applicant, period)
    assert all(inds)        # national_checks tests "not all(parts)" for a missing figure


def _old_grounded(text, indicators):
    return [ind for ind in indicators if ind.source.span is not None
            and 0 <= ind.source.span[0] <= ind.source.span[1] <= len(text)
            and ((ind.raw == "" and ind.value is None) or (ind.raw != "" and ind.raw in text[ind.source.span[0]:ind.source.span[1]]))]


def test_grounding_keeps_what_the_slice_test_kept():
    text = "本年新收12件，办结3件。"
    spans = [None, [0, 0], [4, 6], [3, 6], [4, 5], [5, 7], [11, 12], [12, 12], [12, 13], [-1, 3], [6, 4], [0, 12]]
    inds = [_ind("k", v, raw=raw, span=s) for s in spans for v, raw in [(12, "12"), (3, "3"), (None, ""), (1, ""), (0, "。")]]
    warnings: list[str] = []
    assert _grounded(SimpleNamespace(text=text), inds, warnings) == _old_grounded(text, inds)
    assert len(warnings) == len(inds) - len(_old_grounded(text, inds))


def _old_derived(table, template, warnings):
    from reportparse.api import _sum
    by_id = {i.value_id: i for i in table}
    applicants: dict = {}
    for i in table:
        applicants.setdefault(i.key, set()).add(i.applicant)
    out = []
    for group, part_keys in group_parts(template).items():
        unread: dict = {}
        for who in sorted(set().union(*(applicants.get(k, ()) for k in part_keys)), key=str):
            if value_id(group, who) in by_id:
                continue
            parts = [by_id.get(value_id(k, who)) for k in part_keys]
            missing = tuple(k for k, p in zip(part_keys, parts) if p is None or p.value is None)
            if missing:
                unread.setdefault(missing, []).append(str(who))
            else:
                out.append(_sum(group, who, parts))
        for missing, whom in unread.items():
            columns = "" if whom == ["None"] else f" (applicant {', '.join(whom)})"
            warnings.append(f"{group}{columns}: not derived, part(s) blank or not read: {', '.join(missing)}")
    return out


@pytest.mark.parametrize("template", ["2019", "2021"])
def test_derived_totals_as_before(template):
    parts = group_parts(template)["requests.unable"]
    table = [_ind(k, n, who) for n, (k, who) in enumerate(itertools.product(parts, ["total", "commercial"]))]
    table += [_ind(parts[0], 9, "research"), _ind(parts[1], None, "research", raw=""), _ind(parts[2], 4, "research"),
              _ind(parts[0], 50, "other_org", "cumulative"), _ind(parts[1], 5, "other_org"),
              _ind(parts[2], 6, "other_org"), _ind(parts[0], 2, "total"),           # a duplicate: the last counts
              _ind("requests.unable", 30, "commercial"),                             # printed: not derived
              _ind("litigation.direct.total", 1), _ind("litigation.after_review.total", 2),
              _ind("litigation.direct.total", 7, period="cumulative")]
    old_w: list[str] = []
    new_w: list[str] = []
    old, new = _old_derived(table, template, old_w), _derived(table, template, new_w)
    assert [i.to_dict() for i in new] == [i.to_dict() for i in old] and new
    assert new_w == old_w and new_w


@pytest.mark.parametrize("hit_note, note", list(itertools.product([None, "", "a"], [None, "", "b"])))
def test_row_note_joins_as_before(hit_note, note):
    hit = SimpleNamespace(label_start=0, label_end=2, region_end=4, label=" 合计 ", note=hit_note)
    row = RowValues(SimpleNamespace(text="合计 7 8"), hit, note)
    assert row.note == ("; ".join(x for x in (hit_note, note) if x) or None)


def test_r3_rows_as_before():
    """national_checks' R3 reads each row from its one-pass index as it did from _Values look-ups:
    the first figure of the year per applicant, narrative figures and other periods aside."""
    from reportparse.schema import APPLICANTS
    from reportparse.validation import national_checks
    inds = [_ind("requests.new", n, who) for n, who in enumerate(APPLICANTS[:-1], 1)] + [_ind("requests.new", 21, "total")]
    inds += [_ind("requests.granted", 1, who) for who in APPLICANTS[:-1]] + [_ind("requests.granted", 9, "total")]
    inds += [_ind("requests.granted", 5, "total")]                                  # a duplicate: the first counts
    inds += [_ind("requests.denied.third_party", 1, who, "cumulative") for who in APPLICANTS]   # no year: no R3
    narrative = _ind("requests.new", 99, "total")
    narrative.source.method = "narrative"
    inds.insert(0, narrative)                                                       # narrative: not a cell
    vals = _Values(i for i in inds if i.source.method != "narrative")
    old = []
    for key in sorted({i.key for i in inds if i.applicant and i.source.method != "narrative"}):
        total, parts = vals.get(key, "total"), [vals.get(key, who) for who in APPLICANTS[:-1]]
        if total is not None and all(p is not None for p in parts):
            old.append((key, total.value, sum(p.value for p in parts)))
    new = [(c.scope[4:], c.expected, c.actual) for c in national_checks(inds, {}, "2021") if c.rule == "R3"]
    assert new == old == [("requests.granted", 9, 6), ("requests.new", 21, 21)]


def _old_national_checks(indicators, unread, template):
    """national_checks as it was before its index held the rows by applicant (tuple keys, _suspect apart)."""
    from reportparse.model import Check
    from reportparse.schema import APPLICANTS, OUTCOME_PREFIXES, TABLE4_GROUPS, table3_rows
    from reportparse.validation import _not_assessable, _unread_explains

    def sum_check(rule, scope, left, right):
        both = left + right
        expected, actual = sum([i.value or 0 for i in left]), sum([i.value or 0 for i in right])
        c = Check(rule, scope, "pass" if abs(expected - actual) < 1e-6 else "fail", expected, actual,
                  [i.value_id for i in both], [i.value_id for i in both if i.value is None])
        if c.status == "fail":
            ambiguous = any(v.source.note and "several readings" in v.source.note for v in both)
            c.suspect = "extraction" if ambiguous else "source"
        return c

    expected = table3_rows(template)
    by_key: dict = {}
    for i in indicators:
        if i.source.method != "narrative":
            by_key.setdefault((i.key, i.applicant, i.period), i)

    def get(key, applicant=None, period="year"):
        return by_key.get((key, applicant or None, period))

    checks = []
    if any(i.applicant and i.key == "requests.answered" for i in indicators):
        expected_outcomes = [k for k in expected if k.startswith(OUTCOME_PREFIXES) and k not in unread]
        for col, who in enumerate(APPLICANTS):
            scope = f"applicant={who}"
            r1 = ("requests.new", "requests.carried_over", "requests.answered", "requests.carried_forward")
            left, right = [get(k, who) for k in r1[:2]], [get(k, who) for k in r1[2:]]
            if not all(left + right):
                checks.append(_not_assessable("R1", scope, "a figure of R1 was not read"))
            else:
                c = sum_check("R1", scope, left, right)
                _unread_explains(c, unread, r1, col)
                checks.append(c)
            answered = get("requests.answered", who)
            outcomes = [i for i in indicators if i.source.method != "narrative" and i.applicant == who
                        and i.key.startswith(OUTCOME_PREFIXES)]
            if any(i.key.startswith("requests.other.") for i in outcomes):
                outcomes = [i for i in outcomes if i.key != "requests.other"]
            absent = [k for k in expected_outcomes if (k, who, "year") not in by_key]
            if answered is None or not outcomes:
                checks.append(_not_assessable("R2", scope, "answered or the outcome rows were not read"))
            elif absent:
                checks.append(_not_assessable("R2", scope, "rows not found in the document: " + ", ".join(absent)))
            else:
                c = sum_check("R2", scope, [answered], outcomes)
                _unread_explains(c, unread, OUTCOME_PREFIXES, col)
                checks.append(c)
    elif any(i.applicant for i in indicators if i.source.method == "table"):
        for who in APPLICANTS:
            for rule in ("R1", "R2"):
                checks.append(_not_assessable(rule, f"applicant={who}", "requests.answered ((七)总计) was not found"))
    for key in sorted({i.key for i in indicators if i.applicant and i.source.method != "narrative"}):
        total, parts = get(key, "total"), [get(key, who) for who in APPLICANTS[:-1]]
        if total is not None and all(parts):
            checks.append(sum_check("R3", f"key={key}", [total], parts))
    for group in TABLE4_GROUPS:
        total = get(f"{group}.total")
        parts = [get(f"{group}.{o}") for o in ("upheld", "corrected", "other", "pending")]
        if total is None and all(p is None for p in parts):
            continue
        name = group.replace("litigation.", "")
        if total is None or any(p is None for p in parts):
            checks.append(_not_assessable("R4", f"group={name}", "a cell of the group was not read"))
        else:
            checks.append(sum_check("R4", f"group={name}", [total], parts))
    return checks


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("template", ["2019", "2021"])
def test_national_checks_as_before(seed, template):
    """R1–R4 from the index of rows by applicant give the checks of the tuple-keyed look-ups, on
    invented tables: cells missing, blank, duplicated, narrative, cumulative, a blank applicant,
    inferred splits, unread rows with re-joined readings."""
    import random
    from reportparse.schema import APPLICANTS, TABLE4_GROUPS, table3_rows
    from reportparse.validation import national_checks
    rng = random.Random(seed)
    inds = []
    for key in table3_rows(template) + ("requests.other",):
        if rng.random() < 0.1:
            continue
        for who in APPLICANTS + ("",):
            if rng.random() < 0.08 or (who == "" and rng.random() < 0.8):
                continue
            ind = _ind(key, rng.choice([None, 0, 1, 2, 3, 5, 8, 0.0, 0.5, 2.25]), who)
            ind.source.method = rng.choice(["table"] * 8 + ["narrative", "ocr"])
            ind.source.note = rng.choice([None, None, "split inferred: several readings fit", "other"])
            if rng.random() < 0.05:
                ind.period = "cumulative"
            inds.append(ind)
    for group in TABLE4_GROUPS:
        for o in ("upheld", "corrected", "other", "pending", "total"):
            if rng.random() < 0.9:
                inds.append(_ind(f"{group}.{o}", rng.choice([None, 0, 1, 2, 4, 0.0, 1.5])))
    rng.shuffle(inds) if rng.random() < 0.3 else None
    inds += [inds[rng.randrange(len(inds))] for _ in range(3)]
    unread = {k: [tuple(rng.randrange(5) for _ in range(7))] for k in rng.sample(table3_rows(template), 2)}
    new = national_checks(inds, unread, template)
    old = _old_national_checks(inds, unread, template)
    assert [c.to_json() for c in new] == [c.to_json() for c in old]      # JSON: 0 and 0.0 differ
    assert any(c.status == "fail" for c in new) or seed % 5
