"""Characters → text lines: bands of vertically overlapping items, split into runs at gaps.

Shared by the ruled-table reader (pdf_tables.py: cell text, lines and paragraphs) and the
borderless-table reader (pdf_aligned.py: cells found by text alignment).
"""
from __future__ import annotations

from typing import Optional

from ..patterns import HAN
from .pdf_model import Item, Line
from .pdf_settings import PDFLayoutSettings


def bands(items: list[Item]) -> list[list[Item]]:
    """Items grouped into text bands (their vertical middles overlap), each sorted left to right."""
    if not items:
        return []
    items = sorted(items, key=lambda it: (it.top + it.bottom) / 2)
    groups: list[list[Item]] = []
    band_top = band_bottom = 0.0
    for it in items:
        cy = (it.top + it.bottom) / 2
        if groups and band_top - 0.5 <= cy <= band_bottom + 0.5:
            groups[-1].append(it)
            h = it.bottom - it.top
            if h < (band_bottom - band_top) * 1.5:
                band_top, band_bottom = min(band_top, it.top + h * 0.25), max(band_bottom, it.bottom - h * 0.25)
        else:
            groups.append([it])
            h = it.bottom - it.top
            band_top, band_bottom = it.top + h * 0.2, it.bottom - h * 0.2
    for g in groups:
        g.sort(key=lambda it: it.x0)
    return groups


def runs(band: list[Item], gap: float, cjk_gap: Optional[float] = None) -> list[list[Item]]:
    """A band cut where the space between two items is wider than `gap` character heights, or
    `cjk_gap` between two CJK characters (Chinese text sets no space between words)."""
    parts: list[list[Item]] = [[band[0]]]
    for it in band[1:]:
        prev = parts[-1][-1]
        h = max(prev.bottom - prev.top, it.bottom - it.top, 1.0)
        space = it.x0 - prev.x1
        if space > gap * h or (cjk_gap is not None and space > cjk_gap * h
                               and HAN.match(prev.text[-1:]) and HAN.match(it.text[:1])):
            parts.append([it])
        else:
            parts[-1].append(it)
    return parts


def line_of(part: list[Item], geo: PDFLayoutSettings) -> Line:
    """One run of items (left to right) as a Line; a space where the gap is a word gap."""
    text = []
    prev = None
    for it in part:
        if prev is not None:
            h = max(min(prev.bottom - prev.top, it.bottom - it.top), 1.0)
            if it.x0 - prev.x1 > geo.word_gap * h or (len(it.text) > 1 or len(prev.text) > 1):
                text.append(" ")
        text.append(it.text)
        prev = it
    return Line("".join(text).strip(), min(i.x0 for i in part), min(i.top for i in part),
                max(i.x1 for i in part), max(i.bottom for i in part))


def text_lines(items: list[Item], geo: PDFLayoutSettings) -> list[Line]:
    """Items as text lines; a gap wider than a few characters inside one band is two columns."""
    lines = [line_of(part, geo) for band in bands(items) for part in runs(band, geo.column_gap)]
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
