"""The process pool of `parse_many(engine="process")` with more than one worker: worker processes
with a pipe each and at most `_DEPTH` documents in flight, recycled after `max_tasks` documents,
killed and replaced when a document runs over the time limit or the process dies; the start
method (fork when safe), the preload/warm-up that forked workers inherit, and the parent-death
signal that takes the workers down with the batch.
"""
from __future__ import annotations

import gc
import multiprocessing
import pickle
import signal
import sys
import threading
import time
from collections import deque
from multiprocessing.connection import wait as _mp_wait
from typing import Iterator, Optional

from .batch_model import Done, Task, failure_done, finish, process
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
    _quiet_collector()
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
            done = failure_done(task, type(load_error).__name__,
                                 f"the parse function could not be loaded in the worker: {load_error}", want)
        else:
            done = process(task, settings, parse_func, want)
        try:
            conn.send(done)
        except (BrokenPipeError, EOFError, ConnectionError):
            return
        except Exception as e:  # noqa: BLE001 — e.g. a result that does not pickle
            conn.send(failure_done(task, type(e).__name__, f"the result could not be sent back: {e}", want))


# A worker's young-generation threshold: a parse allocates tens of thousands of small objects, and at the
# interpreter's default (700) the collector ran thousands of times per report, each full pass also walking
# the ~30,000 objects the imports left (the region index, the vocabulary); 4–6% of a worker's time.
WORKER_GC_THRESHOLD = 20_000


def _quiet_collector() -> None:
    """In a worker process (ours, never a host application's): the objects alive after the imports and
    the warm-up are frozen (never walked again; with fork, their pages stay shared with the parent), and
    young collections run every WORKER_GC_THRESHOLD allocations. Reference counting frees a parse's
    objects as before; only cycles wait a little longer."""
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


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
        self.queue: deque[Task] = deque()
        self.deadline: Optional[float] = None
        self.count = 0

    def send(self, task: Task, timeout: Optional[float]) -> None:
        self.conn.send(task)
        self.queue.append(task)
        self.count += 1
        if len(self.queue) == 1:
            self.deadline = time.monotonic() + timeout if timeout else None

    def finished(self, timeout: Optional[float]) -> Task:
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


def _context(start_method: Optional[str], settings: ParseSettings):
    """The multiprocessing context, with the parser made warm where the workers can inherit it."""
    method = _start_method(start_method)
    ctx = multiprocessing.get_context(method)
    if method == "fork":
        _preload(settings)
    elif method == "forkserver":
        ctx.set_forkserver_preload([m for m in _PRELOAD if m.startswith("reportparse")])
    return ctx


def run_pool(tasks, n, timeout, settings, parse_func, want, max_tasks, start_method) -> Iterator[Done]:
    # a generator, so that nothing starts (no preload, no worker) before the first result is asked for
    yield from _Pool(tasks, n, timeout, settings, parse_func, want, max_tasks, start_method).results()


class _Pool:
    """One run of the pool over `tasks`: hand out work, collect results, replace the workers that
    die or run over the time limit, recycle the ones that did `max_tasks` documents.

    A document is never dropped: the one a worker was running when it died (or was killed) fails,
    and the ones queued behind it go to `again`, which is handed out before any new input.
    """

    def __init__(self, tasks, n, timeout, settings, parse_func, want, max_tasks, start_method):
        self.ctx = _context(start_method, settings)
        blob = pickle.dumps(parse_func) if parse_func is not None else None
        self.args = (settings, blob, want, list(sys.path))
        self.n, self.timeout, self.want, self.max_tasks = n, timeout, want, max_tasks
        self.tasks = iter(tasks)
        self.exhausted = False                  # `tasks` has given its last input
        self.again: deque[Task] = deque()      # tasks queued behind one that killed its worker
        self.workers: list[_Worker] = []        # alive and taking work (or finishing their last tasks)
        self.retired: list[_Worker] = []        # told to stop, not yet reaped
        self.completed = 0                      # results received from workers
        self.early_deaths = 0                   # workers that died before the first result of the run
        self.started = 0                        # worker processes started in this run

    def results(self) -> Iterator[Done]:
        try:
            while True:
                ready = self._hand_out()
                if not ready:
                    busy = [w for w in self.workers if w.queue]
                    if not busy:
                        if self.exhausted and not self.again:
                            return
                        continue
                    ready = self._collect(busy) + self._stop_overdue()
                    self._reap_retired()
                yield from ready
        finally:
            self._shut_down()

    # --- handing out work

    def _hand_out(self) -> list[Done]:
        """Send tasks while a worker has room for one; inputs that failed before reaching any worker
        (a missing path) come back at once, as do the documents of a worker found dead."""
        ready: list[Done] = []
        while self.again or not self.exhausted:
            worker = self._open_worker()
            if worker is None and len(self.workers) >= self.n:
                break
            task = self._next_task()
            if task is None:
                break
            if isinstance(task, Done):
                ready.append(finish(task, self.want))
                continue
            # a worker starts only for a task in hand: a short run starts no idle process
            lost = self._send(worker or self._start_worker(), task)
            if lost is not None:
                ready.append(lost)
        return ready

    def _open_worker(self) -> Optional[_Worker]:
        """The least loaded worker that can take a task, if any."""
        open_ = [w for w in self.workers if len(w.queue) < _DEPTH and w.count < self.max_tasks]
        return min(open_, key=lambda w: len(w.queue)) if open_ else None

    def _start_worker(self) -> _Worker:
        worker = _Worker(self.ctx, self.args)
        self.workers.append(worker)
        self.started += 1
        return worker

    def _next_task(self):
        """A task to send again first, then the next input; None when there is none left."""
        if self.again:
            return self.again.popleft()
        task = next(self.tasks, None)
        if task is None:
            self.exhausted = True
        return task

    def _send(self, worker: _Worker, task: Task) -> Optional[Done]:
        """Send `task`; if the worker turns out dead, the task goes again, and the failure of the
        document it was running (if any) is returned."""
        try:
            worker.send(task, self.timeout)
        except (BrokenPipeError, OSError):
            self.again.appendleft(task)
            if worker.queue:
                worker.proc.join(1)         # so that its exit code is known
                return self._lost(worker, WorkerCrashedError.__name__,
                                  f"the worker process died while parsing (exit code {worker.proc.exitcode})")
            self.workers.remove(worker)
            worker.kill()
        return None

    # --- collecting results

    def _collect(self, busy: list[_Worker]) -> list[Done]:
        """Wait until a busy worker sends a result or dies, or the first deadline passes."""
        wait_for = None
        if self.timeout:
            wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        fired = set(_mp_wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=wait_for))
        ready: list[Done] = []
        for worker in busy:
            if worker.conn in fired or worker.proc.sentinel in fired:
                ready += self._receive(worker)
        return ready

    def _receive(self, worker: _Worker) -> list[Done]:
        """The results `worker` has sent; then it is recycled if it has done `max_tasks` documents,
        or, if it died with documents left, the one it was running fails."""
        ready: list[Done] = []
        try:
            while worker.queue and worker.conn.poll():
                done = worker.conn.recv()
                worker.finished(self.timeout)
                self.completed += 1
                ready.append(done)
            if worker.queue and not worker.proc.is_alive():
                raise EOFError
        except (EOFError, OSError, pickle.UnpicklingError):
            ready.append(self._crashed(worker))
            return ready
        if worker.count >= self.max_tasks and not worker.queue:
            self._recycle(worker)
        return ready

    def _crashed(self, worker: _Worker) -> Done:
        code = worker.proc.exitcode
        # workers that die before any document is done, again and again, cannot start at all:
        # say why instead of failing every document
        self.early_deaths += worker.count <= _DEPTH and not self.completed
        if self.early_deaths >= 2 * self.n:
            raise RuntimeError(
                f"the worker processes die before finishing any document (exit code {code}): "
                "with the spawn/forkserver start methods, call parse_many from under "
                "`if __name__ == '__main__':`, and make parse_func importable") from None
        return self._lost(worker, WorkerCrashedError.__name__,
                          f"the worker process died while parsing (exit code {code})")

    def _stop_overdue(self) -> list[Done]:
        """Kill the workers whose running document is over the time limit; that document fails."""
        now = time.monotonic()
        overdue = [w for w in self.workers if w.queue and w.deadline is not None and now >= w.deadline]
        return [self._lost(w, ParseTimeoutError.__name__,
                           f"parsing took longer than {self.timeout:g} s; the worker was stopped")
                for w in overdue]

    def _lost(self, worker: _Worker, error_type: str, message: str) -> Done:
        """The worker is gone: its running task fails, the ones queued behind it go again."""
        self.workers.remove(worker)
        worker.kill()
        head = worker.queue.popleft()
        self.again.extendleft(reversed(worker.queue))
        return failure_done(head, error_type, message, self.want)

    # --- workers' ends

    def _recycle(self, worker: _Worker) -> None:
        """Done its `max_tasks` documents: told to stop (a new worker takes its place when needed)."""
        self.workers.remove(worker)
        worker.retire()
        self.retired.append(worker)

    def _reap_retired(self) -> None:
        self.retired = [w for w in self.retired if w.proc.is_alive()]     # is_alive() reaps the finished

    def _shut_down(self) -> None:
        """The end of the run, or the caller closed the iterator: stop the workers, kill the busy ones."""
        for worker in self.workers:
            if worker.queue:
                worker.kill()
            else:
                worker.retire()
        for worker in self.workers + self.retired:
            worker.proc.join(2)
            if worker.proc.is_alive():
                worker.kill()
