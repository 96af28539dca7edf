"""Reports inside a ZIP archive, named by a path through it: ``downloads/2019.zip/县政府/报告.pdf``.

No path on disk runs through a regular file, so such a path never names anything else: `parse()`
reads the member where the plain path does not exist, and batch parsing walks an archive as it
walks a directory (`archive_inputs`). Archives are read in place, never unpacked to disk, within
bounds: the member count, each member's size (ParseSettings.max_bytes, checked on the declared
size and again while inflating), names that climb out of the archive (``..``, absolute) refused.

Names: a ZIP without the UTF-8 flag stores names in the writer's code page. Archives made on
Chinese Windows write GBK, which Python's zipfile shows as cp437 mojibake (``╡╪┤≤.txt``); such a
name is read back as UTF-8, then GB18030, and kept as zipfile gave it when neither fits.
"""
from __future__ import annotations

import os
import stat
import threading
import zipfile
from collections import Counter
from typing import Iterator, NamedTuple, Optional

from .digest import sha256_within
from .errors import DocumentTooLargeError, UnreadableFileError, UnsupportedFormatError

ARCHIVE_SUFFIX = ".zip"
MAX_MEMBERS = 100_000          # more entries than any archive of reports; a central directory past it is not loaded
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1


def is_archive_name(path: str) -> bool:
    return path.lower().endswith(ARCHIVE_SUFFIX)


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its writer meant it, with / between folders."""
    name = info.filename
    if not info.flag_bits & _UTF8_FLAG and not name.isascii():
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            raw = None
        for encoding in ("utf-8", "gb18030"):
            try:
                name = raw.decode(encoding) if raw is not None else name
                break
            except UnicodeDecodeError:
                continue
    return name.replace("\\", "/")


def _unsafe(name: str) -> bool:
    parts = name.split("/")
    return name.startswith("/") or ":" in parts[0] or "\x00" in name or any(p in ("..", ".") for p in parts)


def _hidden(name: str) -> bool:
    # dot files and folders, and the resource forks macOS's archiver adds (__MACOSX/…)
    return any(p.startswith(".") for p in name.split("/")) or name.startswith("__MACOSX/")


def split_member_path(path: str) -> Optional[tuple[str, str]]:
    """(archive, member) when a leading part of `path` is a regular file named *.zip, else None."""
    norm = path.replace(os.sep, "/") if os.sep != "/" else path
    start = 0
    while True:
        cut = norm.lower().find(ARCHIVE_SUFFIX + "/", start)
        if cut < 0:
            return None
        archive = path[:cut + len(ARCHIVE_SUFFIX)]
        try:
            if stat.S_ISREG(os.stat(archive).st_mode):
                return archive, norm[cut + len(ARCHIVE_SUFFIX) + 1:]
        except (OSError, ValueError):
            pass
        start = cut + 1


class _Open(NamedTuple):
    key: tuple
    zf: zipfile.ZipFile
    infos: dict


_cache: list[_Open] = []          # the last two archives read, per process (a forked worker opens its own)
_lock = threading.Lock()


def _entry_count(path: str) -> Optional[int]:
    """Entries the end-of-central-directory record declares, read without loading the directory."""
    try:
        with open(path, "rb") as f:
            end = zipfile._EndRecData(f)          # noqa: SLF001 — the stdlib's own reader of that record
        return end[zipfile._ECD_ENTRIES_TOTAL] if end else None
    except (OSError, AttributeError, IndexError, TypeError):
        return None


def _open(archive: str) -> _Open:
    try:
        st = os.stat(archive)
    except OSError as e:
        raise UnreadableFileError(f"the archive cannot be read ({e.strerror or type(e).__name__})", archive) from None
    key = (os.getpid(), os.path.realpath(archive), st.st_mtime_ns, st.st_size)
    with _lock:
        for entry in _cache:
            if entry.key == key:
                return entry
    count = _entry_count(archive)
    if count is not None and count > MAX_MEMBERS:
        raise DocumentTooLargeError(f"the ZIP archive lists {count:,} entries, over the limit of {MAX_MEMBERS:,}; "
                                    "unpack it and parse the folder", archive)
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError) as e:
        raise UnsupportedFormatError(f"a ZIP archive too damaged to open ({e})", archive) from None
    except OSError as e:
        raise UnreadableFileError(f"the archive cannot be read ({e.strerror or type(e).__name__})", archive) from None
    infos = {}
    for info in zf.infolist():
        infos[member_name(info)] = info          # a repeated name: the last, as unzip and zipfile take it
    entry = _Open(key, zf, infos)
    with _lock:
        _cache.insert(0, entry)
        for old in _cache[2:]:
            if old.key[0] == os.getpid():
                old.zf.close()
        del _cache[2:]
    return entry


def _info(archive: str, member: str, where: str) -> tuple[zipfile.ZipFile, zipfile.ZipInfo]:
    entry = _open(archive)
    info = entry.infos.get(member)
    if info is None or info.is_dir():
        raise UnreadableFileError("no such file in the ZIP archive; check the member's name", where)
    if info.flag_bits & _ENCRYPTED_FLAG:
        raise UnreadableFileError("the member is encrypted; unpack the archive with its password", where)
    return entry.zf, info


def read_member(path: str, max_bytes: int) -> Optional[bytes]:
    """The bytes of the member `path` names (see split_member_path), at most `max_bytes`; None when no
    leading part of `path` is a ZIP archive (the caller says the path names nothing)."""
    archive, member = split_member_path(path) or (None, None)
    if archive is None:
        return None
    zf, info = _info(archive, member, path)
    if info.file_size > max_bytes:
        raise DocumentTooLargeError(f"{info.file_size:,} bytes is over the limit of {max_bytes:,}; raise "
                                    "ParseSettings.max_bytes (--max-bytes) to read it", path)
    try:
        with zf.open(info) as f:
            data = f.read(max_bytes + 1)     # the declared size may lie (a ZIP bomb): inflate no further
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, RuntimeError) as e:
        raise UnsupportedFormatError(f"the member is damaged in the ZIP archive ({e})", path) from None
    except NotImplementedError as e:
        raise UnsupportedFormatError(f"the member is compressed by a method Python's zipfile cannot read ({e}); "
                                     "unpack the archive with another tool", path) from None
    if len(data) > max_bytes:
        raise DocumentTooLargeError(f"the member inflates past the limit of {max_bytes:,} bytes; raise "
                                    "ParseSettings.max_bytes (--max-bytes) to read it", path)
    return data


def member_sha256(path: str, max_bytes: int) -> Optional[str]:
    """sha256 of a member's inflated bytes, streamed; None when it cannot be read within `max_bytes`."""
    try:
        archive, member = split_member_path(path) or (None, None)
        if archive is None:
            return None
        zf, info = _info(archive, member, path)
        if info.file_size > max_bytes:
            return None
        with zf.open(info) as f:
            return sha256_within(f.read, max_bytes)
    except (UnreadableFileError, UnsupportedFormatError, DocumentTooLargeError, zipfile.BadZipFile, EOFError,
            ValueError, OSError, RuntimeError, NotImplementedError):
        return None


class ArchiveProblem(NamedTuple):
    """What of an archive cannot be walked: the whole of it, or some of its members."""

    error_type: str
    message: str


def archive_inputs(archive: str) -> Iterator[str | ArchiveProblem]:
    """The member paths of `archive` a batch reads (files; not folders, dot files or __MACOSX), in
    name order, then an ArchiveProblem naming what was not taken (unsafe or repeated names), or
    only an ArchiveProblem when the archive cannot be opened."""
    try:
        entry = _open(archive)
    except (UnreadableFileError, UnsupportedFormatError, DocumentTooLargeError) as e:
        yield ArchiveProblem(type(e).__name__, e.message)
        return
    names = [member_name(info) for info in entry.zf.infolist()]
    unsafe = sorted({n for n in names if _unsafe(n)})
    repeated = sorted(n for n, k in Counter(names).items() if k > 1)
    for name in sorted(entry.infos):
        if name in unsafe or entry.infos[name].is_dir() or _hidden(name):
            continue
        yield f"{archive}/{name}"
    said = []
    if unsafe:
        said.append(f"{len(unsafe)} member name(s) climbing out of the archive or absolute, not read: "
                    + ", ".join(unsafe[:5]))
    if repeated:
        said.append(f"{len(repeated)} name(s) stored more than once, only the last copy read: " + ", ".join(repeated[:5]))
    if said:
        yield ArchiveProblem("UnreadableFileError", "; ".join(said))
