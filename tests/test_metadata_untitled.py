"""A text whose first line is its preamble's sentence, or that has no title line at all (a page's body saved
without its heading; round eight of the hunt: Jiangsu towns, Shanghai streets, a Guangdong bureau, a bureau's
report in traditional script): invented texts, invented numbers. Tests named *guard* pass on the start tree."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError


# ---- the preamble's sentence is no title; a text without a title line -------------------------------------

def test_the_preamble_sentence_is_no_title_and_gives_no_year():
    report = reportparse.parse_text(
        "本年度报告是根据《中华人民共和国政府信息公开条例》（2019年4月3日中华人民共和国国务院令第711号修订，以下简称"
        "《条例》）的要求，由岚峰镇人民政府党政办公室编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月"
        "31日止。\n一、总体情况\n（一）主动公开情况\n2022年通过政府网站主动公布政府信息共计317条。\n（二）依申请公开情况\n"
        "2022年共受理政府信息公开申请4件，已依规及时完成回复。")
    assert report.year == 2022 and report.template == "2021"
    assert report.value("disclosure.total") == 317
    assert report.value("requests.new", applicant="total") == 4


@pytest.mark.parametrize("text", [
    "本报告根据《中华人民共和国政府信息公开条例》要求编制。\n一、概述\n2015年，全区政府信息公开工作有序开展。",
    "一、总体情况\n严格按照《政府信息公开条例》要求，现就信息公开工作报告如下：\n全年共主动公开政府信息129条。",
    "一、概述\n根據《條例》要求，2010年，我局繼續開展政府信息公開工作。\n二、政府信息主動公開情況\n"
    "我局2010年共主動公開政府信息183條。\n三、政府信息依申請公開情況\n我局2010年度未收到政府信息公開申請。",
])
def test_a_report_without_a_title_line_is_read(text):
    report = reportparse.parse_text(text)
    assert report.title is None


def test_a_report_without_a_title_line_gives_its_figures():
    report = reportparse.parse_text(
        "一、概述\n根據《條例》要求，2010年，我局繼續開展政府信息公開工作。\n二、政府信息主動公開情況\n"
        "我局2010年共主動公開政府信息183條。\n三、政府信息依申請公開情況\n我局2010年度未收到政府信息公開申請。")
    assert report.value("disclosure.total") == 183
    assert report.value("requests.new", applicant="total") == 0


@pytest.mark.parametrize("text", [
    "根据《中华人民共和国政府信息公开条例》规定，现就做好年度报告编制工作通知如下：\n一、按时报送。\n二、规范格式。",
    "一、工作动态\n本周召开了政务公开推进会。\n二、下步打算\n继续做好主动公开工作。",
])
def test_guard_a_text_without_title_that_is_no_report_is_refused(text):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


# ---- round nine: no title and no statistics period: the paragraph that opens with the year gives it (said) ----

_STATUTE = "根据《中华人民共和国政府信息公开条例》要求，编制本报告。\n"
_REQUESTS = "\n三、依申请公开政府信息情况\n全年未收到政府信息公开申请。"


@pytest.mark.parametrize("body, year", [
    ("一、总体情况\n2021年，某县气象局认真贯彻落实《条例》精神，全力做好政府信息公开工作。\n二、主动公开政府信息情况\n"
     "2021年，我局主动公开政府信息87条。", 2021),
    ("一、概述\n2012年我镇继续深入推进政府信息公开工作。\n二、主动公开政府信息情况\n2012年我镇主动公开政府信息165条。", 2012),
])
def test_the_opening_paragraphs_year_is_the_reports_year_said(body, year):
    report = reportparse.parse_text(_STATUTE + body + _REQUESTS)
    assert report.title is None and report.year == year
    assert any("first paragraph that opens with" in w for w in report.warnings)


@pytest.mark.parametrize("body", [
    # a date, a span, a year's middle: none is the report's year
    "一、总体情况\n2019年5月15日，新修订的《条例》正式施行。\n二、主动公开政府信息情况\n全年主动公开政府信息87条。",
    "一、总体情况\n2008年以来，我局持续推进政府信息公开工作。\n二、主动公开政府信息情况\n全年主动公开政府信息87条。",
    "一、总体情况\n2021年中，某县气象局调整了领导小组。\n二、主动公开政府信息情况\n全年主动公开政府信息87条。",
])
def test_guard_a_date_or_a_span_opening_the_body_gives_no_year(body):
    assert reportparse.parse_text(_STATUTE + body + _REQUESTS).year is None


def test_guard_the_statistics_period_still_comes_first():
    report = reportparse.parse_text(
        _STATUTE + "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况\n2021年，某县气象局编制本报告。\n"
        "二、主动公开政府信息情况\n2020年主动公开政府信息87条。" + _REQUESTS)
    assert report.year == 2020


# ---- round nine: a copy in traditional script whose first line is its preamble (本報告根據…《關於做好…報告…的通知》) ----

def test_a_traditional_preamble_is_no_title_and_its_period_gives_the_year():
    report = reportparse.parse_text(
        "本報告根據《中華人民共和國政府信息公開條例》和縣人民政府辦公室《關於做好2011年政府信息公開年度報告編制工作的通知》"
        "編制。報告中所列數據的統計期限自2011年1月1日至2011年12月31日止。\n一、總體情況\n全縣政府信息公開工作有序開展。\n"
        "（一）主動公開情況\n我局2011年度共主動公開政府信息137條。\n（二）依申請公開情況\n我局沒有收到要求政府信息公開的申請。")
    assert report.title is None
    assert report.year == 2011 and report.template == "legacy"
    assert report.value("disclosure.total") == 137
    assert report.value("requests.new", applicant="total") == 0


# ---- round nine: the opening sentence publishes the report's name in title marks (现发布《X镇2022年…年度报告》) ----

def test_the_published_name_in_title_marks_is_the_title():
    report = reportparse.parse_text(
        "根据《中华人民共和国政府信息公开条例》要求，现发布《某县青石镇2022年政府信息公开工作年度报告》。报告中所列数据统计"
        "期限为2022年1月1日到12月31日。 一、总体情况 2022年，我镇全年主动公开政务信息417条，包括政府网站58条。")
    assert report.title == "某县青石镇2022年政府信息公开工作年度报告"
    assert report.year == 2022
    assert report.value("disclosure.total") == 417


def test_guard_a_notice_naming_a_report_in_title_marks_is_still_refused():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text("根据工作安排，现转发《关于做好2022年政府信息公开工作年度报告编制工作的通知》，请遵照执行。\n"
                               "一、按时报送。\n二、规范格式。")
