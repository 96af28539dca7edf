"""PDF damage class read at stop 54 (pdf54), found with a new drawing of tools/pdf_reports
(variants3.t4_across_pages): table 四 over a page break.

- A borderless table 四 (no rules, three-line, rules between rows) whose one row of figures does not
  fit under its header: the three header rows at the foot of a page, the row at the top of the next
  with no header repeated (WPS, Word). Its figures tracked (0.55-0.8 em: '1 5' for 15) stand farther
  apart than the gap between cells, and pdf_spaced asks whether the table settles them as one
  figure each: with no header word over the row and no other row under it, nothing did, and the
  row was unread: "digits spaced apart outside any table" (15 values lost a report, none wrong).
  The row shows its equal columns by itself: at least `row_step_figures` (6) figures, one edge of
  each (right, centre or left) at one step (pdf_spaced._row_stepped). A chain that took a digit of
  the neighbouring cell sticks out of that step by a digit; chains each taking one digit off the
  next figure leave a lone digit at both ends, off the step too.
"""
import io

import pytest

import reportparse
from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from reportparse.layout.pdf_spaced import ToldLines, told_lines, unsettled_rows
from reportparse.settings import DEFAULT_SETTINGS

from conftest import pdf_fixture_generator
from pdf_variants import spans_columns, wrong_values

T4_KEYS = [f"{g}.{o}" for g in ("review", "litigation.direct", "litigation.after_review")
           for o in ("upheld", "corrected", "other", "pending", "total")]


def _draw(template, seed, repeat=False, **writer):
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.county_report(buf, "清水县人民政府", template, seed,
                            t4_split=gen.variants3.t4_across_pages(repeat), **writer)
    return buf.getvalue(), exp["values"]


def _read(template, seed, repeat=False, **writer):
    data, want = _draw(template, seed, repeat, **writer)
    report = reportparse.parse(data)
    got = report.values()
    return {k: got.get(k) for k in want}, want, report


@pytest.mark.parametrize("template, seed, rules, spacing, right", [
    ("2021", 13, "none", 0.8, False),
    ("2019", 3, "three_line", 0.55, True),
    ("2021", 3, "horizontal", 0.7, True),
    ("2019", 13, "none", 0.7, False),
])
def test_table_four_row_of_tracked_figures_under_a_header_left_on_the_page_before_is_read(
        template, seed, rules, spacing, right):
    # (before: the row "spaced apart outside any table", its 15 values lost)
    got, want, report = _read(template, seed, rules=rules, figure_spacing=spacing, spaced_every=1,
                              right_figures=right, figure_lead="")
    assert wrong_values(got, want) == {}
    for key in T4_KEYS:
        assert got[key] == want[key], key
    assert got == want
    assert not any("outside any table" in w for w in report.warnings)


def test_the_header_repeated_over_the_row_reads_as_before():
    got, want, _ = _read("2021", 13, repeat=True, rules="none", figure_spacing=0.8, spaced_every=1)
    assert got == want


def test_with_the_step_check_off_the_row_stays_unread():
    data, _ = _draw("2021", 13, rules="none", figure_spacing=0.8, spaced_every=1)
    off = load_pdf(data, DEFAULT_SETTINGS, layout=DEFAULT_PDF_LAYOUT.with_(row_step_figures=99))
    assert any("outside any table" in w for w in off.warnings)
    assert not any("outside any table" in w for w in load_pdf(data, DEFAULT_SETTINGS).warnings)


def test_row_step_figures_is_validated():
    with pytest.raises(ValueError):
        PDFLayoutSettings(row_step_figures=0)


# ---------------------------------------------------------------- the row's own evidence

H, DIGIT, PITCH, CELL = 8.0, 4.0, 10.4, 33.0        # digits tracked 0.8 em in 33 pt columns


def _run(text, x, top=100.0):
    items = [Item(ch, x + k * PITCH, top, x + k * PITCH + DIGIT, top + H) for k, ch in enumerate(text)]
    return Run(items, text, items[0].x0, top, items[-1].x1, top + H, True, len(text) > 1)


def _row(figures, edge="centre", top=100.0):
    """One band of figures, each in a CELL-wide column from x=60, set `edge` in it."""
    runs = []
    for k, f in enumerate(figures):
        width = (len(f) - 1) * PITCH + DIGIT
        left = 60.0 + CELL * k
        x = {"centre": left + (CELL - width) / 2, "right": left + CELL - 2.0 - width, "left": left + 2.0}[edge]
        runs.append(_run(f, x, top))
    return Band(runs, top, top + H)


def _unsettled(bands, leaves=(), step=DEFAULT_PDF_LAYOUT.row_step_figures):
    return unsettled_rows(bands, list(leaves), spans_columns, DEFAULT_PDF_LAYOUT.row_line_evidence,
                          DEFAULT_PDF_LAYOUT.rows_line_columns, [], DEFAULT_PDF_LAYOUT.told_line_figures, step)


ROW = ["15", "14", "25", "33", "87", "11", "10", "17", "28", "66", "21", "26", "6", "1", "54"]


@pytest.mark.parametrize("edge", ["centre", "right", "left"])
def test_a_headless_row_at_one_step_settles_its_spaced_digits(edge):
    assert _unsettled([_row(ROW, edge)]) == set()
    assert _unsettled([_row(ROW, edge)], step=0) == {0}          # (the check off: as before)


def test_guard_a_chain_that_took_its_neighbours_digit_stays_unsettled():
    band = _row(ROW)
    a, b = band.runs[2], band.runs[3]                            # '2 5' ran on over the '3' of '3 3'
    took = Run(a.items + b.items[:1], "253", a.x0, a.top, b.items[0].x1, a.bottom, True, True)
    rest = Run(b.items[1:], "3", b.items[1].x0, b.top, b.x1, b.bottom, True, False)
    band.runs[2:4] = [took, rest]
    assert _unsettled([band]) == {0}


def test_guard_chains_each_taking_the_next_figures_first_digit_stay_unsettled():
    # every figure's last digit chained with the next one's first ('1' · '5 1' · '4 2' · … · '4'): the
    # chains stand at the columns' step, the lone digits at both ends do not
    band = _row(ROW[:8])
    digits = [it for r in band.runs for it in r.items]
    runs = [_run(digits[0].text, digits[0].x0)]
    k = 1
    while k + 1 < len(digits):
        pair = digits[k:k + 2]
        runs.append(Run(pair, pair[0].text + pair[1].text, pair[0].x0, 100.0, pair[1].x1, 100.0 + H, True, True))
        k += 2
    runs += [_run(it.text, it.x0) for it in digits[k:]]
    assert _unsettled([Band(runs, 100.0, 100.0 + H)]) == {0}


def test_guard_a_row_short_of_the_evidence_or_under_a_header_or_over_another_row():
    assert _unsettled([_row(ROW[:5])]) == {0}                     # five figures: short of six
    # a header word over each figure: the header's checks decide (the stepped row is no evidence there)
    words = [(60.0 + CELL * k + 4.0, 60.0 + CELL * k + CELL - 4.0) for k in range(len(ROW) - 1)]
    assert _unsettled([_row(ROW)], words) == {0}                 # (a word fewer than the figures)


def test_told_lines_are_worked_out_only_when_asked():
    figures = [_run("27", 100.0), _run("5", 110.4), _run("108", 200.0), _run("3", 220.8)]
    lazy = ToldLines(figures)
    assert lazy._lines is None
    figures.append(_run("9999", 400.0))                          # (read after it was made: not counted)
    assert list(lazy) == told_lines(figures[:4]) and bool(lazy) == bool(told_lines(figures[:4]))
    assert not ToldLines([])
