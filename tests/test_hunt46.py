"""Wordings, headings and page furniture of real reports the library missed (hunt46), each a class with a guard
that a near wording is not read. Texts and figures are invented.

- a channel's count after 其中 is a part of the count before it, never the proactive total, even where that count is
  rough and so unread (主动公开信息约300条，其中门户网站主动公开政府信息120条); the consolidated site (集约化网站) and the place's portal by its name
  (其中X县门户网站发布14条) are the website;
- a website's 发布公开 / 公开发布 as one verb of disclosure (在门户网站发布公开信息93条);
- the year's count before its noun without 共 (2025年全年公开401条信息);
- 发布政府公开信息 as the information disclosed (我局发布政府公开信息1113条);
- a bracketed Arabic subsection number heading its paragraph ((1)主动公开情况。 on a line of its own);
- last year's cases said 上年转结 (上年转结政府信息公开申请2件): carried over, the clauses after it this year's;
- no applicant made a request (全年没有公民、法人和其他组织提出政府信息公开申请): none received;
- a request total holding none carried over (收到申请5件(含上年结转件0件)): the year's new requests;
- a cover paragraph (现将…情况报告如下：) before 一、总体情况 and the template's first three parts: a report;
- line one a purpose sentence (为认真贯彻落实…要求，X街道…): no title; a page's text-size and print buttons
  (【字体:  】 打印) are chrome, never a title's first half;
- a title-less report compiled by a street's or a department's office (本报告由X街道综合办公室编制): X is the issuer."""
from __future__ import annotations

import pytest

import reportparse
from conftest import year_totals
from reportparse.errors import NotAnnualReportError

HEAD = "青禾镇人民政府2023年政府信息公开工作年度报告\n"
OVERVIEW = "一、总体情况\n（一）主动公开\n"
REQUESTS = "一、总体情况\n（二）依申请公开\n"


def _vals(body: str, head: str = HEAD) -> dict:
    return year_totals(head + body)


# ---- a channel after 其中 is a part ------------------------------------------------------------------------------

def test_channel_after_qizhong_is_no_total_beside_a_rough_one():
    vals = _vals(OVERVIEW + "2023年，我镇主动公开信息约300条，其中门户网站主动公开政府信息126条，"
                            "通过微信公众号发布信息171条。\n")
    assert "disclosure.total" not in vals


def test_consolidated_site_after_qizhong_is_the_websites_count():
    vals = _vals(OVERVIEW + "2023年，我镇主动公开信息140余条，其中政务集约化网站主动公开政府信息64条，"
                            "通过政务新媒体发布信息77条。\n")
    assert vals.get("disclosure.via_website") == 64
    assert "disclosure.total" not in vals


def test_consolidated_site_in_traditional_script():
    vals = _vals(OVERVIEW + "2023年，我鎮主動公開信息140餘條，其中政務集約化網站主動公開政府信息64條，"
                            "通過政務新媒體發布信息77條。\n")
    assert vals.get("disclosure.via_website") == 64
    assert "disclosure.total" not in vals


def test_rough_count_in_traditional_script_is_not_read():
    # guard: 約 is 约, a rough count's mark, in a mirror's traditional copy
    assert "disclosure.total" not in _vals(OVERVIEW + "2023年，我鎮主動公開政府信息約300條。\n")


def test_the_places_portal_named_after_qizhong_is_the_websites_count():
    vals = _vals(OVERVIEW + "2023年，我镇主动公开政府信息83条，其中青禾县门户网站发布14条，微信公众号发布61条，镇报发布8条。\n")
    assert vals["disclosure.total"] == 83
    assert vals["disclosure.via_website"] == 14


def test_the_parts_portals_after_qizhong_are_not_the_websites_count():
    # guard: 各乡镇门户网站 are the parts' own sites
    vals = _vals(OVERVIEW + "2023年，全县主动公开政府信息83条，其中各乡镇门户网站发布14条，微信公众号发布61条。\n")
    assert "disclosure.via_website" not in vals


def test_proactive_part_after_qizhong_of_what_was_made_is_still_the_total():
    # guard: 其中 right before 主动公开 (no channel between) splits what was made into what was disclosed
    vals = _vals(OVERVIEW + "2023年，我镇共制作政府信息83条，其中主动公开政府信息61条。\n")
    assert vals["disclosure.total"] == 61


# ---- 公开发布 / 发布公开 ------------------------------------------------------------------------------------------

def test_website_fabu_gongkai_is_the_total_and_the_sites():
    vals = _vals(OVERVIEW + "2023年，在门户网站发布公开信息93条。\n")
    assert vals["disclosure.total"] == 93
    assert vals["disclosure.via_website"] == 93


def test_website_fabu_of_bare_information_beside_another_channel_is_no_total():
    # guard: 发布 alone counts a site's posts; beside WeChat's count it is the site's only
    vals = _vals(OVERVIEW + "2023年，在门户网站发布信息93条，通过微信公众号发布信息41条。\n")
    assert "disclosure.total" not in vals
    assert vals["disclosure.via_website"] == 93


# ---- the year's count before its noun ----------------------------------------------------------------------------

def test_years_count_before_its_noun_without_gong():
    vals = _vals(OVERVIEW + "2023年全年公开416条信息，其中行政许可信息57项。\n")
    assert vals["disclosure.total"] == 416


def test_years_count_before_a_kind_of_information_is_not_read():
    assert "disclosure.total" not in _vals(OVERVIEW + "2023年全年公开416条财政信息。\n")
    assert "disclosure.total" not in _vals(OVERVIEW + "网站全年发布3972条信息。\n")


# ---- 发布政府公开信息 ---------------------------------------------------------------------------------------------

def test_fabu_zhengfu_gongkai_xinxi():
    vals = _vals(OVERVIEW + "2023年，我局发布政府公开信息1318条，其中部门文件23件。\n",
                 head="青禾县林业局2023年政府信息公开工作年度报告\n")
    assert vals["disclosure.total"] == 1318


def test_gongkai_zhengfu_gongkai_xinxi_is_not_read():
    vals = _vals(OVERVIEW + "2023年，我局公开政府公开信息1318条。\n", head="青禾县林业局2023年政府信息公开工作年度报告\n")
    assert "disclosure.total" not in vals


# ---- (1) as a subsection's heading -------------------------------------------------------------------------------

def test_bracketed_arabic_number_heads_its_paragraph():
    vals = _vals("一、总体情况\n(1)主动公开情况。\n2023年，我局发布政府信息87条。\n(2)依申请公开情况。\n"
                 "今年共受理依申请公开3件。\n", head="青禾县林业局2023年政府信息公开工作年度报告\n")
    assert vals["disclosure.total"] == 87
    assert vals["requests.new"] == 3


def test_bracketed_arabic_heading_of_another_topic_gives_no_proactive_topic():
    # guard: 发布 of bare information is the total only under a proactive topic
    vals = _vals("一、总体情况\n(1)机构建设情况。\n2023年，我局发布政府信息87条。\n(2)依申请公开情况。\n"
                 "今年共受理依申请公开3件。\n", head="青禾县林业局2023年政府信息公开工作年度报告\n")
    assert "disclosure.total" not in vals
    assert vals["requests.new"] == 3


# ---- 上年转结 ----------------------------------------------------------------------------------------------------

def test_shangnian_zhuanjie_is_carried_over_and_the_clauses_after_it_this_years():
    vals = _vals(REQUESTS + "2023年，新受理政府信息公开申请10件，上年转结政府信息公开申请2件，全年办结11件，"
                            "转下一年办理1件。\n")
    assert vals["requests.new"] == 10
    assert vals["requests.carried_over"] == 2
    assert vals["requests.answered"] == 11
    assert vals["requests.carried_forward"] == 1


def test_shangnian_zhuanjie_of_other_work_is_not_read():
    assert "requests.carried_over" not in _vals(REQUESTS + "上年转结的督办事项3件。\n")


# ---- no applicant made a request ---------------------------------------------------------------------------------

def test_no_applicant_made_a_request():
    assert _vals(REQUESTS + "全年没有公民、法人和其他组织提出依申请公开信息的申请。\n")["requests.new"] == 0
    assert _vals(REQUESTS + "本年度未有群众提交政府信息公开申请。\n")["requests.new"] == 0


def test_no_applicant_of_one_kind_or_of_a_review_is_no_none():
    assert "requests.new" not in _vals(REQUESTS + "全年没有公民提出行政复议申请。\n")
    assert _vals(REQUESTS + "本年度无企业提出公开政府信息的申请，收到申请3件。\n")["requests.new"] == 3


# ---- a total holding none carried over ---------------------------------------------------------------------------

def test_request_total_holding_none_carried_over_is_the_new_ones():
    vals = _vals(REQUESTS + "收到政府信息公开申请6件（含上年结转件0件）。\n")
    assert vals["requests.new"] == 6
    assert vals["requests.carried_over"] == 0


def test_request_total_holding_cases_carried_over_is_not_the_new_ones():
    vals = _vals(REQUESTS + "收到政府信息公开申请6件（含上年结转件2件）。\n")
    assert "requests.new" not in vals
    assert vals["requests.carried_over"] == 2


# ---- a cover paragraph before the template's overview ------------------------------------------------------------

COVER = ("2023年，在区政府政务公开主管部门的指导下，青禾街道办事处依规公开政务信息，现将本年度工作情况报告如下：\n"
         "一、总体情况\n")


def test_cover_paragraph_and_the_templates_first_three_parts_open_a_report():
    text = (COVER + "（一）主动公开。2023年，青禾街道主动公开政府信息52条。\n（二）依申请公开。本年度共收到和处理依申请"
            "公开0件。\n（三）政府信息管理。落实审核制度。\n（四）政府信息公开平台建设。完善专栏。\n")
    report = reportparse.parse_text(text)
    assert {i.key: i.value for i in report.indicators if not i.derived}["requests.new"] == 0


def test_cover_paragraph_with_two_parts_only_is_not_enough():
    text = (COVER + "（一）主动公开。2023年，青禾街道主动公开政府信息52条。\n（二）依申请公开。本年度共收到和处理依申请"
            "公开0件。\n")
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


# ---- line one as a purpose sentence; a text-size toolbar ---------------------------------------------------------

def test_purpose_sentence_is_no_title():
    text = ("为认真贯彻落实上级关于做好2023年政府信息公开年度报告编制发布工作要求，青禾街道严格落实《中华人民共和国政府信息"
            "公开条例》，及时发布2023年度政府信息公开工作报告。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n（二）依申请公开情况\n2023年新受理依申请政府信息公开8件。\n")
    report = reportparse.parse_text(text)
    assert report.title is None
    assert {i.key: i.value for i in report.indicators if not i.derived}["requests.new"] == 8


def test_a_notice_on_compiling_the_reports_is_still_refused():
    text = ("关于做好2023年政府信息公开年度报告编制发布工作的通知\n各街道、各部门：\n为做好2023年政府信息公开年度报告编制"
            "发布工作，现将有关事项通知如下。\n一、各单位应于1月31日前发布年度报告。\n特此通知。\n")
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


def test_text_size_and_print_buttons_are_no_part_of_the_title():
    text = ("【字体:      】  打印\n2023年度青禾镇政府信息公开工作年度报告\n一、总体情况\n2023年，我镇主动公开政府信息35条。\n")
    assert reportparse.parse_text(text).title == "2023年度青禾镇政府信息公开工作年度报告"


# ---- a title-less report's issuer: the office that compiled it ---------------------------------------------------

COMPILED = ("为认真贯彻落实上级关于切实做好2023年政府信息公开年度报告编制发布工作要求，青禾街道严格落实《中华人民共和国政府信息"
            "公开条例》，及时发布2023年度政府信息公开工作报告。本报告中所列数据的统计期限自2023年1月"
            "1日起至2023年12月31日止。本报告由青禾街道综合办公室编制，全文包括总体情况、主动公开政府信息情况等。\n"
            "一、总体情况\n（一）主动公开情况\n")


def test_the_street_that_compiled_a_titleless_report_is_its_issuer():
    report = reportparse.parse_text(COMPILED + "2023年，青禾街道主动公开政府信息58条。\n")
    assert report.issuer.name == "青禾街道"
    assert {i.key: i.value for i in report.indicators if not i.derived}["disclosure.total"] == 58


def test_another_streets_count_in_a_titleless_report_is_a_part():
    report = reportparse.parse_text(COMPILED + "2023年，石桥街道主动公开政府信息58条。\n")
    assert "disclosure.total" not in {i.key for i in report.indicators}


def test_the_pages_date_and_text_size_switch_are_no_part_of_the_title():
    text = ("时间:2024-03-05 00:00 大 中 小\n2023年青禾县人民政府信息公开年度报告\n一、概述\n"
            "2023年，全年共公开政府信息621条。\n")
    report = reportparse.parse_text(text)
    assert report.title == "2023年青禾县人民政府信息公开年度报告"
    assert report.published == "2024-03-05"


def test_a_title_that_names_a_school_of_all_sizes_is_kept():
    # guard: 大中小 inside a title's words is no switch
    text = "青禾县大中小学校2023年信息公开工作年度报告\n一、概述\n2023年，全年共公开政府信息35条。\n"
    assert reportparse.parse_text(text).title == "青禾县大中小学校2023年信息公开工作年度报告"
