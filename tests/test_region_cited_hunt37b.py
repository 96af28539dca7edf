"""A report whose title and opening name no place but inside the county's plan or notice it cites (卫生健康局…根据
《福清市2023年政务公开工作要点》): that county is its region (hunt37b). Two counties cited, a city alone, or only a law's
maker (《四川省…办法》) settle none. Titles and bodies are invented; the places are real (GB/T 2260)."""
from __future__ import annotations

import pytest

import reportparse

BODY = "\n一、总体情况\n(一)主动公开\n全年主动公开政府信息25条。\n"


def _code(title: str, opening: str):
    return reportparse.parse_text(title + "\n" + opening + BODY).issuer.region.code


@pytest.mark.parametrize("title, opening, code", [
    ("卫生健康局2023年政府信息公开工作年度报告", "根据《中华人民共和国政府信息公开条例》和《福清市2023年政务公开工作要点》要求,编制本报告。", "350181"),
    ("自然资源局2022年政府信息公开工作年度报告",
     "本报告根据《平利县人民政府办公室关于做好2022年政府信息公开工作年度报告编制工作的通知》要求编制。", "610926"),
    ("统计局2021年政府信息公开工作年度报告", "依据《中华人民共和国政府信息公开条例》和《江西省政务公开办法》《会昌县2021年政务公开工作要点》,编制本报告。", "360733"),
])
def test_region_named_only_in_the_cited_county_plan(title, opening, code):
    assert _code(title, opening) == code


@pytest.mark.parametrize("title, opening", [
    ("卫生健康局2023年政府信息公开工作年度报告", "根据《福清市2023年政务公开工作要点》和《平利县2023年政务公开工作要点》,编制本报告。"),
    ("市场监督管理局2023年政府信息公开工作年度报告", "本报告根据《宁德市人民政府办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知》要求编制。"),
    ("教育局2022年政府信息公开工作年度报告", "根据《四川省贯彻〈中华人民共和国政府信息公开条例〉实施办法》,编制本报告。"),
])
def test_cited_places_that_settle_no_county(title, opening):
    assert _code(title, opening) is None
