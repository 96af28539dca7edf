"""Request counts said in prose that hold last year's cases, or leave repeated requests apart (leads53).

A total that says it holds last year's unfinished cases by words other than 结转 (含上年度未办结1件, 含上年遗留申请2件,
包括上年度转入的3件, 其中2021年未办结的2件) is no count of the year's new requests: requests.new stays unread (the new
count is printed nowhere; the project never derives one by subtraction), as for (含上年结转1件) before. Repeated
requests handled apart (另处理重复申请3件, 另有重复申请3件) are neither added to nor read as the new requests, and no
key of the schema holds them (requests.not_processed.duplicate is an outcome inside the year's answered total).
Texts and figures are invented."""
from __future__ import annotations

import pytest

from values_read import values_read

HEAD = "青岭县审计局2022年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n"


@pytest.mark.parametrize("sentence", [
    "2022年收到政府信息公开申请24件（含上年度未办结1件）。",
    "2022年共收到政府信息公开申请26件（含上年遗留申请2件）。",
    "全年共受理政府信息公开申请27件(包括上年度转入的3件)。",
    "2022年共收到政府信息公开申请29件，其中2021年未办结的2件。",
    "本年度共受理政府信息公开申请31件（含上一年度未完结申请4件）。",
])
def test_a_total_holding_last_years_unfinished_cases_is_no_new_count(sentence):
    got = values_read(HEAD + sentence + "\n")
    assert "requests.new" not in got


@pytest.mark.parametrize("sentence, carried", [
    ("2022年，共受理政府信息公开申请24件（含上年结转1件），均已按时办结。", 1),
    ("2022年共受理政府信息公开申请24件（其中2021年度结转1件）。", 1),
])
def test_guard_a_total_with_its_carried_over_reads_only_the_carried_over(sentence, carried):
    got = values_read(HEAD + sentence + "\n")
    assert "requests.new" not in got and got["requests.carried_over"] == carried


@pytest.mark.parametrize("sentence", [
    "2022年共收到政府信息公开申请41件，另处理重复申请3件。",
    "2022年共收到政府信息公开申请41件（另有重复申请3件）。",
    "2022年共收到政府信息公开申请41件，另收到同一申请人重复申请3件，不计入申请总数。",
    "2022年共收到政府信息公开申请41件。此外，还收到重复申请3件。",
])
def test_guard_repeated_requests_apart_are_not_new_requests(sentence):
    got = values_read(HEAD + sentence + "\n")
    assert got["requests.new"] == 41
    assert not any(v == 3 for v in got.values())


def test_guard_new_and_carried_said_apart_are_both_read():
    got = values_read(HEAD + "2022年共受理政府信息公开申请24件，其中本年新收23件，上年结转1件。\n")
    assert (got["requests.new"], got["requests.carried_over"]) == (23, 1)
