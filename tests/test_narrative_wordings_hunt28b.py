"""Sentence classes that real pages of county bodies, townships and public institutions showed (stop 28,
hunt28b): a running total whose year's new ones are said before the verb (其中2016年新增主动公开…: read as the running
total, a wrong value), a running total ended by 到…年底累计, the noun before 主动公开 (我镇信息主动公开…条), and the
template's carried-over row said with 办理数量. Invented sentences and numbers; each class was seen on real pages."""
import pytest

import reportparse

LEGACY = "岚峰县水利局2016年政府信息公开工作年度报告\n发布日期：2017-02-10\n"
CURRENT = "岚峰县青石镇人民政府2023年政府信息公开工作年度报告\n发布日期：2024-01-22\n"
PROACTIVE = "二、主动公开政府信息情况\n"
OVERVIEW = "一、总体情况\n"
REQUESTS = "（二）依申请公开\n"


def values(head: str, text: str) -> dict:
    """The report's own (not derived) values, by (key, period)."""
    return {(i.key, i.period): i.value for i in reportparse.parse_text(head + text).indicators if not i.derived}


# ---- a wrong value on the start tree: the year's new ones said before their verb ------------------------------

def test_running_total_then_the_years_new_ones_before_the_verb():
    got = values(LEGACY, PROACTIVE + "截至2016年底，我局主动公开政府信息历年累计638条，其中2016年新增主动公开政府信息47条。\n")
    assert got[("disclosure.total", "cumulative")] == 638
    assert got[("disclosure.total", "year")] == 47


@pytest.mark.parametrize("sentence, year_value", [
    ("截至2016年底，我局主动公开政府信息历年累计638条，其中今年新增主动公开政府信息47条。", 47),
    ("截至2016年底，我局主动公开政府信息历年累计638条，其中本年度新增主动公开政府信息47条。", 47),
])
def test_the_years_new_ones_named_by_words(sentence, year_value):
    got = values(LEGACY, PROACTIVE + sentence + "\n")
    assert got[("disclosure.total", "cumulative")] == 638 and got[("disclosure.total", "year")] == year_value


def test_another_years_new_ones_are_neither_the_year_nor_the_running_total():
    got = values(LEGACY, PROACTIVE + "截至2016年底，我局主动公开政府信息历年累计638条，其中2015年新增主动公开政府信息47条。\n")
    assert got.get(("disclosure.total", "cumulative")) == 638
    assert ("disclosure.total", "year") not in got and 47 not in got.values()


# ---- a running total ended by 到…年底累计 --------------------------------------------------------------------

def test_running_total_to_the_years_end():
    got = values(LEGACY, PROACTIVE + "本单位到2016年底累计主动公开政府信息215条，全文电子化率达100%。\n")
    assert got == {("disclosure.total", "cumulative"): 215}


@pytest.mark.parametrize("sentence, expected", [
    # 到 without 累计 after the year's end: as before, the year's own
    ("到2016年底，共主动公开政府信息218条。", {("disclosure.total", "year"): 218}),
    # the statistics period's 1月1日到12月31日 is the year
    ("从2016年1月1日到2016年12月31日，累计主动公开政府信息217条。", {("disclosure.total", "year"): 217}),
    # an end in another year: another period
    ("到2015年底累计主动公开政府信息219条。", {}),
])
def test_to_the_years_end_near_misses(sentence, expected):
    assert values(LEGACY, PROACTIVE + sentence + "\n") == expected


# ---- the noun before 主动公开 ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, total", [
    ("2023年1月1日到2023年12月31日止，我镇信息主动公开292条。其中政务信息229条，财务信息57条。", 292),
    ("2023年，全镇政府信息主动公开158条。", 158),
    ("2023年政务信息主动公开共计86条。", 86),
])
def test_the_noun_before_the_proactive_verb(sentence, total):
    got = values(CURRENT, OVERVIEW + sentence + "\n")
    assert got[("disclosure.total", "year")] == total


@pytest.mark.parametrize("sentence", [
    "2023年，规范性文件信息主动公开3条。",               # a kind of information: a part
    "2023年，其中政务信息主动公开229条。",               # after 其中: a part
    "2023年，应主动公开信息未公开的有4条。",             # 应主动公开: what should have been
])
def test_the_noun_before_the_proactive_verb_near_misses(sentence):
    assert ("disclosure.total", "year") not in values(CURRENT, OVERVIEW + sentence + "\n")


# ---- the carried-over row's name said with 办理数量 ---------------------------------------------------------

def test_carried_over_said_with_the_rows_words():
    got = values(CURRENT, OVERVIEW + REQUESTS + "2023年，共受理政府信息公开申请16件，上年结转政府信息公开办理数量3件，"
                 "共办结政府信息公开申请17件，结转至2024年办理2件。\n")
    assert (got[("requests.new", "year")], got[("requests.carried_over", "year")], got[("requests.answered", "year")],
            got[("requests.carried_forward", "year")]) == (16, 3, 17, 2)


def test_a_handling_count_that_is_not_carried_over():
    got = values(CURRENT, OVERVIEW + REQUESTS + "2023年，共受理政府信息公开申请16件，本年办理数量3件。\n")
    assert ("requests.carried_over", "year") not in got


# ---- 无 as the verb's negation; channels and kinds both listed by 等 ----------------------------------------

def test_no_request_said_with_wu_before_the_verb():
    got = values(CURRENT, OVERVIEW + REQUESTS + "本年度无受理政府信息公开申请情况，无政府信息公开的行政复议案或行政诉讼案。\n")
    assert got[("requests.new", "year")] == 0


@pytest.mark.parametrize("sentence", [
    "本年度无受理政府信息公开申请后逾期答复的情况。",   # a request qualified after it: not the count
    "本年度无不予受理政府信息公开申请的情况。",
])
def test_wu_before_another_word_is_no_zero(sentence):
    assert ("requests.new", "year") not in values(CURRENT, OVERVIEW + REQUESTS + sentence + "\n")


def test_channels_and_kinds_both_closed_by_deng():
    got = values(CURRENT, OVERVIEW + "（一）主动公开。2023年青石镇人民政府通过宣传栏、村务会议等方式公开乡村振兴政策、产业发展、"
                 "疫情防控政策、农村低保、司法政策解释等各类政府信息87条。\n")
    assert got[("disclosure.total", "year")] == 87


def test_a_short_kind_after_the_channels_is_a_part():
    got = values(CURRENT, OVERVIEW + "（一）主动公开。2023年通过宣传栏、村务会议等方式公开低保信息等政府信息87条。\n")
    assert ("disclosure.total", "year") not in got


def test_no_request_said_as_a_jian_of_requests_to_disclose():
    got = values(LEGACY, "三、收到和处理政府信息公开申请情况\n2016年度，本单位未收到申请公开政府信息件。\n")
    assert got[("requests.new", "year")] == 0


def test_a_jian_of_other_requests_is_no_zero():
    # a review or a complaint is not a request for information
    got = values(LEGACY, "三、收到和处理政府信息公开申请情况\n2016年度，本单位未收到申请行政复议件。\n")
    assert ("requests.new", "year") not in got


# ---- table 二's decision rows said with their column's words ------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("本年度内单位行政处罚处理决定数量39件，不存在其他情况。", {"disclosure.penalty.decisions": 39}),
    ("本年度行政许可决定数量126件，行政强制处理决定数量为7件。",
     {"disclosure.licensing.decisions": 126, "disclosure.coercion.decisions": 7}),
])
def test_decision_rows_said_as_sentences(sentence, expected):
    got = values(CURRENT, PROACTIVE + sentence + "\n")
    assert {k: v for (k, _), v in got.items() if k.endswith(".decisions")} == expected


@pytest.mark.parametrize("sentence", [
    "本年度行政处罚案件39件。",                        # cases, not the decisions row
    "本年度行政许可项目39项。",                        # items
    "行政处罚处理决定数量较上年增加39件。",            # a change
])
def test_decision_rows_near_misses(sentence):
    got = values(CURRENT, PROACTIVE + sentence + "\n")
    assert not any(k.endswith(".decisions") for k, _ in got)


def test_decision_rows_are_no_legacy_figures():
    assert values(LEGACY, PROACTIVE + "本年度行政处罚处理决定数量39件。\n") == {}
