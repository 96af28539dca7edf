"""PDF damage classes read at stop 49 (pdf49), found by tools/pdf_attack.py.

- Figures letter-spaced a full em with their cell's unit (the cell's text holds Chinese, so the producer
  spaced all of it) and wrapped one digit short: '4 8 3' over '5' over '个' in a 40.5 pt cell with 2.5 pt
  padding. One more digit at that pitch would have ended 0.9 pt inside each rule: inside the padding, so
  the producer's wrap is exact, but `stacked_figures` took a wrap as proven only within `overrun_hug`
  (0.8 pt) of the rules and left every such cell unread as two stacked figures (seed 84 doc 33: 9 lost;
  seed 63 doc 48 and seed 79 doc 83: 1 each). The table's padding is in the page where its labels
  wrap flush left (each such cell's lines of unequal length start at one x, `cell_padding`): where
  at least `cell_padding_evidence` cells show it, a figure's first line that one more digit would
  have run into that padding on both sides is the figure wrapped. Centred cells show no padding: the
  guard stays at `overrun_hug` there.
- A borderless table, every figure over its unit ('195' / '件') and tracked 0.8 em, cells centred: a
  row whose label wraps onto a second line ('（二）部分公开（…' / '其他情形）') holds its figures on the
  label's first line and their units on its second. `pdf_aligned._regions` took that line of units,
  words right of the row labels with no figure, for the header of a next table and cut the table
  there: the rows above it made a table of three rows, too few to settle their tracked figures as
  one figure a column, and were unread (seed 85 doc 46: 28 lost). A line whose every word right of the
  labels is a unit one line under a figure of the row above (across from it or paired off in order)
  is that row's cells' second line (`pdf_aligned_units.units_under`); a header's words are no units.
"""
import pytest

from pdf_variants import read_county, units_under, wrong_values

from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_aligned_units import units_under as unit_line
from reportparse.layout.pdf_model import Cell, Item, Line
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from reportparse.layout.pdf_two_figures import cell_padding, stacked_figures

SIZE = 8.0


@pytest.mark.parametrize("seed", [4901, 4902])
def test_figures_letter_spaced_with_their_unit_and_wrapped_are_read(seed):
    # (before: 29-30 cells of table 三 unread as two stacked figures, none wrong)
    got, want, _report = read_county("2021", seed, edit=units_under("个"), letter_spacing=1.0)
    assert wrong_values(got, want) == {}
    assert [k for k, v in got.items() if v is None] == []
    for key in ("requests.granted|applicant=total", "requests.new|applicant=total",
                "requests.answered|applicant=total"):
        assert got[key] == want[key]


def _digits(text, x0, top, pitch):
    """A line of half-width digits (SIZE / 2 wide) from `x0`, `pitch` apart (a full em tracked)."""
    digits = text.replace(" ", "")
    return Line(" ".join(digits), x0, top, x0 + (len(digits) - 1) * pitch + SIZE / 2, top + SIZE)


def _wrapped(upper, lower):
    # a 40.5 pt cell: the upper line centred, the lower under it
    a = _digits(upper, 0.0, 100.0, 11.5)
    shift = (268.0 + 308.5) / 2 - (a.x1 - a.x0) / 2
    a = Line(a.text, a.x0 + shift, a.top, a.x1 + shift, a.bottom)
    b = _digits(lower, (268.0 + 308.5) / 2 - SIZE / 4, 110.0, 11.5)
    return [a, b]


def test_a_spaced_first_line_one_digit_short_of_the_padding_shown_is_a_wrap():
    lines = _wrapped("483", "5")        # one more digit would end 1.0 pt inside each rule
    assert stacked_figures(lines, 268.0, 308.5, DEFAULT_PDF_LAYOUT)                     # no padding shown
    assert not stacked_figures(lines, 268.0, 308.5, DEFAULT_PDF_LAYOUT, lambda: 2.5)    # 2.5 pt shown
    # a padding shown narrower than overrun_hug changes nothing
    assert stacked_figures(lines, 268.0, 308.5, DEFAULT_PDF_LAYOUT, lambda: 0.5)


def test_guard_a_spaced_first_line_with_room_for_a_digit_more_stays_two_figures():
    # '4 8' over '5': a third digit at that pitch would still have fitted inside the padding
    assert stacked_figures(_wrapped("48", "5"), 268.0, 308.5, DEFAULT_PDF_LAYOUT, lambda: 2.5)


def _cell_items(lines, x0, centred=False, width=80.0):
    """(the items of a cell at x0..x0+width holding `lines`, each set flush left at 2.5 pt or centred)."""
    out = []
    for k, text in enumerate(lines):
        w = SIZE * len(text)
        x = x0 + (width - w) / 2 if centred else x0 + 2.5
        out += [Item(ch, x + j * SIZE, 100.0 + 10 * k, x + (j + 1) * SIZE, 108.0 + 10 * k) for j, ch in enumerate(text)]
    return out


def _padding(centred=False, cells=2):
    texts = [("本年新收申请", "数量"), ("上年结转申请", "的数量"), ("其他处理方式", "总")][:cells]
    cs = [Cell(100.0 * k, 95.0, 100.0 * k + 80.0, 125.0) for k in range(cells)]
    cont = [_cell_items(t, c.x0, centred) for t, c in zip(texts, cs)]
    return cell_padding(cs, cont, DEFAULT_PDF_LAYOUT)()


def test_the_padding_is_where_wrapped_labels_start_flush_left():
    assert _padding() == pytest.approx(2.5)


def test_guard_centred_lines_or_one_cell_show_no_padding():
    assert _padding(centred=True) is None
    assert _padding(cells=1) is None


def test_the_cell_padding_evidence_is_a_setting():
    assert PDFLayoutSettings().cell_padding_evidence == 2
    assert PDFLayoutSettings().cell_padding_slack == 0.1


@pytest.mark.parametrize("seed", [4911, 4912])
def test_a_line_of_units_under_a_wrapped_labels_row_does_not_end_a_borderless_table(seed):
    # (before: 14-28 values of the rows above (二)部分公开 and 结转下年度 unread; left: the procurement
    # amount drawn over 件 where its row counts 元, rightly dropped)
    got, want, _report = read_county("2019", seed, rules="none", edit=units_under("件"), centre_cells=True,
                                     figure_spacing=0.8, spaced_every=1)
    assert wrong_values(got, want) == {}
    assert [k for k, v in got.items() if v is None] == ["disclosure.procurement.amount"]
    for who in ("natural_person", "commercial", "total"):
        for row in ("requests.granted", "requests.partially_granted", "requests.carried_over"):
            assert got[f"{row}|applicant={who}"] == want[f"{row}|applicant={who}"]


def _run(text, x0, top, figure):
    items = [Item(ch, x0 + k * SIZE, top, x0 + (k + 1) * SIZE, top + SIZE) for k, ch in enumerate(text)]
    return Run(items, text, x0, top, x0 + SIZE * len(text), top + SIZE, figure)


def test_units_under_a_rows_figures_are_its_cells_second_line():
    row = Band([_run("部分公开", 80.0, 100.0, False), _run("331", 280.0, 100.0, True), _run("89", 324.0, 100.0, True)],
               100.0, 108.0)
    units = Band([_run("其他", 100.0, 110.0, False), _run("件", 288.0, 110.0, False), _run("件", 328.0, 110.0, False)],
                 110.0, 118.0)
    assert unit_line(units, row, 140.0, DEFAULT_PDF_LAYOUT)
    # units set flush left in their cells under centred figures pair off in order
    left = Band([_run("件", 272.0, 110.0, False), _run("件", 316.0, 110.0, False)], 110.0, 118.0)
    assert unit_line(left, row, 140.0, DEFAULT_PDF_LAYOUT)


def test_guard_header_words_or_units_two_lines_down_are_no_second_line():
    row = Band([_run("331", 280.0, 100.0, True), _run("89", 324.0, 100.0, True)], 100.0, 108.0)
    header = Band([_run("自然", 276.0, 110.0, False), _run("企业", 316.0, 110.0, False)], 110.0, 118.0)
    assert not unit_line(header, row, 140.0, DEFAULT_PDF_LAYOUT)
    far = Band([_run("件", 288.0, 130.0, False), _run("件", 328.0, 130.0, False)], 130.0, 138.0)
    assert not unit_line(far, row, 140.0, DEFAULT_PDF_LAYOUT)
