"""Blank cells of a table printed one cell a line, where the page left a line holding only spaces (a full-width
space, a no-break space: normalize_text made them spaces) for a cell with nothing in it.

Rule: such a line among a row's cell lines is that row's blank cell, and keeps its column: it is given a null
mark ("/", the line's length kept, so offsets stay) that the row reader reads as a blank cell, never as a figure.
Without it the line is skipped like a blank line and the row's later figures move left into the blank's
column (the arithmetic of a short row can then be satisfied by splitting and repeating its figures).

A page that puts such a line after most of its lines, never two running, has them as a crawler's separator, not a
cell: its rows are read as they were, except that a run of 2k+1 of them between a row's cells (where one stands
between any other two) is k blank cells, each with its separator after it (_separated_blanks). Left alone: the
one such line at the head (or the foot) of nearly every row's cells (a row separator: the row's other spaces lines
are still its blanks); lines under a table's last figure with no row after them (padding); and lines away from
figure lines (prose, headings, a table whose cells are all blank: nothing there to keep in place)."""
from __future__ import annotations

import re

from ..patterns import FIGURE_LINE_PIPED

_FIGURE_LINE = re.compile(FIGURE_LINE_PIPED)
_SPACE_LINE = re.compile(r"[ \t]+")
# a row's label line between two rows' cells (short, no sentence end): cells on either side are one table's
_LABEL_LINE = re.compile(r"[^。；\n]{1,60}")
_SEPARATOR_SHARE = 0.4      # spaces lines after more lines than this: the page's separators…
_PAIRED_SHARE = 0.1         # … unless they run two together this often (blank cells side by side)
_SEPARATED_ROWS, _SEPARATED_SHARE = 3, 0.9     # rows of cells nearly all opened (or closed) by a spaces line
_NEAR = 3                   # a run of blanks with figure lines at most this many lines away (across a label)
_MARK = "/"
_BLOCK_FIGURES = 3      # figure lines a block of short lines holds to be a table


def mark_blank_cell_lines(text: str) -> str:
    if "\n " not in text and "\n\t" not in text:
        return text
    lines = text.split("\n")
    spaces = [bool(_SPACE_LINE.fullmatch(ln)) for ln in lines]
    if not any(spaces):
        return text
    written = [i for i, ln in enumerate(lines) if ln]
    after = sum(spaces[j] for i, j in zip(written, written[1:]) if not spaces[i])
    paired = sum(spaces[i] and spaces[j] for i, j in zip(written, written[1:]))
    figure = [bool(_FIGURE_LINE.fullmatch(ln)) for ln in lines]
    if after > _SEPARATOR_SHARE * (len(written) - sum(spaces)) and paired < _PAIRED_SHARE * after:
        # (a spaces line after most lines and never two running: separators; blanks run in rows)
        return _separated_blanks(lines, spaces, figure)
    runs = [[i for i in range(start, end) if lines[i]] for start, end in _runs(spaces, figure, lines)]
    # a spaces line at the head (or the foot) of nearly every row's cells is the page's row separator, not a cell
    with_figures = [run for run in runs if any(figure[i] for i in run)]
    heads = _separates(spaces, [run[0] for run in with_figures])
    feet = _separates(spaces, [run[-1] for run in with_figures])
    for run in runs:
        if not any(spaces[i] for i in run):
            continue
        start, end = run[0], run[-1] + 1
        if heads and spaces[run[0]]:
            run = run[1:]
        if feet and run and spaces[run[-1]]:
            run = run[:-1]
        figures = [i for i in run if figure[i]]
        if not figures:
            cells = run if _figures_near(figure, spaces, lines, start, end) else ()
        else:
            # blanks before a row's first figure follow its label; blanks after the last figure are cells only
            # where the table goes on past them (not the padding a page leaves under a table)
            cells = [i for i in run if (i > figures[0] or _label_above(lines, start))
                     and (i < figures[-1] or _side(figure, spaces, lines, end, 1))]
        for i in cells:
            if spaces[i]:
                lines[i] = _MARK + lines[i][1:]
    return "\n".join(lines)


def _separated_blanks(lines, spaces, figure) -> str:
    """A page that puts one spaces line after each line: among a row's cells, a run of 2k+1 spaces lines (no empty
    line) is k blank cells, each followed by its separator — the line after each separator is marked. Only between
    two figure lines, after a row's label and before its first figure, or after a row's last figure where the next
    row (a label, then a figure) follows: elsewhere the run is left a separator."""
    i, n = 0, len(lines)
    while i < n:
        if not spaces[i]:
            i += 1
            continue
        j = i
        while j < n and spaces[j]:
            j += 1
        if j - i >= 3 and (j - i) % 2 and 0 < i and j < n and _between_cells(lines, figure, spaces, i - 1, j):
            for k in range(i + 1, j - 1, 2):
                lines[k] = _MARK + lines[k][1:]
        i = j
    return "\n".join(lines)


def _between_cells(lines, figure, spaces, before, after) -> bool:
    if figure[before] and figure[after]:
        return True
    if figure[after]:
        return bool(_LABEL_LINE.fullmatch(lines[before]))
    if not (figure[before] and _LABEL_LINE.fullmatch(lines[after])):
        return False
    at = after + 1                  # (the next row's label, its separator, then its first figure)
    while at < len(lines) and spaces[at]:
        at += 1
    return at < len(lines) and figure[at]


def _separates(spaces, ends) -> bool:
    return len(ends) >= _SEPARATED_ROWS and sum(spaces[i] for i in ends) >= _SEPARATED_SHARE * len(ends)


def _label_above(lines, start) -> bool:
    i = start - 1
    while i >= 0 and not lines[i]:
        i -= 1
    return i >= 0 and bool(_LABEL_LINE.fullmatch(lines[i]))


def _runs(spaces, figure, lines):
    """Maximal runs of cell lines (figures, spaces lines; empty lines inside them)."""
    i, n = 0, len(lines)
    while i < n:
        if not (spaces[i] or figure[i]):
            i += 1
            continue
        a = i
        while a > 0 and (figure[a - 1] or spaces[a - 1] or not lines[a - 1]):
            a -= 1
        b = i
        while b < n and (figure[b] or spaces[b] or not lines[b]):
            b += 1
        yield a, b
        i = b


def _side(figure, spaces, lines, at, step) -> bool:
    """Cell lines (figures, blanks) from `at` on (step 1: down, -1: up) with at most _NEAR label lines before
    them (empty lines not counted): the table goes on there."""
    seen = 0
    while 0 <= at < len(lines) and seen < _NEAR:
        if figure[at] or spaces[at]:
            return True
        if lines[at]:
            if not _LABEL_LINE.fullmatch(lines[at]):
                return False
            seen += 1
        at += step
    return False


def _figures_near(figure, spaces, lines, start, end) -> bool:
    """A run of blanks only (a row all blank) between label lines, with cell lines (figures, blanks) just beyond
    them on both sides, in a block of short lines that holds figure lines: a row of the table around it."""
    if not (_side(figure, spaces, lines, start - 1, -1)
            and _side(figure, spaces, lines, end, 1)):
        return False
    a, b = start, end
    while a > 0 and (not lines[a - 1] or _LABEL_LINE.fullmatch(lines[a - 1])):
        a -= 1
    while b < len(lines) and (not lines[b] or _LABEL_LINE.fullmatch(lines[b])):
        b += 1
    return sum(figure[a:b]) >= _BLOCK_FIGURES
