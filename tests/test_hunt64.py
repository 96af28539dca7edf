"""Wordings of real reports the library misread or missed (hunt64: northern and western provinces), each a class with a
guard that a near case keeps its reading. Texts and figures are invented.

- a website as the subject right before 主动发布 (省政府门户网站主动发布各类信息N条) is the site's count, never the proactive
  total (a site's 发布 count is not: the gold convention); 主动公开 after a site said as the way stays the total's too;
- the portal printed as 入口網站 by a conversion to traditional script (在局入口網站公開…, 政府入口網站發布信息…): the
  portal, as 门户网站 is;
- a site's 政务公开专栏 after it (通过区政府门户网站政务公开专栏主动公开政府信息N条): the site's count, as its
  信息公开专栏 is;
- reviews and lawsuits said 未涉及 (全部按时办结完成,未涉及行政复议和行政诉讼): none, as 不涉及 is; never a request's
  content (未涉及行政复议和行政诉讼案卷信息);
- a site's posts counted by the national website report's kinds (全年网站概况类、政务动态、信息公开目录信息发布N条): the
  site's count; never one kind alone (网站政务动态信息发布N条).
"""
from __future__ import annotations

import reportparse

HEAD = "岚峰县{body}2024年政府信息公开工作年度报告\n一、总体情况\n"


def _values(text: str, body: str = "人民政府") -> dict:
    return {i.key: i.value for i in reportparse.parse_text(HEAD.format(body=body) + text).indicators
            if not i.derived}


# ---- a website's 主动发布 count is no proactive total -----------------------------------------------------------

def test_a_site_subject_before_zhudong_fabu_is_the_sites_count_only():
    got = _values("(一)主动公开方面。2024年,全县共发布规章7件,规范性文件23件,县政府门户网站主动发布各类信息5183条。\n")
    assert got.get("disclosure.via_website") == 5183
    assert "disclosure.total" not in got


def test_guard_zhudong_fabu_without_a_site_and_a_site_said_as_the_way_stay_the_total():
    got = _values("(一)主动公开方面。2024年,本县主动发布政府信息4127条。\n")
    assert got.get("disclosure.total") == 4127
    got = _values("(一)主动公开方面。2024年在县政府门户网站主动公布政府信息有386条。\n")
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (386, 386)
    got = _values("(一)主动公开方面。2024年,本局通过县政府门户网站主动发布信息总量达433条,其中工作动态信息129条。\n", body="商务局")
    assert got.get("disclosure.total") == 433


# ---- 入口網站 is the portal ---------------------------------------------------------------------------------------

def test_the_portal_printed_as_rukou_wangzhan_is_the_website():
    for text in ("(一)主動公開情況。全年主動公開政府信息1萬餘條,其中岚峰县政府入口網站發布信息3817條(概況類91條、政務動態1562條)。\n",
                 "(一)主动公开情况。全年主动公开政府信息1万余条,其中岚峰县政府入口网站发布信息3817条(概况类91条、政务动态1562条)。\n"):
        assert _values(text).get("disclosure.via_website") == 3817, text


def test_guard_a_site_by_its_own_name_is_still_no_portal():
    got = _values("(一)主动公开情况。全年主动公开政府信息1万余条,其中岚峰县政府入口网发布信息3817条。\n")
    assert "disclosure.via_website" not in got


# ---- a site's 政务公开专栏 ------------------------------------------------------------------------------------------

def test_the_sites_zhengwu_gongkai_column_is_the_sites_count():
    got = _values("(一)主动公开\n2024年度县财政局通过县政府门户网站政务公开专栏主动公开政府信息13条。\n(二)依申请公开\n"
                  "2024年,县财政局未收到政府信息公开申请。\n", body="财政局")
    assert (got.get("disclosure.total"), got.get("disclosure.via_website"), got.get("requests.new")) == (13, 13, 0)


def test_guard_a_zhengwu_gongkai_column_beside_another_channels_count_is_no_total():
    got = _values("(一)主动公开\n2024年度县财政局通过县政府门户网站政务公开专栏主动公开政府信息13条,通过微信公众号发布信息57条。\n",
                  body="财政局")
    assert got.get("disclosure.via_website") == 13 and "disclosure.total" not in got


# ---- 未涉及行政复议和行政诉讼 ---------------------------------------------------------------------------------------

def test_reviews_and_lawsuits_said_not_involved_with_wei():
    got = _values("(二)依申请公开情况。全年新收政府信息公开申请13件,上年结转政府信息公开申请0件,全部按时办结完成,"
                  "未涉及行政复议和行政诉讼。\n")
    assert (got.get("requests.new"), got.get("review.total"), got.get("litigation.direct.total"),
            got.get("litigation.after_review.total")) == (13, 0, 0, 0)


def test_guard_wei_sheji_naming_a_requests_content_is_no_none():
    got = _values("(二)依申请公开情况。全年新收政府信息公开申请13件,申请内容未涉及行政复议和行政诉讼案卷信息。\n")
    assert "review.total" not in got


# ---- the site's posts said as the national website report's kinds --------------------------------------------------

def test_a_sites_posts_by_the_website_reports_kinds_are_the_sites_count():
    got = _values("(一)主动公开。以政府门户网站为政府信息公开主要阵地,全年网站概况类、政务动态、信息公开目录信息发布583条,"
                  "解读信息发布17条。全年微信公众号信息发布量629条。\n", body="管理委员会")
    assert got.get("disclosure.via_website") == 583 and "disclosure.total" not in got


def test_guard_one_kind_of_the_sites_posts_is_no_site_count():
    got = _values("(一)主动公开。全年网站政务动态信息发布583条,解读信息发布17条。\n", body="管理委员会")
    assert "disclosure.via_website" not in got
