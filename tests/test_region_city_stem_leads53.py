"""A department's title that opens with its prefecture-level city's name without 市 (十堰住房公积金中心, 宜昌公安局交通警察支队,
leads53): the whole body is the issuer and the city its region, where the stem names no other place in the reporting
year and the text names the city in full somewhere. A shared stem (通化: 通化县 too; 中山: 中山区 of 大连), a school, a
text that never names the city, or a title naming a place of its own, settle nothing new. Names are real places; the
report texts are invented."""
from __future__ import annotations

import pytest

import reportparse

# an opening of 300+ characters that names only the province (the body's opening read before: the province's code)
_PAD = "本单位坚持以人民为中心的发展思想，认真落实政务公开各项要求，不断完善公开制度，拓展公开渠道，提升公开质量。" * 4
_OPENING = "2022年，在湖北省住房和城乡建设厅指导下，本单位主动公开政府信息173条。" + _PAD


def _issuer(title: str, later: str, opening: str = _OPENING):
    text = title + "2022年政府信息公开工作年度报告\n一、总体情况\n" + opening + "\n" + later + "\n"
    return reportparse.parse_text(text).issuer


@pytest.mark.parametrize("name, code, city", [
    ("十堰住房公积金中心", "420300", "十堰市"),
    ("宜昌公安局交通警察支队", "420500", "宜昌市"),
    ("襄阳住房公积金中心", "420600", "襄阳市"),            # (襄阳区 of 襄樊 was renamed 襄州区 in 2011)
    ("齐齐哈尔住房公积金管理中心", "230200", "齐齐哈尔市"),
])
def test_a_departments_city_stem_is_its_city(name, code, city):
    for later in (f"本单位地址：{city}人民路18号。", f"全年{city}缴存职工增加2961人。"):
        issuer = _issuer(name, later)
        assert (issuer.name, issuer.kind, issuer.region.code, issuer.region.city) == (name, "department", code, city)


def test_the_opening_naming_a_county_does_not_outrank_the_titles_city():
    opening = "2022年，本中心丹江口市分中心主动公开政府信息173条。" + _PAD
    issuer = _issuer("十堰住房公积金中心", "本中心地址：十堰市人民路18号。", opening)
    assert issuer.region.code == "420300"


@pytest.mark.parametrize("name", ["通化住房公积金管理中心", "中山住房公积金中心", "吉林住房公积金中心"])
def test_a_shared_stem_settles_nothing_new(name):
    city = name[:2] + "市"
    assert _issuer(name, f"本单位地址：{city}人民路18号。").region.code == "420000"    # the opening's province, as before


def test_a_text_that_never_names_the_city_settles_nothing():
    issuer = _issuer("十堰住房公积金中心", "全市缴存职工增加2961人。", "2022年，本中心主动公开政府信息173条。" + _PAD)
    assert (issuer.name, issuer.region.code) == ("十堰住房公积金中心", None)


def test_a_school_is_left_as_before():
    assert _issuer("十堰职业技术学院", "学院地址：十堰市人民路18号。").region.code == "420000"


def test_an_office_named_by_its_work_is_a_department_and_takes_its_citys_stem():
    # (until stop 59 any X办公室 was a government's general office, and this name was kept from the rule as "no
    # department"; classes59p made an office named by its work — 接待, 地方志, 人防 — a department, and the text
    # names 来宾市 in full, so the stem is read as the city like any department's)
    issuer = _issuer("来宾接待办公室", "地址：来宾市人民路18号。")
    assert (issuer.kind, issuer.region.code) == ("department", "451300")


def test_a_title_naming_its_place_in_full_keeps_it():
    issuer = _issuer("十堰市郧阳区住房公积金中心", "本单位地址：十堰市人民路18号。")
    assert issuer.region.code == "420304"
