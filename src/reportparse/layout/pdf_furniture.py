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

from .pdf_model import Line, PageData

#: at most this many furniture lines at a page's top or foot
MAX_LINES = 3
#: the same height within this many points (each in its page's, or N-up pane's, own frame)
SAME_PLACE = 2.0

_NUMBERS = re.compile(r"\d+")


def _text(line: Line) -> str:
    return _NUMBERS.sub("#", "".join(line.text.split()))


def _repeated(line: Line, page: PageData, other: PageData) -> bool:
    """Does `other` print `line`'s text (numbers aside) at its height? Heights first: they are cheap."""
    top = line.top - page.origin[1]
    text = None
    for b in other.blocks:
        if isinstance(b, Line) and abs(b.top - other.origin[1] - top) <= SAME_PLACE:
            text = _text(line) if text is None else text
            if text and _text(b) == text:
                return True
    return False


def table_edges(a_page: PageData, b_page: PageData):
    """(the last block of a_page, the first block of b_page), running furniture stepped over."""
    a, b = a_page.blocks, b_page.blocks
    end = len(a)
    while end > 0 and len(a) - end < MAX_LINES and isinstance(a[end - 1], Line) \
            and _repeated(a[end - 1], a_page, b_page):
        end -= 1
    start = 0
    while start < len(b) and start < MAX_LINES and isinstance(b[start], Line) and _repeated(b[start], b_page, a_page):
        start += 1
    return (a[end - 1] if end else None), (b[start] if start < len(b) else None)
