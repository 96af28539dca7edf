"""Which pages are reports (stop 31, hunt31c): a page whose title names a report and goes on to another subject (a
meeting on compiling the reports, a commentary on them), a page listing units' reports by name, a notice under a title
without a year, and a notice on how the year's reports were published (…年度报告公布情况报告如下) are refused unless their
opening says what a report's does; a legacy report stored from its overview on, its title and preamble lost, is read
by the overview's status headings ((一)…机构…情况 (二)《指南》和《目录》…情况 (三)…制度…情况). Each refusal says why.
Invented texts and numbers."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

STATUTE = "根据《中华人民共和国政府信息公开条例》"


def _refused(text: str) -> str:
    with pytest.raises(NotAnnualReportError) as err:
        reportparse.parse_text(text)
    return str(err.value)


# ---- a title that names a report and goes on to another subject -------------------------------------------------

MEETING = ("【工作动态】青岚县召开2024年度政府信息公开工作年报编制和发布培训会\n发布时间:2025-01-08 来源:青岚县人民政府\n"
           f"为{STATUTE}要求，做好年度报告编制工作，1月7日县政府召开培训会，14家乡镇、41家县直部门参加。\n"
           "会议对总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分的撰写要求作了讲解。\n")


def test_news_of_a_meeting_on_the_reports_is_refused_and_says_why():
    message = _refused(MEETING)
    assert "goes on to" in message and "编制和发布培训会" in message and "本报告" in message


def test_a_commentary_titled_by_the_reports_is_refused():
    _refused("用好年报数据，助推政务公开\n今年是各级行政机关公布年报的第九年，年报内容更加规范，形式更加生动。\n")


def test_a_report_whose_title_goes_on_but_whose_opening_is_a_reports_is_read():
    # near-miss: the title's tail is a page's chrome; the opening cites the statute and names itself
    text = ("点击收听青岚县司法局2024年政府信息公开工作年报语音版\n"
            f"本报告{STATUTE}编制。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
            "一、总体情况\n（一）主动公开情况。2024年，我局主动公开政府信息217条。\n"
            "（二）依申请公开情况。2024年，我局收到政府信息公开申请6件。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2024 and report.value("disclosure.total") == 217
    assert report.value("requests.new", applicant="total") == 6


def test_a_bracket_after_the_title_is_no_other_subject():
    # near-miss: (全文) after the report's name; no statute or 本报告 in the opening
    text = ("青岚县水利局2024年政府信息公开工作年度报告（全文）\n一、总体情况\n"
            "2024年，我局主动公开政府信息58条，收到政府信息公开申请3件。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2024 and report.value("disclosure.total") == 58


# ---- a page that lists reports --------------------------------------------------------------------------------------

LISTING = ("政府信息公开年报\n青岚县水利局2024年政府信息公开工作年度报告 2025-01-20\n"
           "青岚县柳河镇2024年政府信息公开工作年度报告 2025-01-18\n青岚县东关街道2024年政府信息公开工作年度报告 2025-01-15\n"
           "青岚县教育局2023年政府信息公开工作年度报告 2024-01-22\n")


def test_a_list_of_units_reports_is_refused_and_says_why():
    assert "lists several reports" in _refused(LISTING)


def test_a_report_that_names_another_report_is_read():
    # near-miss: its own title and one cited report's name on lines of their own; two names make no list
    text = ("青岚县水利局2024年政府信息公开工作年度报告\n参见：\n青岚县水利局2023年政府信息公开工作年度报告\n"
            "一、总体情况\n2024年，我局主动公开政府信息74条。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2024 and report.value("disclosure.total") == 74


# ---- a notice under a title without a year --------------------------------------------------------------------------

NOTICE = ("区府办信息公开报告\n青岚市人民政府办公室关于印发《进一步做好政府信息公开工作的意见》的通知\n"
          "各镇人民政府，市府直属各单位：\n《进一步做好政府信息公开工作的意见》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n"
          "一、健全工作机构，落实公开职责\n")


def test_a_notice_under_a_title_without_a_year_is_refused():
    assert "notice" in _refused(NOTICE)


def test_a_dated_report_with_a_cover_notice_is_read():
    # near-miss: the title has its year; a cover note's 特此通知 does not make the report a notice
    text = ("青岚县卫生健康局2024年政府信息公开工作年度报告\n现将本局年度报告予以公布，特此通知。\n"
            "一、总体情况\n2024年，我局主动公开政府信息131条。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2024 and report.value("disclosure.total") == 131


def test_a_report_titled_without_a_year_and_without_a_notice_is_read():
    text = ("青岚县卫生健康局政府信息公开工作年度报告\n" f"本报告{STATUTE}编制，所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
            "一、总体情况\n2024年，我局主动公开政府信息96条。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2024 and report.value("disclosure.total") == 96


# ---- a notice on how the year's reports were published --------------------------------------------------------------

def test_a_notice_on_the_reports_publication_is_no_cover_letter():
    text = ("根据《中华人民共和国政府信息公开工作年度报告格式》要求，我市组织各单位编制并发布2024年度政府信息公开工作年度报告。"
            "现将青岚市2024年政府信息公开工作年度报告公布情况报告如下：\n一、我市应公布年度报告单位23个，按时公布率100%。\n")
    assert "本报告" in _refused(text)


def test_a_cover_letter_handing_the_report_over_is_still_read():
    # near-miss: 年度报告，现将有关情况报告如下 hands the report itself over
    text = ("青岚县自然资源局编写了2024年政府信息公开工作年度报告，现将有关情况报告如下：\n一、总体情况\n"
            "2024年，我局主动公开政府信息142条。\n")
    report = reportparse.parse_text(text)
    assert report.value("disclosure.total") == 142


# ---- a legacy report stored from its overview on ----------------------------------------------------------------------

LEGACY = ("请输入搜索\n一、政府信息公开总体工作情况\n（一）工作机构建设情况。县政府调整了政府信息公开工作领导小组。\n"
          "（二）《指南》和《目录》编制更新情况。各部门及时修订了公开指南和公开目录。\n"
          "（三）工作制度建设情况。完善了主动公开、依申请公开和保密审查制度。\n"
          "（四）查阅场所建设情况。县档案馆设立了政府信息查阅点。\n"
          "二、主动公开政府信息情况\n2013年，全县主动公开政府信息2468条。\n")


def test_a_legacy_overview_without_title_or_preamble_is_read():
    report = reportparse.parse_text(LEGACY)
    assert report.value("disclosure.total") == 2468


def test_a_legacy_overview_in_traditional_script_is_read():
    text = ("（一）政府信息公開工作機構和人員設定情況\n縣政府成立了政府信息公開工作領導小組。\n"
            "（二）建立健全政府信息公開工作制度情況\n制定了11項配套制度。\n（三）政府信息公開目錄、公開指南的編制、更新情況\n"
            "二、主動公開政府信息情況\n2014年，全縣主動公開政府信息1379條。\n")
    report = reportparse.parse_text(text)
    assert report.value("disclosure.total") == 1379


def test_a_work_plan_with_the_same_parts_is_refused():
    # near-miss: a plan (工作要点) sets the same parts as tasks
    _refused("青岚县2014年政府信息公开工作要点\n" + LEGACY.split("\n", 2)[2])


def test_status_headings_without_the_disclosures_own_parts_are_refused():
    # near-miss: 机构, 制度, 培训 are any work's; no 指南, 目录 or 查阅 heading
    _refused("一、政府信息公开总体工作情况\n（一）工作机构建设情况。调整了领导小组。\n（二）工作制度建设情况。完善了制度。\n"
             "（三）宣传培训情况。举办培训2期。\n")


def test_a_notice_with_status_headings_is_refused():
    # near-miss: a notice asking for the overview's parts to be reported
    _refused("各镇人民政府：现将有关事项通知如下，请认真贯彻执行。\n（一）政府信息公开工作机构建设情况\n"
             "（二）《指南》和《目录》编制更新情况\n（三）工作制度建设情况\n（四）查阅场所建设情况\n")
