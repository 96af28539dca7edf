"""HTML pages, round four (stop 27): tables a page gives as text (a <textarea> holding the table's markup, a <pre>
of fixed-width columns), read cell by cell on invented reports."""
import html as H

import reportparse
from test_html_positioned import _report, _tools


def _page(tables: list[str]) -> str:
    return _tools("damage.fixtures_html").page("栖梧县人民政府2021年政府信息公开工作年度报告", "栖梧县", "2022-01-20",
                                               2021, "0000-1234567", tables)


def _table(rows) -> str:
    return ('<table border="1">' + "".join("<tr>" + "".join(
        f"<td{' colspan=%d' % s if s > 1 else ''}>{H.escape(t)}</td>" for t, s in row) + "</tr>" for row in rows)
        + "</table>")


def _cells(report) -> dict:
    return {i.value_id: i.value for i in report.indicators if not i.derived}


def _reads_all(page: str, truth: dict, warned: str) -> None:
    """Every value of the page read as true, cell by cell, and `warned` said."""
    report = reportparse.parse(page.encode("utf-8"))
    got = _cells(report)
    for vid, value in truth.items():
        assert got.get(vid) == value, vid
    assert any(warned in w for w in report.warnings)


def test_a_table_given_as_its_markup_in_a_textarea_is_read_as_the_table():
    # a CMS shows each table's HTML source in a read-only <textarea> (escaped markup): the text box was dropped as a
    # form control and nothing of the three tables was read
    grids, truth = _report(4127)
    _reads_all(_page([f'<textarea rows="20" cols="80" readonly>{H.escape(_table(g))}</textarea>' for g in grids]),
               truth, "<textarea>")


def test_a_textarea_of_plain_text_stays_dropped():
    # (a guard) a comment box's text is no table: not read
    grids, _truth = _report(4127)
    page = _page([_table(grids[0]), '<textarea>规章 9 9 9 &lt;b&gt;</textarea>' + _table(grids[1]), _table(grids[2])])
    report = reportparse.parse(page.encode("utf-8"))
    assert _cells(report)["disclosure.regulations.repealed"] == 13
    assert not any("<textarea>" in w for w in report.warnings)


def test_a_table_source_counts_against_the_pages_element_limit():
    # the markup in a text box is parsed as elements: it counts with the page's own against max_html_elements
    import pytest
    grids, _truth = _report(4127)
    page = _page([f'<textarea>{H.escape(_table(g))}</textarea>' for g in grids])
    markup = sum(_table(g).count("<") for g in grids)
    reportparse.parse(page.encode("utf-8"), max_html_elements=page.count("<") + markup)
    with pytest.raises(reportparse.DocumentTooLargeError):
        reportparse.parse(page.encode("utf-8"), max_html_elements=page.count("<") + 20)


def _fixed(rows, align: str = "left", rule: str = "") -> str:
    """A table as fixed-width text: each grid column padded to its widest cell plus two (a CJK character two
    wide), figures set left or right in their column, a rule line after each row or not."""
    import unicodedata

    def w(t):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in t)
    colw = [4] * sum(s for _t, s in rows[0])
    for row in rows:
        c = 0
        for t, s in row:
            colw[c] = max(colw[c], w(t) + 2) if s == 1 else colw[c]
            c += s
    out = []
    for row in rows:
        c, line = 0, ""
        for t, s in row:
            span = sum(colw[c:c + s])
            pad = span - 2 - w(t) if align == "right" and t[:1].isdigit() else 0
            line += " " * pad + t + " " * (span - pad - w(t))
            c += s
        out += [line.rstrip()] + ([rule * 40] if rule else [])
    return "\n".join(out)


def test_a_fixed_width_table_in_pre_keeps_each_blank_cell_in_its_column():
    # a report pasted as plain text in <pre>: 规章 (_ 13 47), 行政规范性文件 (86 121 _), 二、上年结转 (5 _ 7 _ 9 _ 21)…
    # blank cells are spaces. Split at whitespace, the figures after a blank move a column left: those rows were
    # not read (table 四's row, whose blank columns no figure line prints on, neither)
    grids, truth = _report(4127)
    _reads_all(_page([f"<pre>{H.escape(_fixed(g))}</pre>" for g in grids]), truth, "fixed-width text (<pre>)")


def test_right_set_figures_and_rule_lines_in_pre_are_read_by_their_columns():
    grids, truth = _report(4131)
    _reads_all(_page([f"<pre>{H.escape(_fixed(g, 'right', '-'))}</pre>" for g in grids]), truth, "<pre>")


def test_a_pre_whose_header_word_stands_between_the_figure_columns_is_not_read_by_position():
    # (a guard) 本年废止件数 stands wholly between two figure columns and the line does not name every figure column:
    # which column it heads is not what the text says, so the <pre> is read as text as before
    from reportparse.layout.html_pre import fixed_width_rows
    text = ("信息内容          本年制发件数    本年废止件数\n"
            "规章                      5                         27    33\n"
            "行政规范性文件           61                        129   190\n")
    assert fixed_width_rows(text) is None
    prose = "本机关2021年主动公开政府信息情况如下，全年共发布各类信息和政策解读材料等。\n规章  5  11  27\n"
    assert fixed_width_rows(prose) is None


def test_a_whole_report_pasted_in_one_pre_reads_each_table_by_its_columns():
    # the report's paragraphs and its three tables in one <pre>; table 二's rows print one figure each (规章 _ 13 _,
    # 行政规范性文件 _ 138 _): read as text, "138" alone was split into three digits run together (1 | 3 | 8: wrong)
    import re
    grids, truth = _report(4127)
    t2 = _tools("damage.fixtures_heldout").t2_2021((None, 13, None), (None, 138, None), 3418, 917, 452, "6.4")
    grids[0] = _tools("damage.fixtures_html").t2_rows(t2, "6.4")
    truth.update(t2)
    page = _page([f"<pre>{H.escape(_fixed(g, 'right'))}</pre>" for g in grids])
    start, end = page.index('<div class="content">') + len('<div class="content">'), page.index("</div>\n</div>")
    inner = re.sub(r"</?pre>", "", page[start:end])
    inner = re.sub(r"<p[^>]*>(.*?)</p>", lambda m: re.sub(r"<[^>]+>", "", m.group(1)) + "\n", inner)
    _reads_all(page[:start] + "<pre>" + inner + "</pre>" + page[end:], truth, "<pre>")


def test_a_hidden_fixed_width_table_stays_unread():
    # (a guard) a <pre> the page hides (display:none) is not shown: made a <table>, it stays hidden; the page's
    # own table is read and the hidden copy's other figures are not
    grids, truth = _report(4127)
    hidden = [[(t.replace("13", "19"), s) for t, s in row] for row in grids[0]]
    page = _page([f'<pre style="display:none">{H.escape(_fixed(hidden))}</pre>' + _table(grids[0]),
                  _table(grids[1]), _table(grids[2])])
    got = _cells(reportparse.parse(page.encode("utf-8")))
    assert got["disclosure.regulations.repealed"] == 13
