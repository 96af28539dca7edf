"""The exception tree (docs/errors.md). Every error is picklable (plain args) so it crosses process pools.

    ReportParseError
    ├── UnreadableFileError      the path names no readable regular file
    ├── UnsupportedFormatError   not text, HTML, PDF, Word or OFD; a PDF, ZIP or OLE file that cannot be opened
    ├── EmptyDocumentError       no bytes, or no visible text
    ├── DecodeError              text in no encoding that can be recognised
    ├── NotAnnualReportError     readable, but not a 政府信息公开工作年度报告
    ├── NoTextLayerError         a scanned PDF, without OCR
    ├── EncryptedPDFError        a PDF that needs a password
    ├── DocumentTooLargeError    a ParseSettings limit was exceeded
    └── ParseTimeoutError        over the per-document time limit (batch parsing)

Each message says what was found and what can be done; `path` names the file (None for bytes or
text given directly). A program acts on the type: `ERROR_TYPES[name]` maps a name back to it
(batch results carry the name), and `retryable` says whether other settings could help.
"""
from __future__ import annotations


class ReportParseError(Exception):
    """Base of every error reportparse raises for a document it cannot read."""

    #: True when the same document may parse with other settings or extras (limits, OCR, a password-free copy)
    retryable = False

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message, path)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.message} ({self.path})" if self.path else self.message

    def __reduce__(self):
        return (type(self), (self.message, self.path))


class UnreadableFileError(ReportParseError):
    """The path names no file that can be read: missing, a directory, a device or pipe, no permission."""


class UnsupportedFormatError(ReportParseError):
    """The bytes are not text, HTML, PDF, a Word .docx/.doc or OFD (an image, a workbook, an archive, an
    encrypted or Word 6/95 .doc, random bytes), or a PDF, ZIP or OLE container too damaged to open."""


class EmptyDocumentError(ReportParseError):
    """The document has no bytes or no visible text at all."""


class DecodeError(ReportParseError):
    """The bytes could not be decoded as text in any plausible encoding."""


class NotAnnualReportError(ReportParseError):
    """The document is readable but is not a 政府信息公开工作年度报告 (no report title and no report table).
    `require_report=False` returns a Report with a warning instead."""


class NoTextLayerError(ReportParseError):
    """A PDF with no usable text layer (a scan) and OCR not available or not asked for."""

    retryable = True


class EncryptedPDFError(ReportParseError):
    """A PDF that needs a password to open."""


class DocumentTooLargeError(ReportParseError):
    """A configured limit (bytes, pages, table cells, HTML elements or nesting) was exceeded."""

    retryable = True


class ParseTimeoutError(ReportParseError):
    """A document took longer than the per-document time limit (batch parsing)."""

    retryable = True


ERROR_TYPES = {cls.__name__: cls for cls in (
    ReportParseError, UnreadableFileError, UnsupportedFormatError, EmptyDocumentError, DecodeError,
    NotAnnualReportError, NoTextLayerError, EncryptedPDFError, DocumentTooLargeError, ParseTimeoutError)}
