"""Metadata classes the stop-58 held-out sets left (heldout58c F–H and its clear errors), with invented pages: a period
whose 年 was lost, a breadcrumb set apart by spaces, a title under a line of chrome, a title wrapped inside its issuer's
name, a preface's label, the date after the source fact."""
import pytest

import reportparse

BODY = "一、概述\n本年度我局主动公开政府信息35条。\n"


@pytest.mark.parametrize("period, year", [
    ("本报告中使用数据统计期限为20231月1日至12月31日。", 2023),
    ("本报告所列数据统计期限为20191月1日至2019年12月31日。", 2019),
    ("本报告中所列数据的统计期限为20221月1日起至12月31日止。", 2022),
])
def test_a_period_that_lost_its_年_gives_the_year_where_the_whole_year_follows(period, year):
    r = reportparse.parse_text("岚峰县气象局政府信息公开工作年度报告\n" + period + "\n" + BODY)
    assert r.year == year
    if year:
        assert r.template == ("2021" if year >= 2021 else "2019")


@pytest.mark.parametrize("period", [
    "本报告中使用数据统计期限为20231月1日。",             # no end: the year's days not said
    "本报告中使用数据统计期限为202311月1日至12月31日。",    # the month's first digit run into the year: not settled
])
def test_a_damaged_period_without_the_whole_year_settles_none(period):
    assert reportparse.parse_text("岚峰县气象局政府信息公开工作年度报告\n" + period + "\n" + BODY).year is None


@pytest.mark.parametrize("crumb", [
    "首页 政府信息公开 岚峰区人民政府 政府信息公开年度报告 各部门、街道政府信息公开年度报告 ",
    "首页　信息公开　政府信息公开年报　部门年报",
])
def test_a_breadcrumb_set_apart_by_spaces_is_no_title(crumb):
    r = reportparse.parse_text(crumb + "\n\n依申请公开受理\n\n历史档案\n\n2017年岚峰县某区发展和改革委员会政府信息公开工作年度报告\n\n"
                               + BODY)
    assert r.title == "2017年岚峰县某区发展和改革委员会政府信息公开工作年度报告"
    assert r.year == 2017 and r.template == "legacy"
    assert r.issuer.name == "岚峰县某区发展和改革委员会"


def test_a_year_first_title_without_its_issuer_still_joins_the_line_above():
    r = reportparse.parse_text("岚峰县某某镇人民政府\n2018年政府信息公开工作年度报告\n" + BODY)
    assert r.title == "岚峰县某某镇人民政府2018年政府信息公开工作年度报告"


@pytest.mark.parametrize("first, second, title", [
    ("某某市岚峰区人民政府某某街道", "办事处2023年政府信息公开工作年度报告", "某某市岚峰区人民政府某某街道办事处2023年政府信息公开工作年度报告"),
    ("某某省岚峰县", "人民政府2022年政府信息公开工作年度报告", "某某省岚峰县人民政府2022年政府信息公开工作年度报告"),
])
def test_a_title_wrapped_inside_its_issuers_name_is_joined(first, second, title):
    assert reportparse.parse_text(first + "\n" + second + "\n" + BODY).title == title


@pytest.mark.parametrize("label", ["编制说明", "报告说明", "说明"])
def test_a_prefaces_label_is_no_title(label):
    r = reportparse.parse_text(label + ":本年度报告根据《中华人民共和国政府信息公开条例》和省、市相关规定编制,内容包括:概述,主动公开,"
                               "依申请公开等部分。本年度报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。\n" + BODY)
    assert r.title is None
    assert r.year == 2018


@pytest.mark.parametrize("facts, published", [
    ("来源:某乡   2019-03-12 10:05\n浏览量:7", "2019-03-12"),
    ("来源:某乡 2019-03-14 10:05 点击:7", "2019-03-14"),
    ("信息来源：某乡人民政府　2019-03-15\n阅读次数：12", "2019-03-15"),
    ("来源:某乡 2019-03-12", None),             # no fact after it: a date alone is not told from a capture time
])
def test_the_date_after_the_source_fact_is_the_pages(facts, published):
    r = reportparse.parse_text("岚峰县某乡2018年政府信息公开年度报告\n" + facts + "\n" + BODY)
    assert r.published == published


@pytest.mark.parametrize("name, issuer", [
    # the body that compiled it, its other name in brackets after it
    ("岚峰区行政审批服务管理办公室(公共资源交易管理委员会办公室)", "岚峰区行政审批服务管理办公室"),
    ("岚峰区某某镇人民政府", "岚峰区某某镇人民政府"),
])
def test_the_compiler_named_in_the_opening_is_the_issuer(name, issuer):
    r = reportparse.parse_text("本年报是根据《中华人民共和国政府信息公开条例》要求,由" + name + "编制的2017年度政府信息公开工作年度报告。"
                               "全文包括主动公开政府信息的情况等。\n" + BODY)
    assert r.issuer.name == issuer


# ---- an untitled page whose preface label is no title still reads as a report (merge of leads59 with hunt59) --------
# its opening names itself and says what it holds after the verb that made it (…的规定编制,内容包括:…等六项内容) and the
# year's whole statistics period: a report's preamble, though no statute is named
_PREFACE = ("编制说明:本年度报告根据国、省、市政府信息公开相关法律、法规的规定编制,内容包括:总体情况、主动公开政府信息情况、"
            "收到和处理政府信息公开申请情况、行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六项内容。"
            "{period}\n一、总体情况\n2024年,我镇门户网今年主动公开政府信息37条。\n")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_preface_naming_its_contents_and_period_opens_a_report(script):
    text = _PREFACE.format(period="本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。")
    if script == "traditional":
        text = text.replace("编制说明", "編製說明").replace("报告", "報告").replace("内容", "內容").replace("统计期限", "統計期限")
    report = reportparse.parse_text(text)
    assert report.title is None and report.year == 2024
    assert {i.key: i.value for i in report.indicators}.get("disclosure.total") == 37


def test_a_preface_without_the_years_period_is_still_refused():
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(_PREFACE.format(period=""))
