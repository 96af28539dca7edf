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


def runs(band: list[Item], gap: float, cjk_gap: Optional[float] = None) -> list[list[Item]]:
    """A band cut where the space between two items is wider than `gap` character heights, or
    `cjk_gap` between two CJK characters (Chinese text sets no space between words)."""
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
                               and HAN.match(prev.text[-1:]) and HAN.match(it.text[:1])):
            part = [it]
            parts.append(part)
        else:
            part.append(it)
        prev, prev_h = it, it_h
    return parts


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
    lines = [line_of(part, geo) for band in groups for part in runs(band, geo.column_gap)]
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
