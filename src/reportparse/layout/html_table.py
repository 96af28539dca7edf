"""HTML tables → pipe rows: a <table> (rowspan and colspan expanded) and a table built of div/ul/li/span
laid out by CSS (grid, flex, floats), each row rendered as one `| a | b |` line with every cell once,
and each cell's CellRef (table, row, column, the columns it spans).

A row is read as a browser shows it: a row of figures that stops short of the table's width is blank
at its end; a blank cell stays a blank cell (in a div table too, where an empty <div></div> would
otherwise leave no trace and move the next figure into its column).
"""
from __future__ import annotations

import re
from typing import Optional

import regex
from lxml import etree

from ..document import pipe_row
from ..errors import DocumentTooLargeError
from ..normalize import normalize_text
from .html_tree import BLOCK

_SPACES = regex.compile(r"\s+")
_DIGIT = re.compile(r"[0-9]")
_FIGURE = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?%?")     # one figure of a cell that holds several
_ASCII_SPACE_NOT_BLANK = frozenset("\t\n\x0b\x0c\r")     # what _SPACES matches in ASCII, besides " "
# HTML "rules for parsing non-negative integers": leading spaces, an optional +, digits; the rest ignored
_SPAN_VALUE = regex.compile(r"^[\s]*\+?([0-9]{1,12})")     # ASCII digits only, as browsers read them

# a table of divs: what may be its rows and cells, and the class or style that says a stylesheet lays it
# out as a table (its words are CSS and CMS markup, no report's)
GRID_TAGS = frozenset("div li ul ol dl section".split())      # a div table and its rows
_GRID_CELL_TAGS = frozenset("div span li p dd dt label em b strong font i td th".split())
_GRID_INLINE = frozenset("span font b strong em i u sub sup a label br p o:p".split())   # what a cell may hold
_GRID_HINT = re.compile(r"(?<![a-z])(?:t[rdh]|row|rows|cell|cells|col|cols|column|grid|table|tbl|tab)(?![a-z])|"
                        r"display\s*:\s*(?:grid|inline-grid|flex|inline-flex|table|table-row|table-cell|inline-block)|"
                        r"float\s*:\s*(?:left|right)|grid-(?:column|template)", re.I)
_GRID_SPAN = re.compile(r"grid-column\s*:\s*(?:\d+\s*/\s*)?span\s+(\d{1,4})", re.I)
_GRID_CELL_CHARS = 200          # a cell of a div table is short (a row label, a figure, a heading)
_GRID_CELL_ELEMENTS = 40        # and holds a few inline elements at most


def text_of(el) -> str:
    try:
        return _STRING(el) or ""
    except ValueError:
        return ""


_STRING = etree.XPath("string()", smart_strings=False)      # what lxml.html's text_content() computes


class TableReader:
    """The table half of the HTML renderer (html._Renderer): it holds settings, parts, length, cells,
    tables, cell_count, clamped, show_hidden and _hidden()."""

    def _span(self, value: Optional[str], what: str) -> int:
        m = _SPAN_VALUE.match(value) if value else None
        n = int(m.group(1)) if m else 1
        if n > self.settings.max_span:
            seen = self.clamped.setdefault(what, [0, 0])
            seen[0] += 1
            seen[1] = max(seen[1], n)
            n = self.settings.max_span
        return max(n, 1)

    def _count(self, n: int) -> None:
        self.cell_count += n
        if self.cell_count > self.settings.max_table_cells:
            raise DocumentTooLargeError(
                f"the page's tables hold more than {self.settings.max_table_cells:,} cells (counting the grid "
                "positions each rowspan/colspan covers); raise ParseSettings.max_table_cells "
                "(--max-table-cells) to read it", self.path)

    def table(self, table) -> None:
        rows = list(table.iter("tr"))
        max_cells, count, span = self.settings.max_table_cells, self.cell_count, self._span
        # row → columns taken there by a cell of an earlier row (rowspan); a cell's own row needs no entry
        below: dict[int, set[int]] = {}
        grid: list[tuple] = []      # (row, the column of each of its cells, their colspans, end column, taken, cells)
        # one pass over the cells: their places, and their text chunks (cell after cell; `ends` says
        # where each cell's chunks end), normalised afterwards in one call
        chunks: list[str] = []
        ends: list[int] = []
        shown = self.show_hidden
        for r, tr in enumerate(rows):
            taken = below.pop(r, None)
            cols = []
            spans = []
            tds = []
            c = 0
            if not shown and self._hidden(tr):
                continue
            for td in tr:
                tag = td.tag
                if tag != "td" and tag != "th" and (not isinstance(tag, str) or tag.lower() not in ("td", "th")):
                    continue
                if not shown and self._hidden(td):
                    continue
                if taken:
                    while c in taken:
                        c += 1
                rs, cs = td.get("rowspan"), td.get("colspan")
                rs = min(span(rs, "rowspan"), len(rows) - r) if rs else 1
                cs = span(cs, "colspan") if cs else 1
                # the cell, and the positions its rowspan takes in the rows below: bounded before allocating
                count += 1 + (rs - 1) * cs
                if count > max_cells:
                    self.cell_count = count
                    self._count(0)
                if rs > 1:
                    for dr in range(1, rs):
                        below.setdefault(r + dr, set()).update(range(c, c + cs))
                cols.append(c)
                spans.append(cs)
                tds.append(td)
                chunks += _chunks(td)
                ends.append(len(chunks))
                c += cs
            if cols:
                grid.append((r, cols, spans, c, taken, tds))
        self.cell_count = count
        self._emit(grid, _joined(chunks, ends))

    def div_table(self, rows: list[list]) -> None:
        """A table built of div/ul/li/span (grid_rows' rows of cell elements): every cell kept, blank ones too."""
        self._count(sum(map(len, rows)))
        grid = []
        chunks: list[str] = []
        ends: list[int] = []
        for r, row in enumerate(rows):
            cols, spans, c = [], [], 0
            for cell in row:
                m = _GRID_SPAN.search(cell.get("style") or "")
                cs = min(int(m.group(1)), self.settings.max_span) if m else 1
                cols.append(c)
                spans.append(cs)
                chunks += _chunks(cell)
                ends.append(len(chunks))
                c += cs
            grid.append((r, cols, spans, c, None, row))
        # a row short of cells keeps them as they are: a stylesheet's grid places each cell in the next
        # free column, so the place of one the page left out is unknown
        self._emit(grid, _joined(chunks, ends), fill=False)

    def _emit(self, grid: list[tuple], texts: list[str], fill: bool = True) -> None:
        index = self.tables
        self.tables += 1
        if grid:
            self.newline()
        width = max(row[3] for row in grid) if grid else 0
        # each row is one part "| a | b |\n" (so the rows need no newline() between them)
        parts, cells = self.parts, self.cells
        i = 0
        for r, cols, spans, end, taken, tds in grid:
            contents = texts[i:i + len(cols)]
            i += len(cols)
            if fill and end < width and any(_DIGIT.search(t) for t in contents):
                contents, cols, spans = self._short_row(tds, contents, cols, spans, end, width, taken)
            row, row_cells = pipe_row(contents, self.length, index, r, cols, spans)
            cells += row_cells
            parts.append(row)
            self.length += len(row)

    def _short_row(self, tds: list, contents: list[str], cols: list[int], spans: list[int], end: int, width: int,
                   taken) -> tuple[list[str], list[int], list[int]]:
        """A row of figures that stops short of the table's width. Its figures stay in the columns a
        browser shows them in: a cell holding several figures on lines of their own (<br>, or apart by
        &nbsp;), as many as the row lacks, is those cells (a CMS merged them); otherwise the row is blank
        at its end (a cell lost to broken markup: `</tr><td>9</td>` is dropped), never at its start."""
        free = [col for col in range(end, width) if not taken or col not in taken]
        if not free or any(" " in t and _FIGURE.fullmatch(t.rsplit(" ", 1)[1])
                           and not _FIGURE.fullmatch(t.split(" ")[0]) for t in contents):
            return contents, cols, spans        # (figures run into a label's cell: whose they are is unknown)
        stacked = [j for j, t in enumerate(contents) if " " in t and all(map(_FIGURE.fullmatch, t.split(" ")))]
        if stacked:
            j = stacked[0]
            pieces = contents[j].split(" ")
            k = len(free)
            if len(stacked) > 1 or len(pieces) != k + 1 or not _line_broken(tds[j]) \
                    or free != list(range(end, end + k)) or spans[j] != 1:
                return contents, cols, spans          # which figure is whose, the row does not say
            self._count(k)
            return (contents[:j] + pieces + contents[j + 1:], cols[:j + 1] + [cols[j] + n for n in range(1, k + 1)]
                    + [c + k for c in cols[j + 1:]], spans[:j] + [1] * (k + 1) + spans[j + 1:])
        first = next((j for j, t in enumerate(contents) if _FIGURE.fullmatch(t)), None)
        if first is None or "" not in contents[:first]:
            # no blank before its figures: nothing to take for a merged label column, the row reads alike
            return contents, cols, spans
        self._count(len(free))
        return contents + [""] * len(free), cols + free, spans + [1] * len(free)


def grid_rows(el, hidden) -> Optional[list[list]]:
    """The rows of cell elements of a table built of div/ul/li/span, or None when `el` is not one.

    One is: rows (element children, no text between them) of cells (their element children, short
    text, inline markup only), at least two rows of two cells or more and a cell that is a figure, and
    a class or style on it, a row or a cell that lays it out as a table (grid, flex, floats,
    "row"/"cell"/"td" classes). `hidden(el)`: an element a browser does not show."""
    if (el.text or "").strip():
        return None
    rows: list[list] = []
    hinted = _hinted(el)
    wide = figures = 0
    for row in el:
        tag = row.tag
        if not isinstance(tag, str):
            continue
        if (row.tail or "").strip():
            return None
        tag = tag.lower()
        if tag in ("br", "hr") or hidden(row):
            continue
        if tag not in GRID_TAGS or (row.text or "").strip():
            return None
        cells = []
        figure = False
        for cell in row:
            ctag = cell.tag
            if not isinstance(ctag, str):
                continue
            if (cell.tail or "").strip() or ctag.lower() not in _GRID_CELL_TAGS:
                return None
            if hidden(cell):
                continue
            size = 0
            for inner in cell.iterdescendants():
                size += 1
                if size > _GRID_CELL_ELEMENTS or (isinstance(inner.tag, str) and inner.tag.lower() not in _GRID_INLINE):
                    return None
            text = text_of(cell)
            if len(text) > _GRID_CELL_CHARS:
                return None
            figure = figure or bool(_FIGURE.fullmatch(text.strip()))
            hinted = hinted or _hinted(cell)
            cells.append(cell)
        if not cells:
            return None
        hinted = hinted or _hinted(row)
        wide += len(cells) > 1
        figures += figure
        rows.append(cells)
    return rows if wide >= 2 and figures and hinted else None


def _hinted(el) -> bool:
    cls, style = el.get("class"), el.get("style")
    return bool((cls and _GRID_HINT.search(cls)) or (style and _GRID_HINT.search(style)))


def _line_broken(td) -> bool:
    """Whether the cell's text is set on several lines (a <br>, two blocks) or apart by wide spaces."""
    blocks = 0
    for el in td.iter():
        tag = el.tag.lower() if el is not td and isinstance(el.tag, str) else ""
        if tag == "br":
            return True
        blocks += tag in BLOCK
    text = text_of(td)
    return blocks > 1 or "\xa0" in text or "\u3000" in text


_TEXTS = etree.XPath("descendant::text()", smart_strings=False)     # itertext()'s chunks, ~3× faster
_SEP = "\x00"           # never in lxml's text (libxml2 strings end at NUL; the parser reads it as U+FFFD)


def _joined(chunks: list[str], ends: list[int]) -> list[str]:
    """Each cell's text: its chunks (chunks[previous end:end]) normalised, a space between two that
    would otherwise join digits, stripped."""
    clean = _clean_chunks(chunks)
    out = []
    at = 0
    for end in ends:
        n = end - at
        if n == 1:
            out.append(clean[at].strip())
        elif not n:
            out.append("")
        else:
            pieces = [clean[at]]
            for chunk in clean[at + 1:end]:
                if pieces[-1][-1:].isdigit() and chunk[:1].isdigit():
                    pieces.append(" ")
                pieces.append(chunk)
            out.append("".join(pieces).strip())
        at = end
    return out


def _chunks(td) -> list[str]:
    """The cell's text chunks as itertext() gives them; the two usual shapes without an XPath call."""
    n = len(td)
    if not n:                                    # <td>text</td>
        text = td.text                           # (each access decodes the text anew)
        return [text] if text else []
    if n == 1:                                   # <td><p>text</p></td>
        child = td[0]
        if not len(child) and isinstance(child.tag, str):
            return [t for t in (td.text, child.text, child.tail) if t]
    return _TEXTS(td)


def _clean_chunks(chunks: list[str]) -> list[str]:
    """Each chunk normalised, line breaks and whitespace runs made one space, pipes made slashes."""
    joined = _SEP.join(chunks)
    if joined.count(_SEP) != len(chunks) - 1:            # (cannot happen; kept exact all the same)
        return [_clean_chunks([c])[0] for c in chunks] if len(chunks) > 1 else [_clean(joined)]
    return _clean(joined).split(_SEP)


def _clean(text: str) -> str:
    # normalize_text is character-local: a separator no normalisation touches keeps the chunks apart
    text = normalize_text(text).replace("\n", " ").replace("|", "/")
    if not (text.isascii() and "  " not in text and _ASCII_SPACE_NOT_BLANK.isdisjoint(text)):
        text = _SPACES.sub(" ", text)        # (skipped where it would change nothing: most tables)
    return text
