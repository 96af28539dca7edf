"""PDF damage read in stop 41 (pdf41), each class now unread with a warning where the page does not
settle it, never read as another number.

- Borderless tables whose figure cells wrap (figures letter-spaced a full em in narrow centred
  cells, a unit under each: '4942' drawn as '494' over '2个'): every cell of a row wrapped, so no
  other column's figure stands between a cell's two lines (pdf_aligned_stacked.stacked_pairs needs
  one); the upper line was a row with no label and the lower read as the labelled row's figures
  (pdf_attack seed 57 doc 94: 4942 read 2, 25044 read 44, 15 values WRONG). A label-less line of
  figures within a line above a labelled row's, closer than the table's rows stand, leaves both
  unread (pdf_aligned_stacked.wrapped_rows); a cell blanked as two stacked figures is unread, not a
  blank (its identities not assessable instead of failing as a 0).
- A shadow (every text drawn again in grey, 1.8 pt right and 0.6 pt up) over figures centred over a
  unit on the line below: the grey copy of a multi-character text is a faint text over the page's
  and left out (pdf_faint), but a one-digit text object is never a watermark (a grey figure drawn
  glyph by glyph), so a one-digit figure's copy stayed and, 1.8 pt off (beyond a fifth of its
  height, the page's layer offset unknown: every other copy was left out as faint), read the figure
  doubled (seed 56 doc 102: 5 read 55, 6 read 66). A one-digit grey text over the same digit drawn
  in full colour is its copy: left out (pdf_faint.watermark_chars), no mark made of it.
- Labels letter-spaced a full em with no rules: table 四's header words run together into one word
  over four columns, and two one-digit figures under its middle, 7 and 4, were joined as one
  figure spread over its cell, 74 (pdf_spaced.split_figures; seed 55 doc 135: 3 values WRONG, the
  row's later figures a column off). A row whose figures stand centred at one pitch is one figure
  a column (pdf_spaced._one_pitch: a spread figure's digits stand nearer than the columns); and
  digits under a word that stands over other figures of the row too are never joined by it (the
  row unread).
"""
from pdf_variants import read_county, units_under, wrong_values

from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT


def test_figures_wrapped_in_every_cell_of_a_borderless_row_are_never_read_as_the_rows():
    # before: 15 values WRONG (the second line of each wrapped figure read as the row's figure)
    got, want, report = read_county("2021", 713956, edit=units_under("个"), rules="three_line",
                                    centre_cells=True, letter_spacing=1.0)
    assert wrong_values(got, want) == {}
    assert sum(v == want[k] for k, v in got.items()) >= 60
    assert any("no label right above its own" in w for w in report.warnings)


def _row(y, xs, text="12", label=None):
    runs = ([Run([], label, 10.0, y, 60.0, y + 8.0, False)] if label else []) + \
        [Run([], text, x, y, x + 9.0, y + 8.0, True) for x in xs]
    return Band(runs, y, y + 8.0)


XS = (100.0, 140.0, 180.0)


def _wrapped(rows, labelled):
    from reportparse.layout.pdf_aligned_stacked import wrapped_rows
    return wrapped_rows(rows, labelled, 8.0, DEFAULT_PDF_LAYOUT)


def test_a_label_less_line_of_figures_a_line_over_a_rows_leaves_both_unread():
    rows = [_row(100.0, XS), _row(110.0, XS), _row(136.0, XS), _row(172.0, XS)]
    assert _wrapped(rows, [False, True, True, True]) == [0, 1]
    # a row's figures set high, one cell's tail lower beside the label: other columns, same answer
    rows = [_row(100.0, XS[:2]), _row(105.0, XS[2:]), _row(136.0, XS), _row(172.0, XS)]
    assert _wrapped(rows, [False, True, True, True]) == [0, 1]


def test_guard_rows_a_line_apart_in_a_tight_table_or_labelled_are_no_wrapped_cells():
    tight = [_row(100.0 + 10.0 * k, XS) for k in range(5)]
    assert _wrapped(tight, [False, True, True, True, True]) == []      # (the table's pitch: one line)
    rows = [_row(100.0, XS), _row(110.0, XS), _row(136.0, XS), _row(172.0, XS)]
    assert _wrapped(rows, [True, True, True, True]) == []
    assert _wrapped(rows, [False, False, True, True]) == []            # (no label below either)


def test_a_grey_copy_of_a_one_digit_figure_over_it_is_left_out():
    # before: one-digit figures over their unit read doubled (5 as 55)
    got, want, report = read_county("2019", 265697, edit=units_under("个"), shadow=(1.8, -0.6, 0.6),
                                    centre_cells=True)
    assert wrong_values(got, want) == {}
    ones = [k for k, v in want.items() if v is not None and 0 < v < 10]
    assert ones and all(got[k] == want[k] for k in ones)


def test_one_digit_figures_under_a_header_word_run_over_four_columns_are_one_a_column():
    # before: 7 and 4 read as one figure 74, the row's later figures a column off (3 WRONG)
    got, want, _ = read_county("2021", 461276, rules="none", fullwidth_figures=True, letter_spacing=1.0)
    assert wrong_values(got, want) == {}
    four = [k for k in want if k.startswith("litigation.") or k.startswith("review.")]
    assert four and all(got[k] == want[k] for k in four)


def _digit(x, text, y=100.0):
    from reportparse.layout.pdf_model import Item
    return Run([Item(text, x, y, x + 8.0, y + 8.0)], text, x, y, x + 8.0, y + 8.0, True)


def _join(items):
    return Run(items, "".join(it.text for it in items), items[0].x0, items[0].top, items[-1].x1,
               items[-1].bottom, True)


def test_digits_under_a_word_standing_over_other_figures_of_the_row_are_not_joined():
    from reportparse.layout.pdf_spaced_split import split_figures
    # a word 60-200 over '3', '7 4' and '6' (its middle over 7 and 4); two more figures right of it
    figures = [_digit(62.0, "3"), _digit(108.0, "7"), _digit(146.0, "4"), _digit(190.0, "6"),
               _digit(230.0, "5"), _digit(300.0, "9")]
    rows = [Band(figures, 100.0, 108.0)]
    leaves = [(10.0, 40.0), (60.0, 200.0), (220.0, 250.0), (290.0, 320.0)]
    cols = [[r.x0, r.x1] for r in figures]
    _, changed, unsettled = split_figures(rows, leaves, cols, lambda r: [], _join)
    assert 0 in unsettled and 0 not in changed
    # the same row at one pitch (every 40 pt): each digit its own column's figure, nothing joined
    even = [_digit(62.0 + 40.0 * k, t) for k, t in enumerate("374659")]
    rows = [Band(even, 100.0, 108.0)]
    leaves = [(10.0, 40.0), (60.0, 200.0), (220.0, 250.0), (290.0, 320.0)]
    _, changed, unsettled = split_figures(rows, leaves, [[r.x0, r.x1] for r in even], lambda r: [], _join)
    assert unsettled == {} and changed == {}
