"""Crawler damage the campaign (tools/crawler_attack.py, seed 87) read WRONG, now left unread and said, and the near
case that must stay read:
- a table 三 row of eight figures whose last figure a hard wrap cut ('2.其他法律行政法规禁止公开 0 22 0 0 0 0 2' / '2',
  for 0|22|0|0|0|0|22): dropping the 22 as a page's stray number made the total hold (0 … 2 / 2) and the row was read
  shifted; joining the two pieces of the cut figure holds too — two readings, none chosen
  (extract/table3_cut._stray_dropped);
- a page's bare number alone on its line among the row's figures, where no joining at a line break holds: still
  dropped, the row read."""
from conftest import tool_module

import reportparse

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
KEY = "requests.denied.prohibited_by_law"
CUT = "2.其他法律行政法规禁止公开 0 22 0 0 0 0 2\n2\n"


def _row(got: dict, key: str) -> list:
    return [got.get(f"{key}|applicant={a}") for a in APPLICANTS]


def _document() -> tuple[str, dict]:
    layout, classes, text, truth = CA.damaged(8700080)      # an invented report, a row a line, wrapped
    assert (layout, classes) == ("rows", ["hard_wrap"]) and text.count(CUT) == 1
    assert _row(truth, KEY) == [0, 22, 0, 0, 0, 0, 22]
    return text, truth


def test_a_cut_figure_that_also_reads_as_a_stray_number_dropped_is_not_read():
    text, truth = _document()
    report = reportparse.parse_text(text)
    got = report.values()
    assert _row(got, KEY) == [None] * 7
    assert any("禁止公开" in str(w) and "joined" in str(w) and "not read" in str(w) for w in report.warnings)
    # the rows around it are read as before
    for key in ("requests.denied.state_secret", "requests.denied.security_stability", "requests.denied.third_party"):
        assert _row(got, key) == _row(truth, key), key
    assert _row(got, "requests.denied.third_party") == [246, 0, 322, 0, 341, 0, 909]


def test_a_pages_number_alone_on_its_line_among_the_figures_is_still_dropped():
    text, _ = _document()
    report = reportparse.parse_text(text.replace(CUT, "2.其他法律行政法规禁止公开 0 22 0 0\n7\n0 0 22\n"))
    assert _row(report.values(), KEY) == [0, 22, 0, 0, 0, 0, 22]
    cell = report.get(KEY, applicant="commercial")
    assert cell.raw == "22" and "page's number" in cell.source.note
