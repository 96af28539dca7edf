"""A table built of div/ul/li/span and laid out by CSS (grid, flex, floats): which elements are its rows and
cells. html_table.TableReader renders the rows grid_rows finds like a <table>'s.
"""
from __future__ import annotations

import re
from typing import Optional

from .html_rows import FIGURE as _FIGURE
from .html_rows import text_of

# a table of divs: what may be its rows and cells, and the class or style that says a stylesheet lays it
# out as a table (its words are CSS and CMS markup, no report's)
GRID_TAGS = frozenset("div li ul ol dl section".split())      # a div table and its rows
_GRID_CELL_TAGS = frozenset("div span li p dd dt label em b strong font i td th".split())
_GRID_INLINE = frozenset("span font b strong em i u sub sup a label br p o:p".split())   # what a cell may hold
_GRID_HINT = re.compile(r"(?<![a-z])(?:t[rdh]|row|rows|cell|cells|col|cols|column|grid|table|tbl|tab)(?![a-z])|"
                        r"display\s*:\s*(?:grid|inline-grid|flex|inline-flex|table|table-row|table-cell|inline-block)|"
                        r"float\s*:\s*(?:left|right)|grid-(?:column|template)", re.I)
GRID_SPAN = re.compile(r"grid-column\s*:\s*(?:\d+\s*/\s*)?span\s+(\d{1,4})", re.I)
_GRID_CELL_CHARS = 200          # a cell of a div table is short (a row label, a figure, a heading)
_GRID_CELL_ELEMENTS = 40        # and holds a few inline elements at most


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
