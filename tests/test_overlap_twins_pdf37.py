"""Two figures' digits of one character overlapping within fake bold's reach (pdf37): full-width figures
tracked over their rules, other_org's 3832 and the total's 25966 meeting with their twos 0.9 pt apart. A
digit drawn again within PDFLayoutSettings.dedupe was fake bold whatever stood beside it (pdf36), so one
two was dropped and 25966 read 5966 (WRONG; read_county('2021', 3547, full-width, tracking 0.26, 9 pt)).
Such a twin is now kept where two runs of digits meet there (pdf_layers._fake_bold): the first glyph the
last digit of a run going left, the second the first of a run going right, each two digits more at one
pitch, and neither run going on at its pitch past the other glyph (one figure's digit drawn twice). The
chain over the rule is then pdf_centred's (read where the pitches settle it, else both cells unread)."""
import pytest

from pdf_variants import read_county, wrong_values

from reportparse.layout.pdf_layers import frame_items
from reportparse.layout.pdf_textpage import Frame

FRAME = Frame(0.0, 0.0, 0.0, 600.0, 842.0)


def test_two_figures_meeting_at_a_same_digit_keep_both():
    got, want, report = read_county("2021", 3547, fullwidth_figures=True, glyph_tracking=0.26, rules="grid",
                                    table_size=9)
    assert wrong_values(got, want) == {}
    assert got == want


def _chars(*runs):
    """(char, left, bottom, right, top) of runs given as (text, x0, pitch), 9 pt wide digits on one line."""
    return [(ch, x + k * pitch, 500.0, x + k * pitch + 9.0, 509.0) for text, x, pitch in runs
            for k, ch in enumerate(text)]


def _text(chars):
    return "".join(it.text for it in frame_items(FRAME, chars, 1.0, 0.2, 0.6))


@pytest.mark.parametrize("runs, read", [
    ((("3832", 100.0, 11.25), ("25966", 134.65, 11.25)), "383225966"),   # twos 0.9 pt apart
    ((("4177", 100.0, 12.0), ("7305", 136.5, 12.0)), "41777305"),        # sevens 0.5 pt apart
    ((("906", 200.0, 10.5), ("6241", 220.7, 9.0)), "9066241"),           # another pitch each side
    # twos 0.2 pt apart: each run goes on from its own glyph, neither past the other (pdf45; before,
    # within STEP_FIT, dropped as fake bold: the chain a digit short)
    ((("3832", 100.0, 11.25), ("25966", 133.95, 11.25)), "383225966"),
])
def test_two_runs_meeting_at_a_same_digit_keep_both_glyphs(runs, read):
    assert _text(_chars(*runs)) == read


@pytest.mark.parametrize("runs, read", [
    ((("12345", 100.0, 11.0), ("3", 122.3, 0)), "12345"),                 # one figure's 3 drawn twice
    ((("12345", 100.0, 11.0), ("3", 122.8, 0)), "12345"),
    ((("45", 100.0, 11.0), ("5", 111.3, 0)), "45"),                       # no run going on to the right
    ((("12345", 100.0, 11.0), ("12345", 100.3, 11.0)), "12345"),          # a figure in fake bold
    ((("3832", 100.0, 11.25), ("2", 133.95, 0)), "3832"),                 # no run going on to the right
])
def test_guard_a_digit_drawn_twice_is_one_glyph(runs, read):
    assert _text(_chars(*runs)) == read
