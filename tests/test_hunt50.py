"""Wordings and layouts of real reports the library missed (hunt50), each a class with a guard that a near case is
not read. Texts and figures are invented.

- the requests said with what they asked before the noun (收到要求公开信息的申请27件): the year's requests; never a
  petition's letters that ask the same (收到要求公开信息的来信5件 is no request);
- a legacy 附表's reply rows written out as a sentence with 的 before the count (不同意公开答复的2件, 同意公开答复的6件), and
  its already-public row (属于已主动公开范围的3件, 属于已经主动公开的2件): those rows; never what the issuer itself
  disclosed (制作文件30件，已主动公开的25件);
- the proactive count in 件 right after the issuer's word for itself (2020年，我局主动公开286件，…): the proactive
  total; never a kind's count (规范性文件主动公开3件) nor one after 其中;
- a title that says 关于 before its own year (X局关于2021年度政府信息公开情况的报告) under a site's menu line: the
  title; never a notice's (关于做好2021年度政府信息公开工作年度报告的通知).
"""
from __future__ import annotations

import pytest

import reportparse

_LEGACY = "青禾县卫生局2012年政府信息公开工作年度报告\n"
_NEW = "青禾镇人民政府2024年政府信息公开工作年度报告\n"


def _values(text):
    return {i.key: i.value for i in reportparse.parse_text(text).indicators
            if i.applicant in (None, "total") and i.period == "year" and not i.derived}


# ---- requests said with what they asked before the noun -------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("2024年收到要求公开信息的申请27件,均已办理。", 27),
    ("本年度我镇接到要求公开政府信息的申请5件。", 5),
])
def test_requests_with_what_they_asked_before_the_noun(sentence, n):
    assert _values(_NEW + "二、依申请公开情况\n" + sentence + "\n")["requests.new"] == n


def test_letters_asking_for_information_are_no_requests():
    v = _values(_NEW + "二、依申请公开情况\n2024年收到要求公开信息的来信5件,均已转办。\n")
    assert "requests.new" not in v


# ---- a legacy table's reply rows said as a sentence --------------------------------------------------------------

_REPLIES = ("二、依申请公开情况\n2012年共收到政府信息公开申请43件。其中属于已经主动公开的2件,同意公开答复的29件,"
            "同意部分公开答复的3件,不同意公开答复的4件,不属于本行政机关公开的5件。\n")


def test_a_legacy_tables_reply_rows_said_as_a_sentence():
    v = _values(_LEGACY + _REPLIES)
    assert v["requests.new"] == 43
    assert v["requests.reply.already_public"] == 2
    assert v["requests.granted"] == 29
    assert v["requests.partially_granted"] == 3
    assert v["requests.denied"] == 4
    assert v["requests.reply.not_this_agency"] == 5


@pytest.mark.parametrize("sentence, n", [
    ("收到申请6件,其中属于已主动公开范围的3件。", 3),
    ("收到申请9件,其中系已主动公开信息的4件。", 4),
])
def test_the_already_public_row_said_as_a_sentence(sentence, n):
    assert _values(_LEGACY + "二、依申请公开情况\n" + sentence + "\n")["requests.reply.already_public"] == n


@pytest.mark.parametrize("text", [
    # what the issuer itself disclosed, where requests are not the topic
    _LEGACY + "一、主动公开情况\n全年制作文件30件,已主动公开的25件。\n",
    # … even said with 属于, under the proactive heading
    _LEGACY + "一、主动公开情况\n制作文件30件,属于已主动公开的25件。\n",
])
def test_what_the_issuer_disclosed_is_no_reply(text):
    assert "requests.reply.already_public" not in _values(text)


# ---- the proactive count in 件 after the issuer's own word ------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("2024年,我镇主动公开286件,办结依申请公开38件。", 286),
    ("2024年,我镇共主动公开45件。", 45),
])
def test_the_issuers_proactive_count_in_jian(sentence, n):
    assert _values(_NEW + "一、总体情况\n" + sentence + "\n")["disclosure.total"] == n


@pytest.mark.parametrize("sentence", [
    "2024年,规范性文件主动公开3件。",          # a kind's count
    "制发文件12件,其中我镇主动公开9件。",     # a part after 其中
    "2024年,我镇主动公开45件文件。",          # documents, counted as such
])
def test_a_kinds_or_a_parts_count_in_jian_is_no_total(sentence):
    assert "disclosure.total" not in _values(_NEW + "一、主动公开情况\n" + sentence + "\n")


# ---- a title with 关于 before its own year, under a site's menu line --------------------------------------------

_MENU = "首页 走进青禾 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n\n"
_BODY = ("\n\n根据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n"
         "2021年,我局主动公开信息66条。\n")


def test_a_title_with_about_before_its_own_year_under_a_menu_line():
    r = reportparse.parse_text(_MENU + "青禾县自然资源局关于2021年度政府信息公开情况的报告" + _BODY)
    assert r.title == "青禾县自然资源局关于2021年度政府信息公开情况的报告"
    assert r.year == 2021
    assert r.value("disclosure.total") == 66


def test_a_notice_about_the_reports_under_a_menu_line_is_no_title():
    r = reportparse.parse_text(_MENU + "青禾县关于做好2021年度政府信息公开工作年度报告编制工作的通知" + _BODY)
    assert r.title is None or "通知" not in r.title
