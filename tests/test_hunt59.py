"""Wordings of real reports the library missed or misread (hunt59), each a class with a guard that a near case is not
read. Texts and figures are invented.

- a portal owned by a party committee and its government together (通过市委、市政府门户网站主动公开信息20条; 县委、县人民
  政府网站): one owner, so one website's count (and the total where the clause says so); a list of two outlets
  (门户网站、微信公众号) stays no one channel's;
- the portal bare as a clause's subject, no owner (2023年,门户网站累计公开各类政府信息675条): the issuer's own website, as
  政府网站 and 官网 bare are; beside a medium's count it is that site's count, not the proactive total;
- a government's portal said as 门户网 without 站 (在某县政府门户网主动公开…): its website; never 门户网络, 网格;
- no requests said with 无 and no verb (我镇无政府信息公开申请) or as 无申请公开政务信息情况: none; never 无 over a
  request's outcome (无…申请被驳回的情况);
- a total said of two outlets named and joined (通过某县人民政府网站及乡公示栏主动公开…共71条), each then counted apart in
  the next sentence (通过…网站发布…26条;通过…公示栏…45条): the total, and the site's share; never where a third outlet
  is counted, or the shares exceed the whole;
- a title-less text whose opening sets the report out as compiled (现将全年政府信息公开年度报告编制如下) and cites the
  statute: a report; the same opening without the statute, or a notice on the reports' publication, is not.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from values_read import values_read as _values

_HEAD = "岚峰县某某管理委员会2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
_REQUESTS = "\n（二）依申请公开情况\n2023年共收到政府信息公开申请3件。\n"


# ---- a portal owned by a party committee and its government together ---------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023年，我委通过市委、市政府门户网站主动公开信息27条。其中，公告类信息5条，人事任免类信息22条。", 27),
    ("2023年，通过县委、县人民政府网站主动公开政府信息143条。", 143),
    ("全年在区委、区政府门户网站主动公开政务信息58条。", 58),
    ("2023年，在旗委、旗政府网站主动公开信息91条。", 91),
])
def test_a_portal_of_a_party_committee_and_its_government_is_one_website(sentence, count):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.via_website"] == count
    assert v["disclosure.total"] == count
    assert v["requests.new"] == 3


def test_the_pairs_portal_beside_a_medium_is_the_sites_count_only():
    v = _values(_HEAD + "2023年，通过县委、县政府门户网站公开信息46条，通过微信公众号发布信息312条。" + _REQUESTS)
    assert v["disclosure.via_website"] == 46
    assert "disclosure.total" not in v


@pytest.mark.parametrize("sentence", [
    "2023年，通过县政府门户网站、微信公众号公开信息64条。",        # two outlets listed: no one channel's count
    "2023年，通过市委、市政府门户网站和微信公众号公开信息64条。",
])
def test_a_list_of_outlets_is_no_one_websites_count(sentence):
    assert "disclosure.via_website" not in _values(_HEAD + sentence + _REQUESTS)


# ---- the portal bare as a clause's subject ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023年，门户网站累计公开各类政府信息675条，微信公众号发布信息251条。", 675),
    ("2023年，门户网站共公开政府信息318条，政务微博发布信息77条。", 318),
    ("2023年度，门户网站累计发布政务信息209条；抖音号发布视频14条。", 209),
])
def test_the_bare_portal_beside_a_medium_is_the_sites_count_not_the_total(sentence, count):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.via_website"] == count
    assert "disclosure.total" not in v


@pytest.mark.parametrize("sentence, count, total", [
    # (a site's posts said with 发布 are the site's alone, never the total too: the gold convention, stop 65)
    ("2023年，门户网站共发布政府信息436条。", 436, None),
    ("2023年，门户网站主动公开政府信息129条，其中政策文件12条，工作动态117条。", 129, 129),
])
def test_the_bare_portal_alone_is_the_total_and_the_sites(sentence, count, total):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v.get("disclosure.total") == total
    assert v["disclosure.via_website"] == count


@pytest.mark.parametrize("sentence", [
    "2023年，门户网站、微信公众号累计公开政府信息675条。",       # the ways listed: the whole, no one site's
    "2023年，门户网站和政务新媒体共发布政府信息675条。",
    "门户网站累计公开政府信息675条。",                           # a bare 累计, no year word: running or the year's
])
def test_the_bare_portal_in_a_list_or_a_running_count_is_no_sites_count(sentence):
    assert "disclosure.via_website" not in _values(_HEAD + sentence + _REQUESTS)


# ---- a government's portal said as 门户网, without 站 ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023年在岚峰县政府门户网主动公开政府信息36条，其中，财政信息4条，其他信息32条。", 36),
    ("我镇政府门户网今年主动公开政府信息57条，其中机构职能3条、领导分工54条。", 57),
    ("2023年，通过县人民政府门户网主动公开政府信息83条。", 83),
])
def test_a_governments_portal_said_as_menhuwang_is_its_website(sentence, count):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.via_website"] == count
    assert v["disclosure.total"] == count


def test_the_portal_said_as_menhuwang_beside_another_outlet_is_the_sites_count_only():
    v = _values(_HEAD + "2023年在岚峰县政府门户网主动公开政府信息36条，其中财政信息4条，其他信息32条。并在“今日岚峰”某乡"
                "子栏目公开发布信息95条。" + _REQUESTS)
    assert v["disclosure.via_website"] == 36
    assert "disclosure.total" not in v


@pytest.mark.parametrize("sentence", [
    "2023年在县政府门户网络平台主动公开政府信息36条。",     # a network platform, no portal site
    "2023年通过县政府门户网格化平台发布信息36条。",
])
def test_a_portal_network_is_no_website(sentence):
    assert "disclosure.via_website" not in _values(_HEAD + sentence + _REQUESTS)


# ---- no requests said as 无 + the request, no verb, or as 无申请公开政务信息情况 ----------------------------------------

_NO_REQUESTS_HEAD = "岚峰县某某镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n2023年，我镇主动公开政府信息41条。\n（二）依申请公开情况\n"


@pytest.mark.parametrize("sentence", [
    "2023年度我镇无申请公开政务信息情况。",
    "2023年度我镇无政府信息公开申请。",
    "本年度无依申请公开的申请，无因政府信息公开引起的行政复议。",
])
def test_no_requests_said_with_wu_are_none(sentence):
    v = _values(_NO_REQUESTS_HEAD + sentence)
    assert v["requests.new"] == 0 and v["disclosure.total"] == 41


@pytest.mark.parametrize("sentence", [
    "2023年无政府信息公开申请被驳回的情况。",                # a request's outcome, not the requests
    "我镇无受理政府信息公开申请后逾期答复的情况。",
    "全年无不予受理政府信息公开申请。",
])
def test_none_of_a_requests_outcome_is_no_count_of_requests(sentence):
    assert "requests.new" not in _values(_NO_REQUESTS_HEAD + sentence)


# ---- a total said of two outlets named and joined, each then counted apart ------------------------------------------

@pytest.mark.parametrize("text, total, site", [
    ("2023年，通过岚峰县人民政府网站及乡人民政府实体公示栏主动公开各类政府信息共71条。通过岚峰县人民政府网站发布各类"
     "政府信息共26条，工作动态信息26条；通过乡人民政府实体公示栏公开惠民政策15条，公示公告30条。", 71, 26),
    ("2023年，通过县人民政府网站及政务公开栏主动公开政府信息共93条。通过县人民政府网站发布政府信息40条，通过政务公开栏"
     "公开信息53条。", 93, 40),
    ("2023年，在县政府网站和镇公示栏主动公开政府信息共118条。在县政府网站公开政府信息49条，在镇公示栏公开信息69条。",
     118, 49),
])
def test_a_total_of_outlets_listed_then_counted_apart_is_the_total(text, total, site):
    v = _values(_HEAD + text + _REQUESTS)
    assert v["disclosure.total"] == total
    assert v["disclosure.via_website"] == site


@pytest.mark.parametrize("text", [
    # a third outlet counted beside the two the whole names: that whole is not the year's total
    "2023年，通过县人民政府网站及政务公开栏主动公开政府信息共93条。通过县人民政府网站发布政府信息40条，通过镇宣传栏"
    "公开信息53条。",
    # shares exceeding the whole: not its parts
    "2023年，通过县人民政府网站及政务公开栏主动公开政府信息共93条。通过县人民政府网站发布政府信息60条，通过政务公开栏"
    "公开信息53条。",
])
def test_outlets_counted_beside_a_listed_whole_that_are_not_its_parts_leave_no_total(text):
    assert "disclosure.total" not in _values(_HEAD + text + _REQUESTS)


# ---- an opening that sets the report out as compiled (…年度报告编制如下) --------------------------------------------

_COMPILED = ("2023年度，某某镇根据县里的部署，安排专人负责信息公开工作。现将全年政府信息公开年度报告编制如下，若对报告有任何"
             "疑问，请与某某镇党政办公室联系。\n一、总体情况\n（一）强化组织领导。成立了工作领导小组。\n（二）规范公开程序。")


@pytest.mark.parametrize("body, key, value", [
    ("所公开信息严格按照《政府信息公开条例》执行，2023年度我镇主动公开政府信息共37条。\n（三）依申请公开\n2023年我镇"
     "未收到政府信息公开申请。\n", "disclosure.total", 37),
    ("严格按照《中华人民共和国政府信息公开条例》执行。\n（三）依申请公开\n2023年，我镇共收到政府信息公开申请4件，"
     "均已答复。\n", "requests.new", 4),
])
def test_an_opening_that_sets_the_report_out_as_compiled_is_a_report(body, key, value):
    assert _values(_COMPILED + body)[key] == value


def test_the_same_opening_without_the_statute_is_no_report():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(_COMPILED + "2023年度我镇主动公开政府信息共37条。\n")
