import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
TOOLS = ROOT / "tools"
# the born-digital PDF fixtures (tests/fixtures/pdf), read by test_pdf.py and, with no system font, test_pdf_fonts.py
BORN_DIGITAL_PDFS = ["report_2021", "report_2019_open_break", "report_2021_header_repeat", "fake_bold",
                     "rotated_table_page", "encrypted_empty_password", "partial_scan",
                     # borderless tables (read by text alignment)
                     "borderless_2021", "borderless_blanks_2021", "horizontal_rules_2021", "three_line_thin_2019",
                     "three_line_split_2021", "three_line_legacy_2010",
                     "numbered_legacy_2010",
                     # a watermark at a slant over the tables
                     "watermark_2021", "watermark_tiled_borderless_2021",
                     # a large light or transparent watermark set upright over the tables
                     "watermark_upright_2021", "watermark_transparent_borderless_2021",
                     # a light watermark at the body's size tiled upright over the tables (one with grey table text)
                     "watermark_body_grid_2021", "watermark_body_borderless_2021", "watermark_body_grey_text_2021",
                     # figures letter-spaced wider than the gap between cells
                     "figure_spaced_borderless_2021", "figure_spaced_three_line_2019", "figure_spaced_rows_2019",
                     # figures spread wider than that in one column (each digit a run of its own)
                     "figure_spread_column_three_line_2019", "figure_spread_column_horizontal_2021",
                     # footnote marks set small and raised after figures
                     "footnote_marks_grid_2021", "footnote_marks_borderless_2021",
                     # Chinese cell text letter-spaced wider than the gap between cells
                     "letter_spaced_borderless_2021", "letter_spaced_three_line_2019",
                     # scanned pages with an OCR text layer (invisible text over the image)
                     "ocr_layer_2021", "ocr_layer_signed_2021",
                     # its words up to 1.5 pt above or below their rows' baselines
                     "ocr_layer_drift_2021", "ocr_layer_drift_low_2021",
                     # several printed pages on one sheet (N-up: two side by side, four two by two)
                     "two_up_2021", "two_up_borderless_2019", "four_up_2021", "four_up_open_break_2019",
                     # a running header and footer, or a browser's, between the halves of a row cut by a page break
                     "running_header_break_2019", "browser_print_break_2019",
                     # every text drawn twice, the copy 1.2-1.5 pt off (a duplicated text layer)
                     "duplicate_layer_2021", "duplicate_layer_borderless_2019"]


def shared_or_skip() -> Path:
    """../shared (the corpus beside the project), or skip: the tests that need it say so."""
    if not (SHARED / "corpus" / "gold").is_dir():
        pytest.skip(f"{SHARED} is absent: the real-report corpus is not available here")
    return SHARED


def load_expected(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def tool_module(name: str):
    """A module of tools/ (tests build invented documents with the tools' own generators); sys.path as it was
    after, also when the module put tools/ on it itself."""
    import importlib
    import sys
    saved = list(sys.path)
    sys.path.insert(0, str(TOOLS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path[:] = saved


def pdf_fixture_generator():
    """tools/pdf_reports (what tools/make_pdf_fixtures.py runs): tests build invented PDFs with its Writer and reports."""
    return tool_module("pdf_reports")


def year_totals(text: str) -> dict:
    """The figures a parsed text states for its year, each key's total (no applicant's share), derived ones left out."""
    import reportparse
    return {i.key: i.value for i in reportparse.parse_text(text).indicators
            if not i.derived and i.period == "year" and getattr(i, "applicant", None) in (None, "total")}
