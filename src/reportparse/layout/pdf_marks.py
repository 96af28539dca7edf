"""Footnote marks set as superscripts after figures (`35¹`, `170²`, `24518*`), left out.

A report marks a figure that a note explains with a small raised character right after it. Its
characters are as near the figure as its own digits, so the cell read `351`, `1701` (a wrong figure),
or in a borderless table the mark stood as a figure of its own and moved the row's figures a
column over. A mark is told by its size and place, not its text: characters at most three
quarters of the figure's height, raised (their bottom at least a quarter of the figure's height
above the figure's), starting where a digit of the figure ends (within half its height) or over it, and
the ones after them at the same size and height. The figure may go on past the mark at its own size:
a figure drawn with tracking that the exporter did not count when it placed the mark after it
('1 1¹1': 1111 read for 111, WRONG); its digits are the figure's, the mark none of them. They are left out of the page's text with a
note: the figure reads as printed (a mark is never a digit of it).
"""
from __future__ import annotations

import bisect
from typing import Optional

from .pdf_model import Item


def _raised(it: Item, prev: Item, h: float) -> bool:
    """`it` is small and raised against the digit `prev` (of height h), its bottom above prev's middle."""
    ih = it.bottom - it.top
    return 0 < ih <= 0.75 * h and it.bottom <= prev.bottom - 0.25 * h and it.bottom > prev.top


def _is_mark(it: Item, prev: Item, h: float) -> bool:
    return _raised(it, prev, h) and prev.x0 - 0.15 * h <= it.x0 and it.x0 - prev.x1 <= 0.5 * h


#: the widest gap between two digits of one figure drawn with tracking, in digit heights (an em)
TRACKED_GAP = 1.0


def _in_gap(it: Item, prev: Item, digits: list[Item], ends: list[float], h: float) -> bool:
    """Is `it` a mark (small, raised) standing in the gap between the digit `prev` and the next digit
    of its figure (of `digits`, sorted by their `ends`), or over that digit's start? A mark placed
    where the figure would end without its tracking lands there, more than half a height after a digit."""
    if not (_raised(it, prev, h) and prev.x1 <= it.x0):
        return False
    # (the next digit ends within an em of tracking and its own width after prev)
    after = digits[bisect.bisect_right(ends, prev.x1):bisect.bisect_right(ends, prev.x1 + (TRACKED_GAP + 1) * h)]
    return any(abs(d.bottom - prev.bottom) <= 0.1 * h and abs((d.bottom - d.top) - h) <= 0.1 * h
               and 0 <= d.x0 - prev.x1 <= TRACKED_GAP * h and it.x0 < d.x1 for d in after)


def _same_line(it: Item, like: Item, prev: Item, h: float) -> bool:
    """Does `it` follow `prev` at the size and height of `like`?"""
    return (abs(it.bottom - like.bottom) <= 0.1 * h and abs((it.bottom - it.top) - (like.bottom - like.top)) <= 0.1 * h
            and -0.15 * h <= it.x0 - prev.x1 <= 0.5 * h)


def superscript_marks(items: list[Item], reach: Optional[dict] = None) -> tuple[list[Item], list[str]]:
    """The items without the superscript marks after figures, and the marks (their text) left out;
    `reach` (given) gets, by id of the digit each mark follows, the digit and how far past it the mark
    ended (the digit held: its id is not reused): a figure set centred with its mark stands off its
    cell's centre by half that (pdf_centred.py)."""
    digits = [it for it in items if it.text.isdigit()]
    if not digits:
        return items, []
    tallest = max(d.bottom - d.top for d in digits)
    # a mark is at most three quarters of a digit's height: on most pages (body text, tables a
    # size smaller) nothing is that small
    small = [it for it in items if 0 < it.bottom - it.top <= 0.75 * tallest]
    if not small:
        return items, []
    digits.sort(key=lambda d: d.x1)
    ends = [d.x1 for d in digits]
    starts: dict[int, list[Item]] = {}
    drop: dict[int, Item] = {}
    marks: list[str] = []

    def following(prev: Item, h: float, like: Item):
        if not starts:
            for it in items:
                starts.setdefault(int(it.x0), []).append(it)
        for key in range(int(prev.x1 - 0.15 * h), int(prev.x1 + 0.5 * h) + 1):
            for it in starts.get(key, ()):
                if it is not prev and _same_line(it, like, prev, h):
                    return it
        return None

    for m in small:
        if id(m) in drop:
            continue
        lo = bisect.bisect_left(ends, m.x0 - 0.5 * tallest)
        hi = bisect.bisect_right(ends, m.x0 + 1.15 * tallest)     # (over a digit: m.x0 past its x0)
        # (a mark's bottom stands within its digit's height, above its top: _raised, asked first
        # here of the digits at its place across the page, every row of a column)
        b = m.bottom
        near = [d for d in digits[lo:hi] if d.top < b <= d.bottom and _is_mark(m, d, d.bottom - d.top)]
        if not near:
            # in the gap of a tracked figure, farther than half a digit's height from the one before
            near = [d for d in digits[bisect.bisect_left(ends, m.x0 - TRACKED_GAP * tallest):lo]
                    if d.top < b <= d.bottom and _in_gap(m, d, digits, ends, d.bottom - d.top)]
        if not near:
            continue
        d = min(near, key=lambda d: abs(m.x0 - d.x1))     # the digit right before it
        h = d.bottom - d.top
        # (the figure going on at its own size past m: m drawn over the figure's last digits, placed
        # where the figure would end without the tracking it is drawn with; still no digit of it)
        chain = [m]
        while len(chain) < 4 and (nxt := following(chain[-1], h, m)) is not None and id(nxt) not in drop:
            chain.append(nxt)
        for it in chain:
            drop[id(it)] = it
        if reach is not None:
            reach[id(d)] = (d, max(0.0, chain[-1].x1 - d.x1))
        marks.append("".join(it.text for it in chain))
    if not drop:
        return items, []
    return [it for it in items if id(it) not in drop], marks
