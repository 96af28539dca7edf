"""Wordings and layouts of real reports the library missed (hunt45), each a class with a guard that a near wording
is not read. Texts and figures are invented.

- the website's count said of 政务信息 after the total (其中门户网站发布政务信息6条; the sentence after the total);
- a request count whose topic stands before its noun (收到涉及征地拆迁、社会保障等领域的政府信息公开申请共15件次);
- a proactive total after the counts of its headings (发布主动公开信息28大项、79小项，共计6657条);
- an untitled report's issuer in the clause that writes it with 特此编制 (柳溪镇人民政府特此编制2024年度…);
- a publishing sentence's year kept from the year before, under a statistics period of the report's own year;
- the year's new ones beside a running total (累计主动公开…4002条。2019年新增政府信息312条; …，其中2019年新增312条);
- the issuer's own count of 政务信息 with 共有 (我镇公开政务信息共有465条), never where its sentence splits it (…，其中主动公开437条);
- a two-character county named before its township at a line's start (泾县黄村镇, a site's header line): the region;
- the website's line in a list of channels opened by 具体包括： (政府网站：发布信息58条)."""
from __future__ import annotations

import reportparse

HEAD = "柳溪镇人民政府2018年政府信息公开工作年度报告\n"


def _vals(body: str, head: str = HEAD) -> dict:
    return {i.key: i.value for i in reportparse.parse_text(head + body).indicators if not i.derived}


# ---- the website's share said of 政务信息 ----------------------------------------------------------------------

def test_website_share_of_zhengwu_information_after_qizhong():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇主动公开政府信息87条，其中门户网站发布政务信息36条。\n")
    assert vals["disclosure.total"] == 87
    assert vals["disclosure.via_website"] == 36


def test_website_share_of_zhengwu_information_through_the_site():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇主动公开政府信息87条，其中通过门户网站发布政务信息41条。\n")
    assert vals["disclosure.via_website"] == 41


def test_website_count_in_the_sentence_after_a_zhengwu_total():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇主动公开政务信息93条。门户网站发布政务信息52条，微信公众号发布41条。\n")
    assert vals["disclosure.total"] == 93
    assert vals["disclosure.via_website"] == 52


def test_zhengwu_information_sent_upward_is_no_website_count():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇主动公开政府信息87条，其中向县政府报送政务信息23条。\n")
    assert vals["disclosure.total"] == 87
    assert "disclosure.via_website" not in vals


def test_zhengwu_information_without_a_site_is_no_website_count():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇主动公开政府信息87条，其中政务信息23条。\n")
    assert "disclosure.via_website" not in vals


# ---- a request count whose topic stands before its noun -------------------------------------------------------

def test_requests_about_fields_listed_before_the_noun():
    vals = _vals("二、依申请公开情况\n2018年，我镇收到涉及征地拆迁、社会保障等领域的政府信息公开申请共15件次。\n")
    assert vals["requests.new"] == 15


def test_requests_about_one_matter_with_guanyu():
    vals = _vals("二、依申请公开情况\n2018年，我镇共受理关于宅基地审批方面的信息公开申请4件。\n")
    assert vals["requests.new"] == 4


def test_requests_about_a_problem_with_youguan():
    vals = _vals("二、依申请公开情况\n2018年，我镇收到有关土地征收问题的依申请公开14件。\n")
    assert vals["requests.new"] == 14


def test_a_review_about_fields_is_no_request():
    vals = _vals("二、依申请公开情况\n2018年，我镇收到涉及征地拆迁等领域的行政复议申请3件。\n")
    assert "requests.new" not in vals


def test_a_complaint_or_petition_about_fields_is_no_request():
    vals = _vals("二、依申请公开情况\n2018年，我镇收到涉及信息公开方面的投诉7件，涉及征地拆迁等方面的信访件12件。\n")
    assert "requests.new" not in vals


# ---- a proactive total after the counts of its headings ------------------------------------------------------

def test_total_after_major_and_minor_heading_counts():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇政府信息公开网站发布主动公开信息28大项、79小项，共计6657条。\n")
    assert vals["disclosure.total"] == 6657


def test_total_after_a_count_of_kinds():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇主动公开政府信息12类，合计318条。\n")
    assert vals["disclosure.total"] == 318


def test_a_kind_counted_after_the_headings_is_no_total():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇主动公开政府信息12类，其中工作动态218条。\n")
    assert "disclosure.total" not in vals


# ---- an untitled report's issuer that writes it with 特此编制 ------------------------------------------------

UNTITLED = ("为深入贯彻落实《中华人民共和国政府信息公开条例》，提升政府工作透明度，柳溪镇人民政府特此编制2024年度政府信息公开"
            "工作年度报告。本报告由总体情况、主动公开政府信息情况等部分组成，所列数据统计时限为"
            "2024年1月1日至2024年12月31日。\n一、总体情况\n（一）主动公开情况\n"
            "2024年，我镇主动公开政府信息47条。\n")


def test_issuer_of_the_clause_that_writes_the_report_with_tecibianzhi():
    report = reportparse.parse_text(UNTITLED)
    assert report.issuer.name == "柳溪镇人民政府"
    assert report.year == 2024
    assert report.value("disclosure.total") == 47


def test_without_the_writing_clause_no_issuer_is_named():
    report = reportparse.parse_text(UNTITLED.replace("柳溪镇人民政府特此编制2024年度政府信息公开工作年度报告", "特此编制本报告"))
    assert report.issuer.name is None


# ---- a publishing sentence's year kept from the year before -------------------------------------------------

STALE = ("根据《中华人民共和国政府信息公开条例》的要求，特向社会公布2013年度柳溪镇政府信息公开年度报告。本报告中所列数据的统计期限"
         "自2014年1月1日起至2014年12月31日止。\n一、基本概述\n2014年，镇党委对该项工作高度重视。\n二、主动公开情况\n"
         "2014年，我镇主动公开政府信息63条。\n")


def test_the_statistics_period_outweighs_a_stale_publishing_sentence():
    report = reportparse.parse_text(STALE)
    assert report.year == 2014
    assert report.value("disclosure.total") == 63
    assert any("statistics period" in w for w in report.warnings)


def test_a_title_line_keeps_its_year():
    report = reportparse.parse_text("柳溪镇2013年度政府信息公开工作年度报告\n" + STALE)
    assert report.year == 2013


def test_a_sentence_year_the_text_names_as_often_stands():
    text = STALE.replace("2014年，镇党委", "2013年，镇党委").replace("2014年，我镇", "2013年，我镇")
    assert reportparse.parse_text(text).year == 2013


# ---- the year's new ones beside a running total -------------------------------------------------------------

HEAD19 = "柳溪镇人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"


def test_the_years_new_ones_in_the_sentence_after_a_running_total():
    vals = _vals("截至2019年底，累计主动公开政府信息4002条。2019年新增政府信息312条。\n", HEAD19)
    assert vals["disclosure.total"] == 312


def test_the_years_new_ones_after_qizhong_in_the_running_totals_sentence():
    vals = _vals("截至2019年底，我镇累计主动公开政府信息4002条，其中2019年新增政务信息318条。\n", HEAD19)
    assert vals["disclosure.total"] == 318


def test_the_years_new_ones_without_a_noun_after_a_bare_running_total():
    vals = _vals("我镇累计主动公开信息4002条。2019年共新增327条。\n", HEAD19)
    assert vals["disclosure.total"] == 327


def test_another_years_new_ones_are_not_the_reports():
    vals = _vals("截至2019年底，我镇累计主动公开政府信息4002条，其中2018年新增312条。2018年新增政府信息296条。\n", HEAD19)
    assert "disclosure.total" not in vals


def test_a_kind_added_after_a_running_total_is_no_total():
    vals = _vals("截至2019年底，累计主动公开政府信息4002条。2019年新增规范性文件12条。\n", HEAD19)
    assert "disclosure.total" not in vals


def test_new_ones_after_the_years_own_count_are_not_read_over_it():
    vals = _vals("2019年，我镇主动公开政府信息87条。2019年新增政府信息12条。\n", HEAD19)
    assert vals["disclosure.total"] == 87


# ---- the issuer's own count of 政务信息, no 主动 -------------------------------------------------------------

def test_the_issuers_own_count_of_zhengwu_information_with_gongyou():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇公开政务信息共有465条。\n")
    assert vals["disclosure.total"] == 465


def test_a_count_split_into_proactive_ones_gives_the_proactive_part():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇公开政务信息共有465条，其中主动公开437条。\n")
    assert vals["disclosure.total"] == 437


def test_a_count_holding_on_request_ones_is_no_proactive_total():
    vals = _vals("一、主动公开政府信息情况\n2018年，我镇公开政府信息共465条，其中依申请公开5条。\n")
    assert "disclosure.total" not in vals


def test_zhengwu_information_outside_the_proactive_topic_is_not_read():
    vals = _vals("三、依申请公开情况\n2018年，我镇公开政务信息共有465条。\n")
    assert "disclosure.total" not in vals


# ---- a two-character county named before its township ------------------------------------------------------

def test_a_short_county_name_before_its_township_on_the_header_line():
    report = reportparse.parse_text("泾县柳溪镇\n您现在所在的位置: 网站首页 > 政府信息公开 > 柳溪镇 > 年报\n" + STALE)
    assert report.issuer.region.code == "341823"


def test_a_short_county_name_as_a_common_word_before_a_township_word_is_none():
    report = reportparse.parse_text("郊区乡镇企业\n" + STALE.replace("柳溪镇", "青禾镇"))
    assert report.issuer.region.code is None


# ---- the website's line in a list of channels opened by 具体包括： ---------------------------------------------

HEAD24 = "柳溪镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"


def test_the_websites_line_in_a_list_of_channels():
    vals = _vals("（一）主动公开情况\n2024年，我镇通过多种渠道主动公开政府信息424条，具体包括：\n政府网站：发布信息58条，涵盖政府职能、"
                 "工作动态等。\n微信公众号：发布信息213条，及时推送镇内新闻。\n", HEAD24)
    assert vals["disclosure.total"] == 424
    assert vals["disclosure.via_website"] == 58


def test_a_list_of_platforms_outside_the_proactive_topic_is_not_read():
    vals = _vals("（四）平台建设情况\n我镇政务公开平台具体包括：\n政府网站：发布信息58条。\n", HEAD24)
    assert "disclosure.via_website" not in vals


def test_the_websites_line_under_a_running_total_is_not_read():
    vals = _vals("（一）主动公开情况\n截至2024年12月31日，我镇通过多种渠道累计主动公开政府信息424条，具体包括：\n政府网站：发布信息58条。\n"
                 "微信公众号：发布信息213条。\n", HEAD24)
    assert "disclosure.via_website" not in vals
