"""Table 二 rows whose label cell carries the label's definition after a colon ("规章:地方行政规章指…规范性文件。
规章的名称…" closed by the cell's pipe, its figures a line each below it; stop 31 hunt31b, a zone bureau's 2019
table): the definition is the label's note, so a row named inside it (规范性文件, 规章 again) is no row and the figures
below are the row's. A colon whose text is not closed by its cell's pipe (prose), or holds a figure, is not passed
over. Invented texts and numbers."""
import reportparse

HEAD = ("根据《中华人民共和国政府信息公开条例》规定，现公布岚峰区文体局2020年政府信息公开工作年度报告。\n一、总体情况\n"
        "2020年，我局推进政务公开。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n||||\n信息内容 |\n本年新 |\n本年新 |\n"
        "对外公开总数量 |\n|\n")
REG = ("规章:地方行政规章指省、自治区、直辖市的人民政府以及设区的市的人民政府制定的规范性文件。规章的名称一般称“规定”、"
       "“办法”。 |\n3 |\n2 |\n7 |\n|\n")
NORM = ("规范性文件:是指各级人民政府及其工作部门在法定职权范围内制定、发布的，在本行政区域内具有普遍约束力的行政规范。 |\n"
        "5 |\n4 |\n11 |\n|\n")
LIC = "第二十条第(五)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n行政许可 |\n13 |\n6 |\n58 |\n|\n"


def _values(report):
    return {i.key: i.value for i in report.indicators if i.key.startswith("disclosure.")}


def test_a_label_with_its_definition_after_a_colon_reads_the_figures_below_it():
    report = reportparse.parse_text(HEAD + REG + NORM + LIC)
    assert _values(report) == {
        "disclosure.regulations.made": 3, "disclosure.regulations.published": 2, "disclosure.regulations.published_total": 7,
        "disclosure.normative_docs.made": 5, "disclosure.normative_docs.published": 4,
        "disclosure.normative_docs.published_total": 11,
        "disclosure.licensing.items_prev_year": 13, "disclosure.licensing.items_change": 6,
        "disclosure.licensing.decisions": 58}
    made = report.get("disclosure.regulations.made")
    assert made.label == "规章" and made.raw == "3" and made.source.method == "table"
    assert made.source.span is not None and made.source.span[1] > made.source.span[0]
    assert not any("规章" in w or "规范性文件" in w for w in report.warnings)


def test_a_row_named_inside_another_rows_definition_is_no_row():
    # 规范性文件 is named inside 规章's definition and has no row of its own: nothing is read for it
    report = reportparse.parse_text(HEAD + REG + LIC)
    values = _values(report)
    assert values["disclosure.regulations.made"] == 3 and values["disclosure.regulations.published_total"] == 7
    assert not any(k.startswith("disclosure.normative_docs") for k in values)


def test_a_colon_before_prose_not_closed_by_a_pipe_is_not_passed_over():
    # the label's line runs on as prose (no cell pipe): the figures on the lines below are not its cells
    text = HEAD + "规章:本年度我局未制定规章，规范性文件均按程序公开\n3 |\n2 |\n7 |\n|\n" + LIC
    report = reportparse.parse_text(text)
    assert not any(k.startswith("disclosure.regulations") for k in _values(report))


def test_a_definition_holding_a_figure_is_not_passed_over():
    text = HEAD + "规章:2020年新制定的地方政府规章 |\n3 |\n2 |\n7 |\n|\n" + LIC
    report = reportparse.parse_text(text)
    assert not any(k.startswith("disclosure.regulations") for k in _values(report))
