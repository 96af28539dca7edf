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


def test_a_table_given_as_its_markup_in_a_textarea_is_read_as_the_table():
    # a CMS shows each table's HTML source in a read-only <textarea> (escaped markup): the text box was dropped as a
    # form control and nothing of the three tables was read
    grids, truth = _report(4127)
    page = _page([f'<textarea rows="20" cols="80" readonly>{H.escape(_table(g))}</textarea>' for g in grids])
    report = reportparse.parse(page.encode("utf-8"))
    got = _cells(report)
    for vid, value in truth.items():
        assert got.get(vid) == value, vid
    assert any("<textarea>" in w for w in report.warnings)


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
