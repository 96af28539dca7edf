"""The dask engine of `parse_many(engine="dask")`: dask.distributed on a given Client, a scheduler
address, or a LocalCluster started for the call. dask is imported only when the engine runs, with a
clear message when the ``reportparse[dask]`` extra is missing.
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
from pathlib import Path
from typing import Iterator, Optional

from .version import __version__
from .batch_model import Done, Task, failure_done, finish, error_message, process
from .errors import ParseTimeoutError, ReportParseError
from .loading import read_source
from .settings import ParseSettings


def _dask_version() -> str:
    return __version__


def _dask_task(task: Task, settings: ParseSettings, parse_func, want: str, timeout: Optional[float]):
    """Runs on a dask worker: (done, worker address, stuck). A stuck parse runs on in its thread
    until the client restarts that worker."""
    try:
        from distributed import get_worker
        address = get_worker().address
    except Exception:  # noqa: BLE001
        address = None
    if not timeout:
        return process(task, settings, parse_func, want), address, False
    box: dict = {}
    thread = threading.Thread(target=lambda: box.setdefault("done", process(task, settings, parse_func, want)),
                              daemon=True, name="reportparse-parse")
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        return failure_done(task, ParseTimeoutError.__name__,
                             f"parsing took longer than {timeout:g} s; the worker was restarted", want), address, True
    return box["done"], address, False


_SCHEMES = ("tcp", "tls", "ucx", "ws", "wss")
_ADDRESS = re.compile(r"(?P<scheme>[a-z]+)://(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):(?P<port>[0-9]{1,5})")


def check_scheduler_address(address: str) -> str:
    """The scheduler address the user gave, if it is one: ``scheme://host:port`` with a dask
    transport. Nothing else is taken (no default, no environment variable, no dask config): the
    client exchanges pickles with the scheduler and its workers, so whoever runs them can run code
    in this process and read the documents (docs/archives.md)."""
    m = _ADDRESS.fullmatch(address.strip()) if isinstance(address, str) else None
    if m is None or m["scheme"] not in _SCHEMES or not 0 < int(m["port"]) < 65536:
        raise ValueError(f"not a dask scheduler address: {address!r}; give scheme://host:port with scheme "
                         f"{', '.join(_SCHEMES)} (e.g. tcp://127.0.0.1:8786)")
    return address.strip()


def _dask_modules():
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise ImportError("engine='dask' needs dask.distributed: pip install reportparse[dask]") from e
    return Client, LocalCluster, as_completed


def run_dask(tasks, workers, timeout, settings, parse_func, want, client, ship, stats=None) -> Iterator[Done]:
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
        client = Client(check_scheduler_address(client))
        own_client = True
    try:
        if not client.nthreads():
            try:
                client.wait_for_workers(1, timeout=120)
            except Exception as e:  # noqa: BLE001 — TimeoutError flavours differ between versions
                raise RuntimeError(f"the dask scheduler {client.scheduler.address} has no workers") from e
        versions = set(client.run(_dask_version).values())
        if versions - {__version__}:
            raise RuntimeError(f"the dask workers run reportparse {sorted(versions)}, this process {__version__}: "
                               "install the same version everywhere")
        threads = sum(client.nthreads().values()) or 1
        if stats is not None:
            stats["workers"] = threads
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
                if isinstance(task, Done):
                    out.append(finish(task, want))
                    continue
                if ship == "bytes":
                    try:      # a regular file only, at most max_bytes + 1 read (a FIFO would block here)
                        data, _ = read_source(Path(task.path), settings)
                    except ReportParseError as e:
                        out.append(failure_done(task, type(e).__name__, e.message, want))
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
                done, address, stuck = failure_done(task, type(e).__name__, error_message(e), want), None, False
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
