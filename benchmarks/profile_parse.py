#!/usr/bin/env python3
"""Where a parse spends its time: cProfile over the same documents as benchmarks/ab_trees.py, with
call counts per parse (what one document costs), not over the whole workload.

    python benchmarks/profile_parse.py [TREE] [--kind text|html|all|pdf|pdf-fixtures] [--rounds 2] [--sort tottime|cumtime]
                                       [--top 40] [--within MODULE.FUNCTION]

A round parses this checkout's fixtures (text and HTML) and ../shared/corpus with TREE's `src/`
(default: this checkout), after one warm-up round that is not counted; `--kind pdf-fixtures` the
fixture PDFs, `--kind pdf` the corpus's (scans and password-protected files left out, as in
count_instructions.py). `calls/parse` is a function's calls divided by the parses profiled: a
count summed over 67 documents and two rounds (4,000 reads of a row's cells) is not what one
document does (30, about one per row label).
`--within` profiles only the calls under one function (e.g. reportparse.extract.national._table3),
after rounds that time it unprofiled for its share of a parse. cProfile's own cost is about a function call's: it inflates
small, often-called functions, so compare shares between functions of alike size, and measure a
change with ab_trees.py or count_instructions.py.
"""
import argparse
import cProfile
import importlib
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def documents(kind: str, corpus: Path) -> list[bytes]:
    if kind.startswith("pdf"):      # (the PDFs count_instructions.py and ab_trees.py read: no scans, no passwords)
        folder = ROOT / "tests" / "fixtures" / "pdf" if kind == "pdf-fixtures" else corpus
        return [p.read_bytes() for p in sorted(folder.rglob("*.pdf")) if not any(w in p.name for w in ("scan", "encrypted"))]

    def inputs(folder, suffixes):
        return [p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes
                and "not_a_report" not in p.name and p.name != "README.md"]
    docs = inputs(ROOT / "tests" / "fixtures", (".txt", ".html"))
    docs += inputs(corpus, (".txt", ".md", ".html")) if corpus.is_dir() else []
    return [d for d in docs if kind == "all" or (d.lstrip()[:1] == b"<") == (kind == "html")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("tree", nargs="?", default=str(ROOT), help="checkout to profile (default: this one)")
    ap.add_argument("--kind", choices=("text", "html", "all", "pdf", "pdf-fixtures"), default="text")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--sort", choices=("tottime", "cumtime"), default="tottime")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--within", help="only the calls under MODULE.FUNCTION")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.tree).resolve() / "src"))
    import reportparse
    docs = documents(args.kind, args.corpus)
    for d in docs:                  # warm-up: compiled patterns, caches, imports on first use
        reportparse.parse(d)
    prof = cProfile.Profile()
    inner = [0.0]
    profiling = [False]
    if args.within:
        module, name = args.within.rsplit(".", 1)
        mod = importlib.import_module(module)
        func = getattr(mod, name)

        def timed(*a, **k):
            t = time.process_time()
            if profiling[0]:
                prof.enable()
            try:
                return func(*a, **k)
            finally:
                if profiling[0]:
                    prof.disable()
                inner[0] += time.process_time() - t
        # every module that imported it by name (api's `from .extract.narrative import narrative_figures`) calls
        # its own reference: each is replaced, or the calls would go unseen
        for held in [m for m in list(sys.modules.values()) if getattr(m, "__name__", "").startswith("reportparse")]:
            if getattr(held, name, None) is func:
                setattr(held, name, timed)
        # its share first, unprofiled (cProfile slows the calls it watches, not the others)
        t = time.process_time()
        for _ in range(args.rounds):
            for d in docs:
                reportparse.parse(d)
        print(f"{args.within}: {inner[0] / (time.process_time() - t):.0%} of a parse's CPU time (unprofiled)")
        profiling[0] = True
    else:
        prof.enable()
    t = time.process_time()
    for _ in range(args.rounds):
        for d in docs:
            reportparse.parse(d)
    prof.disable()
    total = time.process_time() - t
    parses = args.rounds * len(docs)
    print(f"{len(docs)} documents ({args.kind}) × {args.rounds} rounds, profiled: {parses / total:.0f} parses/s")
    if not prof.getstats():
        sys.exit(f"{args.within} was never called in a parse: name a function the parse reaches "
                 "(its full module path, e.g. reportparse.extract.national._table3)")
    stats = pstats.Stats(prof)
    stats.sort_stats(args.sort)
    print(f"{'calls/parse':>11} {'tottime':>8} {'cumtime':>8}  function")
    for func, (_cc, nc, tt, ct, _callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][
            2 if args.sort == "tottime" else 3])[:args.top]:
        where = f"{Path(func[0]).name}:{func[1]}({func[2]})" if func[0] != "~" else func[2]
        print(f"{nc / parses:11.1f} {tt:8.3f} {ct:8.3f}  {where}")


if __name__ == "__main__":
    main()
