"""Crawler damage the campaign (tools/crawler_attack.py, seeds 57–58) lost table 四 and table 三 rows to.

Table 四's pipe row with two neighbouring cells a crawler merged into one, the figures apart by a space (an HTML page's
'<td colspan="2">123&nbsp;44</td>', html_cells_merged): fourteen cells where the template has fifteen, so the whole
table was unread. Its cells are gathered under the header (block_cells), not as a label's row, so the pipe row's
figures-apart reading (tables._figures_apart) never applied to it; now each figure is its own cell where the cell
stands between pipes and R4 holds in all three groups with it split.

Table 四 one figure a line in a text a crawler collapsed (a run of equal lines kept once), a page's furniture line
among its figures: fewer than fifteen figures never let R4 prove the figures past the furniture; a reading of them as
runs of equal cells under which R4 holds now does (national_table4._r4_proves).

A table 三 group heading printed without its list marker (不予公开 alone on a line) after a row of figures one a line:
no cut in the row before it (table3_cut._group_names), as the numbered heading is none.

An HTML row cut in two opening the second part of a table cut in two: the cut row and its rest fill the width of the
row after them (html_rows.rows_cut_in_two), where the part's most common width is its group rows'.

Guards: R4 failing with the figures split, or under every reading of the runs, leaves table 四 unread; words no group
is named by still cut a row; a rest that overfills the row is not joined.
"""
import pytest

import reportparse

APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
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



# ---------------------------------------------------------------- table 四 one a line, collapsed, a page's furniture

T4_CELL_HEAD = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼"] + [
    w for group in (["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
                    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2) for w in group]
# two equal neighbours (direct's 其他结果 and 尚未审结, 0 and 0) a crawler that keeps a run of equal lines once printed once
COLLAPSED = [13, 4, 7, 2, 26, 9, 12, 0, 0, 21, 6, 15, 1, 3, 25]


def _t4_lines(figures: list, chrome: str, at: int) -> list:
    printed = [str(f) for i, f in enumerate(figures) if i == 0 or f != figures[i - 1]]
    got = reportparse.parse_text("\n".join(HEAD[:-5] + T4_CELL_HEAD + printed[:at] + [chrome] + printed[at:]
                                           + TAIL) + "\n").values()
    return [got.get(k) for k in T4]


@pytest.mark.parametrize("at", [3, 10])
@pytest.mark.parametrize("chrome", ["扫一扫在手机打开当前页", "【打印本页】【关闭窗口】"])
def test_table4_one_a_line_collapsed_past_a_furniture_line_is_read_where_r4_settles_its_runs(chrome, at):
    # fourteen figures for fifteen cells: R4 over fifteen figures could not prove the figures past the furniture, and
    # the table was unread; in a text that may print a run of equal lines once, a reading of its runs proves them
    assert _t4_lines(COLLAPSED, chrome, at) == COLLAPSED


def test_table4_collapsed_past_a_furniture_line_r4_refutes_stays_unread():
    figures = COLLAPSED[:9] + [22] + COLLAPSED[10:]         # 9+12+0+0 is 21, not 22
    assert _t4_lines(figures, "扫一扫在手机打开当前页", 10) == [None] * 15


# ---------------------------------------------------------------- a group heading without its numbering, collapsed

CELL_HEAD = ["鹭岭县人民政府2020年政府信息公开工作年度报告", "", "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人",
             "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
# (label lines, seven figures as printed: a run of equal cells once, the text collapsed by a crawler)
CELL_ROWS = [(["一、本年新收政府信息公开申请数量"], [64, 23, 9, 5, 2, 7, 110]),
             (["二、上年结转政府信息公开申请数量"], [3, 0, 1, 0, 2, 0, 6]),
             (["三、本年度办理结果", "（一）予以公开"], [28, 11, 4, 3, 1, 6, 53]),
             (["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], [31, 0, 12, 5, 9, 57]),      # 31|0|0|12|5|9|57
             (["{heading}", "1.属于国家秘密"], [4, 2, 0, 1, 0, 3, 10]),
             (["2.其他法律行政法规禁止公开"], [6, 0, 1, 0, 2, 0, 9])]


def _cells_text(heading: str) -> str:
    lines = list(CELL_HEAD)
    for labels, figures in CELL_ROWS:
        lines += [lb.format(heading=heading) for lb in labels] + [str(f) for f in figures]
    return "\n".join(lines + TAIL) + "\n"


@pytest.mark.parametrize("heading", ["不予公开", "无法提供", "（三）不予公开"])
def test_a_group_heading_a_crawler_printed_without_its_numbering_is_no_cut_in_the_row_before(heading):
    # '不予公开' alone on its line (list markers dropped) was text that is no cell, so the row before it, a run of equal
    # cells printed once, was taken for a row cut by a page's furniture and not read
    got = reportparse.parse_text(_cells_text(heading)).values()
    assert [got.get(f"requests.partially_granted|applicant={w}") for w in APPLICANTS] == [31, 0, 0, 12, 5, 9, 57]


def test_words_no_group_is_named_by_still_cut_the_row_before():
    got = reportparse.parse_text(_cells_text("本表数据截至年底")).values()
    assert [got.get(f"requests.partially_granted|applicant={w}") for w in APPLICANTS] == [None] * 7


def test_a_pages_chrome_after_a_collapsed_row_is_no_cut_where_one_reading_of_its_runs_holds():
    # stop 45: a header field printed again (来源：…) is a page's chrome, no row's label: the row's runs read as in a text
    # without it, where one reading alone makes its total hold (stop 38 left it unread as a cut)
    got = reportparse.parse_text(_cells_text("来源：县政府办公室")).values()
    assert [got.get(f"requests.partially_granted|applicant={w}") for w in APPLICANTS] == [31, 0, 0, 12, 5, 9, 57]

# ---------------------------------------------------------------- an HTML row cut in two in a table's second part

# (key, label cells as (text, colspan, rowspan), six applicants' figures: distinct, non-zero; the total their sum)
PART1 = [("requests.new", [("一、本年新收政府信息公开申请数量", 3, 1)], [52, 19, 8, 6, 4, 3]),
         ("requests.granted", [("三、本年度办理结果", 1, 16), ("（一）予以公开", 2, 1)], [21, 9, 5, 2, 3, 1]),
         ("requests.denied.state_secret", [("（三）不予公开", 1, 8), ("1.属于国家秘密", 1, 1)], [7, 4, 2, 1, 5, 11])]
PART2 = [("requests.denied.security_stability", [("3.危及“三安全一稳定”", 1, 1)], [13, 6, 17, 2, 9, 4]),
         ("requests.denied.third_party", [("4.保护第三方合法权益", 1, 1)], [15, 3, 12, 7, 1, 8]),
         ("requests.unable.not_held", [("（四）无法提供", 1, 3), ("1.本机关不掌握相关政府信息", 1, 1)], [24, 5, 3, 16, 2, 6]),
         ("requests.unable.needs_creation", [("2.没有现成信息需要另行制作", 1, 1)], [18, 2, 14, 5, 3, 9]),
         ("requests.unable.unclear", [("3.补正后申请内容仍不明确", 1, 1)], [27, 11, 4, 3, 6, 1])]


def _td(text, colspan=1, rowspan=1) -> str:
    return (f"<td{f' colspan={colspan}' if colspan > 1 else ''}{f' rowspan={rowspan}' if rowspan > 1 else ''}>"
            f"{text}</td>")


def _tr(labels, figures, cut=None) -> str:
    cells = [_td(*lb) for lb in labels] + [_td(f) for f in figures + [sum(figures)]]
    k = len(labels) + cut if cut is not None else len(cells)
    return "<tr>" + "".join(cells[:k]) + "</tr>" + ("\n<tr>" + "".join(cells[k:]) + "</tr>" if cut is not None else "")


def _page(cut: int) -> str:
    head = ["<tr>" + _td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3) + _td("申请人情况", 7) + "</tr>",
            "<tr>" + _td("自然人", 1, 2) + _td("法人或其他组织", 5) + _td("总计", 1, 2) + "</tr>",
            "<tr>" + "".join(_td(c) for c in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) + "</tr>"]
    part1 = head + [_tr(lb, f) for _, lb, f in PART1]
    part2 = [_tr(lb, f, cut if i == 0 else None) for i, (_, lb, f) in enumerate(PART2)]
    return "\n".join(["<html><head><meta charset='utf-8'><title>鹭岭县人民政府2022年政府信息公开工作年度报告</title></head><body>",
                      "<h1>鹭岭县人民政府2022年政府信息公开工作年度报告</h1>",
                      "<p>三、收到和处理政府信息公开申请情况</p>", "<table border=1>", *part1, "</table>", "<p>&nbsp;</p>",
                      "<table border=1>", *part2, "</table>", "<p>五、存在的主要问题及改进情况</p>", "</body></html>"])


def _t3(html: str, key: str) -> list:
    got = reportparse.parse(html.encode("utf-8")).values()
    return [got.get(f"{key}|applicant={w}") for w in APPLICANTS]


@pytest.mark.parametrize("cut", [1, 3, 5])
def test_a_row_cut_in_two_opening_a_tables_second_part_fills_the_next_rows_width(cut):
    # the second part's rows without a group label end a column short of its groups' rows (most of its rows): the cut
    # row and its rest fill the width of the row after them, not the part's most common one
    figures = PART2[0][2]
    assert _t3(_page(cut), "requests.denied.security_stability") == figures + [sum(figures)]
    figures = PART2[1][2]
    assert _t3(_page(cut), "requests.denied.third_party") == figures + [sum(figures)]


def test_a_rest_that_overfills_the_next_rows_width_is_not_joined():
    # the guard: a rest one figure longer than the cut row lacks fills no row's width: the cut row is not read
    html = _page(3).replace("<td>4</td><td>51</td></tr>", "<td>4</td><td>51</td><td>33</td></tr>", 1)
    assert "<td>33</td>" in html
    assert _t3(html, "requests.denied.security_stability") == [None] * 7
