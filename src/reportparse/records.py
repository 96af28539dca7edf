"""Results and their JSONL form: `Failure`, the record of a result (`record_dict`/`record_line`, a
fast serialiser for the plain dataclasses of model.py), reading a results file back (`iter_records`,
`load_results`), and the resumable output file of `run_batch` (`Output`: locked, scanned, repaired,
appended to line by line).

The bottom of the batch modules: it imports none of them (batch.py, pool.py, dask_engine.py and
batch_model.py import it).
"""
from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Optional, Union

from dataclasses_json import DataClassJsonMixin

from .version import __version__
from .model import Report

PathLike = Union[str, os.PathLike]
Result = Union[Report, "Failure"]

_FSYNC_EVERY_LINES = 200
_FSYNC_EVERY_SECONDS = 2.0


class OutputLockedError(RuntimeError):
    """Another batch is writing to the same results file."""


@dataclass
class Failure(DataClassJsonMixin):
    """A document that could not be parsed: which one, and why (the exception's class name)."""

    path: str
    sha256: Optional[str]
    error_type: str          # e.g. EmptyDocumentError, ParseTimeoutError, or KeyError for a bug
    message: str
    parser_version: Optional[str] = __version__

    @property
    def kind(self) -> str:
        return "failure"


# ------------------------------------------------------------------------- JSONL serialisation

class _Unsupported(Exception):
    pass


_FIELDS: dict[type, list[tuple[str, Optional[Callable]]]] = {}


def _fields_of(cls: type) -> list[tuple[str, Optional[Callable]]]:
    spec = _FIELDS.get(cls)
    if spec is None:
        if getattr(cls, "dataclass_json_config", None):
            raise _Unsupported(cls)
        spec = []
        for f in dataclasses.fields(cls):
            cfg = dict(f.metadata.get("dataclasses_json", {}))
            exclude = cfg.pop("exclude", None)
            if cfg:                       # encoders, renamed fields…: leave it to dataclasses-json
                raise _Unsupported(cls)
            spec.append((f.name, exclude))
        _FIELDS[cls] = spec
    return spec


def _plain(obj: Any) -> Any:
    """dataclasses-json's to_dict() for the plain shapes of model.py, ~20× faster."""
    if obj is None or isinstance(obj, (str, bool, int, float)):
        return obj
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {}
        for name, exclude in _fields_of(type(obj)):
            value = getattr(obj, name)
            if exclude is not None and exclude(value):
                continue
            out[name] = _plain(value)
        return out
    raise _Unsupported(type(obj))


def record_dict(result: Result) -> dict:
    """The JSONL record of a result: ``{"kind": "report", **report.to_dict()}`` or ``{"kind": "failure", …}``."""
    kind = "report" if isinstance(result, Report) else "failure"
    try:
        body = _plain(result)
    except _Unsupported:
        body = result.to_dict()
    return {"kind": kind, **body}


def record_line(result: Result) -> str:
    """One JSONL line (no newline) for a result: strict JSON (no NaN/Infinity) and valid UTF-8.

    A path that is not valid UTF-8 (a file name in another encoding, kept by Python as lone
    surrogates) is written with \\udcXX escapes: the line stays UTF-8 and reads back as the same str.
    """
    rec = record_dict(result)
    line = json.dumps(rec, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(rec, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return line


def iter_records(path: PathLike) -> Iterator[dict]:
    """The records of a results JSONL file as plain dicts; a torn or invalid line is skipped."""
    with open(path, "rb") as f:
        for raw in f:
            if not raw.endswith(b"\n"):
                break
            try:
                rec = json.loads(raw)
            except ValueError:
                continue
            if isinstance(rec, dict):
                yield rec


def load_results(path: PathLike) -> list[Result]:
    """The records of a results JSONL file as `Report` and `Failure` objects (slower than iter_records)."""
    out: list[Result] = []
    for rec in iter_records(path):
        kind = rec.pop("kind", "report")
        out.append(Failure.from_dict(rec) if kind == "failure" else Report.from_dict(rec))
    return out


def record_key(rec: dict) -> tuple[Optional[str], Optional[str], Optional[str], str]:
    """(path, sha256, parser_version, kind) of a record."""
    kind = rec.get("kind", "report")
    if kind == "failure":
        return rec.get("path"), rec.get("sha256"), rec.get("parser_version"), kind
    src = rec.get("source") or {}
    return src.get("path"), src.get("sha256"), rec.get("parser_version"), kind


# ------------------------------------------------------------------------------ the output file

class Output:
    """The results file: locked, repaired, de-duplicated, then appended to line by line."""

    def __init__(self, path: str):
        self.path = path
        parent = os.path.dirname(os.path.abspath(path))
        os.makedirs(parent, exist_ok=True)
        # The lock is on the file itself (its inode), which is never replaced: a second batch
        # reaching it through a symlink or a hard link finds it locked.
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        self._lock()
        self.unsynced = 0
        self.synced_at = time.monotonic()

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:      # Windows: no lock
            return
        try:   # flock, not lockf: a POSIX lock would be dropped when rewrite() closes its own descriptor
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self.fd)
            raise OutputLockedError(f"{self.path} is being written by another reportparse batch") from None

    def scan(self) -> tuple[list[tuple[int, int, dict]], int, bool]:
        """([(start, end, record)], end of the last good line, whether bad lines sit between good ones).

        A good line ends with a newline and holds a JSON object; anything else (a torn tail, a
        blank or garbled line) is bad.
        """
        records = []
        first_bad = None
        bad_inside = False
        with open(self.path, "rb") as f:
            offset = 0
            for raw in f:
                start, offset = offset, offset + len(raw)
                rec = None
                if raw.endswith(b"\n"):
                    try:
                        rec = json.loads(raw)
                    except ValueError:
                        rec = None
                if isinstance(rec, dict):
                    records.append((start, offset, rec))
                    if first_bad is not None:
                        bad_inside = True
                elif first_bad is None:
                    first_bad = start
        good_end = records[-1][1] if records else 0
        return records, good_end, bad_inside

    def truncate(self, size: int) -> None:
        os.ftruncate(self.fd, size)
        os.fsync(self.fd)

    def rewrite(self, keep: list[tuple[int, int]]) -> None:
        """Keep only these byte ranges (whole lines, in order), compacted in place, then truncate.

        In place, in the locked file itself: no temporary file (nothing to plant a symlink on) and
        no rename (a rename would replace a symlink or split a hard link, and so the lock). Each
        range moves towards the start and is read before anything is written over it, so a crash
        midway leaves every kept line whole at least once, plus torn or repeated lines that the
        next run's scan repairs and de-duplicates.
        """
        with open(f"/dev/fd/{self.fd}" if os.path.exists(f"/dev/fd/{self.fd}") else self.path, "r+b",
                  buffering=0) as f:
            if os.fstat(f.fileno())[1:3] != os.fstat(self.fd)[1:3]:    # (st_ino, st_dev): the locked file
                raise OutputLockedError(f"{self.path} was replaced while this batch held it")
            write = 0
            for start, end in keep:
                if start != write:
                    f.seek(start)
                    data = f.read(end - start)
                    f.seek(write)
                    f.write(data)
                write += end - start
            f.truncate(write)
            os.fsync(f.fileno())

    def append(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            n = os.write(self.fd, view)
            view = view[n:]
        self.unsynced += 1
        now = time.monotonic()
        if self.unsynced >= _FSYNC_EVERY_LINES or now - self.synced_at >= _FSYNC_EVERY_SECONDS:
            self.sync()

    def sync(self) -> None:
        if self.unsynced:
            os.fsync(self.fd)
        self.unsynced = 0
        self.synced_at = time.monotonic()

    def close(self) -> None:
        try:
            self.sync()
        finally:
            os.close(self.fd)
