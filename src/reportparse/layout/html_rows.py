"""HTML table rows broken by their markup or by a CMS (html_table reads them): cells left outside any row by a
stray </tr>, a cell holding a label and its row's figures on lines of their own, a div table's rows under a
merged label column; and the figure and span patterns the table reader shares with them."""
from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Optional

import regex
from lxml import etree

from ..cells import PICTURE_CELL
from ..normalize import normalize_text
from .html_tree import BLOCK

SPACES = regex.compile(r"\s+")
FIGURE = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?%?")     # one figure of a cell that holds several
# HTML "rules for parsing non-negative integers": leading spaces, an optional +, digits; the rest ignored
SPAN_VALUE = regex.compile(r"^[\s]*\+?([0-9]{1,12})")     # ASCII digits only, as browsers read them
# a cell outside any row (after a stray </tr>), in the table or a row group of it: one XPath call in C
STRAY_CELL = etree.XPath("boolean(td|th|tbody/td|tbody/th|thead/td|thead/th|tfoot/td|tfoot/th)")


def span_value(value: Optional[str], most: int) -> int:
    """A rowspan/colspan as TableReader._span reads it, without recording the clamp."""
    m = SPAN_VALUE.match(value) if value else None
    return min(max(int(m.group(1)) if m else 1, 1), most)


PICTURE = PICTURE_CELL     # what a cell showing a figure as a picture reads as (cells.py)
_ALTS = etree.XPath("descendant::img/@alt", smart_strings=False)


def picture_figure(td) -> bool:
    """Whether a cell without text shows a picture whose alternative text is a figure (an article editor
    set the figure as an image): the cell is not blank, and the picture is not read."""
    alts = _ALTS(td)
    return len(alts) == 1 and bool(FIGURE.fullmatch(alts[0].strip()))


_CELL_CHARS = 200           # a table cell's text is short: a label, a heading, a figure
_CELL_TABLE_CELLS = 6       # a table set in one cell to split it (Word) has a few cells
_CELL_LEVELS = 4            # and sits right in the cell (td > table, td > div > table, …)


def inline_cell_tables(body) -> int:
    """Each small table set inside a short table cell (Word splits a cell so: a header cell holding a
    table of its two lines) replaced by its text, cell after cell, so the table around it is read as the
    table it is (a table holding another is otherwise a page's layout). The number replaced."""
    found = []
    short: dict = {}            # cell → whether its text is short (each cell looked at once)
    for inner in body.iter("table"):
        # the cell it is set in: a few levels up (a deeper table is not one a cell was split by)
        cell = next((a for a in itertools.islice(inner.iterancestors(), _CELL_LEVELS)
                     if isinstance(a.tag, str) and a.tag.lower() in ("td", "th")), None)
        if cell is None:
            continue
        if cell not in short:
            short[cell] = _within(cell, _CELL_CHARS)
        cells = _cells_within(inner) if short[cell] else None
        if cells is not None:
            found.append((inner, cells))
    for inner, cells in found:
        span = etree.Element("span")
        span.text = " ".join(t for t in (" ".join(text_of(c).split()) for c in cells) if t)
        span.tail = inner.tail
        inner.getparent().replace(inner, span)
    return len(found)


def _within(el, chars: int) -> bool:
    """Whether the element's text is at most `chars` long, looking at a bounded number of its nodes (a
    cell holding a whole page is not read through for each table in it)."""
    n = 0
    for i, node in enumerate(el.iter()):
        if i > 4 * chars:
            return False
        if isinstance(node.tag, str):
            n += len(node.text or "")
        if node is not el:
            n += len(node.tail or "")
        if n > chars:
            return False
    return True


def _cells_within(table) -> Optional[list]:
    """The cells of a small table holding no other table (at most _CELL_TABLE_CELLS, in a bounded walk), or
    None."""
    cells = []
    for i, node in enumerate(table.iter()):
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if i > 20 * _CELL_TABLE_CELLS or (tag == "table" and node is not table):
            return None
        if tag in ("td", "th"):
            cells.append(node)
            if len(cells) > _CELL_TABLE_CELLS:
                return None
    return cells


def stray_groups(table) -> list[tuple]:
    """The runs of cells outside any row: (the <tr> before them or None, the cells), row group by row group."""
    groups: list[tuple] = []
    for section in (table, *(el for el in table if isinstance(el.tag, str)
                              and el.tag.lower() in ("tbody", "thead", "tfoot"))):
        last, run = None, []
        for el in section:
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if tag in ("td", "th"):
                run.append(el)
                continue
            if run:
                groups.append((last, run))
                run = []
            if tag == "tr":
                last = el
        if run:
            groups.append((last, run))
    return groups


def text_of(el) -> str:
    try:
        return _STRING(el) or ""
    except ValueError:
        return ""


_STRING = etree.XPath("string()", smart_strings=False)      # what lxml.html's text_content() computes


def line_broken(td) -> bool:
    """Whether the cell's text is set on several lines (a <br>, two blocks) or apart by wide spaces."""
    blocks = 0
    for el in td.iter():
        tag = el.tag.lower() if el is not td and isinstance(el.tag, str) else ""
        if tag == "br":
            return True
        blocks += tag in BLOCK
    text = text_of(td)
    return blocks > 1 or "\xa0" in text or "\u3000" in text



def cell_pieces(td) -> list[str]:
    """The cell's label, then its text cut where a browser breaks it (a <br>, a block) and at spaces, a
    blank line kept as an empty piece (a blank cell), none at either end."""
    out: list[str] = []
    for event, el in etree.iterwalk(td, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if el is not td and tag == "br":
                out.append("\n")
            elif el is not td and tag in BLOCK and out and not out[-1].endswith("\n"):
                out.append("\n")
            if el.text and isinstance(el.tag, str):
                out.append(SPACES.sub(" ", el.text))        # a line break in the source is a space
            continue
        if el is not td:
            if tag in BLOCK and tag != "br" and out and not out[-1].endswith("\n"):
                out.append("\n")
            if el.tail:
                out.append(SPACES.sub(" ", el.tail))
    pieces: list[str] = []
    for line in normalize_text("".join(out)).split("\n"):
        pieces += line.split() or [""]
    while pieces and not pieces[0]:
        pieces.pop(0)
    while pieces and not pieces[-1]:
        pieces.pop()
    # the label: the words before the first figure or blank line ("3.危及“三安全一稳定”" keeps its number)
    first = next((i for i, p in enumerate(pieces) if not p or FIGURE.fullmatch(p)), len(pieces))
    return [" ".join(pieces[:first])] + pieces[first:] if first else pieces


def under_merged_labels(grid: list[tuple], texts: list[str]) -> set:
    """The rows of a div table that stand under a merged label column: a run of two or more short rows, each
    opening with a label, right below a full row that opens with one (a table whose rowspan label a CMS
    left out of the rows below it; a browser shows those rows short at their start, and they are read so).
    A short row elsewhere has lost a cell whose place is unknown."""
    width = max((g[3] for g in grid), default=0)
    firsts, at = [], 0
    for g in grid:
        firsts.append(texts[at] if g[1] else "")
        at += len(g[1])
    out: set = set()
    i = 0
    while i < len(grid):
        j = i + 1
        if grid[i][3] == width and firsts[i] and not FIGURE.fullmatch(firsts[i]):
            while j < len(grid) and grid[j][3] < width and firsts[j] and not FIGURE.fullmatch(firsts[j]):
                j += 1
            if j - i > 2:
                out.update(grid[k][0] for k in range(i + 1, j))
        i = j
    return out


# between two parts of a cut table: nothing, or a short line (续表, a page number)
_BETWEEN_CHARS = 12


def cut_before_next_table(tr) -> bool:
    """Is `tr` the last row of its <table>, and does the next element (past a short line: 续表, a page number) open
    another <table> whose first row (after a header row repeated from this table) starts with a figure, no label?
    A row cut between two parts of a table then stops short: its other cells are that row, not blank."""
    return rest_of_cut_row(tr) is not None


def rest_of_cut_row(tr):
    """The row that opens the next part of `tr`'s table with a figure and no label (cut_before_next_table), or None."""
    table = next((a for a in tr.iterancestors() if a.tag == "table"), None)
    # (the cheap test first: most tables are followed by no other one)
    nxt = table.getnext() if table is not None else None
    while nxt is not None and nxt.tag != "table":
        if not isinstance(nxt.tag, str) or nxt.xpath(".//table") or len("".join(nxt.itertext()).strip()) > _BETWEEN_CHARS:
            return None
        nxt = nxt.getnext()
    if nxt is None or table.xpath("(.//tr)[last()]")[0] is not tr:
        return None
    head, rows = table.xpath("(.//tr)[1]")[0], nxt.xpath(".//tr")[:2]
    if rows and len(rows) > 1 and "".join(rows[0].itertext()).split() == "".join(head.itertext()).split():
        rows = rows[1:]
    cells = [c for c in rows[0] if c.tag in ("td", "th")] if rows else []
    ok = bool(cells) and FIGURE.fullmatch(" ".join("".join(cells[0].itertext()).split())) is not None
    return rows[0] if ok else None


def cut_row_end(tr, end: int, width: int, max_span: int):
    """(the row, its cells) that end `tr`, a table's last row that stops short (at column `end` of `width`): the next
    part's first row of figures and no label (rest_of_cut_row), where its cells, blank or one figure each, fill `tr`
    exactly to the width; else None."""
    rest = rest_of_cut_row(tr) if end < width else None
    if rest is None:
        return None
    cells = [c for c in rest if c.tag in ("td", "th")]
    if end + sum(span_value(c.get("colspan"), max_span) for c in cells) != width or any(c.get("rowspan") for c in cells):
        return None
    texts = (" ".join("".join(c.itertext()).split()) for c in cells)
    return (rest, cells) if all(not t or FIGURE.fullmatch(t) for t in texts) else None


def rows_cut_in_two(rows: list, grid: list, max_span: int) -> dict:
    """Rows a page cut in two inside its table: a row with a label and figures that stops short of the table's
    width, and right after it a row of figures and no label (one figure or blank a cell, no rowspan) that fills it
    exactly to the width — a CMS that closed the <tr> before one of its cells — or after rows of no figure that only
    print again words of the rows above (the header a page break that cut the row repeats). {that row: the next
    row's cells} (html_table reads them as its end). Only the labels of the short row may span rows (a group's label over its
    rows); a figure that spans rows, or a short row with no figure yet (a heading), is never joined. The width is
    the one most rows of figures fill, or that of the row of figures right after the rest (a part of a table cut in
    two whose group labels stayed in the part before: its rows end a column short of the groups' rows)."""
    if len({g[3] for g in grid}) < 2:
        return {}       # every row ends at one column: none stops short (no cell's text is read to learn that)
    # the width most rows of figures fill (a header printed again inside the table spans rows past its place)
    words = [[" ".join(text_of(c).split()) for c in g[5]] for g in grid]      # (each row's cells' text, read once)
    figured = [any(FIGURE.fullmatch(t) for t in ws) for ws in words]
    ends = Counter(g[3] for g, f in zip(grid, figured) if f)
    width = max(ends, key=lambda e: (ends[e], e), default=0)
    out: dict = {}
    seen: set[str] = set()      # the words of the rows of no figure so far (a header printed again repeats them)
    for i, g in enumerate(grid[:-1]):
        j = i + 1
        while j < len(grid) - 1 and not figured[j] and all(not t or t in seen for t in words[j]):
            j += 1      # (a header printed again between the pieces: the page break that cut the row repeats it)
        if not figured[i]:
            seen.update(words[i])
        h = grid[j]
        tr, nxt = rows[g[0]], rows[h[0]]
        after = grid[j + 1][3] if j + 1 < len(grid) and figured[j + 1] and grid[j + 1][0] == h[0] + 1 else width
        if h[0] != g[0] + j - i or type(tr) is list or type(nxt) is list or g[3] >= max(width, after) \
                or type(rows[g[0] - 1]) is not list and out.get(rows[g[0] - 1]):
            continue
        size = sum(span_value(c.get("colspan"), max_span) for c in h[5])
        if not any(g[3] < w == g[3] + size for w in (width, after)):
            continue
        texts, rest = words[i], words[j]
        if (not texts[0] or FIGURE.fullmatch(texts[0]) or not any(FIGURE.fullmatch(t) for t in texts[1:])
                or any(c.get("rowspan") for c, t in zip(g[5] + h[5], texts + rest) if FIGURE.fullmatch(t) or c in h[5])
                or not rest or not FIGURE.fullmatch(rest[0])
                or not all(not t or FIGURE.fullmatch(t) for t in rest)):
            continue
        out[tr] = h[5]      # (the rest is no row of its own: the loop's next pair, whose first it is, is skipped)
    return out
