"""A part of a county's or city's report named without 政府 (leads56): a township named as its clause's subject
(石岭乡主动公开政府信息132条, 2023年，石岭镇收到申请7件) gives that township's figure, never the report's own total;
and a part's none (石岭乡未收到政府信息公开申请, 县教育局全年未收到…) is no more the whole's than its count. A tally
word (全年, 共, 共计, 总计) says how much, not whose: 县教育局全年共收到… is still the bureau's. The township's own
report, and a government's office speaking of its government's none, still read. Texts and figures are invented."""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_COUNTY = "青禾县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n"
_CITY = "岚峰市2023年政府信息公开工作年度报告\n一、总体情况\n"
_PRO = "（一）主动公开\n"
_REQ = "（二）依申请公开\n"


@pytest.mark.parametrize("head", [_COUNTY, _CITY])
@pytest.mark.parametrize("body", [
    _PRO + "2023年，石岭乡主动公开政府信息132条。",
    _PRO + "石岭镇主动公开信息132条。",
    _PRO + "石岭镇人民政府主动公开政府信息132条。",
    _PRO + "2023年石岭乡通过门户网站公开信息132条。",
    _PRO + "青禾县石岭镇全年主动公开政府信息132条。",
    _PRO + "扎木苏木主动公开政府信息132条。",
    _PRO + "县教育局全年主动公开政府信息132条。",
    _PRO + "红星街道办事处共计主动公开政府信息132条。",
    _REQ + "石岭镇收到申请7件。",
    _REQ + "2023年，石岭乡共收到政府信息公开申请7件。",
    _REQ + "石岭镇人民政府全年受理政府信息公开申请7件。",
    _REQ + "县教育局共收到政府信息公开申请7件。",
    _REQ + "县教育局全年收到政府信息公开申请7件。",
])
def test_a_named_parts_count_is_not_the_reports(head, body):
    v = _values(head + body)
    assert "disclosure.total" not in v and "requests.new" not in v, v


@pytest.mark.parametrize("body", [
    "石岭乡未收到政府信息公开申请。",
    "2023年，石岭镇未收到政府信息公开申请。",
    "石岭乡没有收到政府信息公开申请。",
    "红星街道办事处未收到依申请公开申请。",
    "县教育局全年未收到政府信息公开申请。",
    "石岭镇本年度未收到政府信息公开申请，无行政复议和行政诉讼。",
    "石岭乡全年未发生政府信息公开行政复议、行政诉讼。",
])
def test_a_named_parts_none_is_not_the_reports(body):
    v = _values(_COUNTY + _REQ + body)
    assert not {k for k in v if k.startswith(("requests.", "review.", "litigation."))}, v


def test_the_wholes_count_stands_beside_a_parts_none():
    v = _values(_COUNTY + _REQ + "全县共收到政府信息公开申请45件。石岭乡未收到政府信息公开申请。")
    assert v["requests.new"] == 45


@pytest.mark.parametrize("head", [
    "青禾县石岭镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n",
    "石岭镇2023年政府信息公开工作年度报告\n一、总体情况\n",
])
@pytest.mark.parametrize("body, key, value", [
    (_PRO + "2023年，石岭镇主动公开政府信息132条。", "disclosure.total", 132),
    (_PRO + "青禾县石岭镇全年主动公开政府信息132条。", "disclosure.total", 132),
    (_REQ + "石岭镇人民政府全年受理政府信息公开申请7件。", "requests.new", 7),
    (_REQ + "2023年，石岭镇未收到政府信息公开申请。", "requests.new", 0),
    (_REQ + "石岭镇本年度未收到政府信息公开申请，无行政复议和行政诉讼。", "review.total", 0),
])
def test_the_townships_own_report_reads_it(head, body, key, value):
    assert _values(head + body)[key] == value


@pytest.mark.parametrize("body", [
    # words that only end in 乡 or 镇 name no township
    "围绕推进城乡一体化，全县主动公开政府信息132条。",
    "2023年，乡镇和部门共主动公开政府信息4821条；全县主动公开政府信息132条。",
])
def test_words_ending_in_xiang_or_zhen_name_no_part(body):
    assert _values(_COUNTY + _PRO + body)["disclosure.total"] == 132


def test_an_offices_government_said_none_is_the_reports():
    # (the office's report speaks for its government: 县政府…没有收取费用 is the report's none)
    text = ("青禾县人民政府办公室2014年政府信息公开工作年度报告\n四、政府信息公开收费情况\n"
            "县政府在受理依申请公开政府信息工作中均没有收取费用。")
    assert _values(text)["fees.collected"] == 0
