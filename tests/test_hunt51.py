"""Wordings and layouts of real reports the library missed (hunt51), each a class with a guard that a near case is
not read. Texts and figures are invented.

- the proactive count with no noun after 主动公开发布 (compound verb), its unit glossed 条(篇), or after a list of the
  channels it went out on (在门户网站、微信公众号上主动公开发布437条): the proactive total; never one channel's alone, a
  kind's nor last year's;
- the channels' parts listed after 其中： and set apart by semicolons (…437条，其中：门户网站发布…172条；微信公众号…265条):
  parts of the total, which stays read; never a medium counted after a semicolon where 其中 opened no list, or a list
  of kinds (其中：通知公告30条；…);
- a website's count after a 、-list of the kinds it carried closed by 等 (门户网站发布工作动态、统计公报等各类政务信息172条):
  the website's; never one kind's example (发布政策解读等信息5条);
- no requests said as the disclosing on request that did not happen (全年未发生依申请公开政府信息) or as no matter of
  asking (全年无申请公开信息事项); never 无依申请公开政府信息 (none disclosed so) nor a review's matter;
- a one-step breadcrumb on its own line (政务公开 > 某局信息公开年报): site chrome, never the title; the report's own
  title line below it is.
"""
from __future__ import annotations

import pytest

import reportparse

_HEAD = "青禾县统计局2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
_REQ = "青禾县林业局2019年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"


def _values(text):
    return {i.key: i.value for i in reportparse.parse_text(text).indicators
            if i.applicant in (None, "total") and i.period == "year" and not i.derived}


# ---- the proactive count after 主动公开发布, 条(篇), or a list of channels -------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("2023年，我局主动公开发布437条。", 437),
    ("全年主动公开437条（篇），均在规定时限内发布。", 437),
    ("全年在县政府门户网站、“青禾统计”微信公众号上主动公开发布437条(篇)。", 437),
])
def test_a_proactive_count_with_no_noun(sentence, n):
    assert _values(_HEAD + sentence + "\n")["disclosure.total"] == n


@pytest.mark.parametrize("sentence", [
    "规范性文件主动公开发布3条。",
    "上年主动公开发布88条。",
    "微信公众号上主动公开29条。",
])
def test_a_kinds_last_years_or_one_channels_count_is_no_total(sentence):
    assert "disclosure.total" not in _values(_HEAD + sentence + "\n")


# ---- the channels' parts after 其中： run on over semicolons ---------------------------------------------------------

def test_parts_after_a_colon_run_on_over_semicolons():
    v = _values(_HEAD + "全年在县政府门户网站、微信公众号上主动公开发布437条，其中：县政府门户网站发布各类政务信息172条；"
                        "微信公众号发布各类政务信息265条。\n")
    assert v["disclosure.total"] == 437
    assert v["disclosure.via_website"] == 172


def test_a_medium_after_a_list_of_kinds_still_stands_apart():
    v = _values(_HEAD + "通过县政府门户网站主动公开信息120条，其中：通知公告30条；政务动态90条；微信公众号发布信息265条。\n")
    assert "disclosure.total" not in v


def test_a_medium_after_a_semicolon_with_no_list_opened_still_stands_apart():
    v = _values(_HEAD + "全年通过县政府门户网站主动公开政府信息437条，其中文件41条；通过微信公众号发布信息265条。\n")
    assert "disclosure.total" not in v


# ---- a website's count after a list of the kinds it carried -------------------------------------------------------

def test_a_sites_count_after_a_list_of_kinds():
    v = _values(_HEAD + "全年主动公开发布437条，其中：县政府门户网站发布工作动态、统计公报、统计分析等各类政务信息172条；"
                        "微信公众号发布各类政务信息265条。\n")
    assert v["disclosure.via_website"] == 172


def test_one_kinds_example_is_no_sites_count():
    v = _values(_HEAD + "通过县政府网站发布政策解读等信息5条，微信公众号发布信息265条。\n")
    assert "disclosure.via_website" not in v


# ---- no requests: the disclosing on request did not happen, no matter of asking ---------------------------------

@pytest.mark.parametrize("sentence", [
    "县林业局全年未发生依申请公开政府信息。",
    "全年无申请公开信息事项。",
    "本年度没有申请公开政府信息的情况。",
])
def test_no_requests_said_of_the_matter(sentence):
    assert _values(_REQ + sentence + "\n")["requests.new"] == 0


@pytest.mark.parametrize("sentence", [
    "全年无依申请公开政府信息。",
    "全年无申请公开信息事项的行政复议。",
])
def test_no_disclosure_on_request_or_a_reviews_matter_is_no_zero(sentence):
    assert "requests.new" not in _values(_REQ + sentence + "\n")


# ---- a one-step breadcrumb is chrome, not the title --------------------------------------------------------------

def test_a_one_step_breadcrumb_is_not_the_title():
    text = ("政务公开 > 青禾县司法局信息公开年报\n\n青禾县司法局2021年政府信息公开工作年度报告\n\n"
            "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2021年，主动公开政府信息73条。\n")
    r = reportparse.parse_text(text)
    assert r.title == "青禾县司法局2021年政府信息公开工作年度报告"
    assert r.year == 2021


def test_a_title_line_with_its_year_is_kept():
    text = ("青禾县司法局2021年政府信息公开工作年度报告\n\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
            "一、总体情况\n2021年，主动公开政府信息73条。\n")
    assert reportparse.parse_text(text).title == "青禾县司法局2021年政府信息公开工作年度报告"
