"""The members of a ZIP archive: listed, read and hashed in place (archives.py names them by a path
through the archive and walks them; this module knows only the ZIP format).

Read within bounds, never unpacked to disk: the member count (checked on the count the archive
declares, before its directory is loaded), each member's size (ParseSettings.max_bytes, checked on
the declared size and again while inflating).

Names: a ZIP without the UTF-8 flag stores names in the writer's code page. Archives made on
Chinese Windows write GBK, which Python's zipfile shows as cp437 mojibake (``╡╪┤≤.txt``); such a
name is read back as UTF-8, then GB18030, and kept as zipfile gave it when neither fits.
"""
from __future__ import annotations

import zipfile
from typing import NamedTuple, Optional

from .archive_base import MAX_MEMBERS, Listing, OpenArchives
from .digest import sha256_within
from .errors import DocumentTooLargeError, UnreadableFileError, UnsupportedFormatError

SUFFIXES = (".zip",)
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1


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


class _Open(NamedTuple):
    zf: zipfile.ZipFile
    infos: dict


_cache = OpenArchives(lambda entry: entry.zf.close())


def _entry_count(path: str) -> Optional[int]:
    """Entries the end-of-central-directory record declares, read without loading the directory."""
    try:
        with open(path, "rb") as f:
            end = zipfile._EndRecData(f)          # noqa: SLF001 — the stdlib's own reader of that record
        return end[zipfile._ECD_ENTRIES_TOTAL] if end else None
    except (OSError, AttributeError, IndexError, TypeError):
        return None


def _open(archive: str) -> _Open:
    key = _cache.key(archive)
    entry = _cache.get(key)
    if entry is not None:
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
    return _cache.add(key, _Open(zf, infos))


def _info(archive: str, member: str, where: str) -> tuple[zipfile.ZipFile, zipfile.ZipInfo]:
    entry = _open(archive)
    info = entry.infos.get(member)
    if info is None or info.is_dir():
        raise UnreadableFileError("no such file in the ZIP archive; check the member's name", where)
    if info.flag_bits & _ENCRYPTED_FLAG:
        raise UnreadableFileError("the member is encrypted; unpack the archive with its password", where)
    return entry.zf, info


def read(archive: str, member: str, where: str, max_bytes: int) -> bytes:
    """The bytes of `member`, at most `max_bytes` (`where`: the path that named it, for errors)."""
    zf, info = _info(archive, member, where)
    if info.file_size > max_bytes:
        raise DocumentTooLargeError(f"{info.file_size:,} bytes is over the limit of {max_bytes:,}; raise "
                                    "ParseSettings.max_bytes (--max-bytes) to read it", where)
    try:
        with zf.open(info) as f:
            data = f.read(max_bytes + 1)     # the declared size may lie (a ZIP bomb): inflate no further
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, RuntimeError) as e:
        raise UnsupportedFormatError(f"the member is damaged in the ZIP archive ({e})", where) from None
    except NotImplementedError as e:
        raise UnsupportedFormatError(f"the member is compressed by a method Python's zipfile cannot read ({e}); "
                                     "unpack the archive with another tool", where) from None
    if len(data) > max_bytes:
        raise DocumentTooLargeError(f"the member inflates past the limit of {max_bytes:,} bytes; raise "
                                    "ParseSettings.max_bytes (--max-bytes) to read it", where)
    return data


def sha256(archive: str, member: str, max_bytes: int) -> Optional[str]:
    """sha256 of a member's inflated bytes, streamed; None when it cannot be read within `max_bytes`."""
    try:
        zf, info = _info(archive, member, member)
        if info.file_size > max_bytes:
            return None
        with zf.open(info) as f:
            return sha256_within(f.read, max_bytes)
    except (UnreadableFileError, UnsupportedFormatError, DocumentTooLargeError, zipfile.BadZipFile, EOFError,
            ValueError, OSError, RuntimeError, NotImplementedError):
        return None


def listing(archive: str) -> Listing:
    """The archive's entries in name order; raises a typed error when it cannot be opened."""
    entry = _open(archive)
    names = sorted(member_name(info) for info in entry.zf.infolist())
    return Listing(names, {n for n, info in entry.infos.items() if info.is_dir()}, [])
