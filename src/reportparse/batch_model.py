"""What the batch engines pass around for one input (`_Task` in, `_Done` out) and parsing one
input into it (`_process`): every exception becomes a `Failure`.

Shared by the in-process engine (batch.py), the process pool (pool.py) and dask (dask_engine.py);
it imports none of them.
"""
from __future__ import annotations

import hashlib
import os
import traceback
from pathlib import Path
from typing import Any, Callable, NamedTuple, Optional

from . import __version__
from .errors import ReportParseError
from .model import Report
from .records import Failure, record_line
from .settings import ParseSettings


# ------------------------------------------------------------------------------- one document

class _Task(NamedTuple):
    path: str                      # as given / as found while walking a directory
    sha256: Optional[str] = None   # when the caller already hashed the file
    data: Optional[bytes] = None   # the file's bytes, when shipped instead of the path


def _sha_file(path: str) -> Optional[str]:
    try:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


class _Done(NamedTuple):
    """What a worker hands back for one input: the result, or its JSON line, and a digest for summaries."""

    path: str
    kind: str                              # report | failure
    error_type: Optional[str]
    failed_checks: tuple                   # rules of the report's failed checks
    result: Any = None                     # Report | Failure (want="object")
    line: Optional[str] = None             # the JSONL record (want="line")
    sha256: Optional[str] = None


def _message(e: BaseException) -> str:
    if isinstance(e, ReportParseError):
        return e.message
    text = str(e) or repr(e)
    tb = traceback.extract_tb(e.__traceback__)
    if tb:   # where a bug happened, so the failure line is enough to file an issue
        frame = tb[-1]
        text += f" [at {os.path.basename(frame.filename)}:{frame.lineno} in {frame.name}]"
    return text


def _failure_done(task: _Task, error_type: str, message: str, want: str) -> _Done:
    sha = task.sha256
    if sha is None:
        sha = hashlib.sha256(task.data).hexdigest() if task.data is not None else _sha_file(task.path)
    failure = Failure(path=task.path, sha256=sha, error_type=error_type, message=message, parser_version=__version__)
    line = record_line(failure) if want == "line" else None
    return _Done(task.path, "failure", error_type, (), failure if want == "object" else None, line, sha)


def _process(task: _Task, settings: ParseSettings, parse_func: Optional[Callable], want: str) -> _Done:
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
        return _Done(task.path, "report", None, failed, report if want == "object" else None, line,
                     report.source.sha256)
    except Exception as e:  # noqa: BLE001 — a bug in one document must not kill the batch
        return _failure_done(task, type(e).__name__, _message(e), want)


def _finish(done: _Done, want: str) -> _Done:
    """A failure made before any worker saw the input (a missing path): give it its line."""
    if want == "line" and done.line is None:
        return done._replace(line=record_line(done.result), result=None)
    return done
