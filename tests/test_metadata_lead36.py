"""Metadata a held-out set of real pages showed unread (invented bodies and figures; the districts are real so their
codes can be asserted): a title-less report written by a section of its body (由X街道党政办公室综合科编制) names that
body as issuer, so its own sentences are not read as a part's; a bracketed date on a CMS's line of page facts; a
school's report under its own statute gets no template and its two-year period; a department calls itself a bare 厅."""
import pytest

import reportparse

_STREET = ("本年度报告是根据《中华人民共和国政府信息公开条例》的要求,由无锡市锡山区人民政府青枫街道{office}编制。"
           "全文包括总体情况、主动公开政府信息情况等。\n"
           "一、总体情况\n(一)主动公开情况。2023年度,青枫街道全年主动公开信息47条。\n"
           "(二)依申请公开情况。2023年度青枫街道收到政府信息公开申请三件,已办理完毕。\n")


@pytest.mark.parametrize("office", ["党政办公室综合科", "党政办", "党政综合办公室"])
def test_a_title_less_report_written_by_a_section_of_its_body(office):
    report = reportparse.parse_text(_STREET.format(office=office))
    assert report.issuer.name == "无锡市锡山区人民政府青枫街道"
    assert report.issuer.kind == "township"
    assert report.issuer.region.code == "320205"
    got = {(i.key, i.applicant): i.value for i in report.indicators if not i.derived}
    assert got == {("disclosure.total", None): 47, ("requests.new", "total"): 3}


def test_another_street_named_is_still_a_part():
    text = _STREET.format(office="党政办公室").replace("2023年度青枫街道收到", "2023年度红柳街道收到")
    report = reportparse.parse_text(text)
    assert ("requests.new", "total") not in {(i.key, i.applicant) for i in report.indicators}


@pytest.mark.parametrize("line", [
    "[2024-01-26]   发布单位:办公室   阅读次数:318",
    "【2024-01-26】 来源:本网  点击:318",
    "2024-01-26   發布單位:辦公室",
])
def test_a_bracketed_date_on_the_page_facts_line(line):
    text = (f"某某县青枫镇人民政府2023年政府信息公开工作年度报告\n\n{line}\n\n"
            "一、总体情况\n2023年,我镇主动公开政府信息52条。\n")
    assert reportparse.parse_text(text).published == "2024-01-26"


_SCHOOL = ("2025年度信息公开工作年报\n\n[2025-10-28]   发布单位:办公室   阅读次数:902\n\n"
           "2024—2025年度,某某职业技术学院深入贯彻落实教育部《高等学校信息公开办法》精神,结合我校2024—2025年度"
           "信息公开工作实际,现将本年度信息公开工作报告如下:\n一、概述\n学校将信息公开作为一项重要工作。\n")


def test_a_schools_report_under_its_own_statute():
    report = reportparse.parse_text(_SCHOOL)
    assert report.year == 2025
    assert report.template is None
    assert any("no template: an academic year's report (2024-2025)" in w for w in report.warnings)
    # its period ends on 31 August: a date in October of the year is after it
    assert report.published == "2025-10-28"


def test_a_schools_report_with_a_calendar_year():
    text = _SCHOOL.replace("2024—2025年度,", "2025年,").replace("我校2024—2025年度", "我校")
    report = reportparse.parse_text(text)
    assert report.year == 2025
    assert report.template is None
    assert any("no template: a school's report under 《高等学校信息公开办法》" in w for w in report.warnings)


def test_a_school_citing_the_regulations_gets_the_years_template():
    text = _SCHOOL.replace("教育部《高等学校信息公开办法》", "《中华人民共和国政府信息公开条例》")
    report = reportparse.parse_text(text)
    assert report.template == "2021"
    assert report.published is None       # the calendar year 2025 has not ended by 28 October


@pytest.mark.parametrize("sentence, year", [
    ("主动公开全面落实。2019 年,厅门户网站新增信息1437条。", 2019),
    ("主动公开全面落实。2022年,局网站发布信息622条。", 2022),
    ("主动公开全面落实。2022年,局将进一步加强网站建设。", None),     # a plan, not the report's year
])
def test_a_department_that_calls_itself_by_its_kind(sentence, year):
    text = ("依据《中华人民共和国政府信息公开条例》第五十条之规定,制作本报告。\n一、总体情况\n"
            f"本年度,我厅全面贯彻落实《条例》。\n{sentence}\n")
    assert reportparse.parse_text(text, require_report=False).year == year


@pytest.mark.parametrize("issuer", ["青枫镇政府", "青枫乡政府"])
def test_a_township_called_its_government_short(issuer):
    # its title names no county: the one county its first pages name is its region (a township's)
    text = (f"{issuer}2016年信息公开工作年度报告\n发布时间:2017-03-02\n\n"
            f"{issuer[:3]}2016年度政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制而成。"
            "主要通过本镇政府网站和苍南县政府信息公开网站公开政府信息。\n一、概述\n全年主动公开政府信息83条。\n")
    report = reportparse.parse_text(text)
    assert report.issuer.kind == "township"
    assert report.issuer.region.code == "330327"
    assert report.value("disclosure.total") == 83
