"""A table cell whose figure prints its sign twice ("--7", "+-4", hunt32a): one cell, never a dash cell and a figure
(which left the row a cell too many and lost it whole). Its value is not settled (which sign?): it is not read and
said, and the row's other cells are read in their columns. A doubled sign outside the 本年增/减 column leaves the
row's columns unsettled, as any signed figure there does. Invented texts and numbers."""
import reportparse

HEAD = ("根据《中华人民共和国政府信息公开条例》规定，现公布青岚县水利局2020年政府信息公开工作年度报告。\n"
        "二、主动公开政府信息情况\n")


def _t2(text):
    report = reportparse.parse_text(HEAD + text)
    return report, {i.key: i.value for i in report.indicators if i.key.startswith("disclosure.")}


PIPES = ("| 第二十条第(一)项 |\n| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
         "| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 3 | 3 | 18 |\n"
         "| 第二十条第(五)项 |\n| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
         "| 行政许可 | 14 | +-4 | 52 |\n| 其他对外管理服务事项 | 6 | 2 | 71 |\n"
         "| 第二十条第(六)项 |\n| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
         "| 行政处罚 | 41 | --7 | 35 |\n| 行政强制 | 5 | -1 | 9 |\n")


def test_a_doubled_sign_in_a_pipe_row_leaves_that_cell_unread_and_the_rest_read():
    report, got = _t2(PIPES)
    assert got["disclosure.penalty.items_prev_year"] == 41 and got["disclosure.penalty.decisions"] == 35
    assert "disclosure.penalty.items_change" not in got
    assert got["disclosure.licensing.items_prev_year"] == 14 and got["disclosure.licensing.decisions"] == 52
    assert "disclosure.licensing.items_change" not in got
    # the rows around them as ever, cell by cell
    assert (got["disclosure.other_services.items_prev_year"], got["disclosure.other_services.items_change"],
            got["disclosure.other_services.decisions"]) == (6, 2, 71)
    assert (got["disclosure.coercion.items_prev_year"], got["disclosure.coercion.items_change"],
            got["disclosure.coercion.decisions"]) == (5, -1, 9)
    assert got["disclosure.normative_docs.published_total"] == 18
    said = [w for w in report.warnings if "its sign twice" in w]
    assert any("disclosure.penalty.items_change" in w and "'--7'" in w for w in said)
    assert any("disclosure.licensing.items_change" in w and "'+-4'" in w for w in said)
    decided = next(i for i in report.indicators if i.key == "disclosure.penalty.decisions")
    assert decided.raw == "35" and decided.source.method == "table"


def test_cells_one_a_line_keep_the_doubled_sign_in_one_cell():
    lines = ("第二十条第(六)项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n"
             "行政处罚\n41\n--7\n35\n行政强制\n5\n-1\n9\n")
    report, got = _t2(lines)
    assert (got["disclosure.penalty.items_prev_year"], got["disclosure.penalty.decisions"]) == (41, 35)
    assert "disclosure.penalty.items_change" not in got
    assert (got["disclosure.coercion.items_prev_year"], got["disclosure.coercion.items_change"],
            got["disclosure.coercion.decisions"]) == (5, -1, 9)


def test_a_doubled_sign_outside_the_change_column_settles_no_columns():
    report, got = _t2(PIPES.replace("| 行政处罚 | 41 | --7 | 35 |", "| 行政处罚 | --41 | 7 | 35 |"))
    assert not any(k.startswith("disclosure.penalty.") for k in got)
    assert got["disclosure.coercion.decisions"] == 9
