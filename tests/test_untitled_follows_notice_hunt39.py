"""A body stored from 一、总体情况, its title and 本报告 lost, whose first paragraph says it was written to the statute
and the notice on the year's annual reports (根据《条例》和《关于做好2020年度政府信息公开工作年度报告编制及发布工作的
通知》要求) is that report (hunt39); the notice itself, or a work summary written to it, is not. Texts are invented."""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

FOLLOWS = ("一、总体情况\n根据《中华人民共和国政府信息公开条例》和《市政务公开办公室关于做好2020年度政府信息公开工作"
           "年度报告编制及发布工作的通知》要求,2020年度,我局围绕学前教育、招生考试等事项开展公开工作。全年共公开政府信息"
           "83条。具体开展情况如下:\n(一)加强组织领导。局办公室牵头负责。\n")


def test_overview_that_follows_the_report_notice_is_a_report():
    doc = reportparse.parse_text(FOLLOWS)
    assert doc.year == 2020
    assert {i.key: i.value for i in doc.indicators}["disclosure.total"] == 83


def test_a_work_summary_written_to_the_notice_is_not():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(FOLLOWS.replace("具体开展情况如下", "现将工作总结如下"))


def test_without_the_statute_it_is_not():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(FOLLOWS.replace("《中华人民共和国政府信息公开条例》和", ""))
