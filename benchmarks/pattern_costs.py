#!/usr/bin/env python3
"""What each sentence pattern (a row of data/narrative.tsv) costs: the time its scan of every benchmark
document's sentence text takes, costliest first, and the whole scan's share of a parse.

    python benchmarks/pattern_costs.py [TREE] [--kind text|html|all] [--top 25] [--repeat 5]

The documents are profile_parse.py's; each scan is timed on the text narrative_figures reads (the
text without meaningless whitespace, folded to simplified script), best of --repeat rounds of CPU
time. Found at stop 39 (speed39): the scan is 15-20% of a text parse, and a row's cost is how many
positions its start is tried at, not its length: a row opening with a count (a look-ahead for a digit)
is tried at every digit of the tables, one opening with optional words ([^…]{0,14}?) at every character.
The regex module already skips a text lacking a literal a pattern needs (a pattern needing an absent
word costs what a search for that word does), so gating rows by the words or characters every match
needs saved nothing: with a set test per text and row, 16% of the rows skipped, the scan took longer.
"""
import argparse
import sys
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from profile_parse import documents     # noqa: E402  (the same documents as the profile)


def best_of(repeat: int, work) -> float:
    """The least CPU time of `repeat` runs of work() (a busy neighbour steals wall time, not CPU time)."""
    return min(timeit.repeat(work, number=1, repeat=repeat, timer=time.process_time))


def sentence_text(compact: str) -> str:
    """The text the patterns read, as narrative_figures makes it from the compact text (Compact(text).text)."""
    from reportparse.extract import narrative
    ctext = narrative.fold_traditional(compact)
    return narrative._HAN_STOP.sub("。", ctext) if "." in ctext else ctext


def scan_args(repeat: int, **more) -> argparse.Namespace:
    """The arguments of the scan measures (this one, scan_regions.py, cut_lines.py): the tree to measure (its src
    put first on the path), the kind of documents, --repeat, --corpus, and `more` options (name: default int)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("tree", nargs="?", default=str(ROOT.parent), help="checkout to measure (default: this one)")
    ap.add_argument("--kind", choices=("text", "html", "all"), default="text")
    for name, default in more.items():
        ap.add_argument("--" + name, type=int, default=default)
    ap.add_argument("--repeat", type=int, default=repeat)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent.parent / "shared" / "corpus")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.tree).resolve() / "src"))
    return args


def main() -> None:
    args = scan_args(5, top=25)
    import reportparse
    from reportparse.extract import narrative
    from reportparse.extract.narrative_compact import Compact
    docs = documents(args.kind, args.corpus)
    texts = []
    func = narrative.narrative_figures

    def kept(text, *a, **k):
        texts.append(text)
        return func(text, *a, **k)
    held = [m for m in list(sys.modules.values()) if getattr(m, "__name__", "").startswith("reportparse")
            and getattr(m, "narrative_figures", None) is func]
    for m in held:
        m.narrative_figures = kept
    for d in docs:
        reportparse.parse(d)
    for m in held:
        m.narrative_figures = func
    parse = best_of(args.repeat, lambda: [reportparse.parse(d) for d in docs])
    # the text the patterns read, as narrative_figures makes it
    ctexts = [sentence_text(Compact(text).text) for text in texts]
    rows = narrative._patterns()
    costs = [(best_of(args.repeat, lambda p=row[-1]: [list(p.finditer(c)) for c in ctexts]), i, row)
             for i, row in enumerate(rows)]
    scan = sum(c for c, _, _ in costs)
    print(f"{len(docs)} documents ({args.kind}), {sum(map(len, ctexts)):,} characters of sentence text, "
          f"{len(rows)} patterns: the scan {scan * 1000:.1f} ms a round, {scan / parse:.0%} of a parse round "
          f"({parse * 1000:.0f} ms)")
    print(f"{'ms':>7} {'share':>6} {'row':>4}  keys  pattern")
    for cost, i, row in sorted(costs, reverse=True)[:args.top]:
        print(f"{cost * 1000:7.2f} {cost / scan:6.1%} {i:4d}  {','.join(row[0])}  {row[-1].pattern[:90]!r}")


if __name__ == "__main__":
    main()
