"""Batch parsing: every input accounted for once, failures by type, time limits, crashes, resume."""
from __future__ import annotations

import json
import multiprocessing
import gc
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

import reportparse
from conftest import FIXTURES
from reportparse.batch import (Failure, WorkerCrashedError, iter_inputs, iter_records, load_results, parse_many,
                               record_dict, record_line, run_batch)
from reportparse.cli import main as cli_main
from reportparse.errors import ERROR_TYPES
from reportparse.records import _plain

DOC_SUFFIXES = (".txt", ".htm", ".html", ".shtml", ".pdf")
ROOT = Path(__file__).resolve().parents[1]


def fixture_docs() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix.lower() in DOC_SUFFIXES)


# ---- parse functions for the workers (module level, so they pickle; fork finds this module) ----

def slow_parse(source, settings):
    """Hangs on any document whose name contains 'slow' (and records the pid of the worker)."""
    if "slow" in Path(source).name:
        piddir = os.environ.get("REPORTPARSE_TEST_PIDDIR")
        if piddir:
            Path(piddir, f"{os.getpid()}.pid").write_text(str(os.getpid()))
        time.sleep(60)
    return reportparse.parse(source, settings)


def faulty_parse(source, settings):
    name = Path(source).name
    if "bug" in name:
        return {}["no such key"]            # a bug: KeyError
    if "crash" in name:
        os.kill(os.getpid(), signal.SIGKILL)  # a crash in native code, the OOM killer…
    return reportparse.parse(source, settings)


def gc_parse(source, settings):
    report = reportparse.parse(source, settings)
    report.warnings.append(f"gc={gc.get_threshold()[0]} frozen={gc.get_freeze_count() > 0}")
    return report


def pid_parse(source, settings):
    report = reportparse.parse(source, settings)
    report.warnings.append(f"pid={os.getpid()}")
    return report


# --------------------------------------------------------------------------------- helpers

def build_archive(root: Path) -> dict[str, str]:
    """The fixture documents plus broken inputs; returns {path: expected error type or ''} for the
    broken ones (fixtures are compared with an in-process parse instead)."""
    for doc in fixture_docs():
        target = root / doc.relative_to(FIXTURES)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(doc, target)
    broken = root / "inbox" / "deeper"
    broken.mkdir(parents=True)
    (broken / "empty.txt").write_bytes(b"")
    (broken / "garbage.pdf").write_bytes(random.Random(1).randbytes(5000))
    (broken / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (broken / "notes.txt").write_text("今天的会议纪要：讨论了食堂菜单和停车位安排。\n下周继续。\n", encoding="utf-8")
    (broken / "no_extension").write_text("shopping list: rice, tea, noodles\n", encoding="utf-8")
    (broken / ".hidden.txt").write_text("hidden files are skipped", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[core]")
    return {
        str(broken / "empty.txt"): "EmptyDocumentError",
        str(broken / "garbage.pdf"): "*",          # random bytes: some ReportParseError, not a bug
        str(broken / "photo.png"): "UnsupportedFormatError",
        str(broken / "notes.txt"): "NotAnnualReportError",
        str(broken / "no_extension"): "NotAnnualReportError",
    }


def expected_inputs(root: Path) -> set[str]:
    return {str(p) for p in root.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)}


def result_path(result) -> str:
    return result.path if isinstance(result, Failure) else result.source.path


def lines_by_path(out: Path) -> dict[str, dict]:
    records = list(iter_records(out))
    paths = [r["path"] if r["kind"] == "failure" else r["source"]["path"] for r in records]
    dupes = [p for p, n in Counter(paths).items() if n > 1]
    assert not dupes, f"inputs written more than once: {dupes}"
    return dict(zip(paths, records))


def make_copies(root: Path, n: int) -> None:
    docs = [d for d in fixture_docs() if d.suffix == ".txt"]
    for i in range(n):
        src = docs[i % len(docs)]
        folder = root / f"part{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:04d}_{src.name}").write_bytes(src.read_bytes() + f"\n(copy {i})\n".encode())


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    broken = build_archive(root)
    return root, broken


# ------------------------------------------------------------------------------------ tests

def test_inputs_walk_recursively_skip_hidden_and_account_for_missing(archive, tmp_path):
    root, _ = archive
    missing = str(tmp_path / "does_not_exist.txt")
    items = list(iter_inputs([root, missing, root / "inbox"]))   # a folder twice: still once each
    assert not any(isinstance(i, Failure) for i in items)
    assert len(items) == len(set(items))
    assert set(items) == expected_inputs(root) | {missing}


def test_an_unlistable_folder_is_a_failure(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden_from_us.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_inputs([tmp_path]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [(f.path, f.error_type) for f in failures] == [(str(locked), "UnreadableFileError")]
    assert "Permission denied" in failures[0].message
    assert str(tmp_path / "a.txt") in items


def test_every_input_once_with_the_right_failures(archive, tmp_path):
    root, broken = archive
    missing = str(tmp_path / "missing.html")
    results = list(parse_many([root, missing], workers=2, timeout=60))
    paths = [result_path(r) for r in results]
    assert len(paths) == len(set(paths)), "an input came back twice"
    assert set(paths) == expected_inputs(root) | {missing}
    by_path = {result_path(r): r for r in results}

    assert by_path[missing].error_type == "UnreadableFileError" and by_path[missing].sha256 is None
    for path, want in broken.items():
        got = by_path[path]
        assert isinstance(got, Failure), path
        if want == "*":
            assert got.error_type in ERROR_TYPES and got.error_type != "ReportParseError", got
        else:
            assert got.error_type == want, got
        assert got.sha256 and got.parser_version == reportparse.__version__ and got.message
        assert json.loads(got.to_json())["error_type"] == got.error_type

    # every fixture document: the same outcome as parsing it here, in this process
    for doc in (Path(p) for p in by_path if Path(p).suffix in DOC_SUFFIXES and p not in broken and p != missing):
        got = by_path[str(doc)]
        try:
            want = reportparse.parse(doc)
        except Exception as e:  # noqa: BLE001
            assert isinstance(got, Failure) and got.error_type == type(e).__name__, (doc, got)
        else:
            assert isinstance(got, reportparse.Report), (doc, got)
            assert record_dict(got) == record_dict(want)


def test_sequential_gives_the_same_records_as_the_pool(archive):
    root, _ = archive
    pool = sorted(record_line(r) for r in parse_many([root], workers=2))
    alone = sorted(record_line(r) for r in parse_many([root], workers=1))
    assert pool == alone


def test_fast_serialiser_is_dataclasses_json():
    for doc in fixture_docs():
        try:
            report = reportparse.parse(doc)
        except reportparse.ReportParseError:
            continue
        assert _plain(report) == report.to_dict()
        assert record_dict(report) == {"kind": "report", **report.to_dict()}
    f = Failure("a.txt", None, "EmptyDocumentError", "empty")
    assert record_dict(f) == {"kind": "failure", **f.to_dict()}


def test_a_bug_or_a_crash_becomes_a_failure(tmp_path):
    src = next(d for d in fixture_docs() if d.name == "one_cell_per_line.txt")
    for name in ("ok1.txt", "bug.txt", "ok2.txt", "crash.txt", "ok3.txt"):
        shutil.copyfile(src, tmp_path / name)
    results = {Path(result_path(r)).name: r for r in parse_many([tmp_path], workers=2, parse_func=faulty_parse)}
    assert results["bug.txt"].error_type == "KeyError"
    assert "no such key" in results["bug.txt"].message
    assert results["crash.txt"].error_type == WorkerCrashedError.__name__
    for ok in ("ok1.txt", "ok2.txt", "ok3.txt"):
        assert isinstance(results[ok], reportparse.Report)
    # in-process: the same failures (no crash here: that would kill this process)
    (tmp_path / "crash.txt").unlink()
    results = {Path(result_path(r)).name: r for r in parse_many([tmp_path], workers=0, parse_func=faulty_parse)}
    assert results["bug.txt"].error_type == "KeyError" and isinstance(results["ok2.txt"], reportparse.Report)


def test_a_slow_document_times_out_and_its_worker_is_stopped(tmp_path, monkeypatch):
    piddir = tmp_path / "pids"
    piddir.mkdir()
    monkeypatch.setenv("REPORTPARSE_TEST_PIDDIR", str(piddir))
    docs = tmp_path / "docs"
    docs.mkdir()
    src = next(d for d in fixture_docs() if d.name == "one_cell_per_line.txt")
    for name in ("a.txt", "slow.txt", "b.txt", "c.txt", "d.txt"):
        shutil.copyfile(src, docs / name)
    t0 = time.monotonic()
    results = {Path(result_path(r)).name: r for r in parse_many([docs], workers=2, timeout=1.5, parse_func=slow_parse)}
    assert time.monotonic() - t0 < 20
    assert results["slow.txt"].error_type == "ParseTimeoutError"
    assert "1.5 s" in results["slow.txt"].message
    assert all(isinstance(results[n], reportparse.Report) for n in ("a.txt", "b.txt", "c.txt", "d.txt"))
    pids = [int(p.read_text()) for p in piddir.glob("*.pid")]
    assert len(pids) == 1
    with pytest.raises(ProcessLookupError):          # killed and reaped, not left sleeping
        os.kill(pids[0], 0)


def test_in_process_time_limit_is_best_effort(tmp_path):
    src = next(d for d in fixture_docs() if d.name == "one_cell_per_line.txt")
    shutil.copyfile(src, tmp_path / "slow.txt")
    shutil.copyfile(src, tmp_path / "fine.txt")
    t0 = time.monotonic()
    results = {Path(result_path(r)).name: r for r in parse_many([tmp_path], workers=1, timeout=0.5, parse_func=slow_parse)}
    assert time.monotonic() - t0 < 10
    assert results["slow.txt"].error_type == "ParseTimeoutError"
    assert isinstance(results["fine.txt"], reportparse.Report)


def test_workers_are_recycled(tmp_path):
    make_copies(tmp_path, 12)
    results = list(parse_many([tmp_path], workers=2, parse_func=pid_parse, max_tasks_per_worker=3))
    assert len(results) == 12
    reports = [r for r in results if isinstance(r, reportparse.Report)]
    pids = Counter(next(w for w in r.warnings if w.startswith("pid=")) for r in reports)
    assert max(pids.values()) <= 3 and len(pids) >= len(reports) / 3


def test_workers_collect_cycles_rarely_and_leave_the_host_alone(tmp_path):
    # a worker process (ours) freezes what its imports left and collects young objects every 20,000
    # allocations; the calling process, a host application's, keeps its own collector settings
    make_copies(tmp_path, 4)
    before = gc.get_threshold(), gc.get_freeze_count()
    results = list(parse_many([tmp_path], workers=2, parse_func=gc_parse))
    seen = {w for r in results for w in r.warnings if w.startswith("gc=")}
    assert seen == {"gc=20000 frozen=True"}
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_closing_the_iterator_stops_the_workers(tmp_path):
    make_copies(tmp_path, 20)
    it = parse_many([tmp_path], workers=2)
    next(it)
    it.close()
    time.sleep(0.2)
    assert [p for p in multiprocessing.active_children() if p.name == "reportparse-worker"] == []


def test_skip_leaves_inputs_out(tmp_path):
    make_copies(tmp_path, 6)
    files = sorted(str(p) for p in tmp_path.rglob("*.txt"))
    got = {result_path(r) for r in parse_many([tmp_path], workers=0, skip=files[:2])}
    assert got == set(files[2:])
    got = {result_path(r) for r in parse_many([tmp_path], workers=0, skip=lambda p: p.endswith(files[0][-20:]))}
    assert files[0] not in got and len(got) == 5


def test_dask_needs_its_extra(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(ImportError, match=r"pip install reportparse\[dask\]"):
        list(parse_many([tmp_path], engine="dask"))


# ---------------------------------------------------------------------------- CLI and resume

def _cli(*args) -> int:
    return cli_main(["batch", *map(str, args)])


def test_cli_batch_summary_and_rerun(archive, tmp_path, capsys):
    root, broken = archive
    out = tmp_path / "results.jsonl"
    assert _cli(root, "--out", out, "--workers", "2") == 0
    text = capsys.readouterr().out
    records = lines_by_path(out)
    assert set(records) == expected_inputs(root)
    for line in out.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["kind"] in ("report", "failure")
    failed = Counter(r["error_type"] for r in records.values() if r["kind"] == "failure")
    parsed = sum(r["kind"] == "report" for r in records.values())
    assert f"parsed  {parsed:6d}" in text
    for error_type, n in failed.items():
        assert f"{error_type} {n}" in text
    assert "reports whose checks failed" in text
    # again: nothing to do, nothing duplicated
    assert _cli(root, "--out", out, "--workers", "2") == 0
    text = capsys.readouterr().out
    assert "0 processed" in text and f"{len(records)} already in" in text
    assert lines_by_path(out) == records
    # load_results gives objects back
    objects = load_results(out)
    assert len(objects) == len(records)
    assert {type(o).__name__ for o in objects} == {"Report", "Failure"}


def test_resume_repairs_a_torn_line(tmp_path, capsys):
    docs = tmp_path / "docs"
    make_copies(docs, 30)
    full = tmp_path / "full.jsonl"
    assert _cli(docs, "--out", full, "--workers", "2") == 0
    want = lines_by_path(full)
    raw = full.read_bytes().split(b"\n")
    torn = tmp_path / "torn.jsonl"
    torn.write_bytes(b"\n".join(raw[:11]) + b"\n" + raw[11][: len(raw[11]) // 2])   # 11 lines + half of one
    capsys.readouterr()
    assert _cli(docs, "--out", torn, "--workers", "2") == 0
    text = capsys.readouterr().out
    assert "19 processed" in text and "11 already in" in text and "removed 1 torn" in text
    assert lines_by_path(torn) == want
    assert torn.read_bytes().endswith(b"\n")


def test_resume_drops_stale_and_garbled_lines(tmp_path, capsys):
    docs = tmp_path / "docs"
    make_copies(docs, 8)
    out = tmp_path / "results.jsonl"
    assert _cli(docs, "--out", out, "--workers", "0") == 0
    # a changed document, a record from another parser version, a duplicate and a garbled line
    changed = sorted(docs.rglob("*.txt"))[0]
    changed.write_bytes(changed.read_bytes() + b"\n(edited)\n")
    lines = out.read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[1])
    rec["parser_version"] = "0.0.0-old"
    lines[1] = json.dumps(rec, ensure_ascii=False)
    lines.insert(3, lines[4])
    lines.insert(5, "{garbled")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert _cli(docs, "--out", out, "--workers", "0") == 0
    text = capsys.readouterr().out
    assert "2 processed" in text
    records = lines_by_path(out)
    assert len(records) == 8
    assert records[str(changed)]["source"]["sha256"] == reportparse.parse(changed).source.sha256
    assert all(r["parser_version"] == reportparse.__version__ for r in records.values())


def test_the_output_inside_the_archive_is_not_an_input(tmp_path, capsys):
    make_copies(tmp_path, 3)
    out = tmp_path / "results.jsonl"
    assert _cli(tmp_path, "--out", out, "--workers", "0") == 0
    assert _cli(tmp_path, "--out", out, "--workers", "0") == 0
    assert "3 inputs: 0 processed" in capsys.readouterr().out
    assert set(lines_by_path(out)) == {str(p) for p in tmp_path.rglob("*.txt")}


def test_retry_failed(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "r.jsonl"
    assert _cli(tmp_path / "empty.txt", "--out", out) == 0
    assert _cli(tmp_path / "empty.txt", "--out", out) == 0
    assert "0 processed" in capsys.readouterr().out
    assert _cli(tmp_path / "empty.txt", "--out", out, "--retry-failed") == 0
    assert "1 processed" in capsys.readouterr().out
    assert len(lines_by_path(out)) == 1


def test_a_second_batch_on_the_same_output_is_refused(tmp_path):
    pytest.importorskip("fcntl")
    from reportparse.records import Output
    out = tmp_path / "r.jsonl"
    first = Output(str(out))
    try:
        code = subprocess.run([sys.executable, "-m", "reportparse", "batch", str(tmp_path), "--out", str(out)],
                              capture_output=True, text=True)
        assert code.returncode != 0 and "another reportparse batch" in code.stderr
    finally:
        first.close()


def test_resume_after_kill_9(tmp_path):
    docs = tmp_path / "docs"
    make_copies(docs, 400)
    out = tmp_path / "results.jsonl"
    cmd = [sys.executable, "-m", "reportparse", "batch", str(docs), "--out", str(out), "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 25:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = out.read_bytes().count(b"\n")
    assert 0 < written < 400, "the batch was not interrupted part-way: make it slower"
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    records = lines_by_path(out)
    assert set(records) == {str(p) for p in docs.rglob("*.txt")}
    # the same dataset as an uninterrupted run
    clean = tmp_path / "clean.jsonl"
    assert subprocess.run([*cmd[:-4], "--out", str(clean), "--workers", "2"], capture_output=True).returncode == 0
    assert records == lines_by_path(clean)


def test_progress_bar_only_on_a_terminal(tmp_path):
    make_copies(tmp_path / "docs", 10)
    cmd = [sys.executable, "-m", "reportparse", "batch", str(tmp_path / "docs"), "--workers", "0"]
    quiet = subprocess.run([*cmd, "--out", str(tmp_path / "a.jsonl")], capture_output=True, text=True)
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert "parsed" in quiet.stdout
    import pty
    try:
        master, slave = pty.openpty()
    except OSError as e:      # a container or chroot without /dev/pts
        pytest.skip(f"no pseudo-terminal can be opened here ({e}): the terminal half is not tested")
    proc = subprocess.Popen([*cmd, "--out", str(tmp_path / "b.jsonl")], stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    proc.stdout.read()
    proc.wait()
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    bar = b"".join(chunks).decode("utf-8", "replace")
    assert "10/10" in bar and "doc/s" in bar and "ETA" in bar and "failed 0" in bar


# --------------------------------------------------------------------------------------- dask

@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("dask.distributed")
    import logging
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_gives_the_records_of_the_local_engine(archive, dask_client, tmp_path):
    root, _ = archive
    local = sorted(record_line(r) for r in parse_many([root], workers=2))
    on_dask = sorted(record_line(r) for r in parse_many([root], engine="dask", client=dask_client))
    assert on_dask == local
    shipped = sorted(record_line(r) for r in parse_many([root], engine="dask", client=dask_client, ship="bytes"))
    assert shipped == local
    # the CLI on a scheduler address writes the same dataset
    a, b = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run_batch([root], a, workers=2, progress=False).records == len(local)
    assert cli_main(["batch", str(root), "--out", str(b), "--scheduler", dask_client.scheduler.address]) == 0
    assert lines_by_path(a) == lines_by_path(b)


def test_dask_time_limit(dask_client, tmp_path):
    src = next(d for d in fixture_docs() if d.name == "one_cell_per_line.txt")
    for name in ("a.txt", "slow.txt", "b.txt"):
        shutil.copyfile(src, tmp_path / name)
    results = {Path(result_path(r)).name: r
               for r in parse_many([tmp_path], engine="dask", client=dask_client, timeout=1.5, parse_func=slow_parse)}
    assert results["slow.txt"].error_type == "ParseTimeoutError"
    assert isinstance(results["a.txt"], reportparse.Report) and isinstance(results["b.txt"], reportparse.Report)
    dask_client.wait_for_workers(2, timeout=60)


def test_a_short_run_starts_no_idle_worker(tmp_path):
    # the pool started a worker before asking for the next input, so one input with two workers
    # started two processes, one of them only to be shut down
    from reportparse.batch_model import Task
    from reportparse.pool import _Pool
    from reportparse.settings import DEFAULT_SETTINGS
    path = FIXTURES / "national" / "t2019_cell_per_line.txt"
    pool = _Pool([Task(str(path))], 2, 30, DEFAULT_SETTINGS, None, "object", 200, None)
    done = list(pool.results())
    assert [d.kind for d in done] == ["report"] and pool.started == 1
    assert done[0].result.values() == reportparse.parse(path).values()


@pytest.mark.parametrize("method", [m for m in ("spawn", "forkserver") if m in multiprocessing.get_all_start_methods()])
def test_workers_started_without_fork_read_the_same(tmp_path, method):
    """macOS and Windows start workers by spawn (nothing inherited): the worker imports the
    package afresh and must read every document as this process does."""
    files = [FIXTURES / "national" / "t2019_cell_per_line.txt", FIXTURES / "national" / "t2021_gbk.html"]
    got = {result_path(r): r.values() for r in parse_many(files, workers=2, start_method=method)}
    assert got == {str(f): reportparse.parse(f).values() for f in files}
