"""A title-less copy in traditional script (a mirror site's conversion) that names its compiler in the preamble
(…的要求,由X街道辦事處編制。) and dates its figures by the data's point in time (數據核定時間點為2022年12月31日,
no 统计期限): the street is the issuer, the point's year is the reporting year, and the street's own figures are read
(hunt38). Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse

OPENING = ("本年度報告是根據《中華人民共和國政府信息公開工作年度報告格式》的要求,由青禾路街道辦事處編制。全報告包括總體情況、"
           "主動公開政府信息情況、收到和處理政府信息公開申請情況、政府信息公開行政復議及行政訴訟情況、存在的主要問題和改進措施、"
           "其他需要報告的事項等六個方面內容,報告中所涉及的數據核定時間點為{year}年12月31日。\n一、總體情況\n"
           "(一)主動公開政府信息的情況。街道及時發布居民群眾關心的各類信息。\n"
           "(二)依申請公開情況。{year}年,青禾路街道共接收政府信息公開申請7件,全年沒有發生因政府信息公開申請行政復議的情況。\n"
           "(三)政府信息管理情況。街道按照《中華人民共和國政府信息公開條例》規範信息發布。\n")


def test_traditional_copy_names_its_street_and_year():
    report = reportparse.parse_text(OPENING.format(year=2022))
    assert report.year == 2022
    assert report.issuer.name == "青禾路街道辦事處"
    assert report.issuer.kind == "township"
    vals = {(i.key, i.applicant): i.value for i in report.indicators if not i.derived}
    assert vals[("requests.new", "total")] == 7
    assert vals[("review.total", None)] == 0


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_data_point_in_time_gives_the_year(script):
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》编制。报告中所涉及的数据核定时间点为2023年12月31日。\n"
            "一、总体情况\n(一)主动公开情况。全年主动公开政府信息46条。\n")
    if script == "traditional":
        text = text.replace("报告", "報告").replace("数据", "數據").replace("时间点为", "時間點為")
    assert reportparse.parse_text(text).year == 2023


def test_a_data_point_before_the_year_end_gives_no_year():
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》编制。报告中所涉及的数据核定时间点为2023年6月30日。\n"
            "一、总体情况\n(一)主动公开情况。全年主动公开政府信息46条。\n")
    assert reportparse.parse_text(text).year is None
