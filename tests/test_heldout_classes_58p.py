"""heldout58's classes (stop 58, classes58p): precision first, then metadata. Texts and numbers are invented.

A. Precision.
- A contact address in the opening (地址:吉首市…, 联系地址:, 办公地址:…邮编) names where the office sits: never the
  issuer's region (a 州's or city's office sits in one of its counties: a part read as the whole); an autonomous
  prefecture's short name with 自治州 (湘西自治州, 恩施自治州) is the prefecture.
- A count given in 万 (842.13万条, 48.37万条, 3万件) is rounded, never an exact count: not read, in every era, and said.
- A count up to a date (截止2020年12月31日，…公开…634条) with no start, no sum word and no year word after it: this
  year's or all up to then, the text does not say: not read, and said. A year word settles it (…，本年度主动公开…);
  a zero is none that year either way; the handling of the year's requests (已答复) is their state at that date.
B. Metadata.
- A bare 年報/年报/报告 left of a title-less opening (2009年年報根據…) is no issuer's name.
- A place's report whose figures are its parts' (各地各部门…公开…条, 21个市(州)公开…条) is the area's aggregate.
- A bracket after a government's name (六盘水市人民政府(市人民政府办公室)) does not defeat its kind.
- A zone committee's office that compiled its committee's report (由X保税区管委会办公室编制, 我委): the committee (a
  government), placed in the city its name opens with where the zone has no code of its own.
- 由X编制的2018年度政府信息公开年度报告, with no title line: the report's title.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.issuer import find_issuer


def _parse(text: str):
    return reportparse.parse_text(text)


def _values(report) -> dict:
    return {i.key: i.value for i in report.indicators if not i.derived}


# ---- A1: an address's place never sets the issuer's region -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "州人民政府办公室2021年政府信息公开工作年度报告\n根据《条例》，特编制本报告。如对本报告有疑问，请与州政府办信息科联系"
    "(地址:吉首市人民北路18号;电话:0743-1234567)。\n一、总体情况\n2021年，主动公开政府信息1234条。\n",
    "市人民政府办公室2021年政府信息公开工作年度报告\n如有疑问请联系市政府办公室，联系地址:恩施市航空大道27号，邮编：445000。\n"
    "一、总体情况\n2021年，主动公开政府信息1267条。\n",
    "市人民政府办公室2022年政府信息公开工作年度报告\n本报告由市政府办公室编制。办公地址：凯里市韶山南路9号，邮编：556000。\n"
    "一、总体情况\n2022年，主动公开政府信息1281条。\n",
])
def test_an_address_place_never_sets_the_region(text):
    assert _parse(text).issuer.region.code is None


def test_an_address_may_stand_beside_the_issuers_own_place():
    text = ("吉首市人民政府办公室2021年政府信息公开工作年度报告\n如有疑问请联系(地址:吉首市人民北路18号)。\n"
            "一、总体情况\n2021年，主动公开政府信息1234条。\n")
    assert _parse(text).issuer.region.code == "433101"


@pytest.mark.parametrize("text, code", [
    # a street or township the opening names as the reporting body: its office sits in its own county (confirmed)
    ("一、总体情况\n岚溪街道认真贯彻《中华人民共和国政府信息公开条例》，本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
     "如有疑问，请与党政综合办公室联系(地址:杭州市余杭区岚溪街道某某路2666号,邮编:311113)。\n2023年，主动公开政府信息318条。\n",
     "330110"),
    ("依据《中华人民共和国政府信息公开条例》，特向社会公布2024年青禾乡人民政府政府信息公开工作情况报告。本报告中所列数据的"
     "统计期限自2024年1月1日起至2024年12月31日止。如有疑问，请与青禾乡人民政府联系(电话:0468-7910006,"
     "地址:绥滨县青禾乡青禾村)。\n一、总体情况\n2024年，主动公开政府信息276条。\n", "230422"),
    # a town in the address that the opening never names as the body: no confirmation
    ("市人民政府办公室2021年政府信息公开工作年度报告\n如有疑问，请联系(地址:绥滨县青禾乡青禾村)。\n一、总体情况\n"
     "2021年，主动公开政府信息1234条。\n", None),
])
def test_a_township_its_opening_names_is_placed_by_its_address(text, code):
    assert _parse(text).issuer.region.code == code


@pytest.mark.parametrize("name, code", [("湘西自治州人民政府办公室", "433100"), ("恩施自治州人民政府", "422800"),
                                        ("延边自治州人民政府", "222400")])
def test_an_autonomous_prefecture_called_by_its_stem_and_zizhizhou(name, code):
    text = (f"{name}2021年政府信息公开工作年度报告\n如有疑问请联系(地址:吉首市人民北路18号;电话:0743-1234567)。\n"
            "一、总体情况\n2021年，主动公开政府信息1234条。\n")
    assert _parse(text).issuer.region.code == code


# ---- A2: a count in 万 is rounded ---------------------------------------------------------------------------------

@pytest.mark.parametrize("year, sentence", [
    (2019, "2019年，各地各部门累计公开政府信息842.13万条（不含专业平台数据）。"),
    (2020, "2020年，全市主动公开政府信息48.37万条（不包括办理结果数据）。"),
    (2020, "2020年，全区通过门户网站、政务新媒体等渠道主动公开政府信息4.37万条。"),
    (2019, "2019年公开政府信息3.5万件。"),
    (2012, "2012年，全市主动公开政府信息3万条。"),          # the legacy era and a whole 万 alike
])
def test_a_count_in_wan_is_rounded_and_not_read(year, sentence):
    report = _parse(f"某市{year}年政府信息公开工作年度报告\n二、主动公开政府信息情况\n{sentence}\n")
    assert "disclosure.total" not in _values(report)
    assert any("万" in w and "rounded" in w for w in report.warnings)


def test_a_plain_count_beside_stays_read():
    report = _parse("某区2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n2020年，全区主动公开政府信息4372条。\n")
    assert _values(report) == {"disclosure.total": 4372}
    assert not any("rounded" in w for w in report.warnings)


# ---- A3: a count up to a date, year or running not said ----------------------------------------------------------

TOWN = "某镇2020年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"


# (an end that is the report's own year's last day by its digits, 截止2020年12月31日 / 截至2020年底, with no sum word
# after it, is the year's: tests/test_heldout_classes_60q.py D)
@pytest.mark.parametrize("sentence", [
    "截止到2020年12月，某某镇主动公开涉及公共文化服务、社会救助等方面的信息417条。",
    "截至目前，我镇主动公开政府信息数量为153条。",
])
def test_a_count_up_to_a_date_with_no_year_word_is_not_read(sentence):
    report = _parse(TOWN + sentence + "\n")
    assert "disclosure.total" not in _values(report) and "disclosure.via_website" not in _values(report)
    assert any("not said; not read" in w for w in report.warnings)


@pytest.mark.parametrize("sentence, key, value", [
    ("截止2020年12月31日，本年度我镇主动公开政府信息634条。", "disclosure.total", 634),     # a year word after the end
    ("截止2020年12月31日，全年主动公开政府信息627条。", "disclosure.total", 627),
    ("截至2020年12月31日，我镇通过门户网站当年发布政府信息318件。", "disclosure.total", 318),    # in the match
])
def test_a_year_word_after_the_end_settles_the_year(sentence, key, value):
    assert _values(_parse(TOWN + sentence + "\n"))[key] == value


def test_a_zero_and_the_handling_of_the_years_requests_stay_read():
    got = _values(_parse(TOWN.replace("（一）主动公开情况", "（二）依申请公开情况")
                         + "截止2020年12月31日，我镇未收到政府信息公开申请。\n"))
    assert got == {"requests.new": 0}
    got = _values(_parse("某局2020年政府信息公开工作年度报告\n三、依申请公开情况\n共受理政府信息公开申请 52 件。"
                         "截至12月31日已答复 47 件。\n"))
    assert (got["requests.new"], got["requests.answered"]) == (52, 47)


# ---- B1: the genre's word alone is no issuer --------------------------------------------------------------------

@pytest.mark.parametrize("title", ["2009年年報", "2010年度報告", "2011年報告", "2012年度年報", "2013年公報",
                                   "2015年年报", "2016年度报告"])
def test_the_genres_word_alone_is_no_issuer(title):
    """A title read from a title-less opening (2009年年報根據…編制) that keeps the genre's word alone, in either script."""
    assert find_issuer(title, "全省各級政府重視政府信息公開工作。", None).name is None


# ---- B2: a place's report of its parts' figures is the area's aggregate ------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2019年，各地各部门严格按照有关要求，累计公开政府信息39217条。",
    "从公开主体看，省直部门公开政府信息2311条，21个市(州)公开政府信息36906条。",
    "各县(市、区)受理政府信息公开申请1473件。",
])
def test_a_places_report_of_its_parts_figures_is_an_aggregate(sentence):
    text = f"湖南省2019年政府信息公开工作年度报告\n一、总体情况\n2019年，全省政府信息公开工作稳步推进。{sentence}\n"
    assert _parse(text).issuer.kind == "aggregate"


def test_the_areas_work_without_a_figure_is_no_aggregate():
    text = ("湖南省2019年政府信息公开工作年度报告\n一、总体情况\n2019年，全面推进各地各部门政府信息主动公开事项目录编制工作。"
            "省政府门户网站主动公开政府信息2311条。\n")
    assert _parse(text).issuer.kind == "government"


# ---- B3: a bracketed office after a government's name ----------------------------------------------------------

@pytest.mark.parametrize("name, kind", [("六盘水市人民政府(市人民政府办公室)", "government"),
                                        ("某县人民政府（县政府办公室）", "government"),
                                        ("某县教育局(县教育局办公室)", "department")])
def test_a_bracketed_office_does_not_defeat_the_kind(name, kind):
    text = f"{name}2023年政府信息公开工作年度报告\n一、总体情况\n2023年，主动公开政府信息318条。\n"
    assert _parse(text).issuer.kind == kind


# ---- B4: a zone committee's office compiling the committee's report ---------------------------------------------

@pytest.mark.parametrize("committee, code", [("福州保税区管委会", "350100"), ("泉州开发区管理委员会", "350500")])
def test_a_zone_committees_office_compiles_the_committees_report(committee, code):
    text = (f"本报告依据《中华人民共和国政府信息公开条例》，由{committee}办公室编制。对本报告有疑问，请联系管委会办公室。\n"
            "一、概述\n2010年，我委主动公开政府信息37条。\n")
    issuer = _parse(text).issuer
    assert (issuer.name, issuer.kind, issuer.region.code) == (committee, "government", code)


def test_an_office_speaking_as_itself_stays_the_office():
    text = ("本报告依据《中华人民共和国政府信息公开条例》，由福州保税区管委会办公室编制。\n"
            "一、概述\n2010年，我办主动公开政府信息37条。\n")
    assert _parse(text).issuer.name == "福州保税区管委会办公室"


# ---- B5: 由X编制的…年度报告 as the title ---------------------------------------------------------------------------

@pytest.mark.parametrize("opening, title", [
    ("本年报是根据区政府信息公开工作规定有关要求,由某区湖塘镇人民政府编制的2018年度政府信息公开年度报告。全文包括概述。",
     "2018年度政府信息公开年度报告"),
    ("本报告是根据《条例》要求，由某县交通运输局编制的2017年政府信息公开工作年度报告。",
     "2017年政府信息公开工作年度报告"),
])
def test_the_report_a_body_says_it_compiled_is_the_title(opening, title):
    assert _parse(opening + "\n一、概述\n2018年，我镇主动公开政府信息73条。\n").title == title
