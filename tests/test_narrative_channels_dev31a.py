"""A channel's count said as the year's beside another medium's (stop 31, heldout31's 山海关 and 额济纳 classes): the
channel named in the sentence before its clause (通过政府网站、某平台,主动公开…), another medium named as a way after
the count with its count lost (…43条,通过“某某局”微信公…), or another medium's count in a section of its own
(新媒体建设: 运用公众号发布…). Such a total is not proven the issuer's whole count: left unread. Invented sentences."""
from __future__ import annotations

import reportparse

TITLE = "某某县发展和改革局2023年政府信息公开工作年度报告\n"


def read(body: str) -> dict:
    report = reportparse.parse_text(TITLE + body, require_report=False)
    return {i.value_id: i.value for i in report.indicators}


def test_a_total_said_by_two_channels_with_a_medium_counted_in_another_section_is_unread():
    got = read("（一）主动公开\n本年度通过政府网站、政府信息公开平台,主动公开各类政府信息417条,涵盖通知公告等领域。\n"
               "（五）新媒体建设\n2023年我局运用本局公众号发布转发政策信息和动态356条,发表原创稿件83篇。\n")
    assert "disclosure.total" not in got
    # near-miss the other way: without the medium's count elsewhere it is the year's figure
    got = read("（一）主动公开\n本年度通过政府网站、政府信息公开平台,主动公开各类政府信息417条,涵盖通知公告等领域。\n"
               "（五）新媒体建设\n2023年我局用好本局公众号,发表原创稿件83篇。\n")
    assert got["disclosure.total"] == 417


def test_a_website_count_with_another_medium_named_after_it_count_lost_is_unread():
    body = "（一）主动公开\n加强政策解读。2023年,我局共在某某县政府网站主动公开政府信息64条,通过“某某县发改局”微信公"
    assert "disclosure.total" not in read(body)
    # the site alone is the report's proactive figure
    assert read("（一）主动公开\n加强政策解读。2023年,我局共在某某县政府网站主动公开政府信息64条。\n")["disclosure.total"] == 64


def test_the_channels_said_as_all_ways_keep_the_total():
    got = read("（一）主动公开\n本年度通过政府网站、政务微信等渠道主动公开政府信息529条。\n"
               "（五）新媒体建设\n2023年运用本局公众号发布信息218条。\n")
    assert got["disclosure.total"] == 529


def test_two_websites_counts_with_kinds_listed_before_the_first_give_no_total():
    got = read("（一）主动公开\n2023年,在某某门户网站主动公开工作动态、政策文件及解读、人事信息、公告公示等各类政府信息"
               "372条,在某某县发展和改革局网站主动公开各类信息259条。")
    assert "disclosure.total" not in got

