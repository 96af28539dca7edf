"""A report's prose that disagrees with itself is said, never mended (leads57): the kinds listed in a proactive
count's paragraph adding up to more than it (…主动公开政府信息12条。(二)主要类别:…43条,…29条); a clause saying no request
came in beside a count of requests (未收到依申请…来信、来电和投诉 … 共收到依申请公开4件); and a count said to stand by now
(目前共主动公开…418条) is a running total, not the year's: unread. Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse

_TITLE = "青禾县石岭镇2016年政府信息公开工作年度报告\n"
_TITLE_2020 = "青禾县石岭镇2020年政府信息公开工作年度报告\n一、总体情况\n"


def _said(doc, words):
    return [w for w in doc.warnings if all(x in w for x in words)]


@pytest.mark.parametrize("kinds", [
    "(二)主动公开政府信息的主要类别:“公告栏”信息5条,占总体百分比为5.3%;“工作动态”信息43条,占总体百分比为45.7%;"
    "“转发信息”29条,占总体百分比为30.9%;“法律法规”信息3条。",
    "按信息类别分:机构职能类7条、工作动态类43条、政策法规类29条。",
    "(二)主动公开信息分类情况:工作动态43条,通知公告29条,其他信息6条。",
])
def test_kinds_adding_up_to_more_than_the_count_are_said(kinds):
    doc = reportparse.parse_text(_TITLE + "二、主动公开情况\n(一)主动公开政府信息的数量:全年累计主动公开政府信息12条,"
                                 "历年累计公开64条。" + kinds + "\n")
    assert doc.value("disclosure.total") == 12                 # read as printed, never changed
    assert doc.value("disclosure.total", period="cumulative") == 64
    assert _said(doc, ["kinds listed after the proactive count 12", "more than it"])
    assert _said(doc, ["kinds listed after the proactive count 64", "more than it"])


@pytest.mark.parametrize("kinds", [
    "(二)主动公开政府信息的主要类别:“公告栏”信息5条;“工作动态”信息4条;“法律法规”信息3条。",     # 12: they add up
    "主要类别:工作动态7条。",                                                              # one kind: no sum
])
def test_kinds_within_the_count_are_not_said(kinds):
    doc = reportparse.parse_text(_TITLE + "二、主动公开情况\n全年累计主动公开政府信息12条。" + kinds + "\n")
    assert doc.value("disclosure.total") == 12
    assert not _said(doc, ["kinds listed"])


@pytest.mark.parametrize("none", [
    "所有政府信息公开全部为主动公开,未收到依申请政府信息公开来信、来电、来访和投诉。",
    "本年度未收到依申请公开来信、来电和投诉,",
    "全年没有接到任何依申请公开的来电、来访和投诉。",
])
def test_a_denied_receipt_beside_a_count_of_requests_is_said(none):
    doc = reportparse.parse_text(_TITLE_2020 + "(一)主动公开情况\n2020年,石岭镇在门户网站主动公开各类政府信息9条。" + none
                                 + "\n(二)依申请公开情况\n2020年共收到依申请公开4件,政府信息公开行政诉讼0件。\n")
    assert doc.value("requests.new") == 4                       # read as printed
    assert doc.value("disclosure.total") == 9
    assert _said(doc, ["says no request was received", "requests.new 4", "contradicts"])


@pytest.mark.parametrize("none", [
    "本年度未收到依申请公开的行政复议。",                          # a review's none
    "除此之外,未收到其他依申请公开。",                               # none beside those counted
    "未收到对依申请公开答复不服的投诉。",
    "未收到依申请公开方面的投诉举报。",
])
def test_no_contradiction_where_the_none_is_of_something_else(none):
    doc = reportparse.parse_text(_TITLE_2020 + "(二)依申请公开情况\n2020年共收到依申请公开4件。" + none + "\n")
    assert doc.value("requests.new") == 4
    assert not _said(doc, ["says no request was received"])


@pytest.mark.parametrize("sentence", [
    "我镇专人对公开信息分类整理、上传,目前共主动公开政府信息418条,其中镇政府网站公开政府信息数93条。",
    "目前,我镇共主动公开政府信息418条。",
    "目前已累计主动公开政府信息418条。",
])
def test_a_count_standing_by_now_is_no_years(sentence):
    doc = reportparse.parse_text(_TITLE_2020 + sentence + "\n")
    assert doc.value("disclosure.total") is None
    assert doc.value("disclosure.via_website") is None


def test_the_years_count_beside_a_count_by_now_is_read():
    doc = reportparse.parse_text(_TITLE_2020 + "目前已累计主动公开政府信息418条。2020年,我镇主动公开政府信息57条,"
                                 "目前我镇政务公开工作运行良好。截至目前,我镇共收到政府信息公开申请0件。\n")
    assert doc.value("disclosure.total") == 57
    assert doc.value("requests.new") == 0                       # none by now is none this year
