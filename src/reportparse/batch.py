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

Modules (imports go one way, from here down): batch.py (this: the public API, input walking, the
in-process engine, `run_batch`; its command is batch_cli.py) → pool.py (the process pool), dask_engine.py (dask) →
batch_model.py (one input: `Task`, `Done`, `process`) → records.py (`Failure`, results ↔ JSON
lines, the output file).
"""
from __future__ import annotations

import functools
import os
import pickle
import signal
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from .version import __version__
from .batch_inputs import iter_inputs, is_archive_source
from .batch_model import Done, Task, failure_done, finish, process, sha_file, parse_with_overrides
from .dask_engine import run_dask
from .errors import ParseTimeoutError
from .model import Report
from .pool import WorkerCrashedError, run_pool
from .records import (Failure, OutputLockedError, PathLike, Result, Output, record_key, iter_records,
                      load_results, record_dict, record_line)
from .settings import DEFAULT_SETTINGS, ParseSettings
from .overrides import MetadataOverrides
from .progress import Progress

__all__ = ["Failure", "WorkerCrashedError", "OutputLockedError", "parse_many", "iter_inputs", "run_batch", "BatchSummary",
           "iter_records", "load_results", "record_line", "record_dict"]

DEFAULT_MAX_TASKS_PER_WORKER = 200


# ------------------------------------------------------------------------------------- engines

def parse_many(sources: Union[PathLike, Iterable[PathLike]], workers: Optional[int] = None,
               timeout: Optional[float] = 60.0, settings: Optional[ParseSettings] = None,
               engine: str = "process", client: Any = None,
               skip: Union[None, Iterable[PathLike], Callable[[str], bool]] = None, *,
               parse_func: Optional[Callable[[Any, ParseSettings], Report]] = None,
               max_tasks_per_worker: int = DEFAULT_MAX_TASKS_PER_WORKER,
               start_method: Optional[str] = None, ship: str = "path",
               follow_symlinks: bool = False, metadata: Optional[MetadataOverrides] = None) -> "BatchResults":
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
    - `follow_symlinks`: follow symbolic links out of the directories given (see iter_inputs).

    - `metadata`: a `MetadataOverrides` (overrides.py): year/issuer/region per document from a
      side table or a file-name pattern (dask with ship="bytes": not applied).

    Results come in completion order; each carries its path (Report.source.path / Failure.path).
    The inputs are listed first, so the result has a length: ``tqdm(parse_many(…))`` shows a bar.
    Raises ValueError for an unknown engine or ship; RuntimeError when worker processes cannot
    start (the message says how to fix it).
    """
    tasks = list(_tasks(sources, skip, follow_symlinks))
    if metadata is not None:
        parse_func = functools.partial(parse_with_overrides, overrides=metadata, inner=parse_func)

    def run() -> Iterator[Result]:
        for done in _execute(tasks, workers=workers, timeout=timeout, settings=settings, engine=engine,
                             client=client, parse_func=parse_func, want="object",
                             max_tasks_per_worker=max_tasks_per_worker, start_method=start_method, ship=ship):
            yield done.result
    return BatchResults(len(tasks), run())


class BatchResults(Iterator[Result]):
    """What parse_many returns: an iterator of Reports and Failures that knows how many will come."""

    def __init__(self, total: int, results: Iterator[Result]):
        self.total = total
        self._results = results

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> "BatchResults":
        return self

    def __next__(self) -> Result:
        return next(self._results)

    def close(self) -> None:
        """Stop early: the worker processes are shut down."""
        self._results.close()

    def __repr__(self) -> str:
        return f"<BatchResults of {self.total} input(s)>"


def _tasks(sources, skip, follow_symlinks: bool = False) -> Iterator[Union[Task, Done]]:
    if skip is None:
        skipped: Callable[[str], bool] = lambda p: False  # noqa: E731
    elif callable(skip):
        skipped = skip
    else:
        names = {os.path.abspath(os.fspath(p)) for p in skip}
        skipped = lambda p: os.path.abspath(p) in names  # noqa: E731
    for item in iter_inputs(sources, follow_symlinks):
        if isinstance(item, Failure):
            if not skipped(item.path):
                yield Done(item.path, "failure", item.error_type, (), item, None, None)
        elif not skipped(item):
            yield Task(item)


def _execute(tasks: Iterable[Union[Task, Done]], *, workers, timeout, settings, engine, client, parse_func,
             want, max_tasks_per_worker=DEFAULT_MAX_TASKS_PER_WORKER, start_method=None,
             ship="path", stats: Optional[dict] = None) -> Iterator[Done]:
    settings = settings or DEFAULT_SETTINGS
    timeout = float(timeout) if timeout else None
    if engine == "process":
        n = (os.cpu_count() or 1) if workers is None else int(workers)
        if n <= 1:
            return _run_sequential(tasks, timeout, settings, parse_func, want)
        if parse_func is not None:
            pickle.dumps(parse_func)          # fail here, not in every worker
        return run_pool(tasks, n, timeout, settings, parse_func, want, max(1, int(max_tasks_per_worker)),
                         start_method)
    if engine == "dask":
        if ship not in ("path", "bytes"):
            raise ValueError(f"ship must be 'path' or 'bytes', not {ship!r}")
        return run_dask(tasks, workers, timeout, settings, parse_func, want, client, ship, stats)
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


def _run_sequential(tasks, timeout, settings, parse_func, want) -> Iterator[Done]:
    for task in tasks:
        if isinstance(task, Done):
            yield finish(task, want)
            continue
        try:
            with _Alarm(timeout):
                done = process(task, settings, parse_func, want)
        except ParseTimeoutError as e:       # the alarm fired just after the parse returned
            done = failure_done(task, type(e).__name__, e.message, want)
        yield done



# ---------------------------------------------------------------------------------- run_batch

@dataclass
class BatchSummary:
    inputs: int = 0
    skipped: int = 0                                       # already in the output
    parsed: int = 0
    failed: Counter = field(default_factory=Counter)       # error_type → count
    reports_with_failed_checks: int = 0
    failed_checks: Counter = field(default_factory=Counter)  # rule → reports
    reports_with_warnings: int = 0                         # parsed, with warnings about figures
    reports_read_nothing: int = 0                          # parsed, but not one figure read (a scan, a notice)
    records: int = 0                                       # lines in the output afterwards
    repaired: int = 0                                      # torn/invalid/stale lines removed
    gone: int = 0                                          # records of inputs no longer there, removed
    seconds: float = 0.0
    workers: int = 0
    engine: str = "process"

    def format(self, out: str = "") -> str:
        done = self.parsed + sum(self.failed.values())
        rate = done / self.seconds if self.seconds > 0 else 0.0
        workers = "in-process" if self.engine == "process" and self.workers <= 1 else \
            f"{self.workers} worker{'s' if self.workers != 1 else ''}"
        lines = [f"{self.inputs} inputs: {done} processed in {self.seconds:.1f} s ({rate:.1f} doc/s, "
                 f"{workers}, {self.engine}), "
                 f"{self.skipped} already in {out or 'the output'}"]
        lines.append(f"  parsed  {self.parsed:6d}")
        lines.append(f"  failed  {sum(self.failed.values()):6d}" +
                     ("  " + ", ".join(f"{k} {v}" for k, v in sorted(self.failed.items(), key=lambda kv: (-kv[1], kv[0])))
                      if self.failed else ""))
        lines.append(f"  reports whose checks failed {self.reports_with_failed_checks}" +
                     ("  (" + ", ".join(f"{k} {v}" for k, v in sorted(self.failed_checks.items())) + ")"
                      if self.failed_checks else ""))
        lines.append(f"  reports with warnings on figures {self.reports_with_warnings} (a part unread, dropped or "
                     f"doubtful: each record's warnings say which); with no figure read {self.reports_read_nothing}")
        if self.repaired:
            lines.append(f"  removed {self.repaired} torn, invalid or outdated line(s) from the output first")
        if self.gone:
            lines.append(f"  removed {self.gone} record(s) of inputs that are no longer there (deleted or moved)")
        lines.append(f"  {out or 'output'} now holds {self.records} records")
        return "\n".join(lines)

    def __repr__(self) -> str:
        from .display import summary_repr
        return summary_repr(self)

    def _repr_html_(self) -> str:
        from .display import summary_html
        return summary_html(self)


def run_batch(sources: Union[PathLike, Iterable[PathLike]], out: PathLike, *, workers: Optional[int] = None,
              timeout: Optional[float] = 60.0, settings: Optional[ParseSettings] = None, engine: str = "process",
              client: Any = None, retry_failed: bool = False, progress: Optional[bool] = None,
              progress_stream=None, parse_func: Optional[Callable] = None,
              max_tasks_per_worker: int = DEFAULT_MAX_TASKS_PER_WORKER, ship: str = "path",
              follow_symlinks: bool = False, metadata: Optional[MetadataOverrides] = None) -> BatchSummary:
    """Parse every input into the JSONL file `out`, resuming what an earlier run left there.

    An input whose path is already in `out` with the same content sha256 and parser_version is
    skipped (failures too, unless `retry_failed`); its older or duplicate lines are dropped, and a
    torn last line is truncated, so that each input ends up in `out` exactly once.
    `progress`: draw a progress bar on `progress_stream` (default stderr; None: only on a TTY).
    `metadata`: per-document year/issuer/region overrides (parse_many); a document already in
    `out` is not parsed again, so new overrides need `retry`-ing it (delete its line or rerun to a new file).
    """
    if metadata is not None:
        parse_func = functools.partial(parse_with_overrides, overrides=metadata, inner=parse_func)
    t0 = time.monotonic()
    out = os.fspath(out)
    sources = [sources] if isinstance(sources, (str, os.PathLike)) else list(sources)
    inputs = _inputs(sources, out, follow_symlinks)
    summary = BatchSummary(inputs=len(inputs), engine=engine,
                           workers=(os.cpu_count() or 1) if workers is None else max(1, int(workers)))
    output = Output(out)
    try:
        todo, n_kept = _resume(output, inputs, sources, retry_failed, summary)
        stats: dict = {}
        _parse_into(output, todo, summary, Progress(len(todo), progress_stream, progress),
                    dict(workers=workers, timeout=timeout, settings=settings, engine=engine, client=client,
                         parse_func=parse_func, want="line", max_tasks_per_worker=max_tasks_per_worker, ship=ship,
                         stats=stats))
        summary.records = n_kept + summary.parsed + sum(summary.failed.values())
        summary.workers = stats.get("workers", summary.workers)
    finally:
        output.close()
    summary.seconds = time.monotonic() - t0
    return summary


def _inputs(sources: list, out: str, follow_symlinks: bool) -> list:
    """The inputs under `sources` (paths, or a Failure for what cannot be read), but the output file and its temporary
    copy, where the output lies inside the archive."""
    own = {os.path.abspath(out), os.path.abspath(out + ".tmp")}
    return [i for i in iter_inputs(sources, follow_symlinks)
            if os.path.abspath(i.path if isinstance(i, Failure) else i) not in own]


def _resume(output: Output, inputs: list, sources: list, retry_failed: bool,
            summary: BatchSummary) -> tuple[list[Union[Task, Done]], int]:
    """Reconcile `out` with the inputs: keep each input's newest line of its content and this parser version (the
    input skipped), drop the older, duplicate and torn lines and those of inputs gone from under the sources (the file
    rewritten or truncated); return what is left to parse and how many lines were kept."""
    records, good_end, bad_inside = output.scan()
    size = os.fstat(output.fd).st_size
    wanted = {os.path.abspath(item.path if isinstance(item, Failure) else item): item for item in inputs}
    by_path, keep = _records_by_input(records, wanted, _covered(sources), summary)
    moved = _moved_records(records, by_path, wanted)
    todo: list[Union[Task, Done]] = []
    for key, item in wanted.items():
        lines = by_path.get(key, [])
        chosen = _current_line(item, lines, retry_failed) if lines else None
        if not lines and not isinstance(item, Failure) and moved:
            # a rerun from another directory: the record's relative path names this file from there
            span = moved.get((sha_file(item), __version__))
            if span is not None and not (retry_failed and span[2] == "failure"):
                del moved[(sha_file(item), __version__)]
                summary.skipped += 1
                continue                   # its line is kept already (not one of ours by path)
        if chosen is not None:
            keep.append(chosen)
            summary.skipped += 1
        elif isinstance(item, Failure):
            todo.append(Done(item.path, "failure", item.error_type, (), item, None, None))
        else:
            todo.append(Task(item, None))
    keep.sort()
    n_kept = len(keep)
    if n_kept < len(records) or bad_inside:
        summary.repaired = len(records) - n_kept - summary.gone + (1 if bad_inside else 0)
        output.rewrite(keep)
    elif good_end < size:
        summary.repaired = 1
        output.truncate(good_end)
    return todo, n_kept


def _records_by_input(records, wanted: dict, covered: Callable[[str], bool],
                      summary: BatchSummary) -> tuple[dict[str, list[tuple[int, int, dict]]], list[tuple[int, int]]]:
    """The output's lines of each wanted input (absolute path → its lines), and the spans of the lines that are no
    input's this time (kept as they are); a line of an input gone from under the sources is counted and dropped."""
    by_path: dict[str, list[tuple[int, int, dict]]] = {}
    keep: list[tuple[int, int]] = []
    for start, end, rec in records:
        path = record_key(rec)[0]
        key = os.path.abspath(path) if isinstance(path, str) and path else None
        if key in wanted:
            by_path.setdefault(key, []).append((start, end, rec))
        elif key is not None and covered(key):
            summary.gone += 1              # under these sources but no longer an input: deleted
        else:
            keep.append((start, end))      # not one of ours this time: leave it alone
    return by_path, keep


def _current_line(item, lines: list[tuple[int, int, dict]], retry_failed: bool) -> Optional[tuple[int, int]]:
    """The span of the input's newest line of its content (sha256) and this parser version (a failure's only where
    failures are not retried); None: it is parsed again."""
    sha = None if isinstance(item, Failure) else sha_file(item)      # regular files only, bounded (a FIFO would block)
    for start, end, rec in reversed(lines):
        _, rsha, version, kind = record_key(rec)
        if rsha == sha and version == __version__ and not (retry_failed and kind == "failure"):
            return start, end
    return None


def _parse_into(output: Output, todo: list[Union[Task, Done]], summary: BatchSummary, bar: Progress,
                engine_args: dict) -> None:
    """Parse what is left, appending each result's line to the output as it comes and counting it in the summary."""
    try:
        for done in _execute(todo, **engine_args):
            output.append(done.line)
            if done.kind == "report":
                summary.parsed += 1
                if done.failed_checks:
                    summary.reports_with_failed_checks += 1
                    summary.failed_checks.update(set(done.failed_checks))
                summary.reports_with_warnings += done.warned
                summary.reports_read_nothing += done.read_nothing
            else:
                summary.failed[done.error_type] += 1
            bar.update(done.kind == "failure")
    finally:
        bar.close()


def _covered(sources) -> Callable[[str], bool]:
    """Whether an absolute path lies under one of the sources (a directory or an archive) or is one (a file)."""
    roots = [os.path.abspath(os.fspath(s)) for s in ([sources] if isinstance(sources, (str, os.PathLike))
                                                       else sources)]
    dirs = [r.rstrip(os.sep) + os.sep for r in roots if os.path.isdir(r) or is_archive_source(r)]
    return lambda path: path in roots or path.startswith(tuple(dirs))


def _moved_records(records, by_path, wanted) -> dict:
    """Records whose path names no file from here (a relative path written by a run in another
    directory), by (sha256, parser_version): an input with that content is already done."""
    claimed = {id(rec) for lines in by_path.values() for _, _, rec in lines}
    moved = {}
    for start, end, rec in records:
        path, sha, version, kind = record_key(rec)
        if id(rec) in claimed or not sha or not path or os.path.isabs(path) or os.path.exists(path):
            continue
        moved.setdefault((sha, version), (start, end, kind))
    return moved
