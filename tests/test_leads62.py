"""Wordings an end set's reports (stop 61) were read short or wrong on (leads62), each a class with guards that a near
case is not read, or read otherwise. Texts and figures are invented.

- a review and a lawsuit said none with 未接收到 as the negated receipt (本年度未接收到因政府信息公开引起的行政复议和行政
  诉讼案件): both zero, as 未收到 says; a count, a lost case (被纠错) or another matter after it stays as before;
- either said none as 相关/有关 alone, the topic's own (未发生相关诉讼; 没有发生相关复议), where disclosure is the topic and
  the word closes its clause: zero; a fee (相关诉讼费用), a civil suit (相关民事诉讼), a count, or another section's topic, none;
- no requests said with the statute's words and Chongqing's 办理事项 (未收到申请公开政府信息办理事项): requests.new 0; the
  information said none (无依申请公开的政府信息: nothing disclosed so, maybe for want of a yes) stays unread, as before;
- the 2019+ group rows counted in 宗 (其他處理57宗 in traditional script, 不予处理3宗, 无法提供5宗): the group's count;
- a website's posts in an enumerated item, the item's head closed by a comma (一是加强平台建设，全年政府网站共发布信息N条):
  the site's count (发布, 上传, 编发); never the parts' sites, a visit count, or another government's site;
- an outcome inside a bracket opened right after one applicant's count (自然人申请7件(其中予以公开3件…)): that applicant's,
  none of the whole's; a bracket after the total count keeps its outcomes the whole's;
- an untitled legacy excerpt starting at its second section (二、主动公开政府信息的情况): a report; another heading first,
  or a plan's words, is none;
- regressions pinned: 受理答复…申请N件 (received), a legacy 共收到有关政府信息公开的行政复议申请N件 (review.total), and
  截至…共主动公开政府信息数N条 left unread in both eras (its start unsaid: not settled as cumulative).
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from values_read import values_read as _values

_HEAD = ("岚峰县青禾镇2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n2023年，通过县政府网站公开信息1432条。\n"
         "（二）依申请公开情况\n2023年共收到政府信息公开申请37件。\n")
_REVIEWS = "（三）政府信息公开行政复议、行政诉讼情况\n"


def _cases(sentence: str, heading: str = _REVIEWS) -> dict:
    v = _values(_HEAD + heading + sentence + "\n")
    assert v["requests.new"] == 37
    return {k: v[k] for k in ("review.total", "litigation.direct.total", "litigation.after_review.total") if k in v}


_NONE_OF_BOTH = {"review.total": 0, "litigation.direct.total": 0, "litigation.after_review.total": 0}
_NO_LITIGATION = {"litigation.direct.total": 0, "litigation.after_review.total": 0}


# ---- A: 未接收到 -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "本年度未接收到因政府信息公开引起的行政复议和行政诉讼案件。",
    "本年度未接收到行政复议和行政诉讼案件。",
    "全年未接收到有关政府信息公开的行政诉讼或行政复议。",
])
def test_none_received_said_with_jieshou_is_none_of_both(sentence):
    assert _cases(sentence) == _NONE_OF_BOTH


def test_none_received_of_reviews_alone_keeps_the_lawsuits_open():
    assert _cases("本年度未接收到政府信息公开行政复议申请。") == {"review.total": 0}


@pytest.mark.parametrize("sentence", [
    "本年度未接收到行政复议和行政诉讼案件被纠错的情况。",
    "本年度接收到因政府信息公开引起的行政复议和行政诉讼案件5件。",
])
def test_jieshou_before_a_lost_case_or_without_its_negation_is_no_zero(sentence):
    assert not {k: v for k, v in _cases(sentence).items() if v == 0}


# ---- A: 相关诉讼 / 相关复议 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["未发生相关诉讼。", "本年度未发生相关诉讼。", "本年度没有发生有关的诉讼案件。"])
def test_a_lawsuit_said_none_as_the_topics_own_is_none(sentence):
    assert _cases(sentence) == _NO_LITIGATION


def test_a_review_said_none_as_the_topics_own_is_none():
    assert _cases("本年度未发生相关复议。") == {"review.total": 0}
    assert _cases("本年度未发生行政复议，未发生相关诉讼。") == _NONE_OF_BOTH


@pytest.mark.parametrize("sentence", [
    "本年度未发生相关诉讼费用。",
    "本年度未发生相关民事诉讼。",
    "本年度未发生相关诉讼3件。",
    "本年度没有相关诉讼案件被纠错。",
])
def test_a_fee_a_civil_suit_or_a_count_after_the_word_is_none(sentence):
    assert _cases(sentence) == {}


def test_related_lawsuits_under_another_topic_are_none():
    assert _cases("未发生相关诉讼。", heading="（三）信访工作\n") == {}


def test_both_named_with_xiangguan_still_read_as_before():
    assert _cases("本年度没有发生相关复议、诉讼。") == _NONE_OF_BOTH


# ---- B: no requests ---------------------------------------------------------------------------------------------------

def _requests(sentence: str) -> dict:
    return _values("岚峰县青禾镇2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n2023年，通过县政府网站公开信息"
                   "1432条。\n（二）依申请公开情况\n" + sentence + "\n")


@pytest.mark.parametrize("sentence", ["本年度未收到申请公开政府信息办理事项。", "2023年，我镇未收到申请公开政府信息办理事项。",
                                      "本年度未收到依申请公开政府信息办理事项。"])
def test_no_requests_said_as_their_handling_matter_is_zero(sentence):
    assert _requests(sentence)["requests.new"] == 0


@pytest.mark.parametrize("sentence", ["本年度无依申请公开的政府信息。", "无依申请公开政府信息。",
                                      "本年度未收到申请公开政府信息办理事项的答复。"])
def test_the_information_said_none_or_a_longer_clause_stays_unread(sentence):
    assert "requests.new" not in _requests(sentence)


def test_received_and_answered_counts_what_came_in():
    v = _requests("2023年，受理答复政府信息公开申请47件，其中自然人申请40件。")
    assert v["requests.new"] == 47 and "requests.answered" not in v


# ---- I: 宗 in the group rows --------------------------------------------------------------------------------------------

def test_the_group_rows_count_in_zong_in_traditional_script():
    v = _values("嵐峰縣2023年政府信息公開工作年度報告\n一、總體情況\n（二）依申請公開情況\n"
                "2023年共收到政府信息公開申請73宗，予以公開11宗，無法提供5宗，不予處理3宗，其他處理57宗。\n")
    assert (v["requests.new"], v["requests.granted"]) == (73, 11)
    assert (v["requests.unable"], v["requests.not_processed"], v["requests.other"]) == (5, 3, 57)


@pytest.mark.parametrize("sentence", ["2023年共收到政府信息公开申请73宗，其他处理情况57次。",
                                      "2023年共收到政府信息公开申请73宗，不掌握无法提供5宗。"])
def test_another_unit_or_a_reasons_count_is_no_group_row(sentence):
    v = _requests(sentence)
    assert "requests.other" not in v and "requests.unable" not in v


# ---- E: a website's posts in an enumerated item ------------------------------------------------------------------------

def _proactive(item: str) -> dict:
    return _values("岚峰县2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n" + item +
                   "\n（二）依申请公开情况\n2023年共收到政府信息公开申请37件。\n")


@pytest.mark.parametrize("item", [
    "一是加强平台建设，全年政府网站共发布信息2317条。二是做好政策解读。",
    "1.加强平台建设，全年政府网站共发布信息2317条。\n2.做好政策解读。",
    "（1）加强平台建设，2023年，县政府网站编发信息2317条。\n（2）做好政策解读。",
    "一是加强平台建设，县政府网站共发布信息2317条。二是做好政策解读。",
])
def test_a_sites_posts_in_an_enumerated_item_are_its_count(item):
    v = _proactive(item)
    assert v["disclosure.via_website"] == 2317 and "disclosure.total" not in v


def test_the_item_sites_count_leaves_the_total_its_own():
    v = _proactive("一是加强平台建设，全年政府网站共发布信息2317条。二是做好政策解读。全年主动公开政府信息3125条。")
    assert (v["disclosure.via_website"], v["disclosure.total"]) == (2317, 3125)


@pytest.mark.parametrize("item", [
    "一是加强平台建设，各部门网站共发布信息2317条。二是做好政策解读。",
    "一是加强平台建设，全年政府网站共访问2317次。",
    "一是加强平台建设，市政府网站共发布我县信息2317条。",
])
def test_the_parts_sites_visits_or_another_governments_site_are_none(item):
    assert "disclosure.via_website" not in _proactive(item)


# ---- H: an applicant's outcomes in brackets ----------------------------------------------------------------------------

_BY_APPLICANT = "岚峰县2023年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"


@pytest.mark.parametrize("sentence", [
    "2023年共收到政府信息公开申请19件，其中自然人申请7件(其中予以公开3件，部分公开2件)，法人或其他组织申请12件。",
    "2023年共收到政府信息公开申请19件，其中自然人申请7件（予以公开3件，部分公开2件），法人或其他组织申请12件（予以公开9件）。",
    "2023年共收到政府信息公开申请19宗，其中公民个人提出申请7宗（不予公开3宗），企业申请12宗。",
])
def test_an_applicants_outcomes_in_brackets_are_none_of_the_wholes(sentence):
    v = _values(_BY_APPLICANT + sentence + "\n")
    assert v["requests.new"] == 19
    assert not {"requests.granted", "requests.partially_granted", "requests.denied"} & set(v)


def test_outcomes_in_brackets_after_the_total_stay_the_wholes():
    v = _values(_BY_APPLICANT + "2023年共收到政府信息公开申请19件（其中予以公开13件，部分公开2件）。\n")
    assert (v["requests.new"], v["requests.granted"], v["requests.partially_granted"]) == (19, 13, 2)


def test_outcomes_after_an_applicants_closed_bracket_stay_the_wholes():
    v = _values(_BY_APPLICANT + "2023年共收到政府信息公开申请19件，其中自然人申请7件(网上申请3件)，予以公开13件，不予公开4件。\n")
    assert (v["requests.new"], v["requests.granted"], v["requests.denied"]) == (19, 13, 4)


# ---- G: an untitled legacy excerpt from its second section ------------------------------------------------------------

def test_an_excerpt_from_the_legacy_second_section_is_a_report():
    v = reportparse.parse_text("二、主动公开政府信息的情况\n主动公开政府信息1432条，其中通过政府网站公开1210条。\n"
                               "三、依申请公开政府信息的情况\n共受理政府信息公开申请23件。\n").values()
    assert v["disclosure.total"] == 1432 and v["requests.new|applicant=total"] == 23


@pytest.mark.parametrize("text", [
    "二、加强主动公开政府信息\n主动公开政府信息1432条。\n",
    "一、工作要点\n二、主动公开政府信息的情况\n主动公开政府信息1432条。\n",
    "二、主动公开政府信息的情况\n各单位要及时主动公开政府信息。\n特此通知。\n",
    "二、主动公开政府信息的情况\n本实施方案所称主动公开政府信息，是指…\n",
])
def test_another_heading_first_a_notice_or_a_plan_is_no_report(text):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


# ---- F, J: pinned as they read ----------------------------------------------------------------------------------------

_LEGACY = ("岚峰县2010年政府信息公开工作年度报告\n一、概述\n二、主动公开政府信息的情况\n2010年主动公开政府信息1432条。\n"
           "三、依申请公开政府信息的情况\n2010年共受理政府信息公开申请23件。\n")


@pytest.mark.parametrize("tail", ["四、行政复议和诉讼情况\n2010年共收到有关政府信息公开的行政复议申请4件。\n",
                                  "四、其他\n我局共收到有关政府信息公开的行政复议申请4件，均维持原答复。\n"])
def test_a_legacy_review_request_count_is_the_reviews(tail):
    v = _values(_LEGACY + tail)
    assert v["review.total"] == 4 and v["requests.new"] == 23


@pytest.mark.parametrize("text", [
    _LEGACY.replace("2010年主动公开政府信息1432条。", "截至2010年底，共主动公开政府信息数8123条。"),
    "岚峰县2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n截至2023年底，共主动公开政府信息数8123条。\n",
])
def test_a_count_up_to_a_date_with_no_start_stays_unread(text):
    assert "disclosure.total" not in reportparse.parse_text(text).values()
