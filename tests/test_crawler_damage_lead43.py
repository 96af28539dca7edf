"""Crawler damage the campaign (tools/crawler_attack.py, seed 69) lost table 三 rows to.

A table 三 printed a figure a line, a page's chrome a crawler kept between a row's label and its first figure
(7.属于行政执法案卷 / 【打印本页】【关闭窗口】 / 92 / 363 / …): the row had no figure before the chrome, so it was
no row cut (table3_cut.repaired needs figures before the cut) and its label was said printed without figures. Now a
known chrome line there (a page's furniture, its number, a header field a paginated page prints again: 来源：…) is passed
over where the seven figures after it alone stand before the next row and their total holds; the note says so.

Seed 71: a row cut by such chrome whose figures after it carry a footnote mark (5※): the marked figure was passed over
as text, six figures, unread; it is the row's figure, as among its tokens. Table 四 printed a figure a line with the
chrome right after its header, before the first figure (stop 42 left it), or a header field line among its figures:
one definition of a page's chrome (block_cells.page_chrome) for both tables, R4 proving table 四's figures past it.

Guards: other words there (a row's label the search did not know) leave the row unread; so do figures whose total
fails, or fewer than seven; R4 refuting leaves table 四 unread.
"""
import pytest

import reportparse
from test_crawler_damage_crawl38 import APPLICANTS, CELL_HEAD, T4, TAIL, _t4_lines

ROWS = [(["一、本年新收政府信息公开申请数量"], [64, 23, 9, 5, 2, 7, 110]),
        (["二、上年结转政府信息公开申请数量"], [3, 8, 1, 4, 2, 5, 23]),
        (["三、本年度办理结果", "（一）予以公开"], [28, 11, 4, 3, 1, 6, 53]),
        (["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], [17, 2, 6, 1, 9, 3, 38]),
        (["（三）不予公开", "1.属于国家秘密"], [4, 2, 7, 1, 5, 3, 22]),
        (["2.其他法律行政法规禁止公开"], [6, 13, 1, 8, 2, 11, 41])]
KEY = "requests.denied.state_secret"


def _text(chrome: str, figures=None) -> str:
    lines = list(CELL_HEAD)
    for labels, printed in ROWS:
        lines += labels
        if labels[-1].startswith("1.属于国家秘密"):
            lines.append(chrome)
            printed = figures or printed
        lines += [str(f) for f in printed]
    return "\n".join(lines + TAIL) + "\n"


def _last_row_text(chrome: str, figures: list) -> str:
    lines = list(CELL_HEAD)
    for labels, printed in ROWS[:-1]:
        lines += labels + [str(f) for f in printed]
    return "\n".join(lines + ROWS[-1][0] + [chrome] + [str(f) for f in figures] + TAIL) + "\n"


def test_the_chrome_after_the_tables_last_label_is_passed_over_too():
    # (no next row to end it: its figures end where the figure lines after the chrome do)
    got = reportparse.parse_text(_last_row_text("【打印本页】【关闭窗口】", ROWS[-1][1])).values()
    assert [got.get(f"requests.denied.prohibited_by_law|applicant={a}") for a in APPLICANTS] == ROWS[-1][1]
    got = reportparse.parse_text(_last_row_text("【打印本页】【关闭窗口】", ROWS[-1][1][:6] + [40])).values()
    assert [got.get(f"requests.denied.prohibited_by_law|applicant={a}") for a in APPLICANTS] == [None] * 7


def _row(report) -> list:
    return [report.values().get(f"{KEY}|applicant={a}") for a in APPLICANTS]


@pytest.mark.parametrize("chrome", ["【打印本页】【关闭窗口】", "来源：区政府办公室", "发布日期：2021-01-20",
                                    "扫一扫在手机打开当前页", "第2页 共4页"])
def test_a_pages_chrome_between_a_rows_label_and_its_figures_is_passed_over(chrome):
    report = reportparse.parse_text(_text(chrome))
    assert _row(report) == [4, 2, 7, 1, 5, 3, 22]
    note = report.get(KEY, applicant="commercial").source.note or ""
    assert "furniture" in note or chrome.startswith("第")        # (a page number the loader blanks)
    # the rows around it read as before
    assert [report.values().get(f"requests.denied.prohibited_by_law|applicant={a}") for a in APPLICANTS] == [
        6, 13, 1, 8, 2, 11, 41]


@pytest.mark.parametrize("words", ["作者：张三", "其他情形"])
def test_guard_other_words_there_leave_the_row_unread(words):
    assert _row(reportparse.parse_text(_text(words))) == [None] * 7


@pytest.mark.parametrize("figures", [[4, 2, 7, 1, 5, 3, 23], [4, 2, 7, 1, 5, 19]])
def test_guard_a_total_that_fails_or_fewer_figures_leave_the_row_unread(figures):
    assert _row(reportparse.parse_text(_text("【打印本页】【关闭窗口】", figures))) == [None] * 7


def _cut_text(after: list) -> str:
    lines = list(CELL_HEAD)
    for labels, printed in ROWS:
        lines += labels
        if labels[-1].startswith("1.属于国家秘密"):
            lines += ["4", "2", "7", "【打印本页】【关闭窗口】"] + after
        else:
            lines += [str(f) for f in printed]
    return "\n".join(lines + TAIL) + "\n"


def test_a_row_cut_by_a_pages_chrome_reads_its_figures_after_it_with_their_footnote_marks():
    # (seed 71: a figure after the cut carried a footnote mark, 5※, and was passed over as text: six figures, unread)
    report = reportparse.parse_text(_cut_text(["1", "5※", "3", "22"]))
    assert _row(report) == [4, 2, 7, 1, 5, 3, 22]


def test_guard_a_row_cut_whose_figures_after_it_fail_its_total_stays_unread():
    assert _row(reportparse.parse_text(_cut_text(["1", "5※", "3", "23"]))) == [None] * 7


# ---------------------------------------------------------------- table 四 one a line: chrome before its first figure


T4_FIGURES = [13, 4, 7, 2, 26, 9, 12, 5, 8, 34, 6, 15, 1, 3, 25]


@pytest.mark.parametrize("chrome", ["【打印本页】【关闭窗口】", "来源：区政府办公室"])
@pytest.mark.parametrize("at", [0, 6])
def test_table4_one_a_line_past_a_pages_chrome_before_or_among_its_figures_is_read_where_r4_holds(chrome, at):
    # (before its first figure, right after the header, the chrome ended the block: stop 42 left it; a header
    # field line was never known as chrome there)
    assert _t4_lines(T4_FIGURES, chrome, at) == T4_FIGURES


def test_guard_table4_past_a_pages_chrome_r4_refutes_stays_unread():
    figures = T4_FIGURES[:4] + [3] + T4_FIGURES[5:]           # 13+4+7+2 is 26, not 3
    assert _t4_lines(figures, "【打印本页】【关闭窗口】", 0) == [None] * len(T4)
