"""Crawler-damaged tables (stop 61). Classes covered:

1. A legacy row wrapped around its figures whose label's tail carries the row's unit ('其中：当面申' / '27 119' /
   '请数 件', '…请数（件）'; a numbered row's head its number alone, '13' / '8 28' / '其他类型答复数 件'): the unit is
   taken off the tail where it is the row's own unit. Guard: another unit ('议数 条' for a row counted in 件) names no
   row, and a unit glued to the words is never taken off (it may be a word's last character).
2. A numbered head with part of its label ('12 不予' / '10 46' / '公开答复数'): read where its number is the table's
   next (the numbered line before N-1, the one after N+1). Guard: a number out of the sequence ('9 其他' between rows
   12 and 14) leaves the row unread — and the row before, whose figures it may be, never misread.
3. A pipe row the text ends in whose last cell is the opening of the next section's heading ('规范性文件 | 4 | 9 | 31 |
   第二', '二、…', '(三)…'; table 二 and table 三): those words are no cell and the row's figures are read. Guards: the
   words closed by a pipe, words that open no heading, or text after them leave the row unread with its warning.

Invented tables, distinct numbers.
"""
import pytest

import reportparse
from test_tables60 import _HEAD, _TRUTH, _no_wrong, _parse, _rows, _values

# ---------------------------------------------------------------- 1. a tail carrying its unit


@pytest.mark.parametrize("cut", [
    {"requests.by_channel.in_person": "5其中：当面申\n27 119\n请数 件"},
    {"requests.by_channel.in_person": "其中：当面申\n27\n119\n请数（件）"},
    {"review.total": "14行政复\n4 19\n议数 件"},
    {"requests.new": "4受理政府信\n86 437\n息公开申请总数(件)"},
    {"disclosure.total": "1主动公开政\n734\n- 4 -\n2915\n府信息数 条"},
    {"requests.reply.other": "13\n8 28\n其他类型答复数 件"},
    {"litigation.total": "15 行政\n6 23\n诉讼数 件"},
])
def test_a_tail_carrying_the_rows_own_unit(cut):
    got = _values(_parse(dict(_rows(), **cut)))
    assert got == _TRUTH


@pytest.mark.parametrize("cut, lost", [
    ({"review.total": "14行政复\n4 19\n议数 条"}, "review.total"),             # 条 is not the row's unit
    ({"review.total": "14行政复\n4 19\n议数件"}, "review.total"),              # glued: no unit taken off
    ({"requests.reply.other": "13\n8 28\n其他类型答复数 元"}, "requests.reply.other"),
])
def test_a_tail_whose_unit_is_not_the_rows_own(cut, lost):
    got = _values(_parse(dict(_rows(), **cut)))
    _no_wrong(got)
    assert lost not in got


# ---------------------------------------------------------------- 2. a numbered head with part of its label


@pytest.mark.parametrize("cut", [
    {"requests.denied": "12 不予\n10 46\n公开答复数"},
    {"requests.reply.other": "13 其他\n8\n28\n类型答复数"},
    {"requests.granted": "10.其中：同意\n48\n第2页 共4页\n251\n公开答复数"},
    {"requests.denied": "12 不予\n10 46\n公开答复数", "requests.reply.other": "13 其他\n8 28\n类型答复数"},
])
def test_a_numbered_head_with_part_of_its_label(cut):
    assert _values(_parse(dict(_rows(), **cut))) == _TRUTH


@pytest.mark.parametrize("cut, lost", [
    ({"requests.reply.other": "9 其他\n8 28\n类型答复数"}, "requests.reply.other"),       # 12 before, 14 after
    ({"requests.denied": "12 不予\n10 46\n公开答复数", "requests.reply.other": "15 其他\n8 28\n类型答复数"},
     "requests.reply.other"),
])
def test_a_head_number_out_of_the_sequence_is_not_read(cut, lost):
    got = _values(_parse(dict(_rows(), **cut)))
    _no_wrong(got)
    assert lost not in got


# ---------------------------------------------------------------- 3. a row cut by the text's end

_T2 = ("岚峰县青禾镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我镇推进政务公开。\n"
       "二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | "
       "规章 | 3 | 2 | 17 | 规范性文件 | 4 | 9 | 31 | {tail}")


def _normative(report):
    return {i.key.rsplit(".", 1)[1]: i.value for i in report.indicators if i.key.startswith("disclosure.normative_docs.")}


@pytest.mark.parametrize("tail", ["第二", "第二十条第(五)", "二、收到", "(二)", "三、收到和处理政府信"])
def test_a_row_ending_in_the_next_headings_opening(tail):
    report = reportparse.parse_text(_T2.format(tail=tail))
    assert _normative(report) == {"made": 4, "published": 9, "published_total": 31}
    assert report.value("disclosure.regulations.published_total") == 17
    assert not any("'规范性文件'" in w for w in report.warnings)
    assert "next section's heading" in report.get("disclosure.normative_docs.made").source.note


@pytest.mark.parametrize("tail", [
    "第二 |",                    # closed by its pipe: a cell
    "备注",                      # words that open no heading
    "第二十条第(五)项 | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | 行政许可 | 12 | 5 | 86 |",  # not the end
])
def test_a_row_with_a_real_fourth_cell_stays_unread(tail):
    report = reportparse.parse_text(_T2.format(tail=tail))
    assert _normative(report) == {}
    assert any("'规范性文件':" in w and "cells where the template has 3; not read" in w for w in report.warnings)


_T3 = ("岚峰县2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
       "| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
       "| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
       "| 一、本年新收政府信息公开申请数量 | 21 | 5 | 0 | 1 | 2 | 0 | 29 |\n"
       "| 二、上年结转政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
       "| 三、本年度办理结果 | (一)予以公开 | 14 | 3 | 0 | 1 | 1 | 0 | 19 |\n"
       "| (二)部分公开 | 4 | 2 | 0 | 0 | 1 | 0 | 7 |\n"
       "| (七)总计 | 18 | 5 | 0 | 1 | 2 | 0 | 26 |\n"
       "| 四、结转下年度继续办理 | 6 | 1 | 0 | 0 | 0 | 0 | 7 | {tail}")


@pytest.mark.parametrize("tail, read", [("四、政府信", True), ("(四)", True), ("第四", True), ("四、政府信 |", False),
                                        ("合计", False)])
def test_table3_last_row_ending_in_the_next_headings_opening(tail, read):
    report = reportparse.parse_text(_T3.format(tail=tail))
    got = {i.applicant: i.value for i in report.indicators if i.key == "requests.carried_forward"}
    assert got == ({"natural_person": 6, "commercial": 1, "research": 0, "social_welfare": 0, "legal_service": 0,
                    "other_org": 0, "total": 7} if read else {})
    assert report.value("requests.carried_over") == 4


@pytest.mark.parametrize("end, read", [(" 七、", True), (" 第七", True), (" (三)", True), (" 七、 |", False), (" 备注", False)])
def test_legacy_last_pipe_row_ending_in_the_next_headings_opening(end, read):
    report = reportparse.parse_text(_HEAD.format(year=2013, pub=2014) + "\n".join(_rows(pipe=True).values()) + end)
    got = _values(report)
    _no_wrong(got)
    assert got.get("litigation.total") == ((6, 23) if read else None)
    assert got.get("review.total") == (4, 19)
    assert read or any("'行政诉讼数': 3 cells where the template has 2; not read" in w for w in report.warnings)
