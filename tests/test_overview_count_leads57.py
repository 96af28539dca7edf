"""A proactive count said with bare 公开 (no 主动) in the overview (总体情况): read as the year's total only where the clauses
right after it count where the items went out and those counts add up to it (2022年我镇公开政府信息247条,在门户网站的…栏目
公开了64条动态信息,信息公开专栏公开183条政务信息); the same sentence whose channels do not add up, or that splits on-request
items off, is not read as the total. Texts and figures are invented (leads57)."""
from __future__ import annotations

import pytest

import reportparse

_TITLE = "青禾县石岭镇2022年政府信息公开工作年度报告\n"


def _values(doc):
    return {i.value_id: i.value for i in doc.indicators}


@pytest.mark.parametrize("heading", ["一、总体情况\n", "一、概述\n"])
@pytest.mark.parametrize("sentence, parts", [
    ("2022年我镇公开政府信息247条,在门户网站的“镇场工作”栏目公开了64条动态信息,信息公开专栏公开183条政务信息。", None),
    ("全年全镇公开政府信息247条,通过镇政府网站发布183条,通过公开栏公开64条。", ("disclosure.via_website", 183)),
    ("2022年,我镇公开政务信息247条;在镇政府网站公开了183条,在村务公开栏公开了64条。", ("disclosure.via_website", 183)),
])
def test_a_bare_count_whose_channels_add_up_is_the_total(heading, sentence, parts):
    doc = reportparse.parse_text(_TITLE + heading + "2022年,我镇认真贯彻《中华人民共和国政府信息公开条例》。\n" + sentence + "\n")
    values = _values(doc)
    assert values["disclosure.total"] == 247
    if parts:
        assert values[parts[0]] == parts[1]


@pytest.mark.parametrize("sentence", [
    "2022年我镇公开政府信息247条,在门户网站公开了64条动态信息,信息公开专栏公开180条政务信息。",     # 244: no sum
    "2022年我镇公开政府信息247条,在门户网站公开了64条动态信息。",                                   # one channel
    "2022年我镇公开政府信息247条。",
])
def test_a_bare_count_the_text_does_not_settle_is_not_the_total(sentence):
    doc = reportparse.parse_text(_TITLE + "一、总体情况\n" + sentence + "\n")
    assert "disclosure.total" not in _values(doc)


@pytest.mark.parametrize("heading", ["一、总体情况\n", "二、主动公开情况\n"])
def test_a_count_split_into_on_request_and_proactive_ones_is_no_total(heading):
    doc = reportparse.parse_text(_TITLE + heading + "2022年我镇公开政府信息247条,依申请公开了64条,主动公开183条。\n")
    assert _values(doc)["disclosure.total"] == 183
