"""A body whose title is lost, opening with a paragraph that cites the statute and says which plan it carried out
(认真贯彻落实国务院、省政府政务公开工作要点; 按照市2022年政务公开工作方案; 对照年度政务公开工作要点), then the
template's 一、总体情况 with (一)主动公开 (二)依申请公开 (三)政府信息管理: a report, read (hunt36b). The plan followed is
not the text's genre; a page that makes or issues the plan (…制定本实施方案, 现将…工作要点印发) stays refused.

Texts and bodies are invented.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

BODY = ("\n一、总体情况\n(一)主动公开\n全年主动公开政府信息214条。\n(二)依申请公开\n本年度收到政府信息公开申请3件。\n"
        "(三)政府信息管理\n按照要求做好信息管理。\n")
FOLLOWED = ("认真贯彻落实《中华人民共和国政府信息公开条例》和国务院、省政府政务公开工作要点",
            "按照市2022年政务公开工作方案,落实《中华人民共和国政府信息公开条例》",
            "依据《中华人民共和国政府信息公开条例》,对照年度政务公开工作要点")
MAKES_THE_PLAN = ("为贯彻落实《中华人民共和国政府信息公开条例》,结合实际,制定本实施方案。",
                  "根据《中华人民共和国政府信息公开条例》和区政府要求,现将2022年政务公开工作要点印发。")


def test_a_plan_carried_out_is_not_the_texts_genre():
    for followed in FOLLOWED:
        report = reportparse.parse_text("2022年,云栖园区管委会" + followed + ",深化公开内容。" + BODY)
        assert (report.year, report.template) == (2022, "2021"), followed
        assert (report.value("disclosure.total"), report.value("requests.new")) == (214, 3), followed


def test_a_page_making_or_issuing_the_plan_stays_refused():
    for opening in MAKES_THE_PLAN:
        with pytest.raises(NotAnnualReportError):
            reportparse.parse_text(opening + BODY)
