"""The issuer's region (meta60): real place names, since their codes are the point; the report texts are invented.

- a county name two places bear over time: a place gone before the reporting year yields the name to the one valid
  that year (清河区 of 淮安, merged 2016, and of 铁岭; 双桥区 of 重庆, gone 2011, and of 承德; 江西's 东乡县, a district
  from 2016, and 甘肃's 东乡族自治县, called 东乡县); both valid: the province or city the text names decides, none
  named: no code; a text naming only the gone place's province: no code either;
- an autonomous county's short name (tools/build_regions.py short_name): a nation stripped whole, never a place's last
  character taken for a one-character nation (长白县, not 长; 彭水县, 陵水县, 融水县), 各族 (龙胜县, 隆林县), a unit named
  by its nation alone (东乡县, 鄂温克旗, 鄂伦春旗);
- a 厅's report (its title names a 厅 and no place, its text speaks as 我厅, 省厅, 本厅) whose opening names a city (a
  meeting held there): the one province its first pages name, not that city; a 局's report, a government's 办公厅, a
  hall (大厅), a 厅 not speaking as itself keep the city; two provinces named: no code;
- a banner's or county's short name its own bodies use (data/region_aliases.tsv): 东乌旗, 西乌旗, 东苏旗, 西苏旗, 达茂旗,
  达茂联合旗, 阿左旗, 阿右旗, 鄂前旗, 乌前旗, 乌中旗, 乌后旗, 察右前旗/中旗/后旗, 新左旗, 新右旗, 土左旗, 土右旗; 前郭县,
  喀左县, 阜蒙县 — in a title and in an untitled opening; never the short form with another kind (东乌县, 达茂区);
- a zone that is one body with a district (区政合一): 苏州高新区 → 虎丘区, 常州高新区 → 新北区, 南沙新区 → 南沙区, in
  its full forms too (苏州国家高新技术产业开发区); a zone whose committee is a district's agency: 天津经济技术开发区,
  天津港保税区, 天津滨海高新区 → 滨海新区; another city's zone stays its city's (无锡高新区, 苏州经开区), and 天津市's
  own bodies the city's;
- a place printed as the maker of a notice the opening follows, cited without its 《 (根据四川省人民政府办公厅关于…的
  通知》要求; 按照…的通知要求): the rule's maker, not the issuer (a township's report naming no other place: no code);
  the issuer's own place named beside it stays, and a notice not followed (no 根据/按照) still names the place.
"""
from __future__ import annotations

import pytest

from reportparse.regions import find_region

_TITLE = "{name}{year}年政府信息公开工作年度报告"
_BODY = "本报告由{place}人民政府办公室编制，所列数据统计期限自{year}年1月1日起至{year}年12月31日止。"


def _code(name: str, year: int, body: str = "") -> str | None:
    r = find_region(_TITLE.format(name=name, year=year), body, year)
    return r.code if r else None


# ---- a county name two places bear over time ------------------------------------------------------------------------

@pytest.mark.parametrize("name, year, code", [
    ("东乡县", 2021, "622926"),       # 江西's 东乡县 became 东乡区 in 2016: only 甘肃's is called so in 2021
    ("东乡县", 2019, "622926"),
    ("清河区", 2020, "211204"),       # 淮安's 清河区 merged into 清江浦区 in 2016
    ("双桥区", 2015, "130802"),       # 重庆's 双桥区 merged into 大足区 in 2011
    ("新市区", 2022, "650104"),       # 保定's 新市区 renamed 竞秀区 in 2015
])
def test_a_name_goes_to_the_place_that_bore_it_in_the_reporting_year(name, year, code):
    assert _code(name, year) == code


@pytest.mark.parametrize("name, year, place, code", [
    ("东乡县", 2012, "江西省抚州市东乡县", "361029"),
    ("东乡县", 2012, "甘肃省临夏回族自治州东乡县", "622926"),
    ("清河区", 2012, "江苏省淮安市清河区", "320802"),
    ("清河区", 2012, "辽宁省铁岭市清河区", "211204"),
    ("双桥区", 2008, "重庆市双桥区", "500111"),
    ("双桥区", 2008, "河北省承德市双桥区", "130802"),
])
def test_guard_while_both_places_bear_the_name_the_province_named_decides(name, year, place, code):
    assert _code(name, year, _BODY.format(place=place, year=year)) == code


@pytest.mark.parametrize("name, year", [("东乡县", 2012), ("清河区", 2012), ("双桥区", 2008)])
def test_guard_while_both_places_bear_the_name_none_named_is_no_code(name, year):
    assert _code(name, year, _BODY.format(place=name, year=year)) is None


@pytest.mark.parametrize("name, year, place", [
    ("东乡县", 2021, "江西省抚州市东乡县"),
    ("清河区", 2020, "江苏省淮安市清河区"),
])
def test_guard_a_text_naming_only_the_gone_places_province_is_no_code(name, year, place):
    assert _code(name, year, _BODY.format(place=place, year=year)) is None


# ---- an autonomous county's short name ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, code", [
    ("长白县", "220623"),             # 长白朝鲜族自治县: 白 is no nation here
    ("彭水县", "500243"),             # 彭水苗族土家族自治县: 水 neither
    ("陵水县", "469028"),
    ("融水县", "450225"),
    ("龙胜县", "450328"),             # 龙胜各族自治县
    ("隆林县", "451031"),
    ("鄂温克旗", "150724"),           # 鄂温克族自治旗: named by its nation alone
    ("鄂伦春旗", "150723"),
])
def test_an_autonomous_countys_short_name_is_that_county(name, code):
    assert _code(name, 2022) == code


@pytest.mark.parametrize("name", ["长县", "彭县", "融县", "鄂温克县"])
def test_guard_no_short_name_cut_into_a_nation_or_of_another_kind(name):
    assert _code(name, 2022) is None


# ---- a 厅's report: the province ----------------------------------------------------------------------------------

_FILL = "一、总体情况\n围绕中心工作，持续深化政务公开，主动回应社会关切。" * 8


@pytest.mark.parametrize("title, body, code", [
    ("财政厅2022年政府信息公开工作年度报告",
     "2022年，我厅在兰州市召开全省财政政务公开工作会议。" + _FILL + "甘肃省财政厅门户网站主动公开信息56条。", "620000"),
    ("2022年省水利厅政府信息公开工作年度报告",
     "2022年，省厅在西宁市举办培训班一期。本厅门户网站主动公开信息71条，青海省水利厅办公室负责解释。", "630000"),
    ("民政厅2022年政府信息公开工作年度报告",
     "2022年，本厅组织赴成都市开展调研。四川省民政厅网站主动公开信息38条。", "510000"),
    ("自治区林业和草原厅2022年政府信息公开工作年度报告",
     "2022年，我厅在南宁市召开会议，广西壮族自治区林业和草原厅网站主动公开信息43条。", "450000"),
])
def test_a_departments_report_speaking_as_a_ting_is_its_provinces(title, body, code):
    assert find_region(title, body, 2022).code == code


@pytest.mark.parametrize("title, body, code", [
    ("财政局2022年政府信息公开工作年度报告", "2022年，我局在兰州市召开会议，落实甘肃省财政厅部署。", "620100"),
    ("人民政府办公厅2022年政府信息公开工作年度报告",
     "2022年，兰州市人民政府办公厅认真落实甘肃省要求，我厅主动公开信息5条。", "620100"),
    ("财政厅2022年政府信息公开工作年度报告", "2022年，兰州市财政局落实甘肃省要求，主动公开信息9条。", "620100"),
    ("政务服务大厅2022年政府信息公开工作年度报告", "2022年，我厅在兰州市设立窗口41个，落实甘肃省要求。", "620100"),
    ("民政厅2022年政府信息公开工作年度报告",
     "2022年，本厅赴成都市调研。四川省民政厅与重庆市民政局签署协议，对口支援甘肃省。", None),
])
def test_guard_a_bureau_an_office_or_a_ting_not_speaking_as_one_keeps_its_city(title, body, code):
    r = find_region(title, body, 2022)
    assert (r.code if r else None) == code


# ---- a banner's or county's short name ------------------------------------------------------------------------------

_SHORT = [("东乌旗", "152525"), ("西乌旗", "152526"), ("东苏旗", "152523"), ("西苏旗", "152524"), ("达茂旗", "150223"),
          ("达茂联合旗", "150223"), ("阿左旗", "152921"), ("阿右旗", "152922"), ("鄂前旗", "150623"),
          ("乌前旗", "150823"), ("乌中旗", "150824"), ("乌后旗", "150825"), ("察右前旗", "150926"),
          ("察右中旗", "150927"), ("察右后旗", "150928"), ("新左旗", "150726"), ("新右旗", "150727"),
          ("土左旗", "150121"), ("土右旗", "150221"), ("前郭县", "220721"), ("喀左县", "211324"), ("阜蒙县", "210921")]


@pytest.mark.parametrize("name, code", _SHORT)
def test_a_short_name_in_the_title_is_that_place(name, code):
    assert _code(name, 2023) == code


@pytest.mark.parametrize("name, code", _SHORT)
def test_a_short_name_in_an_untitled_opening_is_that_place(name, code):
    body = f"2023年，{name}人民政府办公室认真贯彻《中华人民共和国政府信息公开条例》，主动公开政府信息417条。"
    assert find_region("", body, 2023).code == code


@pytest.mark.parametrize("name", ["东乌县", "达茂区", "察右县", "前郭旗"])
def test_guard_a_short_form_with_another_kind_is_no_place(name):
    assert _code(name, 2023) is None


# ---- a zone that is one body with a district ------------------------------------------------------------------------

@pytest.mark.parametrize("name, code", [
    ("苏州高新区", "320505"), ("蘇州高新區", "320505"), ("苏州国家高新技术产业开发区", "320505"),
    ("苏州高新技术产业开发区管委会", "320505"), ("常州国家高新区", "320411"), ("常州高新区管委会", "320411"),
    ("广州南沙新区", "440115"), ("南沙新区管委会", "440115"),
    ("天津经济技术开发区", "120116"), ("天津开发区管委会", "120116"), ("天津港保税区", "120116"),
    ("天津滨海高新技术产业开发区", "120116"),
])
def test_a_zone_one_body_with_a_district_is_that_district(name, code):
    assert _code(name, 2019) == code


@pytest.mark.parametrize("name, code", [("无锡高新区", "320200"), ("苏州经开区", "320500"), ("常州经济开发区", "320400"),
                                        ("天津市发展和改革委员会", "120000")])
def test_guard_another_zone_of_the_city_stays_the_citys(name, code):
    assert _code(name, 2019) == code


# ---- a notice's maker cited without its 《 ---------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "2021年，我镇认真做好政务公开。根据四川省人民政府办公厅关于做好政府信息公开工作年度报告有关工作的通知》要求，现将报告如下。",
    "按照甘肃省人民政府办公厅关于进一步做好政务公开工作的通知要求，我乡编制本报告，全年公开信息36条。",
    "依据青海省政府办公厅关于印发政务公开工作要点的通知，本镇全年主动公开信息29条。",
])
def test_a_notices_maker_cited_without_its_bracket_is_not_the_issuer(body):
    assert find_region("", body, 2021, township=True) is None


@pytest.mark.parametrize("body, code", [
    ("根据岚峰县人民政府办公室关于做好年度报告编制工作的通知，现将兰州市城关区2021年政府信息公开工作情况报告如下。", "620102"),
    ("2021年，甘肃省人民政府办公厅关于政务公开的通知印发后，兰州市城关区人民政府主动公开信息52条。", "620102"),
    ("2021年，四川省人民政府办公厅深入推进政务公开，全年主动公开信息64条。", "510000"),
])
def test_guard_the_issuers_own_place_or_a_notice_not_followed_still_places(body, code):
    assert find_region("", body, 2021).code == code
