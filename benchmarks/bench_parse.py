#!/usr/bin/env python3
"""Throughput of reportparse.parse() on the bundled text and HTML fixtures, on one core.

    python benchmarks/bench_parse.py [--seconds 5]

Prints reports per second for the full parse and, measured in the same run on the same files, a
baseline that only loads them (read, decode, normalise, lay out): the ratio says how much the
extraction, checks and metadata cost on top of getting the text.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import reportparse
from reportparse.loading import load
from reportparse.settings import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parents[1]


def inputs() -> list[bytes]:
    out = []
    for p in sorted((ROOT / "tests" / "fixtures").rglob("*")):
        if p.suffix in (".txt", ".html") and "not_a_report" not in p.name:
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    args = ap.parse_args()
    docs = inputs()
    for d in docs:                     # warm caches (vocabulary, patterns, region table)
        reportparse.parse(d)
    kinds = {"text": [d for d in docs if not d.lstrip().startswith(b"<")],
             "html": [d for d in docs if d.lstrip().startswith(b"<")]}
    print(f"{len(docs)} fixture documents ({len(kinds['text'])} text, {len(kinds['html'])} HTML), one process")
    for kind, ds in kinds.items():
        base = rate(lambda d: load(d, DEFAULT_SETTINGS), ds, args.seconds / 2)
        full = rate(reportparse.parse, ds, args.seconds)
        print(f"{kind:5s} full parse {full:8.1f} reports/s   load only {base:8.1f} docs/s   "
              f"parse/load time ratio {base / full:5.2f}")


if __name__ == "__main__":
    main()
