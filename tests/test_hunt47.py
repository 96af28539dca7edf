"""Wordings of real reports the library missed (hunt47), each a class with a guard that a near wording is not read.
Texts and figures are invented.

- a branch bureau names itself 我分局 / 本分局 as a bureau says 我局: the issuer, not one of its parts;
- a website's count said number-first (共在某某区门户网站发布72条公开信息, 通过政府网站公开46条政务信息): the site
  alone is the total's own wording, as after the noun (…网站公开信息46条); never after 其中, nor a kind of
  information (发布33条政务动态); beside another channel's count the site's count stays the site's;
- a website's count beside another channel's, counted in 篇 (通过政府门户网站共发布信息18篇) or said in the overview, with
  共 between the other channel and its verb (在某省信用公示平台共发布…76条): the website's count, not the total;
- a website called 网 and one other channel joined by 和, a comma before the verb, the issuer opening the clause
  (本单位积极通过某某政府网和各类新媒体平台，发布各类政务信息422条): both channels named, the total;
- a title-less report whose opening says who compiled it with 了 (…要求，X分局编制了2024年度政府信息公开工作年度报告): X is
  the issuer (我局编制了… names no one)."""
from __future__ import annotations

import reportparse
from conftest import year_totals

BUREAU = "岚峰市生态环境局青禾分局2024年政府信息公开工作年度报告\n"
TOWN = "青禾镇人民政府2024年政府信息公开工作年度报告\n"
PROACTIVE = "一、总体情况\n（一）主动公开情况\n"
REQUESTS = "一、总体情况\n（二）依申请公开情况\n"


# ---- 我分局 / 本分局 is the issuer ---------------------------------------------------------------------------------

def test_my_branch_bureau_is_the_issuer():
    assert year_totals(BUREAU + REQUESTS + "2024年，我分局受理政府信息公开申请17件。\n")["requests.new"] == 17
    assert year_totals(BUREAU + REQUESTS + "2024年，本分局共收到政府信息公开申请23件。\n")["requests.new"] == 23


def test_a_named_branch_bureau_stays_a_part():
    # a district's report: the 分局 it names is one of its parts, its count not the district's
    vals = year_totals("岚峰区人民政府2024年政府信息公开工作年度报告\n" + REQUESTS + "2024年，区公安分局受理政府信息公开申请17件。\n")
    assert "requests.new" not in vals


# ---- a website's count said number-first ------------------------------------------------------------------------

def test_website_count_number_first_is_the_total():
    vals = year_totals(BUREAU + PROACTIVE + "2024年，共在岚峰区门户网站发布72条公开信息。\n")
    assert vals["disclosure.total"] == 72 and vals["disclosure.via_website"] == 72
    vals = year_totals(TOWN + PROACTIVE + "2024年，我镇通过政府网站公开46条政务信息。\n")
    assert vals["disclosure.total"] == 46


def test_website_count_number_first_guards():
    # a kind of information, not the information itself
    assert "disclosure.total" not in year_totals(TOWN + PROACTIVE + "2024年，在门户网站发布33条政务动态。\n")
    # a part after 其中: the site's count, not the total
    vals = year_totals(TOWN + PROACTIVE + "2024年，我镇主动公开信息约300条，其中通过政府网站公开46条政务信息。\n")
    assert "disclosure.total" not in vals and vals["disclosure.via_website"] == 46
    # beside another channel's count: the total is said apart, the site's count stays the site's
    vals = year_totals(TOWN + PROACTIVE + "2024年，全年主动公开信息318条，通过政府网站公开64条政务信息，通过微信公众号公开254条。\n")
    assert vals["disclosure.total"] == 318 and vals["disclosure.via_website"] == 64


# ---- a website's count in 篇 beside another channel's ------------------------------------------------------------

def test_website_count_in_pian_beside_another_platform():
    vals = year_totals(BUREAU + "一、总体情况\n2024年，通过政府门户网站共发布信息26篇，其中，政府信息年报1篇，土地资源9篇；同时，"
                 "我局在某省信用公示平台共发布行政许可信息83条，行政处罚信息4条。\n")
    assert vals["disclosure.via_website"] == 26 and "disclosure.total" not in vals


def test_website_count_in_pian_alone_is_the_sites_and_no_total():
    # the site said alone, in 篇: never the total (posts, not information disclosed); the site's own count, read by
    # the fallback row where no total row read the clause (stop 47, tests/test_heldout_classes_lead47.py)
    vals = year_totals(BUREAU + "一、总体情况\n2024年，通过政府门户网站共发布信息26篇。\n")
    assert vals["disclosure.via_website"] == 26 and "disclosure.total" not in vals


# ---- two channels joined by 和, the site called 网 ---------------------------------------------------------------

def test_site_called_wang_and_a_medium_is_the_total():
    vals = year_totals(TOWN + PROACTIVE + "今年以来，本单位积极通过岚峰政府网和各类新媒体平台，发布各类政务信息431条，"
                             "在岚峰政府网上主动公开组织机构信息3条、财政预决算信息17条。\n")
    assert vals["disclosure.total"] == 431


def test_site_called_wang_alone_or_after_a_kind_is_no_total():
    # one channel alone, or a second that is no channel of the issuer's (a newspaper): no list of all channels
    assert "disclosure.total" not in year_totals(TOWN + PROACTIVE + "2024年，通过岚峰政府网，发布政务信息431条。\n")
    assert "disclosure.total" not in year_totals(TOWN + PROACTIVE + "2024年，通过岚峰政府网和某某报社，发布政务信息431条。\n")
    assert "disclosure.total" not in year_totals(TOWN + PROACTIVE + "2024年，政策解读通过政府网和微信平台，发布信息29条。\n")


# ---- a title-less report's issuer: X编制了… ----------------------------------------------------------------------

OPENING = ("根据《中华人民共和国政府信息公开条例》相关要求，{who}编制了2024年度政府信息公开工作年度报告。本报告由总体情况、"
           "主动公开政府信息情况等六个部分组成。\n一、总体情况\n（一）主动公开情况\n2024年，全年主动公开政府信息67条。\n")


def test_the_body_that_compiled_it_with_le_is_the_issuer():
    report = reportparse.parse_text(OPENING.format(who="岚峰市生态环境局青禾分局"))
    assert report.issuer.name == "岚峰市生态环境局青禾分局"
    assert {i.key: i.value for i in report.indicators if not i.derived}["disclosure.total"] == 67


def test_my_bureau_compiled_it_names_no_issuer():
    report = reportparse.parse_text(OPENING.format(who="我局"))
    assert report.issuer is None or report.issuer.name in (None, "")
