"""PDF damage classes read at stop 57 (pdf57), found with a new drawing of the campaign
(`tools/pdf_attack.py --with t2_break_tracked`): table 二 over a page break, borderless (no rules,
three-line, rules between rows), its figures tracked (0.55-0.8 em, centred or flush right). A sweep of
108 such reports (both templates, every break place, cut inside a row or not) read 21,221 of 21,480
values at the start, none wrong; drawn without the break, every value.

- A part's header rows left at the foot of a page, its rows on the next with no header word over
  them: their spaced digits ('2 7 3') settled nothing, the part unread (6-10 values a report). Two
  rows or more of as many figures (`headless_row_figures`, 3, at least), one edge of each at one
  step and at the same places row under row, show their equal columns themselves
  (pdf_spaced._rows_stepped: a chain that took a digit of the neighbouring cell sticks out of the
  step by a digit).
  Such rows name the table's columns as header words do: the 2021 parts of one figure a row under
  them (行政许可 | 2 9 8 8) are settled as under a header naming as many columns as the figures make
  (pdf_spaced._stepped_columns).
- A row alone at the top of the page, under its table's rows read at the foot of the page before:
  one row of figures with no header word was no table ("digits spaced apart outside any table").
  It is one where its figures stand at the places of a row as many settled before, the page
  before's (pdf_spaced.told_row), and its spaced digits are settled so.
"""
import io

import pytest

from reportparse.api import parse_document
from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT
from reportparse.settings import DEFAULT_SETTINGS

from conftest import pdf_fixture_generator
from pdf_variants import wrong_values

WHO = "清水县人民政府"


def _draw(template, seed, at, cut, rules, tracking, right):
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.county_report(buf, WHO, template, seed, t2_split=gen.variants3.t2_across_pages(at, cut, False),
                            rules=rules, figure_spacing=tracking, spaced_every=1, right_figures=right)
    return buf.getvalue(), exp["values"]


def _values(data, want, layout=DEFAULT_PDF_LAYOUT):
    got = parse_document(load_pdf(data, DEFAULT_SETTINGS, layout=layout)).values()
    return {k: got.get(k) for k in want}


def _read(template, seed, at, cut, rules, tracking, right, keys):
    """The drawing's `keys` read as drawn, and no value wrong."""
    data, want = _draw(template, seed, at, cut, rules, tracking, right)
    got = _values(data, want)
    assert wrong_values(got, want) == {}
    for key in keys:
        assert got[key] == want[key], key


def _keys(part, columns):
    return [f"disclosure.{part}.{c}" for c in columns]


T19 = ("made", "published", "published_total")
T21 = ("issued", "repealed", "in_force")
ITEMS = ("items_prev_year", "items_change", "decisions")
# the 2021 parts of one figure a row under the stepped rows (their columns named by them: _stepped_columns)
ONES = ["disclosure.licensing.decisions", "disclosure.penalty.decisions", "disclosure.coercion.decisions",
        "disclosure.fees.amount"]

# ---------------------------------------------------------------- a part's header left at the foot

FOOT = [
    # (template, seed, break before row, cut, rules, tracking, flush right, the keys read now)
    ("2019", 17, 2, False, "none", 0.8, True, _keys("regulations", T19) + _keys("normative_docs", T19)),
    ("2019", 45, 6, True, "three_line", 0.7, False, _keys("licensing", ITEMS) + _keys("other_services", ITEMS)),
    ("2019", 73, 10, False, "horizontal", 0.55, True, _keys("penalty", ITEMS) + _keys("coercion", ITEMS)),
    ("2019", 88, 6, False, "horizontal", 0.8, True, _keys("licensing", ITEMS) + _keys("other_services", ITEMS)),
    ("2021", 17, 2, True, "three_line", 0.7, False, _keys("regulations", T21) + _keys("normative_docs", T21) + ONES),
    ("2021", 17, 2, False, "none", 0.8, True, _keys("regulations", T21) + _keys("normative_docs", T21) + ONES),
]


@pytest.mark.parametrize("template, seed, at, cut, rules, tracking, right, keys", FOOT)
def test_a_parts_rows_under_its_header_left_at_the_foot_of_the_page_before_are_read(
        template, seed, at, cut, rules, tracking, right, keys):
    # (before: their spaced digits settled by nothing, the part unread)
    _read(template, seed, at, cut, rules, tracking, right, keys)


def test_with_the_rows_evidence_out_of_reach_the_part_stays_unread():
    data, want = _draw("2019", 45, 6, False, "three_line", 0.7, False)
    off = _values(data, want, DEFAULT_PDF_LAYOUT.with_(headless_row_figures=99))
    assert off["disclosure.licensing.decisions"] is None
    assert wrong_values(off, want) == {}


# ---------------------------------------------------------------- a row alone at the top of the page

TOP = [
    ("2019", 24, 3, False, "none", 0.7, False, _keys("normative_docs", T19)),
    ("2019", 52, 7, True, "three_line", 0.7, False, _keys("other_services", ITEMS)),
    ("2019", 80, 11, False, "horizontal", 0.8, True, _keys("coercion", ITEMS)),
    ("2019", 80, 11, True, "none", 0.55, False, _keys("coercion", ITEMS)),
    ("2021", 24, 3, True, "horizontal", 0.7, False, _keys("normative_docs", T21)),
]


@pytest.mark.parametrize("template, seed, at, cut, rules, tracking, right, keys", TOP)
def test_a_row_alone_at_the_top_of_the_page_is_read_at_the_places_of_the_rows_before(
        template, seed, at, cut, rules, tracking, right, keys):
    # (before: one row of spaced digits with no header word, "outside any table")
    _read(template, seed, at, cut, rules, tracking, right, keys)


def test_the_row_alone_renders_one_figure_a_cell():
    data, want = _draw("2019", 24, 3, False, "none", 0.7, False)
    doc = load_pdf(data, DEFAULT_SETTINGS)
    row = next(line for line in doc.text.splitlines() if line.startswith("| 规范性文件 |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1:] == [str(want[k]) for k in _keys("normative_docs", T19)]


# ---------------------------------------------------------------- the rules themselves


class R:
    def __init__(self, x0, x1, top=100.0):
        self.x0, self.x1, self.top, self.h, self.text, self.spaced = x0, x1, top, 8.0, "12", True


class Row:
    def __init__(self, *figures):
        self.figures = list(figures)


class Told:
    def __init__(self, *rows):
        self._rows = [list(r) for r in rows]

    def rows(self):
        return self._rows


def test_rows_stepped_wants_two_rows_at_one_step_and_the_same_places():
    from reportparse.layout.pdf_spaced import _rows_stepped
    a = Row(R(300, 320), R(415, 435), R(530, 550))
    b = Row(R(290, 320), R(405, 435), R(520, 550))          # flush right, other lengths
    assert _rows_stepped(a.figures[0], [a, b], 2.4, 3)
    off = Row(R(290, 320), R(405, 449), R(530, 550))         # a chain took a digit of the next cell
    assert not _rows_stepped(a.figures[0], [a, off], 2.4, 3)
    assert not _rows_stepped(a.figures[0], [a], 2.4, 3)      # one row: nothing to compare
    assert not _rows_stepped(a.figures[0], [a, b], 2.4, 4)   # fewer figures than asked


def test_told_row_wants_a_settled_row_as_many_at_its_places():
    from reportparse.layout.pdf_spaced import told_row
    row = [R(300, 320), R(415, 435), R(530, 550)]
    assert told_row(row, Told([R(290, 320, 700), R(405, 435, 700), R(520, 550, 700)]), 2.4, 3)
    assert not told_row(row, Told([R(290, 310, 700), R(405, 435, 700), R(520, 550, 700)]), 2.4, 3)
    assert not told_row(row, Told([R(405, 435, 700), R(520, 550, 700)]), 2.4, 3)
    assert not told_row(row, (), 2.4, 3)


def test_stepped_columns_are_those_of_rows_alike_only():
    from reportparse.layout.pdf_spaced import _stepped_columns
    a = Row(R(300, 320), R(415, 435), R(530, 550))
    b = Row(R(290, 320), R(405, 435), R(520, 550))
    one = Row(R(400, 450))
    assert _stepped_columns([a, b, one], 2.4, 3) == 3
    assert _stepped_columns([a, one], 2.4, 3) == 0                                   # one row: none shown
    assert _stepped_columns([a, Row(R(290, 320), R(405, 449), R(530, 550)), one], 2.4, 3) == 0   # off the step
