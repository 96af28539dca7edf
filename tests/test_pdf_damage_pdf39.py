"""PDF damage read in stop 39 (pdf39).

A run of digits cut by the rule between two cells is settled by pdf_overrun.settle_tight only when
its digits stand at one gap: a tight figure ('２９２', full-width, gap 0) followed 1.8 pt on by the
first digit of the next cell's tracked figure ('１ ０ ７ １', 4.4 pt apart, its '１' over the rule)
is two figures, not a tight run '2921' (pdf_attack seed 52 doc 246: 292 read 2921 and 1071 read 71,
WRONG).

A chain of tracked digits split evenly over a rule (a two-digit figure set flush right, its tracking
not counted: '6 | 7') is the figure of the cell no other chain holds the majority of, where the other
cell is another chain's (pdf_chains._unclaimed), and a chain so settled, or an edge cell's tracked
figure whose tail past the table's border holds as many digits as the cell (0.8 em: a four-digit
figure half over it; pdf_overrun._tracked_tail), gives the next chain its cell the same way: at 0.8 em
every four-digit figure splits two and two, and every such row was left unread (seed 52 doc 33: 69 of
198 values read).
"""
import pytest

from pdf_variants import read_county, wrong_values
from test_pdf_damage_pdf38 import _Cell, _place

from reportparse.layout.pdf_chains import settle_chains
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_overrun import over_rule, settle_tight
from reportparse.layout.pdf_settings import PDFLayoutSettings


def _at(x, text, pitch, w=8.0):
    return [Item(ch, x + k * pitch, 100.0, x + k * pitch + w, 108.0) for k, ch in enumerate(text)]


def _findings(cells, cont, geo):
    out = []
    for k, its in enumerate(cont):
        for o in its:
            side = over_rule(o, cells[k].x0, cells[k].x1, cells[0].x0, cells[-1].x1, geo)
            if side:
                out.append((k, side, o))
    return out


CELLS = [_Cell(100.0, 140.0), _Cell(140.0, 200.0)]


def test_guard_a_tight_figure_and_the_next_cells_tracked_digit_are_no_one_run():
    geo = PDFLayoutSettings()
    # '292' tight (ends 135.8), then '1071' tracked 4.4 pt a gap from 137.6: its '1' over the rule at 140
    cont = _place(CELLS, _at(111.8, "292", 8.0) + _at(137.6, "1071", 12.4))
    found = _findings(CELLS, cont, geo)
    assert [(k, side, o.text) for k, side, o in found] == [(1, -1, "1")]
    before = [list(its) for its in cont]
    assert settle_tight(CELLS, cont, found, geo) == found       # (not settled: both cells left unread)
    assert cont == before


def test_a_tight_run_cut_by_the_rule_is_still_settled():
    geo = PDFLayoutSettings()
    # '3781' tight over the rule (its '1' past it), the next cell's own '35' apart: 3781 and 35
    cont = _place(CELLS, _at(111.8, "3781", 8.0) + _at(170.0, "35", 8.0))
    found = _findings(CELLS, cont, geo)
    assert settle_tight(CELLS, cont, found, geo) == []
    assert ["".join(o.text for o in sorted(its, key=lambda o: o.x0)) for its in cont] == ["3781", "35"]


THREE = [_Cell(100.0, 140.0), _Cell(140.0, 180.0), _Cell(180.0, 220.0)]


def _texts(cont):
    return ["".join(o.text for o in sorted(its, key=lambda o: o.x0)) for its in cont]


def test_a_chain_split_evenly_is_the_figure_of_the_cell_no_other_chain_holds():
    # '67' over the rule at 140 one and one; '1849' mostly in the middle cell, its '9' past 180; '51'
    items = _at(133.0, "67", 7.0, 3.5) + _at(158.0, "1849", 7.0, 3.5) + _at(200.0, "51", 7.0, 3.5)
    cont = _place(THREE, items)
    assert _texts(cont) == ["6", "7184", "951"]
    assert settle_chains(THREE, cont, [], PDFLayoutSettings()) == []
    assert _texts(cont) == ["67", "1849", "51"]


@pytest.mark.parametrize("texts", [
    [(133.0, "67"), (200.0, "51")],                      # neither cell another chain's: whose is it?
    [(101.0, "45"), (133.0, "67"), (158.0, "1849"), (200.0, "51")],    # both cells other chains'
])
def test_guard_a_chain_split_evenly_between_two_cells_claimed_alike_stays(texts):
    items = [o for x, t in texts for o in _at(x, t, 7.0, 3.5)]
    cont = _place(THREE, items)
    before = [list(its) for its in cont]
    settle_chains(THREE, cont, [], PDFLayoutSettings())
    assert cont[0] == before[0]
    assert _texts(cont)[1].startswith("7")


@pytest.mark.parametrize("template, seed, writer, lost", [
    ("2021", 3902, {"table_size": 9, "figure_size": 6.5}, set()),
    # (行政处罚's signed '+12' is no chain of digits: its row stays unread)
    ("2019", 3901, {"table_size": 9, "figure_size": 6.5},
     {"disclosure.penalty.items_prev_year", "disclosure.penalty.items_change"}),
])
def test_flush_right_figures_tracked_wide_enough_to_split_half_over_their_rule_are_read(template, seed, writer, lost):
    got, want, _report = read_county(template, seed, right_figures=True, glyph_tracking=0.8, **writer)
    assert wrong_values(got, want) == {}
    assert {k for k in want if got[k] != want[k]} == lost          # (before: 48 and 51 values read)


@pytest.mark.parametrize("lone_at, after", [
    (150.0, ["", "5", "67"]),           # a lone digit clear of its rules is its cell's figure
    (140.5, ["", "56", "7"]),           # one at the rule may be the figure before, shifted whole: no claim
])
def test_a_lone_digit_claims_its_cell_only_clear_of_its_rules(lone_at, after):
    # '67' over the rule at 180, one and one
    items = [Item("5", lone_at, 100.0, lone_at + 3.5, 108.0)] + _at(173.0, "67", 7.0, 3.5)
    cont = _place(THREE, items)
    settle_chains(THREE, cont, [], PDFLayoutSettings())
    assert _texts(cont) == after
