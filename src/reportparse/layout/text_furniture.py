"""A printed page's header and footer a crawl kept inside a table, where the page broke between two rows: the page's
address, the print date, the site's name, its page number — 0 / 2022-01-21 /
https://…/art_12.html / 2.重复申请 / 218. Left there, a date line after a row's figures reads as more of its cells and
the row is lost (or a legacy row `不予公开答复数 24 54` takes the date's year as a third figure).

Rule: a block of such lines (patterns.PAGE_URL_LINE, PAGE_DATE_LINE, PAGE_SITE_LINE, a page's chrome or number, blank
lines) holding an address, a date line or a page's number, right after a line ending in a figure and right before a table's line (a
figure alone, a row ending in figures, a pipe row, or a short label with a figure line within the next six written lines),
goes with its line breaks, blanked in place (offsets kept): the rows stand as if the page had not broken. Two equal
lines around the block (44 / 第2页 共3页 / 44) keep it (blank_page_numbers blanks the number in place: the line parting
a repeat is evidence of what the crawler kept, extract/line_damage). A site's name alone, a date line with no row after it (the report's signing date under its appendix) and a date in prose stay.
"""
from __future__ import annotations

import bisect
import re

from ..patterns import (FIGURE_LINE_PIPED, NUMBER, PAGE_DATE_LINE, PAGE_NUMBER_LINE, PAGE_NUMBER_OPENING, PAGE_SITE_LINE,
                        PAGE_URL_LINE, page_chrome)

# where such a line may start: an address, a print-date field, a year or a page number's mark (the text's other lines
# are never tried)
_OPENING = re.compile(r"\n[ \t]*(?:https?://|www\.|打印|访问|(?:19|20)[0-9]{2}[-/.年]|" + PAGE_NUMBER_OPENING + ")")
_ENDS_IN_FIGURE = re.compile(r"[0-9][ \t]*\|?[ \t]*$")
_FIGURE_LINE = re.compile(FIGURE_LINE_PIPED)
_ROW_LINE = re.compile(r"[^\n]*[^\s0-9|.,:-](?:[ \t|]+" + NUMBER + r")+[ \t|]*")
_LABEL_LINE = re.compile(r"[ \t]*[^\s|][^\n。；;]{0,59}")
_LOOK_AHEAD = 6        # (a sub-table's heading and its column headings before its first row)


def _strong(line: str) -> bool:
    return PAGE_URL_LINE.fullmatch(line) is not None or PAGE_DATE_LINE.fullmatch(line) is not None \
        or PAGE_NUMBER_LINE.fullmatch(line) is not None


def _furniture(line: str) -> bool:
    st = line.strip()
    return not st or _strong(line) or PAGE_SITE_LINE.fullmatch(line) is not None or page_chrome(st)


def _table_line_at(lines: list[str], i: int) -> bool:
    """Does line i (the first written one after a block) go on with a table?"""
    line = lines[i]
    if _FIGURE_LINE.fullmatch(line) or _ROW_LINE.fullmatch(line) or line.lstrip().startswith("|"):
        return True
    if not _LABEL_LINE.fullmatch(line):
        return False
    written = [ln for ln in lines[i + 1:i + 1 + 2 * _LOOK_AHEAD] if ln.strip()][:_LOOK_AHEAD]
    return any(_FIGURE_LINE.fullmatch(ln) for ln in written)


def _strong_line_starts(text: str) -> list[int]:
    """Where the lines an opening starts begin, of those that are a page's address, date or number (_strong)."""
    out = []
    for m in _OPENING.finditer(text):
        start = m.start() + 1                   # (the line the match's break opens)
        end = text.find("\n", start)
        if _strong(text[start:] if end < 0 else text[start:end]):
            out.append(start)
    return out


def blank_furniture_between_rows(text: str) -> str:
    # (a year at a line's start opens most reports' lines, their signing date's too: the text is cut into lines only
    # where one of them is a page's strong furniture)
    strong = _strong_line_starts(text)
    if not strong:
        return text
    lines = text.split("\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    chars = None
    done = -1
    for start in strong:
        i = bisect.bisect_right(starts, start) - 1
        if i <= done:
            continue
        a = i
        while a > 0 and _furniture(lines[a - 1]):
            a -= 1
        b = i + 1
        while b < len(lines) and _furniture(lines[b]):
            b += 1
        done = b - 1
        above = a - 1
        if above < 0 or b >= len(lines) or not _ENDS_IN_FIGURE.search(lines[above]) or not _table_line_at(lines, b):
            continue
        if lines[above].strip() == lines[b].strip():
            # (44 / 第2页 共3页 / 44: the page's line parts a repeat the crawler kept, the proof extract/line_damage
            # reads from a page number blanked in place; joined, the two would prove that nothing was collapsed)
            continue
        chars = chars or list(text)
        lo, hi = starts[above] + len(lines[above]), starts[b] - 1      # the break after the row … before the next line
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars) if chars else text
