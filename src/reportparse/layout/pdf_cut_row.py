"""A borderless table's row cut by a page break: its label at the foot of one page, its figures at
the top of the next.

WPS and Word move a row that does not fit to the next page, but a row whose label wrapped or whose
cells are set apart can be cut: the label is printed last on the page, the figures first on the
next. A ruled table's two parts are one table and the row is joined there (pdf_tables._split_row);
a borderless table has no edges to match, so each part was read on its own: the label a line of
text, the figures a row with no label, and the row's values were lost (table 二's 行政许可 or 规章
after the break: 1-3 values a report).

The label is carried into the row where the page shows nothing else it could be: the line is the
last thing on its page (running furniture stepped over), stands wholly left of the next page's
first figure column by `cut_label_clear` character heights (a word over a figure column is a
header word, not a label: table 四 has no label column at all), holds no figure (a numbering
aside) and is not the last line of a wrapped label or of a header band (no other line stands in
the label zone right above it within `cell_line_gap`); the row is the first of the next page's
first table (a borderless one) that holds a figure, it holds no label, and the rows above it are
header rows that the page before printed (a header repeated). Anything else stays as it was read.
"""
from __future__ import annotations

import re

from ..patterns import FIGURE_CELL, PRINTED_NUMBERING
from .pdf_furniture import table_edges, under_caption
from .pdf_model import Cell, Line, PageData, Table
from .pdf_settings import PDFLayoutSettings

_DIGIT = re.compile(r"[0-9０-９]")


def _figure(cell: Cell) -> bool:
    return bool(cell.text) and bool(FIGURE_CELL.match(cell.text.replace(" ", "")))


def _label_like(text: str) -> bool:
    """Words with no figure in them (a numbering such as '1.' or '（二）' aside)."""
    text = "".join(text.split())
    m = PRINTED_NUMBERING.match(text)
    rest = text[m.end():] if m else text
    return bool(rest) and not _DIGIT.search(rest) and any("\u4e00" <= ch <= "\u9fff" for ch in rest)


def printed_before(row: list[Cell], page: PageData) -> bool:
    """Are the row's texts all printed on `page` (a header row repeated over the continuation)?"""
    seen = set()
    for b in page.blocks:
        if isinstance(b, Line):
            seen.add("".join(b.text.split()))
        elif isinstance(b, Table):
            seen.update("".join(c.text.split()) for c in b.cells)
    texts = ["".join(c.text.split()) for c in row if c.text]
    return bool(texts) and all(t in seen for t in texts)


def carry_cut_label(a_page: PageData, b_page: PageData, geo: PDFLayoutSettings) -> None:
    """Join a borderless table's row cut by the break between a_page and b_page (see the module)."""
    if not a_page.usable or not b_page.usable:
        return
    line, table = table_edges(a_page, b_page, geo)
    table = under_caption(b_page, table, geo) or table        # (a caption line over it: '续表')
    if not isinstance(line, Line) or not isinstance(table, Table) or not getattr(table, "aligned", False):
        return
    if getattr(table, "continues", None) is not None or not _label_like(line.text):
        return
    first_col = table.grid[0][1]
    h = line.height
    if h <= 0 or line.x1 > first_col - geo.cut_label_clear * h:
        return
    k = next((i for i, row in enumerate(table.rows) if any(_figure(c) for c in row)), None)
    if k is None:
        return
    row = table.rows[k]
    if any(c.x0 < first_col - geo.cut_label_clear * h for c in row if c.text):
        return                              # the row has a label of its own
    if any(not printed_before(r, a_page) for r in table.rows[:k]):
        return
    blocks = a_page.blocks
    at = next(i for i in range(len(blocks) - 1, -1, -1) if blocks[i] is line)
    for b in blocks[:at]:                   # a wrapped label or a header band right above: not one line
        if isinstance(b, Line) and b.x1 <= first_col and 0 <= line.top - b.bottom <= geo.cell_line_gap * h:
            return
    # (the label keeps its own page and box: the page before)
    label = Cell(line.x0, line.top, line.x1, line.bottom, row[0].row, 0, line.text, a_page.number)
    table.rows[k] = [label] + row
    table.cells.append(label)
    del blocks[at]
