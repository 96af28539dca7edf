"""A table 二 row whose label is misprinted by a character (a homophone typed for 性, a lookalike 釆 for 采; hunt32a)
is found as table 三's misprinted rows are: within its wording's error budget (rows.fuzzy_budget), and only where one
place between the rows found before and after it matches. Before, the row was not found and its figures lost. A
label off by more than its budget, or a short one (行政许可: no budget), stays unread. Invented texts and numbers."""
import reportparse

HEAD = ("根据《中华人民共和国政府信息公开条例》规定，现公布青岚县自然资源局2020年政府信息公开工作年度报告。\n"
        "二、主动公开政府信息情况\n")
T2_2019 = ("第二十条第(一)项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
           "规章\t0\t0\t0\n规范性文件\t4\t3\t26\n"
           "第二十条第(五)项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
           "行政许可\t17\t2\t143\n其他对外管理服务事项\t9\t-1\t58\n"
           "第二十条第(六)项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
           "行政处罚\t12\t0\t37\n行政强制\t3\t1\t6\n"
           "第二十条第(八)项\n信息内容\t上一年项目数量\t本年增/减\n行政事业姓收费\t5\t-2\n"
           "第二十条第(九)项\n信息内容\t采购项目数量\t采购总金额(单位:万元)\n政府集中釆购\t11\t86.4\n"
           "三、收到和处理政府信息公开申请情况\n")


def _t2(text):
    report = reportparse.parse_text(HEAD + text)
    return report, {i.key: i.value for i in report.indicators if i.key.startswith("disclosure.")}


def test_misprinted_row_labels_are_read():
    report, got = _t2(T2_2019)
    assert (got["disclosure.fees.items_prev_year"], got["disclosure.fees.items_change"]) == (5, -2)
    assert got["disclosure.procurement.projects"] == 11 and got["disclosure.procurement.amount"] == 864000
    fee = next(i for i in report.indicators if i.key == "disclosure.fees.items_change")
    assert fee.raw == "-2" and fee.label == "行政事业姓收费" and fee.source.method == "table"
    # the rows around them, cell by cell
    assert (got["disclosure.coercion.items_prev_year"], got["disclosure.coercion.items_change"],
            got["disclosure.coercion.decisions"]) == (3, 1, 6)
    assert (got["disclosure.other_services.items_prev_year"], got["disclosure.other_services.items_change"],
            got["disclosure.other_services.decisions"]) == (9, -1, 58)


def test_a_2021_table_reads_its_misprinted_last_row():
    t2 = ("第二十条第(一)项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t4\n行政规范性文件\t6\t2\t31\n"
          "第二十条第(五)项\n信息内容\t本年处理决定数量\n行政许可\t208\n第二十条第(六)项\n信息内容\t本年处理决定数量\n"
          "行政处罚\t47\n行政强制\t5\n第二十条第(八)项\n信息内容\t本年收费金额(单位:万元)\n行政事业型收费\t3.5\n"
          "三、收到和处理政府信息公开申请情况\n")
    _, got = _t2(t2)
    assert got["disclosure.fees.amount"] == 35000
    assert (got["disclosure.licensing.decisions"], got["disclosure.penalty.decisions"],
            got["disclosure.coercion.decisions"]) == (208, 47, 5)


def test_a_label_off_by_more_than_its_budget_stays_unread():
    _, got = _t2(T2_2019.replace("行政事业姓收费", "行政事物姓收费"))
    assert not any(k.startswith("disclosure.fees.") for k in got)
    assert got["disclosure.procurement.projects"] == 11


def test_a_short_label_has_no_budget():
    _, got = _t2(T2_2019.replace("行政处罚\t", "行政处法\t"))
    assert not any(k.startswith("disclosure.penalty.") for k in got)
    assert got["disclosure.coercion.decisions"] == 6


def test_a_row_named_only_in_another_rows_note_is_no_row():
    # the fees row left out of the copy; the coercion row's note names it: that mention is not its row
    t2 = T2_2019.replace("第二十条第(八)项\n信息内容\t上一年项目数量\t本年增/减\n行政事业姓收费\t5\t-2\n", "").replace(
        "行政强制\t3", "行政强制(不含行政事业性收费)\t3")
    _, got = _t2(t2)
    assert not any(k.startswith("disclosure.fees.") for k in got)
    assert got["disclosure.coercion.decisions"] == 6 and got["disclosure.procurement.projects"] == 11
