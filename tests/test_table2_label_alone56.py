"""A table 二 in markdown pipe rows whose converter cut a row after its label cell: '| 规章 |' on one line, the row's
figures '| 14 | 6 | 52 |' on the next (a page number or blank line may stand between). The figures' line is the row's
where it holds no words and fills the row's columns, and no second such line follows; labels stacked one a line over
rows of figures (a label column cut off) and a line short of the columns stay unread, said (before: every such row
unread). Invented tables, distinct numbers; tests named *guard* pass on the start tree."""
import pytest

import reportparse

_HEAD = "某县林业局{year}年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
_T3 = "三、收到和处理政府信息公开申请情况\n| 一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n"
_H2021 = "| 第二十条第（一）项 |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n"
_H2019 = "| 第二十条第（一）项 |\n| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n|---|---|---|---|\n"
_FIVE = "| 第二十条第（五）项 |\n| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 317 |\n"


def _parse(body, year=2022):
    return reportparse.parse_text(_HEAD.format(year=year) + body + _T3)


def _got(report, *prefixes):
    return {i.key.removeprefix("disclosure."): i.value for i in report.indicators
            if i.key.startswith(tuple(f"disclosure.{p}." for p in prefixes))}


@pytest.mark.parametrize("between", ["", "\n", "- 2 -\n", "\n第2页\n\n"])
def test_2021_rows_cut_after_their_labels(between):
    report = _parse(_H2021 + f"| 规章 |\n{between}| 14 | 6 | 52 |\n| 行政规范性文件 |\n| 23 | 9 | 71 |\n" + _FIVE)
    assert _got(report, "regulations", "normative_docs", "licensing") == {
        "regulations.issued": 14, "regulations.repealed": 6, "regulations.in_force": 52,
        "normative_docs.issued": 23, "normative_docs.repealed": 9, "normative_docs.in_force": 71,
        "licensing.decisions": 317}
    note = next(i for i in report.indicators if i.key == "disclosure.regulations.in_force").source.note
    assert "cut after its label" in note


def test_2019_one_row_cut_the_other_whole():
    report = _parse(_H2019 + "| 规章 | 3 | 8 | 45 |\n| 规范性文件 |\n| 27 | 19 | 264 |\n", year=2019)
    assert _got(report, "regulations", "normative_docs") == {
        "regulations.made": 3, "regulations.published": 8, "regulations.published_total": 45,
        "normative_docs.made": 27, "normative_docs.published": 19, "normative_docs.published_total": 264}


def test_guard_a_line_short_of_the_columns():
    report = _parse(_H2021 + "| 规章 |\n| 14 | 52 |\n| 行政规范性文件 | 23 | 9 | 71 |\n")
    assert _got(report, "regulations") == {}
    assert _got(report, "normative_docs") == {"normative_docs.issued": 23, "normative_docs.repealed": 9,
                                              "normative_docs.in_force": 71}
    assert any("规章" in w and "not read" in w for w in report.warnings)


def test_guard_labels_stacked_over_rows_of_figures():
    """The label column cut off the table: which row each line of figures is is not settled by the lines' order."""
    report = _parse(_H2021 + "| 规章 |\n| 行政规范性文件 |\n| 14 | 6 | 52 |\n| 23 | 9 | 71 |\n")
    assert _got(report, "regulations", "normative_docs") == {}


def test_guard_two_lines_of_figures_after_one_label():
    report = _parse(_H2021 + "| 规章 |\n| 14 | 6 | 52 |\n| 23 | 9 | 71 |\n" + _FIVE)
    assert _got(report, "regulations") == {}
    assert _got(report, "licensing") == {"licensing.decisions": 317}


def test_guard_words_in_the_next_line():
    report = _parse(_H2021 + "| 规章 |\n| 14 | 6 | 52件 说明 |\n")
    assert _got(report, "regulations") == {}
