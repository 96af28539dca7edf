"""What the batch engines pass around for one input (`Task` in, `Done` out) and parsing one
input into it (`process`): every exception becomes a `Failure`.

Shared by the in-process engine (batch.py), the process pool (pool.py) and dask (dask_engine.py);
it imports none of them.
"""
from __future__ import annotations

import hashlib
import os
import stat
import traceback
from pathlib import Path
from typing import Any, Callable, NamedTuple, Optional

from .version import __version__
from .digest import sha256_within
from .errors import ReportParseError
from .model import Report
from .overrides import MetadataOverrides, apply_overrides
from .records import Failure, record_line
from .settings import ParseSettings


# ------------------------------------------------------------------------------- one document

class Task(NamedTuple):
    path: str                      # as given / as found while walking a directory
    sha256: Optional[str] = None   # when the caller already hashed the file
    data: Optional[bytes] = None   # the file's bytes, when shipped instead of the path


HASH_LIMIT = 1 << 30        # bytes hashed at most to tell whether a file changed since the last run


def sha_file(path: str, max_bytes: int = HASH_LIMIT) -> Optional[str]:
    """sha256 of a regular file, or None: for anything else (a FIFO or a device such as /dev/zero
    would block or never end), for a file that cannot be read, or one over `max_bytes` (a sparse
    terabyte would take hours; it fails with DocumentTooLargeError anyway). Opened without
    blocking and checked on the open descriptor, so a file swapped after a stat cannot hang it. A
    member of an archive (archive.zip/name, dump.tar.gz/name) is hashed as its inflated bytes."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (FileNotFoundError, NotADirectoryError):
        from .archives import member_sha256     # archive.zip/name: its member's bytes (None for no member)
        return member_sha256(path, max_bytes)
    except (OSError, ValueError):
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > max_bytes:
            return None
        return sha256_within(lambda n: os.read(fd, n), max_bytes)     # None: grew past the limit while read
    except OSError:
        return None
    finally:
        os.close(fd)


class Done(NamedTuple):
    """What a worker hands back for one input: the result, or its JSON line, and a digest for summaries."""

    path: str
    kind: str                              # report | failure
    error_type: Optional[str]
    failed_checks: tuple                   # rules of the report's failed checks
    result: Any = None                     # Report | Failure (want="object")
    line: Optional[str] = None             # the JSONL record (want="line")
    sha256: Optional[str] = None
    warned: bool = False                   # the report has warnings about figures (Report.figure_warnings)
    read_nothing: bool = False             # parsed, but not one figure was read


def error_message(e: BaseException) -> str:
    if isinstance(e, ReportParseError):
        return e.message
    text = str(e) or repr(e)
    tb = traceback.extract_tb(e.__traceback__)
    if tb:   # where a bug happened, so the failure line is enough to file an issue
        frame = tb[-1]
        text += f" [at {os.path.basename(frame.filename)}:{frame.lineno} in {frame.name}]"
    return text


def failure_done(task: Task, error_type: str, message: str, want: str) -> Done:
    sha = task.sha256
    if sha is None:
        sha = hashlib.sha256(task.data).hexdigest() if task.data is not None else sha_file(task.path)
    failure = Failure(path=task.path, sha256=sha, error_type=error_type, message=message, parser_version=__version__)
    line = record_line(failure) if want == "line" else None
    return Done(task.path, "failure", error_type, (), failure if want == "object" else None, line, sha)


def process(task: Task, settings: ParseSettings, parse_func: Optional[Callable], want: str) -> Done:
    """Parse one input; every exception becomes a Failure."""
    try:
        source = task.data if task.data is not None else Path(task.path)
        if parse_func is None:
            from .api import parse
            report = parse(source, settings)
        else:
            report = parse_func(source, settings)
        if not isinstance(report, Report):
            raise TypeError(f"the parse function returned {type(report).__name__}, not a Report")
        if task.data is not None or report.source.path is None:
            report.source.path = task.path
        failed = tuple(c.rule for c in report.checks if c.status == "fail")
        line = record_line(report) if want == "line" else None
        read_nothing = not any(i.value is not None and not i.derived for i in report.indicators)
        return Done(task.path, "report", None, failed, report if want == "object" else None, line,
                     report.source.sha256, bool(report.figure_warnings), read_nothing)
    except Exception as e:  # noqa: BLE001 — a bug in one document must not kill the batch
        return failure_done(task, type(e).__name__, error_message(e), want)


def finish(done: Done, want: str) -> Done:
    """A failure made before any worker saw the input (a missing path): give it its line."""
    if want == "line" and done.line is None:
        return done._replace(line=record_line(done.result), result=None)
    return done


def parse_with_overrides(source: Any, settings: Any, *, overrides: MetadataOverrides, inner: Any = None) -> Report:
    """A batch parse function: parse `source`, then apply the overrides of its path."""
    path = os.fspath(source) if isinstance(source, (str, os.PathLike)) else None
    given = overrides.for_path(path) if path else {}
    if inner is None:
        from .api import parse
        return parse(source, settings, **given)
    report = inner(source, settings)
    return apply_overrides(report, **given)
