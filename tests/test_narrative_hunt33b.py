"""Sentences from sites never seen (hunt33b): the kinds listed before 等方面信息; a review count whose cases are all
still in process (行政复议1起，正在办理中: pending); and a
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
    # (since classes58p a count up to a date with no year word is not read: the year's or a running total, not said)
    assert _disclosure(text) == []


def test_near_miss_a_running_end_with_a_sum_word_stays_unread():
    # 截至…年底，共…: a running total from a start the sentence does not say (as before)
    text = HEAD.format(y=2016) + "截至2016年底，我镇共主动公开涉及公共服务、社会救助等方面信息538条。\n"
    assert _disclosure(text) == []
    # a 累计 after the running end is the running total since the Regulations (as before)
    text = HEAD.format(y=2016) + "截至2016年底，我镇累计主动公开涉及公共服务等方面信息538条。\n"
    assert _disclosure(text) == [(538, "cumulative")]


REVIEW = ("2021年某某镇政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开\n2021年,我镇收到政府信息公开申请7件。"
          "{s}\n")


def _reviews(sentence: str, year: int = 2021):
    report = reportparse.parse_text(REVIEW.replace("2021", str(year)).format(s=sentence))
    return {i.key: i.value for i in report.indicators if i.key.startswith(("review", "litigation"))}


def test_a_review_count_whose_cases_are_all_in_process_is_pending():
    assert _reviews("信息公开类行政复议2起,正在办理中。") == {"review.total": 2, "review.pending": 2}
    assert _reviews("因政府信息公开被申请行政复议3件，均在审理中。") == {"review.total": 3, "review.pending": 3}


def test_near_miss_a_part_in_process_a_lawsuit_or_a_legacy_report_gives_no_pending():
    assert _reviews("行政复议2起,其中1起正在审理中。") == {"review.total": 2}
    assert _reviews("行政复议4起,已全部办结。") == {"review.total": 4}
    assert _reviews("行政诉讼5起,正在审理中。") == {"litigation.total": 5}       # direct or after review: not said
    assert _reviews("信息公开类行政复议2起,正在办理中。", year=2016) == {"review.total": 2}   # no pending row then
