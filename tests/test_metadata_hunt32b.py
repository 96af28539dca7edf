"""Legacy pages' metadata (hunt32b): a site's toolbar line (关怀版 无障碍, 长辈版, 简体 繁體, 登录 注册) above a title
that starts with its year is chrome, never the title's first half nor the issuer; a report without a title names its
issuer in the clause 由X编制的2008年度政府信息公开年度报告; a township's report whose title and opening name no place
is placed by its signature (X县Y镇人民政府). Invented bodies and figures; the places are real ones."""
import pytest

import reportparse

BODY = ("根据《中华人民共和国政府信息公开条例》要求，特向社会公布本年度报告。\n"
        "一、主动公开政府信息情况\n2016年，我镇主动公开政府信息217条。\n")


@pytest.mark.parametrize("toolbar", ["关怀版 无障碍 无障碍", "• 无障碍\n  • 长辈版", "简体 | 繁體", "登录 注册"])
def test_a_toolbar_line_is_no_part_of_the_title_or_issuer(toolbar):
    report = reportparse.parse_text(toolbar + "\n\n2016年青岚镇政府信息公开工作年度报告\n\n" + BODY)
    assert report.title == "2016年青岚镇政府信息公开工作年度报告"
    assert report.issuer.name == "青岚镇" and report.issuer.kind == "township"
    assert report.value("disclosure.total") == 217


def test_an_issuer_line_above_such_a_title_is_still_joined():
    # near-miss: a body's name on the line above "2016年…年度报告" is the title's first half
    report = reportparse.parse_text("青岚县人民政府\n2016年政府信息公开工作年度报告\n" + BODY)
    assert report.title == "青岚县人民政府2016年政府信息公开工作年度报告"
    assert report.issuer.name == "青岚县人民政府"


UNTITLED = ("引 言\n本报告是根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{who}编制的2009年度政府信息"
            "公开年度报告。全文包括概述，主动公开政府信息的情况。\n一、概述\n2009年，本委共主动公开政府信息58条。\n")


def test_an_untitled_report_names_its_issuer_in_the_clause_that_wrote_it():
    report = reportparse.parse_text(UNTITLED.format(who="北京市延庆区岚峰委员会"))
    # (the report it says it compiled is the title since classes58p, as a 现公布…年度报告 sentence's is)
    assert report.title == "2009年度政府信息公开年度报告" and report.year == 2009
    assert report.issuer.name == "北京市延庆区岚峰委员会" and report.issuer.kind == "department"
    assert report.issuer.region.code == "110119"
    assert report.value("disclosure.total") == 58


def test_the_clause_naming_the_unit_itself_names_no_issuer():
    # near-miss: 本单位 says it is the issuer's own without naming it
    report = reportparse.parse_text(UNTITLED.format(who="本单位"))
    assert report.issuer.name is None and report.value("disclosure.total") == 58


SIGNED = ("2017年云岭镇政府信息公开工作年度报告\n时间:2018-01-19\n"
          "云岭镇根据《中华人民共和国政府信息公开条例》规定，特向社会公开2017年度云岭镇政府信息公开年度报告。\n"
          "一、主动公开政府信息的情况\n2017年度我镇主动公开政府信息数43条。\n"
          "二、政府信息依申请公开办理情况\n2017年度我镇没有接到群众主动要求公开政府信息的申请。\n"
          # (the opening's first 300 characters name no place: the signature stands well after them)
          "三、存在的主要问题和改进措施\n" + "我镇将进一步规范公开内容，拓宽公开渠道，加强工作人员培训，提高信息发布的及时性和准确性。" * 6
          + "\n\n"
          "          {sign}\n          2017年12月30日\n")


def test_a_township_report_is_placed_by_its_signature():
    report = reportparse.parse_text(SIGNED.format(sign="德化县云岭镇人民政府"))
    assert report.issuer.name == "云岭镇"
    assert report.issuer.region.code == "350526" and report.issuer.region.county == "德化县"
    assert report.value("disclosure.total") == 43 and report.value("requests.new") == 0


def test_a_signature_of_another_body_places_nothing():
    # near-miss: the signature must name the issuer after its places; another body's line is not its place (a city's
    # here: a county named anywhere in a township's text is its county by the township rule, test_township_region_left32)
    report = reportparse.parse_text(SIGNED.format(sign="泉州市人民政府办公室"))
    assert report.issuer.name == "云岭镇" and report.issuer.region.code is None
