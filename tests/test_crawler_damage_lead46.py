"""Crawler damage the campaign (tools/crawler_attack.py, seed 78) lost rows of a table printed as PDF-text rows
(`label v v …`) to:

- a page's chrome a crawler kept between a row and the tail a fixed-width wrap cut off it ("4.保护第三方合法权益 0 203
  0 0 0 43" / 来源：区政府办公室 / "246"): the row was read one cell short, its total's cell "not printed". The chrome
  line is blanked with its break (layout/text.blank_chrome_in_figure_rows), the tail read as a wrap alone leaves it; a table printed
  a figure a line keeps its chrome as before, and words that are no chrome stay;
- a footnote mark after the last figure of a row whose figure a wrap cut in two ("… 187 16" / "5 314 1067※"): the
  re-joining of the cut figure (tables._cut_at_line_breaks) looked for bare digits only.
"""
import pytest
from conftest import tool_module

import reportparse
from reportparse.layout import text as text_layer

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
SEED = 7800045          # an invented 2021 report, its tables printed as `label v v …` rows


def _row(got: dict, key: str) -> list:
    return [got.get(f"{key}|applicant={a}") for a in APPLICANTS]


def _document(old: str, new: str) -> tuple[str, dict]:
    layout, text, truth = CA.document(SEED)
    assert layout == "rows" and old in text
    return text.replace(old, new), truth


@pytest.mark.parametrize("chrome", ["来源：区政府办公室", "【打印本页】【关闭窗口】", "发布日期：2022-01-20"])
def test_chrome_between_a_row_and_its_wrapped_tail_is_blanked(chrome):
    text, truth = _document("4.保护第三方合法权益 0 203 0 0 0 43 246\n",
                            f"4.保护第三方合法权益 0 203 0 0 0 43 \n{chrome}\n246\n")
    assert _row(truth, "requests.denied.third_party") == [0, 203, 0, 0, 0, 43, 246]
    report = reportparse.parse_text(text)
    assert _row(report.values(), "requests.denied.third_party") == [0, 203, 0, 0, 0, 43, 246]
    assert not [w for w in report.warnings if "third_party" in str(w)]


def test_the_tail_may_hold_several_figures_and_a_blank_line_may_follow_the_chrome():
    text, truth = _document("4.无正当理由大量反复申请 29 309 63 187 165 314 1067\n",
                            "4.无正当理由大量反复申请 29 309 63 187 \n来源：区政府办公室\n\n165 314 1067\n")
    got = reportparse.parse_text(text).values()
    assert _row(got, "requests.not_processed.excessive") == [29, 309, 63, 187, 165, 314, 1067]


def test_what_is_blanked_and_what_is_not():
    row = "4.保护第三方合法权益 0 203 0 0 0 43 \n来源：区政府办公室\n246\n"
    assert text_layer.blank_chrome_in_figure_rows(row) == "4.保护第三方合法权益 0 203 0 0 0 43 \n" + " " * 10 + "246\n"
    # a figure alone above (a table printed a cell a line), a label after, words that are no chrome: kept
    for kept in ("自然人\n43\n来源：区政府办公室\n246\n", "4.保护第三方合法权益 0 203 0 0 0 43 \n来源：区政府办公室\n5.属于三类内部事务信息 1 2\n",
                 "4.保护第三方合法权益 0 203 0 0 0 43 \n来源于群众反映\n246\n"):
        assert text_layer.blank_chrome_in_figure_rows(kept) == kept


def test_a_footnote_mark_after_a_row_whose_figure_a_wrap_cut():
    text, truth = _document("4.无正当理由大量反复申请 29 309 63 187 165 314 1067\n",
                            "4.无正当理由大量反复申请 29 309 63 187 16\n5 314 1067※\n")
    got = reportparse.parse_text(text).values()
    assert _row(got, "requests.not_processed.excessive") == [29, 309, 63, 187, 165, 314, 1067]
