"""Table 四 as a converter writes a page's tables (a crawled page): each row's cells joined by ' | ' with no opening pipe
and no separator line, every row padded with blank cells to its table's widest ('51 | 43 | … | 161 | ||'). Fifteen
figures then blanks only: the blanks are the padding, and the fifteen are read (before: '16 cells where the template
has 15', the whole table unread). A row with a blank among its figures stays unread: its blanks past the figures do
not say where a cell was dropped. Invented tables, distinct numbers; tests named *guard*
pass on the start tree (tools/crawler_attack.py --only open_pipe_rows is the campaign)."""
import pytest

import reportparse
from conftest import tool_module

T4 = list(tool_module("crawler_attack").T4_IDS)

_HEAD = ("某县农业农村局2022年政府信息公开工作年度报告\n"
         "三、收到和处理政府信息公开申请情况\n"
         "申请人情况 | ||||||||\n"
         "一、本年新收政府信息公开申请数量 | 3 | 5 | 7 | 9 | 11 | 13 | 48 | ||\n"
         "二、上年结转政府信息公开申请数量 | 2 | 4 | 6 | 8 | 10 | 12 | 42 | ||\n"
         "四、政府信息公开行政复议、行政诉讼情况\n")
_HEADER = ("行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  | ||\n"
           "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  | ||\n"
           " |  |  |  |  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n")
_VALUES = [51, 43, 22, 17, 133, 36, 19, 28, 14, 97, 24, 59, 31, 26, 140]
_TAIL = "五、存在的主要问题及改进情况\n个别单位答复文书不够规范。\n"


def _row(values, pad: str) -> str:
    return " | ".join("" if v is None else str(v) for v in values) + " |" + pad + "\n"


def _t4(text: str) -> tuple[list, list[str]]:
    report = reportparse.parse_text(text)
    got = report.values()
    return [got.get(k) for k in T4], report.warnings


@pytest.mark.parametrize("pad", [" |", " ||", " |||"])
def test_fifteen_figures_padded_under_the_header_are_read(pad):
    got, warnings = _t4(_HEAD + _HEADER + _row(_VALUES, pad) + _TAIL)
    assert got == _VALUES
    assert not [w for w in warnings if "table 四" in w]


def test_a_markdown_row_padded_with_a_blank_cell_is_read():
    got, _ = _t4(_HEAD + _HEADER.replace("\n", " |\n") + "| " + _row(_VALUES, "  |"))
    assert got == _VALUES


def test_fifteen_figures_padded_with_no_header_are_read():
    # (the header rows lost: the heading, then the figures, read where R4 holds in each group)
    got, _ = _t4(_HEAD + _row(_VALUES, " ||") + _TAIL)
    assert got == _VALUES


def test_guard_a_padded_row_with_a_blank_among_its_figures_stays_unread():
    # 14 figures and blanks: a blank total, or a cell dropped and every figure after it a column early? not read
    shown = _VALUES[:6] + _VALUES[7:] + [None]
    got, warnings = _t4(_HEAD + _HEADER + _row(shown, " ||") + _TAIL)
    assert got == [None] * 15
    assert any("table 四" in w for w in warnings)


def test_a_padded_row_opening_with_a_pipe_is_read():
    # (' | 51 | …': an opening pipe, or a blank cell before fifteen figures, a merged label's: the fifteen are the columns)
    got, _ = _t4(_HEAD + _HEADER + _row([None] + _VALUES, " ||") + _TAIL)
    assert got == _VALUES


def test_guard_an_unpadded_row_reads_as_before():
    got, _ = _t4(_HEAD + _HEADER + _row(_VALUES, "") + _TAIL)
    assert got == _VALUES
