"""Lines of the sentence text where no pattern can match, cut out so the patterns' scan reads less (issue 12).

About half of the text the sentence patterns read is tables: pipe rows of labels and numbers, where no pattern
matches. Cutting such a line to one filler character (the line breaks kept, positions mapped back) changes no match
of a pattern when two things hold, both proved here from the pattern's parse tree (read by extract/regex_tree), never assumed:
- the pattern is line-local: nothing it consumes crosses a line break (a look-behind may read the break before
  the match, a look-ahead the one after, nothing beyond) and it never matches an empty string. Each match then lies
  inside one line, and whether it is found depends on that line's characters alone (finditer's matches on a line
  are the same whatever the other lines hold);
- every match holds a count's last digit right before a unit-like character (…21件, 三起): a table row's numbers
  are followed by '|', so a line with no digit or Chinese numeral right before any such character has no match,
  nor does what is left of it (the filler is no digit).
A look-behind may also read how the line before ends, in plain characters ((?<!其中)[,，\n]: speed59): a line ending
so is then kept (found as the pair is), and the line after it reads alike. A pattern that fails either test (a literal
row with no number, an optional unit, a look-around past a break) reads the plain text. A pattern that also passes the first test with the full stop read as a line break
(sentence-local: nothing it consumes crosses 。 either) reads the finer cut, where the pieces between full stops of
the lines kept are cut alike (speed49: a paragraph is one line, most of its sentences hold no count before a unit). The parse is Python's re parser, which reads the regex module's version-0 syntax the patterns
use; what the two could read differently makes a pattern read the plain text too.
"""
from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache
from itertools import accumulate, compress
from operator import not_
from typing import Iterator, Optional

import regex

from ..patterns import CN_DIGITS
from .regex_tree import ATOMIC, LINE, NEVER, REPEATS, end_of, ends_of, line_local_tree, nullable, ops, parse, reach


# a count's last character: a digit (\d: any Unicode digit, as in the regex module) or a Chinese numeral
CN_NUMERALS = frozenset(CN_DIGITS)
_COUNT_ENDS = CN_NUMERALS | frozenset("0123456789")       # (a digit written as a literal: 0件; \d's are flagged)
FILLER = "\x00"             # what a cut line becomes: no digit, no numeral
_MIN_LINE = 4               # a shorter line is kept (cutting it saves less than it costs; 12 before speed50)
_MIN_PIECE = 4              # … and a shorter piece between full stops


def count_before_unit(seq) -> list[frozenset]:
    """Sets of characters one of which every match holds right after a count's last digit or numeral (…21件), each
    certain: two pieces of a sequence every match goes through, one never empty and ending in a digit or numeral
    only, the rest after it starting with a character of a small set."""
    out = []
    for i, node in enumerate(seq):
        if node[0] is ops.ASSERT:        # a look-around that must hold reads the match's line too
            out += count_before_unit(node[1][1])
        if nullable(node):
            continue
        ending = end_of(node, last=True)
        if ending is not None and ending[0] <= _COUNT_ENDS:
            after = ends_of(seq[i + 1:], last=False)
            if after is not None and not after[1]:
                out.append(after[0])
        out += _inner(node)         # … or inside a piece every match goes through
    return out


def _inner(node) -> list[frozenset]:
    op, arg = node
    if op is ops.SUBPATTERN:
        return count_before_unit(arg[3])
    if op is ATOMIC:
        return count_before_unit(arg)
    if op in REPEATS:          # (not nullable: at least once)
        return count_before_unit(arg[2])
    if op is ops.BRANCH:         # a set of each branch
        each = [count_before_unit(b) for b in arg[1]]
        return [frozenset().union(*(min(sets, key=len) for sets in each))] if all(each) else []
    return []


def units_after_count(pattern: str, flags: int = 0, tails: Optional[set] = None) -> list[frozenset]:
    """count_before_unit of a line-local pattern never matching an empty string, or none: the pattern must
    read the whole text. `tails`: how the line before may be read (regex_tree.reach), added there."""
    tree = line_local_tree(pattern, flags, tails=tails)
    return [] if tree is None else count_before_unit(tree)


# the second cut, for rows the first refuses (a zero stated by negation holds no count: 未收到…申请, 无结转): a
# line holding none of a negation's characters (无, 未, 没有, 不存在) is cut for a line-local row that needs one
NEGATIONS = frozenset("不无未没")
NEGATION_PAIR = regex.compile("[" + "".join(sorted(NEGATIONS)) + "]")


def needs_one_of(chars: frozenset, pattern: str, flags: int = 0) -> bool:
    """Is the pattern line-local, never matching an empty string, and does every match read one of `chars`: a
    piece every match goes through starts with one of them only? (A line holding none then has no match.)"""
    tree = line_local_tree(pattern, flags)
    return tree is not None and _reads_one_of(tree, chars)


def _reads_one_of(seq, chars: frozenset) -> bool:
    """Does every match of the sequence read one of `chars`: a piece every match goes through starts with one of them
    only, or holds such a piece on every path through it ((?:无结转|上年无结转): 无 in both), or a look-around that must
    hold and cannot read a line break does ((?<=未)收到: it reads the match's own line only)?"""
    for node in seq:
        op, arg = node
        if not nullable(node) and (first := end_of(node, last=False)) is not None and not first[1] and first[0] \
                and first[0] <= chars:
            return True
        if (op is ops.SUBPATTERN and _reads_one_of(arg[3], chars) or op is ATOMIC and _reads_one_of(arg, chars)
                or op in REPEATS and arg[0] > 0 and _reads_one_of(arg[2], chars)
                or op is ops.BRANCH and all(_reads_one_of(b, chars) for b in arg[1])
                or op is ops.ASSERT and reach(arg[1], arg[0] < 0) == NEVER and _reads_one_of(arg[1], chars)):
            return True
    return False


def plan(patterns: tuple[tuple[str, int], ...], at_unit: bool = False
         ) -> tuple[Optional[regex.Pattern], tuple[bool, ...]]:
    """(a count right before a unit: a line without one is cut, or None; which of `patterns`, given as
    (source, flags), may read the cut text). `at_unit`: the pair's match is its unit, found faster."""
    tails = [set() for _ in patterns]
    units = [units_after_count(source, flags, read) for (source, flags), read in zip(patterns, tails)]
    # one set a pattern, any will do: the one adding fewest characters to the others' (第三方 and 三类 hold a
    # numeral before a character too, but a table row's label does: their count's unit cuts more lines)
    chosen = [sets[0] if sets else frozenset() for sets in units]
    for _ in range(2):
        for i, sets in enumerate(units):
            if sets:
                others = frozenset().union(*chosen[:i], *chosen[i + 1:])
                chosen[i] = min(sets, key=lambda c: (len(c - others), len(c), sorted(c)))
    after = frozenset().union(*chosen)
    if not after:
        return None, tuple(False for _ in units)
    # (the regex module's \d: the patterns' own digits)
    count, unit = rf"[\d{''.join(sorted(CN_NUMERALS))}]", f"[{regex.escape(''.join(sorted(after)))}]"
    # found at its unit, looking back to the count, the pair starts in the same lines: the scan tries the few
    # unit characters at each position, not the digit class (half the cost)
    # a line ending as a row's look-behind reads the line before it ((?<!其中)\n) is held too, so kept: the line after
    # reads alike in the cut
    ends = sorted(set().union(*(read for read, sets in zip(tails, units) if sets)))
    pair = regex.compile("|".join([f"{unit}(?<={count}.)" if at_unit else count + unit]
                                  + [regex.escape(end) + r"(?=\n)" for end in ends]))
    return pair, tuple(bool(sets) for sets in units)


# the third cut, finer than the count cut's lines: the pieces of a line between its full stops. A row that is also
# sentence-local (nothing it consumes crosses a full stop; a look-around may read the one at its match's edge, as a
# line-local one the line break) has each match inside one piece, and with its count before a unit; a piece holding no
# such pair is cut as a line is
FULL_STOP = "。"
SENTENCE_BREAKS = LINE | {FULL_STOP}       # (the pieces: cut_texts(…, pieces=True))


def sentence_local(patterns: tuple[tuple[str, int], ...], pair: Optional[regex.Pattern], local: tuple[bool, ...]
                   ) -> tuple[bool, ...]:
    """Which of `patterns` (given as (source, flags)), proved to read `pair`'s cut (`local`: plan()'s or
    needs_one_of's answers), may read its finer cut (cut_texts(…, pieces=True)): each sentence-local, and the pair's
    characters never a full stop (a pair then lies inside the piece it is found in)."""
    if pair is None or any(c in pair.pattern for c in SENTENCE_BREAKS - LINE):
        return tuple(False for _ in patterns)
    return tuple(ok and line_local_tree(source, flags, SENTENCE_BREAKS) is not None
                 for (source, flags), ok in zip(patterns, local))


class CutText:
    """The text with every line of _MIN_LINE characters or more where `pair` is not found (no match starts in it)
    cut to one FILLER (the line breaks kept, so no line joins another, and the text still starts and ends as before:
    '^' and '$' read alike); finditer gives the matches with their positions in the whole text. (cut_texts builds
    several at once, faster.)"""

    def __init__(self, text: str, pair: Optional[regex.Pattern]):
        self.text = text
        self._starts: list[int] = []         # where a line after a cut starts in the cut text …
        self._shifts: list[int] = []         # … and how many characters were cut before it
        if pair is None:
            return
        hits = pair.finditer(text)          # one C scan; the lines are walked once
        hit = next(hits, None)
        out, pos, cut = [], 0, 0
        for line in text.split("\n"):
            end = pos + len(line)
            if hit is not None and hit.start() < end:
                out.append(line)
                while hit is not None and hit.start() < end:
                    hit = next(hits, None)
            elif len(line) >= _MIN_LINE:
                out.append(FILLER)
                cut += len(line) - 1
                self._starts.append(end + 1 - cut)
                self._shifts.append(cut)
            else:
                out.append(line)
            pos = end + 1
        if cut:
            self.text = "\n".join(out)

    @classmethod
    def _of(cls, text: str, lines: list[str], line_starts: list[int], cut_lines: list[int]) -> "CutText":
        """The text cut at `cut_lines` (indices into its `lines`, in order; line_starts: where each line and
        the one after the last start in the text)."""
        cut = cls(text, None)
        if cut_lines:
            cut._shifts = list(accumulate(len(lines[i]) - 1 for i in cut_lines))
            cut._starts = [line_starts[i + 1] - shift for i, shift in zip(cut_lines, cut._shifts)]
            kept = lines[:]
            for i in cut_lines:
                kept[i] = FILLER
            cut.text = "\n".join(kept)
        return cut

    @classmethod
    def _at(cls, text: str, cuts: list[tuple[int, int]]) -> "CutText":
        """The text with each of `cuts` ((start, end) in the text, in order, never touching) cut to one FILLER."""
        cut = cls(text, None)
        if cuts:
            cut._shifts = list(accumulate(b - a - 1 for a, b in cuts))
            # (the character after a cut, a line break or a full stop, is kept: what follows starts one on)
            cut._starts = [b + 1 - shift for (_, b), shift in zip(cuts, cut._shifts)]
            kept, pos = [], 0
            for a, b in cuts:
                kept += (text[pos:a], FILLER)
                pos = b
            kept.append(text[pos:])
            cut.text = "".join(kept)
        return cut

    def finditer(self, pattern: regex.Pattern) -> Iterator:
        """pattern.finditer over the cut text, each match's positions those of the whole text."""
        if not self._starts:
            return pattern.finditer(self.text)
        return self._shifted(pattern)

    def _shifted(self, pattern: regex.Pattern) -> Iterator:
        starts, shifts = self._starts, self._shifts
        for m in pattern.finditer(self.text):
            i = bisect.bisect_right(starts, m.start()) - 1
            yield m if i < 0 else _Shifted(m, shifts[i])


class _Shifted:
    """A match on the cut text read at its positions in the whole text (a line-local match and its groups,
    look-behinds' too, lie in one line: one shift)."""
    __slots__ = ("_m", "_shift")

    def __init__(self, m, shift: int):
        self._m, self._shift = m, shift

    def span(self, group=0) -> tuple[int, int]:
        a, b = self._m.span(group)
        return (a + self._shift, b + self._shift) if a >= 0 else (a, b)

    def start(self, group=0) -> int:
        return self.span(group)[0]

    def end(self, group=0) -> int:
        return self.span(group)[1]

    def group(self, *groups):
        return self._m.group(*groups)

    def groupdict(self, default=None):
        return self._m.groupdict(default)

    def captures(self, group):
        return self._m.captures(group)

    def spans(self, group) -> list[tuple[int, int]]:
        return [(a + self._shift, b + self._shift) for a, b in self._m.spans(group)]


def cut_texts(text: str, pairs: tuple[Optional[regex.Pattern], ...], pieces: bool = False,
              read: Optional[frozenset] = None) -> list[Optional[CutText]]:
    """CutText(text, pair) for each pair, the text's lines split and measured once (in C) for all; each pair's
    lines found by one search a line holding it (the rest of the line is not scanned for more). With `pieces`, then
    each pair's sentence cut: its cut with, in the lines it keeps, every piece between full stops (。) of _MIN_PIECE
    characters or more where the pair is not found cut too. `read`: the cuts (places in the list returned) some row
    reads; the others are not built (None)."""
    lines = text.split("\n")
    lengths = list(map(len, lines))
    line_starts = [0, *accumulate(map((1).__add__, lengths))]
    long_lines = list(compress(range(len(lines)), map(_MIN_LINE.__le__, lengths)))
    out, finer = [], []
    for n, pair in enumerate(pairs):
        if pair is None or not long_lines:
            out.append(CutText(text, None))
            finer.append(out[-1])
            continue
        holding = set()
        search, pos = pair.search, 0
        while (hit := search(text, pos)) is not None:
            i = bisect.bisect_right(line_starts, hit.start()) - 1
            holding.add(i)
            pos = line_starts[i + 1]        # (no match crosses a line break: the pairs are one line's characters)
        cut_lines = [i for i in long_lines if i not in holding]
        out.append(CutText._of(text, lines, line_starts, cut_lines) if read is None or n in read else None)
        if pieces and (read is None or len(pairs) + n in read):
            # (no piece to cut, as on most HTML pages: the line cut itself)
            more = _pieces_cut(lines, line_starts, holding, pair)
            finer.append(CutText._at(text, sorted(more + [(line_starts[i], line_starts[i] + lengths[i])
                                                          for i in cut_lines])) if more
                         else out[-1] or CutText._of(text, lines, line_starts, cut_lines))
        elif pieces:
            finer.append(None)
    return out + finer if pieces else out


def _pieces_cut(lines: list[str], line_starts: list[int], holding: set, pair: regex.Pattern) -> list[tuple[int, int]]:
    """(start, end) of each piece between full stops, of _MIN_PIECE characters or more, of the lines holding `pair`,
    where it is not found (searched in the piece alone: the character before a piece, a full stop or a line break,
    is no count)."""
    cuts = []
    search = pair.search
    for i in holding:
        line = lines[i]
        if FULL_STOP not in line:
            continue
        pos = line_starts[i]
        for piece in line.split(FULL_STOP):
            if len(piece) >= _MIN_PIECE and search(piece) is None:
                cuts.append((pos, pos + len(piece)))
            pos += len(piece) + 1
    return cuts


# the gate (speed55): a character every match reads (a literal of a piece every match goes through, or of a
# look-around that must hold) that the text a row reads lacks leaves the row nothing to find: it is not scanned. A
# row's own word is often missing where the words all rows share are not, and each text is searched once a character
# for the rows reading it (in C). The text looked in is the one the row reads, its cut (speed57): a cut keeps only
# the lines (or sentences) where a match may lie, and lacks a row's word far more often than the whole text does
def required_chars(pattern: str, flags: int = 0) -> frozenset:
    """Characters every match of the pattern reads: consumes, or a look-around that must hold reads (none where the
    regex module could read the pattern otherwise, or a letter's case may not matter)."""
    parsed = parse(pattern, flags)
    if parsed is None or parsed.state.flags & (ops.SRE_FLAG_IGNORECASE | ops.SRE_FLAG_VERBOSE):
        return frozenset()
    return frozenset(_musts(list(parsed))) - {FILLER}


def _musts(seq) -> set:
    out = set()
    for op, arg in seq:
        if op is ops.LITERAL:
            out.add(chr(arg))
        elif op is ops.IN and len(arg) == 1 and arg[0][0] is ops.LITERAL:     # [件]: one character
            out.add(chr(arg[0][1]))
        elif op is ops.SUBPATTERN:
            out |= _musts(arg[3])
        elif op is ATOMIC:
            out |= _musts(arg)
        elif op in REPEATS and arg[0] > 0:
            out |= _musts(arg[2])
        elif op is ops.ASSERT:          # (a negative one, ASSERT_NOT, requires nothing)
            out |= _musts(arg[1])
        elif op is ops.BRANCH:          # what every branch reads
            out |= set.intersection(*(_musts(b) for b in arg[1]))
    return out


def gate_chars(patterns: tuple[tuple[str, int], ...]) -> tuple[tuple[Optional[str], ...], tuple[str, ...]]:
    """(of each pattern (source, flags), one of its required_chars, or None: the one the fewest of `patterns` need,
    its own word's, more often missing from a text than one all the rows share; those characters, each once)."""
    musts = [required_chars(source, flags) for source, flags in patterns]
    shared = Counter(c for chars in musts for c in chars)
    gates = tuple(min(chars, key=lambda c: (shared[c], c)) if chars else None for chars in musts)
    return gates, tuple(sorted(set(filter(None, gates))))


# the word gate (speed65): past the character gate, a row is scanned only where the text it reads holds a word of each
# of its two rarest word sets — words every match reads (a run of plain characters read one after another; of a
# branch, one word of each alternative), found from the row's pattern once; a word is looked for once a text (in C)
def required_words(pattern: str, flags: int = 0) -> tuple[frozenset, ...]:
    """Sets of words, one word of each set read by every match (consumed, or read by a look-around that must hold);
    none where the regex module could read the pattern otherwise, or a letter's case may not matter."""
    parsed = parse(pattern, flags)
    if parsed is None or parsed.state.flags & (ops.SRE_FLAG_IGNORECASE | ops.SRE_FLAG_VERBOSE):
        return ()
    return tuple(dict.fromkeys(_word_sets(list(parsed))))


def _plain(op, arg) -> Optional[str]:
    if op is ops.LITERAL:
        return chr(arg)
    if op is ops.IN and len(arg) == 1 and arg[0][0] is ops.LITERAL:     # [件]: one character
        return chr(arg[0][1])
    return None


def _word_sets(seq) -> list[frozenset]:
    out, word = [], ""
    for op, arg in seq:
        char = _plain(op, arg)
        if char is not None:
            word += char
            continue
        if word:
            out.append(frozenset((word,)))
            word = ""
        if op is ops.SUBPATTERN:
            out += _word_sets(arg[3])
        elif op is ATOMIC:
            out += _word_sets(arg)
        elif op in REPEATS and arg[0] > 0:
            out += _word_sets(arg[2])
        elif op is ops.ASSERT:          # (a negative one, ASSERT_NOT, requires nothing)
            out += _word_sets(arg[1])
        elif op is ops.BRANCH:          # the sets every branch requires, and one word of each branch's longest-worded set
            branches = [_word_sets(b) for b in arg[1]]
            out += sorted(set.intersection(*map(set, branches)), key=sorted)
            if all(branches):
                out.append(frozenset().union(*(max(b, key=lambda words: min(map(len, words))) for b in branches)))
    if word:
        out.append(frozenset((word,)))
    return out


def gate_words(patterns: tuple[tuple[str, ...], ...], keep: int = 2) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Of each pattern (source, flags), its `keep` required_words sets whose most common word the fewest of
    `patterns` require (a row's own words, more often missing from a text than words many rows share), each set's
    words sorted."""
    musts = [required_words(source, flags) for source, flags in patterns]
    shared = Counter(word for sets in musts for words in sets for word in words)
    return tuple(tuple(tuple(sorted(words)) for words in sorted(sets, key=lambda w: (max(shared[x] for x in w), sorted(w)))[:keep])
                 for sets in musts)


def holds_words(text: str, sets: tuple[tuple[str, ...], ...], known: dict) -> bool:
    """Does the text hold a word of each of `sets`? (known: the words looked for in the text so far; each once)"""
    for words in sets:
        for word in words:
            found = known.get(word)
            if found is None:
                found = known[word] = word in text
            if found:
                break
        else:
            return False
    return True


def missing_chars(text: str, chars: tuple[str, ...]) -> set:
    """Which of `chars` the text lacks (a C search a character, no Python step per character of the text)."""
    return set(compress(chars, map(not_, map(text.__contains__, chars))))


@lru_cache(maxsize=4)
def reading_plan(local: tuple[bool, ...], negation: tuple[bool, ...], local_finer: tuple[bool, ...],
                 negation_finer: tuple[bool, ...], gates: tuple[Optional[str], ...]
                 ) -> tuple[tuple[int, ...], tuple[tuple[str, ...], ...]]:
    """(the text each row reads, by plan()'s, needs_one_of's and sentence_local's answers — 0 the whole, 1 the count
    cut, 2 the negation cut, 3 and 4 their sentence cuts: cut_texts' order after the whole —; each of those texts'
    gate characters (gate_chars), those of the rows reading it, to be looked for in it)."""
    reads = tuple((3 if finer else 1) if counted else (4 if negated_finer else 2) if negated else 0
                  for counted, negated, finer, negated_finer in zip(local, negation, local_finer, negation_finer))
    return reads, tuple(tuple(sorted({g for g, k in zip(gates, reads) if k == text and g is not None}))
                        for text in range(5))


@lru_cache(maxsize=4)
def cuts_read(reads: tuple[int, ...]) -> frozenset:
    """The cuts some row reads, by reading_plan's texts (places in cut_texts' list: those after the whole)."""
    return frozenset(k - 1 for k in reads if k)


# a pattern opening with a look-behind for one character of a class ((?<=[,，;；])…): the regex module, finding no
# character to look for first, tries it at every position of the text; the class consumed and its character dropped
# from the match ([,，;；]\K…) is looked for in C (speed63). The matches are the same where no match may be empty or
# end with a character of the class: the one place the two differ is a match right after another, whose look-behind
# reads the other's last character (consumed, that character would be read twice)
_OPENING_CLASS = regex.compile(r"\(\?<=(\[(?:[^\]\\]|\\.)+\])\)")


def consumed_opening(pattern: str, flags: int = 0) -> Optional[str]:
    """The pattern with its opening one-character look-behind consumed and dropped (\\K), the same matches and
    groups; None where it opens otherwise or the proof fails."""
    opening = _OPENING_CLASS.match(pattern)
    tree = parse(pattern, flags) if opening is not None else None
    if not tree or parse(pattern[opening.end():], flags) is None:
        return None
    op, arg = tree[0]
    if op is not ops.ASSERT or arg[0] != -1 or len(arg[1]) != 1 or arg[1][0][0] is not ops.IN:
        return None
    opened, ends = end_of(arg[1][0], last=True), ends_of(list(tree), last=True)
    if opened is None or ends is None or opened[1] or ends[1] or opened[0] & ends[0]:
        return None         # (a class with \d's digits: refused, not compared)
    return opening.group(1) + r"\K" + pattern[opening.end():]
