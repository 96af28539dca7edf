"""Prose forms of figures (hunt41). One website's count as the proactive total (where its paragraph counts nothing
else) with the kinds listed before the noun and closed by 等各类 (在区政府网站公开工作动态、通知公告等各类政务信息N条);
a list closed by 等 alone, or a website beside another channel's count, stays unread. The proactive total with no noun
after the issuer's own word opening its clause (我局主动公开数量为N条); never after 其中 or a kind. The requests
counted by a verb of receiving joined to 答复 (受理答复…申请N件，其中M件结转下年度) are what came in, not what was answered. Every request
granted, said with 已 before the word for all (…N件，已全部予以公开), never where a part follows. None of the
requests, or of the reviews, with the requests said 政府信息依申请 (没有发生政府信息依申请情况; 无依申请事项).
Texts and figures are invented."""
from __future__ import annotations

import reportparse

HEAD = "青禾县民政局2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"


def _values(body: str) -> dict:
    return {i.key: i.value for i in reportparse.parse_text(HEAD + body).indicators if not i.derived}


def test_site_count_with_kinds_listed_before_all_kinds():
    vals = _values("2022年1-12月,在区政府门户网站公开工作动态、统计数据、公告公示等各类政务信息137条。\n")
    assert vals.get("disclosure.total") == 137


def test_kinds_listed_without_all_kinds_or_beside_another_channel_stay_unread():
    assert "disclosure.total" not in _values("2022年,在区政府网站公开政策文件、工作动态等信息137条。\n")
    vals = _values("2022年,在区政府网站公开政策文件、工作动态等各类信息137条,微信公众号发布信息41条。\n")
    assert vals.get("disclosure.total") != 137


def test_issuer_word_before_proactive_count_without_noun():
    assert _values("2022年,我局主动公开数量为83条。\n").get("disclosure.total") == 83
    assert _values("本局主动公开总数为83条,其中政策文件6条。\n").get("disclosure.total") == 83


def test_issuer_word_after_a_part_or_kind_stays_unread():
    assert "disclosure.total" not in _values("其中我局主动公开83条。\n")
    assert "disclosure.total" not in _values("2022年,规范性文件我局主动公开83条。\n")


def test_received_and_answered_joint_verb_is_the_received_count():
    vals = _values("全年依法规范受理答复政府信息公开申请19件,其中3件结转下年度继续办理。\n")
    assert vals.get("requests.new") == 19
    assert vals.get("requests.carried_forward") == 3
    assert "requests.answered" not in vals
    vals = _values("2022年,收到并答复政府信息公开申请19件。\n")
    assert vals.get("requests.new") == 19
    assert "requests.answered" not in vals


def test_answered_said_apart_stays_answered():
    vals = _values("2022年,共收到政府信息公开申请19件,答复政府信息公开申请16件。\n")
    assert vals.get("requests.new") == 19
    assert vals.get("requests.answered") == 16


def test_every_request_granted_with_yi_before_the_word_for_all():
    vals = _values("2022年,我局共收到政府信息公开申请23件,已全部予以公开。\n")
    assert vals.get("requests.new") == 23
    assert vals.get("requests.granted") == 23


def test_all_granted_followed_by_a_part_stays_unread():
    vals = _values("2022年,我局共收到政府信息公开申请23件,已全部予以公开,其中4件部分公开。\n")
    assert "requests.granted" not in vals


def test_none_with_requests_said_zhengfu_xinxi_yishenqing():
    vals = _values("本年度我局没有发生政府信息依申请情况,也未发生政府信息依申请行政复议案。\n")
    assert vals.get("requests.new") == 0
    assert vals.get("review.total") == 0


def test_yishenqing_with_a_count_or_another_noun_is_not_none():
    vals = _values("2022年,无依申请情况,收到咨询7件。\n")
    assert vals.get("requests.new") == 0
    assert _values("2022年,收到政府信息依申请行政复议案2件。\n").get("review.total") != 0
