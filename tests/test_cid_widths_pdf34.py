"""A non-embedded CID font with no widths table (/W missing: every glyph /DW wide, an em), found by
tools/pdf_attack.py's cid_widths damage (pdf34): the producer placed each figure by the font's real,
half-width digits, so read an em apart a figure's digits ran over its cell's rule into the next cell
(both unread), or a borderless table's columns ran together. Its collection's Roman glyphs are read at
PDFLayoutSettings.unset_half_width (0.5 em), with a warning naming the font; a table present but wrong
is taken as the PDF has it (test_pdf_damage_wrong32.py)."""
import pytest

from conftest import pdf_fixture_generator
from pdf_variants import read_county

from reportparse.layout.pdf_settings import PDFLayoutSettings


@pytest.mark.parametrize("template, seed, writer", [
    ("2019", 3401, {}),                                             # ruled, figures centred
    ("2021", 3402, dict(right_figures=True)),                       # flush right: over the right rule
    ("2019", 3404, dict(rules="none")),                             # borderless: columns from alignment
    ("2021", 3405, dict(table_size=9, figure_size=5.5, right_figures=True)),
])
def test_a_font_with_no_widths_table_reads_every_cell(template, seed, writer):
    got, want, report = read_county(template, seed, pdf_fixture_generator().variants2.without_widths, **writer)
    assert got == want                                  # cell by cell, every value of tables 二, 三 and 四
    assert len(want) >= 198
    said = [w for w in report.warnings if "no widths table" in w]
    assert len(said) == 1 and "STSongStd-Light" in said[0] and "its published widths" in said[0]


def test_full_width_digits_of_such_a_font_stay_an_em_wide():
    # full-width digits (０-９) are full-width glyphs of the collection: an em wide in every font, as /DW says
    got, want, _ = read_county("2021", 3403, pdf_fixture_generator().variants2.without_widths,
                               fullwidth_figures=True)
    assert got == want


def test_guard_a_font_with_its_widths_table_is_read_as_it_was():
    got, want, report = read_county("2019", 3406, rules="three_line", right_figures=True)
    assert got == want and not any("no widths table" in w for w in report.warnings)


def test_the_half_width_is_a_setting():
    assert PDFLayoutSettings().unset_half_width == 0.5
    with pytest.raises(ValueError):
        PDFLayoutSettings(unset_half_width=-0.5)


@pytest.mark.parametrize("template, seed, mark", [("2019", 3407, "2023年12月31日"), ("2021", 3408, "0571-88886666")])
def test_a_watermark_of_digits_in_such_a_font_is_still_left_out(template, seed, mark):
    # PDFium measures the watermark's text object with the font's /DW (its digits an em wide), the characters
    # are read at half an em: the run of characters no longer ended at the object's box, the watermark was
    # not found and its digits were read into the cells (171 of 198 values lost). pdf_faint._run_at is told
    # how much wider PDFium sets each Latin character (pdf._Miner.widened)
    got, want, report = read_county(template, seed, pdf_fixture_generator().variants2.without_widths,
                                    watermark=mark, watermark_size=20, watermark_angle=0, watermark_gray=0.82)
    assert got == want
    assert any(mark in w and "watermark" in w for w in report.warnings)
