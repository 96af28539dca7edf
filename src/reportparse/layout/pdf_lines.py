"""Characters → text lines: bands of vertically overlapping items, split into runs at gaps.

Shared by the ruled-table reader (pdf_tables.py: cell text, lines and paragraphs) and the
borderless-table reader (pdf_aligned.py: cells found by text alignment).
"""
from __future__ import annotations

from operator import attrgetter
from typing import Optional

from ..patterns import HAN
from .pdf_model import Item, Line
from .pdf_settings import PDFLayoutSettings

_X0 = attrgetter("x0")


def bands(items: list[Item]) -> list[list[Item]]:
    """Items grouped into text bands (their vertical middles overlap), each sorted left to right."""
    if not items:
        return []
    # (called for every cell and run of a page: plain comparisons instead of min()/max() calls,
    # with the same results, ties and all)
    middles = [(it.top + it.bottom) / 2 for it in items]
    groups: list[list[Item]] = []
    band_top = band_bottom = 0.0
    for k in sorted(range(len(items)), key=middles.__getitem__):
        it, cy = items[k], middles[k]
        if groups and band_top - 0.5 <= cy <= band_bottom + 0.5:
            groups[-1].append(it)
            h = it.bottom - it.top
            if h < (band_bottom - band_top) * 1.5:
                top, bottom = it.top + h * 0.25, it.bottom - h * 0.25
                if top < band_top:
                    band_top = top
                if bottom > band_bottom:
                    band_bottom = bottom
        else:
            groups.append([it])
            h = it.bottom - it.top
            band_top, band_bottom = it.top + h * 0.2, it.bottom - h * 0.2
    for g in groups:
        if len(g) > 1:
            g.sort(key=_X0)
    return groups


def runs(band: list[Item], gap: float, cjk_gap: Optional[float] = None,
         size_step: Optional[float] = None) -> list[list[Item]]:
    """A band cut where the space between two items is wider than `gap` character heights, or
    `cjk_gap` between two CJK characters (Chinese text sets no space between words), or between two
    digits whose heights differ by more than `size_step` of the taller (a figure's digits are set in
    one size: a page number printed in a table's last row beside a figure is no digit of it)."""
    prev = band[0]
    part = [prev]
    parts: list[list[Item]] = [part]
    prev_h = prev.bottom - prev.top
    for k in range(1, len(band)):
        it = band[k]
        it_h = it.bottom - it.top
        h = it_h if it_h > prev_h else prev_h          # max(prev_h, it_h, 1.0)
        if 1.0 > h:
            h = 1.0
        space = it.x0 - prev.x1
        if space > gap * h or (cjk_gap is not None and space > cjk_gap * h
                               and HAN.match(prev.text[-1:]) and HAN.match(it.text[:1])) \
                or (size_step is not None and abs(it_h - prev_h) > size_step * h
                    and prev.text[-1:].isdigit() and it.text[:1].isdigit()):
            part = [it]
            parts.append(part)
        else:
            part.append(it)
        prev, prev_h = it, it_h
    return parts


def letter_spaced(parts: list[list[Item]], widest: float) -> list[tuple[list[Item], Optional[bool]]]:
    """Runs of a band (runs()) with the letter-spaced words joined: each run paired with whether it
    is one, or None for digits spaced that way (below). WPS and Word justify or distribute a short label over its cell by spacing its
    characters evenly (`行  政  许  可`), wider than the gap that cuts a band into cells. Runs one
    after the other whose characters all stand at the same gap (within a tenth of a character
    height and 0.3 pt), at most `widest` character heights, are one word when two of its characters
    are Chinese (`规  章`, `1 . 属 于`), or one with punctuation (`定  ”`, a wrapped label's last
    line). Digits spaced that way are one figure letter-spaced (`4  6  8  1`) or one-digit figures
    in columns that narrow: which, only the table's columns can say; they are joined and paired
    with None (pdf_aligned.py reads them as one figure only where the columns settle it:
    pdf_spaced.py). Neighbouring columns stand farther apart than `widest` (a column is wider
    than its header word), or their words are not spaced at the same gap."""
    out: list[tuple[list[Item], Optional[bool]]] = []
    n = len(parts)
    i = 0
    while i < n:
        part = parts[i]
        j = i
        if i + 1 < n:
            h = max(part[-1].bottom - part[-1].top, 1.0)
            gap = parts[i + 1][0].x0 - part[-1].x1
            slack = 0.1 * h + 0.3
            # digits spaced by Tc stand at one gap to a hundredth of a point (equal advances): a
            # chain of digits takes the next digits only at that gap, not at the cell padding
            # that happens to be near it (`4 2 3 2` `2 2 6 5 9` of two neighbouring cells)
            tight = 0.02 * h + 0.15
            digits = _digits(part)
            if 0 < gap <= widest * h and _even(part, gap, tight if digits else slack):
                while j + 1 < n:
                    nxt = parts[j + 1]
                    s = tight if digits and _digits(nxt) else slack
                    if abs(nxt[0].x0 - parts[j][-1].x1 - gap) > s or not _even(nxt, gap, s):
                        break
                    digits = digits and _digits(nxt)
                    j += 1
                if digits and j == i + 1 and _chain_on(parts, j, gap, widest, tight):
                    j = i               # (two digits at one gap, the second going on at its own: below)
        word = [it for p in parts[i:j + 1] for it in p] if j > i else part
        han = sum(1 for it in word if HAN.match(it.text)) if j > i else -1
        if han >= 2 or han == 1 and not any(it.text.isalnum() for it in word if not HAN.match(it.text)):
            out.append((word, True))
        elif han == 0 and all(it.text.isdigit() or it.text in ".,%" for it in word) and word[0].text.isdigit():
            out.append((word, None))
        else:
            out.append((part, False))
            j = i
        i = j + 1
    return out


def _chain_on(parts: list[list[Item]], k: int, gap: float, widest: float, tight: float) -> bool:
    """Do the digits of parts[k] and the two parts after it stand at one gap of their own, other than
    `gap`? Then parts[k] is the first digit of a tracked figure ('1 0 8', its two gaps equal: Tc spacing)
    and the digit before it, one gap away by chance, the last of the cell before ('9'): two digits at
    one gap are no figure where the second goes on at another ('9 1' | '0 8' read neither)."""
    if k + 2 >= len(parts) or not all(_digits(p) for p in parts[k:k + 3]):
        return False
    h = max(parts[k][-1].bottom - parts[k][-1].top, 1.0)
    g = parts[k + 1][0].x0 - parts[k][-1].x1
    return (0 < g <= widest * h and abs(g - gap) > tight and abs(parts[k + 2][0].x0 - parts[k + 1][-1].x1 - g) <= tight
            and all(_even(p, g, tight) for p in parts[k:k + 3]))


def _digits(part: list[Item]) -> bool:
    return all(it.text.isdigit() or it.text in ".,%" for it in part)


def _even(part: list[Item], gap: float, slack: float) -> bool:
    """The characters of a run stand `gap` apart (within `slack`): one run of a letter-spaced word."""
    for k in range(1, len(part)):
        if abs(part[k].x0 - part[k - 1].x1 - gap) > slack:
            return False
    return True


def line_of(part: list[Item], geo: PDFLayoutSettings) -> Line:
    """One run of items (left to right) as a Line; a space where the gap is a word gap."""
    prev = part[0]
    x0, top, x1, bottom = prev.x0, prev.top, prev.x1, prev.bottom
    if len(part) == 1:
        return Line(prev.text.strip(), x0, top, x1, bottom)
    word_gap = geo.word_gap
    text = [prev.text]
    prev_h = bottom - top
    prev_long = len(prev.text) > 1
    for k in range(1, len(part)):
        it = part[k]
        it_h = it.bottom - it.top
        it_long = len(it.text) > 1
        if prev_long or it_long:
            text.append(" ")
        else:
            h = it_h if it_h < prev_h else prev_h      # max(min(prev_h, it_h), 1.0)
            if 1.0 > h:
                h = 1.0
            if it.x0 - prev.x1 > word_gap * h:
                text.append(" ")
        text.append(it.text)
        if it.x0 < x0:
            x0 = it.x0
        if it.top < top:
            top = it.top
        if it.x1 > x1:
            x1 = it.x1
        if it.bottom > bottom:
            bottom = it.bottom
        prev, prev_h, prev_long = it, it_h, it_long
    return Line("".join(text).strip(), x0, top, x1, bottom)


def text_lines(items: list[Item], geo: PDFLayoutSettings, groups: Optional[list[list[Item]]] = None) -> list[Line]:
    """Items as text lines; a gap wider than a few characters inside one band is two columns.
    `groups`: bands(items), when the caller has them already."""
    if groups is None:
        groups = bands(items)
    lines = [line_of(part, geo) for band in groups
             for part in runs(band, geo.column_gap, size_step=geo.figure_size_step)]
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def join(a: str, b: str) -> str:
    """Join two wrapped pieces of one cell or paragraph: no space between CJK, one between words."""
    if not a:
        return b
    if not b:
        return a
    if a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b
