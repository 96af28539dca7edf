"""Metadata classes a held-out set of real pages (stop 45, hosts md5 0–7) showed, with invented pages:

- a CMS header flattened with spaces alone between its cells ("成文日期 2024-01-16 发布机构 X镇" / "组配分类 政府信息公开年报"):
  its lines were joined as a wrapped title (two fields on a line, or a field whose value names no year, are chrome now);
- a report without a title naming its issuer as the people's government's disclosure office ("本报告由X市人民政府信息公开
  工作领导小组办公室根据…"): the genre's words were cut with the government's 政府 (X市人民); one 政府 serves both.
"""
import reportparse

HEADER_PAGE = """当前位置: 首页
> 政务公开 > 乡镇街道 > 青溪镇 > 政府信息公开年报
索 引 号 330000000000/2024-000123 公开方式 主动公开
成文日期 2024-01-18 发布机构 青溪镇
组配分类 政府信息公开年报

2023年青溪镇政府信息公开工作年度报告

发布日期: 2024-01-18 访问次数:

一、总体情况
2023年，青溪镇主动公开政府信息217条，其中通过门户网站公开193条。
二、收到和处理政府信息公开申请情况
2023年，青溪镇共收到政府信息公开申请14件。
"""


def test_a_header_flattened_with_spaces_is_no_title():
    report = reportparse.parse_text(HEADER_PAGE)
    assert report.title == "2023年青溪镇政府信息公开工作年度报告"
    assert report.year == 2023
    assert report.issuer.name == "青溪镇"
    assert report.values()["disclosure.total"] == 217


def test_a_line_of_spaced_fields_before_the_title_is_no_part_of_it_either():
    # only the two-field line left above the title: it holds a day's date and two fields, never a title's first half
    report = reportparse.parse_text(HEADER_PAGE.replace("组配分类 政府信息公开年报\n\n", ""))
    assert report.title == "2023年青溪镇政府信息公开工作年度报告"


UNTITLED = """本报告由岚州市人民政府信息公开工作领导小组办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，汇总岚州市各县（市、区）、市政府各有关部门政府信息公开工作情况编制而成。本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。
一、概述
2012年，全市主动公开政府信息3846条。
"""


def test_an_untitled_report_by_the_governments_disclosure_office_keeps_its_government():
    report = reportparse.parse_text(UNTITLED)
    assert report.year == 2012
    assert report.issuer.name == "岚州市人民政府"
    assert report.issuer.kind == "government"
