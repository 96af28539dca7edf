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
