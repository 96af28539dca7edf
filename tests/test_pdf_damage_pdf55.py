"""PDF damage classes read at stop 55 (pdf55), found with a new drawing of tools/pdf_reports
(variants3.t2_across_pages): table 二 over a page break, left open at the break as WPS and Word leave
it, its two header rows repeated below or not, cut before a row or inside one.

- A borderless table 二 (no rules, three-line, rules between rows) whose row is cut by the break:
  its label the last line of one page, its figures the first row of the next. Each part was read as
  a table of its own (a borderless table has no edges to match across a break): the label a line of
  text, the figures a row with no label, and the row's 1-3 values were lost. The label is carried
  into the row where nothing else on the page can be it (pdf_cut_row.py, `cut_label_clear`).
- The 2019 table 二 with tracked figures set flush right, its parts (八)/(九) on the page after the
  break: their spaced digits are settled by the edge lines the table's other parts keep
  (pdf_spaced.told_lines), but a column whose figures on that page are all of one length tells no
  edge; the parts above the break, on the page before, tell it. The settled figures of the page
  before (of the same size) now count too (`told_line_pages`); 4-7 values a report were lost.
"""
import io

import pytest

import reportparse
from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_cut_row import carry_cut_label
from reportparse.layout.pdf_model import Cell, Line, PageData, Table
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from reportparse.settings import DEFAULT_SETTINGS

from conftest import pdf_fixture_generator
from pdf_variants import wrong_values

WHO = "清水县人民政府"


def _draw(template, seed, at, cut, repeat, **writer):
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.county_report(buf, WHO, template, seed, t2_split=gen.variants3.t2_across_pages(at, cut, repeat), **writer)
    return buf.getvalue(), exp["values"]


def _parse(data, want):
    got = reportparse.parse(data).values()
    return {k: got.get(k) for k in want}


# ---------------------------------------------------------------- a row cut by the break

CUT = [
    # (template, seed, at, repeat, writer, the cut row's keys)
    ("2021", 541, 6, True, {"rules": "three_line"}, ["disclosure.licensing.decisions"]),
    ("2021", 611, 9, False, {"rules": "three_line"}, ["disclosure.penalty.decisions"]),
    ("2021", 995, 10, False, {"rules": "horizontal"}, ["disclosure.coercion.decisions"]),
    ("2019", 437, 2, False, {"rules": "horizontal"},
     [f"disclosure.regulations.{c}" for c in ("made", "published", "published_total")]),
    ("2021", 242, 2, True, {"rules": "none", "figure_spacing": 0.7, "spaced_every": 1},
     [f"disclosure.regulations.{c}" for c in ("issued", "repealed", "in_force")]),
    ("2021", 40, 6, True, {"rules": "horizontal", "fullwidth_figures": True}, ["disclosure.licensing.decisions"]),
]


@pytest.mark.parametrize("template, seed, at, repeat, writer, keys", CUT)
def test_a_borderless_row_cut_by_the_break_reads_its_label_from_the_page_before(template, seed, at, repeat, writer, keys):
    # (before: the label a line at the foot of the page, the figures a row with no label: lost)
    data, want = _draw(template, seed, at, True, repeat, **writer)
    got = _parse(data, want)
    assert wrong_values(got, want) == {}
    for key in keys:
        assert got[key] == want[key], key
    assert got == want


def test_with_the_label_clearance_out_of_reach_the_cut_row_stays_unread():
    data, want = _draw("2021", 541, 6, True, True, rules="three_line")
    off = load_pdf(data, DEFAULT_SETTINGS, layout=DEFAULT_PDF_LAYOUT.with_(cut_label_clear=1000.0))
    on = load_pdf(data, DEFAULT_SETTINGS)
    assert "| 行政许可 |" not in off.text and "行政许可\n" in off.text
    assert "| 行政许可 | " in on.text
    label = next(c for c in on.cells if on.text[c.start:c.end] == "行政许可")
    assert label.page == 1                  # (the label keeps its own page: the page before)


@pytest.mark.parametrize("template, seed, at, repeat", [("2021", 138, 5, False), ("2019", 39, 10, False)])
def test_a_ruled_table_cut_in_a_row_reads_as_before(template, seed, at, repeat):
    data, want = _draw(template, seed, at, True, repeat, rules="grid")
    assert _parse(data, want) == want


# ---------------------------------------------------------------- the guards, on pages built by hand

def _pages(label, row_cells, header=(), label_above=None, h=8.0):
    """Page 1 ends with `label` (a Line at x 58..); page 2 starts with a borderless table whose first
    figure row has `row_cells` ((x0, x1, text)), under `header` rows ((x0, x1, text) each)."""
    a = PageData(1, 595, 842)
    if label_above is not None:
        a.blocks.append(Line(label_above, 58.0, 760.0 - h - 2.0, 58.0 + h * len(label_above), 760.0 - 2.0))
    a.blocks.append(Line(label, 58.0, 760.0, 58.0 + h * len(label), 760.0 + h))
    b = PageData(2, 595, 842)
    rows, y = [], 60.0
    for cells in list(header) + [row_cells]:
        rows.append([Cell(x0, y, x1, y + h, len(rows), k, text, 2) for k, (x0, x1, text) in enumerate(cells)])
        y += 14.0
    t = Table([c for r in rows for c in r], 58.0, 60.0, 520.0, y, 2, rows)
    t.aligned = True
    t.grid = ([204.0, 206.0, 321.0, 436.0, 520.0], [60.0, y])
    b.blocks.append(t)
    return a, b, t


FIGS = [(250.0, 266.0, "31"), (365.0, 381.0, "76"), (480.0, 496.0, "70")]


def test_guard_the_label_is_carried_only_into_a_row_with_no_label():
    a, b, t = _pages("规章", FIGS)
    carry_cut_label(a, b, DEFAULT_PDF_LAYOUT)
    assert [c.text for c in t.rows[-1]] == ["规章", "31", "76", "70"] and not a.blocks
    a, b, t = _pages("规章", [(60.0, 108.0, "规范性文件")] + FIGS)
    carry_cut_label(a, b, DEFAULT_PDF_LAYOUT)
    assert [c.text for c in t.rows[-1]] == ["规范性文件", "31", "76", "70"] and len(a.blocks) == 1


def test_guard_a_line_over_the_figure_columns_or_holding_figures_is_no_label():
    # table 四's header word left at the foot: it stands over a figure column, not left of them all
    a, b, t = _pages("总计", FIGS)
    a.blocks[-1].x0, a.blocks[-1].x1 = 470.0, 490.0
    carry_cut_label(a, b, DEFAULT_PDF_LAYOUT)
    assert len(t.rows[-1]) == 3 and len(a.blocks) == 1
    a, b, t = _pages("规章 12", FIGS)
    carry_cut_label(a, b, DEFAULT_PDF_LAYOUT)
    assert len(t.rows[-1]) == 3


def test_guard_a_wrapped_label_or_a_header_line_right_above_leaves_the_row():
    a, b, t = _pages("服务事项", FIGS, label_above="其他对外管理")
    carry_cut_label(a, b, DEFAULT_PDF_LAYOUT)
    assert len(t.rows[-1]) == 3 and len(a.blocks) == 2


def test_guard_header_rows_over_the_row_must_be_printed_on_the_page_before():
    head = [[(60.0, 92.0, "信息内容"), (230.0, 290.0, "本年制发件数")]]
    a, b, t = _pages("规章", FIGS, header=head)
    carry_cut_label(a, b, DEFAULT_PDF_LAYOUT)
    assert len(t.rows[-1]) == 3             # (a new part's header: the line is not this row's)
    a, b, t = _pages("规章", FIGS, header=head)
    a.blocks.insert(0, Line("信息内容", 58.0, 700.0, 90.0, 708.0))
    a.blocks.insert(1, Line("本年制发件数", 230.0, 700.0, 278.0, 708.0))
    carry_cut_label(a, b, DEFAULT_PDF_LAYOUT)
    assert [c.text for c in t.rows[-1]] == ["规章", "31", "76", "70"]


# ---------------------------------------------------------------- told lines over the break

TOLD = [
    ("2019", 596, 4, False, False, "none"),
    ("2019", 617, 4, False, True, "three_line"),
    ("2019", 156, 9, True, True, "horizontal"),
    ("2019", 727, 11, False, True, "none"),
]
PARTS = ["disclosure.fees.items_prev_year", "disclosure.fees.items_change", "disclosure.procurement.projects",
         "disclosure.procurement.amount"]


@pytest.mark.parametrize("template, seed, at, cut, repeat, rules", TOLD)
def test_tracked_parts_after_the_break_keep_the_columns_of_the_parts_before(template, seed, at, cut, repeat, rules):
    # (before: '5 7', '- 2', '7 9', '1 2 2 3 3 0' not settled on their page: 4 values lost)
    data, want = _draw(template, seed, at, cut, repeat, rules=rules, figure_spacing=0.8, spaced_every=1,
                       right_figures=True, figure_lead="")
    got = _parse(data, want)
    assert wrong_values(got, want) == {}
    for key in PARTS:
        assert got[key] == want[key], key
    assert got == want


def test_with_the_page_before_not_counted_the_parts_stay_unread():
    data, _ = _draw("2019", 596, 4, False, False, rules="none", figure_spacing=0.8, spaced_every=1,
                    right_figures=True, figure_lead="")
    off = load_pdf(data, DEFAULT_SETTINGS, layout=DEFAULT_PDF_LAYOUT.with_(told_line_pages=1))
    assert any("do not settle" in w or "not settle" in w for w in off.warnings)
    assert not any("not settle" in w for w in load_pdf(data, DEFAULT_SETTINGS).warnings)


def test_the_new_settings_are_validated():
    with pytest.raises(ValueError):
        PDFLayoutSettings(told_line_pages=0)
    with pytest.raises(ValueError):
        PDFLayoutSettings(cut_label_clear=-1.0)
    with pytest.raises(ValueError):
        PDFLayoutSettings(cut_label_clear=float("nan"))
