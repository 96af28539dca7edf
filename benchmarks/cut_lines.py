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

Found at stop 42 (speed42): of the 35 patterns the count proof refuses, 21 are line-local and need a negation's
character (不无未没: 未收到…申请, 无结转, 不存在…复议); they read the text without its lines holding none (46% of the
text kind's sentence text left, 31% of the HTML kind's): text 0.985x instructions. A cut on any required character
of the other rows (公, 信, 申, 政…) leaves 90% of the text: the table rows' labels hold them.

Found at stop 43 (speed43): the two cuts cost 5.9 ms a round of the text kind (1.3% of a parse), two thirds of it
the two pairs' scans: both cuts built in one walk (cut_texts: the lines split and measured once, one search a line
holding a pair) and the count's pair found at its unit (10 characters tried a position, not the digit class) cost
4.0 ms. The scan itself (~55 ms a round, 12% of a parse): 33 ms the 140 rows on the count cut, 6 ms the 21 on the
negation cut, 13 ms the 14 rows on the whole text (two of them 3.4 and 3.0 ms: 收到/受理… and 申请人…).
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
    from reportparse.extract.narrative_cut import NEGATION_PAIR, CutText, cut_texts
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
    negation = narrative._negation_plan()
    cuts = [CutText(c, pair) for c in ctexts]
    negated = [CutText(c, NEGATION_PAIR) for c in ctexts]

    def scan(row, line_local, needs, c, cut, neg):
        return cut.finditer(row[-1]) if line_local else neg.finditer(row[-1]) if needs else row[-1].finditer(c)
    plan = list(zip(rows, local, negation))
    same = all([(m.span(), m.groupdict()) for m in row[-1].finditer(c)] ==
               [(m.span(), m.groupdict()) for m in scan(row, line_local, needs, c, cut, neg)]
               for row, line_local, needs in plan for c, cut, neg in zip(ctexts, cuts, negated))
    print(f"{len(ctexts)} documents ({args.kind}): sentence text {sum(map(len, ctexts)):,} characters, "
          f"{sum(len(cut.text) for cut in cuts):,} left by the cut; {sum(local)} of {len(rows)} patterns read the "
          f"cut text; {sum(n and not lo for lo, n in zip(local, negation))} of the others the text without its lines "
          f"holding no negation ({sum(len(cut.text) for cut in negated):,} characters); every match the same: {same}")
    whole = best_of(args.repeat, lambda: [list(row[-1].finditer(c)) for row in rows for c in ctexts])
    fast = best_of(args.repeat, lambda: [list(scan(row, line_local, needs, c, cut, neg)) for row, line_local, needs in plan
                                         for c, cut, neg in zip(ctexts, cuts, negated)])
    cost = best_of(args.repeat, lambda: [cut_texts(c, (pair, NEGATION_PAIR)) for c in ctexts])     # as narrative cuts
    print(f"the scan: {whole * 1000:.1f} ms a round on the whole text, {fast * 1000:.1f} ms on the cut text "
          f"(+{cost * 1000:.1f} ms to cut)")


if __name__ == "__main__":
    main()
