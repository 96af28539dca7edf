"""Wordings stop 63's wild sets lost figures on (leads64), each a class with guards that a near case is not read, or
keeps its old reading. Texts and figures are invented.

- A: the year's requests said all one applicant kind with 申请主体 (…申请4件，申请主体均为自然人): requests.new and its
  natural persons' share; never 主要为/多为 (most of them), another kind or two kinds;
- B: 受理答复…申请N件 stays what came in (requests.new, never the answered), and a count whose 其中 parts are reviews
  and lawsuits stays unread (the reviews are read);
- C: none said of the received cases as 受理件 (未收到依申请公开信息受理件): requests.new 0;
- D: a legacy count said of a government with its departments (市政府及组成部门共收到…): the whole's, not a part's;
- E: 上一年度结转0件 opens no clause about last year: the answered and carried-forward counts after it are this year's
  (never a count said of 上一年度 itself); a share closed in time (其中15件按时办结完毕) is never all the answered; a
  count in 万 stays unread;
- F: the review-then-list family ($REVIEW_THEN_LIST) counts cases in 项 too, with a lawsuit of none between, for every
  outcome row; an outcome in 项 only in that list (never in a window of words after 复议).
"""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_HEAD = ("岚峰县青禾镇2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n2023年，通过县政府网站公开信息1432条。\n"
         "（二）依申请公开情况\n")
_LEGACY = "岚峰县2012年政府信息公开工作年度报告\n一、概述\n二、主动公开政府信息的情况\n2012年主动公开政府信息1432条。\n"
_RECEIVED = "2023年共收到政府信息公开申请37件。\n"
_REVIEWS = "（三）政府信息公开行政复议、行政诉讼情况\n"
_REVIEW_KEYS = ("review.total", "review.upheld", "review.corrected", "review.other", "review.pending")


def _requests(sentence: str) -> dict:
    v = _values(_HEAD + sentence + "\n")
    return {k: x for k, x in v.items() if k.startswith("requests.")}


def _reviews(sentence: str) -> dict:
    v = _values(_HEAD + _RECEIVED + _REVIEWS + sentence + "\n")
    assert v["requests.new"] == 37
    return {k: v[k] for k in _REVIEW_KEYS if k in v}


# ---- A: 申请主体均为自然人 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("本年度，我局共受理政府信息公开申请4件，申请主体均为自然人。", 4),
    ("2023年共收到政府信息公开申请9件，申请主体为自然人。", 9),
    ("本年度共收到政府信息公开申请6件，申请主体的类别均为自然人。", 6),
])
def test_requests_said_all_of_natural_persons_by_their_applicant_kind(sentence, n):
    assert _requests(sentence) == {"requests.new": n, "requests.new|applicant=natural_person": n}


@pytest.mark.parametrize("sentence", [
    "本年度，我局共受理政府信息公开申请4件，申请主体主要为自然人。",
    "本年度，我局共受理政府信息公开申请4件，申请主体多为自然人。",
    "本年度，我局共受理政府信息公开申请4件，申请主体均为法人。",
    "本年度，我局共受理政府信息公开申请4件，申请主体均为自然人和法人。",
])
def test_most_of_them_or_another_kind_gives_the_total_only(sentence):
    assert _requests(sentence) == {"requests.new": 4}


# ---- B: 受理答复 ----------------------------------------------------------------------------------------------------

def test_received_and_answered_with_dafu_is_what_came_in():
    assert _requests("依法依规做好答复，受理答复政府信息公开申请28件。") == {"requests.new": 28}


def test_a_count_whose_parts_are_reviews_stays_unread_and_the_reviews_are_read():
    v = _values(_HEAD + "依法依规做好答复，受理答复政府信息公开申请28件，其中，行政复议3件、行政诉讼0件。\n")
    assert "requests.new" not in v and "requests.answered" not in v
    assert v["review.total"] == 3 and v["litigation.direct.total"] == 0


# ---- C: 受理件 ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["本年度未收到依申请公开信息受理件。", "本单位未收到依申请公开政府信息受理件。"])
def test_no_received_case_is_no_request(sentence):
    assert _requests(sentence) == {"requests.new": 0}


def test_no_received_case_of_a_review_is_no_zero_of_requests():
    assert _requests("本年度未收到依申请公开信息受理件的行政复议。") == {}


# ---- D: 市政府及组成部门 --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, key, n", [
    ("本年度岚峰县政府及组成部门共收到有关政府信息公开的行政复议申请12件，均及时进行了答复、处理。", "review.total", 12),
    ("本年度岚峰县政府及其各部门共收到申请政府信息公开26件。", "requests.new", 26),
])
def test_a_government_with_its_departments_is_the_whole(sentence, key, n):
    assert _values(_LEGACY + "三、依申请公开情况\n" + sentence + "\n")[key] == n


@pytest.mark.parametrize("sentence, key", [
    ("本年度岚峰县政府共收到申请政府信息公开26件。", "requests.new"),
    ("本年度岚峰县政府共受理行政复议申请12件。", "review.total"),
])
def test_a_government_alone_stays_a_part(sentence, key):
    assert key not in _values(_LEGACY + "三、依申请公开情况\n" + sentence + "\n")


# ---- E: after 上一年度结转; shares; 万 ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("2023年我局收到依申请公开7件，上一年度结转2件，共答复依申请公开9件，结转下年度办理0件。",
     {"requests.new": 7, "requests.carried_over": 2, "requests.answered": 9, "requests.carried_forward": 0}),
    ("2023年我局收到依申请公开7件，上一年度结转0件，共答复依申请公开7件。",
     {"requests.new": 7, "requests.carried_over": 0, "requests.answered": 7}),
])
def test_counts_after_last_years_carried_ones_are_this_years(sentence, expected):
    assert _requests(sentence) == expected


@pytest.mark.parametrize("sentence", ["上一年度共答复依申请公开9件。", "上一年度收到依申请公开11件。"])
def test_a_count_said_of_last_year_stays_unread(sentence):
    assert _requests(sentence) == {}


def test_a_share_closed_in_time_is_not_all_the_answered():
    got = _requests("全年共收到依申请公开16件，其中15件按时办结完毕，1件结转下年度继续办理。")
    assert got == {"requests.new": 16, "requests.carried_forward": 1}


def test_a_legacy_total_after_the_channels_is_read():
    v = _values(_LEGACY.replace("2012年主动公开政府信息1432条。\n", "") +
                "通过政府网站公开信息1887条，在省政府网站政府信息公开专栏发布信息514条，总计2401条。\n")
    assert v["disclosure.total"] == 2401


@pytest.mark.parametrize("sentence", ["区政府门户网站发布各类信息4.14万条。",
                                      "在岚峰县门户网站和岚峰县审计局门户网站信息公开栏目分别主动公开政府信息148条。"])
def test_a_count_in_wan_or_said_of_each_site_stays_unread(sentence):
    v = _values(_LEGACY.replace("2012年主动公开政府信息1432条。\n", "") + sentence + "\n")
    assert not [k for k in v if k.startswith("disclosure.")]


# ---- F: the review-then-list family in 项 ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("涉及本机关的行政复议案件6项，其中2项维持原答复，1项结果纠正，1项其他结果，2项尚未审结。",
     {"review.total": 6, "review.upheld": 2, "review.corrected": 1, "review.other": 1, "review.pending": 2}),
    ("涉及本机关的行政复议案件6项，其中维持原答复2项，纠正1项，其他结果1项，尚未审结2项。",
     {"review.total": 6, "review.upheld": 2, "review.corrected": 1, "review.other": 1, "review.pending": 2}),
    # the 纠正 row with a lawsuit of none between (stop 63's row spelled its window inline, without that branch)
    ("涉及本机关的行政复议案件3项、行政诉讼0项，其中1项被纳入结果纠正范围。", {"review.total": 3, "review.corrected": 1}),
    ("涉及本机关的行政复议案件5件、行政诉讼0件，其中2件列入纠正类，3件维持原答复。",
     {"review.total": 5, "review.corrected": 2, "review.upheld": 3}),
    # (as before: 宗 with a lawsuit of none)
    ("被行政复议5宗、行政诉讼0宗，其中2宗维持原答复，1宗结果纠正，1宗其他结果，1宗尚未审结。",
     {"review.total": 5, "review.upheld": 2, "review.corrected": 1, "review.other": 1, "review.pending": 1}),
])
def test_review_outcomes_in_xiang_after_the_review_count(sentence, expected):
    assert _reviews(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a lawsuit count of some between: the list may be either's
    ("涉及本机关的行政复议案件3项、行政诉讼2项，其中1项维持原答复，1项被纳入结果纠正范围。", {"review.total": 3}),
    # items asked for, said after 复议 with no review count
    ("因政府信息公开申请行政复议，涉及信息3项维持原答复。", {}),
    ("行政复议申请涉及信息5项，其中2项维持原答复。", {}),
    # the review body's caseload
    ("全县共受理行政复议案件6项，其中2项维持原答复。", {}),
])
def test_near_lists_in_xiang_are_not_read(sentence, expected):
    assert _reviews(sentence) == expected
