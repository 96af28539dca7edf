"""A breadcrumb's path run onto a line of its own ("> 新版信息公开 > 政府信息公开年报", heldout31's 嘉兴) names no report:
taken as the title, it hid the real title line under it, the issuer was unknown and its own name in a sentence
(某某市发改局受理…) read as another body's. Invented page."""
from __future__ import annotations

import reportparse


def test_a_breadcrumb_run_onto_a_line_of_its_own_is_no_title():
    text = ("当前位置:首页\n> 新版信息公开 > 政府信息公开年报\n\n某某市发展和改革局2023年度政府信息公开工作年度报告\n"
            "二、依申请公开情况\n2023年,某某市发改局受理政府信息依申请公开14件。\n")
    report = reportparse.parse_text(text, require_report=False)
    assert report.title == "某某市发展和改革局2023年度政府信息公开工作年度报告"
    assert report.value("requests.new") == 14
