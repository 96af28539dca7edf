"""PDF damage read WRONG at stop 46 (pdf46b), found by tools/pdf_attack.py (seed 74 doc 125).

- Full-width figures tracked 0.8 em in ruled cells too narrow for them, a footnote mark after some: a
  figure's last digit ran over the rule into the next cell and stood on that figure's first digit,
  the same digit, 0.05-0.15 pt to its RIGHT (322 | 238: the twos crossed). pdf_layers._fake_bold
  keeps both glyphs where two runs of digits meet at a twin, but paired the glyphs with the runs by
  where they stand (the left glyph the left run's): crossed, neither run fitted its glyph, one two was
  dropped as fake bold, and 322 read 32, 333 read 33 (WRONG; the glyph left read as the next figure's
  first digit, which was right). Each run now puts its next digit back towards the twins at its own
  pitch, and the twins are two figures' digits when each stands at one run's place, either way round
  (pdf_layers._two_figures). The chain over the rule is then pdf_centred's: here both figures are
  stepped alike and it cannot tell which cell a twin belongs to, so pdf46b left the row unread with a
  warning; either way reads the same figures, and pdf47 reads them (pdf_centred._one_reading).
"""
import pytest

from pdf_variants import read_county, table3_cells, wrong_values

from reportparse.layout.pdf_layers import frame_items
from reportparse.layout.pdf_textpage import Frame

# (body rows 0 and 5 of table 三: 一、本年新收 and 2.其他法律行政法规禁止公开)
CELLS = [(0, 4, "322^a", "requests.new|applicant=legal_service", 322),
         (0, 5, "238", "requests.new|applicant=other_org", 238),
         (5, 0, "333^1", "requests.denied.prohibited_by_law|applicant=natural_person", 333),
         (5, 1, "359", "requests.denied.prohibited_by_law|applicant=commercial", 359)]


@pytest.mark.parametrize("seed", [4661, 4662])
def test_two_tracked_figures_crossing_at_a_same_digit_are_not_read_a_digit_short(seed):
    # (before: 322 read 32 and 333 read 33, WRONG)
    got, want, report = read_county("2019", seed, edit=table3_cells(CELLS), fullwidth_figures=True,
                                    glyph_tracking=0.8)
    assert wrong_values(got, want) == {}
    # (pdf46b left both rows unread with a warning; pdf47 reads them: either glyph of the twins dealt to
    # either figure reads 322 | 238 alike, pdf_centred._one_reading)
    for _r, _j, _text, key, v in CELLS:
        assert got[key] == v
    across = [w for w in report.warnings if "runs across the rule between two cells" in w]
    assert not any("一、本年新收" in w or "2.其他法律行政法规禁止公开" in w for w in across)


def _text(*runs):
    """The text frame_items keeps of runs given as (text, x0, pitch): 8 pt digits on one line."""
    chars = [(ch, x + k * pitch, 500.0, x + k * pitch + 8.0, 508.0) for text, x, pitch in runs
             for k, ch in enumerate(text)]
    return "".join(it.text for it in frame_items(Frame(0.0, 0.0, 0.0, 600.0, 842.0), chars, 1.0, 0.2, 0.6))


@pytest.mark.parametrize("runs, read", [
    ((("322", 100.0, 14.4), ("238", 128.65, 14.4)), "322238"),     # 238's 2 0.15 pt left of 322's
    ((("333", 100.0, 14.4), ("359", 128.75, 14.4)), "333359"),     # 0.05 pt left
    ((("4177", 100.0, 12.0), ("7305", 135.7, 12.0)), "41777305"),  # 0.3 pt left
])
def test_two_runs_crossing_at_a_same_digit_keep_both_glyphs(runs, read):
    assert _text(*runs) == read


@pytest.mark.parametrize("runs, read", [
    ((("12345", 100.0, 11.0), ("3", 121.9, 0)), "12345"),          # one figure's 3 drawn twice, 0.1 pt left
    ((("12345", 100.0, 11.0), ("3", 122.0, 0)), "12345"),          # ... on it
    ((("12345", 100.0, 11.0), ("3", 122.2, 0)), "12345"),          # ... 0.2 pt right
])
def test_guard_one_figures_digit_drawn_twice_is_one_glyph(runs, read):
    assert _text(*runs) == read
