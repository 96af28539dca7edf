"""PDF damage classes read at stop 53 (pdf53), found by tools/pdf_attack.py and tools/pdf_reports.

- A part of a borderless table of two rows (the 2019 table 二's 规章 / 规范性文件 parts: three
  columns, rules between rows), its figures tracked 0.8 em and set flush right under header words
  centred in their cells. A spaced figure ('2 7') has one other figure in its column ('5'): the two
  share the right edge and no other, and one figure's edges are each "the column's" alone, so the
  column does not tell which edge it keeps; no header word is centred on the figure (flush right),
  and a row of three is short of `row_line_evidence`: every row of the part was unread (2019 table
  二: 18 values a report). The rows tell it together: each row as many figures as the header's
  bottom-level words, one nearest each, one edge of each at one step, at the same places row under
  row (`rows_line_columns` figures a row at least; pdf_spaced._rows_in_line). A chain that took a
  digit of the neighbouring cell sticks out of its column by a digit, and one-digit figures of
  narrower columns are more than the words.
- A part of one row (the 2019 table 二's 政府集中采购: two figures under two words) shows no edge of
  its own; the parts above it, read, keep their columns' edges alone (flush right: figures of several
  lengths sharing the right edge only; the parts together where each part's columns hold figures of
  one length). A row whose figures, one nearest each header word, stand one
  edge each on the lines the page's tables read before keep is settled (`told_line_figures`;
  pdf_spaced.told_lines, row_on_lines); a part of one row whose figures stand far right of their
  header words (行政事业性收费: its 本年增/减 figure flush right in a wide cell, no word over it) is a
  table on the same evidence, where before it stayed text, its spaced digits unread.
- Two digits at one gap whose second goes on at a gap of its own, two digits more ('9' · '1 0 8': the
  last digit of one cell, the first of the next tracked figure, 9 pt apart by chance, '1 0 8' at 6.3)
  were joined first, left to right, into '9 1', leaving '0 8': neither read, and a table of one row
  (table 四) lost its 15 values. Tc spaces a figure's digits at one gap: the two equal gaps are the
  figure, the one gap before it chance (pdf_lines._chain_on).
"""
import pytest
from pdf_variants import read_county, spans_columns, wrong_values

from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_lines import letter_spaced
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT
from reportparse.layout.pdf_spaced import told_lines, unsettled_rows

TRACKED = dict(rules="horizontal", right_figures=True, figure_lead="", figure_spacing=0.8, spaced_every=1)
T2_PARTS = ("disclosure.regulations.", "disclosure.normative_docs.", "disclosure.licensing.",
            "disclosure.other_services.", "disclosure.penalty.", "disclosure.coercion.")


@pytest.mark.parametrize("seed", [15, 8, 23])
def test_two_row_parts_of_tracked_flush_right_figures_are_read(seed):
    # (before: each part's rows unread, 'set digits spaced apart ... do not settle': 18 values lost)
    got, want, report = read_county("2019", seed, **TRACKED)
    assert wrong_values(got, want) == {}
    keys = [k for k in want if k.startswith(T2_PARTS)]
    assert len(keys) == 18
    for key in keys:
        assert got[key] == want[key], key
    assert not any("'规章'" in w or "'行政许可'" in w for w in report.warnings)


H, DIGIT, PITCH, CELL = 7.5, 3.75, 10.05, 115.0        # digits tracked 0.8 em; columns 115 pt apart


def _run(text, right, top, edge="right"):
    """A figure's digits tracked at PITCH, set flush right at `right` (or centred on a cell ending
    there, or flush left in it), joined (spaced when two or more)."""
    width = (len(text) - 1) * PITCH + DIGIT
    x = {"right": right - width, "centre": right - CELL / 2 - width / 2, "left": right - CELL + 20.0}[edge]
    items = [Item(ch, x + k * PITCH, top, x + k * PITCH + DIGIT, top + H) for k, ch in enumerate(text)]
    return Run(items, text, items[0].x0, top, items[-1].x1, top + H, True, len(text) > 1)


def _part(rows_, edge="right", words=None, shift=None):
    """Rows of figures in columns CELL wide from x=260 under words centred on each column; `shift`:
    (row, column, points) moves one figure aside."""
    bands = []
    for i, figures in enumerate(rows_):
        top = 100.0 + 20.0 * i
        runs = []
        for k, f in enumerate(figures):
            dx = shift[2] if shift and shift[:2] == (i, k) else 0.0
            runs.append(_run(f, 260.0 + CELL * (k + 1) + dx, top, edge))
        bands.append(Band(runs, top, top + H))
    n = len(rows_[0]) if words is None else words
    leaves = [(260.0 + CELL * k + CELL / 2 - 28.0, 260.0 + CELL * k + CELL / 2 + 28.0) for k in range(n)]
    return bands, leaves


def _unsettled(bands, leaves):
    return unsettled_rows(bands, leaves, spans_columns, DEFAULT_PDF_LAYOUT.row_line_evidence,
                          DEFAULT_PDF_LAYOUT.rows_line_columns)


@pytest.mark.parametrize("rows_, edge", [
    ([["27", "2", "67"], ["5", "21", "31"]], "right"),
    ([["108", "17", "625"], ["175", "3", "1904"]], "right"),
    ([["64", "318", "7"], ["2", "45", "296"], ["83", "9", "52"]], "right"),
    ([["27", "2", "67"], ["5", "21", "31"]], "left"),
])
def test_rows_at_one_step_and_the_same_places_settle_their_spaced_digits(rows_, edge):
    bands, leaves = _part(rows_, edge)
    assert _unsettled(bands, leaves) == set()


def test_the_same_part_without_the_rows_check_stays_unsettled():
    # (the stop 52 reading: the column of two does not tell its edge)
    bands, leaves = _part([["27", "2", "67"], ["5", "21", "31"]])
    assert unsettled_rows(bands, leaves, spans_columns, DEFAULT_PDF_LAYOUT.row_line_evidence) == {0, 1}


def test_guard_a_figure_off_its_place_leaves_the_rows_unsettled():
    # the second row's middle figure a digit to the left: its column's edge not at one place
    bands, leaves = _part([["27", "2", "67"], ["5", "21", "31"]], shift=(1, 1, -PITCH))
    assert _unsettled(bands, leaves) != set()


def test_guard_a_chain_that_took_its_neighbours_digit_stays_unsettled():
    # '2 7' ran on over the next cell's '1' of '1 4' (the page: '27' | '14'): the chain '2 7 1' sticks
    # out of its column by a digit, and its neighbour is a digit short
    bands, leaves = _part([["27", "14", "67"], ["5", "21", "31"]])
    a, b = bands[0].runs[0], bands[0].runs[1]
    took = Run(a.items + b.items[:1], "271", a.x0, a.top, b.items[0].x1, a.bottom, True, True)
    rest = Run(b.items[1:], "4", b.items[1].x0, b.top, b.x1, b.bottom, True, False)
    bands[0] = Band([took, rest] + bands[0].runs[2:], bands[0].top, bands[0].bottom)
    assert 0 in _unsettled(bands, leaves)


@pytest.mark.parametrize("rows_, words", [
    ([["27", "2"], ["5", "21"]], None),                 # two columns: a step says nothing
    ([["27", "2", "67"]], None),                        # one row: short of row_line_evidence
    ([["27", "2", "67"], ["5", "21", "31"]], 4),        # a word more than the figures
])
def test_guard_parts_short_of_evidence_stay_unsettled(rows_, words):
    bands, leaves = _part(rows_, words=words)
    assert _unsettled(bands, leaves) != set()


# ---------------------------------------------------------------- a part of one row under parts read

@pytest.mark.parametrize("seed", [15, 30, 9, 20])
def test_one_row_parts_under_parts_read_are_read(seed):
    # (before: '政府集中采购' unread, 'the table's columns do not settle', and 行政事业性收费's figures
    # 'spaced apart outside any table': 4 values lost)
    got, want, report = read_county("2019", seed, **TRACKED)
    assert wrong_values(got, want) == {}
    for key in ("disclosure.procurement.projects", "disclosure.procurement.amount",
                "disclosure.fees.items_prev_year", "disclosure.fees.items_change"):
        assert got[key] == want[key], key
    assert not any("'政府集中采购'" in w or "outside any table" in w for w in report.warnings)


def _lines_of(*parts):
    return told_lines([r for rows_ in parts for b in _part(rows_)[0] for r in b.figures])


def _one_row(figures, shift=0.0):
    bands, leaves = _part([figures])
    if shift:
        r = bands[0].runs[-1]
        r.items = [Item(it.text, it.x0 + shift, it.top, it.x1 + shift, it.bottom) for it in r.items]
        r.x0, r.x1 = r.x0 + shift, r.x1 + shift
    return bands, leaves


def _unsettled_on(bands, leaves, lines):
    return unsettled_rows(bands, leaves, spans_columns, DEFAULT_PDF_LAYOUT.row_line_evidence,
                          DEFAULT_PDF_LAYOUT.rows_line_columns, lines, DEFAULT_PDF_LAYOUT.told_line_figures)


def test_the_lines_told_are_the_edges_figures_of_several_lengths_share_alone():
    lines = _lines_of([["27", "2", "67"], ["5", "21", "31"]])
    assert sorted(lines) == [(0, 375.0), (0, 490.0)]     # (the third column's figures share every edge)
    # parts whose columns hold figures of one length each: the parts together tell the edges
    assert _lines_of([["60", "79", "48"], ["35", "18", "24"]]) == []
    assert sorted(_lines_of([["60", "79", "48"], ["35", "18", "24"]], [["103", "7", "1785"], ["357", "3", "2299"]])) \
        == [(0, 375.0), (0, 490.0), (0, 605.0)]


def test_a_row_on_the_lines_the_tables_above_keep_settles_its_spaced_digits():
    lines = _lines_of([["27", "2", "67"], ["5", "21", "31"]], [["108", "7", "625"], ["175", "3", "1904"]])
    bands, leaves = _one_row(["36", "1", "614160"])
    assert _unsettled_on(bands, leaves, lines) == set()
    assert _unsettled_on(bands, leaves, []) == {0}                   # (the row alone: unsettled)


@pytest.mark.parametrize("figures, shift", [
    (["36", "1", "614160"], -PITCH),    # the last figure a digit off the line
    (["36", "614160"], 0.0),            # two figures under three words
])
def test_guard_a_row_off_the_lines_stays_unsettled(figures, shift):
    lines = _lines_of([["27", "2", "67"], ["5", "21", "31"]], [["108", "7", "625"], ["175", "3", "1904"]])
    bands, leaves = _one_row(figures, shift)
    if len(figures) == 2:
        leaves = leaves + [(leaves[-1][0] + CELL, leaves[-1][1] + CELL)]
    assert _unsettled_on(bands, leaves, lines) == {0}


# ---------------------------------------------------------------- a pair before a chain

@pytest.mark.parametrize("template, seed", [("2021", 7), ("2019", 20)])
def test_table_four_with_a_digit_one_chance_gap_before_a_tracked_figure_is_read(template, seed):
    # (before: '9 1' and '0 8' of '9' | '108' neither read: table 四's 15 values lost)
    got, want, report = read_county(template, seed, **TRACKED)
    assert wrong_values(got, want) == {}
    for key in want:
        if key.startswith(("review.", "litigation.")):
            assert got[key] == want[key], key


def _digits(spec, top=100.0):
    """One band's parts: (text, x0) of digits 3.75 wide, each a part of its own."""
    return [[Item(ch, x, top, x + DIGIT, top + H)] for ch, x in spec]


def _joined(parts):
    return ["".join(it.text for it in part) for part, _ in letter_spaced(parts, DEFAULT_PDF_LAYOUT.letter_gap)]


def test_two_equal_gaps_after_a_chance_gap_are_the_figure():
    # '9' flush right at 185.5, '1 0 8' at 6.35 pt gaps (pitch 10.1) from 194.6
    parts = _digits([("9", 181.75), ("1", 194.6), ("0", 204.7), ("8", 214.8)])
    assert _joined(parts) == ["9", "108"]


@pytest.mark.parametrize("spec, want", [
    # the second digit goes on at its own gap for one more digit only: a pair, as before
    ([("9", 181.75), ("1", 194.6), ("0", 204.7)], ["91", "0"]),
    # the pair's gap and the next digits' the same: one chain, as before
    ([("2", 100.0), ("6", 110.1), ("3", 120.2), ("5", 130.3)], ["2635"]),
    # a pair, then a digit a wide gap on and two at a gap of their own: the pair stays
    ([("2", 100.0), ("6", 109.0), ("3", 121.0), ("5", 131.1), ("7", 141.2)], ["26", "357"]),
])
def test_guard_pairs_not_before_a_chain_of_their_second_digit_stay(spec, want):
    assert _joined(_digits(spec)) == want
