"""A copy that kept only a part of table 二 — its (八) and (九) sections under their 第二十条 headings — and no table 三
nor any wording that names the template (a held-out page of stop 28): the template is taken from the year (2019–2020:
the 2019 template, the one with (九) 政府集中采购) and the part's figures are read, said in a warning. Invented text."""
import pytest

import reportparse

HEAD = ("岚峰县住房和城乡建设局{year}年政府信息公开工作年度报告\n发布日期：2021-01-26\n一、总体情况\n"
        "{year}年，我局主动公开政府信息173条。\n二、主动公开政府信息情况\n")
TAIL = "三、收到和处理政府信息公开申请情况\n{year}年新收政府信息公开申请4件。\n"
NINE_LINES = "第二十条第（九）项\n信息内容\n采购项目数量\n采购总金额\n政府集中采购\n7\n365000元 |\n"
NINE_PIPES = "第二十条第（九）项\n信息内容 | 采购项目数量 | 采购总金额\n政府集中采购 | 7 | 365000元\n"
EIGHT = "第二十条第（八）项\n信息内容\n上一年项目数量\n本年增/减\n行政事业性收费\n6\n-1 |\n"


def parse(part: str, year: int = 2020):
    return reportparse.parse_text(HEAD.format(year=year) + part + TAIL.format(year=year))


@pytest.mark.parametrize("part", [NINE_LINES, NINE_PIPES])
def test_table_two_holding_only_its_section_nine(part):
    report = parse(part)
    got = {i.key: i for i in report.indicators if not i.derived}
    assert report.template == "2019"
    assert (got["disclosure.procurement.projects"].value, got["disclosure.procurement.amount"].value) == (7, 365000)
    assert got["disclosure.procurement.amount"].source.method == "table"
    assert got["disclosure.procurement.projects"].label == "政府集中采购"
    assert (got["disclosure.total"].value, got["requests.new"].value) == (173, 4)
    assert any("template 2019 taken from the year 2020" in w for w in report.warnings)


def test_table_two_holding_its_sections_eight_and_nine():
    got = {i.key: i.value for i in parse(EIGHT + NINE_LINES).indicators if not i.derived}
    assert (got["disclosure.fees.items_prev_year"], got["disclosure.fees.items_change"],
            got["disclosure.procurement.projects"], got["disclosure.procurement.amount"]) == (6, -1, 7, 365000)


@pytest.mark.parametrize("part", [NINE_LINES, NINE_PIPES])
def test_section_nine_in_a_2021_template_year_is_read_under_its_own_header(part):
    """The 2021 template has no (九), but a 2022 report that prints it under its 采购项目数量 | 采购总金额 header gives
    its figures (SCHEMA: each row takes the key of its own label; test_table2_kept_rows.py), where it was left out."""
    got = {i.key: i.value for i in parse(part, 2022).indicators if i.key.startswith("disclosure.procurement")}
    assert got == {"disclosure.procurement.projects": 7, "disclosure.procurement.amount": 365000}


def test_a_notice_with_section_nine_is_still_refused():
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text("关于报送2020年政府集中采购情况的通知\n各单位：\n" + NINE_PIPES)
