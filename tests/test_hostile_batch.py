"""Hostile archives (issue 13): devices and FIFOs, file names that are not UTF-8, symlinks out of the
archive and in loops, two batches through links to one output, a planted symlink, deleted inputs,
and the dask scheduler address."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import FIXTURES
from reportparse.batch import iter_inputs, iter_records, run_batch
from reportparse.batch_model import sha_file
from reportparse.records import OutputLockedError, Output

REPORT = FIXTURES / "legacy" / "pipe_rows.txt"
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and byte file names are POSIX")


def _records(out: Path) -> dict[str, dict]:
    recs = list(iter_records(out))
    paths = [r["path"] if r["kind"] == "failure" else r["source"]["path"] for r in recs]
    assert len(paths) == len(set(paths)), f"inputs written more than once: {paths}"
    return dict(zip(paths, recs))


def _in_thread(fn, seconds: float):
    """fn() in a daemon thread; (finished, result): a hang fails the test instead of blocking it."""
    box = {}
    t = threading.Thread(target=lambda: box.setdefault("r", fn()), daemon=True)
    t.start()
    t.join(seconds)
    return not t.is_alive(), box.get("r")


@posix_only
def test_a_fifo_in_the_archive_never_hangs_the_batch(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report.txt").write_bytes(REPORT.read_bytes())
    os.mkfifo(docs / "pipe.txt")                    # nobody ever writes: open() for reading would block
    out = tmp_path / "r.jsonl"
    for _ in range(2):                              # the rerun hashes every input: it must not block either
        finished, summary = _in_thread(lambda: run_batch(docs, out, workers=0, timeout=20), 60)
        assert finished, "the batch hung on a FIFO"
    recs = _records(out)
    assert recs[str(docs / "pipe.txt")]["error_type"] == "UnreadableFileError"
    assert recs[str(docs / "report.txt")]["kind"] == "report"
    assert summary.skipped == 2


@posix_only
def test_only_regular_files_are_hashed_and_with_a_bound(tmp_path):
    assert _in_thread(lambda: sha_file("/dev/zero"), 10) == (True, None)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert _in_thread(lambda: sha_file(str(fifo)), 10) == (True, None)
    sparse = tmp_path / "sparse.txt"
    with open(sparse, "wb") as f:
        f.truncate(5000)
    assert sha_file(str(sparse), max_bytes=4096) is None             # over the bound: not read at all
    assert sha_file(str(sparse)) == __import__("hashlib").sha256(bytes(5000)).hexdigest()


@posix_only
def test_a_device_given_to_the_batch_is_a_failure_not_a_hang(tmp_path):
    out = tmp_path / "r.jsonl"
    finished, _ = _in_thread(lambda: run_batch(["/dev/zero"], out, workers=0, timeout=20), 60)
    assert finished
    finished, _ = _in_thread(lambda: run_batch(["/dev/zero"], out, workers=0, timeout=20), 60)   # rerun hashes
    assert finished
    assert _records(out)["/dev/zero"]["error_type"] == "UnreadableFileError"


@posix_only
def test_a_file_name_that_is_not_utf8_is_recorded_and_the_batch_finishes(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    raw_name = os.fsencode(str(docs)) + b"/\xb1\xa8\xb8\xe6-gbk-name.txt"      # 报告 in GBK bytes
    try:
        with open(raw_name, "wb") as f:
            f.write(REPORT.read_bytes())
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    (docs / "plain.txt").write_bytes(REPORT.read_bytes())
    out = tmp_path / "r.jsonl"
    p = subprocess.run([sys.executable, "-m", "reportparse", "batch", str(docs), "--out", str(out), "-j", "0"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    out.read_bytes().decode("utf-8")                 # the output stays UTF-8
    recs = _records(out)
    assert len(recs) == 2 and all(r["kind"] == "report" for r in recs.values())
    assert os.fsdecode(raw_name) in recs             # the name reads back as the same str (surrogate escapes)
    p = subprocess.run([sys.executable, "-m", "reportparse", "batch", str(docs), "--out", str(out), "-j", "0"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and "0 processed" in p.stdout and "2 already in" in p.stdout


def test_symlinks_out_of_the_archive_are_recorded_not_followed(tmp_path):
    root = tmp_path / "archive"
    (root / "a").mkdir(parents=True)
    (root / "a" / "report.txt").write_bytes(REPORT.read_bytes())
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "private.txt").write_text("not part of the archive", encoding="utf-8")
    try:
        (root / "up").symlink_to("..")                       # a loop, and a way out of the root
        (root / "a" / "again").symlink_to(root)              # a loop inside
        (root / "leak.txt").symlink_to(outside / "private.txt")
        (root / "self").symlink_to(root / "self")            # a link to itself (ELOOP)
    except (OSError, NotImplementedError):
        pytest.skip("no symlinks here")
    items = list(iter_inputs(root))
    paths = [i if isinstance(i, str) else i.path for i in items]
    assert len(paths) == len(set(paths))
    assert str(root / "a" / "report.txt") in paths
    assert not any("private" in p or "secret" in p for p in paths), "the walk left the archive"
    refused = {i.path: i.message for i in items if not isinstance(i, str)}
    assert set(refused) == {str(root / "up"), str(root / "leak.txt")}
    assert all("not followed" in m for m in refused.values())
    # a link inside the archive to an archive folder is not entered twice
    assert not any(p.startswith(str(root / "a" / "again")) for p in paths)
    # asked to follow: the file outside is read, the loops still end
    followed = [i if isinstance(i, str) else i.path for i in iter_inputs(root, follow_symlinks=True)]
    assert str(root / "leak.txt") in followed and len(followed) == len(set(followed))


def test_two_batches_through_a_symlink_or_a_hard_link_lock_the_same_file(tmp_path):
    pytest.importorskip("fcntl")
    out = tmp_path / "results.jsonl"
    out.write_text('{"kind":"failure","path":"x","sha256":null,"error_type":"E","message":"m"}\n{garbled\n',
                   encoding="utf-8")
    link = tmp_path / "link.jsonl"
    hard = tmp_path / "hard.jsonl"
    try:
        link.symlink_to(out)
        os.link(out, hard)
    except (OSError, NotImplementedError):
        pytest.skip("no links here")
    first = Output(str(out))
    try:
        first.rewrite([(0, out.read_bytes().index(b"\n") + 1)])      # a repair keeps the file (and the lock)
        for other in (link, hard, out):
            with pytest.raises(OutputLockedError):
                Output(str(other))
        assert link.is_symlink() and os.path.samefile(hard, out)
    finally:
        first.close()
    assert out.read_text(encoding="utf-8").count("\n") == 1


def test_the_repair_writes_no_file_a_planted_symlink_could_redirect(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report.txt").write_bytes(REPORT.read_bytes())
    out = tmp_path / "results.jsonl"
    run_batch(docs, out, workers=0)
    good = out.read_bytes()
    out.write_bytes(b"{garbled\n" + good)                   # the next run repairs
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    try:
        (tmp_path / "results.jsonl.tmp").symlink_to(victim)
    except (OSError, NotImplementedError):
        pytest.skip("no symlinks here")
    summary = run_batch(docs, out, workers=0)
    assert summary.repaired == 1 and summary.skipped == 1
    assert victim.read_text(encoding="utf-8") == "precious"
    assert out.read_bytes() == good and not out.is_symlink()


def test_a_rerun_records_the_current_state_of_the_archive(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report.txt").write_bytes(REPORT.read_bytes())
    (docs / "empty.txt").write_bytes(b"")
    (docs / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    other = tmp_path / "other.txt"                          # another source, not given to the rerun
    other.write_bytes(REPORT.read_bytes())
    out = tmp_path / "r.jsonl"
    run_batch([docs, other], out, workers=0)
    assert len(_records(out)) == 4
    (docs / "empty.txt").unlink()
    (docs / "bad.png").unlink()
    summary = run_batch(docs, out, workers=0)
    recs = _records(out)
    assert set(recs) == {str(docs / "report.txt"), str(other)}      # other's record is not this run's to drop
    assert summary.gone == 2 and "no longer there" in summary.format(str(out))


def test_batch_limit_flags_are_validated(tmp_path):
    for flag, value in (("--timeout", "-5"), ("--max-pages", "0"), ("--max-bytes", "-1"), ("--timeout", "nan")):
        p = subprocess.run([sys.executable, "-m", "reportparse", "batch", str(tmp_path), "--out",
                            str(tmp_path / "r.jsonl"), flag, value], capture_output=True, text=True, timeout=60)
        assert p.returncode == 2 and flag in p.stderr and "Traceback" not in p.stderr, (flag, p.stderr)


def test_dask_takes_only_an_explicit_scheduler_address(monkeypatch, tmp_path):
    from reportparse.dask_engine import check_scheduler_address
    assert check_scheduler_address("tcp://127.0.0.1:8786") == "tcp://127.0.0.1:8786"
    assert check_scheduler_address("tls://scheduler.example:8786") == "tls://scheduler.example:8786"
    for bad in ("", "127.0.0.1", "scheduler:8786", "http://x:1", "tcp://", "tcp://host", "file:///tmp/x"):
        with pytest.raises(ValueError):
            check_scheduler_address(bad)
    # parse_many checks the address before any connection is tried
    import reportparse.dask_engine as de
    from reportparse.batch import parse_many
    tried = []

    def fake_modules():
        def client(address):
            tried.append(address)
            raise ConnectionError("no scheduler in this test")
        return client, None, None
    monkeypatch.setattr(de, "_dask_modules", fake_modules)
    (tmp_path / "a.txt").write_bytes(REPORT.read_bytes())
    with pytest.raises(ValueError, match="not a dask scheduler address"):
        list(parse_many(tmp_path, engine="dask", client="203.0.113.9"))
    with pytest.raises(ConnectionError):
        list(parse_many(tmp_path, engine="dask", client="tcp://127.0.0.1:1"))
    assert tried == ["tcp://127.0.0.1:1"]
