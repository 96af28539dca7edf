"""Proactive-disclosure sentences from sites never seen (hunt33b): the kinds listed before 等方面信息; and a
running end (截止到…12月) whose list holds 公共服务: the 共 of a word is no sum word, so the figure is the year's
state at its end, as 截至12月31日已答复45件 is.

Texts are invented.
"""
from __future__ import annotations

import reportparse

HEAD = "{y}年某某镇政府信息公开工作年度报告\n一、主动公开政府信息情况\n"


def _disclosure(text: str):
    report = reportparse.parse_text(text)
    return [(i.value, i.period) for i in report.indicators if i.key == "disclosure.total"]


def test_kinds_listed_before_dengfangmian_xinxi():
    text = HEAD.format(y=2015) + "2015年，我镇主动公开涉及救灾救济、农业补贴、计划生育等方面信息286条。\n"
    assert _disclosure(text) == [(286, "year")]


def test_gong_inside_gonggong_is_no_sum_word_after_a_running_end():
    text = HEAD.format(y=2021) + ("截止到2021年12月,某某镇主动公开涉及公共文化服务、公共法律服务、社会救助等方面"
                                  "的信息417条。\n")
    assert _disclosure(text) == [(417, "year")]


def test_near_miss_a_running_end_with_a_sum_word_stays_unread():
    # 截至…年底，共…: a running total from a start the sentence does not say (as before)
    text = HEAD.format(y=2016) + "截至2016年底，我镇共主动公开涉及公共服务、社会救助等方面信息538条。\n"
    assert _disclosure(text) == []
    # a 累计 after the running end is the running total since the Regulations (as before)
    text = HEAD.format(y=2016) + "截至2016年底，我镇累计主动公开涉及公共服务等方面信息538条。\n"
    assert _disclosure(text) == [(538, "cumulative")]
