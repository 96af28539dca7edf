"""Metadata of older and odd reports (hunt35b), each class with the other ways sites print it:
- a county's name inside a zone's name that lies in none of the places the title names (南京市河西新城区开发建设管委会: no
  新城区 is in 南京) is the zone's word: the region is the city named;
- a title that names no one (政府信息公开工作年度报告) with the issuer on the line below it, an alias in brackets after;
- the issuer named by the opening's clause: 由X编制完成本报告, X向社会公布2014年X…年度报告, 现将X2017年度…年度报告向社会公布;
- a site's byline under the title, its name and address then the date (X门户网站 www.x.gov.cn 2022-01-27);
- a body whose title and preamble are lost, headed by the genre's status sections (依申请公开情况, 复议、诉讼…情况 and one
  more): a report, read.

Texts, bodies and addresses are invented; real place names only where the class needs them.
"""
from __future__ import annotations

import reportparse

BODY = "一、概述\n本报告根据《中华人民共和国政府信息公开条例》编制。\n二、主动公开政府信息情况\n全年主动公开政府信息67条。\n"


def test_a_county_name_inside_a_zone_outside_the_named_city_is_no_place():
    report = reportparse.parse_text("南京市河西新城区开发建设管委会2015年政府信息公开工作年度报告\n" + BODY)
    assert report.issuer.region.code == "320100"
    report = reportparse.parse_text("江苏省新城区建设指挥部2015年政府信息公开工作年度报告\n" + BODY)
    assert report.issuer.region.code == "320000"
    # the county in its own city stays the county
    assert reportparse.parse_text("西安市新城区人民政府2015年政府信息公开工作年度报告\n" + BODY).issuer.region.code == "610102"
    assert reportparse.parse_text("合肥市庐江县2015年政府信息公开工作年度报告\n" + BODY).issuer.region.code == "340124"


def test_the_issuer_on_the_line_below_a_title_naming_no_one():
    report = reportparse.parse_text("政府信息公开工作年度报告\n云栖经开区管委会（云栖商务区管委会）\n2026年1月8日\n"
                                    + BODY.replace("全年", "2025年"))
    assert report.issuer.name == "云栖经开区管委会"
    assert report.published == "2026-01-08"
    report = reportparse.parse_text("政府信息公开年度报告\n某某县水利局\n" + BODY)
    assert report.issuer.name == "某某县水利局"


def test_the_issuer_named_by_the_openings_clause():
    for opening, name in (
            ("根据《中华人民共和国政府信息公开条例》要求,由云栖市市场监督管理局编制完成本报告。", "云栖市市场监督管理局"),
            ("根据《条例》的规定,云栖县卫生计生局向社会公布2014年云栖县卫生计生局政府信息公开工作年度报告。",
             "云栖县卫生计生局"),
            ("根据《条例》第三十一条规定,现将云栖区教育局2017年度政府信息公开年度报告向社会公众公布,并接受监督。",
             "云栖区教育局")):
        report = reportparse.parse_text(opening + "本报告中所列数据的统计期限自1月1日起至12月31日止。\n一、概述\n"
                                        "主动公开政府信息58条。\n")
        assert report.issuer.name == name, opening


def test_the_date_on_a_sites_byline_under_the_title():
    head = "云栖经济技术开发区管理委员会2021年政府信息公开年度报告\n\n"
    for line, date in (("云栖市人民政府门户网站 www.example.gov.cn 2022-01-27 ", "2022-01-27"),
                       ("中国云栖网 http://www.example.com.cn 2022-02-03 09:12", "2022-02-03")):
        assert reportparse.parse_text(head + line + "\n\n" + BODY).published == date, line
    # a bare date line alone is no byline, but the date under the title (since heldout55: test_heldout_classes_55d.py)
    assert reportparse.parse_text(head + "2022-02-03\n" + BODY).published == "2022-02-03"


def test_a_body_headed_by_the_genres_status_sections_is_a_report():
    text = ("一、政府信息与政务公开基本情况\n我局2017年通过门户网站、微信等载体主动公开政府信息2100多条。\n"
            "二、政府信息依申请公开情况\n2017年,我局接到9项依申请公开政府信息申请,均在规定的时限内依法作出答复。\n"
            "三、咨询情况\n接待群众当面咨询3000余人次。\n四、复议、诉讼和申诉情况\n2017年我局没有复议、行政诉讼及申诉。\n")
    report = reportparse.parse_text(text)
    got = {i.key: i.value for i in report.indicators if not i.derived}
    assert got == {"requests.new": 9, "review.total": 0, "litigation.total": 0, "complaints.total": 0}
    # a plan's orders are no status sections: still not a report
    plan = ("一、推进主动公开\n各单位要做好主动公开。\n二、规范依申请公开\n依法答复申请。\n"
            "三、做好行政复议和诉讼应诉\n依法应诉。\n")
    try:
        reportparse.parse_text(plan)
    except reportparse.NotAnnualReportError:
        pass
    else:
        raise AssertionError("a plan was read as a report")


def test_a_zones_two_character_stem_is_the_district_the_text_names_in_full():
    text = ("政府信息公开工作年度报告\n云栖经开区管委会\n2026年1月8日\n一、总体情况\n2025年,管委会依法公开政府信息。"
            + "坚持以公开为常态、不公开为例外,依法依规、扎实有序办理各项政府信息公开工作。" * 8    # the full name past the opening
            + "\n(一)主动公开情况。按照《政府信息公开条例》第二十条的规定,在{d}政府外网主动公开机构职能等内容。\n")
    # 武昌 is a district's stem alone: no zone of that name is placed without its city, province or full name
    assert reportparse.parse_text(text.replace("云栖", "武昌").format(d="区")).issuer.region.code is None
    assert reportparse.parse_text(text.replace("云栖", "武昌").format(d="武昌区")).issuer.region.code == "420106"
    long_name = text.replace("云栖经开区", "武昌经济开发区").format(d="武昌区")
    assert reportparse.parse_text(long_name).issuer.region.code == "420106"
