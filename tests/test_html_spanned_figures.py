"""A <td colspan="k"> holding k figures on lines of their own (a CMS merged two neighbouring cells of a crawled page:
tools/crawler_attack.py's html_cells_merged, <br>, &nbsp; or two blocks between them) is those k cells, one a column
(before: a table 二 row left '2 cells where the template has 3', unread; the same cell without colspan was read as its
cells already). One figure over the columns stays the cell's; figures apart by a plain space (a thousands group?), as
many as the columns but with a rowspan, or more than the columns, stay as printed. Invented tables, distinct numbers;
tests named *guard* pass on the start tree."""
import pytest

import reportparse

_TITLE = "某县2022年政府信息公开工作年度报告"


def _page(row: str, new: str = "<td>5</td><td>9</td><td>3</td><td>4</td><td>8</td><td>6</td><td>35</td>") -> bytes:
    return (f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1><p>二、主动公开政府信息情况</p>"
            '<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>'
            "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
            "<tr><td>规章</td><td>17</td><td>43</td><td>19</td></tr>" + row +
            '<tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>'
            '<tr><td>行政许可</td><td colspan="3">4897</td></tr></table><p>三、收到和处理政府信息公开申请情况</p>'
            f"<table><tr><td>本年新收政府信息公开申请数量</td>{new}</tr></table></body></html>").encode()


def _docs(report) -> dict:
    return {i.key.split(".", 2)[2]: i.value for i in report.indicators if i.key.startswith("disclosure.normative_docs.")}


@pytest.mark.parametrize("cell", ['<td colspan="2">226<br>80</td>', '<td colspan="2">226&nbsp;80</td>',
                                  '<td colspan="2"><p>226</p><p>80</p></td>', '<td colspan="2">226<br/> 80</td>'])
def test_two_figures_in_a_cell_spanning_two_columns(cell):
    report = reportparse.parse(_page(f"<tr><td>行政规范性文件</td>{cell}<td>341</td></tr>"))
    assert _docs(report) == {"issued": 226, "repealed": 80, "in_force": 341}
    assert report.value("disclosure.licensing.decisions") == 4897      # one figure over three columns: its own


def test_the_merged_cells_last_in_the_row():
    report = reportparse.parse(_page('<tr><td>行政规范性文件</td><td>226</td><td colspan="2">80<br>341</td></tr>'))
    assert _docs(report) == {"issued": 226, "repealed": 80, "in_force": 341}


def test_guard_a_table_three_row_its_arithmetic_read_already():
    new = '<td>5</td><td colspan="2">9<br>3</td><td>4</td><td>8</td><td>6</td><td>35</td>'
    report = reportparse.parse(_page("<tr><td>行政规范性文件</td><td>226</td><td>80</td><td>341</td></tr>", new))
    got = {i.applicant: i.value for i in report.indicators if i.key == "requests.new"}
    assert got == {"natural_person": 5, "commercial": 9, "research": 3, "social_welfare": 4, "legal_service": 8,
                   "other_org": 6, "total": 35}


@pytest.mark.parametrize("cell", [
    '<td colspan="2">226 80</td>',                  # a plain space: a thousands group, or two cells?
    '<td colspan="2" rowspan="2">226<br>80</td>',   # spanning rows too
    '<td colspan="2">226<br>80<br>5</td>',          # more figures than its columns
])
def test_guard_cells_that_do_not_say_whose_figures_they_hold(cell):
    report = reportparse.parse(_page(f"<tr><td>行政规范性文件</td>{cell}<td>341</td></tr>"))
    assert _docs(report) == {}
