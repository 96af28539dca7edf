"""The exception tree. Every error is picklable (plain args) so it crosses process pools."""
from __future__ import annotations


class ReportParseError(Exception):
    """Base of every error reportparse raises for a document it cannot read."""

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message, path)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.message} ({self.path})" if self.path else self.message

    def __reduce__(self):
        return (type(self), (self.message, self.path))


class UnsupportedFormatError(ReportParseError):
    """The bytes are not text, HTML or PDF (an image, a Word file, an archive…)."""


class EmptyDocumentError(ReportParseError):
    """The document has no bytes or no visible text at all."""


class DecodeError(ReportParseError):
    """The bytes could not be decoded as text in any plausible encoding."""


class NotAnnualReportError(ReportParseError):
    """The document is readable but is not a 政府信息公开工作年度报告."""


class NoTextLayerError(ReportParseError):
    """A PDF with no usable text layer (a scan) and OCR not available or not asked for."""


class EncryptedPDFError(ReportParseError):
    """A PDF that needs a password to open."""


class DocumentTooLargeError(ReportParseError):
    """A configured limit (bytes, pages, cells, nesting, spans) was exceeded."""


class ParseTimeoutError(ReportParseError):
    """A document took longer than the per-document time limit (batch parsing)."""


ERROR_TYPES = {cls.__name__: cls for cls in (
    ReportParseError, UnsupportedFormatError, EmptyDocumentError, DecodeError, NotAnnualReportError,
    NoTextLayerError, EncryptedPDFError, DocumentTooLargeError, ParseTimeoutError)}
