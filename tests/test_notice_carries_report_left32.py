"""A page titled as a notice that publishes the year's report (关于公布…年度报告的公告, 关于印发…年度报告的通知) and
carries the report below it, the report's own title lost, is read as the report (its figures, year and issuer); a
notice that only announces the report stays refused. A title that calls its issuer itself (本机关…) names no issuer."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

REPORT = ("本报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限为2021年1月1日至2021年12月31日。\n"
          "一、总体情况\n2021年，全县主动公开政府信息4817条，新收政府信息公开申请63件。\n"
          "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n")


@pytest.mark.parametrize("notice, issuer", [
    ("关于公布2021年政府信息公开工作年度报告的公告\n现将本县2021年政府信息公开工作年度报告全文公布如下：\n", None),
    ("关于印发2021年政务公开年度报告的通知\n各乡镇、县直各单位：\n现将年度报告印发给你们。\n宜良县人民政府办公室\n"
     "2022年1月20日\n附件\n", None),
    ("关于公布宜良县2021年政府信息公开工作年度报告的公告\n根据有关规定，现予公布。\n", "宜良县"),
])
def test_a_notice_carrying_the_report_is_read(notice, issuer):
    report = reportparse.parse_text(notice + REPORT, require_report=True)
    assert report.year == 2021 and report.issuer.name == issuer
    values = {i.value_id: i.value for i in report.indicators}
    assert values["disclosure.total"] == 4817
    assert values["requests.new|applicant=total"] == 63


def test_a_notice_without_the_report_is_still_refused():
    notice = "关于公布2021年政府信息公开工作年度报告的公告\n各乡镇、县直各单位：\n年度报告已于2022年1月在县政府网站公布。\n特此公告。\n"
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(notice, require_report=True)


def test_a_notice_about_compiling_the_reports_is_not_one_that_carries_a_report():
    notice = "关于做好2021年政府信息公开工作年度报告编制发布工作的通知\n各乡镇：\n"
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(notice + REPORT, require_report=True)


def test_a_title_calling_its_issuer_itself_names_none_but_a_place_named_ben_is_a_place():
    report = reportparse.parse_text("本机关2021年政府信息公开工作年度报告\n" + REPORT)
    assert report.issuer.name is None
    report = reportparse.parse_text("本溪市人民政府2021年政府信息公开工作年度报告\n" + REPORT)
    assert report.issuer.name == "本溪市人民政府" and report.issuer.region.code == "210500"
