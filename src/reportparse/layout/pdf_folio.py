"""A page's number printed over a table's cell: a table run down over the page's foot, where the
page number ('- 2 -', '第2页') is printed on every page. Its characters fell into the cell it crosses
('372' over '-2-' over '件': a cell that is no number, the row unread). It is known by the page before,
which printed its own number at the same place: the same marks around a number one page on, at the
same height and the same middle, in the same size (measured from the page's foot and its middle
across: a landscape page among portrait ones prints its number as far up from its foot, centred
on its own width). Such a run standing in a ruled cell (a rule
above its middle and one below), or touching other text on its line (a borderless table's last row run down
over it: '92-2-' read as the figure), is left out, with the page's note; where a row's text runs along
its line within a character's height of it ('-2-3153': one run), the run's stretch printing
the number the page before predicts is taken (_cut). A page number in the margin,
clear of other text, is left to pdf_tables (a furniture line), and a bare number ('2') is never taken
(it could be a figure).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..patterns import PAGE_NUMBER_LINE
from .pdf_model import Item

_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Folio:
    """Where a page printed its number: its text with its numbers as '#', the numbers, the line's
    top and bottom, its middle across, the page, and the page's height and width (0: not known)."""
    shape: str
    numbers: tuple
    top: float
    bottom: float
    middle: float
    page: int
    height: float = 0.0
    width: float = 0.0


def _runs(items: list[Item], height: float) -> list[list[Item]]:
    """The foot's characters as runs: one line (their middles within a third of `height`), each
    character at most `height` after the one before."""
    out: list[list[Item]] = []
    for it in sorted(items, key=lambda i: ((i.top + i.bottom) / 2, i.x0)):
        mid = (it.top + it.bottom) / 2
        for run in reversed(out):           # (sorted by their middles: the runs of this line are last)
            last = run[-1]
            if (last.top + last.bottom) / 2 < mid - height / 3:
                out.append([it])
                break
            if 0 <= it.x0 - last.x1 <= height:
                run.append(it)
                break
        else:
            out.append([it])
    return out


def _folio(run: list[Item], page: int, height: float, width: float) -> Optional[Folio]:
    text = "".join(it.text for it in run if not it.text.isspace())
    if not PAGE_NUMBER_LINE.match(text) or text.isdigit():
        return None                 # (a bare number may be a figure: never taken)
    digits = [it for it in run if it.text.isdigit()]
    return Folio(_NUMBER.sub("#", text), tuple(int(n) for n in _NUMBER.findall(text)),
                 min(d.top for d in digits), max(d.bottom for d in digits),
                 (run[0].x0 + run[-1].x1) / 2, page, height, width)


def _cut(run: list[Item], before: Folio, page: int) -> list[Item]:
    """The stretch of a run that prints the number the page `before` predicts for this page in its
    shape ('-2-' in '-2-3153': a table's row run along the page number's line, its figures
    within a character's height of it), or []."""
    numbers = iter((before.numbers[0] + page - before.page,) + before.numbers[1:])
    want = re.sub("#", lambda _m: str(next(numbers)), before.shape)
    chars = [it for it in run if not it.text.isspace()]
    if any(len(it.text) != 1 for it in chars):
        return []
    k = "".join(it.text for it in chars).find(want)
    return chars[k:k + len(want)] if k >= 0 else []


def _in_cell(run: list[Item], hedges) -> bool:
    """Does a horizontal rule run over the run's middle and another under it, both across it? (Its
    middle, as a cell takes a glyph: a page number at a larger size than the table's figures sticks
    out under the last row's bottom rule, its middle in the row's cell.)"""
    x = (run[0].x0 + run[-1].x1) / 2
    y = (min(it.top for it in run) + max(it.bottom for it in run)) / 2
    across = [e for e, x0, x1 in hedges if x0 <= x <= x1]
    return any(e < y for e in across) and any(e > y for e in across)


def _touching(run: list[Item], items: list[Item], share: float) -> bool:
    """Does other text stand on the run's line within `share` of its height of it (PDFLayoutSettings.folio_touch)?"""
    top, bottom = min(it.top for it in run), max(it.bottom for it in run)
    reach = (bottom - top) * share
    x0, x1 = run[0].x0 - reach, run[-1].x1 + reach
    mine = {id(it) for it in run}
    return any(it.top < bottom and it.bottom > top and it.x0 < x1 and it.x1 > x0 and id(it) not in mine
               for it in items)


def page_folio(items: list[Item], hedges, height: float, page: int, before: Optional[Folio], layout,
               notes: list, width: float = 0.0) -> tuple[list[Item], Optional[Folio]]:
    """The page's items without its number where it stands in a ruled cell or touches other text at
    the place the page `before` printed its own (above), and where this page prints its number (for
    the next page)."""
    foot = [it for it in items if it.top > (1 - layout.folio_foot) * height]
    if not foot:
        return items, None
    seen, drop = None, None
    place = layout.folio_place
    # (a page of another size than the page before: its place taken from the foot and the middle across)
    down = height - before.height if before is not None and before.height and height else 0.0
    across = (width - before.width) / 2 if before is not None and before.width and width else 0.0
    for run in _runs(foot, max(it.bottom - it.top for it in foot)):
        folio, cut = _folio(run, page, height, width), False
        if folio is None and before is not None:
            run, cut = _cut(run, before, page), True
            folio = _folio(run, page, height, width) if run else None
        if folio is None:
            continue
        if before is not None and folio.shape == before.shape and folio.numbers[1:] == before.numbers[1:] \
                and folio.numbers[0] == before.numbers[0] + page - before.page \
                and abs(folio.top - down - before.top) <= place and abs(folio.bottom - down - before.bottom) <= place \
                and abs(folio.middle - across - before.middle) <= place + 0.5 * (folio.bottom - folio.top) \
                and (_in_cell(run, hedges) or _touching(run, foot, layout.folio_touch)):
            seen, drop = folio, run
            break
        if seen is None and not cut and not _in_cell(run, hedges):
            seen = folio
    if drop is None:
        return items, seen
    gone = {id(it) for it in drop}
    notes.append(f"page {page}: its page number ('{''.join(it.text for it in drop)}'), printed over a table's "
                 "cell where the page before prints its own, was left out of the cell")
    return [it for it in items if id(it) not in gone], seen
