"""A copy cut by the page's end inside a table row, its last figure unclosed (no pipe, no line break after it): the
figure may be cut inside ('2' of 25) and stays unread, unless it is a bare 0 — a count is
never printed with a leading zero, so nothing of it was cut (hunt37b).
Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse

T2_2019 = ("青禾镇人民政府2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | ||||\n"
           "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | |\n规章 | 4 | 1 | 6 | |\n")
T3 = ("青禾镇人民政府2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
      "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n"
      "自然人 | 法人或其他组织 | 总计 | |||||||\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
      "一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 2 | 7 | ||\n")


def _values(text: str) -> dict:
    return {(i.key, i.applicant): i.value for i in reportparse.parse_text(text).indicators if not i.derived}


@pytest.mark.parametrize("tail", ["规范性文件 | 3 | 0", "规范性文件 |\n3 |\n0", "规范性文件 | 3 | 0  "])
def test_table_two_row_cut_after_a_bare_zero(tail):
    vals = _values(T2_2019 + tail)
    assert vals[("disclosure.normative_docs.made", None)] == 3
    assert vals[("disclosure.normative_docs.published", None)] == 0
    assert ("disclosure.normative_docs.published_total", None) not in vals


@pytest.mark.parametrize("tail", ["规范性文件 | 3 | 2", "规范性文件 |\n3 |\n2", "规范性文件 | 3 | 0."])
def test_table_two_row_cut_inside_a_figure_leaves_it_unread(tail):
    vals = _values(T2_2019 + tail)
    assert vals[("disclosure.normative_docs.made", None)] == 3
    assert ("disclosure.normative_docs.published", None) not in vals


def test_table_three_row_cut_after_a_bare_zero():
    vals = _values(T3 + "二、上年结转政府信息公开申请数量 | 3 | 0")
    assert (vals[("requests.carried_over", "natural_person")], vals[("requests.carried_over", "commercial")]) == (3, 0)
    assert ("requests.carried_over", "research") not in vals


def test_table_three_row_cut_inside_a_figure_leaves_it_unread():
    vals = _values(T3 + "二、上年结转政府信息公开申请数量 | 3 | 2")
    assert vals[("requests.carried_over", "natural_person")] == 3
    assert ("requests.carried_over", "commercial") not in vals
