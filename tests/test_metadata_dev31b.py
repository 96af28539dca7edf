"""Metadata of title-less and traditional-script pages (stop 31, dev31b): a two-character county's name (蠡县) in the
body's opening where it starts a clause and an organ's name follows it; the year an institution's report states as
"2021年医院在…" (its word for itself, as 我院 is); a CMS's facts line labelled in traditional script ("來源:") dating the
page. Invented texts and numbers."""
import reportparse
from reportparse.regions import find_region


def test_a_two_character_county_starting_a_clause_before_an_organ_is_the_region():
    text = ("一、总体情况\n（一）主动公开\n2022年度，蠡县农业农村局主动公开政府信息41条。\n"
            "（二）依申请公开\n2022年度，本局收到政府信息公开申请3件。\n（三）政府信息管理\n本局规范发布流程。\n")
    report = reportparse.parse_text(text)
    assert report.issuer.region.code == "130635" and report.issuer.region.county == "蠡县"


def test_a_two_character_county_inside_a_word_or_before_no_organ_is_not_the_region():
    # near-miss: 城区 (a district's name in several cities) starting a clause but before no organ; 和县 inside a list
    assert find_region("", "一、总体情况\n2022年，城区道路改造信息及时公开。市交通局和县交通局联合发布公告。", 2022) is None


def test_an_institution_stating_its_year_by_its_word_for_itself_gives_the_year():
    text = ("一、总体情况\n（一）主动公开情况\n一年来，我院认真贯彻落实《中华人民共和国政府信息公开条例》。2021年医院在市政府信息"
            "公开网上规范发布信息总计37条。\n（二）依申请公开情况\n医院全年收到政府信息公开申请2件。\n")
    assert reportparse.parse_text(text).year == 2021


def test_an_institutions_plan_for_a_year_gives_no_year():
    # near-miss: "2022年医院将…" is a plan, not the report's year
    text = ("一、总体情况\n（一）主动公开情况\n我院认真贯彻落实《中华人民共和国政府信息公开条例》。2022年医院将进一步"
            "完善公开内容。\n（二）依申请公开情况\n本院全年收到政府信息公开申请2件。\n")
    assert reportparse.parse_text(text).year is None


def test_a_facts_line_labelled_in_traditional_script_dates_the_page():
    text = ("青嵐縣2020年政府信息公開工作年度報告\n2021-02-19 09:14  來源:青嵐縣人民政府\n"
            "本報告根據《中華人民共和國政府信息公開條例》編制。2020年，本縣主動公開政府信息328條。\n")
    assert reportparse.parse_text(text).published == "2021-02-19"


def test_a_facts_line_labelled_otherwise_gives_no_date():
    # near-miss: a date before a label that is no page fact (標題:) is no publish date
    text = ("青嵐縣2020年政府信息公開工作年度報告\n2021-02-19 09:14  標題:青嵐縣\n"
            "本報告根據《中華人民共和國政府信息公開條例》編制。2020年，本縣主動公開政府信息328條。\n")
    assert reportparse.parse_text(text).published is None
