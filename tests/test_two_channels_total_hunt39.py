"""The year's proactive count said over a website and one other channel joined by 和 (全年在网站和微信平台公布信息N条)
is the total, as a list of channels closed by 等 is; one channel named alone is still only that channel's (hunt39).
Texts and figures are invented."""
from __future__ import annotations

import reportparse

HEAD = "青禾县农业农村局2021年政府信息公开工作年度报告\n一、总体情况\n"


def _total(body: str):
    vals = {i.key: i.value for i in reportparse.parse_text(HEAD + body).indicators if not i.derived}
    return vals.get("disclosure.total")


def test_website_and_one_more_channel_give_the_total():
    assert _total("2021年,全年在网站和微信平台公布信息317条,其中网站公布290条,微信公众号公布27条。\n") == 317
    assert _total("2021年,通过门户网站及政务微博发布信息58条。\n") == 58


def test_one_channel_alone_is_no_total():
    assert _total("2021年,全年在微信平台公布信息317条。\n") is None
