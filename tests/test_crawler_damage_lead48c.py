"""Crawler damage the campaign (tools/crawler_attack.py, seed 86) lost a row to: a page's chrome a crawler kept between a
pipe row a hard wrap cut open after a figure ('| 2.没有现成信息需要另行制作 | 288 | 213 ') and its next piece ('| 392 | …'):
the row read two cells of seven. The chrome goes with its line break (layout/text.blank_chrome_in_figure_rows), the
pieces read as a wrap alone leaves them; chrome after a closed row, and words that are no chrome, stay."""
import pytest
from conftest import tool_module

import reportparse
from reportparse.layout import text as text_layer

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
ROW = "| 2.没有现成信息需要另行制作 | 288 | 213 | 392 | 319 | 254 | 134 | 1600 |"


@pytest.mark.parametrize("chrome", ["来源：区政府办公室", "【打印本页】【关闭窗口】", "扫一扫在手机打开当前页"])
def test_chrome_between_a_wrapped_pipe_rows_pieces(chrome):
    layout, text, truth = CA.document(8600124)      # an invented report, its tables in pipes
    assert layout == "pipes" and text.count(ROW) == 1
    report = reportparse.parse_text(text.replace(ROW, ROW.replace("| 213 | 392", f"| 213 \n{chrome}\n| 392")))
    got = report.values()
    row = [got.get(f"requests.unable.needs_creation|applicant={a}") for a in APPLICANTS]
    assert row == [truth[f"requests.unable.needs_creation|applicant={a}"] for a in APPLICANTS] \
        == [288, 213, 392, 319, 254, 134, 1600]
    assert not [w for w in report.warnings if "另行制作" in str(w)]


def test_the_blanking_keeps_offsets_and_only_chrome_after_an_open_row():
    text = "| 2.没有现成信息需要另行制作 | 288 | 213 \n【打印本页】\n| 392 | 319 |\n"
    blanked = text_layer.blank_chrome_in_figure_rows(text)
    assert len(blanked) == len(text)
    assert blanked.split("\n") == ["| 2.没有现成信息需要另行制作 | 288 | 213 " + " " * len("\n【打印本页】"), "| 392 | 319 |", ""]
    for kept in ("| 2.没有现成信息需要另行制作 | 288 | 213 |\n【打印本页】\n| 392 | 319 |\n",   # the row above closed
                 "| 2.没有现成信息需要另行制作 | 288 | 213 \n说明文字\n| 392 | 319 |\n",         # words that are no chrome
                 "| 2.没有现成信息需要另行制作 | 288 | 213 \n【打印本页】\n五、存在的主要问题\n"):  # no pipe piece after it
        assert text_layer.blank_chrome_in_figure_rows(kept) == kept
