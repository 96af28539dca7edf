"""Titles and years round ten of the hunt found lost (a county bureau that names its report only in a 特编制…
sentence, a city bureau's page stored from its first paragraph, a provincial department whose title lost its 年):
invented texts, invented numbers. Tests named *guard* pass on the start tree."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError


def test_the_report_the_issuer_says_it_writes_is_the_title():
    report = reportparse.parse_text(
        "根据《中华人民共和国政府信息公开条例》规定，特编制某县交通运输局2023年政府信息公开工作年度报告。报告统计数据"
        "时限为2023年1月1日至2023年12月31日。\n一、总体情况\n（一）主动公开情况。截止2023年12月31日，本年度主动公开"
        "信息386条。")
    assert report.title == "某县交通运输局2023年政府信息公开工作年度报告"
    assert report.year == 2023
    assert report.value("disclosure.total") == 386


def test_guard_a_notice_asking_others_to_write_reports_is_still_refused():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text("各乡镇、各部门：\n请各单位编制本单位2023年政府信息公开工作年度报告，于1月20日前报送。\n"
                               "一、按时报送。\n二、规范格式。")


def test_a_first_paragraph_citing_a_notice_is_no_title():
    report = reportparse.parse_text(
        "2022年，市统计局认真贯彻《中华人民共和国政府信息公开条例》（国务院令第711号）和《关于印发某市2022年政务公开"
        "重点工作安排的通知》，积极做好统计领域的信息公开工作。根据《某市人民政府办公室关于做好2022年度政府信息公开工作"
        "年度报告编制发布工作的通知》，编制发布本报告，本年度报告中所列数据的统计期限自2022年1月1日起至12月31日止。\n"
        "一、总体情况\n（二）依申请公开情况\n2022年，我局收到依申请公开57件，结转上年4件；办理38件，下年度继续办理23件。")
    assert report.year == 2022
    assert report.value("requests.new", applicant="total") == 57
    assert report.value("requests.carried_forward", applicant="total") == 23


def test_guard_a_title_run_into_its_text_stays_the_title():
    report = reportparse.parse_text(
        "某县林业局2022年政府信息公开工作年度报告，根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、"
        "主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。\n一、总体情况\n2022年共主动公开政府信息93条。")
    assert report.title.startswith("某县林业局2022年政府信息公开工作年度报告")
    assert report.year == 2022
    assert report.value("disclosure.total") == 93


def test_a_title_that_lost_its_nian_gives_its_year():
    report = reportparse.parse_text(
        "某省林业厅\n\n2022政府信息公开工作年度报告\n\n本报告中所列数据的统计期限为2022年11日至1231日。\n"
        "一、总体情况\n（二）依申请公开情况\n2022年受理政府信息依申请公开事项38件，办结35件。")
    assert report.year == 2022
    assert any("without 年" in w for w in report.warnings)
    assert report.value("requests.new", applicant="total") == 38
