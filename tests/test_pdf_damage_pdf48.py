"""PDF damage classes read at stop 48 (pdf48), found by tools/pdf_attack.py.

- A 20 pt grey stamp ('0571-88886666', upright, tiled) whose origin fell within a tenth of a point of
  the first character of an 8 pt label letter-spaced 0.3 em ('年新收政府信息公开申请数', its baseline
  inside the label's box): the label, as long as the stamp, ended nearer the stamp's box than the
  stamp's own characters did, so pdf_faint._run_at took it for the stamp's run; the label was left out
  as a watermark and table 三 with it (seed 79 doc 74: 161 of 198 values lost). A text object's
  characters are of its size: each one's height within PDFLayoutSettings.faint_size_fit of it.
- Figures placed glyph by glyph a quarter em apart and set flush right as if tight: a five-digit total
  ran its last digit past the table's right border ('2 2 0 8 | 8'). pdf_overrun._tracked_tail takes
  such a tail when the cell's figure is tracked, which it asked as 'its digits wider apart than a word
  gap' — and a quarter em is exactly a word gap (1.625 pt at 6.5 pt): the cell was left unread (seed 80
  doc 81: 2 lost; the stop 42 leftover of seed 61 doc 19). A figure is tracked for this when its
  digits stand at one gap wider than PDFLayoutSettings.tracked_tail_gap (0.15) heights.
"""
import pytest

from pdf_variants import read_county

from reportparse.layout.pdf_faint import _run_at
from reportparse.layout.pdf_settings import PDFLayoutSettings


@pytest.mark.parametrize("seed", [4801, 4802])
def test_a_letter_spaced_label_at_a_stamps_origin_is_not_the_stamp(seed):
    # (before: the label 本年新收… left out as the stamp, table 三 lost: 161 values)
    got, want, report = read_county("2019", seed, letter_spacing=0.3, watermark="0571-88886666",
                                    watermark_size=20, watermark_angle=0, watermark_gray=0.6)
    assert got == want
    assert any("0571-88886666" in w and "watermark" in w for w in report.warnings)
    assert not any("申请数" in w for w in report.warnings if "watermark" in w)


@pytest.mark.parametrize("template, seed, size", [("2019", 4811, 6.5), ("2019", 4812, 6.5), ("2021", 4811, 8)])
def test_a_quarter_em_tracked_tail_past_the_border_is_the_edge_cells(template, seed, size):
    # (before: the five-digit totals of 本年新收 and 总计 unread: 2 lost)
    got, want, _report = read_county(template, seed, table_size=9, figure_size=size, right_figures=True,
                                     glyph_tracking=0.25)
    assert got == want


def test_the_tracked_tail_gap_is_a_setting():
    assert PDFLayoutSettings().tracked_tail_gap == 0.15
    with pytest.raises(ValueError):
        PDFLayoutSettings(tracked_tail_gap=-1.0)


def _line(text, x, y, size, pitch, width):
    return [(ch, x + k * pitch, y - 0.12 * size, x + k * pitch + width, y + 0.88 * size) for k, ch in enumerate(text)]


def _starts(chars):
    start = {}
    for k, ch in enumerate(chars):
        start.setdefault(round(ch[1]), []).append(k)
    return start


def test_a_faint_objects_run_is_of_its_size():
    # a 20 pt stamp at (89.63, 720) and an 8 pt label starting 0.07 pt right of its origin, letter-spaced
    # to end at the stamp's box (212.1 against 211.3), the stamp's own digits ending 3.3 pt short of it
    label = _line("年新收政府信息公开申请数", 89.70, 716.1, 8.0, 10.4, 8.0)
    stamp = _line("0571-88886666", 89.63, 720.0, 20.0, 9.24, 9.24)
    chars = label + stamp
    run = _run_at(chars, _starts(chars), (90.5, 719.7, 211.3, 734.4), (1, 0, 0, 1, 89.63, 720.0), 20.0)
    assert "".join(chars[k][0] for k in run) == "0571-88886666"


def test_guard_a_run_of_the_objects_size_is_still_found():
    stamp = _line("0571-88886666", 89.63, 720.0, 20.0, 9.24, 9.24)
    run = _run_at(stamp, _starts(stamp), (90.5, 719.7, 211.3, 734.4), (1, 0, 0, 1, 89.63, 720.0), 20.0)
    assert len(run) == 13
    # (the same text scaled by its matrix: size 10 drawn at twice the scale)
    run = _run_at(stamp, _starts(stamp), (90.5, 719.7, 211.3, 734.4), (1, 0, 0, 2, 89.63, 720.0), 10.0)
    assert len(run) == 13


def test_the_size_fit_is_a_setting():
    assert PDFLayoutSettings().faint_size_fit == 0.4
    with pytest.raises(ValueError):
        PDFLayoutSettings(faint_size_fit=-0.4)


def _digits(x, text, gap, h=6.5, w=3.0):
    from reportparse.layout.pdf_model import Item
    return [Item(ch, x + k * (w + gap), 100.0, x + k * (w + gap) + w, 100.0 + h) for k, ch in enumerate(text)]


@pytest.mark.parametrize("gap, taken", [
    (1.625, True),      # a quarter em at 6.5 pt: exactly a word gap, tracked
    (1.2, True),
    (0.8, False),       # below tracked_tail_gap (0.975 pt): set tight, its end is where its digits end
    (0.0, False),
])
def test_an_edge_cells_tail_is_taken_from_the_tracked_gap_on(gap, taken):
    from reportparse.layout.pdf_overrun import _tracked_tail
    line = _digits(534.0, "22088", gap)
    its, out = line[:4], line[4:]
    tail = _tracked_tail(its, its[-1], out, out, gap, 1, PDFLayoutSettings())
    assert (tail == out) is taken
