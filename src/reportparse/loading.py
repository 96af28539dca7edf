"""Bytes → Document: read the source, detect its format and encoding, hand it to its layout."""
from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path
from typing import Optional, Union

import regex

from .document import Document
from .errors import DecodeError, DocumentTooLargeError, EmptyDocumentError, UnsupportedFormatError
from .settings import ParseSettings

Source = Union[str, bytes, os.PathLike]

_HTML_SNIFF = regex.compile(rb"<\s*(?:!doctype\s+html|html|head|body|table|div|p|meta|title|span|tr|td)\b", regex.I)
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.I)
_XML_ENCODING = regex.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", regex.I)
_BINARY_MAGIC = {
    b"PK\x03\x04": "a ZIP container (.docx/.xlsx/.zip)", b"\xd0\xcf\x11\xe0": "an OLE file (.doc/.xls/.wps)",
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"Rar!": "a RAR archive",
    b"\x1f\x8b": "a gzip archive", b"7z\xbc\xaf": "a 7z archive", b"{\\rtf": "an RTF document", b"BM": None,
}
# GBK-family names map to GB18030, its superset: a page declared gb2312 routinely uses GBK characters.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "euc-cn", "hz-gb-2312"}


def read_source(source: Source, settings: ParseSettings) -> tuple[bytes, Optional[str]]:
    """(bytes, path or None). A str is a path when it names an existing file, else the text itself."""
    if isinstance(source, bytes):
        data, path = source, None
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source
                                              and len(source) < 4096 and _is_file(source)):
        path = os.fspath(source)
        size = os.path.getsize(path)
        if size > settings.max_bytes:
            raise DocumentTooLargeError(
                f"{size} bytes is over the limit of {settings.max_bytes}; raise ParseSettings.max_bytes (--max-bytes) to read it", path)
        data = Path(path).read_bytes()
    elif isinstance(source, str):
        data, path = source.encode("utf-8"), None
    else:
        raise TypeError(f"parse() takes a path, bytes or str, not {type(source).__name__}")
    if len(data) > settings.max_bytes:
        raise DocumentTooLargeError(
            f"{len(data)} bytes is over the limit of {settings.max_bytes}; raise ParseSettings.max_bytes to read it", path)
    return data, path


def _is_file(text: str) -> bool:
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False


def sniff(data: bytes) -> str:
    """'pdf', 'html' or 'text'; raises UnsupportedFormatError for other binary formats."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic) and what:
            raise UnsupportedFormatError(f"the file is {what}, not a text, HTML or PDF report; convert it first")
    if _HTML_SNIFF.search(data[:4096]):
        return "html"
    sample = data[:8192]
    if sample.count(b"\x00") > len(sample) // 100 and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnsupportedFormatError("the file is binary data (NUL bytes), not a text, HTML or PDF report")
    return "text"


def declared_charset(data: bytes) -> Optional[str]:
    m = _META_CHARSET.search(data[:8192]) or _XML_ENCODING.search(data[:512])
    return m.group(1).decode("ascii").lower() if m else None


def decode(data: bytes, declared: Optional[str] = None) -> tuple[str, str]:
    """(text, encoding). Order: BOM, declared charset, strict UTF-8, GB18030, then a detector.

    charset-normalizer is last on purpose: it misreads short GBK pages as other CJK encodings.
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    tried = []
    if declared:
        enc = "gb18030" if declared in _GB_FAMILY else declared
        try:
            codecs.lookup(enc)
            text = data.decode(enc)
            # a page declared UTF-8 that is not (a GBK page saved with a wrong meta) falls through
            return text, enc
        except (LookupError, UnicodeDecodeError):
            tried.append(enc)
    for enc in ("utf-8", "gb18030"):
        if enc in tried:
            continue
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace"), best.encoding
    except Exception:  # the detector is a last resort; its failure is ours to report
        pass
    raise DecodeError("the bytes are not UTF-8, GB18030 or any encoding the detector recognises; "
                      "re-save the file as UTF-8")


def load(source: Source, settings: ParseSettings) -> Document:
    data, path = read_source(source, settings)
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise EmptyDocumentError("the document is empty (0 bytes or only whitespace)", path)
    fmt = sniff(data)
    meta = dict(path=path, sha256=sha)
    if fmt == "pdf":
        from .layout.pdf import load_pdf
        return load_pdf(data, settings, **meta)
    declared = declared_charset(data) if fmt == "html" else None
    text, encoding = decode(data, declared)
    if not text.strip():
        raise EmptyDocumentError("the document has no visible text", path)
    if fmt == "html":
        from .layout.html import load_html
        return load_html(text, settings, encoding=encoding, **meta)
    from .layout.text import load_text
    return load_text(text[: settings.max_text_chars], encoding=encoding, **meta)
