"""PDF damage classes read at stop 51 (pdf51), found by tools/pdf_attack.py.

- Table 三 alone on a page turned sideways, its rows over a unit each run down over the page's foot
  where its number ('-2-') stands: the 总计 row's first figure starts right of it within a
  character's height, so the foot's characters made one run ('-2-3153') that is no page number, and pdf_folio, which knows a page's number by the page
  before's at the same place, never saw it: its '-' fell into the figure's cell ('- 3 1 5 3个', a
  negative count, dropped; seed 92 doc 46). The run's stretch that prints the number the page before
  predicts for this page, in its shape, is the page number where it stands at that place.
"""
import pytest

from pdf_variants import text_items

from reportparse.layout.pdf_folio import Folio, page_folio
from reportparse.layout.pdf_settings import PDFLayoutSettings

PORTRAIT = Folio("-#-", (1,), 805.3, 814.3, 297.6, 1, 841.9, 595.3)     # page 1 printed '-1-' there
ROW = [(557.9, 86.0, 476.0), (580.6, 86.0, 476.0)]                      # the 总计 row's rules


def _row(folio: str, x: float = 413.6):
    label = text_items("（七）总计", 360.0, 566.2, 7.5)
    number = text_items(folio, x, 558.7, 9.0)
    figure = [it for k, ch in enumerate("3153") for it in text_items(ch, x + 20.4 + 8.7 * k, 561.5, 7.5)]
    return label, number, figure


def test_a_page_number_run_along_a_rows_text_is_cut_out_of_the_run():
    label, number, figure = _row("-2-")
    notes: list = []
    kept, seen = page_folio(label + number + figure, ROW, 595.3, 2, PORTRAIT, PDFLayoutSettings(), notes, 841.9)
    assert kept == label + figure
    assert any("its page number ('-2-')" in n for n in notes)
    assert seen.numbers == (2,)


@pytest.mark.parametrize("folio, x", [
    ("-3-", 413.6),         # not the number the page before predicts for this page
    ("-2-", 440.0),         # the predicted number aside of the place
])
def test_guard_a_run_without_the_predicted_number_at_its_place_is_kept(folio, x):
    label, number, figure = _row(folio, x)
    notes: list = []
    kept, seen = page_folio(label + number + figure, ROW, 595.3, 2, PORTRAIT, PDFLayoutSettings(), notes, 841.9)
    assert kept == label + number + figure and notes == [] and seen is None
