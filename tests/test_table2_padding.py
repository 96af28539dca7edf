"""A 2019 table 二 in markdown pipe rows (a crawled page), every row padded to the table's width: a row with blank cells
at both ends ("| 政府集中采购 |  | 2345.6万元 |  |") is read where the same table's rows of its width and column count
(its block's 信息内容 header row, or a row printing every figure) all keep their padding at one end, and stays unread,
said, where none shows it or they disagree (before: unread in every case). Invented tables, distinct numbers; tests named
*guard* pass on the start tree."""
import pytest

import reportparse

_HEAD = "某县水利局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
_T3 = "三、收到和处理政府信息公开申请情况\n| 本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n"


def _parse(rows, width=4, lead=0):
    """rows as pipe lines padded with blank cells to `width` (after `lead` blank cells of a merged label column)."""
    lines = "".join("| " + " | ".join(r[:1] + [""] * (lead if len(r) > 1 else 0) + r[1:] + [""] * (width - len(r)))
                    + " |\n" for r in rows)
    return reportparse.parse_text(_HEAD + lines + _T3)


def _got(report, *prefixes):
    return {i.key.removeprefix("disclosure."): i.value for i in report.indicators
            if i.key.startswith(tuple(f"disclosure.{p}." for p in prefixes))}


_FIVE = [["第二十条第（五）项"], ["行政许可", "12", "-3", "40"], ["其他对外管理服务事项", "", "1", "22"]]
_SIX = [["第二十条第（六）项"], ["行政处罚", "26", "4", "43"], ["行政强制", "11", "2", "6"]]


def test_a_header_row_shows_where_the_padding_is():
    report = _parse([["第二十条第（八）项"], ["信息内容", "上一年项目数量", "本年增/减"], ["行政事业性收费", "35", ""],
                     ["第二十条第（九）项"], ["信息内容", "采购项目数量", "采购总金额"], ["政府集中采购", "", "2345.6万元"]])
    assert _got(report, "fees", "procurement") == {"fees.items_prev_year": 35, "fees.items_change": None,
                                                   "procurement.projects": None, "procurement.amount": 23_456_000}
    amount = next(i for i in report.indicators if i.key == "disclosure.procurement.amount")
    assert "padding at the same end" in amount.source.note


def test_with_no_header_row_a_row_printing_every_figure_shows_it():
    report = _parse([["第二十条第（八）项"], ["行政事业性收费", "35", "-1"],
                     ["第二十条第（九）项"], ["政府集中采购", "", "2345.6万元"]])
    assert _got(report, "procurement") == {"procurement.projects": None, "procurement.amount": 23_456_000}


def test_a_table_wider_than_its_columns():
    report = _parse(_FIVE + _SIX, width=5)
    assert _got(report, "other_services") == {"other_services.items_prev_year": None,
                                              "other_services.items_change": 1, "other_services.decisions": 22}


def test_padding_before_the_figures_a_merged_label_column():
    report = _parse([["第二十条第（八）项"], ["行政事业性收费", "35", "-1"], ["第二十条第（九）项"], ["政府集中采购", "17", ""]],
                    width=3, lead=1)
    assert _got(report, "procurement") == {"procurement.projects": 17, "procurement.amount": None}


def test_guard_no_row_shows_the_padding():
    report = _parse([["第二十条第（八）项"], ["行政事业性收费", "35", ""], ["第二十条第（九）项"], ["政府集中采购", "", "2345.6万元"]])
    assert _got(report, "procurement") == {}
    assert any("政府集中采购" in w and "blank cells at both ends" in w for w in report.warnings)


def test_guard_rows_that_disagree_settle_nothing():
    report = _parse([["第二十条第（八）项"], ["行政事业性收费", "35", "-1", ""], ["第二十条第（九）项"],
                     ["政府集中采购", "", "2345.6万元", ""], ["第二十条第（十）项"], ["行政事业性收费", "", "9", "-2"]],
                    width=4)
    assert _got(report, "procurement") == {}


@pytest.mark.parametrize("between, read", [("注：本表数据截至年底。\n", False), ("\n", True), ("\n\n", True)])
def test_only_rows_of_the_same_table_show_it(between, read):
    """A line of text parts two tables; blank lines (a crawler spacing every line) do not."""
    rows = "| 第二十条第（八）项 | | |\n| 行政事业性收费 | 35 | -1 | |\n" + between + \
        "| 第二十条第（九）项 | | |\n| 政府集中采购 | | 2345.6万元 | |\n"
    report = reportparse.parse_text(_HEAD + rows + _T3)
    assert _got(report, "procurement") == ({"procurement.projects": None, "procurement.amount": 23_456_000}
                                           if read else {})
