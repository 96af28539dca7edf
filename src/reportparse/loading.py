"""Bytes → Document: read the source, detect its format and encoding, hand it to its layout.

Hostile input is bounded here first (docs/errors.md): a file is read only up to
`ParseSettings.max_bytes` (never trusting the size the file system reports), only regular files
are opened, binary data of no known format is refused before any parser sees it, and decoding
never fails on a truncated last character or a few damaged bytes: those are replaced and said in
`Document.warnings`. Everything that goes wrong is a ReportParseError subclass.
"""
from __future__ import annotations

import codecs
import os
import stat
import unicodedata
import warnings as _warnings
from typing import Optional, Union

import regex

from .decoding import declared_charset, decode_report, undo_char_refs, utf16_without_bom
from .document import Document
from .normalize import wide_figures
from .layout.embedded import with_tables_as_html
from .errors import (DocumentTooLargeError, EmptyDocumentError, ReportParseError,
                     UnreadableFileError, UnsupportedFormatError)
from .patterns import LazyPattern
from .settings import ParseSettings

Source = Union[str, bytes, bytearray, memoryview, os.PathLike]

_HTML_SNIFF = LazyPattern(rb"<\s*(?:!doctype\s+html|html|head|body|table|div|p|meta|title|span|tr|td)\b", regex.I)
# A MIME message's first header (an MHTML archive starts with its headers, often "From: <Saved by …>")
_MHTML_SNIFF = LazyPattern(rb"(?:[A-Za-z-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){0,12}MIME-Version:", regex.I)
_MHTML_MAX_PARTS, _MHTML_MAX_MULTIPARTS = 5000, 16
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")       # a ZIP container (.docx, .xlsx, .zip …); an empty one
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
# what an OLE file is, by the stream names its directory holds (UTF-16): Word 97-2003 and WPS keep a
# "WordDocument" stream (read: None); a password-protected .docx/.xlsx is an OLE file holding an "EncryptedPackage"
_OLE_KINDS = (("EncryptedPackage", "a password-protected Office file (an encrypted .docx/.xlsx): save an unprotected "
                                   "copy as .docx"),
              ("WordDocument", None),
              ("Workbook", "an Excel 97-2003 workbook (.xls), not a report document"))
# a compressed tar of reports is walked by a batch (archives.py), not parsed as one document
_COMPRESSED = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")
_BINARY_MAGIC = {
    _OLE_MAGIC: "an OLE file holding no Word document (.xls, .ppt, .msg …): open it and save it as .docx (or PDF)",
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"Rar!": "a RAR archive",
    b"\x1f\x8b": "a gzip file", b"7z\xbc\xaf": "a 7z archive", b"{\\rtf": "an RTF document", b"BM": None,
    b"II*\x00": "a TIFF image", b"MM\x00*": "a TIFF image", b"RIFF": "a RIFF file (WebP image, WAV, AVI)",
    b"BZh": "a bzip2 file", b"\xfd7zXZ\x00": "an xz file", b"\x7fELF": "a program (ELF)",
    b"MZ": None, b"AT&TFORM": "a DjVu document", b"\x00\x00\x00\x0cjP  ": "a JPEG 2000 image",
}
# Control bytes text never holds (tab, newlines, form feed, escape and the DOS end-of-file mark excepted).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27)) + b"\x7f"


def read_source(source: Source, settings: ParseSettings) -> tuple[bytes, Optional[str]]:
    """(bytes, path or None). A str is a path (`parse_text` takes text); bytes are the document.

    A str that names no file raises UnreadableFileError — unless it cannot be a path at all (it
    holds a line break, or is longer than PATH_MAX): such a str is still read as the report text,
    with a DeprecationWarning (use `reportparse.parse_text`).
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, path = bytes(source), None
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and _could_be_path(source)):
        path = os.fspath(source)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        data = _read_file(path, settings)
    elif isinstance(source, str):
        _warnings.warn("parse(str) reads a str as a path; for report text use reportparse.parse_text(text) "
                      "(text is still accepted when it holds a line break, but not for long)",
                      DeprecationWarning, stacklevel=4)
        data, path = text_bytes(source), None
    else:
        raise TypeError(f"parse() takes a path, bytes or str, not {type(source).__name__}")
    if len(data) > settings.max_bytes:
        raise DocumentTooLargeError(
            f"{len(data):,} bytes is over the limit of {settings.max_bytes:,}; raise ParseSettings.max_bytes "
            "(--max-bytes) to read it", path)
    return data, path


def text_bytes(text: str) -> bytes:
    """The report text given as a str, as the bytes the loaders read (lone surrogates become "?")."""
    return text.encode("utf-8", errors="replace")


def _read_file(path: str, settings: ParseSettings) -> bytes:
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            what = "a directory" if stat.S_ISDIR(st.st_mode) else "not a regular file (a device, pipe or socket)"
            raise UnreadableFileError(f"the path is {what}; give the report file itself", path)
        if st.st_size > settings.max_bytes:
            raise DocumentTooLargeError(
                f"{st.st_size:,} bytes is over the limit of {settings.max_bytes:,}; raise ParseSettings.max_bytes "
                "(--max-bytes) to read it", path)
        with open(path, "rb") as f:
            data = f.read(settings.max_bytes + 1)        # the file may be growing, or lie about its size
    except (FileNotFoundError, NotADirectoryError):
        from .archives import read_member     # zipfile and tarfile only when a path names nothing on disk
        data = read_member(path, settings.max_bytes)   # archive.zip/folder/report.pdf: a member, read in place
        if data is not None:
            return data
        raise UnreadableFileError("no such file; check the path (report text given as a str goes to "
                                  "parse_text())", path) from None
    except OSError as e:      # permissions, a symlink loop (ELOOP), a name too long …
        raise UnreadableFileError(f"the file cannot be read ({e.strerror or type(e).__name__}); check the path "
                                  "and its permissions", path) from None
    return data


def _could_be_path(text: str) -> bool:
    """A str that can name a file: one line, shorter than PATH_MAX (whether or not the file exists)."""
    return "\n" not in text and "\r" not in text and len(text) < 4096


def sniff(data: bytes, path: Optional[str] = None) -> str:
    """'pdf', 'docx' (any ZIP container: .docx or OFD, else the loader says what else it is), 'doc' (an
    OLE file holding a Word 97-2003 or WPS document), 'html', 'mhtml' or 'text'; raises
    UnsupportedFormatError for other binary formats."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(_ZIP_MAGIC):
        return "docx"
    if head.startswith(_OLE_MAGIC):
        what = next((w for name, w in _OLE_KINDS if name.encode("utf-16-le") in data), _BINARY_MAGIC[_OLE_MAGIC])
        if what is None:
            return "doc"
        raise UnsupportedFormatError(f"the file is {what}; this library reads .docx, .doc, text, HTML and PDF", path)
    # messages never depend on the path: batch parsing ships bytes and must give the same record
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic) and what:
            how = ("if it is a tar of reports, read them with reportparse batch (parse_many), or one as "
                   "archive.tar.gz/name; else uncompress it" if magic in _COMPRESSED else "convert it first")
            raise UnsupportedFormatError(f"the file is {what}, not a text, HTML or PDF report; {how}", path)
    if data[257:262] == b"ustar":
        raise UnsupportedFormatError("the file is a tar archive: read its reports with reportparse batch (parse_many), "
                                     "or one as archive.tar/name", path)
    if _is_binary(data[:8192]):
        raise UnsupportedFormatError("the file is binary data of no known format, not a text, HTML or PDF report "
                                     "(a failed or truncated download, or a misnamed file?)", path)
    if _MHTML_SNIFF.match(head) and b"multipart/related" in data[:4096].lower():
        return "mhtml"
    if _HTML_SNIFF.search(data[:4096]):
        from .layout.text import markup_debris_only
        # (a plain text that kept a tampered page's empty tags on lines of their own is text: its lines are its own)
        return "text" if markup_debris_only(data[:65536].decode("utf-8", "replace")) else "html"
    return "text"


def mhtml_page(data: bytes, path: Optional[str] = None) -> tuple[bytes, Optional[str]]:
    """The HTML page inside an MHTML archive (a browser's "save as single file", .mht/.mhtml) and the
    charset its part declares: the part at the snapshot's own address, else the first HTML part;
    its quoted-printable or base64 transfer encoding undone by the standard library's MIME parser."""
    import email.parser
    import email.policy
    # the standard library's parser recurses once per nested multipart and costs ~0.2 ms a part: a
    # browser's archive nests one level and holds a few hundred parts; a hostile one is refused first
    lower = data.lower()
    if lower.count(b"multipart/") > _MHTML_MAX_MULTIPARTS or lower.count(b"\n--") > _MHTML_MAX_PARTS:
        raise DocumentTooLargeError(f"the MHTML archive holds more than {_MHTML_MAX_PARTS:,} parts or "
                                    f"{_MHTML_MAX_MULTIPARTS} multipart containers: not read", path)
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    location = (message.get("Snapshot-Content-Location") or message.get("Content-Location") or "").strip()
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    if not pages:
        raise UnsupportedFormatError("the file is an MHTML archive without an HTML page in it", path)
    page = next((p for p in pages if location and (p.get("Content-Location") or "").strip() == location), pages[0])
    body = page.get_payload(decode=True)
    if not isinstance(body, bytes) or not body.strip():
        raise EmptyDocumentError("the MHTML archive's HTML page is empty", path)
    return body, page.get_content_charset()


def _is_binary(sample: bytes) -> bool:
    if not sample or sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) // 50) and utf16_without_bom(sample) is None


def load(source: Source, settings: ParseSettings, table_cue=None) -> Document:
    """The Document of `source`: bytes read within the limits, format sniffed, text decoded and laid
    out. `table_cue` (a compiled pattern): what marks an HTML table as the report's, for finding the
    report's body among a page's chrome (the pipeline passes the vocabulary's: api.load_document)."""
    import hashlib      # on first use: it loads OpenSSL, ~4 ms of `import reportparse`
    data, path = read_source(source, settings)
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip(b" \t\r\n\x00"):
        raise EmptyDocumentError("the document is empty (0 bytes, or only whitespace or NUL bytes); the download "
                                 "or the save probably failed: fetch it again", path)
    try:
        return _load(data, path, sha, settings, table_cue)
    except ReportParseError as e:       # a layout that did not know the path: name the file all the same
        if e.path is None and path is not None:
            e.path = path
            e.args = (e.message, path)
        raise


def _load(data: bytes, path: Optional[str], sha: str, settings: ParseSettings, table_cue=None) -> Document:
    fmt = sniff(data, path)
    meta = dict(path=path, sha256=sha)
    if fmt == "pdf":
        from .layout.pdf import load_pdf
        return load_pdf(data, settings, **meta)
    if fmt == "docx":           # a ZIP container: a Word file, an OFD file, or named as what else it is
        from .layout.docx_package import Package
        package = Package(data, settings, path)
        from .layout.ofd import is_ofd
        if is_ofd(package):
            from .layout.ofd import load_ofd
            return load_ofd(package, settings, **meta)
        from .layout.docx import load_docx
        return load_docx(package, settings, table_cue=table_cue, **meta)
    if fmt == "doc":
        from .layout.doc import load_doc
        return load_doc(data, settings, **meta)
    declared = None
    if fmt == "mhtml":
        data, declared = mhtml_page(data, path)
        fmt = "html"
    if fmt == "html":
        declared = declared or declared_charset(data)
    text, encoding, warnings = decode_report(data, declared)
    if fmt == "text" and encoding.startswith(("utf-16", "utf-32")) and _HTML_SNIFF.search(
            text[:4096].encode("utf-8", "replace")):
        fmt = "html"                      # markup is invisible to the byte sniffer in a wide encoding
    if not _visible(text):
        raise EmptyDocumentError("the document has no visible text (only whitespace or control characters)", path)
    from .layout import saved_json
    unpacked = None
    if saved_json.looks_like_json(text):
        unpacked, more = saved_json.unpack(text)
        warnings += more
        if unpacked is not None:        # a crawler's saved response: its report string is the document
            text, fmt = unpacked.body, "html" if unpacked.is_html else "text"
            warnings.append(saved_json.read_note(unpacked))
    text, fmt, hints = with_tables_as_html(text, fmt, warnings)
    wide = wide_figures(text)
    if fmt == "html":
        from .layout.html import load_html
        # no decoding warning: `text` is the bytes' exact UTF-8 reading, and the parser may take the bytes
        doc = load_html(text, settings, encoding=encoding, utf8=data if encoding == "utf-8" and not warnings else None,
                        table_cue=table_cue, **meta)
    else:
        from .layout.text import load_text
        text = undo_char_refs(text, warnings)
        if len(text) > settings.max_text_chars:
            warnings.append(f"the text was cut at {settings.max_text_chars:,} of its {len(text):,} characters "
                            "(ParseSettings.max_text_chars); figures after that point were not read")
            text = text[: settings.max_text_chars]
        doc = load_text(text, encoding=encoding, **meta)
    if hints:
        doc.title_hint, doc.date_hint = doc.title_hint or hints[0], doc.date_hint or hints[1]
    if unpacked is not None:            # the response's own title field names the report before its page
        doc.title_hint, doc.date_hint = unpacked.title or doc.title_hint, doc.date_hint or unpacked.date
    doc.warnings[:0] = warnings
    doc.wide_figures = wide
    return doc


def _visible(text: str) -> bool:
    for ch in text[:1_000_000] if len(text) > 1_000_000 else text:
        if not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf", "Zs"):
            return True
    return len(text) > 1_000_000 and bool(text.strip())
