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
import pytest

from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_aligned_heads import _row_below
from reportparse.layout.pdf_aligned_stacked import gap_of, stacked_pairs
from reportparse.layout.pdf_furniture import page_numbers_out
from reportparse.layout.pdf_lone_figure import join_lone_figure
from reportparse.layout.pdf_model import Cell, Line, PageData, Table
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT as GEO

from pdf_variants import T4, draw_t2_broken, draw_t4, parse_pdf as _parse, variants3, wrong_values


# ---------------------------------------------------------------- 1. table 四 in 16 pt columns

def _narrow(template, seed, width, rules, tracking, centred):
    return draw_t4(template, seed, variants3().t4_narrow(width), rules, tracking, centred)


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


# ---------------------------------------------------------------- 2. a lone figure at a borderless page's top

def _t2(template, at, rules, repeat=False, last=1):
    return draw_t2_broken(template, at, rules, repeat, last)


TOP = [
    # (template, row at the break, rules, the value below the break)
    ("2019", 6, "none", "disclosure.licensing.decisions"),
    ("2019", 6, "three_line", "disclosure.licensing.decisions"),
    ("2019", 10, "horizontal", "disclosure.penalty.decisions"),
    ("2019", 2, "none", "disclosure.regulations.published_total"),
]


@pytest.mark.parametrize("template,at,rules,key", TOP)
def test_a_rows_last_figure_alone_at_a_borderless_pages_top_joins_its_row(template, at, rules, key):
    data, want = _t2(template, at, rules)
    got, _ = _parse(data)
    assert got.get(key) == want[key] and want[key] > 20
    assert all(got.get(k) == want[k] for k in want)


def test_two_cells_at_a_borderless_pages_top_stay_unread():
    data, want = _t2("2019", 6, "none", last=2)
    got, _ = _parse(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    assert got.get("disclosure.licensing.decisions") is None


XS = [56, 206, 321, 436, 551]


def _borderless(row_texts, line_text="2983", line_x=470.0, line_top=80.0, page=3, aligned=True, body=72.0):
    """Page `page - 1` (its body from `body`) ending in a borderless table whose last row is `row_texts`
    (label, figures; '' blank; 115 pt columns from XS), and page `page` whose top line `line_text` (at
    `line_x`, `line_top`) was left out as its number, a line of the table's next row under it."""
    row = [Cell(XS[k], 700, XS[k + 1], 712, text=t, page=page - 1) for k, t in enumerate(row_texts)]
    a = Table(list(row), 56, 600, 551, 712, page - 1, rows=[row])
    a.aligned = aligned
    pa = PageData(page - 1, 595, 842, blocks=[Line("本年度政务公开工作情况如下。", 56, body, 400, body + 12), a])
    lone = Line(line_text, line_x, line_top, line_x + 4 * len(line_text), line_top + 8)
    pb = PageData(page, 595, 842, blocks=[Line("其他对外管理服务事项 143 -3 2906", 56, 98, 500, 110)], dropped=[lone])
    return pa, pb, row


def test_the_number_left_out_at_the_top_joins_the_row_one_cell_short_in_its_column():
    pa, pb, row = _borderless(["行政许可", "171", "+7", ""])
    assert join_lone_figure(pa, pb, GEO) is None
    assert [c.text for c in row] == ["行政许可", "171", "+7", "2983"] and row[3].page == 3 and pb.dropped == []


@pytest.mark.parametrize("texts,kw", [
    (["行政许可", "171", "+7", ""], {"line_text": "3"}),              # the page's own number
    (["行政许可", "171", "+7", ""], {"line_text": "2"}),              # … a cover unnumbered
    (["行政许可", "171", "+7", ""], {"line_top": 40.0}),              # in the top margin, above the body
    (["行政许可", "171", "+7", ""], {"line_x": 330.0}),               # off the blank cell's column
    (["行政许可", "171", "", ""], {}),                                # two cells short
    (["行政许可", "171", "+7", ""], {"aligned": False}),              # a ruled table: its cells say
    (["行政许可", "171", "+7", ""], {"line_top": 100.0}),             # under the page's first line
])
def test_a_number_at_the_top_anywhere_else_stays_left_out(texts, kw):
    pa, pb, row = _borderless(texts, **kw)
    join_lone_figure(pa, pb, GEO)
    assert [c.text for c in row] == texts and len(pb.dropped) == 1


def test_bare_numbers_left_out_at_the_top_are_kept_aside():
    lines = [Line("2983", 470, 80, 486, 88), Line("一、总体情况", 56, 98, 200, 110), Line("- 4 -", 290, 800, 305, 808),
             Line("17", 500, 810, 508, 818)]
    dropped: list = []
    assert [ln.text for ln in page_numbers_out(lines, 842, dropped)] == ["一、总体情况"]
    assert [ln.text for ln in dropped] == ["2983"]
    beside = [Line("2983", 470, 80, 486, 88), Line("行政许可", 56, 79, 120, 91)]     # (a row's figure: kept)
    dropped = []
    assert len(page_numbers_out(beside, 842, dropped)) == 2 and dropped == []
