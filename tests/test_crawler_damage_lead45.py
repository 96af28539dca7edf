"""Crawler damage the campaign (tools/crawler_attack.py, seed 74) lost whole rows and tables to:

- table 三 printed a figure a line, a crawler dropping repeated lines (上年结转's "0 / 0" printed once), and the
  section heading after the row broken by a <br> (三、本年度办 / 理结果) or printed without its numbering
  (本年度办理结果): the text between the row's figures and the next row was taken for a page's furniture cutting
  the row, so the collapsed run was never tried (the row, and every row the column sums settle, unread). A heading
  in pieces, or unnumbered (data/templates.tsv, kind t3_heading), is the table's own: no cut.
- a pipe row a wrap cut right before a cell's separator ("| … | 36 | 0" / 来源：… / 第2页 共4页 / " | 14 | …"): the
  chrome between was kept, the continuation opening with a pipe not taken for the row's; now it is where the piece
  before it ends open (a closed row, then an indented one, stays two rows);
- a row under its group's heading cell cut in two rows (HTML), its rest compared with the row above by cells, the
  group's heading counted among them: now by the columns of figures (fragments.cut_pipe_row).
"""
from conftest import tool_module

import reportparse
from reportparse.layout.text import join_chrome_in_pipe_rows

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
HEADING = "三、本年度办理结果"


def _row(got: dict, key: str) -> list:
    return [got.get(f"{key}|applicant={a}") for a in APPLICANTS]


def _collapsed_cells_document(seed: int, heading: list[str]) -> tuple[str, dict]:
    layout, text, truth = CA.document(seed)
    assert layout == "cells" and HEADING in text.split("\n")
    lines = text.split("\n")
    at = lines.index(HEADING)
    lines[at:at + 1] = heading
    return CA.collapse("\n".join(lines)), truth


def _assert_table3_read(got: dict, truth: dict) -> None:
    for key in ("requests.carried_over", "requests.granted", "requests.partially_granted",
                "requests.denied.enforcement_file", "requests.answered"):
        assert _row(got, key) == [truth.get(f"{key}|applicant={a}") for a in APPLICANTS], key


def test_a_heading_broken_in_two_after_a_collapsed_row_is_no_cut():
    # 上年结转: 0 39 31 0 0 7 77, printed 0 39 31 0 7 77 by the crawler
    text, truth = _collapsed_cells_document(7400190, ["三、本年度办", "理结果"])
    assert "\n31\n0\n7\n77\n三、本年度办\n理结果\n" in text
    assert _row(truth, "requests.carried_over") == [0, 39, 31, 0, 0, 7, 77]
    got = reportparse.parse_text(text).values()
    _assert_table3_read(got, truth)


def test_an_unnumbered_section_heading_after_a_collapsed_row_is_no_cut():
    # 上年结转: 16 0 23 0 0 19 58, printed 16 0 23 0 19 58
    text, truth = _collapsed_cells_document(7400082, ["本年度办理结果"])
    assert "\n23\n0\n19\n58\n本年度办理结果\n" in text
    got = reportparse.parse_text(text).values()
    _assert_table3_read(got, truth)


def test_other_words_after_a_collapsed_row_still_cut_it():
    # words no heading is made of leave the row unread (never a guess)
    text, truth = _collapsed_cells_document(7400190, ["本表数据截至年底"])
    report = reportparse.parse_text(text)
    assert _row(report.values(), "requests.carried_over") == [None] * 7
    assert any("上年结转" in w and "row cut" in w for w in report.warnings)


def test_chrome_after_the_heading_after_a_collapsed_row_goes():
    # since stop 47 a page's chrome between two lines of words under a figure (a label's pieces, or this heading and
    # the next row's label) goes with its line break (tests/test_crawler_damage_lead47.py): the heading alone is
    # left, read as above
    text, truth = _collapsed_cells_document(7400190, ["三、本年度办理结果", "【打印本页】【关闭窗口】"])
    got = reportparse.parse_text(text).values()
    assert _row(got, "requests.carried_over") == [0, 39, 31, 0, 0, 7, 77]
    _assert_table3_read(got, truth)


PIPE_T4 = ["鹭岭县人民政府2022年政府信息公开工作年度报告", "", "## 四、政府信息公开行政复议、行政诉讼情况", "",
           "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
           "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |",
           "| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
           "| 53 | 4 | 59 | 27 | 143 | 36 | 8", "来源：区政府办公室", "第2页 共4页",
           " | 14 | 33 | 91 | 30 | 2 | 52 | 1", "2 | 96 |", "", "五、存在的主要问题及改进情况", "", "本年度无。"]
T4 = [f"{g}.{o}" for g in ("review", "litigation.direct", "litigation.after_review")
      for o in ("upheld", "corrected", "other", "pending", "total")]


def test_chrome_before_a_wrapped_pipe_row_going_on_at_a_separator_is_passed_over():
    got = reportparse.parse_text("\n".join(PIPE_T4) + "\n").values()
    assert [got.get(k) for k in T4] == [53, 4, 59, 27, 143, 36, 8, 14, 33, 91, 30, 2, 52, 12, 96]


def test_a_closed_pipe_row_then_an_indented_one_keeps_the_chrome_between():
    text = "| 一、本年新收 | 37 | 12 | 49 |\n第2页 共4页\n  | 二、上年结转 | 5 | 3 | 8 |\n"
    assert join_chrome_in_pipe_rows(text) == text
    opened = "| 一、本年新收 | 37 | 12\n第2页 共4页\n  | 49 |\n"
    joined = join_chrome_in_pipe_rows(opened)
    assert len(joined) == len(opened) and "第2页" not in joined and joined.count("\n") == 2


# Seed 74, an HTML page: a row under its group's heading cell ((五)不予处理, rowspan) cut in two <tr>s, its first two
# figures merged into one cell (330<br>42). Each damage alone was read; together, the cut part's cells were counted
# with the group's heading among them (4 + 5 is not the 8 of the row above), so the rest was not taken for the row's.
# A pipe row's figure columns are compared now, not its cells.
def _cell(v) -> str:
    return f"<td><p><span>{v}</span></p></td>"


def test_a_row_under_a_group_heading_cut_in_two_with_merged_cells_is_rejoined():
    layout, page, truth = CA.document(7400093)
    petition = [truth[f"requests.not_processed.petition|applicant={a}"] for a in APPLICANTS]
    assert layout == "html" and petition == [330, 42, 101, 390, 335, 7, 1205]
    whole = ('<tr><td rowspan="5"><p><span>（五）不予处理</span></p></td>' + _cell("1.信访举报投诉类申请")
             + "".join(_cell(v) for v in petition) + "</tr>")
    cut = ('<tr><td rowspan="5"><p><span>（五）不予处理</span></p></td>' + _cell("1.信访举报投诉类申请")
           + "<td>330<br>42</td></tr>\n<tr>" + "".join(_cell(v) for v in petition[2:]) + "</tr>")
    assert whole in page
    got = reportparse.parse(page.replace(whole, cut).encode("utf-8")).values()
    assert _row(got, "requests.not_processed.petition") == petition
    assert _row(got, "requests.not_processed") == [truth.get(f"requests.not_processed|applicant={a}")
                                                   for a in APPLICANTS]
    # the rest short of the row (one figure fewer): not taken for it, the row not read
    short = cut.replace(_cell(7), "")
    got = reportparse.parse(page.replace(whole, short).encode("utf-8")).values()
    assert _row(got, "requests.not_processed.petition") == [None] * 7


# Seed 76: a row of equal figures a page's chrome parts, the crawler printing the run once on each side of it
# (0 / 【打印本页】【关闭窗口】 / 0): the row was taken for one cut by the furniture and read only where the figures after it
# made seven. In a text that prints runs once, the parts are read as runs where one reading alone makes the total hold.
def _chrome_in_row(seed: int, label: str, after: int, chrome: str = "【打印本页】【关闭窗口】") -> tuple[str, dict]:
    layout, text, truth = CA.document(seed)
    assert layout == "cells"
    lines = text.split("\n")
    at = lines.index(label) + after + 1
    lines.insert(at, chrome)
    return CA.collapse("\n".join(lines)), truth


def test_a_run_of_zeros_parted_by_chrome_is_read_as_two_runs():
    text, truth = _chrome_in_row(7600101, "8.属于行政查询事项", 3)
    assert "8.属于行政查询事项\n0\n【打印本页】【关闭窗口】\n0\n（四）无法提供" in text
    assert _row(truth, "requests.denied.admin_query") == [0] * 7
    got = reportparse.parse_text(text).values()
    assert _row(got, "requests.denied.admin_query") == [0] * 7
    _assert_table3_read(got, truth)


def test_parted_runs_that_allow_several_readings_stay_unread():
    # 1 / chrome / 2 / 3 / 12: runs of 1, 2 and 3 summing to 12 over six cells two ways (1 2 2 2 2 3, 1 1 2 2 3 3)
    layout, text, truth = CA.document(7600101)
    lines = text.split("\n")
    at = lines.index("8.属于行政查询事项") + 1
    lines[at:at + 7] = ["1", "【打印本页】【关闭窗口】", "2", "3", "12"]
    report = reportparse.parse_text("\n".join(lines))
    assert _row(report.values(), "requests.denied.admin_query") == [None] * 7
    assert any("行政查询事项" in w and "not read" in w for w in report.warnings)


# Seed 76, a legacy appendix printed a cell a line (本年度, 累计): a header field a paginated page prints again between a
# row's two figures (信函申请数 / 36 / 来源：区政府办公室 / 120). The row ended at the field and its 累计 stood as a row of its
# own (区政府办公室, "no key in the vocabulary"); the figures after a page's chrome are the row's own now, where only chrome
# stands between them and the next row (fragments.past_chrome).
LEGACY = ["松岭县人民政府2012年政府信息公开工作年度报告", "一、概述", "2012年，松岭县推进政府信息公开工作，数量详见附表。",
          "二、附表", "松岭县2012年政府信息公开工作情况统计表", "指标名称", "单位", "本年度", "累计",
          "1主动公开政府信息数", "条", "653", "4177", "4受理政府信息公开申请总数", "件", "48", "263",
          "5其中：当面申请数", "15", "92", "6网上申请数", "21", "{chrome}", "137", "7信函申请数", "12", "34",
          "8对申请的答复总数", "件", "41", "251", "9行政复议数", "件", "3", "17", "松岭县人民政府办公室"]


def test_a_header_field_between_a_legacy_rows_two_figures_is_passed_over():
    for chrome in ("来源：县政府办公室", "【打印本页】【关闭窗口】"):
        report = reportparse.parse_text("\n".join(LEGACY).format(chrome=chrome) + "\n")
        got = report.values()
        assert got["requests.by_channel.online|applicant=total"] == 21, chrome
        assert got["requests.by_channel.online|applicant=total|period=cumulative"] == 137, chrome
        assert got["requests.by_channel.letter|applicant=total|period=cumulative"] == 34, chrome
        assert not any("no key in the vocabulary" in w for w in report.warnings), chrome


def test_words_between_a_legacy_rows_two_figures_are_no_chrome():
    report = reportparse.parse_text("\n".join(LEGACY).format(chrome="县政府办公室转来") + "\n")
    assert "requests.by_channel.online|applicant=total|period=cumulative" not in report.values()


# Seed 77: a widget a crawler kept inside table 四 printed a figure a line, in the text's second half (… 5 /
# 扫一扫在手机打开当前页 / 62): the text loader took it for the page's end and dropped the rest (the last figure, the
# report's closing sections). A furniture line between two figures a line each is no page's end (R4 proves the figure
# past it, as before).
def test_a_widget_between_two_figures_of_the_last_table_is_no_pages_end():
    layout, text, truth = CA.document(7700024)
    lines = text.split("\n")
    last = max(i for i, ln in enumerate(lines) if ln.strip().isdigit())
    assert int(lines[last]) == truth["litigation.after_review.total"] == 62
    lines.insert(last, "扫一扫在手机打开当前页")
    report = reportparse.parse_text("\n".join(lines))
    got = report.values()
    assert got["litigation.after_review.total"] == 62
    assert not any("litigation.after_review.total" in w for w in report.warnings)
    # a widget after the table's last figure, words after it, is the page's end as before: what follows is dropped
    lines = text.split("\n")
    lines[last + 1:] = ["扫一扫在手机打开当前页", "本年度共收到政府信息公开申请9999件。"]
    got = reportparse.parse_text("\n".join(lines)).values()
    assert got["litigation.after_review.total"] == 62
    assert got["requests.new|applicant=total"] == truth["requests.new|applicant=total"] != 9999
