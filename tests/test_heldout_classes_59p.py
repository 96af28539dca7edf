"""heldout59's classes (classes59p): a member of a channel's 其中/包括 breakdown is never the proactive total; an office
named by its work (地方志办公室, 人防办公室) is a department, not a government's general office; a report its government
or office compiled from its area's parts' work (…汇总全省各市…工作情况编制而成, 现综合各地…编制) is an aggregate; a
CMS title field with spaces between its characters in traditional script is cut; an issuer named as whose year's work
the report is, and a street's name cut at 街 in its title completed. All names and figures are invented."""
from __future__ import annotations

import pytest

import reportparse
from reportparse.issuer import issuer_kind

HEAD = "云栖县文旅局2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n"


def _values(text: str) -> dict:
    report = reportparse.parse_text(text)
    return {i.key: i.value for i in report.indicators if i.period == "year"}


# --- A1: a member of a channel's count's breakdown -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "全年,官方网站发布信息517条(其中:概况类信息302条,政务动态信息176条,信息公开目录主动公开信息39条)。微信公众号发布信息88条。",
    "全年,门户网站发布信息517条(其中概况类信息302条、政务动态信息176条、主动公开政府信息39条)。微信公众号发布信息88条。",
    "全年,官方网站发布信息517条,其中概况类信息302条,政务动态信息176条,信息公开目录主动公开信息39条。微信公众号发布信息88条。",
    "全年,门户网站发布信息517条,包括概况类信息302条、政务动态信息176条、主动公开政府信息39条。微信公众号发布信息88条。",
])
def test_a_member_of_a_channels_breakdown_is_never_the_total(sentence):
    values = _values(HEAD + sentence + "\n")
    assert "disclosure.total" not in values
    assert values.get("disclosure.via_website") == 517
    assert values.get("disclosure.via_new_media", 88) == 88


def test_guard_the_total_said_beside_a_channels_breakdown_is_read():
    values = _values(HEAD + "全年主动公开政府信息640条。门户网站发布信息517条(其中:工作动态信息302条,"
                     "信息公开目录主动公开信息39条)。\n")
    assert values["disclosure.total"] == 640
    assert values["disclosure.via_website"] == 517


def test_guard_a_total_broken_down_by_its_channels_is_read():
    values = _values(HEAD + "全年主动公开政府信息640条,其中通过门户网站公开517条,通过微信公众号公开123条。\n")
    assert values["disclosure.total"] == 640
    assert values["disclosure.via_website"] == 517


def test_guard_a_proactive_count_in_a_breakdown_of_all_information_made_is_read():
    # (a legacy report's information made, broken down by how it is open: the proactive count is the total, no channel's)
    values = _values("云栖县文旅局2011年政府信息公开工作年度报告\n一、概述\n2011年制作、获取政府信息总数1873条,"
                     "其中主动公开政府信息425条,依申请公开信息46条。\n")
    assert values["disclosure.total"] == 425


# --- A2: an office named by its work is a department ----------------------------------------------------------------

@pytest.mark.parametrize("name, kind", [
    ("云栖省地方志办公室", "department"), ("云栖市人民防空办公室", "department"), ("云栖市机构编制委员会办公室", "department"),
    ("云栖市外事办公室", "department"), ("云栖市人民政府地方志办公室", "department"),
    ("云栖市人民政府办公室", "general_office"), ("云栖县政府办公室", "general_office"), ("云栖省人民政府办公厅", "general_office"),
    ("云栖高新区管委会办公室", "general_office"), ("云栖地区行署办公室", "general_office")])
def test_an_office_named_by_its_work_is_a_department(name, kind):
    assert issuer_kind(name, "") == kind
    report = reportparse.parse_text(f"{name}2023年政府信息公开工作年度报告\n本年度报告根据《条例》编制。"
                                    "全年主动公开政府信息52条。\n")
    assert (report.issuer.name, report.issuer.kind) == (name, kind)


# --- B1: a report compiled from the area's parts' work is an aggregate ----------------------------------------------

STATUTE = "本报告依据《中华人民共和国政府信息公开条例》有关规定,"
PERIOD = "报告中所列数据的统计期限为2018年1月1日至2018年12月31日。\n一、基本情况概述\n2018年,全省各级行政机关深入推进政务公开。\n"


@pytest.mark.parametrize("title, clause, name", [
    ("云栖省2018年政府信息公开工作年度报告\n", "由云栖省人民政府办公厅汇总全省各市、省直管县(市)和省政府各部门政府信息与政务公开"
     "工作情况编制而成。", "云栖省人民政府"),
    ("", "由云栖市人民政府办公室汇总全市各县(市、区)及市政府各部门政府信息公开工作情况编制而成。", "云栖市人民政府"),
    ("云栖自治区人民政府2018年政府信息公开工作年度报告\n", "现综合各地、自治区政府组成部门及直属机构政府信息公开情况,编制发布本年度报告。",
     "云栖自治区人民政府"),
    ("雲棲自治區人民政府2018年政府信息公開工作年度報告\n", "現綜合各地、自治區政府組成部門及直屬機構政府信息公開情況,編制發布本年度報告。",
     "雲棲自治區人民政府"),
])
def test_a_report_compiled_from_its_areas_parts_work_is_an_aggregate(title, clause, name):
    report = reportparse.parse_text(title + STATUTE + clause + PERIOD)
    assert (report.issuer.name, report.issuer.kind) == (name, "aggregate")


def test_an_office_whose_name_says_its_government_twice_compiling_the_parts_is_an_aggregate():
    # (a misprint doubling 政府 leaves the office its government's, never a department named by its work)
    report = reportparse.parse_text(STATUTE + "由云栖区人民政府政府办公室综合区政府、各街道办事处和区政府各委、办、局2018年政府信息"
                                    "公开工作完成情况,统计汇总主要数据编制而成。" + PERIOD)
    assert report.issuer.kind == "aggregate"


@pytest.mark.parametrize("title, clause, kind", [
    ("云栖县人民政府办公室2018年政府信息公开工作年度报告\n", "由云栖县人民政府办公室综合本机关各科室的工作情况编制而成。", "general_office"),
    ("云栖县教育局2018年政府信息公开工作年度报告\n", "现综合本局各科室的政府信息公开情况,编制本年度报告。", "department"),
    ("云栖县人民政府2018年政府信息公开工作年度报告\n", "现结合本机关政府信息公开情况,编制本年度报告。", "government"),
])
def test_guard_a_body_compiling_its_own_work_keeps_its_kind(title, clause, kind):
    report = reportparse.parse_text(title + STATUTE + clause + "报告中所列数据的统计期限为2018年1月1日至2018年12月31日。\n"
                                    "一、概述\n2018年,本机关深入推进政务公开。\n")
    assert report.issuer.kind == kind


# --- B2: a title field spaced out, in traditional script ------------------------------------------------------------

@pytest.mark.parametrize("field", ["標      題 ", "標   題 ", "題      目 ", "名      稱 ", "标   题 "])
def test_a_spaced_title_field_is_no_part_of_the_title(field):
    report = reportparse.parse_text(field + "雲棲縣人民政府 2023年政府信息公開工作年度報告\n本報告根據《條例》編制。"
                                    "全年主動公開政府信息52條。\n")
    assert report.title == "雲棲縣人民政府 2023年政府信息公開工作年度報告"
    assert (report.issuer.name, report.issuer.kind) == ("雲棲縣人民政府", "government")


# --- B3: issuers named although the text names them -----------------------------------------------------------------

OPENING = ("根据《中华人民共和国政府信息公开条例》的有关要求,特编制本报告。\n本报告由概述、主动公开政府信息情况等部分组成。"
           "本报告中所列数据的统计期限从2012年1月1日起至2012年12月31日止。\n")


@pytest.mark.parametrize("sentence, name, kind", [
    ("本报告内容主要为云栖州人民政府办公厅2012年度的政府信息公开工作情况。", "云栖州人民政府办公厅", "general_office"),
    ("本报告主要反映云栖县教育局2012年度政府信息公开工作情况。", "云栖县教育局", "department"),
    ("本年度报告是云栖县人民政府2012年度的政府信息公开工作情况。", "云栖县人民政府", "government"),
])
def test_an_issuer_named_as_whose_years_work_the_report_is(sentence, name, kind):
    report = reportparse.parse_text(OPENING + sentence + "\n一、概述\n全年主动公开政府信息52条。\n")
    assert (report.issuer.name, report.issuer.kind) == (name, kind)


def test_guard_a_report_of_a_years_work_naming_no_one_names_no_issuer():
    report = reportparse.parse_text(OPENING + "本报告主要反映2012年度政府信息公开工作情况。\n一、概述\n全年主动公开政府信息52条。\n")
    assert report.issuer.name is None


@pytest.mark.parametrize("title, body", [
    ("云栖湖街2021年政府信息公开工作年度报告\n", "由云栖湖街道办事处结合自身工作实际,对全年信息公开工作进行总结。"),
    ("云栖湖街2021年政府信息公开工作年度报告\n", "如有疑问,可与云栖湖街道办事处综合保障科联系。"),
])
def test_a_streets_name_cut_at_its_street_word_is_completed(title, body):
    report = reportparse.parse_text(title + "本年度报告根据《条例》编制," + body + "\n一、总体情况\n全年主动公开政府信息52条。\n")
    assert (report.issuer.name, report.issuer.kind) == ("云栖湖街道办事处", "township")


def test_guard_a_street_never_named_in_full_stays_as_titled():
    report = reportparse.parse_text("云栖湖街2021年政府信息公开工作年度报告\n本年度报告根据《条例》编制。\n"
                                    "一、总体情况\n全年主动公开政府信息52条。\n")
    assert report.issuer.name == "云栖湖街"


# --- the website named as the platform, the verb in the clause after it ---------------------------------------------

OFFICE = "云栖区人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n"


@pytest.mark.parametrize("sentence, n", [
    ("2022年,我办以政府网站作为主动公开政府信息第一平台,发布政府信息1863条。", 1863),
    ("2022年,我办以区政府门户网站作为政务公开主阵地,全年发布各类政务信息1741条。", 1741),
    ("2022年,我办以政府网站作为主动公开政府信息第一平台,发布政府信息1863条,通过微信公众号发布信息215条。", 1863),
])
def test_the_website_named_as_the_platform_gives_the_sites_count(sentence, n):
    values = _values(OFFICE + sentence + "\n")
    assert values.get("disclosure.via_website") == n
    assert values.get("disclosure.total", n) == n


@pytest.mark.parametrize("sentence", [
    "2022年,我办以政府网站、微信公众号作为主要平台,发布政府信息1863条。",
    "2022年,我办以政府网站作为主动公开政府信息第一平台,发布政府信息约1863条。",
])
def test_guard_two_platforms_or_a_rough_count_give_no_sites_count(sentence):
    assert "disclosure.via_website" not in _values(OFFICE + sentence + "\n")
