"""Running page furniture between a table's two parts: lines two pages print at the same place.

A running header or footer (the issuer's name over a rule, "第 3 页 共 8 页", a browser's page
title, URL, print date and "2/5") stands between the last rows of a table on one page and its
first rows on the next. It is known by repetition, not by words (the layout knows no report
vocabulary): a line at the top of the next page that the page before prints at the same height
with the same text (its numbers aside), or a line at the foot of this page that the next page
prints at the same height. A section heading that happens to open a page is not repeated, so a
new table under it is never taken for the rest of the table above.
"""
from __future__ import annotations

import re
from typing import Optional

from ..patterns import PAGE_NUMBER_OR_BARE
from .pdf_model import Line, PageData, Table
from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings

# (how many lines at most, and how near the same height: PDFLayoutSettings.furniture_lines, furniture_place)

_NUMBERS = re.compile(r"\d+")


def _text(line: Line) -> str:
    return _NUMBERS.sub("#", "".join(line.text.split()))


def _repeated(line: Line, page: PageData, other: PageData, place: float) -> bool:
    """Does `other` print `line`'s text (numbers aside) at its height (to `place` points)? Heights first: they are
    cheap."""
    top = line.top - page.origin[1]
    text = None
    for b in other.blocks:
        if isinstance(b, Line) and abs(b.top - other.origin[1] - top) <= place:
            text = _text(line) if text is None else text
            if text and _text(b) == text:
                return True
    return False


def table_edges(a_page: PageData, b_page: PageData, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT):
    """(the last block of a_page, the first block of b_page), running furniture stepped over."""
    a, b = a_page.blocks, b_page.blocks
    most, place = geo.furniture_lines, geo.furniture_place
    end = len(a)
    while end > 0 and len(a) - end < most and isinstance(a[end - 1], Line) \
            and _repeated(a[end - 1], a_page, b_page, place):
        end -= 1
    start = 0
    while start < len(b) and start < most and isinstance(b[start], Line) and _repeated(b[start], b_page, a_page, place):
        start += 1
    return (a[end - 1] if end else None), (b[start] if start < len(b) else None)


def under_caption(page: PageData, first, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT):
    """The table right under `first` (the first block of `page`, furniture stepped over: table_edges) where `first`
    is a short caption line over it ('续表', '表三（续）': a continued table's part carries one at the next page's
    top: is_caption); else None. Whether the table continues the one above the break, only its rows say (the cut
    row's rest: pdf_tables.merge_continued_table, pdf_cut_row)."""
    if not isinstance(first, Line):
        return None
    blocks = page.blocks
    at = next((k for k, b in enumerate(blocks) if b is first), None)
    if at is None or at + 1 >= len(blocks) or not isinstance(blocks[at + 1], Table):
        return None
    table = blocks[at + 1]
    return table if is_caption(first, table.x1 - table.x0, table.top, geo) else None


def is_caption(line: Line, width: float, below: float, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> bool:
    """Is `line` a caption over a table `width` wide whose part's first text stands at `below`: one line, no figure
    alone, at most `caption_share` of the width (set left, centred or right: a borderless table's sides are its
    text's, the caption may stand past them), at most `caption_gap` of its height above it?"""
    h = line.bottom - line.top
    return (h > 0 and not _NUMBERS.fullmatch("".join(line.text.split())) and line.x1 - line.x0 <= geo.caption_share * width
            and 0 <= below - line.bottom <= geo.caption_gap * h)


def body_top(a_page: PageData, b_page: PageData, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT):
    """Where a_page's body begins (the top of its first block that b_page does not repeat as running
    furniture), in its own frame; None on an empty page."""
    most = geo.furniture_lines
    for k, blk in enumerate(a_page.blocks[:most + 1]):
        if not (k < most and isinstance(blk, Line) and _repeated(blk, a_page, b_page, geo.furniture_place)):
            return blk.top - a_page.origin[1]
    return None


def page_numbers_out(lines: list[Line], height: float, dropped: Optional[list] = None,
                     geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> list[Line]:
    """`lines` without the page's number: a page-number mark or a bare number alone on its line near the
    page's top or foot. The bare numbers left out at the top are added to `dropped`: a borderless table's
    row cut by the page break before leaves its one carried cell there, looking just like a page number
    (pdf_lone_figure.py takes it back where the row the page before left that cell blank)."""
    out = []
    head, foot = geo.page_number_head, geo.page_number_foot
    for k, ln in enumerate(lines):
        top = ln.bottom < height * head
        if (top or ln.top > height * foot) and PAGE_NUMBER_OR_BARE.match(ln.text) and _alone(lines, k):
            if top and dropped is not None and ln.text.strip().isdigit():
                dropped.append(ln)
            continue
        out.append(ln)
    return out


def _alone(lines: list[Line], k: int) -> bool:
    """No other line shares the line's height: a page number stands alone, a figure of a
    borderless table's row beside its label does not (asked only of page-number candidates)."""
    mid = (lines[k].top + lines[k].bottom) / 2
    return not any(j != k and o.top <= mid <= o.bottom for j, o in enumerate(lines))
