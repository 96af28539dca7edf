"""A single medium named as the subject of a sentence whose count comes after a clause of its own (市政府微信公众号保持
每日更新，共发布信息N条) counts that medium's posts, never the proactive total (read as the total before: a wrong
value); a list of channels closed by 等 before the count still gives the whole (hunt38). Texts and figures are
invented."""
from __future__ import annotations

import reportparse

HEAD = ("青禾市人民政府2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况。\n")


def _total(body: str):
    vals = {i.key: i.value for i in reportparse.parse_text(HEAD + body).indicators if not i.derived}
    return vals.get("disclosure.total")


def test_account_as_subject_before_its_count_is_no_total():
    assert _total("2022年,市政府微信公众号保持每日更新,共发布信息1374条。全年编印政府公报6期。\n") is None
    assert _total("市政府门户网站坚持每日更新,共发布各类信息2816条。\n") is None


def test_channels_listed_and_closed_by_deng_give_the_total():
    assert _total("2022年,通过政府网站、微信公众号等平台,共发布信息1374条。\n") == 1374


def test_whole_still_read_without_a_channel():
    assert _total("2022年,我市坚持以公开为常态,共发布信息1374条。\n") == 1374
