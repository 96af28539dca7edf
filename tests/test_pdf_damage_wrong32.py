"""PDF damage of stop 32, found by tools/pdf_attack.py (invented reports of tools/pdf_reports under seeded
random damage): a shadow (or a text layer drawn twice) over figures shrunk far below the labels' size,
and a chain of tracked digits running from a cell into one holding two figures' digits."""
import io

import pytest

import reportparse

from conftest import pdf_fixture_generator
from pdf_variants import wrong_values


def _read(template, seed, post=None, **writer):
    """(read, drawn) values of `template`'s invented report of `seed` drawn with `writer`'s options,
    its bytes passed through `post` first."""
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.county_report(buf, "清水县人民政府", template, seed, **writer)
    data = post(buf.getvalue()) if post else buf.getvalue()
    got = reportparse.parse(data).values()
    return {k: got.get(k) for k in exp["values"]}, exp["values"]


@pytest.mark.parametrize("template, seed, shadow, size, figure_size", [
    ("2021", 3207, (-1.85, -0.9, 0.0), 10, 5.0),        # below-left, off the line
    ("2021", 3202, (1.9, 0.0, 0.0), 9, 5.0),            # aside, on the line
    ("2019", 3204, (-1.8, 0.0, 0.0), 10, 5.0),
])
def test_a_shadow_over_shrunk_figures_is_read_once(template, seed, shadow, size, figure_size):
    # labels at 9-10 pt, figures shrunk to 5 pt, every text drawn again ~1.9 pt off: the copy is within
    # a fifth of a label's height (the page's layer offset is found from the labels) but more than
    # 0.35 of a figure's, so the figures' twins stayed and every figure read doubled (45 as 4455: 199
    # WRONG values of 200). A twin at the page's offset is now the same glyph off the line up to
    # 0.6 of its height (PDFLayoutSettings.layer_reach), and on the line where it stands inside the
    # glyph's own box (the next glyph of a text stands a whole advance on)
    got, want = _read(template, seed, shadow=shadow, table_size=size, figure_size=figure_size,
                      right_figures=template == "2019")
    assert wrong_values(got, want) == {}
    assert sum(got[k] == v for k, v in want.items()) >= len(want) - 8


def test_guard_same_digits_side_by_side_at_a_small_size_stay_two_digits():
    """A guard: with no shadow, 4-5 pt figures holding one digit twice ('11', '155', '3388') and a
    shadow only over the labels' size are all read: side by side glyphs are no copies."""
    got, want = _read("2021", 3205, shadow=(1.3, 0.0, 0.0), table_size=8, figure_size=4.0)
    assert got == want
    got, want = _read("2019", 3208, table_size=10, figure_size=4.5)
    assert got == want


def test_a_tracked_chain_running_into_a_cell_of_two_figures_leaves_both_unread():
    # a broken width table (the CID font's /W blanked: every digit a full em wide to a reader) under
    # tracked figures: a 4-digit figure centred in its cell ran over the rule, its last digit at its
    # own spacing into the next cell (whose own figure it ran into: that cell left unread as two
    # figures side by side), and the rest of it was read as a figure: 4029 as 402, 3978 as 397. The
    # chain going on at its very spacing into a cell of two figures leaves the cell it comes from
    # unread too, though the figure fills its cell (not set flush to the rule)
    gen = pdf_fixture_generator()
    for seed in (3216, 3218):
        got, want = _read("2021", seed, post=gen.variants2.without_widths, figure_spacing=0.7, table_size=9,
                          figure_size=5.5)
        assert wrong_values(got, want) == {}
        assert got["requests.new|applicant=natural_person"] is None
        assert got["requests.answered|applicant=natural_person"] is None
        assert got["requests.new|applicant=commercial"] is None      # (the cell run into)
        assert sum(got[k] == v for k, v in want.items()) >= 180
    got, want = _read("2021", 3211, post=gen.variants2.without_widths, figure_spacing=0.8)
    assert wrong_values(got, want) == {}            # (table 四's 108 read 10 before)


@pytest.mark.parametrize("seed, tracking, sizes", [(3221, 0.5, {}), (3222, 0.6, {}),
                                                   (3225, 0.8, dict(table_size=10, figure_size=5.0))])
def test_a_tracked_chain_into_a_cell_with_digits_off_it_leaves_both_unread(seed, tracking, sizes):
    # figures set flush right, then placed glyph by glyph with tracking the exporter did not count:
    # a figure's last digit lands past the rule at its own spacing (3 0 | 7) in the next cell, whose
    # own figure stands apart from it (another gap, or another size). Its last digit a hair further
    # than HUG from the rule and its chain over one rule only, the cell it came from was read short
    # and the next one took the digit: 307 as 30, 158 as 7158, 8 as 98, 175 as 17. The chain going
    # on into a cell holding digits off it leaves both cells unread (a warning names the row)
    got, want = _read("2021", seed, right_figures=True, glyph_tracking=tracking, **sizes)
    assert wrong_values(got, want) == {}
