"""Wordings of real reports the library misread or missed (hunt67: southern and eastern provinces), each a class with a
guard that a near case keeps its reading. Texts and figures are invented.

- one website's count with a 其中 list of kinds after it, then a medium named with its own way verb and a count
  (通过区政府门户网站主动公开政务信息218条,其中…109条,…,通过微信公众号“某某发布”发布信息995条): the site's count
  alone, never the proactive total (the medium is no part of the site's count);
- a count said as the online one (线上,通过…网站…专栏,主动…公开有关信息71条) with the offline one after it (线下,…93份):
  the site's alone, never the total; the way said as a clause of its own may name the site's column without quotes;
- the statute's words of none asked, joined with complaints by 以及 (未收到公民、法人或者其他组织申请公开政府信息以及
  有关政府信息公开工作的举报、投诉): none asked.
"""
from __future__ import annotations

import reportparse

HEAD = "岚峰县{body}2024年政府信息公开工作年度报告\n一、总体情况\n"


def _values(text: str, body: str = "青禾镇人民政府") -> dict:
    got = reportparse.parse_text(HEAD.format(body=body) + text)
    return {(i.key, i.applicant): i.value for i in got.indicators if not i.derived}


# ---- one site's count, its kinds after 其中, then a medium by its own way ---------------------------------------

def test_site_count_with_kinds_then_a_medium_by_its_own_way_is_the_sites_alone():
    got = _values("(一)主动公开情况\n2024年,全年通过区政府门户网站主动公开政务信息347条,其中基层治理与服务163条,"
                  "重点领域信息58条,通过微信公众号“青禾发布”发布信息1286条。\n")
    assert got.get(("disclosure.via_website", None)) == 347
    assert ("disclosure.total", None) not in got


def test_guard_site_count_with_kinds_and_no_medium_stays_the_total():
    got = _values("(一)主动公开情况\n2024年,全年通过区政府门户网站主动公开政务信息347条,其中基层治理与服务163条,"
                  "重点领域信息58条。\n")
    assert got.get(("disclosure.total", None)) == 347
    assert got.get(("disclosure.via_website", None)) == 347


def test_guard_total_with_channel_parts_after_qizhong_keeps_the_total():
    got = _values("(一)主动公开情况\n2024年,全年主动公开政府信息529条,其中通过政府网站公开311条,"
                  "通过微信公众号发布218条。\n")
    assert got.get(("disclosure.total", None)) == 529


# ---- 线上 … 线下 ---------------------------------------------------------------------------------------------------

def test_online_site_count_beside_an_offline_one_is_the_sites_alone():
    got = _values("(一)主动公开\n线上,通过城区政府门户网站青禾街道办事处专栏,主动向社会各界公开有关信息83条,涉及工作动态、"
                  "通知公告等各类信息。线下,通过街道便民服务中心政务公开专区、小区公告栏主动公开政府信息文件47份。\n",
                  body="青禾街道办事处")
    assert got.get(("disclosure.via_website", None)) == 83
    assert ("disclosure.total", None) not in got


def test_guard_site_column_way_without_an_offline_count_stays_the_total():
    got = _values("(一)主动公开\n通过城区政府门户网站青禾街道办事处专栏,主动向社会各界公开有关信息83条,涉及工作动态、"
                  "通知公告等各类信息。\n", body="青禾街道办事处")
    assert got.get(("disclosure.total", None)) == 83


# ---- 未收到…申请公开政府信息以及…举报、投诉 ---------------------------------------------------------------------------

def test_none_asked_in_the_statutes_words_joined_with_complaints_is_no_request():
    got = _values("(二)依申请公开\n2024年,我街道未收到公民、法人或者其他组织申请公开政府信息以及有关政府信息公开工作的举报、"
                  "投诉,所公开信息不涉及涉密事件。\n", body="青禾街道办事处")
    assert got.get(("requests.new", "total")) == 0


def test_guard_statutes_words_joined_with_another_matter_is_not_read():
    got = _values("(二)依申请公开\n2024年,我街道未收到公民、法人或者其他组织申请公开政府信息以及有关行政复议的决定书,"
                  "所公开信息不涉及涉密事件。\n", body="青禾街道办事处")
    assert ("requests.new", "total") not in got
