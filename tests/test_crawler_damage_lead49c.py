"""Crawler damage the campaign (tools/crawler_attack.py, seed 89) lost a row to, read now, and the near case that must
stay unread: a page's chrome between a table 三 row's label and its figures printed a cell a line, in a text that
prints a run of equal cells once ('1.本机关不掌握相关政府信息' / 【打印本页】【关闭窗口】 / 0 / 259 / 0 / 18 / 0 / 277 for
0|0|259|0|18|0|277): six figures after the chrome, so the row was 'printed with no figure' — the chrome is passed over
where the text collapses runs, and the row read as runs only where the table's arithmetic settles them
(extract/table3_cut.past_label_furniture). In a text that prints every cell, six figures there stay unread."""
from conftest import tool_module

import reportparse

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
KEY = "requests.unable.not_held"
CUT = "1.本机关不掌握相关政府信息\n【打印本页】【关闭窗口】\n0\n259\n0\n18\n0\n277\n"


def _row(got: dict, key: str) -> list:
    return [got.get(f"{key}|applicant={a}") for a in APPLICANTS]


def test_chrome_after_a_label_in_a_collapsed_text_is_passed_over():
    layout, classes, text, truth = CA.damaged(8900199)      # an invented report, a cell a line, runs printed once
    assert (layout, classes) == ("cells", ["collapse_repeats", "page_chrome"]) and text.count(CUT) == 1
    report = reportparse.parse_text(text)
    got = report.values()
    assert _row(got, KEY) == _row(truth, KEY) == [0, 0, 259, 0, 18, 0, 277]
    cell = report.get(KEY, applicant="legal_service")
    assert cell.raw == "18" and "furniture" in cell.source.note and "collapsed run" in cell.source.note
    for key in ("requests.denied.state_secret", "requests.denied.security_stability"):
        assert _row(got, key) == _row(truth, key), key
    assert not [w for w in report.warnings if "不掌握" in str(w)]


def test_six_figures_after_chrome_in_a_text_printing_every_cell_stay_unread():
    layout, text, truth = CA.document(8900199)          # the same report undamaged: every cell printed
    whole = "1.本机关不掌握相关政府信息\n0\n0\n259\n0\n18\n0\n277\n"
    assert layout == "cells" and text.count(whole) == 1
    report = reportparse.parse_text(text.replace(whole, CUT))
    assert _row(report.values(), KEY) == [None] * 7
    assert any("不掌握" in str(w) and "not read" in str(w) for w in report.warnings)
    assert _row(reportparse.parse_text(text).values(), KEY) == [0, 0, 259, 0, 18, 0, 277]
