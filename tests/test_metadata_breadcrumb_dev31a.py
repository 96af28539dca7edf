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


def test_breadcrumb_steps_each_on_a_line_of_their_own_are_chrome():
    text = ("当前页面:\n首页\n> 政务公开\n> 信息公开年度报告\n> 乡镇信息公开年度报告\n"
            "某某县某某镇2023年政府信息公开年度报告\n二、依申请公开情况\n本年度我镇收到依申请公开申请6件。\n")
    assert reportparse.parse_text(text, require_report=False).title == "某某县某某镇2023年政府信息公开年度报告"
    # a path on one line is cut at its steps: its page name names a report only with a year
    text = (">政务公开 >政府信息公开 >年度报告 >2023年政府信息公开年度报告\n首页\n某某县中医医院2023年政府信息公开年度报告\n"
            "本报告根据《条例》编制。\n")
    assert reportparse.parse_text(text, require_report=False).title == "某某县中医医院2023年政府信息公开年度报告"


def test_a_cms_tag_before_the_title_is_no_part_of_the_title_or_issuer():
    import reportparse
    body = "\n本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n今年我局收到政府信息公开申请13件。\n"
    for tag in ("【图文】", "[转载]", "【原创】【置顶】"):
        report = reportparse.parse_text(tag + "丽水市农业农村局2022年政府信息公开工作年度报告" + body)
        assert report.title == "丽水市农业农村局2022年政府信息公开工作年度报告"
        assert report.issuer.name == "丽水市农业农村局" and report.year == 2022
        assert report.value("requests.new") == 13
    # a year in brackets is no CMS tag: the title keeps it
    kept = reportparse.parse_text("【2022】丽水市农业农村局2022年政府信息公开工作年度报告" + body)
    assert kept.title.startswith("【2022】")
