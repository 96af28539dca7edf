#!/usr/bin/env python3
"""Could the sentence scan skip table lines exactly? A proof per pattern, and what it would save.

    python benchmarks/blank_lines.py [TREE] [--kind text|html|all] [--repeat 3]

Blanking a line of the sentence text (same length, positions kept) changes no match of a pattern when
- the pattern is line-local: nothing it consumes crosses a line break (a look-behind may read the break before the
  match, a look-ahead the one after, nothing beyond) and it never matches an empty string: each match lies inside
  one line, and whether it is found depends on that line's characters alone; and
- every match holds a character of a set the line lacks (a unit 件/条, a verb 收/受…), nor does the filler.
Both are proved here from each pattern's parse tree (Python's re parser reads the regex module's version-0 syntax
the patterns use; what the two may read differently makes a pattern "not line-local").

Found at stop 41 (speed41): 168 of the 174 patterns are line-local (the other 6 read past a break: 申(?=\s*\Z),
a look-behind (?<!其中) before the break, a back-reference), but one required character per pattern cannot tell a
table row from prose: the row labels (信息, 申请, 不予公开, 本年新收…) hold the verbs and nouns the patterns need, so
the proved blanking covers ~5% of the sentence text (text and HTML) and the scan is no faster. A proof on a number
right before its unit (a count pattern needs a digit or Chinese numeral right before 件/条/…; a pipe row's numbers
are followed by '|') would blank ~60-80%: printed below as an upper bound, not proved (rows that read no number, or
whose unit is optional, would read the plain text); the scan then 5-35% faster (noisy: best of 3-5 CPU times).
"""
from __future__ import annotations

import argparse
import re
import re._constants as _c        # the parse tree's node names (re._parser's own vocabulary)
import re._parser as _parser
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional


_NL = ord("\n")
# \d, \S, \w never match a line break; \D, \s, \W do
_SAFE_CATEGORIES = frozenset({_c.CATEGORY_DIGIT, _c.CATEGORY_NOT_SPACE, _c.CATEGORY_WORD, _c.CATEGORY_UNI_DIGIT,
                              _c.CATEGORY_UNI_NOT_SPACE, _c.CATEGORY_UNI_WORD})
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_AT_START = (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)        # read no character
# how a piece of a pattern may meet a line break: never, only as the last character it reads (the break before
# a look-behind, after a look-ahead), or otherwise (it reads past one)
_NEVER, _EDGE, _ACROSS = 0, 1, 2
FILLER = "\x00"             # in no pattern's required set (main() checks)
_MIN_LINE = 12              # a shorter line costs the scan less than its replacement


def _class_has_break(items) -> bool:
    negate = hit = False
    for op, arg in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit |= arg == _NL
        elif op is _c.RANGE:
            hit |= arg[0] <= _NL <= arg[1]
        elif op is _c.CATEGORY:
            hit |= arg not in _SAFE_CATEGORIES
        else:
            return True         # unknown: assume the worst
    return hit != negate


def _reach(seq, backward: bool) -> int:
    """How the sequence, read forward (or backward: a look-behind's body), may meet a line break."""
    out = _NEVER
    for op, arg in (reversed(seq) if backward else seq):
        if out == _EDGE and not (op is _c.AT and arg in _AT_START):
            return _ACROSS          # something is read after the break
        if op is _c.LITERAL:
            r = _EDGE if arg == _NL else _NEVER
        elif op is _c.NOT_LITERAL:
            r = _NEVER if arg == _NL else _EDGE
        elif op is _c.IN:
            r = _EDGE if _class_has_break(arg) else _NEVER
        elif op is _c.ANY or op is _c.AT:          # '.' without DOTALL; anchors read the neighbours only
            r = _NEVER
        elif op is _c.BRANCH:
            r = max(_reach(b, backward) for b in arg[1])
        elif op is _c.SUBPATTERN:
            r = _reach(arg[3], backward)
        elif op is _c.ATOMIC_GROUP:
            r = _reach(arg, backward)
        elif op in _REPEATS:
            r = _reach(arg[2], backward)
            if r == _EDGE and arg[1] > 1:
                r = _ACROSS
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            # a look-around reads from the current position: it may stop at a break, not move the match
            r = _NEVER if _reach(arg[1], arg[0] < 0) != _ACROSS else _ACROSS
        else:
            r = _ACROSS
        if r == _ACROSS:
            return _ACROSS
        out = max(out, r)
    return out


def _class_chars(items) -> Optional[frozenset]:
    out = set()
    for op, arg in items:
        if op is _c.LITERAL:
            out.add(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < 64:
            out.update(map(chr, range(arg[0], arg[1] + 1)))
        else:
            return None
    return frozenset(out)


def _required(seq) -> list[frozenset]:
    """Sets of characters every match of the sequence holds one of (at least one each)."""
    out = []
    for op, arg in seq:
        if op is _c.LITERAL:
            out.append(frozenset(chr(arg)))
        elif op is _c.IN:
            chars = _class_chars(arg)
            if chars:
                out.append(chars)
        elif op is _c.BRANCH:
            each = [_required(b) for b in arg[1]]
            if all(each):
                out.append(frozenset().union(*(min(sets, key=len) for sets in each)))
        elif op is _c.SUBPATTERN:
            out += _required(arg[3])
        elif op is _c.ATOMIC_GROUP:
            out += _required(arg)
        elif op in _REPEATS and arg[0] >= 1:
            out += _required(arg[2])
    return out


# what the two parsers may read differently: a back-reference (its group may be a look-around's), the regex
# module's own braces (fuzzy {e<=1}: a literal to re) and POSIX classes ([[:alpha:]]), flags that change what '.', '^', '$' or a letter match
_NOT_PARSED_ALIKE = re.compile(r"\(\?P=|\(\?[a-zA-Z]*[sSimMfFrVxwX]|\{(?!\d*,?\d*\})|\[:")
_FLAGS_OFF = re.DOTALL | re.MULTILINE | re.IGNORECASE


def line_local_sets(pattern: str, flags: int = 0) -> Optional[list[frozenset]]:
    """The required character sets of a line-local pattern (never empty), or None if it is not line-local or
    not certainly read alike by both parsers."""
    if flags & _FLAGS_OFF or _NOT_PARSED_ALIKE.search(pattern):
        return None
    try:       # group names change nothing read (and the regex module allows a name twice)
        tree = _parser.parse(re.sub(r"\(\?P<\w+>", "(", pattern))
    except (re.error, RecursionError, OverflowError):
        return None
    if tree.state.flags & _FLAGS_OFF or _reach(list(tree), False) != _NEVER:
        return None
    return _required(list(tree)) or None


@lru_cache(maxsize=4)
def plan(patterns: tuple[tuple[str, int], ...], table_words: tuple[str, ...]) -> tuple[frozenset, tuple[bool, ...]]:
    """(the characters a line must hold to hold any match, which patterns may read the blanked text) for
    `patterns` given as (source, flags).

    Each pattern gives one of its required sets; the choice only decides how many lines are blanked, never a
    match: the set whose characters the table row labels (`table_words`) hold least, so table rows blank."""
    weight = Counter(ch for word in table_words for ch in set(word))
    sets = [line_local_sets(p, flags) for p, flags in patterns]
    needed = frozenset().union(*(min(s, key=lambda c: (sum(weight[ch] + 1 for ch in c), sorted(c)))
                                 for s in sets if s))
    return needed, tuple(s is not None for s in sets)


def blank_lines(text: str, needed: Iterable[str]) -> str:
    """The text with every line of at least _MIN_LINE characters holding none of `needed` replaced by FILLER
    (line breaks and length kept)."""
    chars = "".join(sorted(needed))
    return _line_pattern(chars).sub(lambda m: FILLER * (m.end() - m.start()), text)


@lru_cache(maxsize=4)
def _line_pattern(chars: str) -> re.Pattern:
    return re.compile(rf"^[^\n{re.escape(chars)}]{{{_MIN_LINE},}}$", re.M)


ROOT = Path(__file__).resolve().parent
# a count right before its unit: what a pipe row's numbers lack (an upper bound; see the docstring)
_COUNT_UNIT = re.compile(r"[\d零〇一二三四五六七八九十百千万两][件条个份宗起项元次人例万卷]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("tree", nargs="?", default=str(ROOT.parent), help="checkout to measure (default: this one)")
    ap.add_argument("--kind", choices=("text", "html", "all"), default="text")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent.parent / "shared" / "corpus")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(args.tree).resolve() / "src"))
    from pattern_costs import best_of, sentence_text      # (pattern_costs.py's measures)
    from profile_parse import documents     # (the same documents as the profile)
    import reportparse
    from reportparse import api
    from reportparse.extract import narrative
    from reportparse.extract.narrative_compact import Compact
    from reportparse.schema import _read_tsv

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
    labels = tuple(label for row in _read_tsv("rows.tsv") for label in row["labels"].split("|"))
    needed, local = plan(tuple((row[-1].pattern, row[-1].flags) for row in rows), labels)
    assert FILLER not in needed
    blanked = [blank_lines(c, needed) for c in ctexts]
    same = all([(m.span(), m.groupdict()) for m in row[-1].finditer(c)] ==
               [(m.span(), m.groupdict()) for m in row[-1].finditer(b if line_local else c)]
               for row, line_local in zip(rows, local) for c, b in zip(ctexts, blanked))
    size = sum(map(len, ctexts))
    print(f"{len(ctexts)} documents ({args.kind}), {size:,} characters of sentence text; "
          f"{sum(local)} of {len(rows)} patterns line-local, needing one of {len(needed)} characters")
    print(f"proved blank: {sum(b.count(FILLER) for b in blanked):,} characters; every match the same: {same}")
    upper = ["\n".join(FILLER * len(line) if len(line) >= _MIN_LINE and not _COUNT_UNIT.search(line) else line
                       for line in c.split("\n")) for c in ctexts]
    print(f"upper bound (no count before its unit on the line): {sum(u.count(FILLER) for u in upper):,} characters")

    def scan(choose):
        return best_of(args.repeat, lambda: [list(row[-1].finditer(choose(i, line_local)))
                                             for row, line_local in zip(rows, local) for i in range(len(ctexts))])
    whole = scan(lambda i, line_local: ctexts[i])
    proved = scan(lambda i, line_local: blanked[i] if line_local else ctexts[i])
    bound = scan(lambda i, line_local: upper[i])
    cost = best_of(args.repeat, lambda: [blank_lines(c, needed) for c in ctexts])
    print(f"the scan: {whole * 1000:.1f} ms a round; on the proved blanking {proved * 1000:.1f} ms "
          f"(+{cost * 1000:.1f} ms to blank); on the upper bound {bound * 1000:.1f} ms")


if __name__ == "__main__":
    main()
