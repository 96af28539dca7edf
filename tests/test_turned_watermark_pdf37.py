"""A watermark stamped along a sideways page's text (table 三 drawn with a turned matrix on an upright
page, the stamp tiled upright in that turned frame: pdf_attack's rotated + watermark damages, pdf37).
pdf_faint read only stamps upright on the page's own axes: this one was not found, its digits fell into
the cells it crossed and were read with their figures (222 read 2, 389 read 3: WRONG) or left cells
unread. A stamp whose text matrix is a quarter turn (not mirrored) is now matched in its own frame:
the characters, the object's box and origin turned so that it runs upright, the rules across its line
turned with them."""
import pytest

from conftest import pdf_fixture_generator
from pdf_variants import read_county, wrong_values

from reportparse.layout.pdf_faint import _TURNS, _quarter, _turned


def _sideways(rotate):
    return pdf_fixture_generator().variants2.landscape_t3(rotate, True)


@pytest.mark.parametrize("template, seed, rotate, mark, size, glyphs", [
    ("2021", 3711, 270, "0571-88886666", 12, 0.8),      # digits tiled small over the cells, glyph by glyph
    ("2019", 3712, 90, "2023年12月31日", 12, 0.0),
    ("2021", 3713, 90, "内部资料 2024", 12, 0.5),
    ("2019", 3714, 270, "12345-6789", 9, 0.0),
])
def test_a_stamp_along_a_sideways_tables_text_is_left_out(template, seed, rotate, mark, size, glyphs):
    got, want, report = read_county(template, seed, t3_split=_sideways(rotate), watermark=mark,
                                    watermark_size=size, watermark_angle=0, watermark_gray=0.82,
                                    glyph_tracking=glyphs)
    assert wrong_values(got, want) == {}
    assert got == want and len(want) >= 198
    said = [w for w in report.warnings if mark.replace(" ", "") in w and "watermark" in w]
    assert len(said) == 1 and "pages 1, 2, 3" in said[0]        # the sideways page's stamp too


def test_a_large_stamp_on_the_sideways_page_is_still_taken_by_its_size():
    # (20 pt over 7.5 pt figures: pdf._drop_faint's, whatever its turn, as before)
    got, want, report = read_county("2019", 3716, t3_split=_sideways(270), watermark="0571-88886666",
                                    watermark_size=20, watermark_angle=0, watermark_gray=0.82)
    assert got == want
    assert any(w.startswith("page 2: large light") for w in report.warnings)


def test_guard_the_sideways_tables_own_grey_rows_are_kept():
    # grey header and 总计 rows of the table itself, drawn along the turned text: no stamp, every figure read
    got, want, report = read_county("2021", 3715, t3_split=_sideways(270), table_gray=0.6)
    assert got == want and len(want) >= 198
    assert not any("watermark" in w for w in report.warnings)


def test_quarter_turns_and_what_is_no_quarter_turn():
    assert _quarter((12, 0, 0, 12, 5, 5)) == (1, 0)
    assert _quarter((0, -12, 12, 0, 5, 5)) == (0, -1)          # runs down the page
    assert _quarter((0, 12, -12, 0, 5, 5)) == (0, 1)           # runs up the page
    assert _quarter((-12, 0, 0, -12, 5, 5)) == (-1, 0)
    assert _quarter((0, -12, -12, 0, 5, 5)) == ()              # mirrored
    assert _quarter((10, 7, -7, 10, 5, 5)) == ()               # slanted: pdf._drop_faint's
    for axis, turn in _TURNS.items():                          # each turn makes its axis run left to right
        assert turn(*axis) == (1, 0)
    assert _turned(_TURNS[(0, -1)], ("8", 40.0, 600.0, 46.0, 612.0)) == ("8", -612.0, 40.0, -600.0, 46.0)
