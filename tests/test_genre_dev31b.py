"""Title-less reports that name themselves only in their first sentence (stop 31, dev31b): the clause after the
documents they follow publishes or compiles the year's report (…要求，现向社会公布2023年度区水利局…年度报告; 根据《条例》，
编制X局2022年度政府信息公开报告 — without 工作/年度), or their contents are listed by the template's names and end 等内容 /
…事项; and a report that says it compiled a 基本目录 / 样本目录 is no catalogue (本目录). Notices on the reports stay refused.
Invented texts and numbers."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

STATUTE = "根据《中华人民共和国政府信息公开条例》"
FORMAT = "根据《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)和《关于做好年度报告编制工作的通知》要求"


def _refused(text: str) -> None:
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


def test_a_report_published_in_the_clause_after_the_format_it_follows_is_read():
    text = (f"{FORMAT}，现向社会公布2023年度区林业局政府信息公开工作年度报告。全文包括政府信息公开总体情况、主动公开政府信息"
            "情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况等内容。本报告中所列数据的统计期限是2023年1月1日至"
            "2023年12月31日止。\n一、总体情况\n（一）主动公开。2023年，我局主动公开政府信息73条。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2023 and report.value("disclosure.total") == 73


def test_a_report_naming_itself_without_its_issuer_and_listing_its_contents_by_events_is_read():
    # 本机关 after the year; the contents end …事项; it says it compiled a 基本目录 (no catalogue for that)
    text = (f"{STATUTE}，特向社会公布2024年度本机关政府信息公开工作年度报告。全文包括：总体情况；主动公开政府信息情况；"
            "收到和处理政府信息公开申请情况；其他需要报告的事项。报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
            "一、总体情况\n1.主动公开。2024年，青岚高新区主动公开政府信息1247条。\n"
            "2.政府信息管理。制定发布了《青岚高新区2024年政府信息主动公开基本目录》。\n"
            "3.依申请公开。2024年，共收到并处理政府信息公开申请27件。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2024 and report.value("disclosure.total") == 1247
    assert report.value("requests.new", applicant="total") == 27


def test_a_report_compiled_in_the_clause_after_the_statute_gives_its_title_and_year():
    # its period damaged (年/月 lost), 工作/年度 missing from its name, a 样本目录 among what it revised
    text = (f"{STATUTE}，编制青岚县卫生健康局2022年度政府信息公开报告，报告所列数据的统计期限自202211日起至20221231日止。\n"
            "一、政务公开工作总体情况\n（一）完善制度。修订了信息公开指南、依申请公开政府信息文书样本目录等制度。\n")
    report = reportparse.parse_text(text)
    assert report.title == "青岚县卫生健康局2022年度政府信息公开报告" and report.year == 2022


def test_a_notice_whose_units_compile_and_publish_the_reports_stays_refused():
    # near-miss: the clause's subject has others compile them; the next sentence is about their publication
    _refused(f"{FORMAT}，我县组织全县各单位编制并发布2023年度政府信息公开工作年度报告。现将青岚县2023年政府信息公开工作"
             "年度报告公布情况报告如下：\n一、我县应公布年度报告单位29个，按时公布率100%。\n")


def test_a_notice_publishing_the_reports_in_its_clause_stays_refused():
    # near-miss: the clause publishes the year's reports' publication (…年度报告公布情况), not a report
    _refused(f"{FORMAT}，现向社会公布2023年度政府信息公开工作年度报告公布情况。\n一、应公布单位31个，已公布31个。\n")


def test_a_guide_stays_refused():
    # near-miss: 本指南 (this guide) is still what it says it is
    _refused(f"{STATUTE}，编制本指南。本指南所列信息的统计期限自2023年1月1日起至2023年12月31日止。\n"
             "一、主动公开\n（一）公开范围。\n二、依申请公开\n（一）受理机构。\n")
