"""PDF damage classes read at stop 46 (pdf46), found by tools/pdf_attack.py.

- Full-width figures tracked 0.8 em, centred in ruled cells too narrow for them, under a shadow layer
  drawn 0.9 pt to the right (the copy kept): table 三's total column's figure runs over the table's
  right border, its last digit wholly past it (in no cell). pdf_overrun.over_border could not prove
  that run the edge cell's (the cell's line also holds its neighbour's tail: no one gap), and
  pdf_centred gave up the whole table when one finding had no cell past its rule: every row's chain
  over the other_org | total rule stayed unread (seed 72 docs 5 and 39: 52 and 46 lost). The rows
  with no figure over the border are settled as before; a run over the border takes the digits past
  it (each within `letter_gap` heights of the one before, no other text among them) as its edge
  cell's and is settled like any chain: every figure centred and evenly stepped, one way only.
"""
import pytest

from pdf_variants import read_county, wrong_values

from reportparse.layout.pdf_centred import _past_border
from reportparse.layout.pdf_model import Cell, Item
from reportparse.layout.pdf_settings import PDFLayoutSettings


@pytest.mark.parametrize("template, seed, tracking", [
    ("2019", 4601, dict(glyph_tracking=0.8)),
    ("2021", 4602, dict(glyph_tracking=0.8)),
    ("2019", 4603, dict(figure_spacing=0.8)),
    ("2021", 4604, dict(figure_spacing=0.8)),
])
def test_a_centred_total_run_over_the_tables_border_is_dealt_out(template, seed, tracking):
    # (before: 44-54 values lost a report, every table 三 row's other_org and total unread)
    got, want, report = read_county(template, seed, fullwidth_figures=True, shadow=(0.9, 0.8, 0.0), **tracking)
    assert wrong_values(got, want) == {}
    assert got == want


def _digits(text, x, pitch=12.3, top=100.0):
    return [Item(ch, x + k * pitch, top, x + k * pitch + 8.0, top + 8.0) for k, ch in enumerate(text)]


EDGE = Cell(511.0, 95.0, 551.5, 113.0, 3, 7, "")


@pytest.mark.parametrize("beyond, taken", [
    (_digits("８", 552.7), "８"),                         # the total's last digit past the border
    (_digits("８７", 552.7), "８７"),
    (_digits("８", 552.7) + _digits("９", 600.0), "８"),    # a digit far off: not the figure's
    (_digits("８", 570.0), ""),                           # nothing within a letter gap of the border
    (_digits("８", 552.7) + [Item("件", 562.0, 100.0, 570.0, 108.0)], None),     # text among them
])
def test_the_digits_past_a_border_are_the_run_going_on_from_it(beyond, taken):
    d = _digits("４", 540.4)[0]
    got = _past_border(beyond, EDGE, d, 1, PDFLayoutSettings())
    assert (got is None) if taken is None else "".join(o.text for o in got) == taken
