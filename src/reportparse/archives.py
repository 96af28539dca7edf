"""Reports inside an archive — ZIP, or tar (.tar, .tar.gz/.tgz, .tar.bz2/.tbz2, .tar.xz/.txz) —
named by a path through it: ``downloads/2019.zip/县政府/报告.pdf``, ``dump.tar.gz/2019/报告.txt``.

No path on disk runs through a regular file, so such a path never names anything else: `parse()`
reads the member where the plain path does not exist, and batch parsing walks an archive as it
walks a directory (`archive_inputs`). Archives are read in place, never unpacked to disk, within
the bounds each format's module keeps (zip_members.py, tar_members.py); names that climb out of
the archive (``..``, absolute) are refused, hidden ones skipped, a name stored twice read once.
"""
from __future__ import annotations

import os
import re
import stat
from collections import Counter
from types import ModuleType
from typing import Iterator, NamedTuple, Optional

from . import tar_members, zip_members
from .errors import DocumentTooLargeError, UnreadableFileError, UnsupportedFormatError

_FORMATS = ((zip_members.SUFFIXES, zip_members), (tar_members.SUFFIXES, tar_members))
SUFFIXES = tuple(s for suffixes, _ in _FORMATS for s in suffixes)
# an archive's name followed by a step into it ("x.tar.gz/"), longest suffix first
_ARCHIVE_STEP = re.compile("(?:" + "|".join(re.escape(s) for s in sorted(SUFFIXES, key=len, reverse=True)) + ")/")


def _format(name: str) -> Optional[ModuleType]:
    lower = name.lower()
    return next((fmt for suffixes, fmt in _FORMATS if lower.endswith(suffixes)), None)


def is_archive_name(path: str) -> bool:
    return _format(path) is not None


def _unsafe(name: str) -> bool:
    parts = name.split("/")
    return name.startswith("/") or ":" in parts[0] or "\x00" in name or any(p in ("..", ".") for p in parts)


def _hidden(name: str) -> bool:
    # dot files and folders, and the resource forks macOS's archiver adds (__MACOSX/…, ._name)
    return any(p.startswith(".") for p in name.split("/")) or name.startswith("__MACOSX/")


def split_member_path(path: str) -> Optional[tuple[str, str, ModuleType]]:
    """(archive, member, format module) when a leading part of `path` is a regular file named as an archive."""
    norm = path.replace(os.sep, "/") if os.sep != "/" else path
    for m in _ARCHIVE_STEP.finditer(norm.lower()):
        cut = m.end() - 1
        archive = path[:cut]
        try:
            if stat.S_ISREG(os.stat(archive).st_mode):
                return archive, norm[cut + 1:], _format(archive)
        except (OSError, ValueError):
            pass
    return None


def read_member(path: str, max_bytes: int) -> Optional[bytes]:
    """The bytes of the member `path` names (see split_member_path), at most `max_bytes`; None when no
    leading part of `path` is an archive (the caller says the path names nothing)."""
    found = split_member_path(path)
    if found is None:
        return None
    archive, member, fmt = found
    return fmt.read(archive, member, path, max_bytes)


def member_sha256(path: str, max_bytes: int) -> Optional[str]:
    """sha256 of a member's bytes, streamed; None when it cannot be read within `max_bytes`."""
    found = split_member_path(path)
    if found is None:
        return None
    archive, member, fmt = found
    return fmt.sha256(archive, member, max_bytes)


class ArchiveProblem(NamedTuple):
    """What of an archive cannot be walked: the whole of it, or some of its members."""

    error_type: str
    message: str


def archive_inputs(archive: str) -> Iterator[str | ArchiveProblem]:
    """The member paths of `archive` a batch reads (files; not folders, dot files or __MACOSX) in the order
    its format walks them (a ZIP's by name, a tar's as stored), then an ArchiveProblem naming what was not
    taken (unsafe or repeated names, links, a damaged end), or only an ArchiveProblem when the archive
    cannot be opened."""
    try:
        listing = _format(archive).listing(archive)
    except (UnreadableFileError, UnsupportedFormatError, DocumentTooLargeError) as e:
        yield ArchiveProblem(type(e).__name__, e.message)
        return
    counts = Counter(listing.names)
    unsafe = sorted({n for n in counts if _unsafe(n)} | {n for n in listing.folders if _unsafe(n)})
    repeated = sorted(n for n, k in counts.items() if k > 1)
    for name in counts:               # (first-seen order, each name once)
        if name in listing.folders or _unsafe(name) or _hidden(name):
            continue
        yield f"{archive}/{name}"
    said = []
    if unsafe:
        said.append(f"{len(unsafe)} member name(s) climbing out of the archive or absolute, not read: "
                    + ", ".join(unsafe[:5]))
    if repeated:
        said.append(f"{len(repeated)} name(s) stored more than once, only the last copy read: " + ", ".join(repeated[:5]))
    said += listing.notes
    if said:
        yield ArchiveProblem("UnreadableFileError", "; ".join(said))
