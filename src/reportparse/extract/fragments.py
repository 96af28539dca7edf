"""Value rows whose label fell out of the table: tables cut into fragments by a converter.

A PDF-to-markdown converter may keep a row's numbers as a pipe row while its label drifts away
as loose text. Such a row stands between two rows that kept their labels, A and B; it is one of
the template rows between A and B that were not read. Where the number of label-less rows
there equals the number of unread template rows, their order settles which is which; otherwise
none of them is assigned, and `warnings` says so. Nothing is assigned across a read row.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from typing import Optional

import regex

from ..cells import figure_like, parse_cell
from ..patterns import (CELL_UNITS, FOOTNOTE_MARK, NUMBER_WITH_MONEY, OCR_LOOKALIKES, chrome_lines_only, ordinal_marked,
                        page_chrome)
from ..normalize import label_key
from ..schema import RowSpec
from .row_cells import Token, pipe_cells, wrapped_row_end
from .rows import RowHit

_SEPARATOR_CELL = regex.compile(r"^:?-{3,}:?$")


@dataclass
class LooseRow:
    """A row of numbers with no label, or with the label of a row already read (printed twice)."""
    start: int
    end: int
    cells: list[Token]
    printed: str = ""
    pipe: bool = True
    fragment: str = ""          # pieces of a cut label printed before the numbers


def loose_rows(text: str, start: int, end: int, n: int, taken: list[tuple[int, int]]) -> list[LooseRow]:
    """Pipe rows in text[start:end] holding exactly n value cells and no label, outside `taken`."""
    out = []
    pos = start
    # a line overlaps a taken span (a < line end, line start < b) when the spans opening before its
    # end reach past its start: one search in the spans sorted by opening, not a test of each span
    opens = sorted(taken)
    starts = [a for a, _ in opens]
    reach = list(accumulate((b for _, b in opens), max))
    for line in text[start:end].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if not line.lstrip().startswith("|"):
            continue
        line_end = line_start + len(line)
        if wrapped_row_end(text, line_end, end, True) > line_end:
            continue                               # a row a wrap cut goes on at the next line: a piece, no row
        j = bisect_left(starts, line_end)
        if j and reach[j - 1] > line_start:
            continue
        cells = pipe_cells(text, line_start, line_end)
        if cells and all(_SEPARATOR_CELL.match(c.raw) for c in cells if c.raw):
            continue                               # markdown's |---|---| line
        trailing = []
        while len(cells) > n and cells[-1].raw == "":
            trailing.append(cells.pop())
        # the cells before the numbers may hold pieces of a label cut by the converter
        # ("| 缴纳费用、 | 行政机关不再处理其政 | 780 | …")
        pieces = []
        while len(cells) > n and (cells[0].raw == "" or not figure_like(cells[0].raw)):
            pieces.append(cells.pop(0).raw)
        parsed = [parse_cell(c.raw) for c in cells]
        # (a figure an OCR garbled is a figure here: the row is a row of figures, whatever its cells read as)
        if len(cells) == n and all(figure_like(c.raw) for c in cells) and any(p.value is not None for p in parsed):
            if trailing and cells[0].raw == "":
                # blanks at both ends ("|  | 194 | … | 248 |  |"): the first blank may be the label's column
                # or the first figure's; kept, so that the row's reading weighs both (tables.read_row)
                cells += trailing[::-1]
            out.append(LooseRow(line_start, line_end, cells, fragment="".join(pieces)))
    return out


REJOINED = "a line of page furniture inside the row passed over: its figures after it complete the row, whose total holds"
# (a figure may carry its footnote mark, 0※: part of its cell, as in a row's tokens)
_FIGURE_ONLY = regex.compile(r"[ \t]*(" + NUMBER_WITH_MONEY + "(?:" + FOOTNOTE_MARK + r")?)[ \t]*\|?[ \t]*")


def rejoined(text: str, printed: list[Token], end: int, start: int = 0) -> list[Token]:
    """A row's figures before a cut and those standing a line each after it, up to `end` (the next row), the
    lines of other text passed over; every line after the cut that is neither such text nor a figure (a lone
    pipe: a blank) leaves nothing to rejoin. With no figure printed before the cut, the lines after `start`'s."""
    cells = list(printed)
    ended = False           # a line of pipes alone after the figures: the row's end ("||"), or a blank cell
    after = text.find("\n", printed[-1].end if printed else start, end)    # (the rest of the last figure's line is its own)
    if after < 0:
        return []
    for m in regex.finditer(r"[^\n]*", text, pos=after + 1, endpos=end):
        line = m.group()
        if not line.strip():
            continue
        fig = _FIGURE_ONLY.fullmatch(line)
        if fig and not ended:
            cells.append(Token(fig.group(1), m.start() + fig.start(1), m.start() + fig.end(1)))
        elif fig or regex.search(r"\d", line) and not regex.search(r"[^\s|\d]", line):
            return []
        elif not line.strip(" \t|"):
            ended = True
    return cells


def figure_lines(text: str, start: int, end: int, n: int, taken: list[tuple[int, int]]) -> list[LooseRow]:
    """Lines in text[start:end] that are n figures apart by blanks and nothing else, outside `taken`
    (the rows of a whitespace-separated table whose label is on another line)."""
    out = []
    for m in _FIGURE_LINE.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        cells = [Token(c.group(), c.start(), c.end()) for c in regex.finditer(r"\S+", text, pos=m.start(), endpos=m.end())]
        if len(cells) == n and all(figure_like(c.raw) for c in cells):
            out.append(LooseRow(m.start(), m.end(), cells, pipe=False))
    return out


# a line of three figures or more parted by blanks, OCR look-alikes among their digits: a row, not one of patterns'
# FIGURE_LINE family (a figure alone on its line)
_FIG = "[0-9" + "".join(OCR_LOOKALIKES) + "][0-9,.*" + "".join(OCR_LOOKALIKES) + "]*"
_FIGURE_LINE = regex.compile(rf"(?m)^[ \t]*{_FIG}(?:[ \t]+{_FIG}){{2,}}[ \t]*$")


def _fits(fragment: str, spec: RowSpec, others: list[RowSpec]) -> bool:
    """A label piece fits a row unless it belongs to another row's wording and not to this one's."""
    piece = label_key(fragment)
    if len(piece) < 2:
        return True
    if any(piece in lbl for lbl in spec.labels):
        return True
    return not any(piece in lbl for other in others for lbl in other.labels)


def assign_by_order(slots: tuple[str, ...], read: dict[str, int], loose: list[LooseRow],
                    specs: dict[str, RowSpec]) -> tuple[list[RowHit], list[str]]:
    """Label-less rows given to the unread template rows between the read rows around them.

    slots: the template's rows in printed order; read: row key → document offset of its read row.
    """
    warnings: list[str] = []
    anchors = sorted((pos, slots.index(k)) for k, pos in read.items() if k in slots)
    if any(a[1] >= b[1] for a, b in zip(anchors, anchors[1:])):
        if loose:
            warnings.append(f"table 三: {len(loose)} value rows without a label were not assigned: "
                            "the labelled rows are not in the template's order")
        return [], warnings
    bounds = [(-1, -1)] + anchors + [(10 ** 12, len(slots))]
    hits: list[RowHit] = []
    for (pos_a, slot_a), (pos_b, slot_b) in zip(bounds, bounds[1:]):
        rows = [r for r in loose if pos_a < r.start < pos_b]
        if not rows:
            continue
        missing = [slots[i] for i in range(slot_a + 1, slot_b) if slots[i] not in read]
        before = slots[slot_a] if slot_a >= 0 else "the table's start"
        after = slots[slot_b] if slot_b < len(slots) else "the table's end"
        if len(rows) != len(missing):
            warnings.append(f"table 三: {len(rows)} value rows without their own label between {before} and {after}, "
                            f"where {len(missing)} template rows are unread; not assigned")
            continue
        specs_missing = [specs[k] for k in missing]
        if not all(_fits(row.fragment, specs[key], specs_missing) for key, row in zip(missing, rows)):
            warnings.append(f"table 三: {len(rows)} value rows between {before} and {after} carry label pieces "
                            "that contradict the template's order; not assigned")
            continue
        for key, row in zip(missing, rows):
            hit = RowHit(specs[key], row.printed, row.start, row.start + len(row.printed), row.cells,
                         row.pipe, row.end)
            lost = f"printed as '{row.printed}' a second time" if row.printed else "label lost in the source"
            hit.note = f"{lost}: row read as {key} by the template's order between {before} and {after}"
            if row.printed:
                warnings.append(f"table 三: {hit.note}")
            hits.append(hit)
    return hits, warnings


# a line between two parts of a table cut by a page: blank, a page number (— 3 —, 第3页), a rule (---), a form feed
BETWEEN_PARTS = regex.compile(r"[ \t\f]*(?:[-—–_]{1,2}[ \t]*\d{1,4}[ \t]*[-—–_]{1,2}|第[ \t]*\d{1,4}[ \t]*页.*|-{3,}|\*{3,}|_{3,})?"
                               r"[ \t\f]*")
_OPENS_WITH_FIGURE = regex.compile(r"[ \t]*\|[ \t]*[+-]?[0-9][0-9,.]*[ \t]*\|")
_WORDS = regex.compile(r"\p{L}")


def _slots(line: str) -> int:
    """A pipe row's cells that hold no words: its figures' columns (a group's heading cell beside a row's label,
    （五）不予处理 | 1.信访举报投诉类申请, takes none, so a row under it and the row above compare by their figures)."""
    return sum(1 for cell in line.strip().strip("|").split("|") if not _WORDS.search(cell))


# a pipe row opening with a figure (no label): the one sign of a cut row, found once a table (a C scan) before any row
# is looked at
LABELLESS_PIPE_ROW = regex.compile(r"^[ \t]*\|[ \t]*[+-]?[0-9]", regex.M)


def cut_pipe_row(text: str, hit: RowHit):
    """Is a pipe row cut over a page (a converter's markdown): its line holds fewer cells than the pipe row above it,
    and the next line that is no break (blank, a page number, a rule) is a pipe row opening with a figure, no label?
    Then (start, end) of that line and whether its cells fill the row to the width of the row above (the row's rest,
    rejoined_row); else None. Its figures otherwise stand in the columns of the cut part only."""
    if not hit.pipe_row or not hit.cells:
        return None
    ls = text.rfind("\n", 0, hit.label_start) + 1
    le = text.find("\n", max(t.end for t in hit.cells))
    le = len(text) if le < 0 else le
    if text.count("\n", ls, le):
        return None             # (a row over several lines: not this damage)
    above = text.rfind("\n", 0, max(ls - 1, 0)) + 1 if ls else ls
    width, cells = text[above:ls - 1].count("|") - 1, text[ls:le].count("|") - 1
    if ls == 0 or width <= cells:
        return None
    at = le + 1
    while at < len(text):
        nl = text.find("\n", at)
        nl = len(text) if nl < 0 else nl
        line = text[at:nl]
        if not BETWEEN_PARTS.fullmatch(line):
            if _OPENS_WITH_FIGURE.match(line) is None:
                return None
            fills = cells + line.count("|") - 1 == width or (
                _slots(text[ls:le]) + _slots(line) == _slots(text[above:ls - 1]))
            return at, nl, fills
        at = nl + 1
    return None


PAST_CHROME = "a page's chrome among its figures passed over (a header field or print link a paginated page prints again)"


def past_chrome(text: str, rows: list[RowHit], unprinted: bool = False) -> None:
    """Rows printed a figure a line (a legacy appendix: 本年度, 累计) whose figures a page's chrome parts (36 /
    来源：区政府办公室 / 120): the figures after the chrome are the row's own where nothing but chrome and figures a line
    each stand between it and the next row's line. The row's cells and end extended in place, its note said.
    `unprinted`: the rows with no figure before the chrome instead (行政复议数 / 件 / 【打印本页】 / 1 / 62: all after
    it, its unit's line before it), the next row's label whatever row it is."""
    for h, nxt in zip(rows, rows[1:]):
        printed = [t for t in h.cells if t.raw]
        if h.pipe_row or bool(printed) == unprinted:
            continue
        line_end = text.find("\n", printed[-1].end if printed else h.label_end, nxt.label_start)
        next_line = text.rfind("\n", 0, nxt.label_start) + 1
        between = text[line_end + 1:next_line] if line_end >= 0 else ""
        if not between or not any(page_chrome(ln.strip()) for ln in between.split("\n") if ln.strip()) \
                or not chrome_lines_only(between, None if printed else CELL_UNITS.__contains__):
            continue
        cells = rejoined(text, printed, next_line, h.label_end)
        if len(cells) > len(printed):
            h.cells, h.region_end, h.note = cells, cells[-1].end, PAST_CHROME


LABEL_ALONE = "a row cut after its label: its cells the pipe row of figures on the next line, which holds its columns"


def label_alone_rest(text: str, hit: RowHit) -> Optional[RowHit]:
    """A pipe row holding its label alone ('| 规章 |') whose next line that is no break (blank, a page number, a rule)
    is a pipe row of figures with no words ('| 49 | 32 | 44 |'): the row with those cells (a converter cut the row
    after its label cell). The caller reads it only where the cells are as many as the row's columns; else None."""
    if hit.cells:
        return None
    ls = text.rfind("\n", 0, hit.label_start) + 1
    le = text.find("\n", hit.label_end)
    le = len(text) if le < 0 else le
    if text[ls:hit.label_start].strip() != "|" or text[hit.label_end:le].strip() != "|" or (
            ls and _LABEL_ALONE_LINE.fullmatch(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1)):
        return None         # (labels stacked one a line over rows of figures: a column cut off, whose is unknown)
    rest = _next_part(text, le + 1)
    if rest is None or _WORDS.search(text, *rest) or not text[rest[0]:rest[1]].rstrip().endswith("|"):
        return None
    if _next_part(text, rest[1] + 1) is not None:
        return None         # (two rows of figures after one label: which is its own is unknown)
    return RowHit(hit.spec, hit.label, hit.label_start, hit.label_end, pipe_cells(text, *rest), True, rest[1],
                  hit.unit, LABEL_ALONE)


LABEL_ALONE_LINES = ("a row cut after its label: its cells the pipe rows of figures on the lines after it, which together "
                     "fill its columns and whose total holds")
LABEL_ALONE_PARTS = ("a row cut after its label: its cells the pipe rows of figures on the lines after it, which together "
                     "fill its columns exactly, the next line no figures")


def label_alone_lines(text: str, hit: RowHit, n: int, total_ok=None) -> Optional[RowHit]:
    """label_alone_rest for a row of `n` cells whose figures a converter also cut over lines ('| (七)总计 |' / '| 12 |
    7 | 30 |' / '| 5 | 9 | 0 | 63 |'): the pipe rows of figures after the label, up to the first making `n` cells
    together, the row's where no other row of figures follows them and its total (`total_ok`) holds; else None.
    A row with no total (table 二, total_ok None) is proved by the rest alone: the parts fill its `n` columns with no
    cell over (a part that overruns them is another row's) and the next line is no figures (the next row's label, a
    heading or the table's end): a row of figures after them would be a row whose label was lost, the cut unknown."""
    one = label_alone_rest(text, hit)
    if one is not None:
        return one if len(one.cells) == n else None
    ls = text.rfind("\n", 0, hit.label_start) + 1
    le = text.find("\n", hit.label_end)
    if hit.cells and not _breaks_only(text, le + 1, hit.region_end):
        return None         # (its cells read were a markdown rule's dashes after it, a page's break: no cells)
    if le < 0 or not _LEAD_IN.fullmatch(text, ls, hit.label_start) or text[hit.label_end:le].strip() != "|" or (
            ls and _LABEL_ALONE_LINE.fullmatch(text, text.rfind("\n", 0, ls - 1) + 1, ls - 1)):
        return None
    cells: list[Token] = []
    at = end = le + 1
    while len(cells) < n and (part := _next_part(text, at)) is not None:
        if _WORDS.search(text, *part) or not text[part[0]:part[1]].rstrip().endswith("|"):
            return None
        cells += pipe_cells(text, *part)
        end, at = part[1], part[1] + 1
    if len(cells) != n or _next_part(text, at) is not None:
        return None
    values = tuple(parse_cell(t.raw).value for t in cells)
    if None in values or (total_ok is not None and not total_ok(values)):
        return None
    return RowHit(hit.spec, hit.label, hit.label_start, hit.label_end, cells, True, end, hit.unit,
                  LABEL_ALONE_LINES if total_ok is not None else LABEL_ALONE_PARTS)


def _breaks_only(text: str, at: int, end: int) -> bool:
    """Are the lines from `at` to `end` breaks between two parts of a table (BETWEEN_PARTS), one at least?"""
    lines = text[at:end].split("\n") if 0 < at <= end else []
    return bool(lines) and all(BETWEEN_PARTS.fullmatch(ln) for ln in lines)


# what may open a row's line before its label: its numbering the label leaves out (一、本年新收…), its group's cell
# beside it (| (四)无法提供 | 1.本机关不掌握… |), no figure
_LEAD_IN = regex.compile(r"[ \t]*\|(?:[^|\d\n]*\|)?[ \t]*(?:" + ordinal_marked("、", 2) + r")?[ \t]*")
_LABEL_ALONE_LINE = regex.compile(r"[ \t]*\|[^|\d\n]*\p{L}[^|\d\n]*\|[ \t]*")


def _next_part(text: str, at: int) -> Optional[tuple[int, int]]:
    """(start, end) of the next line that is no break (BETWEEN_PARTS) where it is a pipe row opening with a figure;
    else None."""
    while at < len(text):
        nl = text.find("\n", at)
        nl = len(text) if nl < 0 else nl
        if not BETWEEN_PARTS.fullmatch(text, at, nl):
            return (at, nl) if _OPENS_WITH_FIGURE.match(text, at, nl) else None
        at = nl + 1
    return None


def rejoined_row(text: str, hit: RowHit, rest: tuple[int, int]) -> RowHit:
    """The cut row with the cells of its rest (cut_pipe_row's line, which fills it to the width) at its end."""
    cells = pipe_cells(text, *rest)
    return RowHit(hit.spec, hit.label, hit.label_start, hit.label_end, hit.cells + cells, True, rest[1], hit.unit,
                  "a row cut over a page: its last cells the first row of the next part, which fills it to the width "
                  "of the row above")
