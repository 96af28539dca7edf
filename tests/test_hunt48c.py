"""Wordings of real reports the library missed (hunt48c), each a class with a guard that a near wording is not read.
Texts and figures are invented.

- none said of 申请 alone, negated, under a heading of requests (我镇2018年度无申请, 本年度未收到申请, 本年度没有申请件):
  the year's requests are 0, as 未收到相关申请 was read; never under the fees' or the reviews' heading (which say the
  same of their own matter), nor 无 before a longer word (无申请人…), nor 无 after another subject (群众无申请);
- the website's own disclosure section named as a 平台 after the site, quoted or not (通过区人民政府网站“政府信息公开”
  平台主动公开政府信息47件, 在县政府网站信息公开平台上公开信息58条): the site's count, and the total where the clause
  names no other outlet; another 平台 name (“政务服务”平台) is no section of the site, and a second outlet joined
  after it (…平台和微信公众号) leaves the site's count unread;
- a disclosure website by its name, 信息公开网 (在青禾县人民政府信息公开网上发布信息29条, 通过县政府信息公开网公开…): the
  site's count, as 政府网 was; never 信息公开网上 as online (…网上申请系统), nor beside a second outlet;
- a title whose issuer is a kind of body alone (2016年度镇政府信息公开年度报告, 区2019年…年度报告): no issuer, as 我镇 or
  学院 alone were none; a named one (青禾镇…) stays."""
from __future__ import annotations

import pytest

from conftest import year_totals

TOWN = "青禾镇人民政府2018年政府信息公开工作年度报告\n"
BUREAU = "青禾区教育局2021年政府信息公开工作年度报告\n一、总体情况\n"


# ---- none said of 申请 alone under the requests' heading --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "我镇2018年度无申请。",
    "2018年度未收到申请。",
    "本年度没有申请件。",
    "2018年，我镇没有申请。",
])
def test_a_bare_request_negated_under_the_requests_heading(sentence):
    text = TOWN + "二、主动公开政府信息情况\n全年主动公开信息317条。\n三、依申请公开政府信息和不予公开政府信息情况\n" + sentence + "\n"
    vals = year_totals(text)
    assert vals["requests.new"] == 0
    assert vals["disclosure.total"] == 317


@pytest.mark.parametrize("heading", [
    "四、依申请公开政府信息收费及减免情况",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
])
def test_a_bare_request_negated_under_another_heading_is_not_read(heading):
    text = TOWN + "二、主动公开政府信息情况\n全年主动公开信息317条。\n" + heading + "\n我镇2018年度无申请。\n"
    assert "requests.new" not in year_totals(text)


@pytest.mark.parametrize("sentence", ["无申请人提出异议。", "群众无申请。", "本年度无申请公开的事项需要说明。"])
def test_a_near_wording_under_the_requests_heading_is_not_read(sentence):
    text = TOWN + "三、依申请公开政府信息情况\n" + sentence + "\n"
    assert "requests.new" not in year_totals(text)


# ---- the website's disclosure section named as a 平台 ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("（一）主动公开情况。2021年我局通过青禾区人民政府网站“政府信息公开”平台主动公开政府信息47件。", 47),
    ("（一）主动公开情况。2021年我局通过区政府网站政府信息公开平台主动公开政府信息53条。", 53),
    ("（一）主动公开情况。2021年，通过区政府网站“政府信息公开”平台，主动公开政府信息61条。", 61),
])
def test_the_sites_disclosure_platform_is_the_site(sentence, value):
    vals = year_totals(BUREAU + sentence + "\n")
    assert vals["disclosure.via_website"] == value
    assert vals["disclosure.total"] == value


def test_the_sites_disclosure_platform_as_the_place_gives_the_sites_count():
    vals = year_totals(BUREAU + "（一）主动公开情况。2021年我局在县政府网站信息公开平台上公开信息58条。\n")
    assert vals["disclosure.via_website"] == 58


@pytest.mark.parametrize("sentence", [
    "（一）主动公开情况。2021年我局通过区政府网站“政务服务”平台主动公开政府信息72条。",
    "（一）主动公开情况。2021年我局通过区政府网站政府信息公开平台和微信公众号主动公开政府信息72条。",
])
def test_another_platform_or_a_second_outlet_is_no_sites_count(sentence):
    vals = year_totals(BUREAU + sentence + "\n")
    assert "disclosure.via_website" not in vals
    assert vals["disclosure.total"] == 72


# ---- a kind of body alone names no issuer ------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "2016年度镇政府信息公开年度报告",
    "镇政府2016年政府信息公开工作年度报告",
    "区2016年政府信息公开工作年度报告",
])
def test_a_kind_alone_names_no_issuer(title):
    import reportparse
    report = reportparse.parse_text(title + "\n二、主动公开政府信息情况\n我镇全年主动公开信息283条。\n")
    assert report.issuer is None or report.issuer.name is None
    assert year_totals(title + "\n二、主动公开政府信息情况\n我镇全年主动公开信息283条。\n")["disclosure.total"] == 283


@pytest.mark.parametrize("title, name", [
    ("青禾镇2016年政府信息公开工作年度报告", "青禾镇"),
    ("青禾县人民政府2016年政府信息公开工作年度报告", "青禾县人民政府"),
])
def test_a_named_body_stays_the_issuer(title, name):
    import reportparse
    assert reportparse.parse_text(title + "\n全年主动公开信息283条。\n").issuer.name == name


# ---- 信息公开网 as a website by its name -------------------------------------------------------------------------------

HOSPITAL = "青禾县人民医院2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"


@pytest.mark.parametrize("sentence, value", [
    ("2021年我院在青禾县人民政府信息公开网上发布信息29条。", 29),
    ("2021年我院通过县政府信息公开网公开政府信息34条。", 34),
    ("2021年我院在县政府信息公开网上发布信息总计41条。", 41),
])
def test_a_disclosure_site_by_its_name_gives_the_sites_count(sentence, value):
    assert year_totals(HOSPITAL + sentence + "\n")["disclosure.via_website"] == value


@pytest.mark.parametrize("sentence", [
    "2021年我院通过县政府信息公开网上申请系统公开政府信息29条。",
    "2021年我院通过县政府信息公开网和微信公众号公开政府信息29条。",
])
def test_online_or_a_second_outlet_is_no_disclosure_sites_count(sentence):
    assert "disclosure.via_website" not in year_totals(HOSPITAL + sentence + "\n")
