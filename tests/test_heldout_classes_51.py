"""Held-out classes of stop 51 (heldout45 … heldout50b, the hunts): each class with its invented sentence or table,
distinct non-zero figures where a figure is read, and a guard that a near wording or layout is not read.
Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse

T3 = ("青禾镇人民政府2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
      "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
      "自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
      "一、本年新收政府信息公开申请数量 | 6 | 2 | 1 | 3 | 4 | 5 | 21 |\n"
      "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
      "三、本年度办理结果 | (一)予以公开 | 4 | 1 | 1 | 2 | 3 | 2 | 13 |\n"
      "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 2 | 1 | 0 | 1 | 1 | 3 | 8 |\n")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")


def _values(text: str) -> dict:
    return {(i.key, i.applicant): i.value for i in reportparse.parse_text(text).indicators if not i.derived}


def _row(vals: dict, key: str) -> dict:
    return {a: vals[(key, a)] for a in APPLICANTS if (key, a) in vals}


# A. A copy cut by the text's end inside a table 三 row printed on its label's line, the row above printing its figures
# on its label's line too, its label numbered ("6.属于…") or two label cells ("(三)不予公开 | 1.属于国家秘密 |"): the
# figures before the cut are the row's first columns (never a lost cell placed anywhere: heldout46 h22's total)
DENIED = ("(三)不予公开 | 1.属于国家秘密 | 3 | 1 | 0 | 2 | 0 | 1 | 7 |\n"
          "2.其他法律行政法规禁止公开 | 2 | 4 | 1 | 0 | 1 | 0 | 8 |\n")


@pytest.mark.parametrize("tail, want", [
    ("3.危及“三安全一稳定” | 5 | 2 | 1 | 3 | 0 | 0 |", (5, 2, 1, 3, 0, 0)),      # closed by its pipe: six whole
    ("3.危及“三安全一稳定” | 5 | 2 | 1 | 3 | 0 | 0 |\n", (5, 2, 1, 3, 0, 0)),
    ("3.危及“三安全一稳定” | 5 | 2 | 1 | 3 ", (5, 2, 1)),                       # the last may be cut inside ('3' of 31)
    ("3.危及“三安全一稳定” | 5 | 2 | 1 | 0 ", (5, 2, 1, 0)),                    # unless a bare 0
])
def test_row_cut_by_the_text_end_under_a_numbered_label(tail, want):
    vals = _values(T3 + DENIED + tail)
    assert tuple(_row(vals, "requests.denied.security_stability").values()) == want
    assert tuple(_row(vals, "requests.denied.security_stability")) == APPLICANTS[:len(want)]
    assert _row(vals, "requests.denied.prohibited_by_law")["total"] == 8


def test_row_cut_by_the_text_end_under_two_label_cells():
    vals = _values(T3 + "(三)不予公开 | 1.属于国家秘密 | 3 | 1 | 0 | 2 | 0 | 1 | 7 |\n2.其他法律行政法规禁止公开 | 2 | 4 | 0 | 0 ")
    assert _row(vals, "requests.denied.prohibited_by_law") == dict(natural_person=2, commercial=4, research=0,
                                                                   social_welfare=0)


def test_guard_a_short_row_the_text_goes_on_after_is_no_cut_row():
    # the same six figures with a row after them: a cell lost somewhere (the table's arithmetic places it), no cut
    text = T3 + DENIED + "3.危及“三安全一稳定” | 5 | 2 | 1 | 3 | 0 | 0 |\n4.保护第三方合法权益 | 1 | 1 | 1 | 1 | 1 | 1 | 6 |\n"
    assert not any("the copy cut" in w for w in reportparse.parse_text(text).warnings)


def test_guard_a_row_above_without_figures_on_its_label_line():
    # the row above prints its figures under its label: the cut row's single pipe line is not proven so
    text = T3 + "(三)不予公开 | 1.属于国家秘密 |\n3 |\n1 |\n0 |\n2 |\n0 |\n1 |\n7 |\n2.其他法律行政法规禁止公开 | 2 | 4 | 0 | 0 "
    assert ("requests.denied.prohibited_by_law", "natural_person") not in _values(text)


# B. The text ends in a bare 0 on a line of its own after a line break, its pipe not printed (cells one a line): the 0
# is whole (a count never opens with 0) as without the line break (heldout45 h18)
@pytest.mark.parametrize("tail", ["四、结转下年度继续办理 |\n4 |\n0\n", "四、结转下年度继续办理 |\n4 |\n0"])
def test_cells_one_a_line_cut_after_a_bare_zero_and_a_line_break(tail):
    assert _row(_values(T3 + tail), "requests.carried_forward") == dict(natural_person=4, commercial=0)


def test_guard_cells_one_a_line_cut_after_another_figure():
    assert _row(_values(T3 + "四、结转下年度继续办理 |\n4 |\n2\n"), "requests.carried_forward") == dict(natural_person=4)
