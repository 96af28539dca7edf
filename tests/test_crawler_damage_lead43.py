"""Crawler damage the campaign (tools/crawler_attack.py, seed 69) lost table 三 rows to.

A table 三 printed a figure a line, a page's chrome a crawler kept between a row's label and its first figure
(7.属于行政执法案卷 / 【打印本页】【关闭窗口】 / 92 / 363 / …): the row had no figure before the chrome, so it was
no row cut (table3_cut.repaired needs figures before the cut) and its label was said printed without figures. Now a
known chrome line there (a page's furniture, its number, a header field a paginated page prints again: 来源：…) is passed
over where the seven figures after it alone stand before the next row and their total holds; the note says so.

Guards: other words there (a row's label the search did not know) leave the row unread; so do figures whose total
fails, or fewer than seven.
"""
import pytest

import reportparse
from test_crawler_damage_crawl38 import APPLICANTS, CELL_HEAD, TAIL

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
