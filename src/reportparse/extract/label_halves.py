"""A row's label a converter wrapped over two lines with the row's figures between its halves.

'其中：当面申' / '32 86' / '请数', '| 行政规范 |' / '| 23 | 9 |' / '| 71 |' / '| 性文件 |': neither half is the
row's label (or the head is a shorter wording of it), so the row is lost and the figures look like a row with no
label. The halves joined make one of the vocabulary's labels whole; the figures between them are then that row's.
The tail must stand alone, with no figures after it (a tail followed by figures is a row of its own), and a head
and a tail each a whole label are two rows, never one.
"""
from __future__ import annotations

from typing import Sequence

import regex

from ..schema import RowSpec
from .dedup import unsure_sums
from .fragments import BETWEEN_PARTS
from .row_cells import Token, pipe_cells
from .rows import RowHit, label_of

NOTE = "its label printed in two halves, its figures on the lines between them"

# a piece of a label alone on its line (a pipe row's one cell, or plain): no digit but the head's row number
_PIECE = regex.compile(r"[ \t]*(?P<pipe>\|)?[ \t]*(?P<num>[0-9]{1,2}[.,]?)?(?P<words>[^\d|\n]*?\p{Han}[^\d|\n]*?)"
                       r"[ \t]*\|?[ \t]*")
# a line of figures only: plain (spaced) or a pipe row's cells
_FIGURE = regex.compile(r"[+-]?[0-9][0-9,.]*")        # (signed: table 二's 本年增/减)
_FIGURES = regex.compile(r"[ \t]*(?P<pipe>\|)?[ \t]*" + _FIGURE.pattern + r"(?:(?:[ \t]*\|[ \t]*|[ \t]+)"
                         + _FIGURE.pattern + r")*[ \t]*\|?[ \t]*")
_LONGEST = 24           # a half longer than this is prose, not a piece of a label


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
    out = []
    for i, kind in enumerate(kinds):
        if kind != "p":
            continue
        j, figures = i + 1, []
        while j < len(kinds) and kinds[j] in "bf":
            if kinds[j] == "f":
                figures.append(j)
            j += 1
        if not figures or j >= len(kinds) or kinds[j] != "p":
            continue
        k = j + 1
        while k < len(kinds) and kinds[k] == "b":
            k += 1
        if k < len(kinds) and kinds[k] == "f":
            continue        # the tail has figures of its own: a row, not the rest of a label
        head, tail = _PIECE.fullmatch(text, *lines[i]), _PIECE.fullmatch(text, *lines[j])
        if tail.group("num") or bool(head.group("pipe")) != bool(tail.group("pipe")):
            continue
        spec = label_of(head.group("words") + tail.group("words"), specs)
        if spec is None or (label_of(head.group("words"), specs) and label_of(tail.group("words"), specs)):
            continue        # (two whole labels: two rows)
        pipe = any(text[lines[f][0]:lines[f][1]].lstrip().startswith("|") for f in figures)
        if pipe != bool(head.group("pipe")):
            continue
        cells: list[Token] = []
        for f in figures:
            a, b = lines[f]
            cells += pipe_cells(text, a, b) if pipe else [Token(m.group(), m.start(), m.end())
                                                          for m in _FIGURE.finditer(text, a, b)]
        ls, le = head.start("words"), tail.end("words")
        out.append(RowHit(spec, text[ls:le], ls, le, cells, pipe, lines[j][1], note=NOTE))
    return out


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


def unproven_halves(rows: list[RowHit], constraints: list, values: dict) -> list[str]:
    """The rows read from their label's halves whose sum, or bound by their whole, fails: taken out of `values`."""
    halves = {h.spec.key for h in rows if h.note and h.note.startswith(NOTE)}
    failing = sorted(halves & unsure_sums(constraints, values, failing_only=True))
    for key in failing:
        values.pop(key, None)
    return failing


def unfilled_halves(rows: list[RowHit], n: int) -> list[RowHit]:
    """The rows read from their label's halves whose figures between do not fill the table's `n` columns exactly:
    a figure lost, or digits run together, with no line of the row's own to tell which."""
    return [h for h in rows if h.note and h.note.startswith(NOTE) and len([t for t in h.cells if t.raw]) != n]
