"""Crawler damage to table 三 (stop 26): one cell a line, each closed by a pipe, a row ended by a '||' line, and the
applicant cells left blank, each a lone '|' line, with only the 总计 cell printed. Invented text and figures."""
import pytest

import reportparse

HEAD = ("岚峰县统计局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，本局认真做好政府信息公开工作。\n"
        "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n"
        "||||||||\n自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n"
        "|||||\n")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org")


def row(label: str, total: int, blanks: int = 6) -> str:
    return f"{label} |\n" + "|\n" * blanks + f"{total} |\n||\n"


def table(new_blanks: int = 6) -> str:
    return (HEAD + row("一、本年新收政府信息公开申请数量", 17, new_blanks) + row("二、上年结转政府信息公开申请数量", 4)
            + "三、本年度办理结果 |\n" + row("(一)予以公开", 11))


def test_blank_applicant_cells_as_lone_pipe_lines_and_a_printed_total():
    report = reportparse.parse_text(table())
    got = {(i.key, i.applicant): i.value for i in report.indicators}
    for key, total in (("requests.new", 17), ("requests.carried_over", 4), ("requests.granted", 11)):
        assert got[(key, "total")] == total
        assert all(got[(key, a)] is None for a in APPLICANTS), key      # blank cells are null, never 0


@pytest.mark.parametrize("blanks", [5, 3, 1])
def test_a_row_short_of_its_blank_cells_is_not_read(blanks):
    """Guard: with fewer lone pipes than the template's applicant columns the total's column is not known."""
    report = reportparse.parse_text(table(blanks))
    assert not [i for i in report.indicators if i.key == "requests.new"]
    assert any("本年新收政府信息公开申请数量" in w and "not read" in w for w in report.warnings)
