"""A text with no title line whose overview lists, as a work item, publishing the year before's report (二是…。公开发布
《X局2020年政府信息公开工作年度报告》，…) under an overview that opens with a later year (一、总体情况 2021年，…): that
report is neither this text's title nor its year; the year is the overview's (hunt40). A text that publishes its own
report in its opening sentence keeps that title. Texts and figures are invented."""
from __future__ import annotations

import reportparse

BODY = ("一、总体情况\n2021年,青禾县市场监督管理局认真落实《条例》要求,推进政府信息公开工作。\n"
        "一是完善工作机制。二是做好主动公开。公开发布《青禾县市场监督管理局2020年政府信息公开工作年度报告》,"
        "全年公开行政处罚处理决定43件。\n三是依法办理依申请公开。全年受理政府信息公开申请17件。\n")


def test_last_years_report_is_neither_title_nor_year():
    report = reportparse.parse_text("根据《中华人民共和国政府信息公开条例》规定,编制本报告。\n" + BODY)
    assert report.year == 2021
    assert "2020年" not in (report.title or "")


def test_own_report_published_in_the_opening_keeps_its_title():
    report = reportparse.parse_text("根据《中华人民共和国政府信息公开条例》规定,现公布《青禾县市场监督管理局2021年"
                                    "政府信息公开工作年度报告》。\n" + BODY.replace("2020年政府", "2019年政府"))
    assert report.year == 2021
    assert report.title == "青禾县市场监督管理局2021年政府信息公开工作年度报告"
