"""A page without its title line whose preamble publishes the report year first with its issuer's name after the
year (特向社会公布2014年X区政务服务中心政府信息公开工作年度报告) takes that as its title, and its year from it; 我局 or
全县 after the year names no one (hunt38). Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse

BODY = ("一、政府信息公开工作基本情况\n根据《中华人民共和国政府信息公开条例》,特向社会公布{title}。本报告由主动公开政府信息情况、"
        "依申请公开政府信息情况等部分组成。\n二、主动公开政府信息情况 2014年主动公开政府信息63条。\n")


def test_year_first_title_with_the_issuer_after_the_year():
    report = reportparse.parse_text(BODY.format(title="2014年青禾区政务服务中心政府信息公开工作年度报告"))
    assert report.title == "2014年青禾区政务服务中心政府信息公开工作年度报告"
    assert report.year == 2014
    assert report.template == "legacy"
    assert report.issuer.name == "青禾区政务服务中心"
    assert report.values()["disclosure.total"] == 63


@pytest.mark.parametrize("title", ["2014年我局政府信息公开工作年度报告", "2014年全县政府信息公开工作年度报告"])
def test_no_named_title_from_a_self_word_after_the_year(title):
    report = reportparse.parse_text(BODY.format(title=title))
    assert report.title != title
