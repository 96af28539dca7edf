"""Sentence classes a held-out set of real reports showed (stop 26): a count of the year before (上年主动公开…,
去年收到申请…) or a change against it (较上年增加…) is never the year's; proactive totals, requests, negations and
complaints said in wordings the vocabulary lacked. Invented sentences and numbers; each class was seen on real pages."""
import pytest

import reportparse

HEAD = "岚峰县2020年政府信息公开工作年度报告\n发布日期：2021-01-20\n"


def read(text: str, head: str = HEAD) -> dict:
    """The report's own (not derived) values, by key."""
    return {i.key: i.value for i in reportparse.parse_text(head + text).indicators if not i.derived}


# ---- a count of another year (wrong values on the start tree) ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "上年主动公开政府信息88条。",
    "去年主动公开政府信息88条。",
    "上一年度主动公开政府信息88条。",
    "上年度共主动公开政府信息88条。",
    "去年全年主动公开政府信息88条。",
    "上年同期主动公开政府信息88条。",
    "我县上年主动公开政府信息88条。",
    "较上年增加主动公开政府信息32条。",          # a change, not a count
])
def test_a_proactive_count_of_the_year_before_is_not_the_years(sentence):
    assert "disclosure.total" not in read("一、主动公开情况\n" + sentence)


@pytest.mark.parametrize("sentence, key", [
    ("去年收到政府信息公开申请8件。", "requests.new"),
    ("上年度共受理政府信息公开申请8件。", "requests.new"),
    ("去年发生行政复议3件。", "review.total"),
    ("上年收取费用30元。", "fees.collected"),
])
def test_other_counts_of_the_year_before_are_not_the_years(sentence, key):
    assert key not in read("二、依申请公开情况\n" + sentence)


@pytest.mark.parametrize("sentence, total", [
    ("上年主动公开政府信息88条，今年主动公开政府信息120条。", 120),
    ("本年度主动公开政府信息120条，上年度主动公开政府信息88条。", 120),
    ("主动公开政府信息120条，比上年增加32条。", 120),
    ("在去年基础上，主动公开政府信息120条。", 120),
    ("与上年相比，主动公开政府信息120条。", 120),
])
def test_the_years_count_beside_the_year_befores_is_read(sentence, total):
    """Guard: the year's own figure beside last year's, a comparison or a base is still read."""
    assert read("一、主动公开情况\n" + sentence)["disclosure.total"] == total


def test_last_years_cases_carried_over_are_still_read():
    """Guard: 上年结转 names this year's carried-over cases, not last year's figure."""
    got = read("二、依申请公开情况\n本年度新收政府信息公开申请14件，上年结转政府信息公开申请3件，结转下年度继续办理2件。")
    assert (got["requests.new"], got["requests.carried_over"], got["requests.carried_forward"]) == (14, 3, 2)
