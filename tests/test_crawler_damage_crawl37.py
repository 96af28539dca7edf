"""Crawler damage the campaign (tools/crawler_attack.py, seeds 54–55) lost table 三 rows and table 四 to.

Table 三 pipe rows a crawler wrapped at a fixed width (tools/crawler_attack.py's hard_wrap, seeds 54–55), read whole:

- a row's closing pipe the wrap carried to a line alone, the next row's label line opened by a pipe after it: that
  line was joined to the lone pipe as if the table were printed a cell a line (layout/text.join_cell_lines), and the
  wrapped row lost its rest;
- a label whose cell the wrap (or a crawler's <br>) cut over several lines, the row opened by a pipe two lines up
  ("| （六）其\\n他处理 | 1.申请人…补正\\n、行政机关…申请 | 381 | \\n388 | …"), or the wrap cut right after the label,
  before its closing pipe ("…相关政府信息 \\n| 12 | 34 | …"): the rest of the row is the row's (line_damage.label_wrapped);

Table 四 after a page's furniture line (patterns.PAGE_FURNITURE_LINE, a page number) before its pipe row of figures
(【打印本页】 between the header and the row): passed over where R4 holds past it, as between figures one a line; a QR
prompt's other wordings (扫一扫在手机打开当前页) are furniture too.

A page's furniture line inside a legacy table (rows of two figures) is no page's end (layout/text._page_end).

Guards: a rest that overfills the row leaves it unread; a table wrapped at any width reads no figure wrong; a table
printed a cell a line still has its cell lines joined; R4 refuting the figures past the furniture, or words no
pattern knows between them, leave table 四 unread.
"""
import pytest

import reportparse

APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
HEAD = ["栗川县人民政府2022年政府信息公开工作年度报告", "", "## 三、收到和处理政府信息公开申请情况", "",
        "| 申请人情况 |", "| 自然人 | 法人或其他组织 | 总计 |",
        "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |"]
# (key, printed label cells, six applicants' figures: distinct, non-zero; the total is their sum)
ROWS = [("requests.new", ["一、本年新收政府信息公开申请数量"], [41, 17, 9, 6, 3, 2]),
        ("requests.carried_over", ["二、上年结转政府信息公开申请数量"], [5, 4, 13, 2, 1, 8]),
        ("requests.granted", ["三、本年度办理结果", "（一）予以公开"], [12, 7, 5, 14, 3, 22]),
        ("requests.denied.state_secret", ["（三）不予公开", "1.属于国家秘密"], [11, 6, 4, 3, 2, 1]),
        ("requests.denied.prohibited_by_law", ["2.其他法律行政法规禁止公开"], [13, 8, 2, 6, 5, 9]),
        ("requests.denied.security_stability", ["3.危及“三安全一稳定”"], [21, 15, 31, 4, 19, 7]),
        ("requests.denied.third_party", ["4.保护第三方合法权益"], [16, 3, 19, 2, 8, 5]),
        ("requests.unable.not_held", ["（四）无法提供", "1.本机关不掌握相关政府信息"], [18, 34, 6, 27, 9, 4]),
        ("requests.other.no_correction",
         ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"], [381, 38, 64, 31, 276, 13]),
        ("requests.carried_forward", ["四、结转下年度继续办理"], [2, 9, 24, 5, 6, 1])]


def _row(key: str) -> list:
    figures = next(f for k, _, f in ROWS if k == key)
    return figures + [sum(figures)]


def _pipe(labels: list, figures: list) -> str:
    return "| " + " | ".join(labels + [str(f) for f in figures + [sum(figures)]]) + " |"


def _text(lines: list) -> str:
    return "\n".join(HEAD + lines) + "\n"


def _read(text: str, key: str) -> list:
    got = reportparse.parse_text(text).values()
    return [got.get(f"{key}|applicant={w}") for w in APPLICANTS]


def _wrapped(width: int) -> str:
    """The whole table's lines cut every `width` characters (a crawler's hard wrap)."""
    lines = HEAD + [_pipe(labels, figures) for _, labels, figures in ROWS]
    return "\n".join(ln[k:k + width] for ln in lines for k in range(0, max(len(ln), 1), width)) + "\n"


@pytest.mark.parametrize("width", range(24, 49))
def test_a_table_wrapped_at_any_width_reads_no_figure_wrong(width):
    text = _wrapped(width)
    got = reportparse.parse_text(text).values()
    read = 0
    for key, _, _ in ROWS:
        have = [got.get(f"{key}|applicant={w}") for w in APPLICANTS]
        assert all(h is None or h == w for h, w in zip(have, _row(key))), (width, key, have)
        read += have == _row(key)
    assert read >= len(ROWS) - 2, width


# labels a wrap cut after their opening pipe: lines of one pipe, opening a cell, that a table printed a cell a line
# has too (join_cell_lines then joins such lines to the one before)
CUT = {"requests.new": "一、本年新收政府信\n息公开申请数量", "requests.carried_over": "二、上年结转政府\n信息公开申请数量",
       "requests.denied.prohibited_by_law": "2.其他法律行\n政法规禁止公开"}


@pytest.mark.parametrize("label_cut", ["三安全一\n稳定”", "三安\n全一稳定”"])
@pytest.mark.parametrize("rest", ["\n31 | 4 | 19 | 7 | 97 \n|", "\n31 | 4 | 19 | \n7 | 97 \n|"])
def test_a_closing_pipe_wrapped_alone_before_a_row_opened_by_a_pipe(label_cut, rest):
    rows = [_pipe([CUT.get(k, labels[-1])] if k in CUT else labels, figures) for k, labels, figures in ROWS]
    i = next(j for j, (k, _, _) in enumerate(ROWS) if k == "requests.denied.security_stability")
    rows[i] = f"| 3.危及“{label_cut} | 21 | 15 | " + rest
    rows[i + 1] = "| 4.保护第三方合法\n权益 | 16 | 3 | 19 | 2 |\n 8 | 5 | 53 |"
    text = _text(rows)
    for key in ("requests.denied.security_stability", "requests.denied.third_party", "requests.new",
                "requests.denied.prohibited_by_law"):
        assert _read(text, key) == _row(key), key


def test_a_table_printed_a_cell_a_line_still_has_its_lines_joined():
    # the guard of the rule above: a lone pipe under a cell line (one pipe) ends that row; the next label's cells join
    from reportparse.layout.text import join_cell_lines
    text = "规章\n| 14\n| 26\n|\n规范性文件\n| 37\n| 48\n|\n"
    assert join_cell_lines(text) == "规章 | 14 | 26 |\n规范性文件 | 37 | 48 |\n"


@pytest.mark.parametrize("group_cut", ["（六）其\n他处理", "（六）其他\n处理"])
def test_a_label_cut_over_three_lines_keeps_its_row(group_cut):
    rows = [_pipe(labels, figures) for _, labels, figures in ROWS]
    i = next(j for j, (k, _, _) in enumerate(ROWS) if k == "requests.other.no_correction")
    rows[i] = (f"| {group_cut} | 1.申请人无正当理由逾期不补正\n、行政机关不再处理其政府信息公开申请 | 381 | \n38 | 64 | 31"
               " | 276 | 13 |\n 803 |")
    assert _read(_text(rows), "requests.other.no_correction") == _row("requests.other.no_correction")


@pytest.mark.parametrize("cells", ["\n| 18 | 34 | 6 | 27 | 9 | 4 | \n98 |", "\n| 18 | 34 | 6 | 27 | 9 | 4 | 98 |"])
def test_a_row_cut_after_its_label_below_a_cut_group_cell(cells):
    rows = [_pipe(labels, figures) for _, labels, figures in ROWS]
    i = next(j for j, (k, _, _) in enumerate(ROWS) if k == "requests.unable.not_held")
    rows[i] = "| （四）无\n法提供 | 1.本机关不掌握相关政府信息 " + cells
    assert _read(_text(rows), "requests.unable.not_held") == _row("requests.unable.not_held")


def test_a_rest_that_overfills_a_cut_row_leaves_it_unread():
    # the rest below a label cut after its words holds eight figures: more than the row's seven, never a guess
    rows = [_pipe(labels, figures) for _, labels, figures in ROWS]
    i = next(j for j, (k, _, _) in enumerate(ROWS) if k == "requests.unable.not_held")
    rows[i] = "| （四）无\n法提供 | 1.本机关不掌握相关政府信息 \n| 18 | 34 | 6 | 27 | 9 | 4 | \n98 | 12 |"
    assert _read(_text(rows), "requests.unable.not_held") == [None] * 7


# ---------------------------------------------------------------- a page's furniture in table 四

T4 = ["review.upheld", "review.corrected", "review.other", "review.pending", "review.total",
      "litigation.direct.upheld", "litigation.direct.corrected", "litigation.direct.other", "litigation.direct.pending",
      "litigation.direct.total", "litigation.after_review.upheld", "litigation.after_review.corrected",
      "litigation.after_review.other", "litigation.after_review.pending", "litigation.after_review.total"]
T4_HEAD = ["## 四、政府信息公开行政复议、行政诉讼情况", "",
           "| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
           "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |",
           "|  |  |  |  |  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |"]
T4_CELL_HEAD = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼"] + [
    w for group in (["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
                    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2) for w in group]
T4_FIGURES = [14, 3, 6, 2, 25, 8, 11, 4, 9, 32, 5, 17, 1, 7, 30]
TAIL = ["", "五、存在的主要问题及改进情况", "", "一是公开内容不够全面。下一步将加强培训。"]


def _t4(text: str) -> list:
    got = reportparse.parse_text(text).values()
    return [got.get(k) for k in T4]


@pytest.mark.parametrize("chrome", ["【打印本页】【关闭窗口】", "分享到：", "第2页 共3页", "扫一扫在手机上查看当前页面"])
def test_a_page_furniture_line_before_table4s_pipe_row_is_passed_where_r4_holds(chrome):
    row = "| " + " | ".join(map(str, T4_FIGURES)) + " |"
    text = _text([_pipe([lb[-1]], f) for _, lb, f in ROWS] + [""] + T4_HEAD + [chrome, row] + TAIL)
    assert _t4(text) == T4_FIGURES


def test_furniture_before_a_pipe_row_r4_refutes_leaves_table4_unread():
    figures = T4_FIGURES[:4] + [26] + T4_FIGURES[5:]         # 14+3+6+2 is 25, not 26: R4 fails past the furniture
    row = "| " + " | ".join(map(str, figures)) + " |"
    text = _text([_pipe([lb[-1]], f) for _, lb, f in ROWS] + [""] + T4_HEAD + ["【打印本页】", row] + TAIL)
    assert _t4(text) == [None] * 15


@pytest.mark.parametrize("chrome", ["扫一扫在手机打开当前页", "扫一扫在手机上打开当前页面", "扫一扫在手机查看当前页"])
@pytest.mark.parametrize("at", [4, 11])
def test_a_qr_prompt_in_its_other_wordings_between_table4s_figures_one_a_line_is_passed(chrome, at):
    figures = [str(f) for f in T4_FIGURES]
    text = _text([_pipe([lb[-1]], f) for _, lb, f in ROWS] + [""] + T4_CELL_HEAD + figures[:at] + [chrome]
                 + figures[at:] + TAIL)
    assert _t4(text) == T4_FIGURES


def test_unknown_words_between_table4s_figures_still_end_it():
    # the guard: a line no furniture pattern knows (a QR prompt in other words) is no page's furniture
    figures = [str(f) for f in T4_FIGURES]
    text = _text([_pipe([lb[-1]], f) for _, lb, f in ROWS] + [""] + T4_CELL_HEAD + figures[:6] + ["用手机扫码阅读全文"]
                 + figures[6:] + TAIL)
    assert _t4(text) == [None] * 15


# ---------------------------------------------------------------- a page's furniture inside a legacy table

LEGACY_HEAD = ["栗川县2016年政府信息公开工作年度报告", "一、概述", "本年度，栗川县认真贯彻落实《条例》，做好政府信息公开工作。",
               "附件", "栗川县2016年政府信息公开工作情况统计表", "指标名称 单位 本年度 累计"]
# (label, unit, this year, cumulative): distinct, non-zero
LEGACY = [("1主动公开政府信息数", "条", 474, 3006), ("2其中：政府网站公开数", "", 460, 2971), ("3政府公报公开数", "", 14, 35),
          ("4受理政府信息公开申请总数", "件", 80, 281), ("5其中：当面申请数", "", 1, 32), ("6网上申请数", "", 39, 121),
          ("7信函申请数", "", 40, 128)]
LEGACY_KEYS = ["disclosure.total", "disclosure.via_website", "disclosure.via_gazette", "requests.new|applicant=total",
               "requests.by_channel.in_person|applicant=total", "requests.by_channel.online|applicant=total",
               "requests.by_channel.letter|applicant=total"]


def _legacy(layout: str, chrome: str, at: int) -> str:
    rows = []
    for label, unit, year, total in LEGACY:
        rows.append([" ".join(x for x in (label, unit, str(year), str(total)) if x)] if layout == "rows"
                    else [label] + ([unit] if unit else []) + [str(year), str(total)])
    lines = [ln for row in rows[:at] for ln in row] + [chrome] + [ln for row in rows[at:] for ln in row]
    return "\n".join(LEGACY_HEAD + lines + ["栗川县人民政府办公室", "2017年3月"]) + "\n"


@pytest.mark.parametrize("layout", ["rows", "cells"])
@pytest.mark.parametrize("chrome", ["扫一扫在手机上查看当前页面", "扫一扫在手机打开当前页", "【打印本页】【关闭窗口】", "分享到："])
@pytest.mark.parametrize("at", [3, 5])
def test_a_furniture_line_inside_a_legacy_table_is_no_pages_end(layout, chrome, at):
    # the line in the text's second half with rows of two figures (本年度, 累计) after it: taken for the page's end, it
    # cut the table's rest off
    got = reportparse.parse_text(_legacy(layout, chrome, at)).values()
    assert [got.get(k) for k in LEGACY_KEYS] == [year for _, _, year, _ in LEGACY]
    assert [got.get(k + "|period=cumulative") for k in LEGACY_KEYS] == [total for _, _, _, total in LEGACY]


@pytest.mark.parametrize("chrome", ["扫一扫在手机打开当前页", "分享到："])
def test_a_furniture_line_before_legacy_rows_whose_label_is_cut_is_no_pages_end(chrome):
    text = _legacy("rows", chrome, 5).replace("6网上申请数", "6网上\n申请数")
    got = reportparse.parse_text(text).values()
    assert [got.get(k) for k in LEGACY_KEYS] == [year for _, _, year, _ in LEGACY]


def test_a_footer_after_the_furniture_line_is_still_the_pages_end():
    # the guard: a site's footer holds one figure a line (a site code, a phone number): the page ends at the furniture
    from reportparse.layout.text import load_text
    body = _legacy("rows", "", 7)
    text = body + "分享到：\n网站标识码 3502000001\n电话：0592 5512807\n闽ICP备05011234号 公安备案 35020302000123\n"
    assert load_text(text).text == load_text(body).text


# ---------------------------------------------------------------- a wrapped rest opening with the row's unit

@pytest.mark.parametrize("unit", ["件", "条"])
@pytest.mark.parametrize("rest", ["\n| {u} | 16 | 3 | 19 | 2 | 8 | 5 | 53 |", "\n| {u} | 16 | 3 | 19 |\n 2 | 8 | 5 | 53 |"])
def test_a_rest_cut_right_after_the_label_opening_with_the_rows_unit_is_the_rows(unit, rest):
    rows = [_pipe(labels, figures) for _, labels, figures in ROWS]
    i = next(j for j, (k, _, _) in enumerate(ROWS) if k == "requests.denied.third_party")
    rows[i] = "| 4.保护第三方合法权益 " + rest.format(u=unit)
    assert _read(_text(rows), "requests.denied.third_party") == _row("requests.denied.third_party")


def test_a_unit_led_rest_that_overfills_the_row_leaves_it_unread():
    rows = [_pipe(labels, figures) for _, labels, figures in ROWS]
    i = next(j for j, (k, _, _) in enumerate(ROWS) if k == "requests.denied.third_party")
    rows[i] = "| 4.保护第三方合法权益 \n| 件 | 16 | 3 | 19 | 2 | 8 | 5 | 53 | 7 |"
    assert _read(_text(rows), "requests.denied.third_party") == [None] * 7


@pytest.mark.parametrize("chrome", ["扫一扫在手机上查看当前页面", "扫一扫在手机打开当前页", "分享到："])
def test_a_furniture_line_among_figures_a_line_each_with_blank_lines_between_is_no_pages_end(chrome):
    # a crawler that set a blank line after every line: the figures after the furniture line are a table after it
    figures = [str(f) for f in T4_FIGURES]
    lines = [_pipe([lb[-1]], f) for _, lb, f in ROWS] + [""] + T4_CELL_HEAD + figures[:11] + [chrome] + figures[11:] + TAIL
    text = _text([x for ln in lines for x in (ln, "")])
    assert _t4(text) == T4_FIGURES
