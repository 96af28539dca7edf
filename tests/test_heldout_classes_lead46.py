"""Classes a held-out set of real pages (stop 46, hosts md5 8–f) showed unread, with invented reports."""
import pytest

import reportparse

BODY = "一、总体情况\n2023年，本局主动公开政府信息173条，其中通过政府网站公开61条。\n"


@pytest.mark.parametrize("title, issuer", [
    ("岚峰县教育和体育局关于2023年度政府信息公开工作的年度报告", "岚峰县教育和体育局"),
    ("岚峰县教育和体育局 关于2023年度政府信息公开工作的年度报告", "岚峰县教育和体育局"),
    ("嵐峰縣教育和體育局關于2023年度政府信息公開工作的年度報告", "嵐峰縣教育和體育局"),
    ("岚峰县某镇关于2023年政府信息公开工作情况的报告", "岚峰县某镇"),
])
def test_an_issuers_report_of_its_year_may_say_about_before_the_year(title, issuer):
    report = reportparse.parse_text(title + "\n" + BODY)
    assert report.year == 2023
    assert report.issuer.name == issuer
    assert report.values()["disclosure.total"] == 173


@pytest.mark.parametrize("title", [
    "关于2023年度政府信息公开工作年度报告编制发布的通知",      # a notice on compiling the reports
    "关于公布2023年度政府信息公开工作年度报告",                # publishing it, its 的公告 cut
    "岚峰县某镇关于2023年上半年政府信息公开工作情况的报告",      # a part year
    "关于2023年度政府信息公开工作年度报告的解读",               # an explanation
])
def test_about_before_anything_but_the_years_own_report_is_no_report(title):
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(title + "\n" + BODY)
