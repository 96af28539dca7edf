"""heldout63's classes, with invented reports (names and figures made up), each with guards that a near case is not
read, or is read as before:

- a website's 发布/更新 count said in prose is the site's (disclosure.via_website), never the proactive total, in the
  wordings stop 63's convention settles: posts of every kind (旗政府网站共发布各类信息N条, reversing stop 62's "stays
  unread"), 更新 of any information (网站更新信息N条), the site as the subject after a comma (…力度,区政府网站全年更新
  各类政府信息N条), 组织 before the verb (依托政府门户网站组织发布信息N条), a long list of kinds closed by 等 before the
  noun, and a zone's site by the zone's name (在保税区政务网站发布…); never a count of visits, a medium's posts
  (微信/微博/新闻), the parts' sites (各乡镇网站), or a count of 栏目; 一是…，政府网站公开信息N条 keeps its reading;
- the one website named by its own name in quotation marks as the way the only proactive count went out
  (“数字某城”网站主动公开政府信息N条): the total and the site's count (the corpus's reading of such a sentence); beside
  another medium's count the site's alone;
- a legacy site's homepage updates said with 当年 after the year's end (截至2014年12月31日,…网站首页共当年更新信息N件):
  the site's count of the year; without 当年 (from a start not said) nor its bracketed bare 累计, not read.
"""
from __future__ import annotations

import pytest

import reportparse

TITLE = "岚峰县人民政府2024年政府信息公开工作年度报告\n"
PROACTIVE = "一、总体情况\n(一)主动公开\n"


def values(body: str, head: str = TITLE) -> dict:
    return {k: v for k, v in reportparse.parse_text(head + PROACTIVE + body + "\n").values().items()
            if v is not None and k.startswith("disclosure")}


# ---- A. a website's 发布/更新 count in prose is the site's ---------------------------------------------------------

@pytest.mark.parametrize("said, want", [
    ("2024年,旗政府网站共发布各类信息8273条,其中工作动态类信息6114条。", 8273),                 # posts of every kind
    ("岚峰县人民政府门户网站发布各类信息1171条,积极弘扬主旋律。", 1171),
    ("加大政府信息主动公开力度,县政府网站全年更新各类政府信息846条。归集整理并主动公开各类规划信息。", 846),  # after a comma
    ("2024年,岚峰县人民政府门户网站更新信息712条。", 712),                                       # 更新 of any information
    ("坚持公开为常态,依托政府门户网站组织发布信息2917条,访问量96万余人次,县政府微信公众号发布信息38条。", 2917),
    ("2024年岚峰县人民政府门户网站发布政务要闻、国务院要闻、省政府要闻、市政府要闻、通知公告、政府采购、财政信息、"
     "统计数据、发展规划、环境保护、市场监管、社会事业等各类政府信息4381条。", 4381),           # a long list of kinds
    ("全年在保税区政务网站发布各类信息7364条,微信公众号累计发布1830篇。", 7364),                # a zone's site
])
def test_a_websites_posts_said_in_prose_are_its_count(said, want):
    got = values(said)
    assert got.get("disclosure.via_website") == want, said
    assert "disclosure.total" not in got, said


@pytest.mark.parametrize("said", [
    "加大公开力度,县政府网站全年访问量达215万人次。",                            # visits
    "加大公开力度,县政府网站页面浏览量3815条。",
    "加大公开力度,县政府微信公众号全年更新各类信息673条。",                      # a medium, no website
    "加大公开力度,县融媒体中心新闻客户端发布新闻稿件318条。",
    "加大公开力度,各乡镇政府网站共发布各类信息5127条。",                        # the parts' sites
    "加大公开力度,县政府网站全年更新栏目42个。",                                # columns, not items
])
def test_guard_visits_media_parts_and_columns_stay_unread(said):
    got = values(said)
    assert "disclosure.via_website" not in got and "disclosure.total" not in got, said


def test_guard_an_items_site_with_gongkai_keeps_its_reading():
    # 公开 after an enumerated item's head stays the total's own wording (read as before stop 63)
    got = values("一是加强平台建设,县政府网站公开信息1294条。")
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (1294, 1294)


def test_guard_the_sites_count_beside_a_proactive_total_stays_a_part():
    got = values("2024年,全县主动公开政府信息1538条,县政府网站全年更新各类政府信息1207条。")
    assert got.get("disclosure.total") == 1538
    assert got.get("disclosure.via_website") == 1207


# ---- B. a portal by its quoted name as the only way ---------------------------------------------------------------

def test_a_quoted_portals_only_count_is_the_total_and_the_sites():
    got = values("2024年,“数字岚峰”网站主动公开政府信息31862条,浏览量2718304人次。")
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (31862, 31862)


def test_guard_a_quoted_portal_beside_a_medium_is_the_sites_share_only():
    got = values("2024年,“数字岚峰”网站主动公开政府信息31862条,“岚峰发布”微信公众号发布信息1406条。")
    assert got.get("disclosure.via_website") == 31862
    assert "disclosure.total" not in got


def test_guard_a_quoted_medium_is_no_website():
    got = values("2024年,“数字岚峰”公众号主动公开政府信息31862条。")
    assert "disclosure.via_website" not in got


# ---- C. a legacy site's homepage updates said for the year after the year's end ---------------------------------------

_LEGACY = "岚峰县某区人民政府2014年政府信息公开工作年度报告\n一、概述\n二、主动公开政府信息情况\n"
_LEGACY_STATE = "岚峰县某区人民政府2014年政府信息公开工作年度报告\n一、政府信息公开情况\n(一)2014年本地区政府信息公开情况\n"


@pytest.mark.parametrize("head", [_LEGACY, _LEGACY_STATE])
def test_a_legacy_sites_homepage_updates_of_the_year_are_its_count(head):
    got = reportparse.parse_text(head + "截至2014年12月31日,岚峰区政府网站首页共当年更新信息582件(累计公开6137件)。"
                                 "其中,公开政府文件41件(累计公开件297件);公开信息动态541条(累计公开5840条)。\n").values()
    assert got.get("disclosure.via_website") == 582
    assert "disclosure.total" not in got
    assert not any("period=cumulative" in k for k in got)       # a bare 累计 says no start: unread, as before


@pytest.mark.parametrize("said", [
    "截至2014年12月31日,岚峰区政府网站首页共更新信息582件。",        # no 当年: from a start the sentence does not say
    "截至2014年12月31日,岚峰区政府网站共发布信息582件。",
    "截至2014年12月31日,我区共主动公开政府信息582件。",
    "2014年,岚峰区政府网站累计访问量582件。",                      # visits
])
def test_guard_a_count_up_to_the_years_end_without_the_year_stays_unread(said):
    got = reportparse.parse_text(_LEGACY_STATE + said + "\n").values()
    assert "disclosure.via_website" not in got and "disclosure.total" not in got, said
