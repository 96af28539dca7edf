#!/usr/bin/env python3
"""Throughput of reportparse.parse() on one core, and the time `import reportparse` takes.

    python benchmarks/bench_parse.py [--seconds 5] [--rounds 3] [--corpus ../shared/corpus]

Prints reports per second for the full parse of the bundled text and HTML fixtures (and, with
--corpus, of the .txt/.md/.html files under that folder, e.g. the shared corpus of real reports),
and, measured in the same run on the same files, a baseline that only loads them (read, decode,
normalise, lay out): the ratio says how much the extraction, checks and metadata cost on top of
getting the text. Each figure is the best of --rounds rounds (the rounds alternate between load
and parse, so a busy neighbour on a shared machine slows both alike); the import time is the
median of fresh interpreters.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

import reportparse
from reportparse.api import load_document
from reportparse.settings import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parents[1]
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".shtml")


def inputs(folder: Path, suffixes=(".txt", ".html")) -> list[bytes]:
    out = []
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.suffix.lower() in suffixes and "not_a_report" not in p.name and p.name != "README.md":
            out.append(p.read_bytes())
    return out


def rate(fn, docs: list[bytes], seconds: float) -> float:
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for d in docs:
            fn(d)
            n += 1
    return n / (time.perf_counter() - start)


def import_ms(runs: int, first: Optional[Path] = None) -> float:
    """Median wall time of `import reportparse` in a fresh interpreter (this one's sys.path), with
    the bytecode cache a user's installation has: PYTHONDONTWRITEBYTECODE (set in some containers)
    is dropped and a first, uncounted import writes the cache. With `first`, the time to the first
    parse of that file (the import, the pipeline loaded on first use, its patterns compiled, one parse)."""
    work = "; reportparse.parse(sys.argv[1])" if first else ""
    code = f"import sys, time; t = time.perf_counter(); import reportparse{work}; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import reportparse"], env=env, check=True)
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code] + ([str(first)] if first else []), capture_output=True,
                             text=True, check=True, env=env)
        times.append(float(out.stdout) * 1000)
    return statistics.median(times)


def is_html(d: bytes) -> bool:
    return d.lstrip()[:1] == b"<"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0, help="parse time per kind and round (load: half)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--corpus", type=Path, help="also a folder of real reports (.txt, .md, .html), e.g. ../shared/corpus")
    ap.add_argument("--import-runs", type=int, default=7)
    args = ap.parse_args()
    fixtures = inputs(ROOT / "tests" / "fixtures")
    sets = {"text": [d for d in fixtures if not is_html(d)], "html": [d for d in fixtures if is_html(d)]}
    print(f"{len(fixtures)} fixture documents ({len(sets['text'])} text, {len(sets['html'])} HTML), one process")
    if args.corpus is not None:
        corpus = inputs(args.corpus, TEXT_SUFFIXES)
        sets["corpus text"] = [d for d in corpus if not is_html(d)]
        sets["corpus html"] = [d for d in corpus if is_html(d)]
        print(f"{len(corpus)} documents under {args.corpus} ({len(sets['corpus text'])} text, "
              f"{len(sets['corpus html'])} HTML)")
    for d in (d for ds in sets.values() for d in ds):      # warm caches (vocabulary, patterns, region table)
        reportparse.parse(d)

    best: dict[str, list[float]] = {k: [0.0, 0.0] for k, ds in sets.items() if ds}
    for _ in range(args.rounds):
        for kind in best:
            ds = sets[kind]
            base = rate(lambda d: load_document(d, DEFAULT_SETTINGS), ds, args.seconds / 2)
            full = rate(reportparse.parse, ds, args.seconds)
            best[kind] = [max(best[kind][0], full), max(best[kind][1], base)]
    for kind, (full, base) in best.items():
        print(f"{kind:11s} full parse {full:8.1f} reports/s   load only {base:8.1f} docs/s   "
              f"parse/load time ratio {base / full:5.2f}")
    print(f"import reportparse (bytecode cached): {import_ms(args.import_runs):.0f} ms (median of {args.import_runs} fresh interpreters)")
    first = ROOT / "tests" / "fixtures" / "national" / "t2021_whitespace.txt"
    print(f"import and a first parse ({first.name}): {import_ms(args.import_runs, first):.0f} ms (the same)")


if __name__ == "__main__":
    main()
