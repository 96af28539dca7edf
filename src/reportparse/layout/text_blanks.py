"""Blank cells of a table printed one cell a line, where the page left a line holding only spaces (a full-width
space, a no-break space: normalize_text made them spaces) for a cell with nothing in it.

Rule: such a line among a row's cell lines is that row's blank cell, and keeps its column: it is given a null
mark ("/", the line's length kept, so offsets stay) that the row reader reads as a blank cell, never as a figure.
Without it the line is skipped like a blank line and the row's later figures move left into the blank's
column (the arithmetic of a short row can then be satisfied by splitting and repeating its figures).

Left alone: a page that puts such a line after most of its lines (a crawler's separator, not a cell: its rows
are read as they were), and lines away from figure lines (prose, headings, a table whose cells are all
blank: nothing there to keep in place)."""
from __future__ import annotations

import re

_FIGURE_LINE = re.compile(r"[ \t]*[+-]?[0-9][0-9,]*(?:\.[0-9]+)?[ \t]*\|?[ \t]*")
_SPACE_LINE = re.compile(r"[ \t]+")
# a row's label line between two rows' cells (short, no sentence end): cells on either side are one table's
_LABEL_LINE = re.compile(r"[^。；\n]{1,60}")
_SEPARATOR_SHARE = 0.4      # spaces lines after more lines than this: the page's separators
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
    written = [i for i, ln in enumerate(lines) if ln.strip()]
    after = sum(1 for i in written if i + 1 < len(lines) and spaces[i + 1])
    if after > _SEPARATOR_SHARE * len(written):
        return text
    figure = [bool(_FIGURE_LINE.fullmatch(ln)) for ln in lines]
    for start, end in _runs(spaces, figure, lines):
        figures = [i for i in range(start, end) if figure[i]]
        if not figures:
            cells = range(start, end) if _figures_near(figure, spaces, lines, start, end) else ()
        else:
            # blanks before a row's first figure follow its label; blanks after the last figure are cells only
            # where the table goes on past them (not the padding a page leaves under a table)
            a = start if _label_above(lines, start) else figures[0]
            b = end if _side(figure, spaces, lines, range(end, min(len(lines), end + _NEAR))) else figures[-1]
            cells = range(a, b)
        for i in cells:
            if spaces[i]:
                lines[i] = _MARK + lines[i][1:]
    return "\n".join(lines)


def _label_above(lines, start) -> bool:
    i = start - 1
    while i >= 0 and not lines[i]:
        i -= 1
    return i >= 0 and bool(_LABEL_LINE.fullmatch(lines[i]))


def _runs(spaces, figure, lines):
    """Maximal runs of cell lines (figures, spaces lines; empty lines inside them) holding a spaces line."""
    i, n = 0, len(lines)
    while i < n:
        if not spaces[i]:
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


def _side(figure, spaces, lines, rng) -> bool:
    """Cell lines (figures, blanks) in `rng` with label lines only before them: the table goes on there."""
    for i in rng:
        if figure[i] or spaces[i]:
            return True
        if lines[i] and not _LABEL_LINE.fullmatch(lines[i]):
            return False
    return False


def _figures_near(figure, spaces, lines, start, end) -> bool:
    """A run of blanks only (a row all blank) between label lines, with cell lines (figures, blanks) just beyond
    them on both sides, in a block of short lines that holds figure lines: a row of the table around it."""
    if not (_side(figure, spaces, lines, range(start - 1, max(-1, start - 1 - _NEAR), -1))
            and _side(figure, spaces, lines, range(end, min(len(lines), end + _NEAR)))):
        return False
    a, b = start, end
    while a > 0 and (not lines[a - 1] or _LABEL_LINE.fullmatch(lines[a - 1])):
        a -= 1
    while b < len(lines) and (not lines[b] or _LABEL_LINE.fullmatch(lines[b])):
        b += 1
    return sum(figure[a:b]) >= _BLOCK_FIGURES
