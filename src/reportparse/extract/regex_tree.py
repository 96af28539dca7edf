"""A regular expression's parse tree read (Python's re parser, which reads the regex module's version-0 syntax the
sentence patterns use): how a piece may meet a line break, which characters a match may start or end with, whether a
piece may match an empty string, and the tree rewritten (look-arounds dropped, back-references read as another
match of their group). The proofs of extract/narrative_cut are built from these; a question this module cannot
answer for sure is answered with the worst case (reads past a line break, may be empty, any character).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

import regex

try:        # the parse tree's node names (the parser's own vocabulary)
    import re._constants as ops
    import re._parser as _parser
except ImportError:     # Python 3.10: the same parser under its old names (no atomic groups: such a pattern fails
    import sre_constants as ops      # to parse, and reads the whole text)
    import sre_parse as _parser

REPEATS = tuple(getattr(ops, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(ops, name))
ATOMIC = getattr(ops, "ATOMIC_GROUP", None)
_AT_START = (ops.AT_BEGINNING, ops.AT_BEGINNING_STRING)        # read no character
# how a piece of a pattern may meet a line break: never, only as the last character it reads (the break before
# a look-behind, after a look-ahead), or otherwise (it reads past one)
NEVER, EDGE, ACROSS = 0, 1, 2
LINE = frozenset("\n")       # the breaks a piece may meet: the line break, or a set of characters (a sentence's ends)
# each category as the regex module reads it (the patterns' engine); another category may match anything
_CATEGORIES = {getattr(ops, f"CATEGORY_{uni}{name}"): source for uni in ("", "UNI_") for name, source in (
    ("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"), ("NOT_SPACE", r"\S"), ("WORD", r"\w"), ("NOT_WORD", r"\W"))}


@lru_cache(maxsize=None)
def _in_category(cat, char: str) -> Optional[bool]:
    """Does the category match the character (\\d, \\S, \\w never match a line break; \\D, \\s, \\W do)? None: unknown."""
    source = _CATEGORIES.get(cat)
    return None if source is None else regex.match(source, char, regex.VERSION0) is not None


def _class_has_break(items, breaks: frozenset = LINE) -> bool:
    """May the class match one of `breaks`? (unknown: yes)"""
    negate = False
    matched = dict.fromkeys(breaks, False)     # each break: does an item of the class match it?
    for op, arg in items:
        if op is ops.NEGATE:
            negate = True
            continue
        for c in breaks:
            if op is ops.LITERAL:
                hit = arg == ord(c)
            elif op is ops.RANGE:
                hit = arg[0] <= ord(c) <= arg[1]
            elif op is ops.CATEGORY:
                hit = _in_category(arg, c)
                if hit is None:
                    return True
            else:
                return True         # unknown: assume the worst
            matched[c] = matched[c] or hit
    return not all(matched.values()) if negate else any(matched.values())


def reach(seq, backward: bool, breaks: frozenset = LINE, tails: Optional[set] = None) -> int:
    """How the sequence, read forward (or backward: a look-behind's body), may meet a line break (or one of
    `breaks`). With `tails`, a look-behind of plain characters read backward past the break ((?<!其中)\n: how the line
    before ends) is allowed, its characters added to `tails`: a cut keeping every line that ends so reads alike."""
    out = NEVER
    for op, arg in (reversed(seq) if backward else seq):
        if out == EDGE and not (op is ops.AT and arg in _AT_START):
            tail = _plain_text(arg[1], breaks) if backward and tails is not None and op in (
                ops.ASSERT, ops.ASSERT_NOT) and arg[0] < 0 else None
            if tail is None:
                return ACROSS          # something is read after the break
            tails.add(tail)
            continue
        if op is ops.LITERAL:
            r = EDGE if chr(arg) in breaks else NEVER
        elif op is ops.NOT_LITERAL:
            r = NEVER if breaks == {chr(arg)} else EDGE
        elif op is ops.IN:
            r = EDGE if _class_has_break(arg, breaks) else NEVER
        elif op is ops.AT:          # anchors read the neighbours only
            r = NEVER
        elif op is ops.ANY:         # '.' without DOTALL: any character but the line break
            r = NEVER if breaks == LINE else EDGE
        elif op is ops.BRANCH:
            r = max(reach(b, backward, breaks, tails) for b in arg[1])
        elif op is ops.SUBPATTERN:
            r = reach(arg[3], backward, breaks, tails)
        elif op is ATOMIC:
            r = reach(arg, backward, breaks, tails)
        elif op in REPEATS:
            r = reach(arg[2], backward, breaks, tails)
            if r == EDGE and arg[1] > 1:
                r = ACROSS
        elif op is ops.ASSERT or op is ops.ASSERT_NOT:
            # a look-around reads from the current position: it may stop at a break, not move the match
            r = NEVER if reach(arg[1], arg[0] < 0, breaks, tails) != ACROSS else ACROSS
        else:
            r = ACROSS
        if r == ACROSS:
            return ACROSS
        out = max(out, r)
    return out


def _plain_text(seq, breaks: frozenset) -> Optional[str]:
    """The characters of a sequence of plain characters (no break among them), or None."""
    chars = [chr(arg) for op, arg in seq if op is ops.LITERAL]
    return "".join(chars) if chars and len(chars) == len(seq) and not breaks.intersection(chars) else None


_DIGIT_CATEGORIES = frozenset({ops.CATEGORY_DIGIT, ops.CATEGORY_UNI_DIGIT})
ZERO_WIDTH = (ops.AT, ops.ASSERT, ops.ASSERT_NOT)
# a set of characters: (the characters, whether \d's digits are in it too), or None: too many to name
CharSet = Optional[tuple[frozenset, bool]]


def _union(a: CharSet, b: CharSet) -> CharSet:
    return None if a is None or b is None else (a[0] | b[0], a[1] or b[1])


def _class_set(items) -> CharSet:
    chars, digits = set(), False
    for op, arg in items:
        if op is ops.LITERAL:
            chars.add(chr(arg))
        elif op is ops.RANGE and arg[1] - arg[0] < 64:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        elif op is ops.CATEGORY and arg in _DIGIT_CATEGORIES:
            digits = True
        else:
            return None         # a negation, a wide range, another category
    return frozenset(chars), digits


def nullable(node, ahead: bool = False) -> bool:
    """May the node match an empty string? (unknown: yes) With `ahead`: … and leave unsettled which character the
    text holds where it starts, a look-ahead that must hold (十[二三]是 after a count: (?=[二三]是)) settling it?"""
    op, arg = node
    if op in (ops.LITERAL, ops.NOT_LITERAL, ops.IN, ops.ANY) or ahead and _ahead(node) is not None:
        return False
    if op is ops.BRANCH:
        return any(all(nullable(n, ahead) for n in b) for b in arg[1])
    if op is ops.SUBPATTERN:
        return all(nullable(n, ahead) for n in arg[3])
    if op is ATOMIC:
        return all(nullable(n, ahead) for n in arg)
    if op in REPEATS:
        return arg[0] == 0 or all(nullable(n, ahead) for n in arg[2])
    return True


def ends_of(seq, last: bool, may_be_empty: bool = False) -> CharSet:
    """The characters a non-empty match of the sequence may start with (or end with, `last`); None where the
    sequence may be empty, unless `may_be_empty` (then what comes next would decide)."""
    out: CharSet = (frozenset(), False)
    for node in (reversed(seq) if last else seq):
        out = _union(out, end_of(node, last))
        if out is None or not nullable(node, ahead=not last):
            return out
    return out if may_be_empty else None


def _ahead(node) -> CharSet:
    """A look-ahead that must hold: the characters the text may hold where it stands (what its body starts with), or
    None (its body may be empty, or start with a line break)."""
    if node[0] is not ops.ASSERT or node[1][0] != 1:
        return None
    first = ends_of(node[1][1], last=False)
    return None if first is None or "\n" in first[0] else first


def end_of(node, last: bool) -> CharSet:
    op, arg = node
    if op is ops.LITERAL:
        return frozenset(chr(arg)), False
    if op is ops.IN:
        return _class_set(arg)
    if not last and (ahead := _ahead(node)) is not None:
        return ahead
    if op in ZERO_WIDTH:
        return frozenset(), False
    if op is ops.BRANCH:
        out: CharSet = (frozenset(), False)
        for b in arg[1]:        # (an empty branch: nullable lets the sequence look further)
            out = _union(out, ends_of(b, last, may_be_empty=True))
        return out
    if op is ops.SUBPATTERN:
        return ends_of(arg[3], last, may_be_empty=True)
    if op is ATOMIC:
        return ends_of(arg, last, may_be_empty=True)
    if op in REPEATS:
        return ends_of(arg[2], last, may_be_empty=True)
    return None


# what the two parsers may read differently: the regex module's own braces (fuzzy {e<=1}: a literal to re) and POSIX classes ([[:alpha:]]), flags that change what '.',
# '^', '$' or a letter match
_NOT_PARSED_ALIKE = re.compile(r"\(\?[a-zA-Z]*[sSimMfFrVxwX]|\{(?!\d*,?\d*\})|\[:\^?\w+:\]")
_FLAGS_READ_ALIKE = regex.UNICODE | regex.VERSION0        # the patterns' flags; any other makes them plain


def _group_bodies(seq, out: dict) -> dict:
    """Each group's number → its body, over the whole tree."""
    for op, arg in seq:
        if op is ops.SUBPATTERN:
            out[arg[0]] = arg[3]
        for inner in _children(op, arg):
            _group_bodies(inner, out)
    return out


def _children(op, arg) -> list:
    if op is ops.SUBPATTERN:
        return [arg[3]]
    if op is ATOMIC:
        return [arg]
    if op in REPEATS or op is ops.ASSERT or op is ops.ASSERT_NOT:
        return [arg[-1]]
    return list(arg[1]) if op is ops.BRANCH else []


def _rebuilt(seq, leaf) -> list:
    """The tree with each node `leaf` answers for replaced (its answer: the nodes in its place; None: the node kept,
    what it holds rebuilt)."""
    out = []
    for op, arg in seq:
        if (instead := leaf(op, arg)) is not None:
            out += instead
        elif op is ops.SUBPATTERN:
            out.append((op, (*arg[:3], _rebuilt(arg[3], leaf))))
        elif op is ATOMIC:
            out.append((op, _rebuilt(arg, leaf)))
        elif op in REPEATS or op is ops.ASSERT or op is ops.ASSERT_NOT:
            out.append((op, (*arg[:-1], _rebuilt(arg[-1], leaf))))
        elif op is ops.BRANCH:
            out.append((op, (arg[0], [_rebuilt(b, leaf) for b in arg[1]])))
        else:
            out.append((op, arg))
    return out


def _consumed(seq) -> list:
    """The sequence without its look-arounds and anchors: it matches every string the sequence matches (and more)."""
    return _rebuilt(seq, lambda op, arg: [] if op in ZERO_WIDTH else None)


def _with_copies(seq, bodies: dict, breaks: frozenset = LINE) -> list:
    """The tree with each back-reference read as another match of its group's body, or nothing (it matches exactly
    what the group matched: characters its body took, not its look-arounds' checks). A group that may hold a line
    break, or itself holds a back-reference, keeps the reference: refused."""
    def copy(op, arg) -> Optional[list]:
        if op is ops.GROUPREF and arg in bodies and reach(bodies[arg], False, breaks) == NEVER \
                and ops.GROUPREF not in _op_codes(bodies[arg]):
            return [(REPEATS[0], (0, 1, _consumed(bodies[arg])))]
        return None
    return _rebuilt(seq, copy)


def _op_codes(seq) -> set:
    out = set()
    for op, arg in seq:
        out.add(op)
        for inner in _children(op, arg):
            out |= _op_codes(inner)
    return out


@lru_cache(maxsize=2048)
def parse(pattern: str, flags: int = 0):
    """The pattern's parse tree as Python's re parser reads it, or None where the regex module could read it
    otherwise (its own syntax, other flags). Kept per pattern: the proofs of narrative_cut ask for each sentence row's
    tree about five times (381 trees of 1,928 asked, most of a first parse's cost); every reader here and there reads
    the tree and builds anew (_rebuilt), never changing it."""
    if flags & ~_FLAGS_READ_ALIKE or _NOT_PARSED_ALIKE.search(pattern):
        return None
    by_name = "(?P=" in pattern         # a back-reference needs its group's name (a name twice: re.error, refused)
    try:       # group names change nothing read (and the regex module allows a name twice)
        return _parser.parse(pattern if by_name else re.sub(r"\(\?P<\w+>", "(", pattern))
    except (re.error, RecursionError, OverflowError):
        return None


def line_local_tree(pattern: str, flags: int = 0, breaks: frozenset = LINE, tails: Optional[set] = None
                    ) -> Optional[list]:
    """The parse tree of a line-local pattern (nothing it consumes crosses a line break; a look-behind may read the
    break before the match, a look-ahead the one after) never matching an empty string, or None: the pattern must
    read the whole text. `breaks`: other characters that end a piece of text, each read as a line break. `tails`:
    a look-behind may read how the line before ends too (reach), its characters added there."""
    parsed = parse(pattern, flags)
    if parsed is None:
        return None
    by_name = "(?P=" in pattern
    tree = _with_copies(list(parsed), _group_bodies(parsed, {}), breaks) if by_name else list(parsed)
    if parsed.state.flags & (re.DOTALL | re.MULTILINE | re.IGNORECASE | re.VERBOSE) or reach(tree, False, breaks, tails) != NEVER:
        return None
    if all(map(nullable, tree)):
        return None         # an empty match could stand on a line break and read the line before
    return tree