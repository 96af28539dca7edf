"""PDF damage class read at stop 65 (pdf65): tracked figures (0.7 em) in the 20 pt columns of a narrow borderless
table 三 (`variants3.t3_narrow`), which stop 64 left unread as "row unsettled" (462 values of its sweep3).

The cause was the header, not the figures: the applicant headers are set one character a line, and the two
longest words (社会公益组织, 法律服务机构) begin a line above the others, so their first line holds two characters
only ('社  法', and their last '织  构'). pdf_aligned_heads.unstacked cut lines of stacked header words back into
their characters from three characters on (`stacked_head_chars`): the two-character line stayed one letter-spaced
word over two columns, the header word over a spread two-digit figure ('1 7') then headed two columns, and
pdf_spaced left the row unread. A line of two characters is now cut too where each character stands in a stack of
three lines or more and over a figure of its own (pdf_aligned_heads._short_line).
Guards: two characters over one figure (a justified word wrapped over one column), or in stacks of two lines,
stay one word; with the stacked-header rule turned off (stacked_head_pitch 0) the same reports' tracked rows stay
unread, never WRONG, with their note: where the header does not settle the split, nothing is read.
"""
import dataclasses

import pytest

from reportparse.layout.pdf_aligned_stacked import stacked_pairs
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT

from test_pdf_damage_pdf58 import _cut, _figures, _line  # the same hand-drawn lines and rows
from test_pdf_damage_pdf63 import _band, _fig  # ... and runs
from pdf_variants import draw_county, parse_pdf, variants3, wrong_values

APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")


def _tracked(template, seed, rules, centre_cells, centred):
    """Table 三 narrow (20 pt columns, the total's too), every figure tracked 0.7 em, 6.5 pt figures."""
    return draw_county(template, seed, t3_split=variants3().t3_narrow((16, 40, 84), 20, 20, centred), rules=rules,
                       centre_cells=centre_cells, figure_spacing=0.7, spaced_every=1, figure_size=6.5)


# ---------------------------------------------------------------- invented reports: every cell of table 三 read

TRACKED = [
    # (template, seed, rules, figures centred in their cells, table centred on the page)
    ("2019", 249, "none", False, False),
    ("2019", 259, "three_line", True, True),
    ("2019", 265, "horizontal", False, False),
    ("2021", 315, "none", True, True),
    ("2021", 329, "horizontal", False, False),
]


@pytest.mark.parametrize("template,seed,rules,centre_cells,centred", TRACKED)
def test_tracked_figures_of_a_narrow_table_three_read_cell_by_cell(template, seed, rules, centre_cells, centred):
    data, want = _tracked(template, seed, rules, centre_cells, centred)
    got, warnings = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    t3 = {k: v for k, v in want.items() if k.startswith("requests.")}
    assert any(9 < v < 100 for v in t3.values())        # (two-digit figures: spread over their 20 pt cell)
    for key, drawn in t3.items():
        assert got.get(key) == drawn, key
    assert not any("do not settle" in w or "which the table's columns do not settle" in w for w in warnings)


def test_every_applicant_of_a_tracked_row_read_as_drawn():
    data, want = _tracked("2019", 249, "none", False, False)
    got, _ = parse_pdf(data)
    for who in APPLICANTS:
        key = f"requests.denied.prohibited_by_law|applicant={who}"
        assert got.get(key) == want[key], key


def test_guard_without_the_stacked_header_rule_the_tracked_rows_stay_unread_never_wrong():
    # (the header then names no column alone over the spread figures: the split is not settled, nothing read)
    data, want = _tracked("2019", 249, "none", False, False)
    got, warnings = parse_pdf(data, dataclasses.replace(DEFAULT_PDF_LAYOUT, stacked_head_pitch=0))
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    assert got.get("requests.denied.prohibited_by_law|applicant=total") is None
    assert any("which the table's columns do not settle" in w for w in warnings)


# ---------------------------------------------------------------- the rule alone

def test_a_line_of_two_characters_in_deep_stacks_over_two_figures_is_cut():
    # (社 / 会 / 公 and 法 / 律 / 服: the two longest header words, their lines of two characters)
    bands = [_line(w, 120, 600 + 10 * k, 20) for k, w in enumerate(["社法", "会律", "公服"])]
    bands.append(_figures(["17", "22"], 120, 640, 20))
    assert _cut(bands)[:3] == [2, 2, 2]


def test_guard_two_characters_over_one_figure_stay_a_word():
    # (a header justified over one wide column, wrapped two characters a line: every character over its one figure)
    bands = [_line(w, 120, 600 + 10 * k, 12) for k, w in enumerate(["申请", "数量", "合计"])]
    bands.append(_figures(["12345678"], 116, 640, 32))
    assert _cut(bands)[:3] == [1, 1, 1]


def test_guard_two_characters_in_stacks_of_two_lines_stay_a_word():
    bands = [_line(w, 120, 600 + 10 * k, 20) for k, w in enumerate(["社法", "会律"])]
    bands.append(_figures(["17", "22"], 120, 640, 20))
    assert _cut(bands)[:2] == [1, 1]


# ---------------------------------------------------------------- figures smaller than the table's text

def _leaded(template, seed, width, rules, tracking, centre_cells, size, centred):
    """Table 三 narrow (`width` pt columns, the total's too), figures tracked and set at `size` pt on the table's
    8 pt text lines (10 pt leading): a four-digit figure wraps ('389' over '5') farther apart than 0.6 of its height."""
    return draw_county(template, seed, t3_split=variants3().t3_narrow((16, 40, 84), width, width, centred), rules=rules,
                       centre_cells=centre_cells, figure_spacing=tracking, spaced_every=1, figure_size=size)


LEADED = [
    # (template, seed, columns, rules, tracking, centre_cells, figure size, table centred): 19-20 WRONG values at base
    ("2021", 7003, 19, "none", 1.0, False, 6.0, True),
    ("2021", 7065, 19, "three_line", 0.7, True, 6.0, False),
]


@pytest.mark.parametrize("template,seed,width,rules,tracking,centre_cells,size,centred", LEADED)
def test_wrapped_figures_smaller_than_the_text_read_cell_by_cell(template, seed, width, rules, tracking, centre_cells,
                                                                 size, centred):
    data, want = _leaded(template, seed, width, rules, tracking, centre_cells, size, centred)
    got, warnings = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    t3 = {k: v for k, v in want.items() if k.startswith("requests.")}
    assert any(v >= 1000 for v in t3.values())
    for key, drawn in t3.items():
        assert got.get(key) == drawn, key
    assert any("read joined only where" in w for w in warnings)


def test_guard_wrapped_figures_smaller_than_the_text_the_sums_do_not_prove_stay_unread_never_wrong():
    # (the upper lines were read as the rows: 20 WRONG values at base; now joined where the sums prove it, else unread)
    data, want = _leaded("2019", 7045, 19, "none", 0.4, True, 5.5, False)
    got, warnings = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    # (its lines' pieces spaced: '4 9 3' / '1': unread at stop 65; offered joined since stop 66 and proved by the
    # row's sums; test_pdf_damage_pdf66's guard keeps a row its sums do not prove unread)
    assert got.get("requests.new|applicant=total") == want["requests.new|applicant=total"]
    assert any("no label right below its own" in w and "read joined only where" in w for w in warnings)


def _col(x, *figures):
    """Figures of one column as (top, text), 6 pt high."""
    return [_fig(x, top, text, 6.0) for top, text in figures]


def _pairs(line_h):
    # a total wrapped around its row's line ('105' / '7', 4 pt apart: 0.67 of the figures' 6 pt), rows 20 pt apart
    total = _col(240, (200, "105"), (210, "7"), (225, "98"), (245, "87"), (265, "76"))
    first = _col(200, (205, "303"), (225, "41"), (245, "52"), (265, "63"))
    bands = [_band(*[r for r in total + first if r.top == top]) for top in sorted({r.top for r in total + first})]
    over = lambda r: [0] if r.x0 < 220 else [1]            # noqa: E731
    return stacked_pairs(bands, over, 6.0, DEFAULT_PDF_LAYOUT, set(), line_h)


def test_a_wrapped_figure_smaller_than_the_text_is_a_stacked_pair():
    assert [(a.text, c.text) for a, c, _, _ in _pairs(8.0)] == [("105", "7")]


def test_guard_figures_as_large_as_the_text_that_far_apart_are_no_pair():
    assert _pairs(6.0) == [] and _pairs(0.0) == []


# ---------------------------------------------------------------- a ruled grid without its right (or left) border

OPEN = [("2019", 303, "open_right"), ("2021", 304, "open_right"), ("2019", 305, "open_left"), ("2021", 306, "open_left")]


@pytest.mark.parametrize("template,seed,style", OPEN)
def test_a_grid_without_one_border_read_cell_by_cell(template, seed, style):
    # (its horizontal rules end together with no rule drawn there: every table was read as text, 15 of 198 values)
    data, want = draw_county(template, seed, rules="grid", rule_style=style)
    got, _ = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    for key, drawn in want.items():
        assert got.get(key) == drawn, key


# rules of a grid: verticals (x, top, bottom); its open sides as close_open_ends finds them (x, top, bottom)
LEFT, INNER = (56.0, 90.0, 150.0), [(200.0, 90.0, 150.0), (300.0, 90.0, 150.0)]


def test_the_missing_right_border_is_drawn_from_the_left_one():
    from reportparse.layout.pdf_edges import close_border
    sides = [(550.0, 90.0, 120.0), (550.0, 120.0, 150.0)]
    assert close_border([LEFT] + INNER, sides, 1.0) == ([(550.0, 90.0, 150.0)], [])


def test_guard_rules_drawn_past_the_border_close_no_column():
    # (a right border drawn at 550, the horizontal rules running on to 552: no sliver of a column)
    from reportparse.layout.pdf_edges import close_border
    sides = [(552.0, 90.0, 150.0)]
    assert close_border([LEFT] + INNER + [(550.0, 90.0, 150.0)], sides, 1.0) == ([], [])


def test_guard_an_open_side_facing_no_full_rule_or_one_inner_rule_gets_no_border():
    from reportparse.layout.pdf_edges import close_border
    sides = [(550.0, 90.0, 150.0)]
    assert close_border(INNER, sides, 1.0) == ([], [])                      # (no rule spans its height)
    assert close_border([LEFT, INNER[0]], sides, 1.0) == ([], [])           # (one column rule between)
