"""Crawler damage the campaign (tools/crawler_attack.py, seed 78) lost rows of a table printed as PDF-text rows
(`label v v …`) to:

- a page's chrome a crawler kept between a row and the tail a fixed-width wrap cut off it ("4.保护第三方合法权益 0 203
  0 0 0 43" / 来源：区政府办公室 or a page's number / "246"): the row was read one cell short, its total's cell "not printed". The chrome
  line is blanked with its break (layout/text.blank_chrome_in_figure_rows), the tail read as a wrap alone leaves it; a table printed
  a figure a line keeps its chrome as before, and words that are no chrome stay;
- a footnote mark after the last figure of a row whose figure a wrap cut in two ("… 187 16" / "5 314 1067※"): the
  re-joining of the cut figure (tables._cut_at_line_breaks) looked for bare digits only.
"""
import pytest
from conftest import tool_module

import reportparse
from reportparse.layout import text as text_layer

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
SEED = 7800045          # an invented 2021 report, its tables printed as `label v v …` rows


def _row(got: dict, key: str) -> list:
    return [got.get(f"{key}|applicant={a}") for a in APPLICANTS]


def _document(old: str, new: str) -> tuple[str, dict]:
    layout, text, truth = CA.document(SEED)
    assert layout == "rows" and old in text
    return text.replace(old, new), truth


@pytest.mark.parametrize("chrome", ["来源：区政府办公室", "【打印本页】【关闭窗口】", "发布日期：2022-01-20", "第2页 共4页", "- 3 -"])
def test_chrome_between_a_row_and_its_wrapped_tail_is_blanked(chrome):
    text, truth = _document("4.保护第三方合法权益 0 203 0 0 0 43 246\n",
                            f"4.保护第三方合法权益 0 203 0 0 0 43 \n{chrome}\n246\n")
    assert _row(truth, "requests.denied.third_party") == [0, 203, 0, 0, 0, 43, 246]
    report = reportparse.parse_text(text)
    assert _row(report.values(), "requests.denied.third_party") == [0, 203, 0, 0, 0, 43, 246]
    assert not [w for w in report.warnings if "third_party" in str(w)]


def test_the_tail_may_hold_several_figures_and_a_blank_line_may_follow_the_chrome():
    text, truth = _document("4.无正当理由大量反复申请 29 309 63 187 165 314 1067\n",
                            "4.无正当理由大量反复申请 29 309 63 187 \n来源：区政府办公室\n\n165 314 1067\n")
    got = reportparse.parse_text(text).values()
    assert _row(got, "requests.not_processed.excessive") == [29, 309, 63, 187, 165, 314, 1067]


def test_what_is_blanked_and_what_is_not():
    row = "4.保护第三方合法权益 0 203 0 0 0 43 \n来源：区政府办公室\n246\n"
    assert text_layer.blank_chrome_in_figure_rows(row) == "4.保护第三方合法权益 0 203 0 0 0 43 \n" + " " * 10 + "246\n"
    # a figure alone above (a table printed a cell a line), a label after, words that are no chrome: kept
    for kept in ("自然人\n43\n来源：区政府办公室\n246\n", "4.保护第三方合法权益 0 203 0 0 0 43 \n来源：区政府办公室\n5.属于三类内部事务信息 1 2\n",
                 "4.保护第三方合法权益 0 203 0 0 0 43 \n来源于群众反映\n246\n"):
        assert text_layer.blank_chrome_in_figure_rows(kept) == kept


def test_a_footnote_mark_after_a_row_whose_figure_a_wrap_cut():
    text, truth = _document("4.无正当理由大量反复申请 29 309 63 187 165 314 1067\n",
                            "4.无正当理由大量反复申请 29 309 63 187 16\n5 314 1067※\n")
    got = reportparse.parse_text(text).values()
    assert _row(got, "requests.not_processed.excessive") == [29, 309, 63, 187, 165, 314, 1067]


# - a table printed a figure a line, a crawler dropping repeated lines, and one empty line the page had (its chrome,
#   a blank cell) between two equal figures: the crawler kept both around it, and that "repeat" was taken for proof
#   that nothing was collapsed — every collapsed row then read as digits run together, none holding (seed 77 lost a
#   whole table 三). Where table 三's sums prove each collapsed reading and empty lines are rare in the text, an empty
#   line parts a repeat as a line of spaces does (line_damage.may_be_collapsed(proven=True)); where nearly every line
#   has one after it (a crawler's habit) a repeat across one still rules a collapse out, and a legacy table (no sums
#   proving its pairs) keeps the rule (tests/test_crawler_damage_lead44.py).
CELLS_SEED = 7700009            # an invented report printed a cell a line; its 部分公开 row all zeros
PARTLY = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"


def _cells_document(empty_at: int) -> tuple[list[str], dict]:
    layout, text, truth = CA.document(CELLS_SEED)
    lines = text.split("\n")
    at = lines.index(PARTLY)
    assert layout == "cells" and lines[at + 1:at + 8] == ["0"] * 7
    lines.insert(at + empty_at, "")
    return lines, truth


def test_an_empty_line_between_equal_figures_does_not_hide_a_collapsed_table():
    lines, truth = _cells_document(4)
    text = CA.collapse("\n".join(lines))
    assert f"\n{PARTLY}\n0\n\n0\n（三）不予公开\n" in text
    got = reportparse.parse_text(text).values()
    assert _row(got, "requests.partially_granted") == [0] * 7
    wanted = {k: v for k, v in truth.items() if v is not None}
    assert {k: got.get(k) for k in wanted} == wanted


def test_empty_lines_after_every_line_still_rule_a_collapse_out():
    lines, truth = _cells_document(4)
    text = "\n".join(x for line in lines for x in (line, ""))      # not collapsed: every figure printed
    got = reportparse.parse_text(text).values()
    wanted = {k: v for k, v in truth.items() if v is not None}
    assert {k: got.get(k) for k in wanted} == wanted


# - table 四 with its fifteen figures run together in a text whose crawler dropped repeated lines
#   (521203810216356053164233910072 on one line): no reading of collapsed runs held, and the fallback to figures run
#   together (with both damages at once) knew rows of one group only (table 三's); now groups side by side too, a run
#   of equal cells going on into the next group (joined_runs.mixed_group_readings). Several readings: only
#   the cells they all give alike are read.
T4 = [f"{g}.{o}" for g in ("review", "litigation.direct", "litigation.after_review")
      for o in ("upheld", "corrected", "other", "pending", "total")]


def _table4_joined(seed: int, figures: list[str]) -> dict:
    layout, text, truth = CA.document(seed)
    lines = text.split("\n")
    at = max(k for k, line in enumerate(lines) if line == "总计") + 1
    assert layout == "cells" and lines[at:at + 15] == figures
    lines[at:at + 15] = ["".join(figures)]
    return reportparse.parse_text(CA.collapse("\n".join(lines))).values()


def test_table4_run_together_in_a_collapsed_text():
    figures = ["52", "12", "0", "38", "102", "16", "35", "60", "53", "164", "23", "39", "10", "0", "72"]
    got = _table4_joined(7700127, figures)
    assert [got.get(k) for k in T4] == [int(f) for f in figures]


def test_table4_run_together_with_several_readings_reads_only_the_cells_alike():
    # 36|0|33|0|69 … 3|6|21|40|70 also reads 36|0|3|30|69 …: only the cells every reading gives alike are read
    got = _table4_joined(7700001, ["36", "0", "33", "0", "69", "0", "14", "53", "0", "67", "3", "6", "21", "40", "70"])
    assert [got.get(k) for k in T4] == [36, 0, None, None, 69, 0] + [None] * 9


def test_every_reading_of_groups_side_by_side():
    from reportparse.extract.joined_runs import mixed_group_readings, mixed_readings
    # a run of zeros going on from one group's end into the next: 4|0|0|0|4 | 0|0|0|0|0 printed 4, 0, 4, 0
    assert (4, 0, 0, 0, 4, 0, 0, 0, 0, 0) in mixed_group_readings(["404", "0"], [5, 5])
    assert (0, 0, 0, 0, 0, 7, 0, 0, 0, 7) in mixed_group_readings(["07", "0", "7"], [5, 5])
    assert mixed_group_readings(["521203810216356053164233910072"], [5, 5, 5]) == {
        (52, 12, 0, 38, 102, 16, 35, 60, 53, 164, 23, 39, 10, 0, 72)}
    # one group: the readings of the one-group search (an all-zero row aside: a collapsed run reads it)
    for raw, n in ((["1234", "46"], 4), (["3", "5", "8"], 4), (["120", "7"], 4)):
        assert mixed_group_readings(raw, [n]) == mixed_readings(raw, n), raw
    assert mixed_group_readings(["9" * 60], [5, 5, 5], limit=2_000) is None         # past its steps: none


# - a widget line a crawler kept right before a legacy table's last row printed a cell a line (42 / 扫一扫在手机打开当前页 /
#   接受行政申诉、举报数 / 件 / 7 / 48): taken for the page's end, the row was cut off with the text after it (the widget
#   between two figures was no page's end already: layout/text._among_figures). A widget after the last figure with no
#   row after it still ends the page.
LEGACY_SEED = 7600022           # an invented 2017 report, its appendix table a cell a line


def test_a_widget_before_a_legacy_tables_last_row_is_no_page_end():
    layout, text, truth = CA.document(LEGACY_SEED)
    old = "\n42\n接受行政申诉、举报数\n件\n7\n48\n"
    assert layout == "legacy" and old in text
    got = reportparse.parse_text(text.replace(old, "\n42\n扫一扫在手机打开当前页\n接受行政申诉、举报数\n件\n7\n48\n")).values()
    assert (got["complaints.total"], got["complaints.total|period=cumulative"]) == (7, 48)
    assert (got["litigation.total"], got["litigation.total|period=cumulative"]) == (11, 42)


def test_a_widget_after_a_tables_last_figure_still_ends_the_page():
    page = "行政诉讼数\n件\n11\n42\n扫一扫在手机打开当前页\n相关链接\n澄溪区政府网站\n"
    assert "相关链接" not in text_layer.load_text("某区2017年政府信息公开工作年度报告\n" + "x\n" * 30 + page).text
