"""reportparse: structured figures from Chinese government-information-disclosure annual reports.

    import reportparse
    report = reportparse.parse("report.txt")      # a path, bytes or the text itself
    report.value("requests.new")                  # → 10
    report.to_json()                              # the record contract of SCHEMA.md
"""
__version__ = "0.1.0"

from .errors import (DecodeError, DocumentTooLargeError, EmptyDocumentError, EncryptedPDFError,  # noqa: E402
                     NoTextLayerError, NotAnnualReportError, ParseTimeoutError, ReportParseError,
                     UnsupportedFormatError)
from .model import Check, Indicator, Issuer, Region, Report, ValueSource  # noqa: E402
from .settings import ParseSettings  # noqa: E402
from .api import parse  # noqa: E402

__all__ = [
    "parse", "Report", "Indicator", "Check", "Issuer", "Region", "ValueSource", "ParseSettings",
    "ReportParseError", "UnsupportedFormatError", "EmptyDocumentError", "DecodeError", "NotAnnualReportError",
    "NoTextLayerError", "EncryptedPDFError", "DocumentTooLargeError", "ParseTimeoutError", "__version__",
]
