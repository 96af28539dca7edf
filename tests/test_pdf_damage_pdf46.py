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
- Borderless tables whose figures stand over their units on a line of their own, the units set flush
  left in their cells and the figures centred ('件' … '251', the row's label and one-line cells half a
  line lower): pdf_aligned_units folded a unit into its row only standing across its figure, so the
  units' line read as the next table's header (table 二 ended after its first row) and a one-figure
  row's figure, over its unit above its label, was no row (seed 66 docs 97 and 48, seed 73 doc 67: 16,
  3 and 6 lost). A line's units and the figures right above pair off in order (as many, each unit left
  of or across its figure and right of the one before) and the unit is placed in its figure's column; a
  one-figure row's figure may have its unit stacked after it; and two words a column gap apart on a
  line of the label zone are a header line, never a label of the row below (the fee row's header
  words were taken for its labels once its part joined the rows above).
- A page number at 9 pt printed over table 三's last row (figures at 5 pt under 10 pt labels, some
  over their units), its box sticking out under the row's bottom rule, its middle in the cell:
  pdf_folio asked for a rule over and under the whole run, so it went into the cell ('362-2-': the
  row unread, seed 72 doc 24: 7 lost). A run stands in a cell when its middle does, as a cell takes
  a glyph.
- Full-width figures tracked by the labels' letter spacing (0.6 em), each over its unit: table 三's
  rows 一 and 总计, whose five-digit total wraps ('２７０７' over '６' over '个', its first line half a
  line above the row's figures), stayed unread (seed 65 doc 24: 15 lost, the leftover of pdf45b).
  Three causes: settle_tight moved the first figure's head, standing in the label cell, into that
  cell (the label's words on a line of their own, below: the cell held 'no digit'), so no finding
  tied the label to the run; a cell at a run's end with nothing on the run's line (the total's
  figure a line higher) broke the run; and a cell whose figure wraps onto a second line was no
  figure line. settle_tight no longer gives a run to a cell holding words; such an empty end cell
  leaves the run; a line of digits filling its cell (pdf_two_figures.fills, stacked_figures' own test)
  may have the rest of its figure under it.
"""
import random

import pytest

from conftest import pdf_fixture_generator

from pdf_variants import read_county, text_items, units_under, wrong_values

from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_aligned_units import _in_order
from reportparse.layout.pdf_centred import _figure_line, _past_border
from reportparse.layout.pdf_folio import Folio, page_folio
from reportparse.layout.pdf_model import Cell, Item
from reportparse.layout.pdf_overrun import settle_tight
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


@pytest.mark.parametrize("template, seed, rules, centred, unit", [
    ("2019", 4611, "horizontal", False, "件"),
    ("2021", 4612, "three_line", False, "项"),
    ("2021", 4613, "none", False, "个"),
    ("2019", 4614, "none", False, "项"),
    ("2021", 4615, "none", True, "件"),          # a one-figure row's figure over its unit, above its label
])
def test_units_stacked_under_figures_in_a_borderless_table_keep_its_rows(template, seed, rules, centred, unit):
    # (before: 16 values lost on the 2019 template, 6 on the 2021, 3 with the units centred)
    got, want, report = read_county(template, seed, rules=rules, centre_cells=centred, edit=units_under(unit))
    assert wrong_values(got, want) == {}
    # (the procurement amount, a sum of money set over a count's unit, is dropped rightly)
    assert {k for k in want if got[k] != want[k]} <= {"disclosure.procurement.amount"}


def _run(text, x0, top, figure):
    w = 3.7 if figure else 8.0
    items = [Item(ch, x0 + k * w, top, x0 + (k + 1) * w, top + 8.0) for k, ch in enumerate(text)]
    return Run(items, text, x0, top, x0 + w * len(text), top + 8.0, figure)


FIGURES = Band([_run("251", 258.0, 415.0, True), _run("1269", 486.1, 415.0, True)], 415.0, 423.0)


@pytest.mark.parametrize("units, paired", [
    ([_run("件", 208.5, 425.0, False), _run("件", 438.5, 425.0, False)], ["251", "1269"]),   # flush left
    ([_run("件", 260.0, 425.0, False), _run("件", 488.0, 425.0, False)], ["251", "1269"]),   # across
    ([_run("件", 208.5, 425.0, False)], []),                         # fewer units than figures
    ([_run("件", 275.0, 425.0, False), _run("件", 438.5, 425.0, False)], []),   # a unit right of its figure
    ([_run("件", 208.5, 445.0, False), _run("件", 438.5, 445.0, False)], []),   # two lines down: no stack
])
def test_units_pair_with_the_figures_above_them_in_order(units, paired):
    got = _in_order(units, FIGURES, PDFLayoutSettings())
    assert [got[id(u)].text for u in units if id(u) in got] == paired


def _some_units(unit, share, seed):
    """An `edit` setting a random `share` of the figures over their unit."""
    rng = random.Random(seed)
    C = pdf_fixture_generator().C

    def edit(values, t2, body, t4):
        for row in list(t2) + list(body) + list(t4):
            for k, cell in enumerate(row):
                if cell.text.isdigit() and rng.random() < share:
                    row[k] = C(cell.text + "\n" + unit, cell.cs, cell.rs, cell.bold)
    return edit


@pytest.mark.parametrize("seed", [4632, 4637])
def test_a_page_number_sticking_out_under_the_last_rows_rule_is_left_out(seed):
    # (before: the last row of table 三 unread, 7 values)
    got, want, report = read_county("2019", seed, table_size=10, figure_size=5.0, right_figures=True,
                                    centre_cells=True, edit=_some_units("项", 0.3, seed))
    assert wrong_values(got, want) == {}
    assert got == want
    assert any("its page number ('-2-')" in w for w in report.warnings)


BEFORE = Folio("-#-", (4,), 800.0, 809.0, 300.0, 3)        # page 3 printed '-4-' there


@pytest.mark.parametrize("bottom, dropped", [
    (830.0, True),          # the rule under it
    (806.0, True),          # under its middle (804.5), through its box: still the cell's
    (803.0, False),         # over its middle: under the table, pdf_tables' furniture line
])
def test_a_page_number_is_in_a_cell_when_its_middle_is(bottom, dropped):
    figure = text_items("137", 290.0, 780.0, 6.5)
    items = figure + text_items("-5-", 293.25, 800.0)
    notes: list = []
    kept, seen = page_folio(items, [(790.0, 250.0, 350.0), (bottom, 250.0, 350.0)], 842.0, 4, BEFORE,
                            PDFLayoutSettings(), notes)
    assert (kept == figure) is dropped and bool(notes) is dropped


@pytest.mark.parametrize("template, seed, unit", [("2019", 4551, "个"), ("2021", 4552, "件"), ("2021", 4642, "个")])
def test_a_wrapped_full_width_total_and_a_head_in_the_label_cell_are_read(template, seed, unit):
    # (before: rows 一 and 总计 of table 三 unread, 14 values a report)
    got, want, report = read_county(template, seed, edit=units_under(unit), centre_cells=True,
                                    fullwidth_figures=True, letter_spacing=0.6)
    assert wrong_values(got, want) == {}
    assert {k for k in want if got[k] != want[k]} <= {"disclosure.procurement.amount"}


WRAP = _digits("２７０７", 508.1, pitch=12.8, top=118.8)


@pytest.mark.parametrize("cell, under, line", [
    (Cell(511.0, 112.0, 551.5, 150.0), [Item("６", 527.2, 128.8, 535.2, 136.8), Item("个", 527.2, 138.8, 535.2, 146.8)],
     True),                                                      # the line fills its cell: wrapped
    (Cell(500.0, 112.0, 600.0, 150.0), [Item("６", 527.2, 128.8, 535.2, 136.8)], False),    # room left: two figures
    (None, [Item("６", 527.2, 128.8, 535.2, 136.8)], False),                               # no cell to tell
    (Cell(511.0, 112.0, 551.5, 150.0), [Item("６", 527.2, 108.8, 535.2, 116.8)], False),   # a digit over it
])
def test_a_figure_line_filling_its_cell_may_wrap_onto_the_next(cell, under, line):
    got = _figure_line(WRAP + under, cell=cell)
    assert (got == WRAP) if line else got is None


def test_guard_a_tight_run_is_never_given_to_a_label_cell():
    # the label's words a line lower than the figures, the first figure's head over the label cell's rule
    label = [Item(ch, 62.0 + 12.8 * k, 128.8, 70.0 + 12.8 * k, 136.8) for k, ch in enumerate("一、本年新收")]
    head = Item("４", 265.05, 123.8, 273.05, 131.8)
    cells = [Cell(56.0, 112.0, 268.0, 150.0, 3, 0), Cell(268.0, 112.0, 308.5, 150.0, 3, 1)]
    cont = [label, [head] + _digits("６４８", 277.9, pitch=12.8, top=123.8)]
    found = [(1, -1, head)]
    assert settle_tight(cells, cont, found, PDFLayoutSettings()) == found
    assert head in cont[1]


@pytest.mark.parametrize("under", [[], [Item("万", 118.0, 110.0, 126.0, 118.0), Item("元", 126.0, 110.0, 134.0, 118.0)]])
def test_a_tight_run_still_goes_to_the_figure_cell_with_a_unit_under_it(under):
    # '３７８|１  ３５' (3781 and 35): words under the run, not before it, are its unit, no label
    run = [Item(ch, 112.0 + 8.0 * k, 100.0, 120.0 + 8.0 * k, 108.0) for k, ch in enumerate("３７８１")]
    own = [Item(ch, 162.0 + 8.0 * k, 100.0, 170.0 + 8.0 * k, 108.0) for k, ch in enumerate("３５")]
    cells = [Cell(100.0, 95.0, 140.0, 125.0, 3, 1), Cell(140.0, 95.0, 180.0, 125.0, 3, 2)]
    cont = [run[:3] + under, [run[3]] + own]
    assert settle_tight(cells, cont, [(1, -1, run[3])], PDFLayoutSettings()) == []
    assert run[3] in cont[0] and run[3] not in cont[1]
