"""Batch parsing of an archive: many documents, a pool of workers, a resumable JSONL file.

    from reportparse.batch import parse_many
    for result in parse_many(["archive/"], workers=4, timeout=60):
        print(result.source.path if isinstance(result, Report) else result.path)

Every input comes back exactly once, either as a `Report` or as a `Failure` (what went wrong, by
exception class name). Nothing one document does — raising, hanging, crashing its process — stops
the batch. `run_batch()` (the `reportparse batch` command) writes the results to a JSONL file line
by line and resumes an interrupted run. docs/archives.md describes the workflow.

Engines:
- ``"process"`` (default): a small pool of `multiprocessing` worker processes, one document in
  flight per worker, so a document over the time limit is stopped by killing its worker (which
  is replaced). Workers are recycled after `max_tasks_per_worker` documents to keep memory
  bounded. ``workers=0`` or ``1`` parses in this process, sequentially.
- ``"dask"``: dask.distributed (``pip install reportparse[dask]``), on a given Client, a
  scheduler address, or a LocalCluster started for the call.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import io
import json
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import wait as _mp_wait
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Optional, Union

from dataclasses_json import DataClassJsonMixin

from . import __version__
from .errors import ParseTimeoutError, ReportParseError
from .model import Report
from .settings import DEFAULT_SETTINGS, ParseSettings

__all__ = ["Failure", "WorkerCrashedError", "parse_many", "iter_inputs", "run_batch", "BatchSummary",
           "iter_records", "load_results", "record_line", "register_cli"]

PathLike = Union[str, os.PathLike]
Result = Union[Report, "Failure"]

DEFAULT_MAX_TASKS_PER_WORKER = 200
_FSYNC_EVERY_LINES = 200
_FSYNC_EVERY_SECONDS = 2.0


class WorkerCrashedError(ReportParseError):
    """The worker process died while parsing this document (a crash in native code, the OOM killer…)."""


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


# ------------------------------------------------------------------------------------------ inputs

class _Task(NamedTuple):
    path: str                      # as given / as found while walking a directory
    sha256: Optional[str] = None   # when the caller already hashed the file
    data: Optional[bytes] = None   # the file's bytes, when shipped instead of the path


def iter_inputs(sources: Union[PathLike, Iterable[PathLike]]) -> Iterator[Union[str, Failure]]:
    """Every input file under `sources`, once each, in a stable order.

    Directories are walked recursively (symlinked directories followed once); every non-hidden
    file in them is an input, whatever its extension. Hidden files and directories (``.name``)
    inside a directory are skipped; a hidden file named explicitly is kept. A source that does not
    exist, or a directory that cannot be read, yields a `Failure` so it is still accounted for.
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
            yield from _walk(path, once)
        elif os.path.exists(path):
            if once(path):
                yield path
        elif once(path):
            yield Failure(path=path, sha256=None, error_type="FileNotFoundError",
                          message="no such file or directory", parser_version=__version__)


def _walk(top: str, once: Callable[[str], bool]) -> Iterator[Union[str, Failure]]:
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
                yield Failure(path=folder, sha256=None, error_type=type(e).__name__,
                              message=f"cannot list the directory: {e.strerror or e}", parser_version=__version__)
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir()          # follows symlinks
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(child)
            elif once(child):
                yield child
        stack.extend(reversed(subdirs))          # depth first, in name order


def _sha_file(path: str) -> Optional[str]:
    try:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


# ------------------------------------------------------------------------------- one document

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
    """One JSONL line (no newline) for a result."""
    return json.dumps(record_dict(result), ensure_ascii=False, separators=(",", ":"))


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


def _record_key(rec: dict) -> tuple[Optional[str], Optional[str], Optional[str], str]:
    """(path, sha256, parser_version, kind) of a record."""
    kind = rec.get("kind", "report")
    if kind == "failure":
        return rec.get("path"), rec.get("sha256"), rec.get("parser_version"), kind
    src = rec.get("source") or {}
    return src.get("path"), src.get("sha256"), rec.get("parser_version"), kind


# ------------------------------------------------------------------------------------- engines

def parse_many(sources: Union[PathLike, Iterable[PathLike]], workers: Optional[int] = None,
               timeout: Optional[float] = 60.0, settings: Optional[ParseSettings] = None,
               engine: str = "process", client: Any = None,
               skip: Union[None, Iterable[PathLike], Callable[[str], bool]] = None, *,
               parse_func: Optional[Callable[[Any, ParseSettings], Report]] = None,
               max_tasks_per_worker: int = DEFAULT_MAX_TASKS_PER_WORKER,
               start_method: Optional[str] = None, ship: str = "path") -> Iterator[Result]:
    """Parse every input under `sources`; yield a `Report` or a `Failure` for each, as they finish.

    - `sources`: files and directories (walked recursively, hidden files skipped; see iter_inputs).
    - `workers`: processes (default os.cpu_count()); 0 or 1 parses in this process, one by one.
      With engine="dask" and no client: the number of LocalCluster workers.
    - `timeout`: seconds per document (None or 0: no limit). A document over it becomes a Failure
      with error_type ParseTimeoutError and its worker process is killed and replaced. In-process
      (workers ≤ 1) the limit is best effort (SIGALRM, main thread only).
    - `skip`: paths to leave out (matched as absolute paths), or a predicate on the path.
    - `parse_func(source, settings) -> Report`: replaces reportparse.parse (tests, instrumentation);
      it must be picklable, i.e. a module-level function importable in the workers.
    - `max_tasks_per_worker`: documents a worker process parses before it is replaced.
    - `ship` (dask only): "path" sends paths (the workers must see the same filesystem) or
      "bytes" sends each file's content from this process.

    Results come in completion order; each carries its path (Report.source.path / Failure.path).
    """
    tasks = _tasks(sources, skip)
    for done in _execute(tasks, workers=workers, timeout=timeout, settings=settings, engine=engine,
                         client=client, parse_func=parse_func, want="object",
                         max_tasks_per_worker=max_tasks_per_worker, start_method=start_method, ship=ship):
        yield done.result


def _tasks(sources, skip) -> Iterator[Union[_Task, _Done]]:
    if skip is None:
        skipped: Callable[[str], bool] = lambda p: False  # noqa: E731
    elif callable(skip):
        skipped = skip
    else:
        names = {os.path.abspath(os.fspath(p)) for p in skip}
        skipped = lambda p: os.path.abspath(p) in names  # noqa: E731
    for item in iter_inputs(sources):
        if isinstance(item, Failure):
            if not skipped(item.path):
                yield _Done(item.path, "failure", item.error_type, (), item, None, None)
        elif not skipped(item):
            yield _Task(item)


def _execute(tasks: Iterable[Union[_Task, _Done]], *, workers, timeout, settings, engine, client, parse_func,
             want, max_tasks_per_worker=DEFAULT_MAX_TASKS_PER_WORKER, start_method=None,
             ship="path") -> Iterator[_Done]:
    settings = settings or DEFAULT_SETTINGS
    timeout = float(timeout) if timeout else None
    if engine == "process":
        n = (os.cpu_count() or 1) if workers is None else int(workers)
        if n <= 1:
            return _run_sequential(tasks, timeout, settings, parse_func, want)
        if parse_func is not None:
            pickle.dumps(parse_func)          # fail here, not in every worker
        return _run_pool(tasks, n, timeout, settings, parse_func, want, max(1, int(max_tasks_per_worker)),
                         start_method)
    if engine == "dask":
        if ship not in ("path", "bytes"):
            raise ValueError(f"ship must be 'path' or 'bytes', not {ship!r}")
        return _run_dask(tasks, workers, timeout, settings, parse_func, want, client, ship)
    raise ValueError(f"unknown engine {engine!r}: use 'process' or 'dask'")


# --- in-process

class _Alarm:
    """Best-effort time limit in this process (SIGALRM; main thread of a POSIX process only)."""

    def __init__(self, seconds: Optional[float]):
        self.seconds = seconds
        self.active = bool(seconds) and hasattr(signal, "setitimer") and \
            threading.current_thread() is threading.main_thread()

    def _fire(self, signum, frame):
        raise ParseTimeoutError(f"parsing took longer than {self.seconds:g} s")

    def __enter__(self):
        if self.active:
            self.previous = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


def _run_sequential(tasks, timeout, settings, parse_func, want) -> Iterator[_Done]:
    for task in tasks:
        if isinstance(task, _Done):
            yield _finish(task, want)
            continue
        try:
            with _Alarm(timeout):
                done = _process(task, settings, parse_func, want)
        except ParseTimeoutError as e:       # the alarm fired just after the parse returned
            done = _failure_done(task, type(e).__name__, e.message, want)
        yield done


def _finish(done: _Done, want: str) -> _Done:
    """A failure made before any worker saw the input (a missing path): give it its line."""
    if want == "line" and done.line is None:
        return done._replace(line=record_line(done.result), result=None)
    return done


# --- process pool

def _set_parent_death_signal() -> None:
    """Linux: die with the parent (a kill -9 of the batch must not leave workers behind)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)        # PR_SET_PDEATHSIG
        except Exception:  # noqa: BLE001 — an optimisation only
            pass


def _worker_main(conn, settings: ParseSettings, func_blob: Optional[bytes], want: str, sys_path: list) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the parent handles Ctrl-C and stops us
    _set_parent_death_signal()
    for p in sys_path:
        if p not in sys.path:
            sys.path.append(p)
    parse_func, load_error = None, None
    if func_blob is not None:
        try:
            parse_func = pickle.loads(func_blob)
        except Exception as e:  # noqa: BLE001 — reported per document below
            load_error = e
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        if load_error is not None:
            done = _failure_done(task, type(load_error).__name__,
                                 f"the parse function could not be loaded in the worker: {load_error}", want)
        else:
            done = _process(task, settings, parse_func, want)
        try:
            conn.send(done)
        except (BrokenPipeError, EOFError, ConnectionError):
            return
        except Exception as e:  # noqa: BLE001 — e.g. a result that does not pickle
            conn.send(_failure_done(task, type(e).__name__, f"the result could not be sent back: {e}", want))


class _Worker:
    def __init__(self, ctx, args):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, *args), daemon=True,
                                name="reportparse-worker")
        self.proc.start()
        child.close()
        self.task: Optional[_Task] = None
        self.deadline: Optional[float] = None
        self.count = 0

    def send(self, task: _Task, timeout: Optional[float]) -> None:
        self.task = task
        self.deadline = time.monotonic() + timeout if timeout else None
        self.count += 1
        self.conn.send(task)

    def kill(self) -> None:
        try:
            self.proc.kill()
        except Exception:  # noqa: BLE001
            pass
        self.proc.join(5)
        self.conn.close()

    def retire(self) -> None:
        try:
            self.conn.send(None)
        except Exception:  # noqa: BLE001
            pass
        self.conn.close()


def _start_method(requested: Optional[str]) -> str:
    if requested:
        return requested
    methods = multiprocessing.get_all_start_methods()
    # fork is fastest and lets a parse_func defined anywhere be found again; it is unsafe in a
    # process that runs threads (a notebook, a dask client), where forkserver is used instead.
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _run_pool(tasks, n, timeout, settings, parse_func, want, max_tasks, start_method) -> Iterator[_Done]:
    ctx = multiprocessing.get_context(_start_method(start_method))
    blob = pickle.dumps(parse_func) if parse_func is not None else None
    args = (settings, blob, want, list(sys.path))
    idle: list[_Worker] = []
    busy: list[_Worker] = []
    retired: list[_Worker] = []
    tasks = iter(tasks)
    exhausted = False
    try:
        while True:
            ready: list[_Done] = []
            while not exhausted and (idle or len(busy) < n):
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                if isinstance(task, _Done):
                    ready.append(_finish(task, want))
                    continue
                worker = idle.pop() if idle else _Worker(ctx, args)
                try:
                    worker.send(task, timeout)
                except (BrokenPipeError, OSError):            # it died while idle: use a fresh one
                    worker.kill()
                    worker = _Worker(ctx, args)
                    worker.send(task, timeout)
                busy.append(worker)
            if ready:
                yield from ready
                continue
            if not busy:
                if exhausted:
                    break
                continue
            wait_for = None
            if timeout:
                wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            handles = [w.conn for w in busy] + [w.proc.sentinel for w in busy]
            fired = set(_mp_wait(handles, timeout=wait_for))
            now = time.monotonic()
            for worker in list(busy):
                task = worker.task
                if worker.conn in fired or worker.proc.sentinel in fired:
                    try:
                        if not worker.conn.poll():
                            raise EOFError
                        done = worker.conn.recv()
                    except (EOFError, OSError, pickle.UnpicklingError):
                        busy.remove(worker)
                        worker.kill()
                        code = worker.proc.exitcode
                        ready.append(_failure_done(
                            task, WorkerCrashedError.__name__,
                            f"the worker process died while parsing (exit code {code})", want))
                        continue
                    busy.remove(worker)
                    worker.task = None
                    ready.append(done)
                    if worker.count >= max_tasks:
                        worker.retire()
                        retired.append(worker)
                    else:
                        idle.append(worker)
                elif worker.deadline is not None and now >= worker.deadline:
                    busy.remove(worker)
                    worker.kill()
                    ready.append(_failure_done(task, ParseTimeoutError.__name__,
                                               f"parsing took longer than {timeout:g} s; the worker was stopped", want))
            retired = [w for w in retired if w.proc.is_alive()]     # is_alive() reaps the finished
            yield from ready
    finally:
        for worker in busy:
            worker.kill()
        for worker in idle:
            worker.retire()
        for worker in idle + retired:
            worker.proc.join(2)
            if worker.proc.is_alive():
                worker.kill()


# --- dask

def _dask_version() -> str:
    return __version__


def _dask_task(task: _Task, settings: ParseSettings, parse_func, want: str, timeout: Optional[float]):
    """Runs on a dask worker: (done, worker address, stuck). A stuck parse runs on in its thread
    until the client restarts that worker."""
    try:
        from distributed import get_worker
        address = get_worker().address
    except Exception:  # noqa: BLE001
        address = None
    if not timeout:
        return _process(task, settings, parse_func, want), address, False
    box: dict = {}
    thread = threading.Thread(target=lambda: box.setdefault("done", _process(task, settings, parse_func, want)),
                              daemon=True, name="reportparse-parse")
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        return _failure_done(task, ParseTimeoutError.__name__,
                             f"parsing took longer than {timeout:g} s; the worker was restarted", want), address, True
    return box["done"], address, False


def _dask_modules():
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise ImportError("engine='dask' needs dask.distributed: pip install reportparse[dask]") from e
    return Client, LocalCluster, as_completed


def _run_dask(tasks, workers, timeout, settings, parse_func, want, client, ship) -> Iterator[_Done]:
    Client, LocalCluster, as_completed = _dask_modules()
    cluster = None
    own_client = False
    if client is None:
        import logging
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
        own_client = True
    elif isinstance(client, str):
        client = Client(client)
        own_client = True
    try:
        versions = set(client.run(_dask_version).values())
        if versions - {__version__}:
            raise RuntimeError(f"the dask workers run reportparse {sorted(versions)}, this process {__version__}: "
                               "install the same version everywhere")
        threads = sum(client.nthreads().values()) or 1
        window = max(8, 4 * threads)
        futures = as_completed()
        submitted: dict = {}
        pending = 0
        tasks = iter(tasks)
        exhausted = False

        def submit_more():
            nonlocal pending, exhausted
            out = []
            while not exhausted and pending < window:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                if isinstance(task, _Done):
                    out.append(_finish(task, want))
                    continue
                if ship == "bytes":
                    try:
                        data = Path(task.path).read_bytes()
                    except OSError as e:
                        out.append(_failure_done(task, type(e).__name__, e.strerror or str(e), want))
                        continue
                    task = task._replace(data=data, sha256=hashlib.sha256(data).hexdigest())
                fut = client.submit(_dask_task, task, settings, parse_func, want, timeout, pure=False)
                submitted[fut.key] = task
                futures.add(fut)
                pending += 1
            return out

        yield from submit_more()
        while pending:
            fut = next(futures)
            pending -= 1
            task = submitted.pop(fut.key)
            try:
                done, address, stuck = fut.result()
            except Exception as e:  # noqa: BLE001 — KilledWorker and the like
                done, address, stuck = _failure_done(task, type(e).__name__, _message(e), want), None, False
            if task.data is not None:
                done = done._replace(path=task.path)
            yield done
            if stuck and address:
                try:
                    client.restart_workers([address], raise_for_error=False)
                except Exception:  # noqa: BLE001 — a worker without a nanny cannot be restarted
                    pass
            yield from submit_more()
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------------------------- run_batch

@dataclass
class BatchSummary:
    inputs: int = 0
    skipped: int = 0                                       # already in the output
    parsed: int = 0
    failed: Counter = field(default_factory=Counter)       # error_type → count
    reports_with_failed_checks: int = 0
    failed_checks: Counter = field(default_factory=Counter)  # rule → reports
    records: int = 0                                       # lines in the output afterwards
    repaired: int = 0                                      # torn/invalid/stale lines removed
    seconds: float = 0.0
    workers: int = 0
    engine: str = "process"

    def format(self, out: str = "") -> str:
        done = self.parsed + sum(self.failed.values())
        rate = done / self.seconds if self.seconds > 0 else 0.0
        lines = [f"{self.inputs} inputs: {done} processed in {self.seconds:.1f} s ({rate:.1f} doc/s, "
                 f"{self.workers} worker{'s' if self.workers != 1 else ''}, {self.engine}), "
                 f"{self.skipped} already in {out or 'the output'}"]
        lines.append(f"  parsed  {self.parsed:6d}")
        lines.append(f"  failed  {sum(self.failed.values()):6d}" +
                     ("  " + ", ".join(f"{k} {v}" for k, v in sorted(self.failed.items(), key=lambda kv: (-kv[1], kv[0])))
                      if self.failed else ""))
        lines.append(f"  reports whose checks failed {self.reports_with_failed_checks}" +
                     ("  (" + ", ".join(f"{k} {v}" for k, v in sorted(self.failed_checks.items())) + ")"
                      if self.failed_checks else ""))
        if self.repaired:
            lines.append(f"  removed {self.repaired} torn, invalid or outdated line(s) from the output first")
        lines.append(f"  {out or 'output'} now holds {self.records} records")
        return "\n".join(lines)


class _Progress:
    """A one-line progress bar on a terminal: documents, rate, failures, ETA."""

    def __init__(self, total: int, stream=None, enabled: Optional[bool] = None):
        self.total = total
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.enabled = enabled
        self.done = 0
        self.failed = 0
        self.start = time.monotonic()
        self.last = 0.0
        self.width = 0

    def update(self, failed: bool) -> None:
        self.done += 1
        self.failed += bool(failed)
        now = time.monotonic()
        if self.enabled and (now - self.last >= 0.1 or self.done == self.total):
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        import shutil
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        left = self.total - self.done
        eta = _clock(left / rate) if rate > 0 and left else ("0:00" if not left else "?")
        pct = 100 * self.done / self.total if self.total else 100
        tail = f" {self.done}/{self.total} {pct:3.0f}% {rate:.1f} doc/s  failed {self.failed}  ETA {eta}"
        columns = shutil.get_terminal_size((80, 20)).columns
        bar_len = max(10, min(40, columns - len(tail) - 4))
        filled = int(bar_len * self.done / self.total) if self.total else bar_len
        text = "[" + "#" * filled + "-" * (bar_len - filled) + "]" + tail
        pad = max(0, self.width - len(text))
        self.width = len(text)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class _Output:
    """The results file: locked, repaired, de-duplicated, then appended to line by line."""

    def __init__(self, path: str):
        self.path = path
        parent = os.path.dirname(os.path.abspath(path))
        os.makedirs(parent, exist_ok=True)
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        self._lock()
        self.unsynced = 0
        self.synced_at = time.monotonic()

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:      # Windows: no lock
            return
        try:
            fcntl.lockf(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self.fd)
            raise RuntimeError(f"{self.path} is being written by another reportparse batch") from None

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
        """Keep only these byte ranges (whole lines), atomically, and carry on appending to the result."""
        tmp = self.path + ".tmp"
        with open(self.path, "rb") as src, open(tmp, "wb") as dst:
            for start, end in keep:
                src.seek(start)
                dst.write(src.read(end - start))
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, self.path)
        old = self.fd
        self.fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
        os.close(old)
        self._lock()

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


def run_batch(sources: Union[PathLike, Iterable[PathLike]], out: PathLike, *, workers: Optional[int] = None,
              timeout: Optional[float] = 60.0, settings: Optional[ParseSettings] = None, engine: str = "process",
              client: Any = None, retry_failed: bool = False, progress: Optional[bool] = None,
              progress_stream=None, parse_func: Optional[Callable] = None,
              max_tasks_per_worker: int = DEFAULT_MAX_TASKS_PER_WORKER, ship: str = "path") -> BatchSummary:
    """Parse every input into the JSONL file `out`, resuming what an earlier run left there.

    An input whose path is already in `out` with the same content sha256 and parser_version is
    skipped (failures too, unless `retry_failed`); its older or duplicate lines are dropped, and a
    torn last line is truncated, so that each input ends up in `out` exactly once.
    `progress`: draw a progress bar on `progress_stream` (default stderr; None: only on a TTY).
    """
    t0 = time.monotonic()
    out = os.fspath(out)
    inputs = list(iter_inputs(sources))
    summary = BatchSummary(inputs=len(inputs), engine=engine,
                           workers=(os.cpu_count() or 1) if workers is None else max(1, int(workers)))
    output = _Output(out)
    try:
        records, good_end, bad_inside = output.scan()
        size = os.fstat(output.fd).st_size
        wanted = {}
        for item in inputs:
            path = item.path if isinstance(item, Failure) else item
            wanted[os.path.abspath(path)] = item
        by_path: dict[str, list[tuple[int, int, dict]]] = {}
        keep: list[tuple[int, int]] = []
        for start, end, rec in records:
            path = _record_key(rec)[0]
            key = os.path.abspath(path) if path else None
            if key in wanted:
                by_path.setdefault(key, []).append((start, end, rec))
            else:
                keep.append((start, end))      # not one of ours this time: leave it alone
        todo: list[Union[_Task, _Done]] = []
        for key, item in wanted.items():
            lines = by_path.get(key, [])
            chosen = None
            if lines:
                if isinstance(item, Failure):
                    sha = None
                else:
                    sha = _sha_file(item)
                for start, end, rec in reversed(lines):
                    _, rsha, version, kind = _record_key(rec)
                    if rsha == sha and version == __version__ and not (retry_failed and kind == "failure"):
                        chosen = (start, end)
                        break
            if chosen is not None:
                keep.append(chosen)
                summary.skipped += 1
            elif isinstance(item, Failure):
                todo.append(_Done(item.path, "failure", item.error_type, (), item, None, None))
            else:
                todo.append(_Task(item, None))
        keep.sort()
        n_kept = len(keep)
        if n_kept < len(records) or bad_inside:
            summary.repaired = len(records) - n_kept + (1 if bad_inside else 0)
            output.rewrite(keep)
        elif good_end < size:
            summary.repaired = 1
            output.truncate(good_end)

        bar = _Progress(len(todo), progress_stream, progress)
        try:
            for done in _execute(todo, workers=workers, timeout=timeout, settings=settings, engine=engine,
                                 client=client, parse_func=parse_func, want="line",
                                 max_tasks_per_worker=max_tasks_per_worker, ship=ship):
                output.append(done.line)
                if done.kind == "report":
                    summary.parsed += 1
                    if done.failed_checks:
                        summary.reports_with_failed_checks += 1
                        summary.failed_checks.update(set(done.failed_checks))
                else:
                    summary.failed[done.error_type] += 1
                bar.update(done.kind == "failure")
        finally:
            bar.close()
        summary.records = n_kept + summary.parsed + sum(summary.failed.values())
    finally:
        output.close()
    summary.seconds = time.monotonic() - t0
    return summary


# ---------------------------------------------------------------------------------------- CLI

def register_cli(subparsers) -> None:
    p = subparsers.add_parser(
        "batch", help="parse a whole archive into a resumable JSONL file",
        description="Parse files and folders (recursively) into one JSONL record per input: "
                    "{\"kind\": \"report\", …} or {\"kind\": \"failure\", …}. Rerunning the same command "
                    "resumes: inputs already in --out with the same content and parser version are skipped.")
    p.add_argument("paths", nargs="+", help="files and folders")
    p.add_argument("--out", "-o", required=True, help="the JSONL file to write (appended to; resumed)")
    p.add_argument("--workers", "-j", type=int, default=None,
                   help="worker processes (default: CPU count; 0 or 1: in this process)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per document (default 60; 0: no limit)")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="run on this dask.distributed scheduler (needs reportparse[dask])")
    p.add_argument("--engine", choices=("process", "dask"), default=None,
                   help="process pool (default) or dask (a LocalCluster unless --scheduler is given)")
    p.add_argument("--ship", choices=("path", "bytes"), default="path",
                   help="dask: send paths (shared filesystem, default) or file contents to the workers")
    p.add_argument("--retry-failed", action="store_true", help="parse earlier failures again")
    p.add_argument("--max-tasks-per-worker", type=int, default=DEFAULT_MAX_TASKS_PER_WORKER,
                   help=f"documents per worker process before it is replaced (default {DEFAULT_MAX_TASKS_PER_WORKER})")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    p.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    from .cli import _add_limits
    _add_limits(p)
    p.set_defaults(func=_cmd_batch)


def _cmd_batch(args) -> int:
    from .cli import _settings
    engine = args.engine or ("dask" if args.scheduler else "process")
    if args.scheduler and engine != "dask":
        print("reportparse: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    summary = run_batch(args.paths, args.out, workers=args.workers, timeout=args.timeout or None,
                        settings=_settings(args), engine=engine, client=args.scheduler,
                        retry_failed=args.retry_failed, progress=False if args.quiet else None,
                        max_tasks_per_worker=args.max_tasks_per_worker, ship=args.ship)
    if not args.quiet:
        print(summary.format(args.out))
    return 0
