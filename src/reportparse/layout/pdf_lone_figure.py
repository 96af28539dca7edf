"""A table's row cut by a page break one cell from its end: the row's label and figures at the foot of
one page, its last figure (or another one cell) alone at the top of the next.

Word and WPS let a row break across pages; a cell whose figure sits low in it (centred in a tall row, a
wrapped label beside it) keeps its figure on the next page while the row's other cells end on this one.
Each part was read as a row of its own: the row with a blank cell, the figure under no label, and the
value was lost (pdf_tables._split_row leaves two rows that both hold numbers apart, and a borderless
table's two parts are never merged).

The figure is joined to the row only where nothing else can be meant: the row is the last of the table
ending the page, it has a label and exactly one blank cell after it; the next page's first block is a
table (the same ruled table continued, or a borderless one) whose first row holds that one figure and
nothing else (under header rows the page before printed, repeated), standing in the blank cell's column (its edges the same, ruled; its middle inside the
column's extent, borderless). A lone figure at the top of a page under any other row is left as it
was read (a row with no label: no value), and said.
"""
from __future__ import annotations

from typing import Optional

from ..patterns import FIGURE_CELL
from .pdf_cut_row import printed_before
from .pdf_furniture import table_edges
from .pdf_model import Cell, PageData, Table
from .pdf_settings import PDFLayoutSettings


def _figure(cell: Cell) -> bool:
    return bool(cell.text) and bool(FIGURE_CELL.match(cell.text.replace(" ", "")))


def join_lone_figure(a_page: PageData, b_page: PageData, geo: PDFLayoutSettings) -> Optional[str]:
    """Join the lone figure at b_page's top to the last row of a_page's last table (see the module);
    returns a warning where a lone figure there is left unread."""
    if not a_page.usable or not b_page.usable:
        return None
    a, b = table_edges(a_page, b_page)
    if not isinstance(a, Table) or not isinstance(b, Table) or not a.rows or not b.rows:
        return None
    ruled = getattr(b, "continues", None) is a
    if not ruled and not (getattr(a, "aligned", False) and getattr(b, "aligned", False)):
        return None
    k = 0                               # (header rows the page before printed, repeated over the rest)
    while k < len(b.rows) - 1 and not ruled and printed_before(b.rows[k], a_page):
        k += 1
    lone = [c for c in b.rows[k] if c.text]
    if len(lone) != 1 or not _figure(lone[0]):
        return None
    fig = lone[0]
    row = a.rows[-1]
    blank = [c for c in row[1:] if not c.text]
    if row[0].text and not _figure(row[0]) and len(blank) == 1 and not blank[0].unread \
            and _in_column(fig, blank[0], ruled, geo):
        cell = blank[0]
        cell.text, cell.page = fig.text, fig.page
        cell.x0, cell.top, cell.x1, cell.bottom = fig.x0, fig.top, fig.x1, fig.bottom
        del b.rows[k]
        b.cells = [c for c in b.cells if c is not fig]
        return None
    return (f"page {b_page.number}: a figure alone at the top of the page ('{fig.text}') is in no row the page "
            "before left one cell short: left unread")


def _in_column(fig: Cell, blank: Cell, ruled: bool, geo: PDFLayoutSettings) -> bool:
    """Does the lone figure stand in the blank cell's column: the same edges (ruled), or its middle
    inside the column's extent (borderless)?"""
    if ruled:
        return abs(fig.x0 - blank.x0) <= geo.snap and abs(fig.x1 - blank.x1) <= geo.snap
    return blank.x0 <= (fig.x0 + fig.x1) / 2 <= blank.x1
