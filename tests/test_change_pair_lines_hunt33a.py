"""A table 二 本年增/减 cell printing the increase and the decrease apart ('+(3) -(1)', '增加2 减少5', '+4/-0') in a
table printed one cell a line — bare lines, blank-line paragraphs, or each cell closed by its pipe — is one cell,
left unread as in a pipe row; so is such a pair among a row's space-separated figures where it cannot be two cells
(bracketed, worded, or unspaced). Before, its brackets or words ended the row as prose and the row's other figures
(上一年项目数量, 处理决定数量) were lost with it. Invented figures, distinct per cell."""
import pytest

import reportparse

HEAD = "岚峰县某某局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
ROWS = [
    ("第二十条第(五)项", None), ("信息内容", None), ("上一年项目数量", None), ("本年增/减", None), ("处理决定数量", None),
    ("行政许可", ["37", "+(3) -(1)", "412"]),
    ("其他对外管理服务事项", ["26", "-2", "95"]),
    ("第二十条第(六)项", None), ("信息内容", None), ("上一年项目数量", None), ("本年增/减", None), ("处理决定数量", None),
    ("行政处罚", ["58", "增加2 减少5", "131"]),
    ("行政强制", ["14", "+4/-0", "9"]),
]
EXPECTED = {
    "disclosure.licensing.items_prev_year": 37, "disclosure.licensing.decisions": 412,
    "disclosure.other_services.items_prev_year": 26, "disclosure.other_services.items_change": -2,
    "disclosure.other_services.decisions": 95,
    "disclosure.penalty.items_prev_year": 58, "disclosure.penalty.decisions": 131,
    "disclosure.coercion.items_prev_year": 14, "disclosure.coercion.decisions": 9,
}


def _document(sep: str, close: str) -> str:
    lines = []
    for label, cells in ROWS:
        lines.append(label + close)
        lines.extend(c + close for c in cells or ())
    return HEAD + sep.join(lines) + "\n"


def _table2(report):
    return {i.key: i.value for i in report.indicators if i.key.startswith("disclosure.")}


@pytest.mark.parametrize("sep, close", [("\n", ""), ("\n\n", ""), ("\n", " |")],
                         ids=["cell-a-line", "blank-line-paragraphs", "closed-cells"])
def test_change_pair_on_a_line_of_its_own_leaves_its_row_readable(sep, close):
    report = reportparse.parse_text(_document(sep, close))
    assert _table2(report) == EXPECTED
    for key in ("licensing", "penalty", "coercion"):
        assert any(w.startswith(f"disclosure.{key}.items_change: its cell prints an increase and a decrease")
                   for w in report.warnings)


@pytest.mark.parametrize("pair", ["+(3) -(1)", "增加3 减少1", "+3/-1"])
def test_pair_among_a_rows_space_separated_figures(pair):
    # bracketed, worded or unspaced, a pair cannot be two cells: one cell, unread, the row's others read
    text = HEAD + ("第二十条第(五)项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n"
                   f"行政许可 37 {pair} 412\n其他对外管理服务事项 26 -2 95\n")
    got = _table2(reportparse.parse_text(text))
    assert got == {"disclosure.licensing.items_prev_year": 37, "disclosure.licensing.decisions": 412,
                   "disclosure.other_services.items_prev_year": 26, "disclosure.other_services.items_change": -2,
                   "disclosure.other_services.decisions": 95}


def test_spaced_signed_figures_are_not_taken_for_one_cell():
    # '+3 -1' among other figures may be two cells: that row stays unread, nothing shifted into it
    for text in (_document("\n", "").replace("37\n+(3) -(1)\n", "37 +3 -1\n"),
                 HEAD + "第二十条第(五)项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 37 +3 -1 412\n"
                        "行政处罚 58 0 131\n"):
        got = _table2(reportparse.parse_text(text))
        assert not any(k.startswith("disclosure.licensing") for k in got)
        assert got["disclosure.penalty.decisions"] == 131
