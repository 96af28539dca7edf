"""Parse settings and limits, as one typed dataclass (settable per call and from the CLI)."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace


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

    def __post_init__(self) -> None:
        """Every limit is a positive int, every switch a bool: a bad value is refused here, not found
        out as a hang or a misleading error deep in a parse (0 pages would read as "no text")."""
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type in (bool, "bool"):
                if not isinstance(value, bool):
                    raise ValueError(f"ParseSettings.{f.name} must be True or False, not {value!r}")
            elif isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"ParseSettings.{f.name} must be a whole number, not {value!r}")
            elif value < 1:
                raise ValueError(f"ParseSettings.{f.name} must be at least 1, not {value:,}")

    def with_(self, **changes) -> "ParseSettings":
        unknown = sorted(set(changes) - {f.name for f in fields(self)})
        if unknown:
            raise TypeError(f"unknown ParseSettings field(s): {', '.join(unknown)}")
        return replace(self, **changes)


DEFAULT_SETTINGS = ParseSettings()
