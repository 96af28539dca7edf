"""PDF damage classes read at stop 63 (pdf63): table 三 narrow (`variants3.t3_narrow`, `--with t3_narrow`), as
portrait pages print it: narrow label columns, the six applicant columns 18-28 pt, their header words one
character a line (自 / 然 / 人, 商 / 业 / 企 / 业 …) under 法人或其他组织 over five columns.

In columns of 22 pt and more every figure fits its cell, and table 三 reads whole (before as now). In 18-20 pt
columns a four-digit figure wraps onto two lines in its cell ('370' over '0'), borderless:
1. every applicant cell of a row wrapped, the row's total (in a wider column) on one line between the two lines:
   the upper line was a table of its own, the total's line another (its figure in no column found so far), the
   lower line went with the next rows and was read as the row's figures (3700 read 0: WRONG). A band whose lines
   overlap those of the band above it (rows of a table never do) and whose figures stand in no column yet is the
   row's middle line (pdf_aligned_stacked.mid_line): the table goes on, and each cell's two lines are a stacked
   pair (unread, said); the total reads.
2. every cell of the row wrapped, the total too: the label went with the upper line (3700 read 370: WRONG), the
   lower line left with no label below it. A line of figures with no label right BELOW a labelled row's, each
   of its figures under one of the row's, closer than the table's rows stand, is the mirror of
   wrapped_rows's case: both lines unread, said. (Stop 64 joins the two lines of each cell where the table's
   sums prove it: tests/test_pdf_damage_pdf64.py.)
Guards: tables whose figures fit (22-28 pt) read whole; a band over a column already found, or standing clear
of the band above, is no middle line; a label-less line whose figures stand under none of the row's above, or
a row's pitch below it, is no wrapped tail.
"""
import pytest

from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_aligned_stacked import mid_line, wrapped_rows
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT as GEO

from pdf_variants import draw_county, parse_pdf as _parse, variants3, wrong_values


DIGIT = 3.696          # (a digit's width at the tables' 8 pt: a cell holds (width - 5) / DIGIT digits)


def _t3(want):
    return {k: v for k, v in want.items() if k.startswith("requests.")}


def _narrow(template, seed, width, total, rules, tracking=0.0, centred=False, labels=(16, 40, 84)):
    return draw_county(template, seed, t3_split=variants3().t3_narrow(labels, width, total, centred), rules=rules,
                       figure_spacing=tracking, spaced_every=1, centre_cells=centred)


# ---------------------------------------------------------------- guards: figures that fit read whole

FIT = [
    ("2021", 101, 22, 28, "none", 0.0, False, (18, 48, 96)),
    ("2019", 102, 24, 28, "three_line", 0.7, True, (16, 40, 84)),
    ("2021", 105, 26, 32, "horizontal", 0.7, False, (22, 60, 120)),
    ("2019", 104, 28, 28, "grid", 0.0, True, (18, 48, 96)),
]


@pytest.mark.parametrize("template,seed,width,total,rules,tracking,centred,labels", FIT)
def test_narrow_table_three_whose_figures_fit_reads_every_cell(template, seed, width, total, rules, tracking,
                                                               centred, labels):
    data, want = _narrow(template, seed, width, total, rules, tracking, centred, labels)
    got, _ = _parse(data)
    for key, drawn in want.items():            # (every value of the report: tables 二, 三, 四)
        assert got.get(key) == drawn, key


# ---------------------------------------------------------------- 1. and 2.: figures wrapped in 18-20 pt columns

WRAPPED = [
    # (template, seed, applicant columns, total column, rules, tracking)
    ("2019", 97, 18, 24, "none", 0.0),          # 1. the total on one line between the cells' two lines
    ("2021", 161, 18, 24, "three_line", 0.0),
    ("2019", 113, 18, 24, "horizontal", 0.7),
    ("2019", 213, 18, 18, "none", 0.0),         # 2. every cell wrapped, the total's too
    ("2021", 297, 18, 18, "horizontal", 0.7),
    ("2019", 227, 18, 18, "three_line", 0.7),
]


@pytest.mark.parametrize("template,seed,width,total,rules,tracking", WRAPPED)
def test_narrow_table_three_never_reads_a_wrapped_figure_as_another(template, seed, width, total, rules, tracking):
    data, want = _narrow(template, seed, width, total, rules, tracking)
    got, warnings = _parse(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    for key, drawn in _t3(want).items():
        cell = total if key.endswith("applicant=total") else width
        if DIGIT * len(str(drawn)) <= cell - 5:
            assert got.get(key) == drawn, key  # (fits its cell: read as drawn)
        else:   # (wrapped: never its upper or lower line; read joined since stop 64 where the sums prove it)
            assert got.get(key) in (None, drawn), key
    assert any("one over the other" in w or "right below its own" in w for w in warnings)


def test_every_cell_of_a_row_wrapped_is_said_and_its_row_read_joined_where_its_sums_prove_it():
    # (stop 63 left the row unread; stop 64 joins each cell's two lines where the sums prove it: pdf64's tests)
    data, want = _narrow("2019", 213, 18, 18, "none")
    got, warnings = _parse(data)
    for k in ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"):
        assert got.get(f"requests.new|applicant={k}") == want[f"requests.new|applicant={k}"]
    assert want["requests.carried_over|applicant=natural_person"] < 1000
    assert got.get("requests.carried_over|applicant=natural_person") == want["requests.carried_over|applicant=natural_person"]
    note = [w for w in warnings if "本年新收" in w and "right below its own" in w]
    assert note and "read joined only where" in note[0]


# ---------------------------------------------------------------- rules by hand

def _fig(x, top, text, h=8.0):
    return Run([], text, x, top, x + 4 * len(text), top + h, True)


def _band(*runs):
    return Band(list(runs), min(r.top for r in runs), max(r.bottom for r in runs))


COLS = [[200, 212], [218, 230], [236, 248]]


def _over(r):
    return [k for k, (a, b) in enumerate(COLS) if a - 2 <= r.x1 and r.x0 <= b + 2]


def test_a_total_between_a_rows_two_lines_is_its_middle_line():
    upper = _band(_fig(200, 158.8, "370"), _fig(218, 158.8, "268"), _fig(236, 158.8, "426"))
    middle = _band(Run([], "一、本年新收", 60, 163.8, 108, 171.8, False), _fig(260, 163.8, "22597"))
    assert mid_line(upper, middle, _over)


def test_no_middle_line_over_a_column_found_or_clear_of_the_band_above():
    upper = _band(_fig(200, 158.8, "370"), _fig(218, 158.8, "268"), _fig(236, 158.8, "426"))
    in_column = _band(_fig(219, 163.8, "57"), _fig(260, 163.8, "22597"))
    assert not mid_line(upper, in_column, _over)           # (a figure in a column: _fits decides, as before)
    clear = _band(_fig(260, 170.0, "22597"))
    assert not mid_line(upper, clear, _over)               # (below the band: a row of its own)
    words = _band(Run([], "说明", 60, 163.8, 76, 171.8, False))
    assert not mid_line(upper, words, _over)               # (no figure)


def _rows(lower_xs, lower_top):
    rows = [_band(Run([], "二、上年结转", 60, 130, 108, 138, False), _fig(200, 130, "98"), _fig(218, 130, "88")),
            _band(Run([], "一、本年新收", 60, 158.8, 108, 166.8, False), _fig(200, 158.8, "370"),
                  _fig(218, 158.8, "268")),
            _band(*[_fig(x, lower_top, "5") for x in lower_xs]),
            _band(Run([], "三、", 60, 190, 76, 198, False), _fig(200, 190, "162"), _fig(218, 190, "125"))]
    return rows, [True, True, False, True]


def test_a_line_of_tails_right_below_a_labelled_row_is_wrapped():
    rows, labelled = _rows([204, 222], 168.8)
    assert wrapped_rows(rows, labelled, 8.0, GEO) == [1, 2]


def test_a_line_below_a_row_under_none_of_its_figures_or_a_pitch_away_is_no_tail():
    rows, labelled = _rows([240, 260], 168.8)               # (under no figure of the row)
    assert wrapped_rows(rows, labelled, 8.0, GEO) == []
    rows, labelled = _rows([204, 222], 176.0)               # (a row's gap below: a row of its own)
    assert wrapped_rows(rows, labelled, 8.0, GEO) == []
