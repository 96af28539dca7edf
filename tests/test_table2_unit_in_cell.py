"""A table 二 cell that prints its row's unit after its figure ("0件 |", a page whose cells each close with a pipe on
their own line) is that one figure: the crawler's row end "||" on the next line is no second, blank cell (stop 31,
dev31b). A cell with other words beside its figure (余) stays unread. Invented texts and numbers."""
import reportparse

HEAD = ("青岚镇2021年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n二、主动公开政府信息情况\n"
        "|\n第二十条第(一)项 |\n|||\n|\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n|\n规章 |\n2 |\n1 |\n4 |\n"
        "|\n行政规范性文件 |\n7 |\n3 |\n5 |\n|\n第二十条第(五)项 |\n|||\n|\n信息内容 |\n处理决定数量 |\n||\n|\n行政许可 |\n")
TAIL = "||\n|\n第二十条第(六)项 |\n|||\n|\n信息内容 |\n处理决定数量 |\n||\n|\n行政处罚 |\n6 |\n||\n"


def _licensing(cell: str):
    report = reportparse.parse_text(HEAD + cell + " |\n" + TAIL)
    assert report.value("disclosure.penalty.decisions") == 6
    return report, report.value("disclosure.licensing.decisions")


def test_a_cell_printing_its_rows_unit_after_its_figure_is_read():
    report, value = _licensing("8件")
    assert value == 8
    found = next(i for i in report.indicators if i.key == "disclosure.licensing.decisions")
    text = HEAD + "8件 |\n" + TAIL
    assert found.label == "行政许可" and found.source.method == "table" and text[slice(*found.source.span)] == "8"
    assert not [w for w in report.warnings if "行政许可" in w]


def test_a_zero_with_its_unit_is_read_as_zero():
    assert _licensing("0件")[1] == 0


def test_a_cell_with_other_words_beside_its_figure_stays_unread():
    # near-miss: 8余件 (some 8) is no count
    report, value = _licensing("8余件")
    assert value is None and [w for w in report.warnings if "行政许可" in w]
