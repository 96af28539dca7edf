"""HTML pages, round three (stop 26): forms government sites publish and the damage they bring, read cell by cell
on invented reports; rows whose cells cannot be told apart are said and left unread, never guessed."""
import reportparse

T2 = """青岚县人民政府2021年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 5 11 27
行政规范性文件 {row}
第二十条第（五）项
信息内容 本年处理决定数量
行政许可 3872
"""


def _t2(row: str) -> tuple[dict, list]:
    report = reportparse.parse(T2.format(row=row).encode("utf-8"))
    return {i.value_id: i.value for i in report.indicators if i.value_id.startswith("disclosure")}, report.warnings


def test_one_figure_that_can_stand_alone_in_a_row_of_table_2_is_not_split_into_its_digits():
    # "400" under three columns is a figure with two blank cells left out (a page read in flow order, a PDF's copy)
    # as well as three digits run together: table 二 has no arithmetic to tell; it was read as 4 | 0 | 0
    got, warnings = _t2("400")
    assert got == {"disclosure.regulations.issued": 5, "disclosure.regulations.repealed": 11,
                   "disclosure.regulations.in_force": 27, "disclosure.licensing.decisions": 3872}
    assert any("行政规范性文件" in w and "not read" in w for w in warnings)


def test_digits_that_cannot_be_one_figure_are_still_read_as_cells():
    # (a guard) "000" is no figure of its own (a leading zero): its cells run together, 0 | 0 | 0
    got, _w = _t2("000")
    assert [got.get(f"disclosure.normative_docs.{c}") for c in ("issued", "repealed", "in_force")] == [0, 0, 0]
