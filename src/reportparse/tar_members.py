"""The members of a tar archive (.tar, .tar.gz/.tgz, .tar.bz2/.tbz2, .tar.xz/.txz): listed, read and
hashed in place (archives.py names them by a path through the archive and walks them; this module
knows only the tar format). Python's tarfile reads it; nothing is unpacked to disk.

A compressed tar has no index: listing it inflates the whole stream once, and a member is reached by
inflating up to it. So members are walked in the order they are stored (each process reading
forward, the stream inflated about once per process), and listing stops with DocumentTooLargeError
past MAX_LISTED_BYTES of members (a tar bomb is never inflated further). Only regular files are
members; links, devices and FIFOs are said, not followed. Names stored in another encoding than
UTF-8 (GBK from a Chinese Windows tool) are read back as GB18030.
"""
from __future__ import annotations

import lzma
import tarfile
import threading
import zlib
from typing import NamedTuple, Optional

from .archive_base import MAX_MEMBERS, Listing, OpenArchives
from .digest import sha256_within
from .errors import DocumentTooLargeError, UnreadableFileError, UnsupportedFormatError

SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
#: members' bytes a compressed archive may hold in all: listing one inflates every member once
MAX_LISTED_BYTES = 16 * 2**30
_COMPRESSED_MAGIC = (b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")
# what a damaged archive or stream raises while tarfile reads it
_READ_ERRORS = (tarfile.TarError, EOFError, OSError, zlib.error, lzma.LZMAError, ValueError)   # (bz2 raises OSError)


class _Open(NamedTuple):
    tar: tarfile.TarFile
    infos: dict            # name → TarInfo (a repeated name: the last, as tar extracts it)
    listing: Listing
    lock: threading.Lock   # one reader at a time: members share the archive's file position


_cache = OpenArchives(lambda entry: entry.tar.close())


def _name(raw: str) -> str:
    """A member's name as its writer meant it: without a leading ./, in GB18030 where it is not UTF-8."""
    if any("\udc80" <= ch <= "\udcff" for ch in raw):          # bytes UTF-8 could not decode
        data = raw.encode("utf-8", "surrogateescape")
        try:
            raw = data.decode("gb18030")
        except UnicodeDecodeError:
            raw = data.decode("utf-8", "replace")
    while raw.startswith("./"):
        raw = raw[2:]
    return raw.rstrip("/")


def _compressed(archive: str) -> bool:
    with open(archive, "rb") as f:
        return f.read(6).startswith(_COMPRESSED_MAGIC)


def _open(archive: str) -> _Open:
    key = _cache.key(archive)          # (…, modification time, size)
    entry = _cache.get(key)
    if entry is not None:
        return entry
    try:
        compressed = _compressed(archive)
    except OSError as e:
        raise UnreadableFileError(f"the archive cannot be read ({e.strerror or type(e).__name__})", archive) from None
    try:
        tar = tarfile.open(archive, "r:*", encoding="utf-8", errors="surrogateescape")
    except _READ_ERRORS as e:
        raise UnsupportedFormatError(f"a tar archive too damaged to open ({e})", archive) from None
    names, folders, notes, infos = [], set(), [], {}
    others: list[str] = []
    listed = 0
    while True:
        try:
            info = tar.next()
        except _READ_ERRORS as e:
            if not names and not folders:
                tar.close()
                raise UnsupportedFormatError(f"a tar archive too damaged to open ({e})", archive) from None
            notes.append(f"the archive is damaged after {len(names)} file{'s' if len(names) != 1 else ''} ({e}): the rest is not read")
            break
        if info is None:
            if not compressed and _cut_short(archive, tar.offset, key[3]):
                notes.append(f"the archive is cut short or damaged after {len(names)} file{'s' if len(names) != 1 else ''} (tar reads no "
                             "entry past them, and bytes that are not its end follow): the rest is not read")
            break
        if len(names) + len(folders) + len(others) >= MAX_MEMBERS:
            tar.close()
            raise DocumentTooLargeError(f"the tar archive holds more than {MAX_MEMBERS:,} entries, over the limit; "
                                        "unpack it and parse the folder", archive)
        name = _name(info.name)
        if info.isdir():
            folders.add(name)
        elif info.isreg():
            names.append(name)
            infos[name] = info
            listed += info.size
            # the next entry lies past this one's bytes: a compressed stream inflates them to get there
            if compressed and listed > MAX_LISTED_BYTES:
                tar.close()
                raise DocumentTooLargeError(f"the compressed tar archive holds more than {MAX_LISTED_BYTES:,} bytes of "
                                            "files: unpack it and parse the folder", archive)
        else:
            others.append(name)
    if others:
        notes.append(f"{len(others)} entr{'ies' if len(others) > 1 else 'y'} that are links, devices or FIFOs, not "
                     "files: not read: " + ", ".join(sorted(others)[:5]))
    return _cache.add(key, _Open(tar, infos, Listing(names, folders, notes), threading.Lock()))


def _cut_short(archive: str, end: int, size: int) -> bool:
    """Whether what follows the last entry tarfile read is not a tar's end (zero blocks): tarfile ends a
    listing silently at a header it cannot read after the first one (a download cut short)."""
    if end > size:
        return True
    with open(archive, "rb") as f:
        f.seek(end)
        return f.read(65536).strip(b"\0") != b""


def listing(archive: str) -> Listing:
    """The archive's files in stored order; raises a typed error when it cannot be opened."""
    return _open(archive).listing


def _info(archive: str, member: str, where: str) -> tuple[_Open, tarfile.TarInfo]:
    entry = _open(archive)
    info = entry.infos.get(member)
    if info is None:
        raise UnreadableFileError("no such file in the tar archive; check the member's name", where)
    return entry, info


def read(archive: str, member: str, where: str, max_bytes: int) -> bytes:
    """The bytes of `member`, at most `max_bytes` (`where`: the path that named it, for errors)."""
    entry, info = _info(archive, member, where)
    if info.size > max_bytes:
        raise DocumentTooLargeError(f"{info.size:,} bytes is over the limit of {max_bytes:,}; raise "
                                    "ParseSettings.max_bytes (--max-bytes) to read it", where)
    try:
        with entry.lock:
            return entry.tar.extractfile(info).read(max_bytes + 1)
    except _READ_ERRORS as e:
        raise UnsupportedFormatError(f"the member is damaged in the tar archive ({e})", where) from None


def sha256(archive: str, member: str, max_bytes: int) -> Optional[str]:
    """sha256 of a member's bytes, streamed; None when it cannot be read within `max_bytes`."""
    try:
        entry, info = _info(archive, member, member)
        if info.size > max_bytes:
            return None
        with entry.lock:
            return sha256_within(entry.tar.extractfile(info).read, max_bytes)
    except (UnreadableFileError, UnsupportedFormatError, DocumentTooLargeError) + _READ_ERRORS:
        return None
