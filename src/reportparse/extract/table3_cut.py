"""Table 三 rows printed a figure a line and cut or padded by page furniture: a line of other text among a
row's figures (the row cut: read only where its figures after the furniture make seven and its total holds,
never split or spread as collapsed runs), a page's bare number among them (eight figures: read without the
one whose dropping alone makes the total hold)."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Optional

import regex

from ..cells import parse_cell
from ..patterns import LABEL_NUMBERING, chrome_lines_only, ordinal_bracketed, ordinal_marked, page_chrome
from ..schema import keys, template_markers
from .block_cells import NEXT_FIGURE_LINE, furniture_line
from .fragments import REJOINED, rejoined
from .rows import RowHit
from .tables import COLLAPSED, RowRead, read_row


def repaired(text: str, h: RowHit, r: RowRead, bounds: list[int], total_ok, limit: int,
             collapsed: bool = False) -> RowRead:
    """The row's reading, `r` as read_row gave it, with the furniture among its figures accounted for; the row
    not read (its problem said) where that is not settled. `bounds`: where the table's rows start; `collapsed`: the
    text may print a run of equal cells once (a run the furniture parts is printed once on each side of it)."""
    printed = [t for t in h.cells if t.raw]
    # (one figure alone, read as a collapsed run, may be cut so too where figures follow the furniture: "0", a
    # page's line, "0 378 …"; with none after it, a page's line and then the next row, it is still a run)
    lone = len(printed) == 1
    nxt = _cut_at(text, h, bounds) if r.split and (lone or "\n" in text[printed[0].start:printed[-1].end]) else 0
    if nxt and lone and not _cut_lone_figure(text, printed, nxt, total_ok):
        nxt = 0
    if nxt:
        # fewer figures than columns on lines of their own, then text that is no cell before the next row (a
        # page's furniture in the row): the row was cut, neither collapsed nor run together. Its figures on
        # lines of their own after the furniture complete it where they make seven and its total holds — or, in a
        # text that prints a run of equal cells once, fewer, where one reading of their runs alone makes it hold
        # (0 / 【打印本页】 / 0: seven zeros a crawler printed once on each side of the furniture)
        joined = rejoined(text, printed, nxt)
        rest = RowHit(h.spec, h.label, h.label_start, h.label_end, joined, False, nxt, note=REJOINED)
        whole = None
        if len(joined) == 7:
            whole = read_row(rest, 7, total_ok, limit)
        elif collapsed and len(joined) < 7 and _chrome_only(text[printed[-1].end:nxt]):
            whole = read_row(rest, 7, total_ok, limit, collapsed=True)
        # (runs of equal cells read collapsed: R1 and R2 choose among the readings the row's total allows, as for
        # any collapsed row; readings of figures run together, the row cut as well, only where there is one)
        if whole is not None and whole.candidates and not whole.ocr \
                and (len(joined) == 7 or len(whole.candidates) == 1 or whole.damage == COLLAPSED) \
                and all(None not in c and total_ok(c) for c in whole.candidates):
            return whole
        r.candidates, r.problem = [], (f"{len(printed)} figures where the template has 7, "
                                       "then text that is no cell before the next row (the row cut)")
    elif not h.pipe_row and len(printed) == 7 == len(h.cells) and len(r.candidates) == 1 and None not in r.candidates[0] \
            and not total_ok(r.candidates[0]) and "\n" in text[printed[0].start:printed[-1].end]:
        # seven figures a line each whose total fails, then text that cuts the row and a figure after it: a page's
        # bare number among the seven (the row's last figure after the cut). Read without the one figure whose
        # dropping alone makes the total hold, else not read (as printed its columns would be shifted)
        cut = _cut_at(text, h, bounds)
        joined = rejoined(text, printed, cut) if cut else []
        if len(joined) > 7:
            whole = _stray_dropped(text, RowHit(h.spec, h.label, h.label_start, h.label_end, joined, False, cut,
                                                note=REJOINED), r, total_ok, limit) if len(joined) == 8 else r
            if whole is not r:
                return whole
            r.candidates, r.problem = [], ("7 figures whose total fails, then text that is no cell and more figures "
                                           "before the next row (the row cut): its columns are not settled")
    if r.problem and not h.pipe_row and len(h.cells) == 8:
        return _stray_dropped(text, h, r, total_ok, limit)
    return r


def _chrome_only(between: str) -> bool:
    """Are the lines among a row's figures (and after them, before the next row) a page's chrome (a print link, a
    page's number, a header field printed again) and the table's own headings alone, no words a row's label may be?"""
    return chrome_lines_only(between, lambda line: _heading(line.strip(" \t|")))


STRAY = "one figure among the row's eight is none of its cells (a page's number): the only one whose dropping makes its total hold"


def _stray_dropped(text: str, h: RowHit, r: RowRead, total_ok, limit: int) -> RowRead:
    """A table 三 row of eight figures, not a pipe row: read without the one figure (a page number between its
    lines) whose dropping alone makes its printed total hold; else as it was (not read). Not where two figures a
    bare line break parts, joined, make a row whose total holds too (a wrap that cut a figure: '0 22 0 0 0 0 2' /
    '2' holds both as 22 joined and with the 22 dropped — two readings, none chosen)."""
    parsed = [parse_cell(t.raw) for t in h.cells]
    if not all(c.ok and c.value is not None for c in parsed):
        return r
    if any(len(t.raw) > 1 and t.raw[0] == "0" and t.raw[1].isdigit() for t in h.cells):
        return r            # "02": the tail of a figure a wrap cut, no count; joined, the row may hold too ('202 2' / '02')
    fits = [i for i in range(8) if total_ok(tuple(c.value for j, c in enumerate(parsed) if j != i))]
    if len(fits) != 1:
        return r
    if any(_wrap_joined_holds(text, h.cells, parsed, i, total_ok) for i in range(7)):
        r.candidates, r.problem = [], ("8 figures where the template has 7: its total holds both with one dropped "
                                       "and with two a line break parts joined (a wrap that cut a figure)")
        return r
    cells = [t for j, t in enumerate(h.cells) if j != fits[0]]
    return read_row(RowHit(h.spec, h.label, h.label_start, h.label_end, cells, False, h.region_end, note=STRAY),
                    7, total_ok, limit)


def _wrap_joined_holds(text: str, cells: list, parsed: list, i: int, total_ok) -> bool:
    """Are figures i and i + 1 parted by a bare line break, and do they, joined, make seven whose total holds?"""
    a, b = cells[i], cells[i + 1]
    if text[a.end:b.start].strip(" ") != "\n" or not (a.raw.isdigit() and b.raw.isdigit()):
        return False
    values = [c.value for c in parsed]
    values[i:i + 2] = [int(a.raw + b.raw)]
    return total_ok(tuple(values))


def _cut_lone_figure(text: str, printed: list, nxt: int, total_ok) -> bool:
    """Is a lone figure followed by a line of other text and then figures (before the next row found) a row cut?
    Not where no figure follows (a page's line after a collapsed run), nor where the figures after the line make
    a whole row of their own whose total holds: the line is then a row's label the search did not know (总计 with
    its numbering lost) and the lone figure a collapsed run as before."""
    after = rejoined(text, printed, nxt)[1:]
    if not after:
        return False
    if len(after) == 7:
        values = [parse_cell(t.raw).value for t in after]
        return None in values or not total_ok(tuple(values))
    return True


_BLANK = regex.compile(r"[\s\x1c-\x1f]*")      # (what str.lstrip strips: str.isspace)
LABEL_FURNITURE = ("a page's furniture between the row's label and its figures passed over: its figures a line each after "
                   "it make the row, whose total holds")


def past_label_furniture(text: str, h: RowHit, nxt: Optional[int], total_ok, collapsed: bool = False) -> Optional[RowHit]:
    """A row printed a figure a line whose label has no figure before a page's furniture line (a print link, a page
    number, a header field a paginated page prints again: 来源：区政府办公室): the row with its figures after that
    line, where they alone stand before the next row (`nxt`; the table's last row: the figure lines right after the
    furniture), make seven and its total holds — or, in a text that prints a run of equal cells once (`collapsed`),
    fewer, read_row then reading them as runs only where the row's total allows; else None. (Any other words there
    may be a row's label the search did not know: the row stays unread.)"""
    bound = len(text) if nxt is None else nxt
    line_start = text.find("\n", h.label_end, bound) + 1
    if not line_start or text[h.label_end:line_start].strip():
        return None
    line_start = _BLANK.match(text, line_start, bound).end()           # (blank lines before it)
    line_end = text.find("\n", line_start, bound)
    line = text[line_start:line_end].rstrip()
    if line_end < 0 or not page_chrome(line):
        return None
    if nxt is None:
        if (run := _FIGURE_LINES.match(text, line_end + 1)) is None:
            return None
        nxt = run.end()
    cells = rejoined(text, [], nxt, line_end)
    if not (len(cells) == 7 or collapsed and 1 < len(cells) < 7) or "\n" not in text[cells[0].end:cells[-1].start]:
        return None
    values = tuple(parse_cell(t.raw).value for t in cells)
    if None in values or len(cells) == 7 and not total_ok(values):
        return None
    return RowHit(h.spec, h.label, h.label_start, h.label_end, cells, False, nxt, note=LABEL_FURNITURE)


_FIGURE_LINES = regex.compile(f"(?:{NEXT_FIGURE_LINE})+")


def past_furniture(text: str, end: int) -> int:
    """Where the table's last row may end: past a page's furniture line right after `end` and the bare figures
    after it (a row cut there goes on below it: repaired reads it whole only where its total holds), else `end`."""
    line_start = end if text[end - 1:end] == "\n" else text.find("\n", end) + 1     # (a region may end past its line's break)
    line_end = text.find("\n", line_start) if line_start else -1
    if not line_start or line_end < 0 or text[end:line_start].strip() or not furniture_line(
            text, text[line_start:line_end], line_end):
        return end
    return _FIGURE_LINES.match(text, line_end + 1).end()      # (furniture_line: one figure line at least)


_T3_HEADING = regex.compile(r"[ \t]*(?:" + ordinal_bracketed(1) + "|" + ordinal_marked("、", 1) + r")[^\d\n]*")


@lru_cache(maxsize=1)
def _unnumbered_headings() -> frozenset:
    """Table 三's headings as a crawler that drops list markers prints them: its groups' (不予公开, 无法提供: the part
    of their rows' labels before ' › ', indicators.tsv, without its numbering) and its sections' (本年度办理结果,
    templates.tsv)."""
    return frozenset(LABEL_NUMBERING.sub("", info.label.split(" › ")[0]) for key, info in keys().items()
                     if key.startswith("requests.") and " › " in info.label) | set(template_markers().t3_headings)


def _cut_at(text: str, h: RowHit, bounds: list[int]) -> int:
    """_cut_by_text for a table 三 row: a group's heading line ((三)不予公开, 三、本年度办理结果) before the next
    row's label is the table's own, no cut. Where the row is cut: where the next row starts, else 0."""
    last = max((t.end for t in h.cells), default=h.label_end)
    at = bisect_right(bounds, h.label_start)
    nxt = bounds[at] if at < len(bounds) else len(text)
    return nxt if not _headings_only([ln.strip(" \t|") for ln in text[last:nxt].split("\n")]) else 0


def _heading(line: str) -> bool:
    return _T3_HEADING.fullmatch(line) is not None or line in _unnumbered_headings()


def _headings_only(lines: list[str]) -> bool:
    """Are the (stripped) lines between a row's figures and the next row the table's own headings only? A heading a
    crawler's <br> broke in two (三、本年度办 / 理结果, 不予 / 公开) is one heading where its pieces join to one and the
    second is no page's chrome (a print link after a heading is furniture, the row cut)."""
    lines = [ln for ln in lines if ln]
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and not page_chrome(lines[i + 1]) and _heading(lines[i] + lines[i + 1]) \
                and not _heading(lines[i + 1]):
            i += 2
        elif _heading(lines[i]):
            i += 1
        else:
            return False
    return True
