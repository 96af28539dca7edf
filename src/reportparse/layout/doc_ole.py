"""The OLE compound file (CFB) of a Word 97-2003 .doc or WPS .wps (layout/doc.py reads what is in it).

olefile (pure Python) parses the container; here it is held within bounds: the directory may hold
at most `MAX_ENTRIES` entries, every stream is read only when its stated size fits what is left of
`ParseSettings.max_bytes` for the whole file, and whatever olefile raises on a damaged or hostile
container (a sector chain out of the file, a loop, a double reference, a deep directory tree) is an
UnsupportedFormatError naming the file as a damaged Word file, never a crash.
"""
from __future__ import annotations

import io
from typing import Optional

from ..errors import DocumentTooLargeError, ReportParseError, UnsupportedFormatError
from ..settings import ParseSettings

MAX_ENTRIES = 50_000       # a report's .doc holds 5–50 directory entries (more with embedded objects)
_DAMAGED = ("the file is a Word 97-2003 document (.doc, or WPS .wps) whose OLE container is damaged ({}): "
            "open it in Word or WPS and save it as .docx, or download it again")


class Container:
    """The streams of one compound file, read within what is left of max_bytes."""

    def __init__(self, data: bytes, settings: ParseSettings, path: Optional[str]):
        import olefile                 # on first use: only .doc files need it
        self.path = path
        self.budget = settings.max_bytes
        try:
            self.ole = olefile.OleFileIO(io.BytesIO(data))
            entries = len(self.ole.direntries)
        except ReportParseError:
            raise
        except RecursionError:
            raise DocumentTooLargeError("the OLE container's directory nests deeper than Python's recursion "
                                        "limit (a hostile file?): not read", path) from None
        except Exception as e:         # olefile raises OSError, ValueError, struct.error, IndexError …
            raise UnsupportedFormatError(_DAMAGED.format(_reason(e)), path) from None
        if entries > MAX_ENTRIES:
            raise DocumentTooLargeError(f"the OLE container's directory holds {entries:,} entries (more than "
                                        f"{MAX_ENTRIES:,}; a Word report holds a few dozen): not read", path)

    def has(self, name: str) -> bool:
        try:
            return self.ole.exists(name) and self.ole.get_type(name) == 2     # STGTY_STREAM
        except Exception:
            return False

    def stream(self, name: str) -> bytes:
        """A stream's bytes; UnsupportedFormatError when it is missing or its sectors are damaged."""
        if not self.has(name):
            raise UnsupportedFormatError(_DAMAGED.format(f"no {name} stream"), self.path)
        try:
            size = self.ole.get_size(name)
            if size > self.budget:
                raise DocumentTooLargeError(f"the OLE stream {name} states {size:,} bytes, past what is left of "
                                            "ParseSettings.max_bytes; raise --max-bytes to read it", self.path)
            data = self.ole.openstream(name).read(size)
        except ReportParseError:
            raise
        except Exception as e:
            raise UnsupportedFormatError(_DAMAGED.format(f"its {name} stream: {_reason(e)}"), self.path) from None
        self.budget -= len(data)
        return data

    def title(self) -> Optional[str]:
        """The SummaryInformation title property (its code page's text), or None when unreadable."""
        try:
            if not self.has("\x05SummaryInformation"):
                return None
            meta = self.ole.get_metadata()
            title, codepage = meta.title, meta.codepage
        except Exception:               # a damaged property set is only a missing hint
            return None
        if isinstance(title, str):
            return title
        if not isinstance(title, bytes) or codepage == 1200:      # (olefile drops UTF-16's NUL bytes)
            return None
        try:
            return title.decode(f"cp{codepage & 0xFFFF}" if isinstance(codepage, int) else "cp1252")
        except (LookupError, UnicodeDecodeError):
            return title.decode("gb18030", "replace")


def _reason(e: Exception) -> str:
    text = str(e).strip()
    return f"{type(e).__name__}: {text[:120]}" if text else type(e).__name__
