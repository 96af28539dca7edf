#!/usr/bin/env python3
"""Parse throughput of two checkouts of reportparse, side by side: what a change gained.

    git worktree add ../before <commit>
    python benchmarks/ab_trees.py ../before . [--kind text|html|all|pdf|pdf-fixtures] [--rounds 4] [--seconds 3]

Each round parses the text (or HTML) fixtures of this checkout and the reports of
../shared/corpus (when present) with each tree's `src/` in a fresh interpreter, the two trees in
alternating order, timing CPU time (a busy neighbour on a shared machine steals wall time, not
CPU time). Prints reports/s per tree and round, the ratio of the best rounds (B/A) and of the
median rounds (on a loaded machine, take 7 rounds or more and read the medians: a neighbour's
burst lowers a round's rate, and the best of a few rounds is one lucky minute).
`--kind pdf` parses the corpus PDFs (embedded fonts: PDFium's path) and `--kind pdf-fixtures`
the PDF fixtures with a text layer (non-embedded fonts: pdfminer's path); both count pages/s.
"""
import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = r'''
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1] + "/src")
import reportparse
def inputs(folder, suffixes):
    return [p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file() and p.suffix.lower() in suffixes
            and "not_a_report" not in p.name and p.name != "README.md"]
docs = inputs(sys.argv[2], (".txt", ".html"))
if Path(sys.argv[3]).is_dir():
    docs += inputs(sys.argv[3], (".txt", ".md", ".html"))
kind = sys.argv[4]
docs = [d for d in docs if kind == "all" or (d.lstrip()[:1] == b"<") == (kind == "html")]
weight = [1] * len(docs)                    # reports; pages for PDFs
if kind.startswith("pdf"):
    import pypdfium2
    folder = Path(sys.argv[2]) / "pdf" if kind == "pdf-fixtures" else Path(sys.argv[3])
    docs = [p.read_bytes() for p in sorted(folder.rglob("*.pdf"))
            if not any(w in p.name for w in ("scanned", "scan", "encrypted"))]
    weight = [len(pypdfium2.PdfDocument(d)) for d in docs]
for d in docs:
    reportparse.parse(d)
n, start = 0, time.process_time()
while time.process_time() - start < float(sys.argv[5]):
    for d, w in zip(docs, weight):
        reportparse.parse(d)
        n += w
print(json.dumps(n / (time.process_time() - start)))
'''


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("a", help="checkout A (the baseline)")
    ap.add_argument("b", help="checkout B")
    ap.add_argument("--kind", choices=("text", "html", "all", "pdf", "pdf-fixtures"), default="text")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    trees = [str(Path(args.a).resolve()), str(Path(args.b).resolve())]
    rates: dict[str, list[float]] = {tree: [] for tree in trees}
    unit = "pages/s" if args.kind.startswith("pdf") else "reports/s"
    for r in range(args.rounds):
        for tree in trees if r % 2 == 0 else trees[::-1]:
            out = subprocess.run([sys.executable, "-c", CODE, tree, str(ROOT / "tests" / "fixtures"), str(args.corpus),
                                  args.kind, str(args.seconds)], capture_output=True, text=True)
            if out.returncode:
                sys.exit(out.stderr)
            rate = json.loads(out.stdout)
            rates[tree].append(rate)
            print(f"round {r} {tree}: {rate:.1f} {unit}", flush=True)
    for how, pick in (("best", max), ("median", statistics.median)):
        a, b = pick(rates[trees[0]]), pick(rates[trees[1]])
        print(f"{args.kind}: A {a:.1f}  B {b:.1f} {unit} ({how} rounds)  B/A {b / a:.3f}")


if __name__ == "__main__":
    main()
