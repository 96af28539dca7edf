"""Bounded cost of the PDF reader: ruling grids and text volume limited before the work is done.

Generated PDFs (tests/pdf_gen.py); the time and memory they take are measured in
benchmarks/bench_pdf.py (hostile section), not here.
"""
import pytest

from pdf_gen import ruling_grid_pdf, text_rows_pdf
from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from reportparse.settings import DEFAULT_SETTINGS


def test_small_grid_is_a_table():
    d = load_pdf(ruling_grid_pdf(12), DEFAULT_SETTINGS)
    assert not d.warnings
    assert len(d.cells) == 11 * 11 and "grid 17" in d.text


def test_huge_grid_is_refused_before_it_is_built():
    # 500 × 500 rules: 250,000 crossings (the old finder built them all: minutes, gigabytes)
    d = load_pdf(ruling_grid_pdf(500), DEFAULT_SETTINGS)
    assert d.cells == [] and "grid 17" in d.text
    assert any("max_grid_intersections" in w and "250000" in w for w in d.warnings)


def test_many_grid_pages_share_one_budget():
    layout = DEFAULT_PDF_LAYOUT.with_(max_grid_intersections=500, max_document_grid_intersections=1000)
    d = load_pdf(ruling_grid_pdf(15, pages=4), DEFAULT_SETTINGS, layout=layout)   # 225 crossings a page
    assert sorted({c.page for c in d.cells}) == [1, 2, 3, 4]
    d = load_pdf(ruling_grid_pdf(20, pages=4), DEFAULT_SETTINGS, layout=layout)   # 400 a page
    assert sorted({c.page for c in d.cells}) == [1, 2]
    assert [w.split(":")[0] for w in d.warnings if "max_document_grid_intersections" in w] == ["page 3", "page 4"]


def test_text_volume_is_bounded():
    layout = DEFAULT_PDF_LAYOUT.with_(max_document_chars=30_000)
    d = load_pdf(text_rows_pdf(10_000, per_page=400), DEFAULT_SETTINGS, layout=layout)   # 25 pages
    assert d.pages == 25 and len(d.page_starts) < 25
    assert "row 0: 3 5" in d.text and "row 9999:" not in d.text
    assert any(w.startswith(f"only the first {len(d.page_starts)} of 25 pages") and "max_document_chars" in w
               for w in d.warnings)


def test_dense_page_skips_table_search():
    layout = DEFAULT_PDF_LAYOUT.with_(max_page_chars=100)
    d = load_pdf(ruling_grid_pdf(12), DEFAULT_SETTINGS, layout=layout)
    assert len(d.cells) == 121          # 7 characters: tables are searched
    d = load_pdf(text_rows_pdf(50, per_page=50), DEFAULT_SETTINGS, layout=layout)
    assert any("max_page_chars" in w for w in d.warnings) and "row 49: 346 544" in d.text


@pytest.mark.parametrize("bad", [dict(snap=-1.0), dict(snap=float("nan")), dict(max_page_chars=0),
                                 dict(max_grid_intersections=2.5), dict(min_edge=True), dict(dedupe="1")])
def test_layout_settings_are_validated(bad):
    with pytest.raises(ValueError, match=next(iter(bad))):
        PDFLayoutSettings(**bad)
