"""PDF damage classes read at stop 52 (pdf52), found by tools/pdf_attack.py.

- A borderless table of one row of figures (table 四), its figures tracked 0.8 em and set flush right
  under header words centred in their cells: each figure's digits stand apart ('2 6'), and
  pdf_spaced asks whether the table settles them as one figure. A joined figure had to stand in
  line with its column's other figures, or, with none (one row), under a header word centred on it:
  never so for flush-right figures, and the whole row was unread (seed 96 doc 37: 15 lost). The row
  shows its columns itself: as many figures as the header's bottom-level words, each word's nearest
  figure the one of its place, one edge of each (here the right) at one step (equal columns). A chain
  that took a digit of the neighbouring cell sticks out of that step by a digit, and one-digit
  figures of narrower columns would be more than the words (pdf_spaced._row_in_line,
  `row_line_evidence`).
"""
import pytest
from pdf_variants import read_county, wrong_values

from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT
from reportparse.layout.pdf_spaced import unsettled_rows

T4 = ("review.upheld", "review.corrected", "review.other", "review.pending", "review.total",
      "litigation.direct.upheld", "litigation.direct.total", "litigation.after_review.pending",
      "litigation.after_review.total")


@pytest.mark.parametrize("template, seed", [("2021", 832120), ("2021", 11), ("2019", 12)])
def test_one_row_of_tracked_flush_right_figures_under_centred_words_is_read(template, seed):
    # (before: table 四's row unread, 'digits spaced apart ... the table's columns do not settle': 15 lost)
    got, want, report = read_county(template, seed, rules="horizontal", right_figures=True, figure_lead="",
                                    figure_spacing=0.8, spaced_every=1)
    assert wrong_values(got, want) == {}
    for key in T4:
        assert got[key] == want[key], key
    if template == "2021":              # (2019's table 二 keeps pdf42's leftover: figures of one width)
        assert [k for k, v in got.items() if v is None] == []
        assert not any("digits spaced apart" in w for w in report.warnings)


H, DIGIT, PITCH, CELL = 7.5, 3.75, 6.75, 33.0          # a digit tracked 0.8 em; columns 33 pt apart


def _run(text, right):
    """A figure's digits tracked at PITCH, set flush right at `right`, joined (spaced when two or more)."""
    x = right - (len(text) - 1) * PITCH - DIGIT
    items = [Item(ch, x + k * PITCH, 100.0, x + k * PITCH + DIGIT, 100.0 + H) for k, ch in enumerate(text)]
    return Run(items, text, items[0].x0, 100.0, items[-1].x1, 100.0 + H, True, len(text) > 1)


def _table(figures, words=None):
    """One row of figures flush right in columns CELL wide from x=50, under words centred on each column."""
    runs = [_run(f, 50.0 + CELL * (k + 1) - 2.5) for k, f in enumerate(figures) if f]
    n = len(figures) if words is None else words
    leaves = [(50.0 + CELL * k + CELL / 2 - 12.0, 50.0 + CELL * k + CELL / 2 + 12.0) for k in range(n)]
    return [Band(runs, 100.0, 100.0 + H)], leaves


def _columns(spans):
    return [[a, b] for a, b in sorted(spans)]


def test_a_row_of_figures_at_one_step_one_under_each_word_settles_its_spaced_digits():
    rows, leaves = _table(["26", "22", "16", "2", "66", "18"])
    assert unsettled_rows(rows, leaves, _columns, DEFAULT_PDF_LAYOUT.row_line_evidence) == set()


@pytest.mark.parametrize("figures, words", [
    (["26", "22", "16", "2", "66", "18"], 7),   # a word more than the figures: a column's figure lost
    (["26", "22", "16"], None),                 # too few figures to show the columns
])
def test_guard_a_row_short_of_evidence_stays_unsettled(figures, words):
    rows, leaves = _table(figures, words)
    assert unsettled_rows(rows, leaves, _columns, DEFAULT_PDF_LAYOUT.row_line_evidence) == {0}


def test_guard_a_chain_that_took_its_neighbours_digit_stays_unsettled():
    # '26' and '22': the chain ran on over the next cell's first digit ('2 6 2' | '2'): its right edge
    # stands a column on, its neighbour's a digit short of the step
    rows, leaves = _table(["26", "22", "16", "2", "66", "18"])
    band = rows[0]
    a, b = band.runs[0], band.runs[1]
    took = Run(a.items + b.items[:1], "262", a.x0, a.top, b.items[0].x1, a.bottom, True, True)
    left = Run(b.items[1:], "2", b.items[1].x0, b.top, b.x1, b.bottom, True, False)
    rows = [Band([took, left] + band.runs[2:], band.top, band.bottom)]
    assert unsettled_rows(rows, leaves, _columns, DEFAULT_PDF_LAYOUT.row_line_evidence) == {0}
