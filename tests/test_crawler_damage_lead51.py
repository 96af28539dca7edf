"""Crawler damage the campaign (tools/crawler_attack.py, seeds 92 and 93) lost rows to, each read now, and the near
cases that must stay as they were:
- a pipe row hard-wrapped twice, once inside its label and once among its figures, in a text that sets a blank line
  after every line ('| 2.申请人逾期…其政府' / '' / '信息公开申请 | 242 | … | ' / '' / '15 | 62 | 1057 |'): the blank line
  hid the label's first piece, so the row was not known as wrapped and its last figures were left behind
  (extract/line_damage.label_wrapped passes over a blank line after a line the wrap cut at its width);
- a legacy appendix row printed a cell a line whose unit line and page chrome stand between its label and all its
  figures (行政复议数 / 件 / 【打印本页】【关闭窗口】 / 1 / 62): the row was 'printed but no figure follows it'
  (extract/fragments.past_chrome, unprinted)."""
from conftest import tool_module

import reportparse
from reportparse.extract.fragments import PAST_CHROME

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
FEE_UNPAID = "requests.other.fee_unpaid"


def _row(got: dict, key: str) -> list:
    return [got.get(f"{key}|applicant={a}") for a in APPLICANTS]


# ---------------------------------------------------------------- a label and its figures wrapped, blank lines between

CUT_LABEL = "其政府\n\n信息公开申请 | 242 | 371 | 182 | 185 | \n\n15 | 62 | 1057 |"


def _twice_wrapped() -> tuple[str, dict]:
    layout, classes, text, truth = CA.damaged(9300083)      # an invented 2024 report, pipes wrapped at 33
    assert (layout, classes) == ("pipes", ["hard_wrap", "blank_lines", "page_chrome"]) and text.count(CUT_LABEL) == 1
    return text, truth


def test_a_pipe_row_wrapped_in_its_label_and_its_figures_is_read():
    text, truth = _twice_wrapped()
    report = reportparse.parse_text(text)
    got = report.values()
    assert _row(got, FEE_UNPAID) == _row(truth, FEE_UNPAID) == [242, 371, 182, 185, 15, 62, 1057]
    total = report.get(FEE_UNPAID, applicant="total")
    assert total.raw == "1057" and text[total.source.span[0]:total.source.span[1]] == "1057"
    assert not [w for w in report.warnings if "缴纳费用" in str(w) or FEE_UNPAID in str(w)]
    # the rows around it read as before
    assert _row(got, "requests.other.misc") == [391, 331, 248, 154, 161, 84, 1369]


def test_a_label_line_short_of_the_wrap_width_before_the_blank_line_is_no_wrap():
    # one space more ends the label's first line past the width: no wrap cut it, the blank line is the text's own, and
    # the figures after the row's line are not taken as its cells (the row stays unread, said)
    text, _ = _twice_wrapped()
    report = reportparse.parse_text(text.replace(CUT_LABEL, CUT_LABEL.replace("其政府\n", "其政府 \n")))
    assert _row(report.values(), FEE_UNPAID) == [None] * 7
    assert any("缴纳费用" in str(w) and "4 cells where the template has 7" in str(w) for w in report.warnings)


# ---------------------------------------------------------------- a legacy row's unit and chrome before its figures

CHROMED = "行政复议数\n件\n【打印本页】【关闭窗口】\n1\n62\n行政诉讼数"


def _chromed_legacy() -> str:
    layout, classes, text, truth = CA.damaged(9200060)      # an invented 2013 appendix, a cell a line
    assert (layout, classes) == ("legacy", ["full_width", "page_chrome"]) and text.count(CHROMED) == 1
    assert (truth["review.total"], truth["review.total|period=cumulative"]) == (1, 62)
    return text


def test_a_legacy_row_whose_figures_all_follow_the_chrome_is_read():
    report = reportparse.parse_text(_chromed_legacy())
    year, total = report.get("review.total"), report.get("review.total", period="cumulative")
    assert (year.value, total.value) == (1, 62)
    assert year.source.note == PAST_CHROME and year.source.text.startswith("行政复议数\n件\n【打印本页】")
    assert report.get("litigation.total").value == 6
    assert not [w for w in report.warnings if "行政复议数" in str(w)]


def test_words_that_are_no_chrome_before_the_figures_leave_the_row_unread():
    # a line of words a row's label may be (not a page's chrome): the figures after it are not known to be this row's
    text = _chromed_legacy().replace(CHROMED, CHROMED.replace("【打印本页】【关闭窗口】", "其中行政复议案件"))
    report = reportparse.parse_text(text)
    assert report.get("review.total") is None or report.get("review.total").value is None
    assert any("行政复议数" in str(w) for w in report.warnings)
