"""Wordings of real reports the library missed (hunt48), each a class with a guard that a near wording is not read.
Texts and figures are invented.

- a website's count with the amount said after the noun as 总计 or 合计, as 共/共计 were read (通过市政府网站公开政府信息
  总计37条, 在区政府网站发布信息合计41条): the site's count, and the total where the paragraph counts nothing else; a
  second channel's count beside it leaves the total unread, and a count of a part after 其中 stays the site's;
- the ways of applying listed and closed by the other ways (收到当面申请、电子邮件、信函、和其他形式的政府信息公开申请6条;
  通过信函和其他方式提出的): all of them, the year's requests; one way alone stays that way's share;
- the requests' own system or platform as the receiver (政府信息依申请公开系统共收到3宗信息, 依申请公开平台收到4件): the
  year's requests; never a platform of all disclosure (政府信息公开平台收到…), nor a consultation received there, nor
  a complaint's count after the figure (依申请公开共收到3件投诉, read before this stop);
- the issuer's words for itself spelled once ($SELF): a hospital's 我院/本院, a school's 我校, a centre's 本中心 open a
  count as 我局/本局 did (我院政府信息公开申请共受理2件, 我校通过门户网站和微信平台发布信息合计73条); never 本市, the
  region of all its bodies, nor another bureau named."""
from __future__ import annotations

import pytest

from conftest import year_totals

HOSPITAL = "青禾县人民医院2023年政府信息公开工作年度报告\n"
TOWN = "青禾镇人民政府2016年政府信息公开工作年度报告\n"
PROACTIVE = "一、总体情况\n（一）主动公开情况\n"
REQUESTS = "一、总体情况\n（二）依申请公开情况\n"


# ---- a site's count with 总计 / 合计 after the noun --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, total", [
    ("2023年我院通过市政府网站公开政府信息总计37条。", 37, 37),
    # (a site's posts said with 发布 are the site's alone, never the total too: the gold convention, stop 65)
    ("2023年我院在区政府网站发布信息合计41条。", 41, None),
    ("2023年我院在市政府网站上发布信息总计53条。", 53, None),
])
def test_a_site_count_said_with_zongji_or_heji(sentence, value, total):
    vals = year_totals(HOSPITAL + PROACTIVE + sentence + "\n")
    assert vals["disclosure.via_website"] == value
    assert vals.get("disclosure.total") == total


def test_a_second_channel_beside_the_site_leaves_the_total_unread():
    vals = year_totals(HOSPITAL + PROACTIVE + "2023年我院通过市政府网站公开政府信息总计37条，通过微信公众号发布信息64条。\n")
    assert vals["disclosure.via_website"] == 37
    assert "disclosure.total" not in vals


def test_a_site_count_after_qizhong_is_a_part_of_the_total():
    vals = year_totals(HOSPITAL + PROACTIVE + "2023年共主动公开政府信息58条，其中通过政府网站公开信息总计29条。\n")
    assert vals["disclosure.total"] == 58
    assert vals["disclosure.via_website"] == 29


def test_two_channels_joined_with_heji_give_the_total_only():
    vals = year_totals(HOSPITAL + PROACTIVE + "2023年我院通过政府网站和微信平台发布信息合计73条。\n")
    assert vals["disclosure.total"] == 73
    assert "disclosure.via_website" not in vals


# ---- the ways of applying closed by 其他形式 -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("2016年度，我镇收到当面申请、电子邮件、传真、信函、和其他形式的政府信息公开申请6条。", 6),
    ("2016年，我镇共收到通过信函和其他方式提出的政府信息公开申请7件。", 7),
    ("2016年，我镇收到网上申请及其他渠道的依申请公开申请9件。", 9),
])
def test_ways_listed_and_closed_by_the_other_ways_are_all_requests(sentence, value):
    vals = year_totals(TOWN + REQUESTS + sentence + "\n")
    assert vals["requests.new"] == value


def test_one_way_alone_stays_that_ways_share():
    vals = year_totals(TOWN + REQUESTS + "2016年，我镇收到网上申请的政府信息公开申请2件。\n")
    assert "requests.new" not in vals


# ---- the requests' own system or platform as the receiver ----------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("2016年，政府信息依申请公开系统共收到3宗信息。", 3),
    ("2016年，依申请公开平台收到4件。", 4),
    ("2016年，政府信息依申請公開系統共收到5宗信息。", 5),
])
def test_the_request_system_as_the_receiver(sentence, value):
    vals = year_totals(TOWN + REQUESTS + sentence + "\n")
    assert vals["requests.new"] == value


@pytest.mark.parametrize("sentence", [
    "2016年，政府信息公开平台收到4件。",
    "2016年，依申请公开平台共收到咨询5件。",
    "2016年，依申请公开平台共收到3件投诉。",
    "2016年，依申请公开共收到3件投诉。",
])
def test_another_platform_or_another_matter_is_no_request_count(sentence):
    vals = year_totals(TOWN + REQUESTS + sentence + "\n")
    assert "requests.new" not in vals


# ---- the issuer's words for itself: a hospital's, a school's, a centre's ----------------------------------------------

SCHOOL = "青禾职业技术学院2023年政府信息公开工作年度报告\n"
CENTRE = "青禾县住房公积金管理中心2023年政府信息公开工作年度报告\n"


@pytest.mark.parametrize("head, sentence, value", [
    (HOSPITAL, "2023年，我院政府信息公开申请共受理2件。", 2),
    (SCHOOL, "2023年，我校依申请公开申请收到6件。", 6),
    (CENTRE, "2023年，本中心政府信息公开申请收到8件。", 8),
])
def test_a_request_count_after_the_issuers_own_word(head, sentence, value):
    vals = year_totals(head + REQUESTS + sentence + "\n")
    assert vals["requests.new"] == value


@pytest.mark.parametrize("sentence", [
    "2023年，本市政府信息公开申请共受理2件。",
    "2023年，县财政局政府信息公开申请共受理2件。",
])
def test_the_whole_region_or_another_body_opens_no_request_count(sentence):
    vals = year_totals(HOSPITAL + REQUESTS + sentence + "\n")
    assert "requests.new" not in vals


def test_a_school_names_its_two_channels_after_its_own_word():
    vals = year_totals(SCHOOL + PROACTIVE + "2023年，我校通过学校门户网站和微信平台发布信息合计73条。\n")
    assert vals["disclosure.total"] == 73
    assert "disclosure.via_website" not in vals
