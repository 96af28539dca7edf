"""Crawler and converter damage to report text (round 26): one mechanism each, on invented text derived from the
project's own fixtures (tests/fixtures/damage, tools/damage/), the campaign's kinds in
/work/notes/wild/text26/attack.py (sep_variants, tabs, markdown, invisible, legacy, decimal_money)."""
import reportparse
from conftest import FIXTURES

DAMAGE = FIXTURES / "damage"


def _parse(name: str, *swaps: tuple[str, str]):
    text = (DAMAGE / name).read_text(encoding="utf-8")
    for old, new in swaps:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    report = reportparse.parse_text(text)
    return report, report.values()


def _row(got: dict, key: str) -> list:
    return [got.get(f"{key}|applicant={w}", "unread") for w in
            ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")]


def test_a_tab_separated_row_keeps_its_empty_field_as_a_blank_cell():
    # a row copied from a spreadsheet: cells between TABs, a blank cell two TABs. Whitespace-split, the blank
    # vanished and the figures after it moved a column left (the campaign's tab rows: 58 wrong values)
    report, got = _parse("footnote_marks_2019.txt",
                         ("（一）予以公开 247 144 266 88 251 53 1049", "（一）予以公开\t247\t\t266\t88\t251\t53\t1049"),
                         ("2.重复申请 281 177 98 126¹ 50 113 845", "2.重复申请\t281\t177\t98\t126\t50\t\t845"))
    assert _row(got, "requests.granted") == [247, None, 266, 88, 251, 53, 1049]
    assert _row(got, "requests.not_processed.duplicate") == [281, 177, 98, 126, 50, None, 845]
    assert report.get("requests.granted", applicant="research").raw == "266"


def test_a_literal_nbsp_is_a_space_in_labels_and_between_figures():
    # html2text leaves "&nbsp;" in the text: between two figures it stopped the row (its first figures were then
    # cut as digits run together), inside a label it hid the label
    _report, got = _parse("footnote_marks_2019.txt",
                          ("2.重复申请 281 177 98 126¹ 50 113 845", "2.重复申请 281 177&nbsp;98 126¹ 50 113 845"),
                          ("7.属于行政执法案卷", "7.属于行政&nbsp;执法案卷"))
    assert _row(got, "requests.not_processed.duplicate") == [281, 177, 98, 126, 50, 113, 845]
    assert _row(got, "requests.denied.enforcement_file") == [290, 14, 225, 67, 16, 84, 696]


def test_a_figure_with_thousands_separators_is_never_cut_as_digits_run_together():
    # "1,769 2,528 489" then words: the start tree dropped the commas and cut 1769 2528 489 into seven cells that
    # add up (…|6|9|28|4|89): five wrong values. A grouped figure is one cell: no reading, the row unread and said
    report, got = _parse("footnote_marks_2019.txt",
                         ("2.重复申请 281 177 98 126¹ 50 113 845", "2.重复申请 1,769 2,528 489 见注 1,459 1,402 49 7,696"))
    assert _row(got, "requests.not_processed.duplicate") == ["unread"] * 7
    assert any("2.重复申请" in w and "not read" in w for w in report.warnings)
    assert _row(got, "requests.not_processed.publication") == [52, 257, 133, 274, 78, 181, 975]


def test_a_doubled_separator_reading_the_row_total_refutes_is_not_read():
    # "| 50 | | 13 | 845 |": an OCR read the 1 of 113 as a pipe. Taken for a separator printed twice, the blank
    # left 13 as other_org, and 281+177+98+126+50+13 is not 845: the row is not read (it was: 13, wrong)
    report, got = _parse("footnote_marks_2019.txt",
                         ("2.重复申请 281 177 98 126¹ 50 113 845", "| 2.重复申请 | 281 | 177 | 98 | 126 | 50 | | 13 | 845 |"),
                         ("3.要求提供公开出版物 52 257 133 274 78 181 975",
                          "| 3.要求提供公开出版物 | 52 | 257 | 133 || 274 | 78 | 181 | 975 |"))
    assert _row(got, "requests.not_processed.duplicate") == ["unread"] * 7
    assert any("2.重复申请" in w and "arithmetic fails" in w for w in report.warnings)
    # where the row's total holds, the doubled separator is read as before
    assert _row(got, "requests.not_processed.publication") == [52, 257, 133, 274, 78, 181, 975]


def test_a_closed_cell_grouped_by_spaces_is_one_figure():
    # "4 815 |" on a line of its own (cells closed by their pipe, a blank a lone pipe): one figure. The start
    # tree read 4 and 815 as two cells (items_change 4, decisions 815)
    _report, got = _parse("closed_cell_blanks_2019.txt", ("4815 |", "4 815 |"))
    assert (got["disclosure.licensing.items_prev_year"], got["disclosure.licensing.items_change"],
            got["disclosure.licensing.decisions"]) == (236, None, 4815)


def test_a_signed_figure_of_a_collapsed_row_is_its_change_cell_only():
    # a collapsed one-cell-a-line text whose change cell and decisions ran together ("+251275"): the start
    # tree let the signed figure stand for decisions too (251275). A "+" figure is the 本年增/减 cell alone
    _report, got = _parse("collapsed_2019.txt", ("行政处罚\n134\n+25\n1275", "行政处罚\n134\n+251275"))
    assert "disclosure.penalty.decisions" not in got
    assert got["disclosure.licensing.decisions"] is not None       # the other rows read as before


def test_a_lone_figure_grouped_by_spaces_is_no_row_printed_on_one_line():
    # one cell a line, "1 038" (a thousands separator as a space), then a 续表 break: the start tree took the
    # line for a row printed on one line ending at the blank line, and read 1 and 38 (both wrong)
    _report, got = _parse("collapsed_legacy.txt", ("受理政府信息公开申请总数\n件\n38\n152",
                                                    "受理政府信息公开申请总数\n件\n1 038\n\n（续表）\n\n1 152"))
    assert "requests.new|applicant=total" not in got
    assert "requests.new|applicant=total|period=cumulative" not in got
    assert got["requests.answered|applicant=total"] == 36


def test_a_figure_grouped_by_spaces_is_one_cell_between_tabs_and_on_a_line_of_its_own():
    # "2 793" between TABs (a spreadsheet's copy; written as a pipe row, its tight pipes are no OCR's 1s), and
    # "1 275" alone on its line among figures one a line: one figure each. The start tree read the pieces as
    # cells (too many for the row: unread)
    _report, got = _parse("footnote_marks_2019.txt",
                          ("一、本年新收政府信息公开申请数量 2793 3276 3015 2988 3016 3255 18343",
                           "一、本年新收政府信息公开申请数量\t2 793\t3 276\t3015\t2988\t3016\t3255\t18 343"))
    assert _row(got, "requests.new") == [2793, 3276, 3015, 2988, 3016, 3255, 18343]
    _report, got = _parse("collapsed_2019.txt", ("行政处罚\n134\n+25\n1275", "行政处罚\n134\n+25\n1 275"))
    assert (got["disclosure.penalty.items_prev_year"], got["disclosure.penalty.items_change"],
            got["disclosure.penalty.decisions"]) == (134, 25, 1275)


def test_a_share_widget_inside_the_table_is_no_end_of_the_page():
    # "分享到：" kept by a crawler between two rows in the second half of the text: the start tree took it for
    # the page's furniture after the body and dropped everything after it (the rest of table 三, table 四)
    text = (DAMAGE / "footnote_marks_2019.txt").read_text(encoding="utf-8")
    at = text.index("（六）其他处理 259")
    assert at > len(text) * 0.5
    report = reportparse.parse_text(text[:at] + "分享到：\n" + text[at:] + "分享到：\n网站地图\n")
    got = report.values()
    assert _row(got, "requests.other") == [259, 277, 256, 142, 223, 183, 1340]
    assert _row(got, "requests.carried_forward") == [104, 130, 283, 245, 174, 250, 1186]
    assert [got[f"review.{o}"] for o in ("upheld", "corrected", "other", "pending", "total")] == [6, 2, 9, 4, 21]


def test_a_page_number_among_a_cut_row_of_figures_a_line_is_dropped_by_the_total():
    # figures one a line: a page's bare number after the label, the row cut by prose before its last figure.
    # The start tree read the seven figures before the cut as printed (natural_person 8, every cell a column
    # off, total 214). Read without the one figure whose dropping makes the total hold
    report, got = _parse("footnote_marks_2019.txt",
                         ("3.补正后申请内容仍不明确 40 64 180 260 36 214 794",
                          "3.补正后申请内容仍不明确\n8\n40\n64\n180\n260\n36\n214\n\n本年度各部门认真落实公开要求。\n\n794"))
    assert _row(got, "requests.unable.unclear") == [40, 64, 180, 260, 36, 214, 794]
    assert "page's number" in report.get("requests.unable.unclear", applicant="total").source.note


def test_a_signed_figure_outside_its_change_column_leaves_the_row_unread():
    # "27 / 6 / -3" a line each, then furniture and 148: the page's number 6 moved -3 into the decisions column.
    # The start tree read items_change 6 (wrong). A signed figure outside 本年增/减: the row is not read, said
    report, got = _parse("footnote_marks_2019.txt",
                         ("行政强制 27 -3 148", "行政强制\n27\n6\n-3\n\n政府信息公开年度报告 6/14\n\n148"))
    assert not any(k.startswith("disclosure.coercion") for k in got)
    assert any("行政强制" in w and "本年增/减" in w for w in report.warnings)
    assert (got["disclosure.penalty.items_prev_year"], got["disclosure.penalty.items_change"],
            got["disclosure.penalty.decisions"]) == (211, 4, 1693)


def test_many_furniture_lines_cost_a_few_table_searches_not_one_each(monkeypatch):
    """(found reviewing the merge: a page of k furniture lines, each with a table somewhere after it, searched
    the rest of the page once per line: 36 s for 460 KB) The line that ends the page is found by bisection."""
    from reportparse.layout import text as text_layout

    calls = []
    real = text_layout._TABLE_AFTER

    class Counting:
        def search(self, *args):
            calls.append(args[1])
            return real.search(*args)

    monkeypatch.setattr(text_layout, "_TABLE_AFTER", Counting())
    body = "某县2021年度政府信息公开工作年度报告\n" + "正文。\n" * 10
    page = body + ("分享到：\n" + "说明文字。\n" * 3) * 4000 + "17 29 43\n"
    assert text_layout._page_end(page) is None            # a table follows every one of them: the page is whole
    assert len(calls) <= 14                               # log2(4000) + 2, not 4000
    calls.clear()
    cut = body + "分享到：\n17 29 43\n" + "打印本页\n页脚文字\n"
    assert text_layout._page_end(cut) == cut.index("打印本页")


def test_the_rows_of_one_long_line_read_its_ocr_pipes_once(monkeypatch):
    """(found by the attack's new repeat_clause class: a 750 KB page whose clause, holding pipes, was said 10,000
    times on one line never ended — every row read on the line scanned the whole line again) The figures an OCR's
    pipes make are found once per line, however many rows ask."""
    from reportparse.extract import ocr_pipes

    calls = []
    real = ocr_pipes._PIPE_TOUCHING_DIGIT

    class Counting:
        def search(self, *args):
            calls.append(args[1:])
            return real.search(*args)

    monkeypatch.setattr(ocr_pipes, "_PIPE_TOUCHING_DIGIT", Counting())
    ocr_pipes._line_figures.cache_clear()
    line = "行政许可 | 2|1 | 37 | 54 | " + "行政许可 | 43 | 37 | 54 | " * 500
    text = "标题\n" + line + "\n结尾\n"
    starts = [k for k in range(len(text)) if text.startswith("行政许可", k)]
    spans = [tuple(ocr_pipes.ocr_pipe_figures(text, k + 4, k + 14)) for k in starts]
    assert len(calls) == 1 and len(set(spans)) == 1
    assert [text[a:b] for a, b in spans[0]] == ["2|1"]
