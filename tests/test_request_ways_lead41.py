"""The ways of applying have one owner (request_ways.WAY_FAMILIES): the rule that a count after one way is no
total and the legacy channel rows of narrative.tsv read the same words (互联网 was a channel row's way and not the
rule's: 互联网受理…9件 beside 当面受理…7件 was read as the year's 9 requests). Sentences invented."""
from __future__ import annotations

import reportparse
from reportparse.extract.narrative import _patterns
from reportparse.extract.request_ways import WAY_FAMILIES


def _values(text: str, title: str) -> dict:
    return {v["key"]: v["value"] for v in reportparse.parse_text(title + "\n" + text).to_dict()["indicators"]}


def test_internet_way_beside_another_way_is_no_total():
    got = _values("二、收到和处理政府信息公开申请情况\n2021年，我局互联网受理依申请公开9件；当面受理依申请公开7件；"
                  "邮寄受理依申请公开15件。均按照规定及时办理。", "某县自然资源局2021年政府信息公开工作年度报告")
    assert "requests.new" not in got
    got = _values("二、收到和处理政府信息公开申请情况\n2021年，我局收到依申请公开41件，其中互联网申请23件，当面申请18件。",
                  "某县自然资源局2021年政府信息公开工作年度报告")
    assert got["requests.new"] == 41


def test_legacy_channel_rows_read_the_shared_ways():
    got = _values("三、依申请公开情况\n2012年共收到政府信息公开申请64件。其中互联网申请37件，当面申请19件，"
                  "电子邮箱申请8件。", "某县人民政府2012年政府信息公开工作年度报告")
    assert (got["requests.new"], got["requests.by_channel.online"], got["requests.by_channel.in_person"],
            got["requests.by_channel.email"]) == (64, 37, 19, 8)


def test_no_way_family_is_left_unfilled():
    for _keys, *_rest, pattern in _patterns():
        assert not any(name in pattern.pattern for name in WAY_FAMILIES)
