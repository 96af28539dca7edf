"""PDF damage classes read at stop 43 (pdf43), found by tools/pdf_attack.py.

- A non-embedded STSong-Light (Adobe's standard Simplified Chinese font, the default of reportlab and
  iText) with its widths table missing, figures set flush right after leader spaces: the producer
  placed each figure by the font's published widths (a space 0.207 em, a digit 0.462 em), the reader
  took every Roman glyph at a flat half em, so '  73' stood up to 4 pt right of its place, over its
  cell's right rule: both cells unread as an overrun, or read as two figures side by side (seed 64
  docs 6 and 18: 27 and 21 lost). A font whose metrics are known (pdf_chars.KNOWN_METRICS) has its
  Roman glyphs at those widths; any other still at PDFLayoutSettings.unset_half_width.
- Full-width figures letter-spaced 0.55 em and centred in ruled cells, too wide for them: in a row of
  four- and five-digit figures each figure overlaps its neighbours' (the last digit of one over the
  first of the next, less than half a digit apart), six pairs a row. pdf_centred weighed both orders
  of at most 3 such pairs (2 ** n orders), so the row was left unread (seed 63 doc 28, seed 64 doc 25:
  14 lost each); pdf_centred.MAX_TANGLED is now 7 (every rule of an eight-figure row), the row read
  where exactly one order and cut leaves every figure centred at its own pitch, as before.
"""
from types import SimpleNamespace

import pytest

from conftest import pdf_fixture_generator
from pdf_variants import read_county, wrong_values

from reportparse.layout.pdf_chars import _half_widths


@pytest.mark.parametrize("template, seed", [("2019", 4301), ("2021", 4302), ("2019", 4303)])
def test_leader_spaces_in_stsong_with_no_widths_keep_flush_right_figures_in_their_cells(template, seed):
    # before: 37, 23 and 30 values lost (cells over their right rule, unread)
    got, want, report = read_county(template, seed, pdf_fixture_generator().variants2.without_widths,
                                    right_figures=True, figure_lead="  ")
    assert wrong_values(got, want) == {}
    assert got == want and len(want) >= 198
    said = [w for w in report.warnings if "no widths table" in w]
    assert len(said) == 1 and "its published widths" in said[0]


def _font(name):
    return SimpleNamespace(widths={}, vertical=False, cidcoding="Adobe-GB1", default_width=1000,
                           basefont=name, fontname=name)


def test_only_a_font_of_known_metrics_has_them():
    song, other = _font("ABCDEF+STSong-Light,Bold"), _font("FZSSK--GBK1-0")
    assert _half_widths(song, 0.5) and _half_widths(other, 0.5)
    assert (song.widths[1], song.widths[17], song.widths[66]) == (207, 462, 417)      # space, '0', 'a'
    assert (other.widths[1], other.widths[17], other.widths[66]) == (500, 500, 500)
    assert len(song.widths) == len(other.widths)         # the same glyphs (the collection's half-width ranges)


@pytest.mark.parametrize("template, seed", [("2021", 4311), ("2019", 4312), ("2021", 4313)])
def test_full_width_tracked_figures_overlapping_at_every_rule_of_a_row_are_read(template, seed):
    # before: 14 values lost in each (table 三's rows of four-digit figures, six overlapping pairs)
    got, want, _ = read_county(template, seed, fullwidth_figures=True, figure_spacing=0.55, spaced_every=1)
    assert wrong_values(got, want) == {}
    assert got == want and len(want) >= 198
