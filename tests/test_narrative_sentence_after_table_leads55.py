"""A sentence right after a table's pipe rows (rows printed without a leading |: 规章 | 3 | 2 | 7) is the sentence a
narrative figure, its label and a narrative warning quote (leads55). The whitespace-free text the patterns read joined
such rows to the sentence after them (a row ends no sentence), so the sentence started at the table's header. A
table's row is no sentence wrapped over lines: the line breaks around it end paragraphs. Texts and figures are invented.
"""
from __future__ import annotations

import pytest

import reportparse

_HEAD = "某县水利局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
_T3 = "三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5\n"
_ROWS = ("第二十条第（一）项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 3 | 2 | 7\n行政规范性文件 | 5 | 4 | 9\n"
         "第二十条第（五）项\n信息内容 | 本年处理决定数量\n行政许可 | 12\n")
_FEES = "第二十条第（八）项\n信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 0.6\n"


@pytest.mark.parametrize("table", [_ROWS + _FEES, _ROWS, _FEES + _ROWS])
def test_a_warning_quotes_the_sentence_not_the_tables_header(table):
    r = reportparse.parse_text(_HEAD + table + "另外，全年政府集中采购项目17个、金额2345.6万元。\n" + _T3)
    said = [w for w in r.warnings if "disclosure.procurement.projects" in w]
    assert len(said) == 1
    assert "“另外,全年政府集中采购项目17个" in said[0]
    assert "|" not in said[0] and "信息内容" not in said[0]
    assert r.value("disclosure.regulations.issued") == 3


@pytest.mark.parametrize("sentence, figures", [
    ("全年通过政府网站主动公开政府信息320条。", {"disclosure.total": 320, "disclosure.via_website": 320}),
    ("本年度主动公开政府信息\n320条，其中政府网站公开\n290条。", {"disclosure.total": 320, "disclosure.via_website": 290}),
])
def test_a_figure_read_after_the_table_names_its_own_sentence(sentence, figures):
    r = reportparse.parse_text(_HEAD + _ROWS + _FEES + sentence + "\n" + _T3)
    read = {i.key: i for i in r.indicators if i.source.method == "narrative"}
    assert {k: read[k].value for k in figures} == figures
    for key in figures:
        assert read[key].source.text.replace("\n", "").startswith(sentence.replace("\n", "")[:8])
        assert "|" not in read[key].source.text and "|" not in read[key].label
