"""Table 二's 第二十条第(一)项 block whose header prints the other template's column words (round nine of the hunt: a
weather bureau's 2021 report with 2019's 本年新制作数量 | 本年新公开数量 | 对外公开总数量, one copy with the first two
words cut to 本年新): its three cells are made / published / published_total, never issued / repealed / in_force
(before: 本年新公开数量 read as repealed, a wrong value). Invented tables, distinct numbers. Tests named *guard*
pass on the start tree."""
import pytest

import reportparse

_TAIL = """第二十条第(五)项 | ||||
信息内容 | 本年处理决定数量 | |||
行政许可 | 12 | |||
第二十条第(八)项 | ||||
信息内容 | 本年收费金额(单位:万元) | |||
行政事业性收费 | 0.6 |
"""


def _report(header: str) -> reportparse.Report:
    return reportparse.parse_text(
        "某县气象局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | ||||\n"
        f"信息内容 | {header} | |\n规章 | 3 | 2 | 7 | |\n规范性文件 | 5 | 4 | 9 | |\n" + _TAIL)


def _block(report) -> dict:
    return {i.key: i.value for i in report.indicators
            if i.key.startswith(("disclosure.regulations.", "disclosure.normative_docs."))}


@pytest.mark.parametrize("header", [
    "本年新制作数量 | 本年新公开数量 | 对外公开总数量",
    "本年新 | 本年新 | 对外公开总数量",            # a copy cut the first two words
])
def test_a_2019_header_in_a_2021_report_keeps_its_own_columns(header):
    report = _report(header)
    assert report.template == "2021"
    assert _block(report) == {
        "disclosure.regulations.made": 3, "disclosure.regulations.published": 2,
        "disclosure.regulations.published_total": 7,
        "disclosure.normative_docs.made": 5, "disclosure.normative_docs.published": 4,
        "disclosure.normative_docs.published_total": 9}
    # the rest of table 二 keeps the document's template
    assert report.value("disclosure.licensing.decisions") == 12
    assert report.value("disclosure.fees.amount") == 6000


@pytest.mark.parametrize("header", [
    "本年制发件数 | 本年废止件数 | 现行有效件数",
    "本年发件 | 本年废止件数 | 现行有效件",            # a misprint and a cut word: still 2021's
])
def test_guard_a_2021_header_keeps_the_2021_columns(header):
    assert _block(_report(header)) == {
        "disclosure.regulations.issued": 3, "disclosure.regulations.repealed": 2,
        "disclosure.regulations.in_force": 7,
        "disclosure.normative_docs.issued": 5, "disclosure.normative_docs.repealed": 4,
        "disclosure.normative_docs.in_force": 9}


def test_guard_a_header_naming_both_templates_keeps_the_documents():
    report = _report("本年制发件数 | 本年新公开数量 | 现行有效件数")
    assert _block(report)["disclosure.regulations.repealed"] == 2
