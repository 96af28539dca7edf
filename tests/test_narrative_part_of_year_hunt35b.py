"""A figure said for a part of the year only (2017年7-12月，…共计1945条; 下半年; 第四季度; 7月以来) is not the year's
total: it was read as disclosure.total, a wrong value (seen on a district bureau's 2017 page). A year word after the
part (…，全年共…) takes the figure back, and the whole year said as a range (1月1日至12月31日, 1-12月) is the year.

Texts are invented.
"""
from __future__ import annotations

import reportparse

HEAD = "云栖县文旅局{y}年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"
REQUESTS = "二、依申请公开情况\n"


def _read(body: str, y: int = 2017) -> dict:
    report = reportparse.parse_text(HEAD.format(y=y) + body)
    return {(i.key, i.period): i.value for i in report.indicators if not i.derived}


def test_a_month_range_a_half_or_a_quarter_is_no_year_total():
    for part in ("2017年7-12月", "7月至12月", "2017年7月1日至12月31日", "1—6月", "下半年", "第四季度", "前三季度",
                 "2017年7月以来", "自8月起"):
        got = _read(f"{part}，在政府信息公开网主动公开各类信息共计1945条。\n")
        assert ("disclosure.total", "year") not in got, part
    got = _read(REQUESTS + "2017年7-12月，我局共受理政府信息公开申请23件。\n")
    assert ("requests.new", "year") not in got
    # a part stated as none is not none for the year either
    got = _read(REQUESTS + "下半年未收到政府信息公开申请。\n")
    assert ("requests.new", "year") not in got


def test_the_whole_year_as_a_range_or_a_year_word_after_the_part_is_the_year():
    assert _read("2017年1月1日至12月31日，共主动公开政府信息386条。\n")[("disclosure.total", "year")] == 386
    assert _read("2017年1-12月，共主动公开政府信息386条。\n")[("disclosure.total", "year")] == 386
    got = _read("上半年开展培训2次，全年共主动公开政府信息413条。\n")
    assert got[("disclosure.total", "year")] == 413
    # the Regulations' start is a 2008 report's whole counting period
    got = _read("自2008年5月1日起，共主动公开政府信息157条。\n", y=2008)
    assert got[("disclosure.total", "year")] == 157
