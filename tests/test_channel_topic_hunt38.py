"""The website's share of the proactive total said after 其中 in the sentence after the total, whose topic is said of
政务信息 (我镇公开政务信息的渠道主要包括门户网站和微信公众号等，其中，门户网站公开N条) is the website's count, as it is
where the topic says 政府信息 (hunt38). Texts and figures are invented."""
from __future__ import annotations

import reportparse

HEAD = "青禾镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n"


def _vals(body: str) -> dict:
    return {i.key: i.value for i in reportparse.parse_text(HEAD + body).indicators if not i.derived}


def test_website_share_under_a_zhengwu_topic():
    vals = _vals("2020年,我镇通过多种渠道主动公开政务信息共318条。目前,我镇公开政务信息的渠道主要包括政府门户网站和"
                 "微信公众号等,其中,门户网站公开176条,微信公众号公开142条。\n")
    assert vals["disclosure.total"] == 318
    assert vals["disclosure.via_website"] == 176


def test_no_website_share_without_the_topic():
    vals = _vals("2020年,我镇通过多种渠道主动公开政务信息共318条。\n(二)其他情况。目前,我镇宣传渠道主要包括门户网站和"
                 "微信公众号等,其中,门户网站发布176条。\n")
    assert vals["disclosure.total"] == 318
    assert "disclosure.via_website" not in vals
