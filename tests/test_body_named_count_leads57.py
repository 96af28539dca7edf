"""A proactive count whose clause names the body between the year and the verb (2023年度某某街道主动公开…N条), the channel
said with words of manner and a double verb (通过门户网站及时、主动公开发布各类信息N条), in a report with no title line: the body
is the issuer where the text settles it (the office its preamble gives for questions, named for two jobs:
…街道办事处党政综合与社区建设办公室; the bureau that opens a line of its own and calls itself 我局), and a body that is a part of
the report's issuer stays a part (leads56's rule). Texts and figures are invented (leads57)."""
from __future__ import annotations

import pytest

import reportparse

_OPENING = ("本年度报告根据《中华人民共和国政府信息公开条例》规定编制,全文包括总体情况、主动公开政府信息情况、收到和处理政府信息"
            "公开申请情况、政府信息公开行政复议和行政诉讼情况等。")


def _values(doc):
    return {i.value_id: i.value for i in doc.indicators}


@pytest.mark.parametrize("office", ["党政综合与社区建设办公室", "综合与应急管理办公室"])
@pytest.mark.parametrize("lead", ["围绕年度政务公开工作任务,", ""])
def test_a_streets_count_in_its_own_untitled_report(office, lead):
    doc = reportparse.parse_text(_OPENING + f"如对本年度报告有疑问,请与松川市青禾区人民政府柳岸街道办事处{office}联系。\n"
                                 f"一、总体情况\n(一)主动公开。\n我办坚持公开为常态。{lead}2023年度柳岸街道主动公开政府信息"
                                 "163条,全文电子化达100%。\n")
    assert doc.issuer.name == "松川市青禾区人民政府柳岸街道办事处"
    assert _values(doc)["disclosure.total"] == 163


@pytest.mark.parametrize("manner", ["及时、主动公开发布", "积极、主动公开", "及时、主动发布", "及时主动公开"])
def test_a_bureaus_count_by_its_site_in_its_own_untitled_report(manner):
    doc = reportparse.parse_text(_OPENING + "\n一、总体情况\n(一)主动公开\n"
                                 f"2023年度区教育局通过门户网站{manner}各类信息117条,同时运用融媒号编发教育信息168条。\n"
                                 "(二)依申请公开\n2023年我局未受理依申请公开。\n(三)政府信息管理\n区教育局建立健全信息发布审核机制。\n")
    assert doc.issuer.name == "区教育局"
    values = _values(doc)
    assert values["disclosure.via_website"] == 117
    assert values["requests.new|applicant=total"] == 0


@pytest.mark.parametrize("title, sentence, key, value", [
    ("婺江区教育局2023年政府信息公开工作年度报告", "2023年度区教育局通过门户网站及时、主动公开发布各类信息117条。",
     "disclosure.via_website", 117),
    ("松川市青禾区柳岸街道2023年政府信息公开工作年度报告", "2023年度柳岸街道通过门户网站及时、主动公开各类信息163条。",
     "disclosure.via_website", 163),
    ("青禾县石岭镇2023年政府信息公开工作年度报告", "2023年,石岭镇在镇政府网站积极、主动公开政府信息74条。",
     "disclosure.via_website", 74),
])
def test_the_channel_said_with_words_of_manner(title, sentence, key, value):
    doc = reportparse.parse_text(title + "\n一、总体情况\n" + sentence + "\n")
    assert _values(doc)[key] == value


@pytest.mark.parametrize("title, sentence", [
    ("松川市青禾区人民政府2023年政府信息公开工作年度报告", "2023年度柳岸街道主动公开政府信息163条。"),
    ("松川市青禾区人民政府2023年政府信息公开工作年度报告",
     "2023年度区教育局通过门户网站及时、主动公开发布各类信息117条。"),
    ("青禾县人民政府2023年政府信息公开工作年度报告", "2023年度石岭镇人民政府主动公开政府信息74条。"),
])
def test_a_part_of_the_issuer_stays_a_part(title, sentence):
    doc = reportparse.parse_text(title + "\n一、总体情况\n" + sentence + "\n")
    assert "disclosure.total" not in _values(doc)
    assert "disclosure.via_website" not in _values(doc)


def test_a_bureau_in_an_untitled_report_of_its_areas_whole_stays_a_part():
    doc = reportparse.parse_text(_OPENING + "\n一、总体情况\n全区主动公开政府信息1893条。2023年度区教育局通过门户网站及时、"
                                 "主动公开发布各类信息117条。\n(二)依申请公开\n2023年我局未受理依申请公开。\n")
    values = _values(doc)
    assert values["disclosure.total"] == 1893
    assert "disclosure.via_website" not in values


def test_a_county_office_for_questions_names_no_street():
    doc = reportparse.parse_text(_OPENING + "如有疑问,请与青禾县人民政府办公室联系。\n一、总体情况\n"
                                 "2023年度柳岸街道主动公开政府信息163条。\n")
    assert "disclosure.total" not in _values(doc)
