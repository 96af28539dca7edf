"""A proactive count printed in tens of thousands (4.37万条) keeps its printed figure whole as its raw text, 万 and all:
the value (43700) and the raw text a user sees side by side must say the same (stop 39; raw was '4.37')."""
from __future__ import annotations

import reportparse


def test_a_count_in_tens_of_thousands_keeps_wan_in_its_raw_text():
    text = "某区2020年政府信息公开工作年度报告\n2020年，全区通过门户网站、政务新媒体等渠道主动公开政府信息4.37万条。\n"
    got = [(v["key"], v["value"], v["raw"]) for v in reportparse.parse(text).to_dict()["indicators"]]
    assert got == [("disclosure.total", 43700, "4.37万")]


def test_a_plain_count_keeps_its_digits_only():
    text = "某区2020年政府信息公开工作年度报告\n2020年，全区主动公开政府信息4372条。\n"
    got = [(v["key"], v["value"], v["raw"]) for v in reportparse.parse(text).to_dict()["indicators"]]
    assert got == [("disclosure.total", 4372, "4372")]
