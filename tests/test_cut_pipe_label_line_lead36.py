"""A copy that ends inside a pipe row whose figures stand on its label's own line ("行政强制 | 7 | 3 |", a page
excerpt cut there; a held-out county bureau's 2019 table 二): one pipe after the label and between each two figures
keeps every cell in its column, so the figures closed by a pipe are the row's first columns and are read; the figure
the text ends in, not closed, may be cut inside and is not. A blank cell, or text after the row, leaves it unread.
Invented texts and numbers."""
import pytest

import reportparse

HEAD = ("丰源县交通运输局2019年政府信息公开工作年度报告\n一、总体情况\n2019年，我局推进政务公开。\n"
        "二、主动公开政府信息情况\n第二十条第(一)项 | ||||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | |\n"
        "规章 | 4 | 3 | 26 | |\n规范性文件 | 9 | 8 | 41 | |\n第二十条第(五)项 | ||||\n"
        "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n行政许可 | 17 | 2 | 365 | |\n"
        "其他对外管理服务事项 | 6 | 1 | 12 | |\n第二十条第(六)项 | ||||\n"
        "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n行政处罰 | 13 | 5 | 248 | |\n".replace("罰", "罚"))


def _coercion(report):
    return {i.key.rsplit(".", 1)[1]: i.value for i in report.indicators if i.key.startswith("disclosure.coercion.")}


@pytest.mark.parametrize("tail, read", [
    ("行政强制 | 7 | 3 |", {"items_prev_year": 7, "items_change": 3}),
    ("行政强制 | 7 | ", {"items_prev_year": 7}),
    ("行政强制 | 7 | 3", {"items_prev_year": 7}),         # the last figure, not closed, may be cut inside
])
def test_the_figures_closed_by_a_pipe_on_the_labels_line(tail, read):
    report = reportparse.parse_text(HEAD + tail)
    assert _coercion(report) == read
    assert report.value("disclosure.penalty.decisions") == 248
    assert report.value("disclosure.licensing.items_prev_year") == 17
    assert any("行政强制" in w and "the text ends after" in w for w in report.warnings)


@pytest.mark.parametrize("tail", [
    "行政强制 | | 7 |",                 # a blank first cell: the figure's column is not the first
    "行政强制 7 | 3 |",                 # no pipe after the label
    "行政强制 | 7 | 3 |\n行政事业性收费 | 2 | 0 | 5 | |\n",      # the row is not cut at the text's end
])
def test_a_row_the_pipes_do_not_prove_cut(tail):
    report = reportparse.parse_text(HEAD + tail)
    assert _coercion(report) == {}
    assert any("'行政强制': 2 cells where the template has 3; not read" in w for w in report.warnings)
