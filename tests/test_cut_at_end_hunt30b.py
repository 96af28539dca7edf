"""A copy that ends inside a table's row, its cells one a line with blank lines between and no pipes (stop 30,
hunt30b): table 三's cut row gives its first columns where every other row of the table prints all seven (no blank
left out in this copy); table 二's last row gives its columns where the text then ends inside a figure ('20' of
2020年…, no line break after it: none of the row's). A figure the text ends in is never read; a short row with
text after it, or in a table that leaves a blank out elsewhere, stays unread. Invented texts and numbers."""
import pytest

import reportparse

APPS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")


def _lines(*cells):
    return "".join(f"{c}\n\n" for c in cells)


def _row(label, six):
    return f"{label}\n\n" + _lines(*six, sum(six))


T3_HEAD = ("根据《中华人民共和国政府信息公开条例》规定，现公布青岚区教育局2021年政府信息公开工作年度报告。\n"
           "三、收到和处理政府信息公开申请情况\n\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n\n"
           "申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n")
T3_ROWS = (_row("一、本年新收政府信息公开申请数量", (11, 3, 2, 4, 5, 6))
           + _row("二、上年结转政府信息公开申请数量", (1, 2, 1, 3, 1, 2))
           + "三、本年度办理结果\n\n"
           + _row("(一)予以公开", (7, 2, 1, 5, 2, 4))
           + _row("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", (2, 1, 1, 1, 3, 2))
           + "(三)不予公开\n\n"
           + _row("1.属于国家秘密", (1, 1, 1, 1, 1, 1))
           + _row("2.其他法律行政法规禁止公开", (2, 1, 0, 0, 0, 1)))
CUT_LABEL = "3.危及“三安全一稳定”\n\n"


def _t3(report, key):
    return {i.applicant: i.value for i in report.indicators if i.key == key}


def test_table3_row_cut_at_the_text_end_gives_its_first_columns():
    report = reportparse.parse_text(T3_HEAD + T3_ROWS + CUT_LABEL + "4\n\n9\n")
    assert _t3(report, "requests.denied.security_stability") == {"natural_person": 4, "commercial": 9}
    cell = next(i for i in report.indicators if i.key == "requests.denied.security_stability"
                and i.applicant == "commercial")
    assert cell.source.method == "table" and cell.raw == "9" and "三安全一稳定" in cell.label
    assert "copy ends inside the row" in cell.source.note
    assert any("the text ends after 2 of its 7 cells" in w for w in report.warnings)
    # the rows before it are read as ever
    assert _t3(report, "requests.new") == dict(zip(APPS, (11, 3, 2, 4, 5, 6, 31)))
    assert _t3(report, "requests.denied.state_secret")["total"] == 6


def test_the_figure_the_text_ends_in_is_not_read():
    # '9' with no line break after it may be cut inside ('9' of '96'): only the complete line is read
    report = reportparse.parse_text(T3_HEAD + T3_ROWS + CUT_LABEL + "4\n\n9")
    assert _t3(report, "requests.denied.security_stability") == {"natural_person": 4}


def test_a_table_that_leaves_a_blank_out_elsewhere_proves_no_columns():
    rows = T3_ROWS.replace(_row("1.属于国家秘密", (1, 1, 1, 1, 1, 1)), "1.属于国家秘密\n\n" + _lines(1, 1, 1, 1, 4))
    report = reportparse.parse_text(T3_HEAD + rows + CUT_LABEL + "4\n\n9\n")
    assert _t3(report, "requests.denied.security_stability") == {}


def test_a_short_row_with_text_after_it_is_not_read():
    report = reportparse.parse_text(T3_HEAD + T3_ROWS + CUT_LABEL + "4\n\n9\n\n四、政府信息公开行政复议情况\n")
    assert _t3(report, "requests.denied.security_stability") == {}


T2_2019 = ("根据《中华人民共和国政府信息公开条例》规定，现公布青岚镇2020年政府信息公开工作年度报告。\n"
           "二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年新制作数量\n\n本年新公开数量\n\n对外公开总数量\n\n"
           "规章\n\n3\n\n5\n\n17\n\n规范性文件\n\n4\n\n6\n\n29\n\n第二十条第(五)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n"
           "处理决定数量\n\n行政许可\n\n12\n\n-2\n\n38\n\n其他对外管理服务事项\n\n7\n\n1\n\n15\n\n"
           "第二十条第(九)项\n\n信息内容\n\n采购项目数量\n\n采购总金额(单位:万元)\n\n政府集中采购\n\n")


def _t2(report):
    return {i.key: i.value for i in report.indicators if i.key.startswith("disclosure.procurement")}


def test_table2_row_whose_text_ends_inside_a_figure_after_its_columns_is_read():
    report = reportparse.parse_text(T2_2019 + "8\n\n130\n\n20")
    assert _t2(report) == {"disclosure.procurement.projects": 8, "disclosure.procurement.amount": 1300000}
    assert any("the text ends inside a figure after its 2 cells" in w for w in report.warnings)


@pytest.mark.parametrize("tail", [
    "8\n\n130\n\n20\n",          # three complete figures for two columns: not settled
    "8\n\n130\n\n20\n\n5",       # two figures too many
    "8\n\n13",                   # one complete figure, then one the text ends in: no column is read from it
])
def test_table2_row_with_figures_that_do_not_fit_is_not_read(tail):
    report = reportparse.parse_text(T2_2019 + tail)
    got = _t2(report)
    assert "disclosure.procurement.amount" not in got
    if tail == "8\n\n13":
        assert got == {"disclosure.procurement.projects": 8}
    else:
        assert got == {}


def test_a_whole_last_row_the_text_ends_in_is_read_whole_where_its_sum_proves_its_total():
    # regression (stop 30 review): a copy ending with table 三's last row, no line break after its total, lost the
    # total and said the row was cut; its six figures summing to the seventh prove that figure whole
    row = (3, 4, 1, 2, 5, 6)
    report = reportparse.parse_text(T3_HEAD + T3_ROWS + "3.危及“三安全一稳定”\n\n" + _lines(*row) + "21")
    assert _t3(report, "requests.denied.security_stability") == dict(zip(APPS, row + (21,)))
    assert not any("三安全一稳定" in w and "ends" in w for w in report.warnings)
    # … where they do not sum to it, the last figure may be cut ('2' of '21'): the six are read, not it
    report = reportparse.parse_text(T3_HEAD + T3_ROWS + "3.危及“三安全一稳定”\n\n" + _lines(*row) + "2")
    assert _t3(report, "requests.denied.security_stability") == dict(zip(APPS, row))
