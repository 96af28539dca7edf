"""A figure of tight digits run over its cell's rule, found by tools/pdf_attack.py (pdf34: full-width
digits set flush right by a producer that measured them half-width, '３７８|１   ３５' — right_figures,
fullwidth and shrunk damage). Each run crossing a rule left both cells unread (a whole table 三 a row at a
time; with the totals over the table's border unread too, the tables' checks failed and every figure was
withheld). A cell holds one figure: a run of tight digits cut by the rule, one cell holding text of its own
on that line well apart from it and the other none, is the other cell's (pdf_overrun.settle_tight); a run
whose last digit in the edge cell is cut by the table's border goes on over it (pdf_overrun.over_border)."""
import pytest

from reportparse.layout.pdf_model import Cell, Item
from reportparse.layout.pdf_overrun import settle_tight

from pdf_variants import read_county


@pytest.mark.parametrize("template, seed, writer", [
    ("2019", 3411, {}),
    ("2021", 3412, {}),
    ("2021", 3413, dict(table_size=9, figure_size=6.0)),
    ("2019", 3414, dict(table_size=10, figure_size=6.5)),
])
def test_full_width_figures_set_flush_right_over_their_rule_are_read(template, seed, writer):
    # before: 0, 1, 3 and 4 of ~200 values read (31-32 rows said run across a rule)
    got, want, report = read_county(template, seed, fullwidth_figures=True, right_figures=True, **writer)
    assert got == want                                  # cell by cell, tables 二, 三 and 四
    assert not [w for w in report.warnings if "runs across the rule" in w]


def _cells(*edges):
    return [Cell(x0, 10.0, x1, 30.0, row=0, col=k) for k, (x0, x1) in enumerate(edges)]


def _digits(text, x, width=6.0):
    return [Item(ch, x + k * width, 16.0, x + (k + 1) * width, 22.0) for k, ch in enumerate(text)]


def test_a_tight_run_cut_by_the_rule_goes_to_the_cell_without_a_figure():
    cells = _cells((0.0, 50.0), (50.0, 100.0))
    run = _digits("4271", 35.0)                 # 35-59: '2' cut by the rule at 50, '7' and '1' past it
    own = _digits("86", 85.0)                   # the next cell's own figure, 26 pt off the run
    cont = [run[:2], run[2:] + own]
    found = [(0, 1, run[1])]
    assert settle_tight(cells, cont, found) == []
    assert "".join(o.text for o in sorted(cont[0], key=lambda o: o.x0)) == "4271"
    assert "".join(o.text for o in sorted(cont[1], key=lambda o: o.x0)) == "86"


@pytest.mark.parametrize("first, second", [
    ("5", "86"),            # text of its own in both cells: the run may end one figure or start the other
    ("", ""),               # no figure apart on either side: the run may be either cell's
])
def test_guard_a_run_the_page_does_not_settle_stays_found(first, second):
    cells = _cells((0.0, 50.0), (50.0, 100.0))
    run = _digits("4271", 35.0)
    cont = [run[:2] + _digits(first, 5.0), run[2:] + _digits(second, 85.0)]
    found = [(0, 1, run[1])]
    assert settle_tight(cells, cont, found) == found
    assert [len(c) for c in cont] == [2 + len(first), 2 + len(second)]      # nothing moved


def test_guard_spread_digits_are_no_tight_run():
    cells = _cells((0.0, 50.0), (50.0, 100.0))
    spread = [Item(ch, x, 16.0, x + 6.0, 22.0) for ch, x in zip("427", (30.0, 39.0, 48.0))]
    own = _digits("86", 85.0)
    cont = [spread[:2], spread[2:] + own]
    found = [(1, -1, spread[2])]
    assert settle_tight(cells, cont, found) == found     # '4 2 | 7': a tracked chain shows no figure's end
