"""A row label cut short at its end by one or two characters (a narrow cell, a crawler that clipped it: 行政规范性 for
行政规范性文件, 其他对外管理服务事 for 其他对外管理服务事项, 本年新收政府信息公开申请数 for …数量) is the row it begins, where it stands
as a whole label between the rows found before and after it and is the only such place there. Before, the row was lost.
Invented figures, each distinct, so a row read in another's place cannot pass."""
import reportparse

T2_2021 = """某某县某某局2023年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第(一)项 | |||
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 1 | 2 | 3 |
行政规范性 | 4 | 5 | 16 |
第二十条第(五)项 | |||
信息内容 | 本年处理决定数量 | ||
行政许可 | 27 | ||
第二十条第(六)项 | |||
信息内容 | 本年处理决定数量 | ||
行政处罚 | 38 | ||
行政强制 | 9 | ||
第二十条第(八)项 | |||
信息内容 | 本年收费金额(单位:万元) | ||
行政事业性收 | 11 | ||
"""

T2_2019 = """某某县某某局2019年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第(一)项
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 0 | 0 | 0 |
规范性文件 | 3 | 2 | 41 |
第二十条第(五)项
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政许可 | 12 | 5 | 260 |
其他对外管理服务事 | 7 | 1 | 88 |
第二十条第(六)项
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政处罚 | 6 | 0 | 14 |
行政强制 | 2 | 0 | 3 |
"""


def test_cut_labels_in_a_2021_table_two():
    report = reportparse.parse_text(T2_2021)
    v = report.value
    assert (v("disclosure.regulations.issued"), v("disclosure.regulations.repealed"), v("disclosure.regulations.in_force")) == (1, 2, 3)
    assert (v("disclosure.normative_docs.issued"), v("disclosure.normative_docs.repealed"),
            v("disclosure.normative_docs.in_force")) == (4, 5, 16)
    assert report.get("disclosure.normative_docs.in_force").label == "行政规范性"
    assert (v("disclosure.licensing.decisions"), v("disclosure.penalty.decisions"), v("disclosure.coercion.decisions")) == (27, 38, 9)
    assert v("disclosure.fees.amount") == 110000       # 11 万元, read in 元


def test_cut_label_in_a_2019_table_two():
    v = reportparse.parse_text(T2_2019).value
    assert (v("disclosure.licensing.items_prev_year"), v("disclosure.licensing.items_change"),
            v("disclosure.licensing.decisions")) == (12, 5, 260)
    assert (v("disclosure.other_services.items_prev_year"), v("disclosure.other_services.items_change"),
            v("disclosure.other_services.decisions")) == (7, 1, 88)
    assert (v("disclosure.penalty.items_prev_year"), v("disclosure.penalty.decisions")) == (6, 14)


def test_a_cut_wording_inside_a_longer_phrase_is_no_label():
    # 行政规范性 followed by more words of a sentence is no row label: the row stays unread
    text = T2_2021.replace("行政规范性 | 4 | 5 | 16 |", "行政规范性质的文件说明 | 4 | 5 | 16 |")
    report = reportparse.parse_text(text)
    assert report.get("disclosure.normative_docs.in_force") is None
    assert report.value("disclosure.regulations.in_force") == 3
