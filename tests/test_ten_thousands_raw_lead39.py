"""A proactive count printed in tens of thousands (4.37万条) is rounded, never an exact count: not read (classes58p),
and the warning quotes its printed figure whole, 万 and all (stop 39 kept '4.37万' as the raw text of a value)."""
from __future__ import annotations

import reportparse


def test_a_count_in_tens_of_thousands_is_said_with_wan_and_not_read():
    text = "某区2020年政府信息公开工作年度报告\n2020年，全区通过门户网站、政务新媒体等渠道主动公开政府信息4.37万条。\n"
    report = reportparse.parse(text)
    assert report.to_dict()["indicators"] == []
    assert any("'4.37万'" in w for w in report.warnings)


def test_a_plain_count_keeps_its_digits_only():
    text = "某区2020年政府信息公开工作年度报告\n2020年，全区主动公开政府信息4372条。\n"
    got = [(v["key"], v["value"], v["raw"]) for v in reportparse.parse(text).to_dict()["indicators"]]
    assert got == [("disclosure.total", 4372, "4372")]
