"""Crawler damage the campaign (tools/crawler_attack.py, seed 80) lost a row of a table printed a cell a line to: a
page's chrome a crawler kept between the two pieces of a label a wrap cut (0 / 6.属于四类 / 【打印本页】 / 过程性信息 / 191):
the label was not found, its row "not in the document". The chrome line goes with its line break
(layout/text.blank_chrome_in_figure_rows), the pieces read as a wrap alone leaves them; words that are no chrome, and
chrome that stands anywhere but between a label's pieces in such a table, stay."""
import pytest
from conftest import tool_module

import reportparse
from reportparse.layout import text as text_layer

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
SEED = 8100006          # an invented 2021 report, its tables printed a cell a line
ROW = "\n6.属于四类过程性信息\n191\n"


def _row(got: dict) -> list:
    return [got.get(f"requests.denied.process_info|applicant={a}") for a in APPLICANTS]


def _document(new: str) -> tuple[str, dict]:
    layout, text, truth = CA.document(SEED)
    assert layout == "cells" and text.count(ROW) == 1
    return text.replace(ROW, new), truth


@pytest.mark.parametrize("chrome", ["【打印本页】【关闭窗口】", "来源：区政府办公室", "发布日期：2022-01-20", "扫一扫在手机打开当前页"])
def test_chrome_between_a_labels_pieces_is_blanked(chrome):
    text, truth = _document(f"\n6.属于四类\n{chrome}\n过程性信息\n191\n")
    assert _row(truth) == [191, 339, 180, 153, 148, 250, 1261]
    report = reportparse.parse_text(text)
    assert _row(report.values()) == [191, 339, 180, 153, 148, 250, 1261]
    assert not [w for w in report.warnings if "process_info" in str(w)]


def test_the_blanking_keeps_offsets_and_only_chrome():
    text = "0\n6.属于四类\n【打印本页】\n过程性信息\n191\n"
    blanked = text_layer.blank_chrome_in_figure_rows(text)
    assert len(blanked) == len(text)
    assert blanked.split("\n") == ["0", "6.属于四类" + " " * len("\n【打印本页】"), "过程性信息", "191", ""]
    # words that are no chrome between the pieces stay, and so does chrome not between two pieces under a figure
    for kept in ("0\n6.属于四类\n其他说明文字\n过程性信息\n191\n",
                 "说明文字\n6.属于四类\n【打印本页】\n过程性信息\n191\n",       # no figure above: no table a cell a line
                 "0\n6.属于四类\n【打印本页】\n过程性信息。\n191\n"):              # a sentence, no label piece
        assert text_layer.blank_chrome_in_figure_rows(kept) == kept
    # a figure right after the chrome, under a label with a figure above it: a label and its first figure a cell a line,
    # blanked since stop 48 (a legacy table read the chrome as a row of its own; tests/test_crawler_damage_lead48.py)
    assert text_layer.blank_chrome_in_figure_rows("0\n6.属于四类\n【打印本页】\n191\n").split("\n")[1] == \
        "6.属于四类" + " " * len("\n【打印本页】")
