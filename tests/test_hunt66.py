"""Wordings of real reports the library misread or missed (hunt66: northern and western provinces), each a class with a
guard that a near case keeps its reading. Texts and figures are invented.

- a website named as the platform by 发挥…作用, the year's 发布 count in a later clause of the sentence (充分发挥县政府网站
  政府信息公开“主阵地”作用,…,全年共发布各类政府信息1782条): the site's posts, never the proactive total; 公开 there stays
  the total's wording;
- the site's posts said with the noun before the verb and a sum word after it (县人民政府门户网站信息发布共计5679条): the
  site's count;
- the applicants said one category in the sentence right after the count (全年共收到政府信息公开申请1件。申请人为自然人):
  that count is the natural persons'; never where the next sentence gives them a count of their own;
- the requests counted as a noun with no verb after both the year and 全年 (2023年全年依申请公开政府信息申请4件): the
  year's requests, as after either alone; never the bare 依申请公开N件;
- none carried over said as 不存在上年度结转…申请: none, as 无上年度结转 is; never a carry forward (不存在结转下年度…).
"""
from __future__ import annotations

import reportparse

HEAD = "岚峰县{body}2024年政府信息公开工作年度报告\n一、总体情况\n"


def _values(text: str, body: str = "青禾镇人民政府") -> dict:
    got = reportparse.parse_text(HEAD.format(body=body) + text)
    return {(i.key, i.applicant): i.value for i in got.indicators if not i.derived}


# ---- 发挥…网站…作用, then 全年共发布 ------------------------------------------------------------------------------

def test_site_named_as_platform_then_a_publish_count_is_the_sites_posts():
    got = _values("(一)主动公开\n充分发挥岚峰县政府网站政府信息公开“主阵地”作用,着力抓好政府信息发布,"
                  "全年共发布各类政府信息1837条,其中通知公告类信息146条。\n", body="人民政府")
    assert got.get(("disclosure.via_website", None)) == 1837
    assert ("disclosure.total", None) not in got


def test_guard_site_named_as_platform_then_a_disclosure_count_stays_the_total():
    got = _values("(一)主动公开\n充分发挥岚峰县政府网站政务公开“第一平台”作用,持续推进各领域信息主动公开,"
                  "2024年度主动公开政府信息5381条。\n", body="人民政府")
    assert got.get(("disclosure.total", None)) == 5381


def test_guard_a_publish_count_with_no_site_named_stays_the_total():
    got = _values("(一)主动公开\n着力抓好政府信息发布,全年共发布各类政府信息1837条,其中通知公告类信息146条。\n",
                  body="人民政府")
    assert got.get(("disclosure.total", None)) == 1837
    assert ("disclosure.via_website", None) not in got


def test_guard_two_ways_named_as_platform_is_no_sites_count():
    got = _values("(一)主动公开\n充分发挥政府网站和微信公众号的平台作用,全年共发布各类政府信息1837条。\n", body="人民政府")
    assert ("disclosure.via_website", None) not in got


# ---- 网站信息发布共计N条 ----------------------------------------------------------------------------------------

def test_site_then_information_published_in_all_is_the_sites_count():
    got = _values("(一)主动公开\n2024年,岚峰县人民政府门户网站信息发布共计6284条,其中概况类信息更新量17条,"
                  "政务动态信息更新量2931条。\n", body="人民政府")
    assert got.get(("disclosure.via_website", None)) == 6284
    assert ("disclosure.total", None) not in got


def test_guard_one_kind_published_on_the_site_is_no_sites_count():
    got = _values("(一)主动公开\n2024年,岚峰县人民政府门户网站政务动态信息发布2931条。\n", body="人民政府")
    assert ("disclosure.via_website", None) not in got


# ---- 申请N件。申请人为自然人 -------------------------------------------------------------------------------------

def test_applicant_category_in_the_next_sentence_is_the_counts():
    got = _values("(二)依申请公开\n我局依法做好依申请公开工作,全年共收到政府信息公开申请 3件。申请人为自然人,"
                  "均在法定期限内予以答复。\n", body="审计局")
    assert got.get(("requests.new", "total")) == 3
    assert got.get(("requests.new", "natural_person")) == 3


def test_guard_a_category_with_its_own_count_in_the_next_sentence_is_not_all_of_them():
    got = _values("(二)依申请公开\n我局依法做好依申请公开工作,全年共收到政府信息公开申请 3件。申请人为自然人的2件,"
                  "法人1件。\n", body="审计局")
    assert got.get(("requests.new", "total")) == 3
    assert got.get(("requests.new", "natural_person")) != 3


# ---- 2023年全年依申请公开政府信息申请N件 --------------------------------------------------------------------------

def test_requests_counted_as_a_noun_after_the_year_and_quan_nian_are_the_years():
    got = _values("(二)依申请公开\n2024年全年依申请公开政府信息申请 6件,信息不存在2件。\n", body="新港街道办事处")
    assert got.get(("requests.new", "total")) == 6


def test_guard_the_bare_disclosed_on_request_count_stays_unread():
    got = _values("(二)依申请公开\n2024年全年依申请公开6件。\n", body="新港街道办事处")
    assert ("requests.new", "total") not in got


# ---- 不存在上年度结转 ----------------------------------------------------------------------------------------------

def test_no_carry_over_said_as_its_absence_with_bu_cunzai_is_none():
    got = _values("(二)依申请公开\n2024年共收到政府信息公开申请7件。不存在上年度结转政府信息公开申请。\n", body="新港街道办事处")
    assert got.get(("requests.new", "total")) == 7
    assert got.get(("requests.carried_over", "total")) == 0


def test_guard_no_carry_forward_is_no_carry_over():
    got = _values("(二)依申请公开\n2024年共收到政府信息公开申请7件。不存在结转下年度办理的政府信息公开申请。\n",
                  body="新港街道办事处")
    assert ("requests.carried_over", "total") not in got
