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

On a page with no rules the lone figure is a line of its own, a bare number alone near the page's top:
a page number to pdf_furniture.page_numbers_out, which leaves it out (and keeps it in PageData.dropped).
It is taken back where the page before ends in a borderless table whose last row has a label and one
blank cell, and the figure is the page's first line (running headers aside), stands in the blank's
column, no higher than the page before's body begins (a page number in the top margin stands above
it) and is not the page's own number (its index, or up to `folio_lead` less: an unnumbered cover).
"""
from __future__ import annotations

from typing import Optional

from ..patterns import FIGURE_CELL
from .pdf_cut_row import printed_before
from .pdf_furniture import body_top, table_edges
from .pdf_model import Cell, Line, PageData, Table
from .pdf_settings import PDFLayoutSettings


def _figure(text: str) -> bool:
    return bool(text) and bool(FIGURE_CELL.match(text.replace(" ", "")))


def join_lone_figure(a_page: PageData, b_page: PageData, geo: PDFLayoutSettings) -> Optional[str]:
    """Join the lone figure at b_page's top to the last row of a_page's last table (see the module);
    returns a warning where a lone figure there is left unread."""
    if not a_page.usable or not b_page.usable:
        return None
    a, b = table_edges(a_page, b_page, geo)
    if isinstance(a, Table) and getattr(a, "aligned", False) and a.rows and b_page.dropped:
        _join_dropped(a, b, a_page, b_page, geo)
    if not isinstance(a, Table) or not isinstance(b, Table) or not a.rows or not b.rows:
        return None
    ruled = getattr(b, "continues", None) is a
    if not ruled and not (getattr(a, "aligned", False) and getattr(b, "aligned", False)):
        return None
    k = 0                               # (header rows the page before printed, repeated over the rest)
    while k < len(b.rows) - 1 and not ruled and printed_before(b.rows[k], a_page):
        k += 1
    lone = [c for c in b.rows[k] if c.text]
    if len(lone) != 1 or not _figure(lone[0].text):
        return None
    fig = lone[0]
    cell = _blank(a)
    if cell is not None and _in_column(fig, cell, ruled, geo):
        _fill(cell, fig.text, fig, fig.page)
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


def _blank(a: Table) -> Optional[Cell]:
    """The one blank cell (not an unread one) of a's last row, which has a label, or None."""
    row = a.rows[-1]
    blank = [c for c in row[1:] if not c.text]
    if row[0].text and not _figure(row[0].text) and len(blank) == 1 and not blank[0].unread:
        return blank[0]
    return None


def _fill(cell: Cell, text: str, box, page: int) -> None:
    cell.text, cell.page = text, page
    cell.x0, cell.top, cell.x1, cell.bottom = box.x0, box.top, box.x1, box.bottom


def _join_dropped(a: Table, b, a_page: PageData, b_page: PageData, geo: PDFLayoutSettings) -> None:
    """The bare number left out at b_page's top as its page number, joined to a's last row where it is
    that row's carried cell (see the module)."""
    line: Line = min(b_page.dropped, key=lambda ln: ln.top)
    if a_page.origin != b_page.origin or b is not None and b.top < line.bottom or not _figure(line.text):
        return                          # (N-up panes' frames apart; something above it: no carried cell)
    if 0 <= b_page.number - int(line.text.replace(" ", "")) <= geo.folio_lead:
        return                          # (the page's own number)
    top = body_top(a_page, b_page, geo)
    if top is None or line.top < top - geo.furniture_place:
        return                          # (in the top margin, above where the page before's body begins)
    cell = _blank(a)
    if cell is not None and _in_column(Cell(line.x0, line.top, line.x1, line.bottom), cell, False, geo):
        _fill(cell, line.text.replace(" ", ""), line, b_page.number)
        b_page.dropped.remove(line)
