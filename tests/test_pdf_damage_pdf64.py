"""PDF damage class read at stop 64 (pdf64): figures wrapped onto two lines in the narrow cells of a borderless
table 三 (`variants3.t3_narrow`, 18-20 pt columns: '370' over '0'), which stop 63 left unread (never WRONG).

The layout now gives such a cell its pieces top to bottom around cells.WRAP_MARK ('370⏎0'), where geometry puts
them in one column's x-span and inside the row's band (pdf_aligned_stacked.joined_text for a cell stacked around
its row's middle line, wrapped_texts for a row whose every cell wrapped). The table reader joins the pieces only
where the row's sums hold with the joined reading and with no other (each piece alone, each line alone), or where
R1 and R2 single the joined reading out among those the row's sums allow (extract/wrapped_cells.py); else the
wrapped cells stay unread and the row's other cells are read.
Guards: a cell whose upper figure alone fits the row's total (two figures one over the other) stays unread; a
row whose sums hold with its pieces read either way stays unread where R1 and R2 do not settle it (a sub-row);
pieces with a unit, or beyond the row's band, or a tail under no head, are no wrapped figure.
"""
from pathlib import Path

import pytest

import reportparse
from reportparse.cells import parse_cell, unread_cell, wrapped_pieces
from reportparse.extract.national import _row_total_ok
from reportparse.extract.row_cells import Token
from reportparse.extract.solver import Constraint
from reportparse.extract.wrapped_cells import singled_out, wrap_readings
from reportparse.layout.pdf_aligned_stacked import joined_text, wrapped_texts

from test_pdf_damage_pdf63 import _band, _fig, _over  # the same hand-drawn runs and columns
from pdf_variants import draw_county, parse_pdf as _parse, variants3, wrong_values

SAMPLE = Path(__file__).parent.parent / "samples" / "national-2023.txt"


def _narrow(template, seed, width, total, rules, tracking=0.0):
    return draw_county(template, seed, t3_split=variants3().t3_narrow((16, 40, 84), width, total, False), rules=rules,
                       figure_spacing=tracking, spaced_every=1, centre_cells=False)


# ---------------------------------------------------------------- invented reports: every cell of table 三 read

WRAPPED = [
    # (template, seed, applicant columns, total column, rules, tracking)
    ("2019", 97, 18, 24, "none", 0.0),          # a cell's two lines around the row's middle line (its total's)
    ("2021", 161, 18, 24, "three_line", 0.0),
    ("2019", 113, 18, 24, "horizontal", 0.7),
    ("2019", 213, 18, 18, "none", 0.0),         # every cell of a row wrapped, the total's too
    ("2021", 297, 18, 18, "horizontal", 0.7),
    ("2019", 227, 18, 18, "three_line", 0.7),
    ("2021", 300, 18, 18, "none", 0.0),         # (its 一's tails sum as a row too: R1 settles the row)
]


@pytest.mark.parametrize("template,seed,width,total,rules,tracking", WRAPPED)
def test_wrapped_figures_of_a_narrow_borderless_table_three_read_cell_by_cell(template, seed, width, total, rules,
                                                                              tracking):
    data, want = _narrow(template, seed, width, total, rules, tracking)
    got, warnings = _parse(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    t3 = {k: v for k, v in want.items() if k.startswith("requests.")}
    assert any(v >= 1000 for v in t3.values())          # (four-digit figures: wrapped in an 18 pt cell)
    for key, drawn in t3.items():
        assert got.get(key) == drawn, key
    assert any("read joined only where" in w for w in warnings)


def test_a_row_whose_tails_sum_as_a_row_is_read_as_r1_settles_it():
    data, want = _narrow("2021", 300, 18, 18, "none")
    got, _ = _parse(data)
    for who in ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"):
        key = f"requests.new|applicant={who}"
        assert want[key] >= 1000 and got.get(key) == want[key], key


# ---------------------------------------------------------------- the table reader (text with the layout's mark)

def _t3(text, key):
    report = reportparse.parse_text(text)
    return {i.applicant: i.value for i in report.indicators if i.key == key}, report.warnings


def test_a_wrapped_cell_the_rows_total_proves_is_read_joined():
    text = SAMPLE.read_text(encoding="utf-8").replace("| 254 | 39 | 4 | 3 | 6 | 10 | 316 |",
                                                     "| 25⏎4 | 39 | 4 | 3 | 6 | 10 | 31⏎6 |")
    got, _ = _t3(text, "requests.new")
    assert got == {"natural_person": 254, "commercial": 39, "research": 4, "social_welfare": 3, "legal_service": 6,
                   "other_org": 10, "total": 316}


def test_guard_a_cell_whose_upper_figure_alone_fits_the_total_stays_unread():
    # (two figures one over the other, 25 and 4: the total 87 holds with 25, never with 254: no wrapped figure)
    text = SAMPLE.read_text(encoding="utf-8").replace("| 254 | 39 | 4 | 3 | 6 | 10 | 316 |",
                                                     "| 25⏎4 | 39 | 4 | 3 | 6 | 10 | 87 |")
    got, warnings = _t3(text, "requests.new")
    assert got == {"commercial": 39, "research": 4, "social_welfare": 3, "legal_service": 6, "other_org": 10,
                   "total": 87}
    assert any("natural_person: its figure wrapped onto two lines in its cell (25 / 4)" in w for w in warnings)


def test_guard_a_row_whose_sums_hold_either_way_stays_unread_where_r2_does_not_settle_the_join():
    # 11 / 11 or 1 / 1 (either line alone) all hold the row's total; R2 holds with 1 only: the join is not read
    text = SAMPLE.read_text(encoding="utf-8").replace("1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
                                                     "1.属于国家秘密 | 1⏎2 | 0 | 0 | 0 | 0 | 0 | 1⏎2 |")
    got, warnings = _t3(text, "requests.denied.state_secret")
    assert "natural_person" not in got and "total" not in got
    assert got == {"commercial": 0, "research": 0, "social_welfare": 0, "legal_service": 0, "other_org": 0}
    assert any("state_secret|total: its figure wrapped onto two lines" in w and "do not settle" in w for w in warnings)


def test_readings_of_a_row_with_wrapped_cells():
    def row(*cells):
        return [Token(c, 0, 0) for c in cells]
    # proven by the row alone: only the joined reading holds
    assert wrap_readings(row("25⏎4", "39", "4", "3", "6", "10", "31⏎6"), _row_total_ok) == [
        (254, 39, 4, 3, 6, 10, 316)]
    # the joined reading fails: none
    assert wrap_readings(row("25⏎4", "39", "4", "3", "6", "10", "87"), _row_total_ok) is None
    # the upper line and the lower line each hold as rows too (tails 1 + 6 = 7): three readings, the joined first
    found = wrap_readings(row("384⏎1", "534⏎6", "0", "0", "0", "0", "918⏎7"), _row_total_ok)
    assert found[0] == (3841, 5346, 0, 0, 0, 0, 9187) and len(found) == 3
    # a blank total holds every reading: not proven by the row
    assert len(wrap_readings(row("37⏎5", "12", "0", "0", "0", "0", ""), _row_total_ok)) > 1
    # no wrapped cell, or a cell that is no number
    assert wrap_readings(row("375", "12", "0", "0", "0", "0", "387"), _row_total_ok) is None
    assert wrap_readings(row("37⏎5", "12件x", "0", "0", "0", "0", "387"), _row_total_ok) is None


class _Row:
    def __init__(self, *candidates, wrapped=None):
        self.candidates, self.wrapped = list(candidates), wrapped


def test_an_identity_over_other_rows_read_one_way_singles_the_join_out():
    ok = Constraint(("a", "b"), lambda a: a["a"][0] + 10 == a["b"][0], hard=False)
    rows = {"a": _Row((3700,), (370,), wrapped=(3700,)), "b": _Row((3710,))}
    assert singled_out("a", rows, [ok])
    rows["b"] = _Row((3710,), (380,))                   # (the other row read two ways: no proof)
    assert not singled_out("a", rows, [ok])
    rows = {"a": _Row((3700,), (370,), wrapped=(3700,)), "b": _Row((380,))}
    assert not singled_out("a", rows, [ok])             # (it holds with another reading)


def test_the_mark_is_a_cell_no_number_reads():
    assert not parse_cell("370⏎0").ok and unread_cell("370⏎0")
    assert wrapped_pieces("370⏎0") == ("370", "0") and wrapped_pieces("5⏎") == ("5", "")
    assert wrapped_pieces("⏎") is None and wrapped_pieces("370") is None and wrapped_pieces("37⏎0件") is None


# ---------------------------------------------------------------- the layout's rules by hand

def test_a_stacked_pair_inside_its_rows_band_is_a_wrapped_figure():
    above, below = _band(_fig(200, 130, "98")), _band(_fig(200, 190, "162"))
    assert joined_text(_fig(200, 154, "370"), _fig(200, 163, "0"), above, below) == "370⏎0"
    assert joined_text(_fig(200, 154, "370"), _fig(200, 163, "0"), None, None) == "370⏎0"


def test_guard_no_wrapped_figure_with_a_unit_or_beyond_the_rows_band():
    above, below = _band(_fig(200, 130, "98")), _band(_fig(200, 168, "162"))
    assert joined_text(_fig(200, 154, "494"), _fig(200, 163, "2个"), None, None) is None
    assert joined_text(_fig(200, 154, "370"), _fig(200, 163, "0"), above, below) is None     # (into the row below)
    assert joined_text(_fig(200, 134, "370"), _fig(200, 143, "0"), _band(_fig(200, 136, "5")), None) is None


def test_a_row_wrapped_line_by_line_gives_each_column_its_pieces():
    upper = _band(_fig(200, 158.8, "370"), _fig(218, 158.8, "268"), _fig(236, 158.8, "5"))
    lower = _band(_fig(204, 168.8, "0"), _fig(222, 168.8, "4"))
    assert wrapped_texts(upper, lower, _over) == {0: "370⏎0", 1: "268⏎4", 2: "5⏎"}


def test_guard_a_line_whose_figure_stands_under_no_head_or_beside_another_is_no_set_of_tails():
    upper = _band(_fig(200, 158.8, "370"), _fig(218, 158.8, "268"))
    assert wrapped_texts(upper, _band(_fig(240, 168.8, "5")), _over) is None         # (a tail under no head)
    two = _band(_fig(200, 158.8, "3"), _fig(206, 158.8, "7"))
    assert wrapped_texts(two, _band(_fig(204, 168.8, "0")), _over) is None           # (two figures in a column)
    assert wrapped_texts(upper, _band(_fig(204, 168.8, "0件")), _over) is None        # (not digits only)


# ---------------------------------------------------------------- a label wrapped around its row's middle line

def test_a_label_wrapped_around_a_rows_middle_line_stays_the_rows():
    # (6.5 pt figures in cells centred: '1.本机关不掌握相关政' over the row's line, '府信息' under it, the total's
    # '164' / '1' beside them: the label's lines were rows of their own, the row's figures a row with no label)
    data, want = draw_county("2021", 300, t3_split=variants3().t3_narrow((16, 40, 84), 18, 18, False), rules="none",
                             spaced_every=1, centre_cells=True, figure_size=6.5)
    got, _ = _parse(data)
    for who in ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"):
        key = f"requests.unable.not_held|applicant={who}"
        assert got.get(key) == want[key], key
    assert want["requests.unable.not_held|applicant=total"] >= 1000
    t3 = {k: v for k, v in want.items() if k.startswith("requests.")}
    assert {k: got.get(k) for k in t3} == t3
