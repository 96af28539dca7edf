"""Table 二 of a copy that ends inside a row, its cells one a line padded with spaces and closed by pipes
("规章  |\\n          0  |" and nothing more, stop 29 hunt29b): the figures printed are the row's first columns and
are read; the columns the text lost are not. A row cut before the next row (not at the text's end), or whose
figure is not closed by its pipe, stays unread. Invented texts and numbers."""
import pytest

import reportparse

HEAD = ("根据《中华人民共和国政府信息公开条例》规定，现公布岚峰区人民政府2020年政府信息公开工作年度报告。\n一、总体情况\n"
        "2020年，全区推进政务公开。\n二、主动公开政府信息情况\n第二十条第(一)项  |  \n         ||||\n信息内容  |  \n"
        "          本年新制作数量  |  \n          本年新公开数量  |  \n          对外公开总数量  |  \n         |\n")


def _values(report):
    return {i.key: i.value for i in report.indicators if i.key.startswith("disclosure.")}


def test_a_row_cut_after_its_first_cell_at_the_text_end_gives_that_cell():
    report = reportparse.parse_text(HEAD + "规章  |  \n          7  |  \n         ")
    assert _values(report) == {"disclosure.regulations.made": 7}
    made = next(i for i in report.indicators if i.key == "disclosure.regulations.made")
    assert made.source.method == "table" and "规章" in made.label and made.raw == "7"
    assert made.source.span is not None and made.source.span[1] - made.source.span[0] >= 1
    assert any("the text ends after 1 of its 3 cells" in w for w in report.warnings)


def test_a_row_cut_after_two_cells_gives_both_and_a_zero_stays_a_zero():
    report = reportparse.parse_text(HEAD + "规章  |  \n          0  |  \n          4  |  \n")
    assert _values(report) == {"disclosure.regulations.made": 0, "disclosure.regulations.published": 4}


@pytest.mark.parametrize("tail", [
    # the row is short but the text goes on to the next row: blanks left out, which cells is not settled
    "规章  |  \n          7  |  \n         |\n规范性文件  |  \n          3  |  \n          2  |  \n          9  |  \n",
    # a figure not closed by its pipe may be digits run together (75 = 7 | 5)
    "规章  |  \n          75\n",
    # the figure on the label's own line
    "规章  |  75  |\n",
])
def test_a_short_row_not_cut_at_the_text_end_by_pipes_is_not_read(tail):
    report = reportparse.parse_text(HEAD + tail)
    assert "disclosure.regulations.made" not in _values(report)
