"""Crawler damage to table 三 (hunt36a): a web table stored a cell a line with every pipe a separator. A row's line
holds its label closed by a pipe and maybe its first cell ('…数量 | 14 |' or '…数量 |'), each blank cell is a lone
'|' line, and the last cell (总计) a line opened and closed ('| 14 |'), or left open where the copy ends. Read a line
a cell such a row is a cell short; every pipe a separator, it fills the seven columns. Invented text and figures."""
import pytest

import reportparse

HEAD = ("青岚区发展和改革局2020年政府信息公开工作年度报告\n一、总体情况\n2020年，本局认真做好政府信息公开工作。\n"
        "三、收到和处理政府信息公开申请情况\n"
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
        "自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n")
APPLICANTS = ("commercial", "research", "social_welfare", "legal_service", "other_org")


def first_and_total(label: str, first: int, total: int, blanks: int = 4, closed: bool = True) -> str:
    return f"{label} | {first} |\n" + "|\n" * blanks + f"| {total}" + (" |\n" if closed else "")


def total_only(label: str, total: int, blanks: int = 5) -> str:
    return f"{label} |\n" + "|\n" * blanks + f"| {total} |\n"


def text(new_blanks: int = 4, granted_total: int = 9, cut: bool = False) -> str:
    return (HEAD + first_and_total("一、本年新收政府信息公开申请数量", 14, 14, new_blanks)
            + total_only("二、上年结转政府信息公开申请数量", 3)
            + first_and_total("三、本年度办理结果 | (一)予以公开", 9, granted_total)
            + first_and_total("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", 5, 5, closed=not cut)
            + ("" if cut else "\n四、政府信息公开行政复议、行政诉讼情况\n"))


def values(report) -> dict:
    return {(i.key, i.applicant): i.value for i in report.indicators if i.key.startswith("requests.")}


@pytest.mark.parametrize("cut", [False, True])
def test_every_pipe_a_separator_fills_the_row(cut):
    got = values(reportparse.parse_text(text(cut=cut)))
    assert got[("requests.new", "natural_person")] == 14 and got[("requests.new", "total")] == 14
    assert got[("requests.carried_over", "total")] == 3 and got[("requests.carried_over", "natural_person")] is None
    assert got[("requests.granted", "natural_person")] == 9 and got[("requests.granted", "total")] == 9
    assert got[("requests.partially_granted", "natural_person")] == 5
    assert got[("requests.partially_granted", "total")] == 5
    for key in ("requests.new", "requests.carried_over", "requests.granted", "requests.partially_granted"):
        assert all(got[(key, a)] is None for a in APPLICANTS), key      # blank cells are null, never 0


def test_provenance_points_at_the_printed_total():
    ind = reportparse.parse_text(text()).get("requests.carried_over", "total")
    assert ind.raw == "3" and ind.source.method == "table" and ind.source.text.endswith("| 3 |")
    assert "every pipe read as a separator" in ind.source.note


def test_a_row_whose_sum_fails_leaves_the_layout_unproven():
    """Guard: a row's printed figure beside its total disagrees with it (other cells blank): the table does not prove
    every pipe a separator, and no row is read so (a total-only row's column is then not known)."""
    got = values(reportparse.parse_text(text(granted_total=11)))
    assert got.get(("requests.granted", "total")) is None and got.get(("requests.carried_over", "total")) is None


def test_a_figure_line_inside_the_row_keeps_the_other_layout():
    """Guard: '| 2 |' between the label's line and the last line is the separator-counted layout (a figure line a
    cell): not re-read with every pipe a separator."""
    row = "一、本年新收政府信息公开申请数量 | 4 |\n| 2 |\n|\n|\n|\n|\n| 6 |\n"
    got = values(reportparse.parse_text(HEAD + row + "\n四、政府信息公开行政复议、行政诉讼情况\n"))
    assert got.get(("requests.new", "commercial")) in (2, None)
    assert got.get(("requests.new", "total")) in (6, None)
