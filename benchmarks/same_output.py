#!/usr/bin/env python3
"""Do two checkouts print the same reports? The gate of every change meant to be faster, not
different: whole outputs (`Report.to_dict()`: values, provenance, checks, warnings, metadata)
or the typed error, compared document by document.

    python benchmarks/same_output.py A B [--kind text|html|all] [--mutants N] [--seed S] [--show K]

Inputs: this checkout's fixtures (text and HTML; PDFs with --kind pdf or all), ../shared/corpus
when present, and N mutants of the text fixtures made by the damage crawlers do (a line dropped,
doubled or joined to the next, a line's spaces removed, runs of equal lines collapsed, a digit
changed, a line cut at a space), the same N for both trees. Each tree runs in its own interpreter
with its own `src/`. Exit status 1 when any document differs; the first K differences are shown.
"""
import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from attack_mutations import m_crawler  # noqa: E402  (one copy of the crawler damages)
WORK = r'''
import json, sys
sys.path.insert(0, sys.argv[1] + "/src")
import reportparse
paths = [line.rstrip("\n") for line in open(sys.argv[2], encoding="utf-8")]
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for path in paths:
        try:
            got = reportparse.parse(open(path, "rb").read()).to_dict()
        except Exception as exc:  # a typed error is an output too
            got = {"error": type(exc).__name__, "message": str(exc)}
        out.write(json.dumps(got, ensure_ascii=False, sort_keys=True, default=str) + "\n")
'''


def inputs(kind: str, corpus: Path, mutants: int, seed: int, scratch: Path) -> list[Path]:
    suffixes = {"text": (".txt", ".md"), "html": (".html", ".htm"), "pdf": (".pdf",)}
    wanted = [s for k, v in suffixes.items() if kind in (k, "all") for s in v]
    found = [p for folder in (ROOT / "tests" / "fixtures", corpus) if folder.is_dir()
             for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in wanted
             and p.name != "README.md"]
    rng = random.Random(seed)
    texts = [p for p in found if p.suffix.lower() == ".txt"]
    for n in range(mutants if texts else 0):
        source = rng.choice(texts)
        target = scratch / f"mutant{n:04d}_{source.stem}.txt"
        target.write_text(m_crawler(rng, source.read_text(encoding="utf-8", errors="replace")), encoding="utf-8")
        found.append(target)
    return found


def outputs(tree: str, paths: list[Path], scratch: Path, tag: str) -> list[str]:
    listing, result = scratch / f"paths_{tag}.txt", scratch / f"out_{tag}.jsonl"
    listing.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
    subprocess.run([sys.executable, "-c", WORK, str(Path(tree).resolve()), str(listing), str(result)], check=True)
    return result.read_text(encoding="utf-8").splitlines()


def first_difference(a: str, b: str) -> str:
    left, right = json.loads(a), json.loads(b)
    for key in sorted(set(left) | set(right)):
        if left.get(key) != right.get(key):
            return f"{key}: {json.dumps(left.get(key), ensure_ascii=False)[:300]} != {json.dumps(right.get(key), ensure_ascii=False)[:300]}"
    return "(order only)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--kind", choices=("text", "html", "pdf", "all"), default="all")
    ap.add_argument("--mutants", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        paths = inputs(args.kind, args.corpus, args.mutants, args.seed, scratch)
        left, right = outputs(args.a, paths, scratch, "a"), outputs(args.b, paths, scratch, "b")
        differ = [k for k, (x, y) in enumerate(zip(left, right)) if x != y]
        for k in differ[:args.show]:
            print(f"DIFFERS {paths[k].name}: {first_difference(left[k], right[k])}")
        print(f"{len(paths) - len(differ)} of {len(paths)} inputs print the same report; {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
