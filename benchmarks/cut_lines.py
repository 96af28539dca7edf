#!/usr/bin/env python3
"""How much of the sentence text narrative_cut cuts (the table lines no pattern can match), and the scan's
time on the whole and on the cut text.

    python benchmarks/cut_lines.py [TREE] [--kind text|html|all] [--repeat 5]

The documents are profile_parse.py's; the scan is pattern_costs.py's (every pattern over every document's
sentence text, best of --repeat CPU times), once on the whole text and once as narrative_figures runs it: the
patterns narrative_cut proves line-local on the cut text, the others on the whole text. Every match is checked
to be the same.

Found at stop 41 (speed41): 139 of the 174 patterns are proved (a count right before its unit in every match's
line); 59% of the text kind's sentence text and 77% of the HTML kind's is cut; the scan ~35-45% faster (noisy CPU
times; benchmarks/count_instructions.py is the measure). Blanking those lines instead (positions kept) saved only
8-16%: a pattern opening with a look-behind is still tried at every blank. A first proof on one required character
per pattern (a line holding none of them has no match) reached 5% of the text: the table rows' labels (信息, 申请,
不予公开, 本年新收…) hold the words the patterns need; only a row's numbers standing before '|' instead of a unit
tell it from prose (and a numeral inside a word, 第三方, 三类, is no count: each pattern's set is chosen among its
certain ones to add fewest characters).
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from pattern_costs import best_of, scan_args, sentence_text       # noqa: E402  (pattern_costs.py's measures)
from profile_parse import documents     # noqa: E402  (the same documents as the profile)


def main() -> None:
    args = scan_args(5)
    import reportparse
    from reportparse import api
    from reportparse.extract import narrative
    from reportparse.extract.narrative_cut import CutText
    from reportparse.extract.narrative_compact import Compact

    texts, plain = [], api.narrative_figures

    def kept(text, *a, **k):
        texts.append(text)
        return plain(text, *a, **k)
    api.narrative_figures = kept
    for d in documents(args.kind, args.corpus):
        reportparse.parse(d)
    api.narrative_figures = plain
    ctexts = [sentence_text(Compact(text).text) for text in texts]
    rows = narrative._patterns()
    pair, local = narrative._scan_plan()
    cuts = [CutText(c, pair) for c in ctexts]
    same = all([(m.span(), m.groupdict()) for m in row[-1].finditer(c)] ==
               [(m.span(), m.groupdict()) for m in (cut.finditer(row[-1]) if line_local else row[-1].finditer(c))]
               for row, line_local in zip(rows, local) for c, cut in zip(ctexts, cuts))
    print(f"{len(ctexts)} documents ({args.kind}): sentence text {sum(map(len, ctexts)):,} characters, "
          f"{sum(len(cut.text) for cut in cuts):,} left by the cut; {sum(local)} of {len(rows)} patterns read the "
          f"cut text; every match the same: {same}")
    whole = best_of(args.repeat, lambda: [list(row[-1].finditer(c)) for row in rows for c in ctexts])
    fast = best_of(args.repeat, lambda: [list(cut.finditer(row[-1]) if line_local else row[-1].finditer(c))
                                         for row, line_local in zip(rows, local) for c, cut in zip(ctexts, cuts)])
    cost = best_of(args.repeat, lambda: [CutText(c, pair) for c in ctexts])
    print(f"the scan: {whole * 1000:.1f} ms a round on the whole text, {fast * 1000:.1f} ms on the cut text "
          f"(+{cost * 1000:.1f} ms to cut)")


if __name__ == "__main__":
    main()
