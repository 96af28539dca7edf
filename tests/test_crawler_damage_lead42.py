"""Crawler damage the campaign (tools/crawler_attack.py, seed 67) lost whole rows and tables to.

- A unit column's cell merged into the first figure's, set apart by a space ('| 件 317 | 122 |'): the unit is no
  figure, the cell is read as the figure (a count unit only: '万元 3' would change the value, never read).
- A figure a hard wrap cut ('| 2\n2 |') where joining the neighbour across a pipe balances the row as well (a two-digit
  figure of one digit repeated: 2|25 sums as 22|5): a pipe parts two cells for certain, so only the bare break is a cut.
- A page's furniture line (a QR code's prompt, print / close links) a crawler kept between a table's lines — between
  table 四's header and its figures one a line, inside a label, between the two parts of a row a wrap cut — is blanked
  by the loader (offsets kept) where a table follows it; one with no table after it still ends the page.
"""
import reportparse
from reportparse.cells import parse_cell
from reportparse.layout.text import load_text
from test_crawler_damage_crawl39 import APPLICANTS, LINES, NEW, ONWARD, T4, _pipe

HEAD, TAIL = LINES[:21], LINES[22:]         # (the report around table 四's figure row)
T4_FIGURES = [3, 22, 5, 1, 31, 9, 12, 5, 8, 34, 6, 15, 1, 3, 25]
T4_HEADS = ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉",
            "复议后起诉"] + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2


def _t4(got: dict) -> list:
    return [got.get(k) for k in T4]


def _new(got: dict) -> list:
    return [got.get(f"requests.new|applicant={a}") for a in APPLICANTS]


def test_a_unit_cell_merged_into_the_first_figures_cell_is_no_figure():
    for unit in ("件", "条", "项"):
        row = "| 一、本年新收政府信息公开申请数量 | " + unit + " " + " | ".join(map(str, NEW)) + " |"
        got = reportparse.parse_text("\n".join(LINES[:13] + [row] + LINES[14:]) + "\n").values()
        assert _new(got) == NEW


def test_guard_a_money_unit_before_a_figure_is_not_read_as_the_figure():
    assert (parse_cell("件 317").value, parse_cell("万元 3").value, parse_cell("件317").value) == (317, None, None)


def test_a_figure_cut_by_a_wrap_is_joined_at_the_bare_break_never_across_a_pipe():
    figures = "| " + " | ".join(map(str, T4_FIGURES)) + " |"
    cut = figures.replace("| 22 |", "| 2\n2 |")
    assert cut != figures
    got = reportparse.parse_text("\n".join(HEAD + [cut] + TAIL) + "\n").values()
    assert _t4(got) == T4_FIGURES


def test_a_furniture_line_between_table_4s_header_and_its_figures_one_a_line():
    for chrome in ("扫一扫在手机打开当前页", "【打印本页】【关闭窗口】"):
        table4 = ["## 四、政府信息公开行政复议、行政诉讼情况"] + T4_HEADS + [chrome] + [str(f) for f in T4_FIGURES]
        got = reportparse.parse_text("\n".join(HEAD[:16] + table4 + TAIL) + "\n").values()
        assert _t4(got) == T4_FIGURES and _new(got) == NEW


def test_a_furniture_line_between_the_parts_of_a_row_a_wrap_cut():
    for width in (24, 30, 37, 41):
        lines = HEAD + [_pipe(T4_FIGURES)] + TAIL
        pieces = [ln[k:k + width] for ln in lines for k in range(0, max(len(ln), 1), width)]
        at = pieces.index(_pipe(T4_FIGURES)[:width])
        text = "\n".join(pieces[:at + 1] + ["扫一扫在手机打开当前页"] + pieces[at + 1:]) + "\n"
        got = reportparse.parse_text(text).values()
        assert _t4(got) == T4_FIGURES
        assert [got.get(f"requests.carried_forward|applicant={a}") for a in APPLICANTS] == ONWARD


def test_guard_a_furniture_line_with_no_table_after_it_still_ends_the_page():
    body = "\n".join(HEAD + ["扫一扫在手机打开当前页", _pipe(T4_FIGURES)] + TAIL)
    text = load_text(body + "\n扫一扫在手机打开当前页\n相关信息\n").text
    assert "相关信息" not in text and text.rstrip().endswith(TAIL[-1])         # the page's end: cut there
    assert "扫一扫" not in text and len(text) == len(body) + 1                 # the one inside: blanked, offsets kept
