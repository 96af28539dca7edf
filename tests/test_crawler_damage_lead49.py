"""Crawler damage the campaign (tools/crawler_attack.py, seed 87) read WRONG, now left unread and said, and the near
case that must stay read:
- a table 三 row of eight figures whose last figure a hard wrap cut ('2.其他法律行政法规禁止公开 0 22 0 0 0 0 2' / '2',
  for 0|22|0|0|0|0|22): dropping the 22 as a page's stray number made the total hold (0 … 2 / 2) and the row was read
  shifted; joining the two pieces of the cut figure holds too — two readings, none chosen
  (extract/table3_cut._stray_dropped);
- a page's bare number alone on its line among the row's figures, where no joining at a line break holds: still
  dropped, the row read;
- a pipe row a hard wrap cut right after its label's closing pipe, its unit cell opening the next line without a
  pipe ('| （二）部分公开（…） |' / ' 件 | 60 | 5 | 289 | 70 | 256 | 1' / '56 | 836 |'): the row was read from its label's
  line alone and lost (extract/row_cells._WRAPPED_REST: the unit cell's opening pipe may be the line above's);
- a page's chrome between the two figures of a legacy row printed a cell a line, the figure after it carrying a
  footnote mark ('行政复议数' / 件 / 9 / 扫一扫在手机打开当前页 / 71①): the loader took the chrome for the page's end and
  cut the rest of the table off (layout/text._among_figures), and the legacy reader did not pass over it
  (patterns.chrome_lines_only): a cell's mark after a figure is a figure line still."""
from conftest import tool_module

import reportparse
from reportparse.layout.text import load_text

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


PARTIAL = "requests.partially_granted"
WRAPPED_UNIT = " 件 | 60 | 5 | 289 | 70 | 256 | 1\n56 | 836 |"


def test_a_pipe_row_wrapped_after_its_labels_closing_pipe_is_read_with_its_unit_cell():
    layout, classes, text, truth = CA.damaged(8700171)     # an invented report, a pipe table wrapped at a width
    assert layout == "pipes" and "unit_column" in classes and text.count("不计其他情形） |\n" + WRAPPED_UNIT) == 1
    report = reportparse.parse_text(text)
    assert _row(report.values(), PARTIAL) == _row(truth, PARTIAL) == [60, 5, 289, 70, 256, 156, 836]
    cut = report.get(PARTIAL, applicant="other_org")
    assert cut.raw.replace("\n", "") == "156" and cut.unit == "件"
    assert not [w for w in report.warnings if "部分公开" in str(w)]


def test_a_wrapped_line_with_words_after_a_closed_label_is_no_rest_of_its_row():
    # the same place with a word cell after the unit: no row's rest (a label the search does not know); not read
    layout, classes, text, truth = CA.damaged(8700171)
    report = reportparse.parse_text(text.replace(WRAPPED_UNIT, " 件 | 另计 | 60 | 5 | 289 | 70 | 256 | 1\n56 | 836 |"))
    assert _row(report.values(), PARTIAL) == [None] * 7
    assert any("部分公开" in str(w) for w in report.warnings)


CHROME = "行政复议数\n件\n9\n扫一扫在手机打开当前页\n71①\n"


def _legacy_document() -> tuple[str, dict]:
    layout, classes, text, truth = CA.damaged(8700092)      # an invented 2013 report, its table a cell a line
    assert layout == "legacy" and text.count(CHROME) == 1
    return text, truth


def test_chrome_between_a_legacy_rows_figures_before_a_marked_figure_is_no_pages_end():
    text, truth = _legacy_document()
    assert "接受行政申诉、举报数" in load_text(text).text
    got = reportparse.parse_text(text).values()
    for key in ("review.total", "litigation.total", "complaints.total"):
        assert [got.get(key), got.get(f"{key}|period=cumulative")] == [truth[key], truth[f"{key}|period=cumulative"]]
    assert [got["review.total"], got["review.total|period=cumulative"], got["complaints.total|period=cumulative"]] \
        == [9, 71, 69]


def test_chrome_after_a_marked_figure_and_before_the_pages_footer_still_ends_the_page():
    text, _ = _legacy_document()
    end = text.index("接受行政申诉、举报数")
    cut = text[:end] + "扫一扫在手机打开当前页\n版权所有：青禾区人民政府办公室\n网站地图 | 联系我们\n" + "附加说明文字。\n" * 3
    loaded = load_text(cut).text
    assert "71" in loaded and "版权所有" not in loaded
