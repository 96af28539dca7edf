"""PDF damage classes read at stop 61 (pdf61).

1. Table 四 borderless in 16 pt columns (`variants3.t4_narrow(16)`): a three-digit figure no longer fits its
   cell and wraps onto two lines ('10' over '4'), one above the row's line of figures and one below, in a
   column where that line has no figure. The upper line was taken for the row of figures the header words
   set one character a line stand over (pdf_aligned_heads), so the header was not joined back and the whole
   table was lost (0 of 15). Now a lone figure right over a fuller line of figures is no row of its own
   (it heads its column with the row), and a cell's two lines standing in a gap between the figure columns
   are a stacked pair like two in one column (pdf_aligned_stacked.gap_of): that cell is left unread and
   said, the other 14 are read. A table of one row has no row pitch to compare the pair with.
   Guards: a lone figure farther than a cell's line gap above the row is a row; two figures in a gap with
   no figure of the row between them, or standing as far apart as the table's rows, are no pair; 18 and
   20 pt tables read as before.
2. A row's last cell of table 二 alone at the top of a BORDERLESS page (`t2_across_pages(at, last=1)`, the
   header not repeated, the rows below it no table of their own): a bare number alone near the page's top,
   left out as the page's number before any join. It is kept aside (PageData.dropped) and joined
   (pdf_lone_figure._join_dropped) where the page before ends in a borderless table whose last row has a
   label and exactly one blank cell in the figure's column, the figure is the page's first line, stands no
   higher than the page before's body begins and is not the page's own number.
   Guards: a page number at the top (the page's index, or one less: a cover unnumbered), one in the top
   margin above the body, a figure off the blank's column, a row with two blank cells, a ruled table: the
   number stays left out.
"""
import io

import pytest

from reportparse.api import parse_document
from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_aligned_heads import _row_below
from reportparse.layout.pdf_aligned_stacked import gap_of, stacked_pairs
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT as GEO
from reportparse.settings import DEFAULT_SETTINGS

from conftest import pdf_fixture_generator
from pdf_variants import wrong_values

WHO = "清水县人民政府"
T4 = [f"{g}.{o}" for g in ("review", "litigation.direct", "litigation.after_review")
      for o in ("upheld", "corrected", "other", "pending", "total")]


def _parse(data):
    doc = load_pdf(data, DEFAULT_SETTINGS)
    return parse_document(doc).values(), doc.warnings


# ---------------------------------------------------------------- 1. table 四 in 16 pt columns

def _narrow(template, seed, width, rules, tracking, centred):
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.county_report(buf, WHO, template, seed, t4_split=gen.variants3.t4_narrow(width), rules=rules,
                            figure_spacing=tracking, spaced_every=1, centre_cells=centred)
    return buf.getvalue(), exp["values"]


NARROW = [
    # (template, seed, rules, tracking, header words centred, figures of three digits: wrapped)
    ("2021", 95, "none", 0.0, True, 1),
    ("2021", 95, "three_line", 0.7, False, 1),
    ("2019", 95, "horizontal", 0.0, False, 1),
    ("2019", 123, "none", 0.7, True, 1),
    ("2021", 7, "horizontal", 0.7, True, 1),
    ("2021", 123, "three_line", 0.0, True, 0),            # (none wrapped: read whole, before as now)
]


@pytest.mark.parametrize("template,seed,rules,tracking,centred,n", NARROW)
def test_table_four_in_16pt_columns_reads_all_but_a_wrapped_figure(template, seed, rules, tracking, centred, n):
    data, want = _narrow(template, seed, 16, rules, tracking, centred)
    got, warnings = _parse(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    wrapped = [k for k in T4 if want[k] >= 100]           # (three digits do not fit 16 pt: two lines)
    assert len(wrapped) == n
    for key in T4:
        assert got.get(key) == (None if key in wrapped else want[key]), key
    assert len({want[k] for k in T4}) >= 12          # (distinct figures: a shifted column cannot pass)
    assert sum(1 for w in warnings if "two figures one over the other" in w) == len(wrapped)
    assert all(got.get(k) == want[k] for k in want if k not in wrapped)


@pytest.mark.parametrize("width,rules", [(18, "none"), (20, "three_line"), (16, "grid")])
def test_table_four_in_wider_or_ruled_columns_still_reads_whole(width, rules):
    data, want = _narrow("2021", 95, width, rules, 0.0, True)
    got, _ = _parse(data)
    assert all(got.get(k) == want[k] for k in want)


def _fig(text, x, top, h=8.0):
    return Run([], text, x, top, x + 4 * len(text), top + h, True)


def _band(*runs):
    return Band(list(runs), min(r.top for r in runs), max(r.bottom for r in runs))


ROW = [(60, "34"), (76, "18"), (94, "6"), (108, "20"), (124, "78")]


def test_a_lone_figure_right_over_a_fuller_row_heads_its_column_with_it():
    head = _band(Run([], "持正果结", 60, 660, 130, 668, False))
    upper, row = _band(_fig("10", 140, 689)), _band(*[_fig(t, x, 694) for x, t in ROW])
    below = _row_below([head, upper, row], 0, GEO)
    assert sorted(r.text for r in below) == sorted(["10"] + [t for _, t in ROW])


def test_a_lone_figure_a_row_apart_is_the_row_below():
    head = _band(Run([], "持正果结", 60, 660, 130, 668, False))
    upper, row = _band(_fig("10", 140, 680)), _band(*[_fig(t, x, 700) for x, t in ROW])
    assert [r.text for r in _row_below([head, upper, row], 0, GEO)] == ["10"]


COLS = [[60.0, 68.0], [76.0, 84.0], [94.0, 98.0], [108.0, 116.0], [124.0, 132.0], [156.0, 164.0]]


def _stacked(bands_):
    return stacked_pairs(bands_, lambda r: [k for k, (a, b) in enumerate(COLS) if r.x0 <= b and a <= r.x1]
                         or gap_of(COLS, r), 8.0, GEO, set())


def test_a_cells_two_lines_in_a_gap_between_the_columns_are_a_pair():
    row = _band(*[_fig(t, x, 694) for x, t in ROW + [(156, "52")]])
    upper, lower = _band(_fig("10", 140, 689)), _band(_fig("4", 142, 699))
    (a, c, band, j), = _stacked([upper, row, lower])
    assert (a.text, c.text, band is row, j) == ("10", "4", True, -6)


def test_two_figures_in_a_gap_without_the_row_between_or_a_row_apart_are_no_pair():
    upper, lower = _band(_fig("10", 140, 689)), _band(_fig("4", 142, 699))
    assert _stacked([upper, lower]) == []                   # (no figure of the row between them)
    rows = [_band(*[_fig(str(11 + k), x, 600 + 12 * k) for x, _ in ROW]) for k in range(3)]
    far = [_band(_fig("10", 140, 622)), _band(_fig("23", 108, 628)), _band(_fig("4", 142, 634))]
    assert _stacked(rows + far) == []                       # (as far apart as the table's rows: two rows)

