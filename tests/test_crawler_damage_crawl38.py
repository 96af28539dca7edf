"""Crawler damage the campaign (tools/crawler_attack.py, seeds 57–58) lost table 四 to.

Table 四's pipe row with two neighbouring cells a crawler merged into one, the figures apart by a space (an HTML page's
'<td colspan="2">123&nbsp;44</td>', html_cells_merged): fourteen cells where the template has fifteen, so the whole
table was unread. Its cells are gathered under the header (block_cells), not as a label's row, so the pipe row's
figures-apart reading (tables._figures_apart) never applied to it; now each figure is its own cell where the cell
stands between pipes and R4 holds in all three groups with it split.

Guards: R4 failing with the figures split leaves table 四 unread; figures apart by a space outside a pipe cell
(one a line) are not split.
"""
import pytest

import reportparse

T4 = ["review.upheld", "review.corrected", "review.other", "review.pending", "review.total",
      "litigation.direct.upheld", "litigation.direct.corrected", "litigation.direct.other", "litigation.direct.pending",
      "litigation.direct.total", "litigation.after_review.upheld", "litigation.after_review.corrected",
      "litigation.after_review.other", "litigation.after_review.pending", "litigation.after_review.total"]
HEAD = ["鹭岭县人民政府2022年政府信息公开工作年度报告", "", "## 三、收到和处理政府信息公开申请情况", "",
        "| 申请人情况 |", "| 自然人 | 法人或其他组织 | 总计 |",
        "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
        "| 一、本年新收政府信息公开申请数量 | 37 | 12 | 8 | 5 | 4 | 3 | 69 |",
        "| 四、结转下年度继续办理 | 6 | 2 | 9 | 1 | 11 | 7 | 36 |", "",
        "## 四、政府信息公开行政复议、行政诉讼情况", "",
        "| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |",
        "|  |  |  |  |  | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |",
        "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 "
        "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |"]
TAIL = ["", "五、存在的主要问题及改进情况", "", "本年度无。"]
FIGURES = [13, 4, 7, 2, 26, 9, 12, 5, 8, 34, 6, 15, 1, 3, 25]


def _t4(row: str) -> list:
    got = reportparse.parse_text("\n".join(HEAD + [row] + TAIL) + "\n").values()
    return [got.get(k) for k in T4]


def _merged(figures: list, at: int, between: str = " ") -> str:
    cells = [str(f) for f in figures]
    cells[at:at + 2] = [cells[at] + between + cells[at + 1]]
    return "| " + " | ".join(cells) + " |"


@pytest.mark.parametrize("at", [0, 4, 9, 13])
def test_table4_two_figures_apart_in_one_pipe_cell_are_two_cells_where_r4_holds(at):
    assert _t4(_merged(FIGURES, at)) == FIGURES


def test_table4_figures_apart_in_one_cell_r4_refutes_stay_unread():
    figures = FIGURES[:4] + [27] + FIGURES[5:]          # 13+4+7+2 is 26, not 27
    assert _t4(_merged(figures, 4)) == [None] * 15
