"""The process pool of `parse_many(engine="process")` with more than one worker: worker processes
with a pipe each and at most `_DEPTH` documents in flight, recycled after `max_tasks` documents,
killed and replaced when a document runs over the time limit or the process dies; the start
method (fork when safe), the preload/warm-up that forked workers inherit, and the parent-death
signal that takes the workers down with the batch.
"""
from __future__ import annotations

import multiprocessing
import pickle
import signal
import sys
import threading
import time
from collections import deque
from multiprocessing.connection import wait as _mp_wait
from typing import Iterator, Optional

from .batch_model import _Done, _Task, _failure_done, _finish, _process
from .errors import ParseTimeoutError, ReportParseError
from .settings import ParseSettings


class WorkerCrashedError(ReportParseError):
    """The worker process died while parsing this document (a crash in native code, the OOM killer…)."""


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
    """One worker process and the tasks sent to it (at most `_DEPTH`, so it never waits for us).

    The clock of a task starts when the worker starts it: at sending for the first one, and when
    the result of the one before arrives for a queued one.
    """

    def __init__(self, ctx, args):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, *args), daemon=True,
                                name="reportparse-worker")
        self.proc.start()
        child.close()
        self.queue: deque[_Task] = deque()
        self.deadline: Optional[float] = None
        self.count = 0

    def send(self, task: _Task, timeout: Optional[float]) -> None:
        self.conn.send(task)
        self.queue.append(task)
        self.count += 1
        if len(self.queue) == 1:
            self.deadline = time.monotonic() + timeout if timeout else None

    def finished(self, timeout: Optional[float]) -> _Task:
        task = self.queue.popleft()
        self.deadline = time.monotonic() + timeout if timeout and self.queue else None
        return task

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


_DEPTH = 2      # tasks in flight per worker: one running, one waiting in its pipe


# threads that hold no lock a forked child could need: tqdm's monitor only sleeps on its own Event
# (without this, `for r in tqdm(parse_many(…))` in a script with no __main__ guard used forkserver)
_FORK_SAFE_THREADS = ("TMonitor",)


def _start_method(requested: Optional[str]) -> str:
    if requested:
        return requested
    methods = multiprocessing.get_all_start_methods()
    # fork is fastest and lets a parse_func defined anywhere be found again; it is unsafe in a
    # process that runs threads (a notebook, a dask client), where forkserver is used instead.
    if "fork" in methods and not [t for t in threading.enumerate() if t is not threading.main_thread()
                                  and type(t).__name__ not in _FORK_SAFE_THREADS]:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


_PRELOAD = ("reportparse.api", "reportparse.layout.text", "reportparse.layout.html", "reportparse.layout.pdf",
            "pypdfium2", "pypdfium2.raw")
_WARM_UP = "某区2020年政府信息公开工作年度报告\n一、总体情况\n2020年，本区新收政府信息公开申请10件，上年结转1件。\n"
_preloaded = False


def _preload(settings: ParseSettings) -> None:
    """Import the parser's modules and compile its patterns once here, so that every forked worker
    (and every recycled one) starts warm instead of paying ~0.15 s of imports."""
    global _preloaded
    if _preloaded:
        return
    _preloaded = True
    import importlib
    for name in _PRELOAD:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 — an optional dependency: the worker will say so per document
            pass
    try:
        from .api import parse
        parse(_WARM_UP.encode("utf-8"), settings)
    except Exception:  # noqa: BLE001 — warming up only
        pass


def _run_pool(tasks, n, timeout, settings, parse_func, want, max_tasks, start_method) -> Iterator[_Done]:
    method = _start_method(start_method)
    ctx = multiprocessing.get_context(method)
    if method == "fork":
        _preload(settings)
    elif method == "forkserver":
        ctx.set_forkserver_preload([m for m in _PRELOAD if m.startswith("reportparse")])
    blob = pickle.dumps(parse_func) if parse_func is not None else None
    args = (settings, blob, want, list(sys.path))
    workers: list[_Worker] = []            # alive and taking work (or finishing their last tasks)
    retired: list[_Worker] = []
    again: deque[_Task] = deque()          # tasks queued behind one that killed its worker
    tasks = iter(tasks)
    exhausted = False
    completed = early_deaths = 0

    def lost(worker: _Worker, error_type: str, message: str) -> _Done:
        """The worker is gone: its running task fails, the ones queued behind it go again."""
        workers.remove(worker)
        worker.kill()
        head = worker.queue.popleft()
        again.extendleft(reversed(worker.queue))
        return _failure_done(head, error_type, message, want)

    try:
        while True:
            ready: list[_Done] = []
            while again or not exhausted:       # hand out work while a worker has room for it
                open_ = [w for w in workers if len(w.queue) < _DEPTH and w.count < max_tasks]
                if open_:
                    worker = min(open_, key=lambda w: len(w.queue))
                elif len(workers) < n:
                    worker = _Worker(ctx, args)
                    workers.append(worker)
                else:
                    break
                if again:
                    task = again.popleft()
                else:
                    task = next(tasks, None)
                    if task is None:
                        exhausted = True
                        break
                    if isinstance(task, _Done):
                        ready.append(_finish(task, want))
                        continue
                try:
                    worker.send(task, timeout)
                except (BrokenPipeError, OSError):
                    # it died: this task goes again; if it was running one, that one failed (and
                    # the ones queued behind it go again) — a document is never dropped
                    again.appendleft(task)
                    if worker.queue:
                        worker.proc.join(1)
                        ready.append(lost(worker, WorkerCrashedError.__name__,
                                          f"the worker process died while parsing (exit code {worker.proc.exitcode})"))
                    else:
                        workers.remove(worker)
                        worker.kill()
            if ready:
                yield from ready
                continue
            busy = [w for w in workers if w.queue]
            if not busy:
                if exhausted and not again:
                    break
                continue
            wait_for = None
            if timeout:
                wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            fired = set(_mp_wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=wait_for))
            for worker in busy:
                if worker.conn in fired or worker.proc.sentinel in fired:
                    try:
                        while worker.queue and worker.conn.poll():
                            done = worker.conn.recv()
                            worker.finished(timeout)
                            completed += 1
                            ready.append(done)
                        if worker.queue and not worker.proc.is_alive():
                            raise EOFError
                    except (EOFError, OSError, pickle.UnpicklingError):
                        code = worker.proc.exitcode
                        early_deaths += worker.count <= _DEPTH and not completed
                        if early_deaths >= 2 * n:
                            raise RuntimeError(
                                f"the worker processes die before finishing any document (exit code {code}): "
                                "with the spawn/forkserver start methods, call parse_many from under "
                                "`if __name__ == '__main__':`, and make parse_func importable") from None
                        ready.append(lost(worker, WorkerCrashedError.__name__,
                                          f"the worker process died while parsing (exit code {code})"))
                        continue
                    if worker.count >= max_tasks and not worker.queue:
                        workers.remove(worker)
                        worker.retire()
                        retired.append(worker)
            now = time.monotonic()
            for worker in [w for w in workers if w.queue and w.deadline is not None and now >= w.deadline]:
                ready.append(lost(worker, ParseTimeoutError.__name__,
                                  f"parsing took longer than {timeout:g} s; the worker was stopped"))
            retired = [w for w in retired if w.proc.is_alive()]     # is_alive() reaps the finished
            yield from ready
    finally:
        for worker in workers:
            if worker.queue:
                worker.kill()
            else:
                worker.retire()
        for worker in workers + retired:
            worker.proc.join(2)
            if worker.proc.is_alive():
                worker.kill()
