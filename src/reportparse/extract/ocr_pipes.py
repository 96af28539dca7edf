"""Pipes an OCR read for the digit 1 ("2|1", "|25", "27|"), told from table separators by the spaces around
them: the spans of the figures holding one (extract/row_cells reads each such figure as one unsure cell)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from ..patterns import MONEY_UNIT, LazyPattern

# a pipe an OCR read for a 1, told from a separator by the spaces around it: inside a figure between blanks
# ("2|1"), opening one after a blank ("62 |25", "| |25 |", a money cell "\t|466333元") or closing one before a blank and a pipe or a figure
# ("27| |", "22| 127"); not where two more pipes of its line stand the same way (the table's own spacing, "|  25|  123|")
_OCR_PIPE = LazyPattern(r"(?<![^ \t\n])[+-]?[0-9][0-9,]*(?:\|[0-9,]*[0-9][0-9,]*)+(?![^ \t\n])"
                        r"|(?:(?<=[ \t])|(?<![^ \t\n])[+-])\|,?[0-9][0-9,]*" + MONEY_UNIT + r"?(?![^ \t\n])"
                        r"|(?<![^ \t\n])[+-]?[0-9][0-9,]*\|(?=[ \t]+[|0-9])|(?<![^ \t\n])[0-9][0-9,.|]*\|[0-9,.]*" + MONEY_UNIT
                        + r"|(?P<end>(?<![^ \t\n])[+-]?[0-9][0-9,]*\|(?=[ \t]*(?:\n|$)))"
                          r"|(?<![^\n])\|,?[0-9][0-9,]*(?=[ \t]+\|[ \t]*(?:\n|$))"
                          r"|(?P<end>(?<![^\n])\|,?[0-9][0-9,]*(?=[ \t]*(?:\n|$)))")
# … and closing a line that has no other pipe ("29|" under "160"), unless a line beside it ends so too (a layout
# that closes each cell with a pipe, tight)
_PIPE_TOUCHING_DIGIT = regex.compile(r"[0-9]\||\|,?[0-9]")
_TIGHT_END = regex.compile(r"[0-9]\|[ \t]*$|^[ \t]*\|[0-9]")


def _side(ch: str) -> str:
    return "d" if ch.isdigit() else "s" if ch in " \t\n" else "p" if ch == "|" else "o"


def ocr_pipe_figures(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of figures in the line(s) of text[start:end] holding a pipe an OCR read for a 1 (callers
    look only where a pipe is)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    return list(_line_figures(text, ls, le))


@lru_cache(maxsize=4)
def _line_figures(text: str, ls: int, le: int) -> tuple[tuple[int, int], ...]:
    """ocr_pipe_figures of the whole lines text[ls:le]: every row read on a line asks for the same lines, and
    each line's pipes are counted once (a line of thousands of figures cost its length per figure)."""
    if not _PIPE_TOUCHING_DIGIT.search(text, ls, le):
        return ()          # (every such pipe touches a digit: a table's own "| 12 |" never does)
    found = []
    line_shapes: dict[tuple[int, int], Counter] = {}
    for m in _OCR_PIPE.finditer(text, ls, le):
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        if m["end"] and (text.count("|", a, b) > 1 or _tight_beside(text, a, b)):
            continue
        shapes = line_shapes.get((a, b))
        if shapes is None:
            shapes = line_shapes[(a, b)] = Counter(_shape(text, p, a, b) for p in _pipes(text, a, b))
        own = Counter(_shape(text, p, a, b) for p in _pipes(text, m.start(), m.end()))
        # (three pipes or more of one shape inside one run are the table's own, tight: a TAB row written as pipes)
        if all(shapes[x] - own[x] < 2 and own[x] < 3 for x in own):
            found.append(m.span())
    return tuple(found)


def _pipes(text: str, a: int, b: int):
    p = text.find("|", a, b)
    while p >= 0:
        yield p
        p = text.find("|", p + 1, b)


def _shape(text: str, p: int, a: int, b: int) -> tuple[str, str]:
    """What stands either side of the pipe at p in the line text[a:b]: a digit, a blank, a pipe or other."""
    return (_side(text[p - 1]) if p > a else "s", _side(text[p + 1]) if p + 1 < b else "s")


def _tight_beside(text: str, ls: int, le: int) -> bool:
    """The line before or after text[ls:le] (blank lines passed over) ends in a figure and a pipe, tight."""
    # (read in place: copying the text before the line, stripped, cost a whole document per figure)
    p = ls
    while p > 0 and text[p - 1].isspace():
        p -= 1
    prev = text[text.rfind("\n", 0, p) + 1:p]
    q, n = le, len(text)
    while q < n and text[q].isspace():
        q += 1
    e = text.find("\n", q)
    nxt = text[q:n if e < 0 else e]
    return bool(_TIGHT_END.search(prev) or _TIGHT_END.search(nxt))
