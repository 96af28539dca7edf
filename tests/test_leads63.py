"""Wordings stop 62's held-out end set lost figures on (leads63), each a class with guards that a near case is not read,
or keeps its old reading. Texts and figures are invented.

- a review count in 项 after 案件 (涉及本机关的行政复议案件3项) and a case put in the table's 结果纠正 column (其中1项被纳入
  结果纠正范围): review.total and review.corrected; never items of a file (复议材料3项), the review body's caseload (受理…),
  nor a lawsuit's (the lawsuit named between);
- the verb of receiving joined to 办结 (共受理办结政府信息公开申请12件, 受理并办结依申请公开27件): the received (as before)
  and the answered; never where the sentence counts the received, carried or pending apart, nor another matter's;
- 逾期未补正, the short form of 逾期不补正 (申请人逾期未补正的4件, 其中逾期未补正4件): requests.other.no_correction, and
  the table row's label with it; never a permit's (行政许可…逾期未补正), nor a 补正 asked for.
"""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_HEAD = ("岚峰县青禾镇2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n2023年，通过县政府网站公开信息1432条。\n"
         "（二）依申请公开情况\n")
_RECEIVED = "2023年共收到政府信息公开申请37件。\n"
_REVIEWS = "（三）政府信息公开行政复议、行政诉讼情况\n"
_REVIEW_KEYS = ("review.total", "review.upheld", "review.corrected", "review.other", "review.pending")


def _reviews(sentence: str) -> dict:
    v = _values(_HEAD + _RECEIVED + _REVIEWS + sentence + "\n")
    assert v["requests.new"] == 37
    return {k: v[k] for k in _REVIEW_KEYS if k in v}


def _requests(sentence: str) -> dict:
    v = _values(_HEAD + sentence + "\n")
    return {k: x for k, x in v.items() if k.startswith("requests.")}


# ---- A: reviews in 项, a case put in 结果纠正 ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("涉及本机关的行政复议案件3项，其中1项被纳入结果纠正范围。", {"review.total": 3, "review.corrected": 1}),
    ("本年度涉及本机关的行政复议案件共5项，其中2项纳入结果纠正范围。", {"review.total": 5, "review.corrected": 2}),
    ("涉及本机关的行政复议案件4件，其中1件被列入纠正类。", {"review.total": 4, "review.corrected": 1}),
    ("行政复议案件数为6项。", {"review.total": 6}),
])
def test_a_review_count_in_xiang_and_a_case_put_in_the_corrected_column(sentence, expected):
    assert _reviews(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the review body's caseload (受理 right before the noun)
    ("全县共受理行政复议案件3项。", {}),
    # items of a file about a review
    ("向复议机关提交行政复议材料3项。", {}),
    # a lawsuit named between the review count and the corrected one: the lawsuit's
    ("涉及本机关的行政复议案件3项，行政诉讼案件2项，其中1项被纳入结果纠正范围。", {"review.total": 3}),
])
def test_near_reviews_in_xiang_are_not_read(sentence, expected):
    assert _reviews(sentence) == expected


# ---- B: 受理办结 ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("2023年共受理办结政府信息公开申请12件。", 12),
    ("2023年，我镇共受理办结政府信息公开申请6件，其中自然人申请5件，法人或其他组织申请1件。", 6),
    ("年内受理并办结依申请公开27件。", 27),
    ("全年受理、办结信息公开申请9件。", 9),
])
def test_received_and_closed_is_received_and_answered(sentence, n):
    got = _requests(sentence)
    assert got["requests.new"] == n
    assert got["requests.answered"] == n


@pytest.mark.parametrize("sentence, expected", [
    # the received counted apart in the sentence (the brief: only where the sentence does not also say new)
    ("2023年新收政府信息公开申请10件，上年结转2件，共受理办结政府信息公开申请12件。",
     {"requests.new": 10, "requests.carried_over": 2}),
    # some of them still pending
    ("2023年共受理办结政府信息公开申请12件，其中2件结转下年度办理。",
     {"requests.new": 12, "requests.carried_forward": 2}),
    # a complaint's
    ("2023年共受理办结政府信息公开投诉3件。", {}),
])
def test_received_and_closed_beside_other_counts_gives_no_answered(sentence, expected):
    assert _requests(sentence) == expected


def test_received_and_answered_with_dafu_keeps_its_reading():
    # 受理答复 stays what came in only (stop 62's leads62 pin)
    got = _requests("2023年共受理答复政府信息公开申请12件，其中2件结转下年度。")
    assert got["requests.new"] == 12
    assert "requests.answered" not in got


# ---- C: 逾期未补正 --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2023年共收到政府信息公开申请37件，其中申请人逾期未补正的4件。",
    "2023年共收到政府信息公开申请37件，其中逾期未补正4件。",
    "2023年共收到政府信息公开申请37件，予以公开20件、逾期未补正4件。",
    "2023年共收到政府信息公开申请37件，其中无正当理由逾期未补正、行政机关不再处理其政府信息公开申请的4件。",
    "2023年共收到政府信息公开申请37件，其中无正当理由逾期不补正的4件。",
])
def test_no_correction_said_short(sentence):
    got = _requests(sentence)
    assert got["requests.new"] == 37
    assert got["requests.other.no_correction"] == 4


@pytest.mark.parametrize("sentence", [
    "2023年共收到政府信息公开申请37件，其中要求申请人补正5件。",
    "2023年共收到政府信息公开申请37件。申请人逾期未补正的，视为放弃申请。",
])
def test_a_correction_asked_for_or_a_rule_is_no_count(sentence):
    assert "requests.other.no_correction" not in _requests(sentence)


@pytest.mark.parametrize("sentence", [
    "2023年共办理行政许可37件，逾期未补正4件。",
    "2023年共受理行政许可申请37件，其中申请人逾期未补正4件。",
])
def test_a_permits_missing_correction_is_none(sentence):
    assert "requests.other.no_correction" not in _values(_HEAD + sentence + "\n")


def test_the_table_label_with_weibuzheng_is_the_no_correction_rows():
    from importlib import resources
    rows = resources.files("reportparse").joinpath("data", "rows.tsv").read_text(encoding="utf-8")
    line = next(r for r in rows.splitlines() if r.startswith("t3\trequests.other.no_correction\t"))
    assert "申请人无正当理由逾期未补正" in line.split("\t")[2].split("|")
