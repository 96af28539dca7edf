"""A text's lines as a crawler saw them: the signs that it dropped some (a run of equal lines kept once:
may_be_collapsed; dedup.may_be_deduped for every repeat) and a figure a converter cut over a line break
(cut_across_lines). National and legacy tables test them once per report."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ..patterns import NUMBER_WITH_MONEY

_NUMERIC_LINE = regex.compile("^" + NUMBER_WITH_MONEY + "$")


def stripped_lines(text: str, start: int = 0, end: Optional[int] = None) -> list[str]:
    """The non-empty lines of text[start:end], stripped: what the crawler-damage tests (may_be_collapsed,
    dedup.may_be_deduped) read, split once for both."""
    return [s for s in (ln.strip() for ln in text[start:end].split("\n")) if s]


# a number opens with a sign or a digit: a line opening with anything else is no figure line (the pattern not tried)
_FIGURE_FIRST = frozenset("+-0123456789")


def is_figure_line(line: str) -> bool:
    """A stripped line that holds one number and nothing else."""
    return line[:1] in _FIGURE_FIRST and _NUMERIC_LINE.match(line) is not None


def numeric_lines(lines: list[str]) -> list[str]:
    """The lines (stripped_lines) that hold one number and nothing else, in order: found once for both
    crawler-damage tests (may_be_collapsed, dedup.may_be_deduped)."""
    match = _NUMERIC_LINE.match
    return [ln for ln in lines if ln[:1] in _FIGURE_FIRST and match(ln)]


def may_be_collapsed(lines: list[str], figures: Optional[list[str]] = None, *, wide: frozenset = frozenset(),
                     source: Optional[str] = None, proven: bool = False) -> bool:
    """Whether a crawler may have dropped lines equal to the line before them (`lines`: stripped_lines of
    `source`, the text they come from; `figures`: their numeric_lines, when found already).

    Only a one-cell-per-line table can show it (several lines holding one number each), and a
    text that was collapsed never has two equal lines in a row: a single repeat rules it out, unless its
    figure is one the source printed in both widths (`wide`: "0" / "０" were two lines to the crawler), or
    a line of spaces parts the two (a page number the loader blanked in place: the crawler saw it there).
    `proven`: the tables' arithmetic proves each collapsed reading (table 三's sums), so an empty line parts two
    equal lines too where empty lines are rare in `source` (one the page had — its chrome, a blank cell — the
    crawler saw and kept both lines around); where nearly every line has one after it (a crawler's own habit),
    a repeat across it still rules a collapse out.
    """
    if any(a == b and a not in wide for a, b in zip(lines, lines[1:])) and (
            source is None or _repeat_kept(source, wide, proven, len(lines))):
        return False
    return len(numeric_lines(lines) if figures is None else figures) >= 5


def _repeat_kept(source: str, wide: frozenset, proven: bool, filled: int) -> bool:
    """Two equal lines in a row of `source` with only empty lines between them (a line of spaces parts them; an
    empty line too, given `proven` where empty lines are rare: fewer than a quarter of the `filled` lines).

    Lines of only spaces after a quarter or more of the filled lines are the crawler's habit, as empty lines are
    (one after every line, a dropped cell's line among them): each is an empty line here. A page number the loader
    blanked in place is one line a page, rare."""
    lines = source.split("\n")
    spaces = sum(1 for line in lines if line and not line.strip())
    spaces_empty = spaces * 4 >= filled
    empty_parts = proven and (source.count("\n\n") + (spaces if spaces_empty else 0)) * 4 < filled
    before = None
    for line in lines:
        stripped = line.strip()
        if not stripped:
            empty = not line or spaces_empty
            before = before if empty and not empty_parts else None
        elif stripped == before and stripped not in wide:
            return True
        else:
            before = stripped
    return False


def cut_across_lines(text: str, cells: list) -> bool:
    """Do a row's figures start on its label's line and go on to the next with digits both sides of a bare line
    break, no separator ('行政强制 6' / '8 -1 709')? A converter wrapping a long row may have cut a figure there."""
    printed = [t for t in cells if t.raw]
    return any("\n" in text[a.end:b.start] and not text[a.end:b.start].strip() and a.raw[-1:].isdigit()
               and b.raw[:1].isdigit()
               and "\n" not in text[text.rfind("\n", 0, printed[0].start) + 1:a.end]
               for a, b in zip(printed, printed[1:]))


@lru_cache(maxsize=4)
def wrap_width(text: str) -> int:
    """The width a crawler cut the text's lines at (a hard wrap at a fixed number of characters), 0 where none
    shows: the longest line's length, where at least five lines are exactly that long (a text's own lines end
    where their sentences do; a long one seldom twice at the same length). A few lines past it (at most one in ten
    of those at it) leave it the width: a line the crawler added after wrapping (a mark, a page's chrome) is no
    wrap of its own."""
    lengths: dict[int, int] = {}
    for line in text.split("\n"):
        lengths[len(line)] = lengths.get(len(line), 0) + 1
    longer = 0      # lines longer than `width`
    for width in sorted(lengths, reverse=True):
        if width < 20:
            return 0
        if lengths[width] >= 5 and longer <= lengths[width] // 10:
            return width
        longer += lengths[width]
    return 0


def cut_at_width(text: str, at: int) -> bool:
    """Does the line holding position `at` run to the text's wrap width (the wrap cut it, whatever follows)?"""
    width = wrap_width(text)
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return bool(width) and (len(text) if end < 0 else end) - start == width


# a pipe row's cell of words cut by a wrap, no figure in it and no pipe closing it ("他处理 | 1.申请人…不补正")
_LABEL_PIECE = regex.compile(r"[ \t]*[^|\s][^|\n]*(?:\|[^|\n0-9]*(?:[0-9]+[.、][^|\n0-9]*)?)?")


def label_wrapped(text: str, start: int) -> bool:
    """Does the row's label (its line holding `start`) start on a line above, opened by a pipe and not closed: a wrap
    cut the label's cell, the lines between (two at most) pieces of its words opened by no pipe (_LABEL_PIECE)?"""
    line_start = text.rfind("\n", 0, start) + 1
    for _ in range(3):
        if not line_start:
            return False
        before_end = line_start - 1
        prev = text.rfind("\n", 0, before_end) + 1
        if prev == before_end and prev and cut_at_width(text, prev - 1):
            # (the blank line a crawler set after every line, the line above it run to the wrap width)
            before_end, prev = prev - 1, text.rfind("\n", 0, prev - 1) + 1
        before = text[prev:before_end].strip(" \t")
        if before.startswith("|"):
            return not before.endswith("|")
        if not _LABEL_PIECE.fullmatch(before):
            return False
        line_start = prev
    return False


def on_lines_of_their_own(text: str, label_end: int, cells: list) -> bool:
    """Does each of a row's printed figures stand on a line of its own, the first below its label's line? (A crawler
    that drops whole lines may have dropped a half of any such figure that a converter wrapped.)"""
    printed = [t for t in cells if t.raw]
    return bool(printed) and "\n" in text[label_end:printed[0].start] and all(
        "\n" in text[a.end:b.start] for a, b in zip(printed, printed[1:]))


def wrapped_figure(text: str, cells: list, n: int) -> bool:
    """Does a row print more figures than its n columns, each on a line of its own: a figure a converter wrapped
    over two lines with both halves kept? It shows that the text's figures were wrapped: where its crawler may
    also have dropped lines, any figure read alone may be the half of one whose other half was dropped."""
    printed = [t for t in cells if t.raw]
    return len(printed) > n and all("\n" in text[a.end:b.start] for a, b in zip(printed, printed[1:]))


WRAPPED_NOTE = ("the text wraps figures over two lines (a row prints a figure more than its columns, one a line) and "
                "may have dropped lines (none printed twice{how}): any figure of a row printed one a line may be a "
                "half whose other half was dropped, and {proof}")
