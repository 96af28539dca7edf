"""A table 二 whose rows each print one figure apart from their label is no run-together copy (stop 27).

'行政规范性文件      138' under 本年制发件数 | 本年废止件数 | 现行有效件数 was split 1 | 3 | 8 (WRONG: html27 found
it in text read out of a <pre>): only a row with two figures printed apart told the reader that the copy keeps
its cells apart. A copy that runs cells together runs them into the label too ('行政规范性文件94121'), so every
row printing its figures apart from its label says the same. Invented figures."""
import reportparse

_TABLE = """青禾县教育局2022年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容      本年制发件数      本年废止件数      现行有效件数
规章      0
行政规范性文件      138
第二十条第（五）项
信息内容      本年处理决定数量
行政许可      517
第二十条第（六）项
信息内容      本年处理决定数量
行政处罚      264
行政强制      31
第二十条第（八）项
信息内容      本年收费金额（单位：万元）
行政事业性收费      0
三、收到和处理政府信息公开申请情况
"""


def test_one_figure_apart_from_its_label_is_not_split_into_digits():
    report = reportparse.parse_text(_TABLE)
    got = report.values()
    assert not any(k.startswith("disclosure.normative_docs") for k in got), got
    assert any("行政规范性文件" in w and "not read" in w for w in report.warnings), report.warnings
    assert got["disclosure.licensing.decisions"] == 517 and got["disclosure.penalty.decisions"] == 264
    assert got["disclosure.coercion.decisions"] == 31 and got["disclosure.fees.amount"] == 0


def test_guard_a_copy_run_into_its_labels_is_still_split():
    # guard (the start tree reads it the same): the table with cells and labels run together is read as run
    # together ('规章000' → 0 | 0 | 0; '94121' has several readings and nothing settles one: said, not read)
    glued = _TABLE.replace("      ", "").replace("规章0", "规章000").replace("行政规范性文件138", "行政规范性文件94121")
    report = reportparse.parse_text(glued)
    got = report.values()
    assert (got["disclosure.regulations.issued"], got["disclosure.regulations.in_force"]) == (0, 0)
    assert "disclosure.normative_docs.issued" not in got
    assert "disclosure.normative_docs.issued: its run-together digits allow several readings; not read" in report.warnings
