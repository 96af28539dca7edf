"""A page saved without its title whose first lines are its portal's name and bare host (松川市青禾区人民政府 /
www.qinghe.gov.cn) above the template's 一、总体情况, the statute and the template's parts: the site's chrome is passed
over and the body read as the report; a page with the same chrome but no template parts, or calling itself another
genre, is still no report (leads57). Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse

_BODY = ("一、总体情况\n2023年,区教育局根据《中华人民共和国政府信息公开条例》的要求,加强教育信息公开工作。\n"
         "(一)主动公开情况。区教育局在重点领域公开信息41条。\n(二)依申请公开情况。2023年区教育局收到政府信息依申请公开3件。\n"
         "(三)政府信息管理情况。依据条例规范发布流程。\n二、主动公开政府信息情况\n第二十条第(一)项\n")


@pytest.mark.parametrize("chrome", [
    "松川市青禾区人民政府\nwww.qinghe.gov.cn\n",
    "青禾县政府门户网站\nhttp://www.qinghe.gov.cn/\n",
    "松川市青禾区人民政府\n",
    "www.qinghe.gov.cn\n",
])
def test_the_portals_name_and_host_above_the_overview_are_chrome(chrome):
    report = reportparse.parse_text(chrome + _BODY)
    assert report.value("requests.new") == 3


@pytest.mark.parametrize("text", [
    "松川市青禾区人民政府\nwww.qinghe.gov.cn\n一、总体情况\n本单位全年工作平稳推进。\n二、下一步打算\n继续加强学习。\n",
    "松川市青禾区人民政府\nwww.qinghe.gov.cn\n本文是我局2023年工作总结,现印发给你们。\n" + _BODY,
    "松川市青禾区人民政府\nwww.qinghe.gov.cn\n关于做好2023年度政府信息公开工作的通知\n一、总体情况\n各单位要认真贯彻落实。\n"
    "二、工作要求\n特此通知。\n",
])
def test_chrome_above_no_report_is_still_no_report(text):
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(text)
