"""Titles, years and regions round eleven of the hunt found lost or wrong (bodies that are not county governments:
a province's department whose contact address names the capital, universities' academic-year reports, a utility that
names its report only in 编制了《…》, a page run onto one line): invented texts, invented numbers. Tests named
*guard* pass on the start tree."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError


def test_a_province_department_is_not_placed_in_the_capital_its_address_names():
    report = reportparse.parse_text(
        "按照《中华人民共和国政府信息公开条例》要求，特编制本厅2013年度政府信息公开工作年度报告。本年报中所列数据的统计"
        "期限自2013年1月1日起至2013年12月31日止。如有任何疑问，请与湖北省粮食局政府信息公开工作办公室联系（地址：武汉市"
        "洪山区某路6号，邮编：430071）。\n一、概述\n2013年，我局全年主动公开政府信息274条。")
    assert report.issuer.region.code == "420000"
    assert report.value("disclosure.total") == 274


def test_guard_an_address_does_not_place_a_report_that_names_no_other_place():
    # (宜昌市某路: the city's bureau or a district's in it; classes58p: an address's place never sets the region)
    report = reportparse.parse_text(
        "本报告根据《中华人民共和国政府信息公开条例》编制。如有疑问，请与本局办公室联系（地址：宜昌市某路8号）。"
        "本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n一、概述\n2014年，我局主动公开政府信息53条。")
    assert report.issuer.region.code is None
    assert report.value("disclosure.total") == 53


def test_a_university_title_run_into_its_text_with_an_academic_year():
    report = reportparse.parse_text(
        "某某大学2015-2016学年度 信息公开工作年度报告 根据《某省教育厅关于做好2015-2016学年度高校信息公开工作年度报告"
        "工作的通知》要求，现编制本报告。本报告中所列数据的统计时间为2015年9月1日至2016年8月31日。 一、概述 "
        "本学年，学校通过信息公开网主动公开信息418条。")
    assert report.title.startswith("某某大学2015-2016学年度")
    assert report.year == 2016
    assert report.value("disclosure.total") == 418


def test_an_untitled_university_report_in_traditional_script_citing_its_own_statute():
    report = reportparse.parse_text(
        "為深入貫徹落實《高等學校信息公開辦法》(教育部令第29號)的要求，某某學院根據校內各單位2021-2022學年信息公開"
        "情況完成此年度報告。本報告中所列數據的統計期限自2021年9月1日起至2022年8月31日止。\n一、信息公開工作概述\n"
        "本學年，學院主動公開信息362條。")
    assert report.year == 2022
    assert report.value("disclosure.total") == 362


def test_a_university_names_its_report_in_the_sentence_that_writes_it():
    report = reportparse.parse_text(
        "根据教育部《高等学校信息公开办法》等要求，现编制2016至2017学年某某学院信息公开工作年度报告。全文内容包括概述、"
        "主动公开情况等七个部分。\n一、概述\n2016至2017学年，学院主动公开信息207条。")
    assert report.title == "2016至2017学年某某学院信息公开工作年度报告"
    assert report.year == 2017
    assert report.value("disclosure.total") == 207


def test_a_college_that_hands_its_report_over_is_a_report():
    report = reportparse.parse_text(
        "按照《教育部办公厅关于进一步落实高校信息公开清单做好高校信息公开年度报告工作的通知》精神，现将学院2014-2015学年"
        "信息公开工作年度报告如下：本年度报告统计数据的时间为2014年9月1日至2015年8月31日。\n一、概述\n"
        "本学年，学院共收到信息公开申请6件。")
    assert report.year == 2015
    assert report.value("requests.new", applicant="total") == 6


def test_a_school_sites_column_names_are_no_title():
    report = reportparse.parse_text(
        "首页\n信息公开制度规定\n学校信息公开目录\n学校信息公开年报\n你现在的位置:首页 > 学校信息公开年报\n"
        "某某大学2016年信息公开工作年度报告\n本年度报告中所列数据的统计期限从2015年9月1日到2016年8月31日止。\n"
        "一、概述\n本学年，学校主动公开信息509条。")
    assert report.title == "某某大学2016年信息公开工作年度报告"
    assert report.year == 2016


def test_an_academic_year_in_the_opening_gives_the_year_when_nothing_else_does():
    report = reportparse.parse_text(
        "某某大学信息公开年度报告\n某某大学2013-2014学年度\n信息公开年度报告\n按照《高等学校信息公开办法》要求，我校编制"
        "本报告。本报告中所列数据的统计期限为201391日至2014831日。\n一、概述\n本学年，学校主动公开信息133条。")
    assert report.year == 2014
    assert any("academic year the opening names" in w for w in report.warnings)
    assert report.value("disclosure.total") == 133


def test_a_report_run_onto_one_line_from_its_overview_is_read():
    report = reportparse.parse_text(
        "一、总体情况 2022年，某区卫健局政府信息公开工作按照《中华人民共和国政府信息公开条例》的要求，加强组织领导。 "
        "(一)主动公开情况 2022年，我局通过网站共主动公开政府信息168条。 (二)依申请公开情况 2022年度我局收到政府信息公开"
        "申请7件，均按时答复。 (三)政府信息管理情况 一是进一步完善管理机制。\n")
    assert report.year == 2022
    assert report.value("requests.new", applicant="total") == 7
    assert report.value("disclosure.total") == 168


def test_guard_a_work_summary_run_onto_one_line_is_still_refused():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(
            "一、总体情况 2022年，某区卫健局政务公开工作总结如下，按照《中华人民共和国政府信息公开条例》的要求开展工作。 "
            "(一)主动公开情况 我局通过网站公开信息168条。 (二)依申请公开情况 收到申请7件。 (三)政府信息管理情况 完善机制。\n")


def test_a_utility_names_its_report_in_what_it_says_it_wrote():
    report = reportparse.parse_text(
        "根據供電企業信息公開工作有關要求，某某市某區供電公司編制了《某某市某區供電公司2020年度信息公開年度報告》。本報告由"
        "概述、主動公開信息情況等六部分組成。本報告中所列數據的統計期限自2020年1月1日起至2020年12月31日止。 一、概述 "
        "2020年，公司主動公開信息86條。")
    assert report.title == "某某市某區供電公司2020年度信息公開年度報告"
    assert report.year == 2020
    assert report.value("disclosure.total") == 86
