"""The inputs of a batch: files named, directories walked, ZIP and tar archives walked like directories.

Every input is yielded once, as a path, or as a `Failure` for what cannot be walked (a directory
that cannot be listed, a symbolic link out of the archive, an archive that cannot be opened or
holds members that cannot be named safely), so that nothing is dropped without a record.
"""
from __future__ import annotations

import os
from typing import Callable, Iterable, Iterator, Union

from .version import __version__
from .errors import ERROR_TYPES
from .records import Failure, PathLike
from .archives import ArchiveProblem, archive_inputs, is_archive_name


def iter_inputs(sources: Union[PathLike, Iterable[PathLike]],
                follow_symlinks: bool = False) -> Iterator[Union[str, Failure]]:
    """Every input file under `sources`, once each, in a stable order.

    Directories are walked recursively; every non-hidden file in them is an input, whatever its
    extension. Hidden files and directories (``.name``) inside a directory are skipped; a hidden
    file named explicitly is kept. A ZIP or tar archive (``*.zip``, ``*.tar``, ``*.tar.gz``, ``*.tgz``,
    ``*.tar.bz2``, ``*.tar.xz`` …), named or met while walking, is walked in place like a directory:
    its members are inputs named ``archive.zip/folder/file``, which
    `parse()` reads (docs/archives.md). A symbolic link met while walking is not followed out of
    the directory given (a `Failure` says so) and a symlinked directory is not entered (its files
    are reached by their real path, when inside) — unless `follow_symlinks`; a directory is never
    walked twice, so link loops end. A source that does not exist is passed on (parsing it fails
    with UnreadableFileError); a directory that cannot be listed yields a `Failure`, so that it is
    still accounted for.
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    seen: set[str] = set()

    def once(path: str) -> bool:
        key = os.path.normcase(os.path.abspath(path))
        if key in seen:
            return False
        seen.add(key)
        return True

    for source in sources:
        path = os.fspath(source)
        if os.path.isdir(path):
            yield from _walk(path, once, follow_symlinks)
        elif is_archive_source(path):
            yield from _archive(path, once)
        elif once(path):
            yield path        # missing or unreadable: parse() says so (UnreadableFileError), as a Failure


def is_archive_source(path: str) -> bool:
    """A regular file named as a ZIP or tar archive: walked as an archive of inputs, not parsed as one document."""
    return is_archive_name(path) and os.path.isfile(path)


_UNREADABLE = "UnreadableFileError" if "UnreadableFileError" in ERROR_TYPES else "PermissionError"


def _unread(path: str, message: str, error_type: str = _UNREADABLE) -> Failure:
    return Failure(path=path, sha256=None, error_type=error_type, message=message, parser_version=__version__)


def _archive(path: str, once: Callable[[str], bool]) -> Iterator[Union[str, Failure]]:
    if not once(path):
        return
    for item in archive_inputs(path):
        if isinstance(item, ArchiveProblem):
            yield _unread(path, item.message, item.error_type)
        elif once(item):
            yield item


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk(top: str, once: Callable[[str], bool], follow_symlinks: bool = False) -> Iterator[Union[str, Failure]]:
    root = os.path.realpath(top)
    visited: set[str] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in visited:
            continue
        visited.add(real)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            if once(folder):
                yield _unread(folder, f"the directory cannot be listed ({e.strerror or e}); check its permissions")
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = os.path.join(folder, entry.name)
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir()          # follows symlinks
            except OSError:
                is_link, is_dir = False, False
            if is_link and not follow_symlinks:
                target = os.path.realpath(child)
                if not _inside(target, root):
                    if once(child):
                        yield _unread(child, "a symbolic link out of the archive directory: not followed "
                                             "(follow_symlinks=True, --follow-symlinks, to read it)")
                    continue
                if is_dir:
                    continue            # inside the archive: walked by its real path
            if is_dir:
                subdirs.append(child)
            elif is_archive_name(entry.name) and entry.is_file():
                yield from _archive(child, once)
            elif once(child):
                yield child
        stack.extend(reversed(subdirs))          # depth first, in name order
