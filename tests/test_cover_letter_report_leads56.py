"""A body's letter on its year's report (X局关于2014年度政府信息公开年度报告的函) whose own body reports the year's work
(现将有关工作情况汇报如下, then 一、基本情况…) is the report (leads56): its title is the letter's line, not a site's
breadcrumb above it (首页/ 政府信息公开 / 政府信息公开年报 / 正文: steps between slashes are chrome, as between >), and its
issuer the letter's sender. A notice or a letter that asks for the reports, or reports on their filing, is still no
report. Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

_BODY = ("市信息化办公室:\n  根据《中华人民共和国政府信息公开条例》和市信息化工作领导小组办公室《关于报送2014年度政府信息公开"
         "年度报告的通知》要求,我局对全年政府信息公开工作进行了全面回顾,现将有关工作情况汇报如下:\n  一、基本情况\n"
         "  我局主动公开政府信息137条。\n  二、依申请公开情况\n  全年共受理政府信息公开申请6件。\n")
_CRUMBS = ["", "首页/ 政府信息公开 / 政府信息公开年报 / 正文\n\n", "首页 / 政务公开 / 年报 / 正文\n\n",
           "当前位置：首页 / 政府信息公开 / 年度报告\n\n", "首页 > 政府信息公开 > 政府信息公开年报 > 正文\n\n"]


@pytest.mark.parametrize("crumb", _CRUMBS)
@pytest.mark.parametrize("title", ["松川市水务局 关于2014年度政府信息公开年度报告的函",
                                   "松川市水务局关于报送2014年度政府信息公开年度报告的函"])
def test_a_letter_that_reports_its_year_is_the_report(crumb, title):
    doc = reportparse.parse_text(crumb + title + "\n\n" + _BODY)
    assert doc.title == title
    assert doc.issuer.name == "松川市水务局"
    assert doc.year == 2014
    assert (doc.value("disclosure.total"), doc.value("requests.new")) == (137, 6)


def test_a_letter_naming_no_sender_names_no_issuer():
    doc = reportparse.parse_text("首页/ 政府信息公开 / 年报 / 正文\n\n关于2014年度政府信息公开工作年度报告的函\n\n" + _BODY)
    assert doc.title == "关于2014年度政府信息公开工作年度报告的函"
    assert doc.issuer.name is None
    assert doc.value("disclosure.total") == 137


@pytest.mark.parametrize("text", [
    # a letter asking the units for their reports
    "松川市信息化办公室关于报送2014年度政府信息公开年度报告的函\n各县区政府,市政府各部门:\n  根据《中华人民共和国政府信息公开"
    "条例》要求,请各单位于2015年3月10日前将本单位2014年度政府信息公开年度报告报送我办。\n  特此函告。\n",
    # a letter reporting how the reports were filed
    "松川市信息化办公室关于2014年度政府信息公开年度报告的函\n市政府:\n  现将各单位年度报告报送情况报告如下:\n"
    "  一、报送情况\n  全市共有41个单位按时报送。\n",
    # a notice, with the orders of one
    "首页/ 政府信息公开 / 通知公告 / 正文\n\n关于报送2014年度政府信息公开年度报告的通知\n各县区政府:\n  现就有关事项通知如下:"
    "请于2015年3月10日前报送。现将有关工作情况报告如下:略。\n  特此通知。\n",
])
def test_a_letter_or_notice_about_the_reports_is_no_report(text):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


@pytest.mark.parametrize("line", ["首页/ 政府信息公开 / 政府信息公开年报 / 正文", "首页 / 政务公开 / 年报"])
def test_a_slash_breadcrumb_over_a_report_title_is_chrome(line):
    text = line + "\n\n云岭州2013年政府信息公开工作年度报告\n\n本年度报告根据《中华人民共和国政府信息公开条例》编制。\n"
    assert reportparse.parse_text(text).title == "云岭州2013年政府信息公开工作年度报告"
