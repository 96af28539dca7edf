"""Wordings of real reports the library missed or misread (hunt61: southern and eastern provinces), each a class with
a guard that a near case is not read. Texts and figures are invented.

- what went out by the ways said as "the others" (官方微信微博等其他途径主动发布信息1839条): one share beside the channel
  counted before it, never the proactive total; nor is that channel's count (the website's) then the whole; a total
  before a 其中 list that holds the other ways stays;
- a website's count that opens a list of kinds' counts (利用门户网站主动公开政府信息88条、规范性文件2条、…其他信息70条):
  one kind's count on the site, not the site's whole; never where the items after it name outlets or carry verbs of
  their own (编辑上报简报45篇: other work's output);
- a title-less text that opens at 一、总体情况 with the year's work under the statute, its points then the template's
  parts in order (二是全面主动公开政府信息 … 三是规范稳妥开展依申请公开): a report; a work summary or points with the
  requests before the proactive part are not;
- a department's website named with 厅 as its owner (全年厅官方网站发布信息781条, 通过省教育厅网站…): the website;
- the website's share as a later item of a 其中 list (其中政府发文6条,网站信息516条,微信信息626条), with its owner and
  verb and in 篇 (其中,某区人民政府门户网公开118篇、“某某”发布356条); never the parts' own sites (其中各村政府网站…).
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from values_read import values_read as _values

_HEAD = "岚峰县青禾镇2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
_REQUESTS = "\n（二）依申请公开情况\n2023年共收到政府信息公开申请3件。\n"


# ---- what went out by the other ways -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, site", [
    ("2023年,我镇通过镇门户网站主动公开信息846条,官方微信微博等其他途径主动发布信息1839条;", 846),
    ("2023年,我镇通过门户网站主动公开信息357条,其他途径主动发布信息1246条。", 357),
    ("2023年,我镇通过政府网站公开政府信息529条,通过其它渠道发布信息2713条。", 529),
    ("2023年,我鎮通過鎮門戶網站主動公開信息614條,官方微信等其他途徑主動發布信息3082條。", 614),
])
def test_the_other_ways_count_is_no_total_nor_is_the_site_beside_it(sentence, site):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.via_website"] == site
    assert "disclosure.total" not in v
    assert v["requests.new"] == 3


def test_a_total_before_a_list_that_holds_the_other_ways_stays():
    v = _values(_HEAD + "2023年,我镇共主动公开信息2685条,其中通过门户网站主动公开信息846条,其他途径主动发布信息1839条。"
                + _REQUESTS)
    assert v["disclosure.total"] == 2685
    assert v["disclosure.via_website"] == 846


# ---- a website's count that opens a list of kinds' counts ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2023年,利用门户网站主动公开政府信息88条、规范性文件2条、人大代表建议及政协提案办理信息34条、其他信息70条。",
    "2023年,通过政府网站公开政务信息163条、财政信息4条、人事信息17条。",
])
def test_a_site_count_opening_a_list_of_kinds_is_not_the_sites_whole(sentence):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert "disclosure.via_website" not in v
    assert v["requests.new"] == 3


@pytest.mark.parametrize("sentence, site", [
    ("2023年,通过门户网站主动公开政府信息88条、微信公众号推送信息50条。", 88),       # each item an outlet's
    ("2023年,政府网站公开政府信息41条、编辑上报信息简报共45篇、转发网帖211篇。", 41),  # other work's output
    ("2023年,通过门户网站主动公开政府信息76条、规范性文件2条。", 76),                # one item after it: no list
])
def test_items_naming_outlets_or_other_work_leave_the_sites_count(sentence, site):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.via_website"] == site


# ---- the template's parts as the overview's points -----------------------------------------------------------------------

_POINTS = ("一、总体情况\n2023年,岚峰县人民政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》,全力推进政府信息公开工作。\n"
           "一是加强工作统筹指导。完善政务公开工作机制,明确责任分工。\n")


@pytest.mark.parametrize("points, key, value", [
    ("二是全面主动公开政府信息。全年主动公开政府信息482条。\n三是规范稳妥开展依申请公开。2023年,共受理政府信息公开申请37件。\n",
     "requests.new", 37),
    ("二是做好主动公开。全年主动公开政府信息615条。\n三是规范政府信息公开申请办理。2023年,共受理政府信息公开申请12件。\n",
     "disclosure.total", 615),
])
def test_an_overview_whose_points_are_the_templates_parts_is_a_report(points, key, value):
    assert _values(_POINTS + points)[key] == value


@pytest.mark.parametrize("points", [
    # the requests' point before the proactive one: not the template's order
    "二是规范稳妥开展依申请公开。2023年,共受理政府信息公开申请37件。\n三是全面主动公开政府信息。全年主动公开政府信息482条。\n",
    # no requests' point at all
    "二是全面主动公开政府信息。全年主动公开政府信息482条。\n三是加强平台建设。\n",
])
def test_points_out_of_the_templates_order_are_no_report(points):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(_POINTS + points)


def test_a_work_summary_with_the_same_points_is_no_report():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text("2023年政务公开工作总结\n" + _POINTS + "二是全面主动公开政府信息。全年主动公开政府信息482条。\n"
                               "三是规范稳妥开展依申请公开。2023年,共受理政府信息公开申请37件。\n")


# ---- a department's website named with 厅 ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, site", [
    ("一是加大信息发布力度,全年厅官方网站发布信息781条,总访问量约35万次,厅微信公众号推送信息445条。", 781),
    ("2023年,通过省教育厅网站发布信息296条,厅微信公众号推送信息118条。", 296),
])
def test_a_departments_site_owned_by_a_ting_is_the_website(sentence, site):
    v = _values("岚峰省某某厅2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n" + sentence + _REQUESTS)
    assert v["disclosure.via_website"] == site
    assert "disclosure.total" not in v


# ---- the website as a later item of a 其中 list ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, total, site", [
    ("2023年,全年主动公开政府信息1464条,其中政府发文6条,网站信息516条,微信信息626条,上报政府信息316条。", 1464, 516),
    ("2023年,青禾镇主动公开政府信息558条,其中,岚峰县人民政府门户网公开118篇、“魅力青禾”发布356条,招标信息4条。", 558, 118),
    ("2023年,全镇主动公开政府信息913条,其中政策文件12条、镇政府网站公开207条、微信公众号发布694条。", 913, 207),
])
def test_the_sites_share_later_in_a_list_of_which(sentence, total, site):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.total"] == total
    assert v["disclosure.via_website"] == site


def test_the_parts_own_sites_in_a_list_of_which_are_no_website_count():
    v = _values(_HEAD + "2023年,全镇主动公开政府信息558条,其中各村政府网站公开118条、微信发布356条。" + _REQUESTS)
    assert v["disclosure.total"] == 558
    assert "disclosure.via_website" not in v
