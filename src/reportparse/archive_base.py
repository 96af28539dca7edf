"""What the archive formats (zip_members.py, tar_members.py) share: the entry limit, the listing they
give archives.py, and the per-process cache of open archives."""
from __future__ import annotations

import os
import threading
from typing import Any, Callable, NamedTuple, Optional

from .errors import UnreadableFileError

MAX_MEMBERS = 100_000          # more entries than any archive of reports; an archive past it is not listed


class Listing(NamedTuple):
    """An archive's entries: every name as stored (repeats included) in the order a batch walks them, the
    names that are folders, and what else is to be said of the archive."""

    names: list[str]
    folders: set[str]
    notes: list[str]


class OpenArchives:
    """The last two archives opened, per process (a forked worker opens its own), each known by its real
    path, modification time and size (an archive rewritten in place is opened again)."""

    def __init__(self, close: Callable[[Any], None]):
        self._entries: list[tuple[tuple, Any]] = []
        self._lock = threading.Lock()
        self._close = close

    @staticmethod
    def key(archive: str) -> tuple:
        try:
            st = os.stat(archive)
        except OSError as e:
            raise UnreadableFileError(f"the archive cannot be read ({e.strerror or type(e).__name__})", archive) from None
        return os.getpid(), os.path.realpath(archive), st.st_mtime_ns, st.st_size

    def get(self, key: tuple) -> Optional[Any]:
        with self._lock:
            return next((entry for k, entry in self._entries if k == key), None)

    def add(self, key: tuple, entry: Any) -> Any:
        with self._lock:
            self._entries.insert(0, (key, entry))
            for k, old in self._entries[2:]:
                if k[0] == os.getpid():
                    self._close(old)
            del self._entries[2:]
        return entry
