"""Parse settings and limits, as one typed dataclass (settable per call and from the CLI)."""
from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class ParseSettings:
    max_bytes: int = 64 * 1024 * 1024        # larger inputs raise DocumentTooLargeError
    max_pages: int = 500                      # PDF pages read
    max_table_cells: int = 200_000            # cells in all tables of one document
    max_html_depth: int = 400                 # element nesting depth kept from an HTML page
    max_html_elements: int = 500_000          # start tags in one HTML page (refused before parsing)
    max_span: int = 1_000                     # rowspan/colspan values above this are clamped (warning)
    max_text_chars: int = 4_000_000           # characters of decoded text kept
    max_split_solutions: int = 20_000         # run-together digit recovery: readings enumerated per table
    ocr: bool = False                         # read image-only PDF pages with the [ocr] extra
    require_report: bool = True               # raise NotAnnualReportError for other documents

    def with_(self, **changes) -> "ParseSettings":
        return replace(self, **changes)


DEFAULT_SETTINGS = ParseSettings()
