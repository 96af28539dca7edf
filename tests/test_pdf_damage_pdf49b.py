"""PDF damage classes read at stop 49 (pdf49b), found by tools/pdf_attack.py.

- Figures letter-spaced a full em with their unit and wrapped one digit short ('4 4 4' over '8' over
  '个') in a ruled table whose every cell is centred on both axes: no cell shows its padding (labels
  wrapped flush left are what `cell_padding` measures), so pdf49's rule left each such cell unread as
  two stacked figures (seed 63 doc 52: 31 lost). The table shows the wrap another way: at least
  `figure_wrap_evidence` cells as wide hold a first line of as many digits, as wide, over more
  digits, and no line of a cell as wide holds more digits at that pitch; one more digit would have
  ended within `figure_wrap_padding` of each rule. Two stacked figures would not all be n digits over
  more; where fewer cells show the wrap, or a cell as wide holds a longer line, the cell stays unread.
"""
import pytest

from pdf_variants import read_county, units_under, wrong_values

from reportparse.layout.pdf_model import Cell, Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from reportparse.layout.pdf_two_figures import figure_wraps, stacked_figures
from reportparse.layout.pdf_lines import text_lines

SIZE = 8.0
PITCH = 11.7                   # a half-width digit (4 pt) tracked 7.7 pt
WIDTH = 41.0                   # one more digit would end 0.95 pt inside each rule


@pytest.mark.parametrize("seed", [4921, 4922])
def test_figures_letter_spaced_and_wrapped_in_cells_centred_both_ways_are_read(seed):
    # (before: 33-34 figures of table 三 unread as two stacked figures, none wrong; left: the procurement
    # amount drawn over 个 where its row counts 元, rightly dropped)
    got, want, _report = read_county("2019", seed, edit=units_under("个"), letter_spacing=1.0, centre_cells=True)
    assert wrong_values(got, want) == {}
    assert [k for k, v in got.items() if v is None] == ["disclosure.procurement.amount"]
    for key in ("requests.new|applicant=total", "requests.answered|applicant=total"):
        assert got[key] == want[key]


def _figure(text, x0, top):
    """Items of a centred line of tracked digits in the cell at x0..x0+WIDTH."""
    w = (len(text) - 1) * PITCH + SIZE / 2
    x = x0 + (WIDTH - w) / 2
    return [Item(ch, x + k * PITCH, top, x + k * PITCH + SIZE / 2, top + SIZE) for k, ch in enumerate(text)]


def _table(cells_text):
    """A row of 41 pt cells, each holding its lines (centred), and figure_wraps of it."""
    cells = [Cell(100.0 + WIDTH * k, 95.0, 100.0 + WIDTH * (k + 1), 135.0) for k in range(len(cells_text))]
    cont = [sum((_figure(t, c.x0, 100.0 + 10 * j) for j, t in enumerate(lines)), []) for c, lines in zip(cells, cells_text)]
    return cells, cont, figure_wraps(cells, cont, DEFAULT_PDF_LAYOUT)


def _stacked(cells, cont, k, wraps):
    lines = text_lines(cont[k], DEFAULT_PDF_LAYOUT)
    return stacked_figures(lines, cells[k].x0, cells[k].x1, DEFAULT_PDF_LAYOUT, lambda: None, wraps)


def test_three_cells_wrapping_at_three_digits_show_the_wrap():
    cells, cont, wraps = _table([("444", "8"), ("307", "2"), ("356", "3"), ("258",)])
    assert [_stacked(cells, cont, k, wraps) for k in range(3)] == [False, False, False]
    # without the table's evidence the old guard (overrun_hug) calls each two figures
    assert _stacked(cells, cont, 0, lambda *a: False)


def test_guard_two_cells_or_a_longer_line_as_wide_leave_them_stacked():
    cells, cont, wraps = _table([("444", "8"), ("307", "2"), ("258",)])
    assert _stacked(cells, cont, 0, wraps)
    cells, cont, wraps = _table([("444", "8"), ("307", "2"), ("356", "3"), ("2581",)])
    assert _stacked(cells, cont, 0, wraps)


def test_guard_a_first_line_with_room_for_a_digit_more_stays_two_figures():
    cells, cont, wraps = _table([("44", "8"), ("30", "2"), ("35", "3")])
    assert _stacked(cells, cont, 0, wraps)


def test_the_figure_wrap_evidence_is_a_setting():
    geo = PDFLayoutSettings()
    assert (geo.figure_wrap_evidence, geo.figure_wrap_padding, geo.figure_wrap_slack) == (3, 2.0, 0.5)
