#!/usr/bin/env python3
"""Instructions one parse round costs, counted by valgrind: a speed measure that a busy or
throttled machine does not move (CPU time on a shared VM varies by ±30% from minute to minute).

    python benchmarks/count_instructions.py [TREE ...] [--kind text|html|pdf|pdf-fixtures]

A round parses the same documents as benchmarks/ab_trees.py (this checkout's fixtures and
../shared/corpus, or the PDFs) with TREE's `src/` (default: this checkout). The workload runs
under `valgrind --tool=callgrind` twice, with 0 and with 2 rounds after the warm-up parse, and the
difference over 2 is printed in millions of instructions: imports and warm-up cancel out. String hashing is seeded
(PYTHONHASHSEED=0): unseeded, a set's or dict's order moves the count of untouched code by about ±0.4%. Needs
valgrind (`apt install valgrind`); about 2 minutes per tree for text. Fewer instructions is not
always proportionally less time (memory and cache behaviour differ), so state both.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = r'''
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1] + "/src")
import reportparse
fixtures, corpus, kind, rounds = Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], int(sys.argv[5])
def inputs(folder, suffixes):
    return [p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes
            and "not_a_report" not in p.name and p.name != "README.md"]
if kind.startswith("pdf"):
    folder = fixtures / "pdf" if kind == "pdf-fixtures" else corpus
    docs = [p.read_bytes() for p in sorted(folder.rglob("*.pdf")) if not any(w in p.name for w in ("scan", "encrypted"))]
else:
    docs = inputs(fixtures, (".txt", ".html")) + (inputs(corpus, (".txt", ".md", ".html")) if corpus.is_dir() else [])
    docs = [d for d in docs if (d.lstrip()[:1] == b"<") == (kind == "html")]
for _ in range(1 + rounds):
    for d in docs:
        reportparse.parse(d)
'''


def instructions(tree: str, kind: str, rounds: int, corpus: Path) -> int:
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c",
                          WORK, tree, str(ROOT / "tests" / "fixtures"), str(corpus), kind, str(rounds)],
                         capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0",
                              # no bytecode written: else the first run compiles and writes it, the second reads it,
                              # and the difference holds half the compile cost
                              "PYTHONDONTWRITEBYTECODE": "1"})
    found = re.search(r"Collected : (\d+)", out.stderr)
    if out.returncode or found is None:
        sys.exit(out.stderr[-2000:])
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("trees", nargs="*", default=[str(ROOT)], help="checkouts to count (default: this one)")
    ap.add_argument("--kind", choices=("text", "html", "pdf", "pdf-fixtures"), default="text")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt install valgrind)")
    counts = {}
    for tree in args.trees:
        tree = str(Path(tree).resolve())
        counts[tree] = (instructions(tree, args.kind, 2, args.corpus) - instructions(tree, args.kind, 0, args.corpus)) / 2e6
        print(f"{args.kind} {tree}: {counts[tree]:.1f} M instructions per round", flush=True)
    if len(counts) == 2:
        a, b = counts.values()
        print(f"B/A {b / a:.3f} (B costs {a / b:.2f}x fewer instructions)")


if __name__ == "__main__":
    main()
