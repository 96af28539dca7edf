"""Lines of the sentence text where no pattern can match, cut out so the patterns' scan reads less (issue 12).

About half of the text the sentence patterns read is tables: pipe rows of labels and numbers, where no pattern
matches. Cutting such a line to one filler character (the line breaks kept, positions mapped back) changes no match
of a pattern when two things hold, both proved here from the pattern's parse tree, never assumed:
- the pattern is line-local: nothing it consumes crosses a line break (a look-behind may read the break before
  the match, a look-ahead the one after, nothing beyond) and it never matches an empty string. Each match then lies
  inside one line, and whether it is found depends on that line's characters alone (finditer's matches on a line
  are the same whatever the other lines hold);
- every match holds a count's last digit right before a unit-like character (…21件, 三起): a table row's numbers
  are followed by '|', so a line with no digit or Chinese numeral right before any such character has no match,
  nor does what is left of it (the filler is no digit).
A pattern that fails either test (a literal row with no number, an optional unit, a look-around past a break)
reads the plain text. The parse is Python's re parser, which reads the regex module's version-0 syntax the patterns
use; what the two could read differently makes a pattern read the plain text too.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress
from typing import Iterator, Optional

import regex

from ..patterns import CN_DIGITS

try:        # the parse tree's node names (the parser's own vocabulary)
    import re._constants as _c
    import re._parser as _parser
except ImportError:     # Python 3.10: the same parser under its old names (no atomic groups: such a pattern fails
    import sre_constants as _c      # to parse, and reads the whole text)
    import sre_parse as _parser

_NL = ord("\n")
# \d, \S, \w never match a line break; \D, \s, \W do
_SAFE_CATEGORIES = frozenset({_c.CATEGORY_DIGIT, _c.CATEGORY_NOT_SPACE, _c.CATEGORY_WORD, _c.CATEGORY_UNI_DIGIT,
                              _c.CATEGORY_UNI_NOT_SPACE, _c.CATEGORY_UNI_WORD})
_REPEATS = tuple(getattr(_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, name))
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
_AT_START = (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)        # read no character
# how a piece of a pattern may meet a line break: never, only as the last character it reads (the break before
# a look-behind, after a look-ahead), or otherwise (it reads past one)
_NEVER, _EDGE, _ACROSS = 0, 1, 2


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
        elif op is _ATOMIC:
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


# a count's last character: a digit (\d: any Unicode digit, as in the regex module) or a Chinese numeral
CN_NUMERALS = frozenset(CN_DIGITS)
_COUNT_ENDS = CN_NUMERALS | frozenset("0123456789")       # (a digit written as a literal: 0件; \d's are flagged)
_DIGIT_CATEGORIES = frozenset({_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT})
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
FILLER = "\x00"             # what a cut line becomes: no digit, no numeral
_MIN_LINE = 12              # a shorter line is kept (cutting it saves less than it costs)
# a set of characters: (the characters, whether \d's digits are in it too), or None: too many to name
CharSet = Optional[tuple[frozenset, bool]]


def _union(a: CharSet, b: CharSet) -> CharSet:
    return None if a is None or b is None else (a[0] | b[0], a[1] or b[1])


def _class_set(items) -> CharSet:
    chars, digits = set(), False
    for op, arg in items:
        if op is _c.LITERAL:
            chars.add(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < 64:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        elif op is _c.CATEGORY and arg in _DIGIT_CATEGORIES:
            digits = True
        else:
            return None         # a negation, a wide range, another category
    return frozenset(chars), digits


def _nullable(node, ahead: bool = False) -> bool:
    """May the node match an empty string? (unknown: yes) With `ahead`: … and leave unsettled which character the
    text holds where it starts, a look-ahead that must hold (十[二三]是 after a count: (?=[二三]是)) settling it?"""
    op, arg = node
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY) or ahead and _ahead(node) is not None:
        return False
    if op is _c.BRANCH:
        return any(all(_nullable(n, ahead) for n in b) for b in arg[1])
    if op is _c.SUBPATTERN:
        return all(_nullable(n, ahead) for n in arg[3])
    if op is _ATOMIC:
        return all(_nullable(n, ahead) for n in arg)
    if op in _REPEATS:
        return arg[0] == 0 or all(_nullable(n, ahead) for n in arg[2])
    return True


def _ends(seq, last: bool, may_be_empty: bool = False) -> CharSet:
    """The characters a non-empty match of the sequence may start with (or end with, `last`); None where the
    sequence may be empty, unless `may_be_empty` (then what comes next would decide)."""
    out: CharSet = (frozenset(), False)
    for node in (reversed(seq) if last else seq):
        out = _union(out, _end(node, last))
        if out is None or not _nullable(node, ahead=not last):
            return out
    return out if may_be_empty else None


def _ahead(node) -> CharSet:
    """A look-ahead that must hold: the characters the text may hold where it stands (what its body starts with), or
    None (its body may be empty, or start with a line break)."""
    if node[0] is not _c.ASSERT or node[1][0] != 1:
        return None
    first = _ends(node[1][1], last=False)
    return None if first is None or "\n" in first[0] else first


def _end(node, last: bool) -> CharSet:
    op, arg = node
    if op is _c.LITERAL:
        return frozenset(chr(arg)), False
    if op is _c.IN:
        return _class_set(arg)
    if not last and (ahead := _ahead(node)) is not None:
        return ahead
    if op in _ZERO_WIDTH:
        return frozenset(), False
    if op is _c.BRANCH:
        out: CharSet = (frozenset(), False)
        for b in arg[1]:        # (an empty branch: _nullable lets the sequence look further)
            out = _union(out, _ends(b, last, may_be_empty=True))
        return out
    if op is _c.SUBPATTERN:
        return _ends(arg[3], last, may_be_empty=True)
    if op is _ATOMIC:
        return _ends(arg, last, may_be_empty=True)
    if op in _REPEATS:
        return _ends(arg[2], last, may_be_empty=True)
    return None


def count_before_unit(seq) -> list[frozenset]:
    """Sets of characters one of which every match holds right after a count's last digit or numeral (…21件), each
    certain: two pieces of a sequence every match goes through, one never empty and ending in a digit or numeral
    only, the rest after it starting with a character of a small set."""
    out = []
    for i, node in enumerate(seq):
        if node[0] is _c.ASSERT:        # a look-around that must hold reads the match's line too
            out += count_before_unit(node[1][1])
        if _nullable(node):
            continue
        ending = _end(node, last=True)
        if ending is not None and ending[0] <= _COUNT_ENDS:
            after = _ends(seq[i + 1:], last=False)
            if after is not None and not after[1]:
                out.append(after[0])
        out += _inner(node)         # … or inside a piece every match goes through
    return out


def _inner(node) -> list[frozenset]:
    op, arg = node
    if op is _c.SUBPATTERN:
        return count_before_unit(arg[3])
    if op is _ATOMIC:
        return count_before_unit(arg)
    if op in _REPEATS:          # (not nullable: at least once)
        return count_before_unit(arg[2])
    if op is _c.BRANCH:         # a set of each branch
        each = [count_before_unit(b) for b in arg[1]]
        return [frozenset().union(*(min(sets, key=len) for sets in each))] if all(each) else []
    return []


# what the two parsers may read differently: the regex module's own braces (fuzzy {e<=1}: a literal to re) and POSIX classes ([[:alpha:]]), flags that change what '.',
# '^', '$' or a letter match
_NOT_PARSED_ALIKE = re.compile(r"\(\?[a-zA-Z]*[sSimMfFrVxwX]|\{(?!\d*,?\d*\})|\[:\^?\w+:\]")
_FLAGS_READ_ALIKE = regex.UNICODE | regex.VERSION0        # the patterns' flags; any other makes them plain


def _group_bodies(seq, out: dict) -> dict:
    """Each group's number → its body, over the whole tree."""
    for op, arg in seq:
        if op is _c.SUBPATTERN:
            out[arg[0]] = arg[3]
        for inner in _children(op, arg):
            _group_bodies(inner, out)
    return out


def _children(op, arg) -> list:
    if op is _c.SUBPATTERN:
        return [arg[3]]
    if op is _ATOMIC:
        return [arg]
    if op in _REPEATS or op is _c.ASSERT or op is _c.ASSERT_NOT:
        return [arg[-1]]
    return list(arg[1]) if op is _c.BRANCH else []


def _rebuilt(seq, leaf) -> list:
    """The tree with each node `leaf` answers for replaced (its answer: the nodes in its place; None: the node kept,
    what it holds rebuilt)."""
    out = []
    for op, arg in seq:
        if (instead := leaf(op, arg)) is not None:
            out += instead
        elif op is _c.SUBPATTERN:
            out.append((op, (*arg[:3], _rebuilt(arg[3], leaf))))
        elif op is _ATOMIC:
            out.append((op, _rebuilt(arg, leaf)))
        elif op in _REPEATS or op is _c.ASSERT or op is _c.ASSERT_NOT:
            out.append((op, (*arg[:-1], _rebuilt(arg[-1], leaf))))
        elif op is _c.BRANCH:
            out.append((op, (arg[0], [_rebuilt(b, leaf) for b in arg[1]])))
        else:
            out.append((op, arg))
    return out


def _consumed(seq) -> list:
    """The sequence without its look-arounds and anchors: it matches every string the sequence matches (and more)."""
    return _rebuilt(seq, lambda op, arg: [] if op in _ZERO_WIDTH else None)


def _with_copies(seq, bodies: dict) -> list:
    """The tree with each back-reference read as another match of its group's body, or nothing (it matches exactly
    what the group matched: characters its body took, not its look-arounds' checks). A group that may hold a line
    break, or itself holds a back-reference, keeps the reference: refused."""
    def copy(op, arg) -> Optional[list]:
        if op is _c.GROUPREF and arg in bodies and _reach(bodies[arg], False) == _NEVER \
                and _c.GROUPREF not in _ops(bodies[arg]):
            return [(_REPEATS[0], (0, 1, _consumed(bodies[arg])))]
        return None
    return _rebuilt(seq, copy)


def _ops(seq) -> set:
    out = set()
    for op, arg in seq:
        out.add(op)
        for inner in _children(op, arg):
            out |= _ops(inner)
    return out


def _line_local_tree(pattern: str, flags: int = 0) -> Optional[list]:
    """The parse tree of a line-local pattern never matching an empty string, or None: the pattern must read the
    whole text."""
    if flags & ~_FLAGS_READ_ALIKE or _NOT_PARSED_ALIKE.search(pattern):
        return None
    by_name = "(?P=" in pattern         # a back-reference needs its group's name (a name twice: re.error, refused)
    try:       # group names change nothing read (and the regex module allows a name twice)
        parsed = _parser.parse(pattern if by_name else re.sub(r"\(\?P<\w+>", "(", pattern))
    except (re.error, RecursionError, OverflowError):
        return None
    tree = _with_copies(list(parsed), _group_bodies(parsed, {})) if by_name else list(parsed)
    if parsed.state.flags & (re.DOTALL | re.MULTILINE | re.IGNORECASE | re.VERBOSE) or _reach(tree, False) != _NEVER:
        return None
    if all(map(_nullable, tree)):
        return None         # an empty match could stand on a line break and read the line before
    return tree


def units_after_count(pattern: str, flags: int = 0) -> list[frozenset]:
    """count_before_unit of a line-local pattern never matching an empty string, or none: the pattern must
    read the whole text."""
    tree = _line_local_tree(pattern, flags)
    return [] if tree is None else count_before_unit(tree)


# the second cut, for rows the first refuses (a zero stated by negation holds no count: 未收到…申请, 无结转): a
# line holding none of a negation's characters (无, 未, 没有, 不存在) is cut for a line-local row that needs one
NEGATIONS = frozenset("不无未没")
NEGATION_PAIR = regex.compile("[" + "".join(sorted(NEGATIONS)) + "]")


def needs_one_of(chars: frozenset, pattern: str, flags: int = 0) -> bool:
    """Is the pattern line-local, never matching an empty string, and does every match read one of `chars`: a
    piece every match goes through starts with one of them only? (A line holding none then has no match.)"""
    tree = _line_local_tree(pattern, flags)
    return tree is not None and _reads_one_of(tree, chars)


def _reads_one_of(seq, chars: frozenset) -> bool:
    """Does every match of the sequence read one of `chars`: a piece every match goes through starts with one of them
    only, or holds such a piece on every path through it ((?:无结转|上年无结转): 无 in both), or a look-around that must
    hold and cannot read a line break does ((?<=未)收到: it reads the match's own line only)?"""
    for node in seq:
        op, arg = node
        if not _nullable(node) and (first := _end(node, last=False)) is not None and not first[1] and first[0] \
                and first[0] <= chars:
            return True
        if (op is _c.SUBPATTERN and _reads_one_of(arg[3], chars) or op is _ATOMIC and _reads_one_of(arg, chars)
                or op in _REPEATS and arg[0] > 0 and _reads_one_of(arg[2], chars)
                or op is _c.BRANCH and all(_reads_one_of(b, chars) for b in arg[1])
                or op is _c.ASSERT and _reach(arg[1], arg[0] < 0) == _NEVER and _reads_one_of(arg[1], chars)):
            return True
    return False


def plan(patterns: tuple[tuple[str, int], ...], at_unit: bool = False
         ) -> tuple[Optional[regex.Pattern], tuple[bool, ...]]:
    """(a count right before a unit: a line without one is cut, or None; which of `patterns`, given as
    (source, flags), may read the cut text). `at_unit`: the pair's match is its unit, found faster."""
    units = [units_after_count(source, flags) for source, flags in patterns]
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
    pair = regex.compile(f"{unit}(?<={count}.)" if at_unit else count + unit)
    return pair, tuple(bool(sets) for sets in units)


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


def cut_texts(text: str, pairs: tuple[Optional[regex.Pattern], ...]) -> list[CutText]:
    """CutText(text, pair) for each pair, the text's lines split and measured once (in C) for all; each pair's
    lines found by one search a line holding it (the rest of the line is not scanned for more)."""
    lines = text.split("\n")
    lengths = list(map(len, lines))
    line_starts = [0, *accumulate(map((1).__add__, lengths))]
    long_lines = list(compress(range(len(lines)), map(_MIN_LINE.__le__, lengths)))
    out = []
    for pair in pairs:
        if pair is None or not long_lines:
            out.append(CutText(text, None))
            continue
        holding = set()
        search, pos = pair.search, 0
        while (hit := search(text, pos)) is not None:
            i = bisect.bisect_right(line_starts, hit.start()) - 1
            holding.add(i)
            pos = line_starts[i + 1]        # (no match crosses a line break: the pairs are one line's characters)
        out.append(CutText._of(text, lines, line_starts, [i for i in long_lines if i not in holding]))
    return out
