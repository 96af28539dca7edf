"""reportparse: structured figures from Chinese government-information-disclosure annual reports.

    import reportparse
    report = reportparse.parse("report.txt")      # a path or bytes; parse_text(text) for text
    report.value("requests.new")                  # → 10
    report.to_json()                              # the record contract of SCHEMA.md
"""
from typing import TYPE_CHECKING

from .version import __version__  # noqa: E402,F401

from .errors import (DecodeError, DocumentTooLargeError, EmptyDocumentError, EncryptedPDFError,  # noqa: E402
                     NoTextLayerError, NotAnnualReportError, ParseTimeoutError, ReportParseError,
                     UnreadableFileError, UnsupportedFormatError)
from .model import Check, Indicator, Issuer, Region, Report, ValueSource  # noqa: E402
from .settings import ParseSettings  # noqa: E402

if TYPE_CHECKING:       # for readers and type checkers; at run time the pipeline loads on first use (below)
    from .api import parse, parse_text  # noqa: F401

# the pipeline (its extractors, their patterns and vocabulary: ≈ 80% of the package's import time), the archive
# and the table helpers load on first use: `import reportparse` stays light (issue 12), and a first parse costs
# what it did
_LAZY = {"parse": "api", "parse_text": "api", "parse_many": "batch", "Failure": "batch", "BatchSummary": "batch", "run_batch": "batch",
         "to_dataframe": "frames", "checks_dataframe": "frames", "warnings_dataframe": "frames",
         "failures_dataframe": "frames",
         "DroppedRecordsWarning": "frames", "compare": "comparison", "compare_years": "comparison",
         "check_carry_over": "comparison", "crosswalk": "comparison", "plot_trend": "charts", "indicators": "catalogue"}


def __getattr__(name):
    if name in _LAZY:
        import importlib
        value = globals()[name] = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        return value          # kept: a later look-up (reportparse.parse in a loop) does not come here again
    raise AttributeError(f"module 'reportparse' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "parse", "parse_text", "parse_many", "Failure", "BatchSummary", "run_batch", "to_dataframe", "checks_dataframe",
    "warnings_dataframe", "failures_dataframe", "DroppedRecordsWarning", "compare", "compare_years",
    "check_carry_over", "crosswalk", "plot_trend", "indicators", "Report", "Indicator", "Check", "Issuer", "Region", "ValueSource", "ParseSettings",
    "ReportParseError", "UnsupportedFormatError", "EmptyDocumentError", "DecodeError", "NotAnnualReportError",
    "NoTextLayerError", "EncryptedPDFError", "DocumentTooLargeError", "ParseTimeoutError", "UnreadableFileError",
    "__version__",
]
