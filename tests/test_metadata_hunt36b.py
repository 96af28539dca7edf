"""Metadata of older and odd reports (hunt36b), each class with the other ways sites print it:
- an academic year in traditional script ends a school's name as it does in simplified (X職業學院2020-2021學年(…)
  信息公開…報告, X大學2019—2020學年度…): the issuer is the school, never its name run on into the year;
- a CMS's facts named 信息索取号 and 类目名称 (信息索取号: GZ65/2017-00087 类目名称: 政府信息公开工作年度报告, one line or
  two, or cells joined by |): the column's name is no title, the report's own title on a later line is.

Texts, bodies and addresses are invented; real place names only where the class needs them.
"""
from __future__ import annotations

import pytest

import reportparse

BODY = ("一、概述\n本报告根据《中华人民共和国政府信息公开条例》编制。\n二、主动公开政府信息情况\n全年主动公开政府信息67条。\n"
        "三、依申请公开政府信息情况\n全年未收到政府信息公开申请。\n")


@pytest.mark.parametrize("title", ["雲棲職業學院2020-2021學年(2020年9月1日至2021年8月31日)信息公開工作執行情況報告",
                                   "雲棲職業學院2020—2021學年度信息公開工作年度報告",
                                   "雲棲職業學院2020-2021学年信息公开工作年度报告"])
def test_an_academic_year_in_either_script_ends_the_schools_name(title):
    report = reportparse.parse_text(title + "\n根據《高等學校信息公開辦法》編制本報告。\n" + BODY)
    assert report.issuer.name == "雲棲職業學院"
    assert report.year == 2021


@pytest.mark.parametrize("facts", ["信息索取号: GZ99/2017-00012 类目名称: 政府信息公开工作年度报告\n",
                                   "信息索取号: GZ99/2017-00012\n类目名称: 政府信息公开工作年度报告\n",
                                   "信息索取号 | GZ99/2017-00012 | 类目名称 | 政府信息公开工作年度报告 |\n"])
def test_a_cms_column_name_is_no_title(facts):
    report = reportparse.parse_text(facts + "发布时间: 2017年01月24日\n\n2016年云栖市某某区教育局政府信息公开年度报告\n\n"
                                    + BODY.replace("全年", "2016年"))
    assert report.title == "2016年云栖市某某区教育局政府信息公开年度报告"
    assert report.issuer.name == "云栖市某某区教育局"
    assert report.published == "2017-01-24"
