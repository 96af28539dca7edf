"""A row's label a converter wrapped over two lines with the row's figures between its halves.

'其中：当面申' / '32 86' / '请数', '| 行政规范 |' / '| 23 | 9 |' / '| 71 |' / '| 性文件 |': neither half is the
row's label (or the head is a shorter wording of it), so the row is lost and the figures look like a row with no
label. The halves joined make one of the vocabulary's labels whole; the figures between them are then that row's.
The tail must stand alone, with no figures after it (a tail followed by figures is a row of its own), and a head
and a tail each a whole label are two rows, never one.

A numbered table's head may be its row number alone ('13' / '9 15' / '其他类型答复数'): a bare number reads as a
figure, so it is a head only where the numbering proves it — the numbered row before it is N-1 and the next one
after its tail N+1 (or none follows) — and the tail names the row; the figures between must still fill the row and
its sums hold, as for any halves (a figure of the row before mistaken for a number leaves that row short: unread).

A tail may end in the row's unit, set apart as a legacy row prints it ('议数 件', '请数(件)'): the unit is no word
of the label, so it is taken off before the label is looked up — only the row's own unit (the vocabulary's, or 万元
for a row counted in 元, kept as the row's unit), never another ('议数 条' names no row).
"""
from __future__ import annotations

from typing import Optional, Sequence

import regex

from ..patterns import UNIT_WORDS
from ..schema import RowSpec, unit_of
from .dedup import unsure_sums
from .fragments import BETWEEN_PARTS
from .row_cells import Token, pipe_cells
from .rows import RowHit, label_of

NOTE = "its label printed in two halves, its figures on the lines between them"
NUMBER_HEAD = "; the head its row number {n} alone, placed by the rows numbered {before} and {after} around it"

# a piece of a label alone on its line (a pipe row's one cell, or plain): no digit but the head's row number
_PIECE = regex.compile(r"[ \t]*(?P<pipe>\|)?[ \t]*(?P<num>[0-9]{1,2}[.,]?)?(?P<words>[^\d|\n]*?\p{Han}[^\d|\n]*?)"
                       r"[ \t]*\|?[ \t]*")
# a line of figures only: plain (spaced) or a pipe row's cells
_FIGURE = regex.compile(r"[+-]?[0-9][0-9,.]*")        # (signed: table 二's 本年增/减)
_FIGURES = regex.compile(r"[ \t]*(?P<pipe>\|)?[ \t]*" + _FIGURE.pattern + r"(?:(?:[ \t]*\|[ \t]*|[ \t]+)"
                         + _FIGURE.pattern + r")*[ \t]*\|?[ \t]*")
_LONGEST = 24           # a half longer than this is prose, not a piece of a label
# a row number alone on its line (a numbered row cut after its number), and a line opening with a row's number
_BARE_NUMBER = regex.compile(r"[ \t]*(?P<pipe>\|)?[ \t]*(?P<n>[1-9][0-9]?)\.?[ \t]*\|?[ \t]*")
_NUMBERED = regex.compile(r"[ \t]*\|?[ \t]*(?P<n>[1-9][0-9]?)[.,、]?[ \t]*\p{Han}")


# a tail's unit after its words: apart by a space or in brackets ('议数 件', '请数(件)'); glued, it may be a word's
# last character (文件), so it is never taken
_UNIT_END = regex.compile(r"(?P<words>.*?\p{Han})(?:[ \t\u3000]+(?P<u>" + "|".join(UNIT_WORDS) + r")|[ \t\u3000]*\((?P<u>"
                          + "|".join(UNIT_WORDS) + r")\))[ \t\u3000]*")


def tail_label(words: str, tail: str, specs: tuple[RowSpec, ...]) -> tuple[Optional[RowSpec], Optional[str]]:
    """(the row `words` + `tail` name, the unit the tail ends in): a unit is taken off the tail where the rest names a
    row counted in it (its own unit, or 万元 for one in 元); (None, None) where neither names a row."""
    spec = label_of(words + tail, specs)
    if spec is not None or not (m := _UNIT_END.fullmatch(tail)):
        return spec, None
    spec, unit = label_of(words + m.group("words"), specs), m.group("u")
    own = unit_of(spec.key) if spec is not None else None
    return (spec, unit) if own and (unit == own or (unit, own) == ("万元", "元")) else (None, None)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    while at < end:
        nl = text.find("\n", at, end)
        nl = end if nl < 0 else nl
        out.append((at, nl))
        at = nl + 1
    return out


def may_be_piece(text: str, a: int, b: int) -> bool:
    """Can text[a:b] be a piece (_PIECE with words no longer than a half)? Its words are the line less its pipes,
    spaces and a row number of up to three characters; the pattern's lazy runs are quadratic on a long line of prose,
    so it is never tried where the words would be too long (tests/test_label_halves59.py)."""
    return len(text[a:b].strip(" \t|")) <= _LONGEST + 3


def plain_kinds(text: str, lines: list[tuple[int, int]]) -> list[str]:
    """Per line: "b" a break between a table's parts, "f" figures, "p" a label piece, "" anything else (the plain
    classification, every line tried: the reference _kinds is tested against, tests/test_speed60.py)."""
    kinds = []
    for a, b in lines:
        if BETWEEN_PARTS.fullmatch(text, a, b):
            kinds.append("b")
        elif _FIGURES.fullmatch(text, a, b):
            kinds.append("f")
        else:
            kinds.append("p" if _is_piece(text, a, b) else "")
    return kinds


def _is_piece(text: str, a: int, b: int) -> bool:
    if not may_be_piece(text, a, b):
        return False
    m = _PIECE.fullmatch(text, a, b)
    return m is not None and len(m.group("words")) <= _LONGEST


# a break or a line of figures in one call (a piece holds a Han character: neither), tried only on a line whose first
# character past its spaces can open one (most lines of a table open with a label's word)
_BREAK_OR_FIGURES = regex.compile(f"(?P<b>{BETWEEN_PARTS.pattern})|{_FIGURES.pattern}")
_OPENS_BREAK_OR_FIGURES = frozenset("-—–_第*+|0123456789")


def _kinds(text: str, lines: list[tuple[int, int]]) -> list[str]:
    """plain_kinds where halves_apart looks: a head and its tail are pieces with a line of figures between, so a line
    is tried as a piece only from the last piece before the first line of figures to the first piece after the last
    one (any other is "": no head, no tail); none at all where no line is figures."""
    kinds = []
    for a, b in lines:
        opening = text[a:b].lstrip(" \t\f")[:1]
        m = _BREAK_OR_FIGURES.fullmatch(text, a, b) if not opening or opening in _OPENS_BREAK_OR_FIGURES else None
        kinds.append("" if m is None else "b" if m.start("b") >= 0 else "f")
    if "f" not in kinds:
        return kinds
    first, last = kinds.index("f"), len(kinds) - 1 - kinds[::-1].index("f")
    for i in range(first + 1, last):
        if not kinds[i] and _is_piece(text, *lines[i]):
            kinds[i] = "p"
    for span in (range(first - 1, -1, -1), range(last + 1, len(kinds))):
        for i in span:
            if not kinds[i] and _is_piece(text, *lines[i]):
                kinds[i] = "p"
                break
    return kinds


def halves_apart(text: str, specs: Sequence[RowSpec], start: int, end: int, kinds_of=_kinds) -> list[RowHit]:
    """The rows in text[start:end] whose label's halves stand around their figures, each as one hit: its label
    from the head's start to the tail's end (the figures inside that span), its cells the figures between.
    `kinds_of`: how the lines are classified (plain_kinds, the reference, in the tests)."""
    specs = tuple(specs)
    lines = _lines(text, start, end)
    kinds = kinds_of(text, lines)   # per line: "b" break, "f" figures, "p" a label piece, "" anything else
    heads = _number_heads(text, lines, kinds, specs)
    out = []
    for i, kind in enumerate(kinds):
        if kind != "p" and i not in heads:
            continue
        j, figures = _figures_after(kinds, i, heads)
        if not figures or j >= len(kinds) or kinds[j] != "p":
            continue
        k = j + 1
        while k < len(kinds) and kinds[k] == "b":
            k += 1
        if k < len(kinds) and kinds[k] == "f" and k not in heads:
            continue        # the tail has figures of its own: a row, not the rest of a label
        head = (_BARE_NUMBER if i in heads else _PIECE).fullmatch(text, *lines[i])
        tail = _PIECE.fullmatch(text, *lines[j])
        if i not in heads and head.group("num") and not _in_sequence(text, lines, i, j,
                                                                     int(head.group("num").rstrip(".,")), heads):
            continue        # (a number out of its table's sequence may be a figure of the row before: not proven)
        words = "" if i in heads else head.group("words")
        if tail.group("num") or bool(head.group("pipe")) != bool(tail.group("pipe")):
            continue
        spec, unit = tail_label(words, tail.group("words"), specs)
        if spec is None or (words and label_of(words, specs) and tail_label("", tail.group("words"), specs)[0]):
            continue        # (two whole labels: two rows)
        pipe = any(text[lines[f][0]:lines[f][1]].lstrip().startswith("|") for f in figures)
        if pipe != bool(head.group("pipe")):
            continue
        cells: list[Token] = []
        for f in figures:
            a, b = lines[f]
            cells += pipe_cells(text, a, b) if pipe else [Token(m.group(), m.start(), m.end())
                                                          for m in _FIGURE.finditer(text, a, b)]
        ls, le = head.start("n" if i in heads else "words"), tail.end("words")
        note = NOTE + (NUMBER_HEAD.format(n=heads[i][0], before=heads[i][0] - 1, after=heads[i][1] or "none after")
                       if i in heads else "")
        out.append(RowHit(spec, text[ls:le], ls, le, cells, pipe, lines[j][1], unit=unit, note=note))
    return out


def _in_sequence(text: str, lines: list[tuple[int, int]], i: int, j: int, n: int, heads: dict) -> bool:
    """Does a head's row number n fit the table's numbering: the nearest numbered line before the head is n-1 and the
    nearest after its tail n+1 (where there is one)?"""
    def number(k: int) -> Optional[int]:
        if k in heads:
            return heads[k][0]
        m = _NUMBERED.match(text, *lines[k])
        return int(m.group("n")) if m else None
    before = next((x for k in range(i - 1, -1, -1) if (x := number(k)) is not None), None)
    after = next((x for k in range(j + 1, len(lines)) if (x := number(k)) is not None), None)
    return before in (None, n - 1) and after in (None, n + 1)


def _figures_after(kinds: list[str], i: int, heads: dict) -> tuple[int, list[int]]:
    """(the first line after line i that is no break or figures, or a proven number head; the figure lines before)."""
    j, figures = i + 1, []
    while j < len(kinds) and kinds[j] in ("b", "f") and j not in heads:
        if kinds[j] == "f":
            figures.append(j)
        j += 1
    return j, figures


def _number_heads(text: str, lines: list[tuple[int, int]], kinds: list[str],
                  specs: tuple[RowSpec, ...]) -> dict[int, tuple[int, int]]:
    """Line → (N, the number of the next numbered row or 0) for each bare row number N the numbering proves a head:
    the last numbered row before it is N-1, and its figures as many as those between N and the piece after them (a
    piece with no number of its own that names a row, then no figures but the next head's number); and the first
    numbered line after that piece (a row's, or a bare number's) is N+1, or there is none."""
    heads: dict[int, tuple[int, int]] = {}
    last, since = None, 0       # the last numbered row's number and line
    for i, (a, b) in enumerate(lines):
        m = _NUMBERED.match(text, a, b)
        if m:
            last, since = int(m.group("n")), i
            continue
        m = _BARE_NUMBER.fullmatch(text, a, b) if kinds[i] == "f" and last is not None else None
        if not m or int(m.group("n")) != last + 1:
            continue
        j, figures = _figures_after(kinds, i, heads)
        if not figures or j >= len(kinds) or kinds[j] != "p":
            continue
        tail = _PIECE.fullmatch(text, *lines[j])
        if tail.group("num") or tail_label("", tail.group("words"), specs)[0] is None:
            continue
        after = next(((k, int(m2.group("n"))) for k, (a2, b2) in enumerate(lines[j + 1:], j + 1)
                      if (m2 := _NUMBERED.match(text, a2, b2) or _BARE_NUMBER.fullmatch(text, a2, b2))), (0, 0))
        k = next((k for k in range(j + 1, len(kinds)) if kinds[k] != "b"), len(kinds))
        if after[1] not in (0, last + 2) or (k < len(kinds) and kinds[k] == "f" and k != after[0]):
            continue        # (a tail followed by figures that are no next head's number: a row of its own)
        if _count(text, lines, kinds, range(since, i)) - 1 != _count(text, lines, kinds, figures):
            continue        # the row before and this one fill the same columns (less the row before's number): a
            # figure equal to N among the row before's figures is not its head
        last, since = last + 1, i
        heads[i] = (last, after[1])
    return heads


def _count(text: str, lines: list[tuple[int, int]], kinds: list[str], which) -> int:
    """The figures on the lines `which` (breaks between a table's parts, page numbers among them, not counted)."""
    return sum(len(_FIGURE.findall(text, *lines[x])) for x in which if kinds[x] != "b")


def with_halves(text: str, hits: list[RowHit], found: list[RowHit]) -> list[RowHit]:
    """`hits` with the rows of `found` (halves_apart's) in their place: a hit whose label stands inside one's span
    (a half read as a label) is dropped, and a row before one keeps no cell from its lines."""
    if not found:
        return hits
    spans = [(text.rfind("\n", 0, h.label_start) + 1, h.region_end) for h in found]
    kept = [h for h in hits if not any(a <= h.label_start < b for a, b in spans)]
    for h in kept:
        cut = next((a for a, b in spans if h.label_end <= a < h.region_end), None)
        if cut is not None:
            h.cells = [t for t in h.cells if t.end <= cut]
            h.region_end = min(h.region_end, cut)
    return sorted(kept + found, key=lambda h: h.label_start)


def halves_near(text: str, hits: list[RowHit], specs: Sequence[RowSpec], gap: int) -> list[RowHit]:
    """with_halves for the rows of `specs` whose halves stand within `gap` of the rows with cells found."""
    rows = [h for h in hits if h.cells]
    if not rows:
        return hits
    lo, hi = min(h.label_start for h in rows) - gap, max(h.region_end for h in rows) + gap
    return with_halves(text, hits, halves_apart(text, specs, max(0, lo), min(len(text), hi)))


def from_halves(hit: RowHit) -> bool:
    """Was the row read from its label's halves (its head a piece, or its row number alone)?"""
    return bool(hit.note) and hit.note.startswith(NOTE)


def unproven_halves(rows: list[RowHit], constraints: list, values: dict) -> list[str]:
    """The rows read from their label's halves whose sum, or bound by their whole, fails: taken out of `values`."""
    halves = {h.spec.key for h in rows if from_halves(h)}
    failing = sorted(halves & unsure_sums(constraints, values, failing_only=True))
    for key in failing:
        values.pop(key, None)
    return failing


def unfilled_halves(rows: list[RowHit], n: int) -> list[RowHit]:
    """The rows read from their label's halves whose figures between do not fill the table's `n` columns exactly:
    a figure lost, or digits run together, with no line of the row's own to tell which."""
    return [h for h in rows if from_halves(h) and len([t for t in h.cells if t.raw]) != n]
