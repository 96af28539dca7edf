#!/usr/bin/env python3
"""How much of the sentence scan reads the table regions, where no sentence figure is kept.

    python benchmarks/scan_regions.py [TREE] [--kind text|html|all] [--repeat 3]

The documents are profile_parse.py's. Each is parsed once with TREE's `src/` to learn the table
regions the extractors found (api.parse_document drops every sentence figure that starts in one);
then every pattern's scan (pattern_costs.py's) is timed over the sentence text as it is, and over
the same text without the characters whose offsets fall in a region; and the pattern matches that
start in a region are counted, before narrative_figures' filters and after them.

Found at stop 40 (speed40): the regions are about half of the sentence text (text 30-43% of the
scan's time over three runs, HTML 45%; the scan is 16% of a text parse, 11% of an HTML one), and on
the fixtures and corpus no match starts in one. Skipping them is not exact, though: the scan comes
before the tables are read (the sentence figures are the tables' evidence); a prose cell in a pipe row
("| 说明 | 本年度共收到申请37件 |") is read today, and so is a sentence cut over two cells ("| 本年度共收到 |
政府信息公开申请37件 |": 88 of the 173 patterns have a gap that admits '|'); and a figure in a region
still counts where narrative_figures' filters look at other figures (a fallback row yields to it, a
clause it took is taken). Only an analysis proving that no match can start in a region would make it so.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from pattern_costs import best_of, scan_args, sentence_text       # noqa: E402  (pattern_costs.py's measures)
from profile_parse import documents     # noqa: E402  (the same documents as the profile)


def main() -> None:
    args = scan_args(3)
    import reportparse
    from reportparse import api
    from reportparse.extract import narrative
    from reportparse.extract.narrative_compact import Compact

    seen: dict = {}
    plain = {name: getattr(api, name) for name in ("narrative_figures", "extract_national", "extract_legacy")}

    def figures(text, *a, **k):
        seen["text"], seen["figures"] = text, plain["narrative_figures"](text, *a, **k)
        return seen["figures"]

    def national(*a, **k):
        out = plain["extract_national"](*a, **k)
        seen["regions"] = list(out.regions) if out is not None else []
        return out

    def legacy(*a, **k):
        out = plain["extract_legacy"](*a, **k)
        seen["regions"] = [out.region] if out is not None else seen["regions"]
        return out
    api.narrative_figures, api.extract_national, api.extract_legacy = figures, national, legacy
    ctexts, outside = [], []
    starts = kept = total = 0
    rows = narrative._patterns()
    for d in documents(args.kind, args.corpus):
        seen.clear()
        seen["regions"] = []
        reportparse.parse(d)
        text, regions = seen["text"], seen["regions"]
        # the text the patterns read, as narrative_figures makes it
        compact = Compact(text)
        ctext = sentence_text(compact.text)
        inside = [any(a <= compact.orig(i) < b for a, b in regions) for i in range(len(ctext))]
        ctexts.append(ctext)
        outside.append("".join(c for c, x in zip(ctext, inside) if not x))
        starts += sum(inside[m.start()] for row in rows for m in row[-1].finditer(ctext))
        kept += sum(any(a <= f.start < b for a, b in regions) for f in seen["figures"])
        total += len(seen["figures"])
    for name, func in plain.items():
        setattr(api, name, func)

    def scan(texts):
        return best_of(args.repeat, lambda: [list(row[-1].finditer(c)) for row in rows for c in texts])
    whole, rest = scan(ctexts), scan(outside)
    print(f"{len(ctexts)} documents ({args.kind}): sentence text {sum(map(len, ctexts)):,} characters, "
          f"{sum(map(len, outside)):,} outside the table regions")
    print(f"the scan: {whole * 1000:.1f} ms a round, {rest * 1000:.1f} ms outside the regions "
          f"({1 - rest / whole:.0%} of it reads the regions)")
    print(f"matches starting in a region: {starts}; sentence figures there: {kept} of {total}")


if __name__ == "__main__":
    main()
