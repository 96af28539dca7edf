"""Batch throughput: the same archive parsed with 1 worker (in-process) and 2 worker processes.

    python benchmarks/bench_batch.py                 # ~1,000 documents in a temp dir
    python benchmarks/bench_batch.py --docs 300 --workers 1 2 4
    python benchmarks/bench_batch.py --demo-archive archive/   # the small archive of docs/archives.md

The archive is made by copying the fixture documents (tests/fixtures/**: .txt, .html, .htm, .pdf)
round-robin, each copy varied a little (a trailing line naming the copy, so every file has its own
sha256). Each configuration runs `reportparse.batch.run_batch` in a fresh Python process, so the
memory figures are its own: the peak RSS of the batch process and the largest peak RSS of its
worker processes (resource.getrusage; RUSAGE_CHILDREN covers every worker, recycled ones too).
Goals: ≥ 1.8× speed-up with 2 workers on 2 cores; < 300 MB per worker.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DOC_SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".pdf")


def fixture_documents() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix.lower() in DOC_SUFFIXES)


def _vary(data: bytes, suffix: str, i: int) -> bytes:
    """An encoding-neutral variation: ASCII appended (a comment for HTML, after %%EOF for PDF)."""
    if suffix in (".html", ".htm", ".shtml"):
        return data + f"\n<!-- copy {i:05d} -->\n".encode("ascii")
    if suffix == ".pdf":
        return data + f"\n% copy {i:05d}\n".encode("ascii")
    return data + f"\n\n(copy {i:05d})\n".encode("ascii")


def make_archive(dest: Path, n: int = 1000, seed: int = 0) -> list[Path]:
    """n documents under dest (in 10 sub-folders), copied round-robin from the fixtures and varied."""
    docs = fixture_documents()
    if not docs:
        raise SystemExit(f"no fixture documents under {FIXTURES}")
    rng = random.Random(seed)
    out = []
    for i in range(n):
        src = docs[i % len(docs)]
        folder = dest / f"batch{i % 10:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{i:05d}_{src.name}"
        target.write_bytes(_vary(src.read_bytes(), src.suffix.lower(), i))
        out.append(target)
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------------------- the demo archive

def _shift_pipe_report(text: str, year: int, base_year: int, new_delta: int) -> str:
    """A year-shifted copy of a 2021-template pipe-table report with table 三 row 一/二 moved by
    new_delta (new + carried_over unchanged, so R1–R3 still balance)."""
    def shift(m):
        y = int(m.group(0))
        return str(y - (base_year - year)) if base_year - 1 <= y <= base_year + 1 else m.group(0)
    out = re.sub(r"(?<![0-9〔\[])20[12][0-9](?![0-9〕\]])", shift, text)

    def move(line: str, delta: int) -> str:
        cells = line.split("|")
        # | label | | | natural_person | … | total |  → cells[4] natural person, cells[-2] total
        for idx in (4, len(cells) - 2):
            cells[idx] = f" {int(cells[idx]) + delta} "
        return "|".join(cells)

    lines = out.split("\n")
    new_total = over_total = None
    for k, line in enumerate(lines):
        if line.startswith("| 一、本年新收"):
            lines[k] = move(line, new_delta)
            new_total = int(lines[k].split("|")[-2])
        elif line.startswith("| 二、上年结转"):
            lines[k] = move(line, -new_delta)
            over_total = int(lines[k].split("|")[-2])
    out = "\n".join(lines)
    if new_total is not None and over_total is not None:   # keep the narrative in step with the table
        out = re.sub(r"新收政府信息公开申请\d+件", f"新收政府信息公开申请{new_total}件", out)
        out = re.sub(r"上年结转\d+件", f"上年结转{over_total}件", out)
    return out


def make_demo_archive(dest: Path) -> None:
    """The archive of docs/archives.md: every fixture document, a three-year series of one issuer,
    and broken inputs (empty, random bytes named .pdf, a PNG, a text that is not a report)."""
    dest.mkdir(parents=True, exist_ok=True)
    for doc in fixture_documents():
        folder = dest / doc.parent.name
        folder.mkdir(exist_ok=True)
        shutil.copyfile(doc, folder / doc.name)
    series = FIXTURES / "national" / "t2021_pipe_rows.txt"
    if series.exists():
        text = series.read_text(encoding="utf-8")
        folder = dest / "chengdu_jinjiang"
        folder.mkdir(exist_ok=True)
        # 2023 is the fixture itself (上年结转 11). Every copy keeps 结转下年度 17, so 2021 → 2022
        # (2022's 上年结转 set to 17) passes the cross-year check R5 and 2022 → 2023 fails it.
        for year, delta in ((2021, 5), (2022, -6)):
            (folder / f"jinjiang_{year}.txt").write_text(_shift_pipe_report(text, year, 2023, delta), encoding="utf-8")
    broken = dest / "inbox"
    broken.mkdir(exist_ok=True)
    (broken / "empty.txt").write_bytes(b"")
    (broken / "scan.pdf").write_bytes(random.Random(7).randbytes(4096))
    (broken / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (broken / "meeting_notice.txt").write_text("关于召开全区安全生产工作会议的通知\n\n各单位：定于3月5日召开会议。\n",
                                               encoding="utf-8")
    (broken / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")   # hidden: skipped


# --------------------------------------------------------------------------------- measurement

def _run_child(archive: str, out: str, workers: int, timeout: float) -> None:
    """In a fresh process: run the batch and print JSON numbers."""
    import resource

    sys.path.insert(0, str(ROOT / "src"))
    from reportparse.batch import run_batch
    t0 = time.perf_counter()
    summary = run_batch([archive], out, workers=workers, timeout=timeout, progress=False)
    seconds = time.perf_counter() - t0
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    self_kb, child_kb = me.ru_maxrss, kids.ru_maxrss
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    print(json.dumps({
        "workers": workers, "docs": summary.parsed + sum(summary.failed.values()), "seconds": seconds,
        "parsed": summary.parsed, "failed": dict(summary.failed),
        "cpu_seconds": cpu, "main_peak_rss_mb": self_kb / 1024, "worker_peak_rss_mb": child_kb / 1024 if workers > 1 else None,
    }))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000, help="archive size (default 1000)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="configurations (default 1 2)")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per configuration, interleaved; the fastest counts (a shared machine is noisy)")
    ap.add_argument("--archive", help="use (or create) this folder instead of a temp dir")
    ap.add_argument("--demo-archive", metavar="DIR", help="only write the demo archive of docs/archives.md")
    ap.add_argument("--child", nargs=3, metavar=("ARCHIVE", "OUT", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _run_child(args.child[0], args.child[1], int(args.child[2]), args.timeout)
        return 0
    if args.demo_archive:
        make_demo_archive(Path(args.demo_archive))
        print(f"demo archive written to {args.demo_archive}")
        return 0

    tmp = tempfile.mkdtemp(prefix="bench_batch_")
    try:
        archive = Path(args.archive) if args.archive else Path(tmp) / "archive"
        if not archive.exists() or not any(archive.iterdir()):
            make_archive(archive, args.docs)
        n = sum(1 for p in archive.rglob("*") if p.is_file())
        print(f"archive: {n} documents in {archive} (from {len(fixture_documents())} fixtures), "
              f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.2f}")
        runs: dict[int, list[dict]] = {w: [] for w in args.workers}
        for _ in range(max(1, args.repeat)):
            for workers in args.workers:
                out = Path(tmp) / f"results_{workers}.jsonl"
                if out.exists():
                    out.unlink()
                proc = subprocess.run([sys.executable, __file__, "--timeout", str(args.timeout),
                                       "--child", str(archive), str(out), str(workers)],
                                      capture_output=True, text=True, check=True)
                r = json.loads(proc.stdout.strip().splitlines()[-1])
                r["rate"] = r["docs"] / r["seconds"]
                runs[workers].append(r)
        results = []
        for workers in args.workers:
            r = min(runs[workers], key=lambda x: x["seconds"])
            results.append(r)
            worker = f"{max(x['worker_peak_rss_mb'] for x in runs[workers]):.0f} MB" if r["worker_peak_rss_mb"] \
                else "(in-process)"
            times = ", ".join(f"{x['seconds']:.2f}" for x in runs[workers])
            print(f"workers={workers}: {r['docs']} docs in {r['seconds']:.2f} s = {r['rate']:.1f} docs/s "
                  f"(CPU {r['cpu_seconds']:.1f} s; runs {times} s); parsed {r['parsed']}, "
                  f"failed {sum(r['failed'].values())}; peak RSS main {r['main_peak_rss_mb']:.0f} MB, per worker {worker}")
        base = next((r for r in results if r["workers"] <= 1), results[0])
        for r in results:
            if r is not base:
                print(f"speed-up {r['workers']} workers vs {base['workers']}: {r['rate'] / base['rate']:.2f}x")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
