"""HTML tables → pipe rows: a <table> (rowspan and colspan expanded) and a table built of div/ul/li/span
laid out by CSS (grid, flex, floats), each row rendered as one `| a | b |` line with every cell once,
and each cell's CellRef (table, row, column, the columns it spans).

A row is read as a browser shows it: a row of figures that stops short of the table's width is blank
at its end; a blank cell stays a blank cell (in a div table too, where an empty <div></div> would
otherwise leave no trace and move the next figure into its column). Rows broken by their markup or a
CMS (cells after a stray </tr>, a row's figures in its label's cell, a div row short of a cell) are
placed where the page says where they go, else left unread with a warning (html_rows); a row whose blank
cells left no trace (a div row short of an empty element, figures in one cell with a blank among them) has
its cells in no column (CellRef.left_out): an extractor places them where a table's arithmetic singles out
one placement (extract/left_out.py).
"""
from __future__ import annotations

import itertools
import re
from typing import Optional

from lxml import etree

from ..document import pipe_row
from ..errors import DocumentTooLargeError
from ..normalize import normalize_text
from .html_grid import GRID_SPAN
from .html_rows import FIGURE as _FIGURE
from .html_rows import cut_before_next_table, cut_row_end, rows_cut_in_two
from .html_rows import SPACES as _SPACES
from .html_rows import (PICTURE, SPAN_VALUE, STRAY_CELL, cell_pieces, line_broken, picture_figure, span_value,
                        stray_groups, under_merged_labels)

_DIGIT = re.compile(r"[0-9]")
_ASCII_SPACE_NOT_BLANK = frozenset("\t\n\x0b\x0c\r")     # what _SPACES matches in ASCII, besides " "


class TableReader:
    """The table half of the HTML renderer (html._Renderer): it holds settings, parts, length, cells,
    tables, cell_count, clamped, show_hidden and _hidden()."""

    pictures = 0        # cells holding a picture of a figure (html_rows.picture_figure)
    cut: set = frozenset()      # the table's rows whose cells after a stray </tr> were not read
    joined_rows: frozenset = frozenset()    # rows read as the end of the cut row before them (_cut_row)

    def _span(self, value: Optional[str], what: str) -> int:
        m = SPAN_VALUE.match(value) if value else None
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
        rows: list = list(table.iter("tr"))
        if self.joined_rows:
            rows = [tr for tr in rows if tr not in self.joined_rows]
        extra: dict = {}
        if STRAY_CELL(table):
            rows, extra = self._stray_cells(table, rows)
        pictures, count = self.pictures, self.cell_count
        grid, chunks, ends = self._grid(rows, extra)
        if grid and not extra and (extra := self._split_rows(rows, grid) or self._cut_row(rows, grid)):
            self.cell_count = count     # (the grid again, the rows' rests at their ends: once a table at most)
            grid, chunks, ends = self._grid([tr for tr in rows if tr not in self.joined_rows], extra)
        self._emit(grid, _joined(chunks, ends))
        self.say_pictures(self.pictures - pictures)

    def say_pictures(self, n: int) -> None:
        if n:
            self.warnings.append(f"{n} table cell{'s' if n > 1 else ''} show{'' if n > 1 else 's'} a picture whose "
                                 "alternative text is a figure, no text: not read as blank (the figure is not read)")

    def _cut_row(self, rows: list, grid: list) -> dict:
        """The table's last row cut between two parts of a page's table, its rest the next part's first row, which
        fills it to the table's width (html_rows.cut_row_end): {tr: those cells} (that row not read again), said."""
        tr = rows[-1]
        if type(tr) is list or not grid[-1][5] or grid[-1][5][0].getparent() is not tr:
            return {}
        found = cut_row_end(tr, grid[-1][3], max(g[3] for g in grid), self.settings.max_span)
        if found is None:
            return {}
        self.joined_rows = self.joined_rows | {found[0]}
        self.warnings.append(f"a table's last row stops short of its width and the next table opens with "
                             f"{len(found[1])} cells of figures and no label that fill it (a row cut between two parts "
                             "of a table): read as that row's end")
        return {tr: found[1]}

    def _split_rows(self, rows: list, grid: list) -> dict:
        """Rows cut in two inside the table (html_rows.rows_cut_in_two): {row: its rest's cells}, said."""
        if found := rows_cut_in_two(rows, grid, self.settings.max_span):
            self.joined_rows = self.joined_rows | {tds[0].getparent() for tds in found.values()}
            self.warnings.append(f"{len(found)} table row(s) stopping short of the width, the next row (figures, no "
                                 "label) filling it: read as its end (a row cut in two)")
        return found

    def _stray_cells(self, table, rows: list) -> tuple[list, dict]:
        """Cells after a stray </tr> (libxml2 leaves them in the table outside any row; a browser starts a
        new row with them). Where they fill the row before them exactly to the table's width, they are its
        end (the </tr> is the slip: the cells follow the row's own in the page); where they are a whole row,
        a row of their own, as a browser shows it; else they are not read, with a warning."""
        self.cut = set()            # (rows of another table are never looked up in it)
        count = self.cell_count
        grid, _, _ = self._grid(rows, {})              # the rows as they are: their ends and the width
        self.cell_count = count
        width = max((g[3] for g in grid), default=0)
        row_end = {rows[g[0]]: g[3] for g in grid}
        extra: dict = {}
        alone: dict = {}
        joined = lost = 0
        for before, cells in stray_groups(table):
            size = sum(span_value(c.get("colspan"), self.settings.max_span) for c in cells)
            if before is not None and before in row_end and row_end[before] + size == width:
                extra[before] = cells
                joined += len(cells)
            elif size == width and width > 1:
                alone.setdefault(before, []).append(cells)
            else:
                lost += len(cells)
                if before is not None:
                    self.cut.add(before)
        if alone:           # each whole row of stray cells read after the row before it
            rows = [x for tr in rows for x in ([tr] + alone.get(tr, []))]
            rows[:0] = alone.get(None, [])
        if joined:
            self.warnings.append(f"{joined} table cell{'s' if joined > 1 else ''} after a stray </tr> read as the "
                                 "end of the row before (they fill it to the table's width)")
        if lost:
            self.warnings.append(f"{lost} table cell{'s' if lost > 1 else ''} after a stray </tr> not read (a "
                                 "browser shows them in a row of their own; which cells they are is unknown)")
        return rows, extra

    def _grid(self, rows: list, extra: dict) -> tuple[list, list, list]:
        """The grid of `rows` (each a <tr>, or a list of cells outside any row), the cells in `extra`
        added at the end of their row; its cells' text chunks and where each cell's chunks end."""
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
            if type(tr) is list:
                cells = tr
            else:
                if not shown and self._hidden(tr):
                    continue
                cells = itertools.chain(tr, extra[tr]) if extra and tr in extra else tr
            for td in cells:
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
                cell = _chunks(td)
                if not cell and len(td) and picture_figure(td):
                    cell = [PICTURE]
                    self.pictures += 1
                chunks += cell
                ends.append(len(chunks))
                c += cs
            if cols:
                grid.append((r, cols, spans, c, taken, tds))
        self.cell_count = count
        return grid, chunks, ends

    def div_table(self, rows: list[list]) -> None:
        """A table built of div/ul/li/span (grid_rows' rows of cell elements): every cell kept, blank ones too."""
        self._count(sum(map(len, rows)))
        grid = []
        chunks: list[str] = []
        ends: list[int] = []
        for r, row in enumerate(rows):
            cols, spans, c = [], [], 0
            for cell in row:
                m = GRID_SPAN.search(cell.get("style") or "")
                cs = min(int(m.group(1)), self.settings.max_span) if m else 1
                cols.append(c)
                spans.append(cs)
                chunks += _chunks(cell)
                ends.append(len(chunks))
                c += cs
            grid.append((r, cols, spans, c, None, row))
        texts = _joined(chunks, ends)
        self._emit(grid, texts, div_rows=under_merged_labels(grid, texts))

    def _emit(self, grid: list[tuple], texts: list[str], div_rows: Optional[set] = None) -> None:
        """The grid's rows as pipe rows. A <table>'s row short of cells is placed by _short_row; a div
        table's (`div_rows`: the short rows read as they are) is not read, but for the rows under a merged
        label: a stylesheet's grid places each cell in the next free column, so the place of one the page
        left out (an empty element omitted) is unknown."""
        index = self.tables
        self.tables += 1
        if grid:
            self.newline()
        width = max(row[3] for row in grid) if grid else 0
        # each row is one part "| a | b |\n" (so the rows need no newline() between them)
        parts, cells = self.parts, self.cells
        i = 0
        unplaced = 0
        for r, cols, spans, end, taken, tds in grid:
            contents = texts[i:i + len(cols)]
            i += len(cols)
            left = 0
            if div_rows is None and len(spans) < end:
                contents, cols, spans = _spanned_figures(tds, contents, cols, spans)
            if end < width and any(_DIGIT.search(t) for t in contents):
                if div_rows is None:
                    self.left_out = 0
                    contents, cols, spans = self._short_row(tds, contents, cols, spans, end, width, taken)
                    left = self.left_out
                elif r not in div_rows:
                    # its cells as printed, in no column (CellRef.left_out): a table's arithmetic may single out
                    # where its left-out blank cells stand (extract/left_out.py), else it stays unread
                    unplaced += 1
                    row, row_cells = pipe_row(contents, self.length, index, r, [None] * len(cols), spans)
                    for ref in row_cells:
                        ref.left_out = width - end
                    cells += row_cells
                    parts.append(row)
                    self.length += len(row)
                    continue
            row, row_cells = pipe_row(contents, self.length, index, r, [None] * len(cols) if left else cols, spans)
            for ref in row_cells if left else ():
                ref.left_out = left
            cells += row_cells
            parts.append(row)
            self.length += len(row)
        if unplaced:
            self.warnings.append(f"{unplaced} row{'s' if unplaced > 1 else ''} of a table built of div/li elements "
                                 f"{'hold' if unplaced > 1 else 'holds'} fewer cells than the table is wide (an empty "
                                 "cell left out): which column each figure is in is unknown, read only where the "
                                 "table's arithmetic singles out one placement")

    def _short_row(self, tds: list, contents: list[str], cols: list[int], spans: list[int], end: int, width: int,
                   taken) -> tuple[list[str], list[int], list[int]]:
        """A row of figures that stops short of the table's width. Its figures stay in the columns a
        browser shows them in: a cell holding several figures on lines of their own (<br>, or apart by
        &nbsp;), as many as the row lacks, is those cells (a CMS merged them), and so is a label's cell
        holding them (_fused_label); otherwise the row is blank at its end (a cell lost to broken markup),
        never at its start, unless cells of it after a stray </tr> were left unread."""
        free = [col for col in range(end, width) if not taken or col not in taken]
        if not free:
            return contents, cols, spans
        first = next((j for j, t in enumerate(contents) if _FIGURE.fullmatch(t)), None)
        if first is not None and cut_before_next_table(tds[0].getparent()):
            # the table's last row, cut: its other cells open the next table (a page's table split in parts); its
            # label only, so the row is said unread, never blank at its end
            self.warnings.append(f"a table's last row ('{' '.join(contents[:first])[:40]}') stops short of its width "
                                 "and the next table opens with figures and no label (a row cut between two parts of "
                                 "a table): its figures are not read")
            return contents[:first], cols[:first], spans[:first]
        fused = [j for j, t in enumerate(contents) if " " in t and _FIGURE.fullmatch(t.rsplit(" ", 1)[1])
                 and not _FIGURE.fullmatch(t.split(" ")[0])]
        if fused:
            return self._fused_label(tds, contents, cols, spans, fused, free, end)
        # (an empty line among them, a blank cell, leaves two spaces)
        stacked = [j for j, t in enumerate(contents) if " " in t and all(map(_FIGURE.fullmatch, t.split()))]
        if stacked:
            j = stacked[0]
            pieces = contents[j].split(" ")
            k = len(free)
            if len(pieces) < k + 1 and len(stacked) == 1:
                # too few: blank cells among them may be empty lines (<br><br>), which the text loses
                lines = cell_pieces(tds[j])
                if len(lines) == k + 1 and all(not p or _FIGURE.fullmatch(p) for p in lines):
                    pieces = lines
            shown = contents[j].split()
            if len(stacked) == 1 and len(pieces) != k + 1 and len(shown) < k + 1 and free == list(range(end, end + k)) \
                    and spans[j] == 1:
                return self._left_out(contents[:j] + shown + contents[j + 1:], cols, spans, k + 1 - len(shown))
            if len(stacked) > 1 or len(pieces) != k + 1 or not line_broken(tds[j]) \
                    or free != list(range(end, end + k)) or spans[j] != 1:
                return contents, cols, spans          # which figure is whose, the row does not say
            self._count(k)
            return (contents[:j] + pieces + contents[j + 1:], cols[:j + 1] + [cols[j] + n for n in range(1, k + 1)]
                    + [c + k for c in cols[j + 1:]], spans[:j] + [1] * (k + 1) + spans[j + 1:])
        if first is None or "" not in contents[:first] or (self.cut and tds[0].getparent() in self.cut):
            # no blank before its figures: nothing to take for a merged label column, the row reads alike
            # (and a row whose cells after a stray </tr> were not read is not blank at its end)
            return contents, cols, spans
        self._count(len(free))
        return contents + [""] * len(free), cols + free, spans + [1] * len(free)


    def _left_out(self, contents: list[str], cols: list[int], spans: list[int], k: int):
        """A row whose figures stand in order with k blank cells left out at places the page does not give: its
        cells in no column (CellRef.left_out, set by _emit), said. Blank cells after its label are left-out ones
        too (a merged label's, set after the cell holding the figures, or the row's own: where, unknown)."""
        first = next((i for i, t in enumerate(contents) if _FIGURE.fullmatch(t)), len(contents))
        kept = contents[:first] + [t for t in contents[first:] if t]
        k += len(contents) - len(kept)
        contents = kept
        self._count(len(contents))
        self.left_out = k
        self.warnings.append(f"a table row short of cells has its figures in one cell, {k} fewer than the cells it "
                             f"lacks (\"{contents[0][:30]}\"): which column each is in is unknown, read only where the "
                             "table's arithmetic singles out one placement")
        return contents, [0] * len(contents), [1] * len(contents)

    def _fused_label(self, tds: list, contents: list[str], cols: list[int], spans: list[int], fused: list[int],
                     free: list[int], end: int) -> tuple[list[str], list[int], list[int]]:
        """A short row whose label cell holds figures too (<td>label<br>53</td>, or the whole row's figures
        set after the label apart by <br>/&nbsp;). When the cell's lines are its label and as many cells as
        the row lacks (a blank one shown as an empty line), they are those cells, in order: right after the
        label when a figure follows the cell in the row (a CMS merged neighbouring cells), at the row's end
        when only blank cells follow it and none of its own is blank (where a blank one is, whether those
        blank cells stand before or after its figures is unknown). A label and one figure stay as they
        are; otherwise its figures are not read."""
        j = fused[0]
        k = len(free)
        pieces = cell_pieces(tds[j]) if len(fused) == 1 else []
        after = contents[j + 1:]
        fits = (len(pieces) == k + 1 and free == list(range(end, end + k)) and bool(pieces[0])
                and all(not p or _FIGURE.fullmatch(p) for p in pieces[1:]))
        if fits and (not after or any(after)):
            self._count(k)
            at = cols[j] + spans[j]             # the label keeps its columns, its figures follow it
            return (contents[:j] + pieces + contents[j + 1:], cols[:j + 1] + [at + n for n in range(k)]
                    + [c + k for c in cols[j + 1:]], spans[:j + 1] + [1] * k + spans[j + 1:])
        if fits and "" not in pieces[1:]:
            # only blank cells after it and no blank among its figures: they are the cells the row lacks,
            # at its end (whether the blanks stand before or after them, the figures keep their order)
            self._count(k)
            contents[j] = pieces[0]
            return contents + pieces[1:], cols + free, spans + [1] * k
        if len(fused) == 1 and len(pieces) <= 2:
            return contents, cols, spans        # a label and its one figure: the row reads alike in any column
        words = contents[j].split()
        at = len(words)
        while at and _FIGURE.fullmatch(words[at - 1]):
            at -= 1
        if len(fused) == 1 and 0 < at < len(words) and len(words) - at < k and free == list(range(end, end + k)):
            # its label, then fewer figures than the cells the row lacks (a blank one left no trace): in order,
            # their columns unknown (the table's arithmetic may place them: extract/left_out.py)
            return self._left_out(contents[:j] + [" ".join(words[:at])] + words[at:] + contents[j + 1:], cols, spans,
                                  k - (len(words) - at))
        for f in fused:
            contents[f] = " ".join(w for w in contents[f].split(" ") if not _FIGURE.fullmatch(w))
        self.warnings.append("a table row short of cells has figures set in its label's cell, not as many as "
                             f"the cells it lacks (\"{contents[j][:30]}\"): which column each is in is unknown, "
                             "not read")
        return contents, cols, spans


def _spanned_figures(tds: list, contents: list[str], cols: list[int], spans: list[int]):
    """A cell spanning k columns that holds k figures on lines of their own (<br>, blocks, or apart by &nbsp;): the k
    cells a CMS merged (<td colspan="2">226<br>80</td>), one a column, as _short_row reads a short row's such cell. One
    figure over the columns is the cell's (a 2021 block's 本年处理决定数量); figures apart by a plain space, or fewer or
    more than its columns, stay as printed (a thousands group, a blank among them: which is whose, unknown)."""
    at = [j for j, (t, k) in enumerate(zip(contents, spans)) if k > 1 and " " in t]
    for j in reversed(at):
        pieces = contents[j].split(" ")
        if len(pieces) != spans[j] or not all(map(_FIGURE.fullmatch, pieces)) or tds[j].get("rowspan") not in (
                None, "1") or not line_broken(tds[j]):
            continue
        k = spans[j]
        contents = contents[:j] + pieces + contents[j + 1:]
        cols = cols[:j] + [cols[j] + n for n in range(k)] + cols[j + 1:]
        spans = spans[:j] + [1] * k + spans[j + 1:]
    return contents, cols, spans


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
