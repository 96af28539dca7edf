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
"""
import pytest

from pdf_variants import read_county, units_under, wrong_values

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
