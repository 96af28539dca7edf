"""A table 二 in markdown pipe rows whose converter cut a row after its label cell and its figures over several lines
too: '| 规章 |' / '| 14 | 6 |' / '| 52 |' (a blank line, a page number or a rule may stand between the parts). Table
二 has no total to prove the join: the parts are the row's where they fill its columns exactly (no part runs past
them) and the next line holds no figures (the next row's label, a heading, the table's end); parts that overrun the
columns, or a further row of figures after them (a row whose label was lost: where the cut is is unknown), stay unread
(before: every such row unread, 'its label is printed but no figure follows it'). Invented tables, distinct numbers;
tests named *guard* pass on the start tree."""
import pytest

from test_table2_label_alone56 import _FIVE, _H2021, _got, _parse

_H2019_5 = "| 第二十条第（五）项 |\n| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n|---|---|---|---|\n"


_BOTH = {"regulations.issued": 14, "regulations.repealed": 6, "regulations.in_force": 52,
         "normative_docs.issued": 23, "normative_docs.repealed": 9, "normative_docs.in_force": 71}


@pytest.mark.parametrize("between", ["", "\n", "- 2 -\n", "\n第2页\n\n", "---\n"])
def test_2021_rows_cut_after_their_labels_and_between_their_figures(between):
    report = _parse(_H2021 + f"| 规章 |\n{between}| 14 | 6 |\n| 52 |\n| 行政规范性文件 |\n| 23 |\n{between}| 9 |\n"
                    "| 71 |\n" + _FIVE)
    assert _got(report, "regulations", "normative_docs", "licensing") == dict(_BOTH, **{"licensing.decisions": 317})
    note = next(i for i in report.indicators if i.key == "disclosure.normative_docs.repealed").source.note
    assert "fill its columns exactly" in note


def test_the_last_row_of_the_table_cut_before_the_next_section():
    report = _parse(_H2021 + "| 规章 | 14 | 6 | 52 |\n| 行政规范性文件 |\n| 23 | 9 |\n\n| 71 |\n")
    assert _got(report, "regulations", "normative_docs") == _BOTH


def test_2019_signed_change_cut_over_two_lines():
    report = _parse(_H2019_5 + "| 行政许可 |\n| 615 | -301 |\n| 177 |\n| 其他对外管理服务事项 | 727 | +398 | 163 |\n",
                    year=2019)
    assert _got(report, "licensing", "other_services") == {
        "licensing.items_prev_year": 615, "licensing.items_change": -301, "licensing.decisions": 177,
        "other_services.items_prev_year": 727, "other_services.items_change": 398, "other_services.decisions": 163}


def test_guard_parts_that_overrun_the_columns():
    """'| 52 | 23 |' runs past the row's three columns: the cut is not where the parts end."""
    report = _parse(_H2021 + "| 规章 |\n| 14 | 6 |\n| 52 | 23 |\n| 行政规范性文件 | 24 | 9 | 71 |\n")
    assert _got(report, "regulations") == {}
    assert _got(report, "normative_docs") == {"normative_docs.issued": 24, "normative_docs.repealed": 9,
                                              "normative_docs.in_force": 71}


def test_guard_a_further_row_of_figures_after_the_parts():
    """The next row's label lost: the figures after the label may be cut anywhere, the row's are not settled."""
    report = _parse(_H2021 + "| 规章 |\n| 14 | 6 |\n| 52 |\n| 23 | 9 | 71 |\n" + _FIVE)
    assert _got(report, "regulations") == {}
    assert _got(report, "licensing") == {"licensing.decisions": 317}
    assert any("规章" in w and "not read" in w for w in report.warnings)


def test_guard_words_in_a_part():
    report = _parse(_H2021 + "| 规章 |\n| 14 | 6 |\n| 52件 说明 |\n")
    assert _got(report, "regulations") == {}
