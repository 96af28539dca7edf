"""PDF damage classes read at stop 50 (pdf50), found by tools/pdf_attack.py.

- Full-width figures tracked with their cell's unit ('３ ５' over '件'), the unit set flush left in its
  cell and the figure centred, in a ruled table whose total column is too narrow for four tracked
  digits: the total runs over its left rule, its first digit past it. `pdf_centred.settle_centred`
  deals such a chain out where every figure is centred, but `_figure_line` took a cell as one
  figure line only where whatever else it holds stands under the figure's own extent: a two-digit
  figure centred is narrower than the padding the flush-left unit stands at, so the cell was 'text
  beside a figure' and the row's two cells unread (seed 89 doc 1: 4 lost). A unit word alone on a
  line of the cell under its figure is the figure's unit wherever it stands across the cell.
"""
import pytest

from pdf_variants import read_county, units_under, wrong_values

from reportparse.layout.pdf_centred import _figure_line
from reportparse.layout.pdf_model import Cell, Item

SIZE = 8.0


@pytest.mark.parametrize("seed", [5001, 5002])
def test_centred_figures_over_units_set_flush_left_settle_the_total_run_over_its_rule(seed):
    # (before: 8-14 values unread, the other organisations' figure and the total of rows whose
    # other-organisation figure has two or three digits; none wrong)
    got, want, _report = read_county("2021", seed, edit=units_under("件"), fullwidth_figures=True,
                                     letter_spacing=0.6)
    assert wrong_values(got, want) == {}
    assert [k for k, v in got.items() if v is None] == []
    for key in ("requests.carried_over|applicant=other_org", "requests.carried_over|applicant=total"):
        assert got[key] == want[key]


CELL = Cell(470.5, 190.0, 511.0, 215.0)


def _cell(figure, under, under_x0):
    """Items of a cell: `figure` (full-width digits tracked 4.8 pt, centred) over `under` (from under_x0)."""
    w = len(figure) * SIZE + (len(figure) - 1) * 4.8
    x = (CELL.x0 + CELL.x1 - w) / 2
    its = [Item(ch, x + k * 12.8, 195.0, x + k * 12.8 + SIZE, 195.0 + SIZE) for k, ch in enumerate(figure)]
    return its + [Item(ch, under_x0 + k * 12.8, 205.0, under_x0 + k * 12.8 + SIZE, 205.0 + SIZE) for k, ch in enumerate(under)]


def test_a_unit_flush_left_under_a_narrow_centred_figure_is_its_unit():
    its = _cell("３５", "件", 473.0)
    assert "".join(o.text for o in _figure_line(its, cell=CELL)) == "３５"
    assert "".join(o.text for o in _figure_line(_cell("１１６", "件", 473.0), cell=CELL)) == "１１６"


def test_guard_other_text_or_digits_off_the_figure_stay_text_beside_it():
    assert _figure_line(_cell("３５", "注", 473.0), cell=CELL) is None        # (no unit word)
    assert _figure_line(_cell("３５", "件件", 473.0), cell=CELL) is None      # (two unit glyphs: no one word)
    assert _figure_line(_cell("３５", "８", 473.0), cell=CELL) is None        # (a digit: another figure)
    over = _cell("３５", "", 0.0) + [Item("件", 473.0, 185.0, 481.0, 185.0 + SIZE)]
    over_line = _figure_line(over, over[0], CELL)
    assert over_line is None                                                  # (a unit over the figure)
