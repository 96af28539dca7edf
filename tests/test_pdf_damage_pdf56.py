"""PDF damage class read at stop 56 (pdf56): full-width figures tracked (0.55-0.8 em: each digit an em
wide, 0.55-0.8 em apart) in a borderless table, set flush right in wide cells, the largest loss of the
campaign's drawings where drawn (`tools/pdf_attack.py --with fullwidth_tracked`; a sweep of 24 such
reports, both templates, centred or flush right, no rules or rules between rows: 1,556 of 4,776
values read at the start, none wrong).

A row's figures stand right of their header words, and a two-digit figure's second digit stands past
the middle between its word and the next ('２ ４' under 本年制发件数, its 4 nearer 本年废止件数's
middle). pdf_spaced.split_figures took every such run for a chain over two cells, split it into
digits, and found two digits under one word: the part unread. A row standing one figure to a header
word, as many as the words (three at least: `rows_line_columns`), each word's nearest figure the one
of its place, one edge of each at one step, holds no chain over two cells (`pdf_spaced._placed`): a
chain that took a digit of the neighbouring cell sticks out of the step by a digit, and leaves more
runs or fewer than words.
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


def _draw(template, seed, **writer):
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.county_report(buf, WHO, template, seed, fullwidth_figures=True, spaced_every=1, **writer)
    return buf.getvalue(), exp["values"]


def _values(data, want, layout=DEFAULT_PDF_LAYOUT):
    got = parse_document(load_pdf(data, DEFAULT_SETTINGS, layout=layout)).values()
    return {k: got.get(k) for k in want}


def _t2(part, columns):
    return [f"disclosure.{part}.{c}" for c in columns]


# ---------------------------------------------------------------- flush right: no chain where the row stands placed

FLUSH = [
    # (template, seed, tracking, rules, the keys read now)
    ("2019", 16, 0.55, "none", _t2("regulations", ("made", "published", "published_total"))
     + _t2("normative_docs", ("made", "published", "published_total"))
     + _t2("licensing", ("items_prev_year", "items_change", "decisions"))),
    ("2019", 16, 0.55, "horizontal", _t2("regulations", ("made", "published", "published_total"))
     + _t2("other_services", ("items_prev_year", "items_change", "decisions"))),
    ("2019", 18, 0.7, "none", _t2("regulations", ("made", "published", "published_total"))
     + _t2("normative_docs", ("made", "published", "published_total"))
     + _t2("penalty", ("items_prev_year", "items_change", "decisions"))),
]


@pytest.mark.parametrize("template, seed, tracking, rules, keys", FLUSH)
def test_full_width_figures_tracked_flush_right_are_read_where_their_row_stands_one_to_a_word(
        template, seed, tracking, rules, keys):
    # (before: each of these rows split into digits, two under one word: the parts unread)
    data, want = _draw(template, seed, figure_spacing=tracking, rules=rules, right_figures=True)
    got = _values(data, want)
    assert wrong_values(got, want) == {}
    for key in keys:
        assert got[key] == want[key], key


def test_with_the_row_figures_out_of_reach_a_placed_row_is_split_as_before():
    data, want = _draw("2019", 16, figure_spacing=0.55, rules="none", right_figures=True)
    key = "disclosure.regulations.published"
    on = _values(data, want)
    off = _values(data, want, DEFAULT_PDF_LAYOUT.with_(rows_line_columns=99))
    assert on[key] == want[key]
    assert off[key] is None
    assert wrong_values(off, want) == {}


def test_placed_rows_render_one_figure_a_cell():
    data, want = _draw("2019", 18, figure_spacing=0.7, rules="none", right_figures=True)
    doc = load_pdf(data, DEFAULT_SETTINGS)
    row = next(line for line in doc.text.splitlines() if line.startswith("| 规章 |"))
    cells = [c.strip().replace(" ", "") for c in row.strip("|").split("|")]
    assert cells[1:] == [str(want[f"disclosure.regulations.{c}"]) for c in ("made", "published", "published_total")]


def test_a_chain_over_two_cells_in_a_row_not_placed_is_still_split():
    # the pdf41/pdf52 guard: a row with fewer runs than words (a chain took two cells' digits) is no placed row
    from reportparse.layout.pdf_spaced_split import _placed

    class R:
        def __init__(self, x0, x1):
            self.x0, self.x1, self.h, self.text = x0, x1, 8.0, "12"
    words = [(240.0, 288.0), (355.0, 403.0), (470.0, 518.0)]
    assert _placed([R(305.5, 327.1), R(420.5, 442.1), R(535.5, 557.1)], words, 3)
    assert not _placed([R(305.5, 442.1), R(535.5, 557.1)], words, 3)            # a chain over two cells
    assert not _placed([R(305.5, 327.1), R(434.1, 455.7), R(535.5, 557.1)], words, 3)   # a digit off the step
    assert not _placed([R(305.5, 327.1), R(420.5, 442.1), R(535.5, 557.1)], words, 0)   # (0: never)
