"""A report with no title line and no statute cited that opens by saying who compiled it (本报告由…编制): read where
it names 信息公开 and goes on with a statistics period or the genre's proactive and request sections (a held-out page of
stop 28 had been refused as no report). Invented text."""
import pytest

import reportparse

COMPILED = "本报告由岚峰县住房和城乡建设局政务公开办公室编制，全文包括概述、主动公开政府信息情况、依申请公开政府信息情况等。"


def test_a_report_that_opens_by_who_compiled_it_is_read():
    report = reportparse.parse_text(
        COMPILED + "本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。\n一、概述\n2013年，我局认真做好政府信息"
        "公开工作。\n二、主动公开政府信息情况\n2013年，我局主动公开政府信息173条。\n三、依申请公开政府信息情况\n"
        "2013年共收到政府信息公开申请14件，予以公开12件。\n")
    assert (report.year, report.issuer.name) == (2013, "岚峰县住房和城乡建设局")
    got = {i.key: i.value for i in report.indicators if not i.derived}
    assert (got["disclosure.total"], got["requests.new"], got["requests.granted"]) == (173, 14, 12)


def test_the_same_opening_with_its_sections_and_no_period_is_read():
    report = reportparse.parse_text(
        "本报告由岚峰县住房和城乡建设局编制，报告岚峰县政府信息公开工作情况。\n一、概述\n2013年，我局认真做好工作。\n"
        "二、主动公开政府信息情况\n2013年，我局主动公开政府信息175条。\n三、依申请公开政府信息情况\n未收到政府信息公开申请。\n")
    got = {i.key: i.value for i in report.indicators if not i.derived}
    assert (report.year, got["disclosure.total"], got["requests.new"]) == (2013, 175, 0)


@pytest.mark.parametrize("text", [
    # another genre compiled by a body: no 信息公开 named
    "本报告由岚峰县统计局编制。本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。\n一、经济运行\n"
    "2013年全县生产总值173亿元。\n",
    # 信息公开 named, but neither a statistics period nor the genre's sections
    "本报告由岚峰县住房和城乡建设局编制，介绍信息公开平台建设。\n一、平台建设\n2013年，新建栏目12个。\n",
])
def test_an_opening_by_who_compiled_it_alone_is_still_refused(text):
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(text)
