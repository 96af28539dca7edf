"""Metadata classes (meta62): real place names and division codes, since the codes are the point; the report texts
are invented.

- room: the year the body states (first paragraph, opening, body year, a statistics period kept from the year before)
  lives in metadata_period.py; reporting_period reads the same years;
- a title-less text whose one year opens a sentence with 以来 and the issuer as its subject (2022年以来，我局…): that
  year, where every other year it names is the next year's date (its publication) or the statute's revision; never
  where another year is named, a plan (我局将), a span opened by 自, or a year not opening its clause;
- a site's public-security filing number in the footer (川公网安备 51152602000047号): its first six digits' division, last
  of all clues and only where its kind agrees with what the report calls itself — a 县 unless the report speaks as
  another kind, a district or county-level city only where it speaks as one (我区) or is a township's, a city or
  province where it speaks as one; never where the short name and the digits disagree, two divisions are printed,
  the code is unknown, or anything stronger names a place;
- a zone by a stem a city and one of its own counties share (长沙经济技术开发区: 长沙市, 长沙县): the city's; a zone by its
  city's stem named first, then a county of that city it lies in (安庆高新区（托管宜秀区部分区域）): the city's.
"""
from __future__ import annotations

import pytest

from reportparse import metadata_period
from reportparse.metadata import reporting_period
from reportparse.region_beian import filed_division, kind_agrees, our_kinds
from reportparse.regions import find_region


def _code(title: str, body: str = "", year: int | None = 2023, township: bool = False) -> str | None:
    r = find_region(title, body, year, township)
    return r.code if r else None


# ---- room ------------------------------------------------------------------------------------------------------------

def test_the_body_year_rules_live_in_metadata_period():
    assert metadata_period.body_year("一、总体情况\n。2021年，我局主动公开信息58条。")[0] == 2021
    text = "一、总体情况\n2019年，我镇主动公开信息412条。\n"
    assert reporting_period(None, text)[0] == 2019


# ---- 以来 -------------------------------------------------------------------------------------------------------------

_SINCE = "一、总体情况\n{lead}，{subject}认真落实政府信息公开工作，主动公开信息412条，受理申请37件。\n二、主动公开政府信息情况\n"


@pytest.mark.parametrize("lead, subject, tail, year", [
    ("2022年以来", "我局", "", 2022),
    ("2021年度以来", "本委", "", 2021),
    ("2023年以来", "县统计局的政务公开", "", 2023),
    ("2022年以来", "我局", "某某局\n2023年1月16日", 2022),                  # the next year's signature date
    ("2022年以来", "我局", "发布时间：2023-01-16", 2022),                    # … or its publication
    ("2022年以来", "我局", "依据《条例》（2019年4月3日国务院令第711号修订）", 2022),   # the statute's revision
])
def test_the_one_year_a_text_runs_its_work_since_is_its_year(lead, subject, tail, year):
    warnings: list[str] = []
    assert reporting_period(None, _SINCE.format(lead=lead, subject=subject) + tail, warnings)[0] == year
    assert any("since" in w for w in warnings)


@pytest.mark.parametrize("lead, subject, tail", [
    ("2022年以来", "我局", "其中2021年结转申请3件。"),          # another year named: a span over two years
    ("2022年以来", "我局", "某某局\n2024年1月16日"),              # a date two years on: no publication of this year's
    ("2022年以来", "我局", "2020-05-08"),                        # an earlier date
    ("2022年以来", "我局将", ""),                                 # a plan
    ("自2022年以来", "我局", ""),                                 # a span opened by 自
    ("在2022年以来", "我局", ""),                                 # the year opens no clause
    ("2022年以来", "各单位", ""),                                 # no issuer as its subject
])
def test_a_since_year_beside_another_year_or_not_the_issuers_is_no_year(lead, subject, tail):
    assert reporting_period(None, _SINCE.format(lead=lead, subject=subject) + tail)[0] is None


def test_a_title_or_statistics_period_still_comes_first():
    text = _SINCE.format(lead="2022年以来", subject="我局")
    assert reporting_period("某某局2023年政府信息公开工作年度报告", text)[0] == 2023
    assert reporting_period(None, "本报告统计期限自2023年1月1日起至2023年12月31日止。\n" + text)[0] == 2023


# ---- 公网安备 ---------------------------------------------------------------------------------------------------------

_UNTITLED = "2023年政府信息公开工作年度报告"
_BODY = "一、总体情况\n2023年，{self}认真落实《条例》，主动公开信息412条，受理申请37件。\n\n主办单位：某某办公室 {filing}"


@pytest.mark.parametrize("self_word, filing, code", [
    ("我局", "川公网安备 51152602000047号", "511526"),             # a 县's bureau: the county
    ("我县", "川公网安备51152602000047号", "511526"),
    ("我旗", "蒙公网安备 15072202000113号", "150722"),             # a 旗
    ("我区", "京公网安备 11010502030147号", "110105"),             # a district that speaks as one
    ("我市", "浙公网安备 33078202000219号", "330782"),             # a county-level city that speaks as one
    ("我市", "京公网安备 11000002000001号", "110000"),             # a 直辖市's own filing
    ("我市", "皖公网安备 34080002000058号", "340800"),             # a city's own filing
])
def test_a_footers_filing_number_places_a_report_whose_kind_agrees(self_word, filing, code):
    assert _code(_UNTITLED, _BODY.format(self=self_word, filing=filing)) == code


def test_a_townships_report_takes_its_districts_filing():
    body = _BODY.format(self="我街道", filing="京公网安备 11010502030147号")
    assert _code(_UNTITLED, body, township=True) == "110105"


@pytest.mark.parametrize("self_word, filing", [
    ("我局", "京公网安备 11010502030147号"),      # a district's bureau files a city's site too: a 局 says no kind
    ("我市", "京公网安备 11010502030147号"),      # a city's report on a site filed with its district
    ("我区", "川公网安备 51152602000047号"),      # a 县's filing, the report speaking as a 区
    ("我局", "渝公网安备 51152602000047号"),      # the short name and the digits disagree
    ("我县", "川公网安备 511526020000471号"),     # fifteen digits: no filing number
    ("我县", "川公网安备 51152602000047号 川公网安备 51152902000047号"),   # two divisions
    ("我县", "川公网安备 51159902000047号"),      # no such division
    ("我局", "皖公网安备 34080002000058号"),      # a city's filing, the report speaking as no city
    ("我区", "新公网安备 65000002000058号"),      # an autonomous region: its 区 is everyone's word
])
def test_a_filing_number_that_disagrees_or_settles_nothing_places_no_report(self_word, filing):
    assert _code(_UNTITLED, _BODY.format(self=self_word, filing=filing)) is None


def test_a_filing_number_never_outweighs_a_place_the_text_names():
    body = _BODY.format(self="宜宾市统计局", filing="川公网安备 51152602000047号")
    assert _code(_UNTITLED, body) == "511500"
    assert _code("珙县审计局2023年政府信息公开工作年度报告", _BODY.format(self="我局", filing="京公网安备 11010502030147号")) \
        == "511526"


def test_filing_helpers():
    assert filed_division("页脚 琼公网安备 46902702000011号") == "469027"
    assert filed_division("琼ICP备05000001号") is None
    assert our_kinds("全区各单位…我区…新疆维吾尔自治区") == set()
    assert our_kinds("我县…本市场") == {"县"}
    assert kind_agrees("county", "珙县", set(), False) and not kind_agrees("county", "朝阳区", set(), False)
    assert not kind_agrees("county", "市辖区", {"区"}, False)
    assert not kind_agrees("city", "安庆市", {"市"}, True)


# ---- zones ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("zone, year, code", [
    ("长沙经济技术开发区", 2012, "430100"), ("长沙经济技术开发区", 2022, "430100"),
    ("南昌经济技术开发区", 2022, "360100"), ("铜陵经济技术开发区", 2012, "340700"), ("铜陵经济技术开发区", 2022, "340700"),
])
def test_a_zone_by_a_stem_its_city_and_its_county_share_is_the_citys(zone, year, code):
    assert _code(f"{zone}{year}年政府信息公开工作年度报告", "经开区主动公开信息37条。", year) == code
    assert _code("", f"{year}年，{zone}管委会主动公开信息37条。", year) == code


def test_a_zone_by_a_stem_two_places_share_stays_unsettled():
    # 大同市 (山西) and 大同区 (大庆市, 黑龙江): no city's zone more than the other's
    assert _code("大同经济技术开发区2022年政府信息公开工作年度报告", "经开区主动公开信息37条。", 2022) is None


@pytest.mark.parametrize("body", [
    "一、总体情况\n2022年，安庆高新技术产业开发区管委会（托管宜秀区部分区域）主动公开信息37条。",
    "一、总体情况\n2022年，安庆高新区位于宜秀区境内，管委会主动公开信息37条。",
    "2022年，铜陵经济技术开发区（辖义安区部分乡镇）主动公开信息58条。",
])
def test_a_zone_named_before_the_county_it_lies_in_keeps_its_citys_code(body):
    assert _code("", body, 2022) == {"安": "340800", "铜": "340700"}[body[body.index("，") + 1]]


def test_a_county_named_first_or_a_zone_alone_reads_as_before():
    assert _code("", "一、总体情况\n2022年，宜秀区人民政府主动公开信息37条，安庆高新区配合。", 2022) == "340811"
    assert _code("", "一、总体情况\n2022年，安庆高新区主动公开信息37条。", 2022) == "340800"
    assert _code("安庆高新技术产业开发区2022年政府信息公开工作年度报告", "2022年，安庆高新区（托管宜秀区部分区域）主动公开信息37条。",
                 2022) == "340800"


# ---- a district's name that opens with its city's 市 (铜陵市郊区: 市郊区 is an old district's name too) --------------------

@pytest.mark.parametrize("body, code", [
    ("如有疑问，请与铜陵市郊区人民政府办公室联系。\n一、总体情况\n2021年，区政府办主动公开信息258条。", "340711"),
    ("2021年，铜陵市郊区人民政府办公室主动公开信息58条。", "340711"),
])
def test_a_county_after_its_citys_name_is_read_though_a_name_opening_with_shi_overlaps(body, code):
    assert _code("", body, 2021) == code


def test_the_overlap_is_split_only_where_the_rest_is_a_county_of_that_city():
    from reportparse.region_table import table
    d = table()
    assert [m.name for m in d.scan("请与铜陵市郊区人民政府联系")] == ["铜陵市", "郊区"]
    assert [m.name for m in d.scan("济南市市中区人民政府")] == ["济南市", "市中区"]      # no overlap: as before
    assert [m.name for m in d.scan("安庆市郊区人民政府")] == ["安庆市"]                  # 安庆's 郊区 was gone by 2005: no split
    assert _code("", "2021年，安庆市郊区人民政府主动公开信息58条。", 2021) == "340800"


# ---- a shared platform's owner -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "2025年，本单位主动公开信息412条，依托政府门户网站、江苏省政务服务网等及时发布。",
    "2025年，本单位主动公开信息412条，依托江苏省政务服务平台及时发布。",
])
def test_a_place_named_as_a_shared_platforms_owner_is_not_the_issuers(body):
    assert _code("2025年政府信息公开工作年度报告", body, 2025) is None


def test_a_place_named_beside_the_platform_still_names_the_issuer():
    body = "2025年，崇川区数据局主动公开信息412条，依托江苏省政务服务网及时发布。"
    assert _code("2025年政府信息公开工作年度报告", body, 2025) == "320613"


@pytest.mark.parametrize("title, code", [
    ("乐山市中区人民政府2022年政府信息公开工作年度报告", "511102"),     # 乐山市 and its 市中区, one 市 shared
    ("济南市中区教育局2022年政府信息公开工作年度报告", "370103"),
    ("内江市中区2022年政府信息公开工作年度报告", "511002"),
])
def test_a_citys_name_and_its_shi_zhong_qu_sharing_one_shi_name_the_district(title, code):
    assert _code(title, "", 2022) == code


def test_a_shi_name_that_is_no_county_of_the_city_before_it_stays_unread():
    assert _code("成都市中区2022年政府信息公开工作年度报告", "", 2022) == "510100"     # 成都 has no 市中区
    assert _code("济南市市中区2022年政府信息公开工作年度报告", "", 2022) == "370103"   # printed in full: as before
