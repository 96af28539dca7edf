"""PDF damage classes read at stop 47 (pdf47), found by tools/pdf_attack.py.

- A watermark with a space in it ('内部资料 2024', grey, upright, at the body's size) drawn in a
  non-embedded CID font with no widths table: PDFium measures the stamp's text object with the
  font's /DW, every half-width glyph an em, the space too; the characters are read at half an em
  and the space is no character, only a gap. pdf_faint._run_at widened the run by the Latin
  characters it holds, not the space, so the run ended half an em short of the object's box, the
  stamp was not found and its characters were read into the cells they crossed (seed 76 doc 76:
  180 of 198 values lost). A gap wider than the run's tightest by PDFLayoutSettings.faint_space of
  the size counts as one more such character.
"""
import pytest

from conftest import pdf_fixture_generator
from pdf_variants import read_county

from reportparse.layout.pdf_faint import _spaces
from reportparse.layout.pdf_settings import PDFLayoutSettings


@pytest.mark.parametrize("template, seed, mark", [("2019", 4701, "内部资料 2024"), ("2021", 4702, "仅供 参考 2023")])
def test_a_watermark_with_a_space_in_a_font_with_no_widths_table_is_left_out(template, seed, mark):
    # (before: the stamp read into the cells, 180 of 198 values lost)
    got, want, report = read_county(template, seed, pdf_fixture_generator().variants2.without_widths,
                                    watermark=mark, watermark_size=12, watermark_angle=0, watermark_gray=0.6)
    assert got == want
    assert any(mark.replace(" ", "") in w.replace(" ", "") and "watermark" in w for w in report.warnings)


def _run(*gaps):
    chars, x = [], 100.0
    for k, gap in enumerate((0.0,) + gaps):
        x += gap
        chars.append(("字", x, 0.0, x + 12.0, 12.0))
        x += 12.0
    return chars


@pytest.mark.parametrize("gaps, spaces", [
    ((0, 0, 2.5, 0), 1),            # one space, read as a gap
    ((0, 2.5, 0, 6.0), 2),
    ((3.0, 3.0, 3.0), 0),           # tracked: every gap alike, no space
    ((3.0, 5.5, 3.0), 1),           # tracked, one space
    ((), 0),
])
def test_the_spaces_of_a_run_are_its_gaps_wider_than_its_tightest(gaps, spaces):
    chars = _run(*gaps)
    assert _spaces(chars, list(range(len(chars))), 0.1 * 12) == spaces


def test_the_space_share_is_a_setting():
    assert PDFLayoutSettings().faint_space == 0.1
    with pytest.raises(ValueError):
        PDFLayoutSettings(faint_space=-0.1)
