"""The decoded document every layout produces and every extractor reads.

`text` is the one string all spans point into. Layouts render tables into it as pipe rows
(`| label | 1 | 2 |`, a spanned cell once), so one text engine reads text, HTML, PDF and Word alike;
`cells` remembers where each rendered cell came from (table, row, column, page, box).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class CellRef:
    start: int
    end: int
    table: int
    row: int
    col: int
    page: Optional[int] = None
    bbox: Optional[tuple[float, float, float, float]] = None
    aligned: bool = False       # a PDF table without ruling lines: the cell was placed by text alignment
    span: Optional[int] = None  # the columns the cell covers from `col` (HTML colspan); None: not known
    # its row left this many blank cells out at places the page does not give (a div table's row short of
    # its empty elements): `col` is None, the columns unknown
    left_out: int = 0
    # a figure stood here that the reader left unread (run over a rule, two in one cell): not a blank
    unread: bool = False



def text_cut(limit: int) -> str:
    """The warning for a loader's text cut at `limit` characters (ParseSettings.max_text_chars)."""
    return (f"the document's text was cut at {limit:,} characters (ParseSettings.max_text_chars); "
            "figures after that point were not read")


def within(text: str, cells: list[CellRef], limit: int, warnings: list[str]) -> tuple[str, list[CellRef]]:
    """The text and the cells inside it, cut at `limit` characters (said in `warnings` when cut)."""
    if len(text) <= limit:
        return text, cells
    warnings.append(text_cut(limit))
    return text[:limit], [c for c in cells if c.end <= limit]


def pipe_row(contents: list[str], at: int, table: int, row: int, cols: list[int],
             spans: list[int]) -> tuple[str, list[CellRef]]:
    """A table row as a layout renders it into the text, starting at offset `at` ("| a | b |\n"),
    and the CellRef of each of its cells (`cols`: the column each starts at, `spans`: how many it covers)."""
    cells = []
    start = at + 2
    for col, span, content in zip(cols, spans, contents):
        end = start + len(content)
        cells.append(CellRef(start, end, table, row, col, span=span))
        start = end + 3
    return "| " + " | ".join(contents) + " |\n", cells

@dataclass
class Document:
    text: str
    format: str                                   # text | html | pdf | docx | doc | ofd
    path: Optional[str] = None
    sha256: Optional[str] = None
    encoding: Optional[str] = None
    pages: Optional[int] = None
    page_starts: list[int] = field(default_factory=list)   # offset of each page's first char
    cells: list[CellRef] = field(default_factory=list)      # sorted by start
    title_hint: Optional[str] = None              # <title>, PDF metadata title, crawler 标题: line
    date_hint: Optional[str] = None               # a publish date the container states
    ocr_pages: list[int] = field(default_factory=list)
    images: int = 0                               # pictures in an HTML page's report body
    # the text leaves blank cells out (a page that draws nothing for them, read in flow order): a row short
    # of figures is not a crawler's collapsed runs of equal lines
    blanks_left_out: bool = False
    # the figures its source printed both in full-width and in ASCII digits (normalize.wide_figures): a line of
    # one such figure and a line of the same figure in the other digits were two lines to a crawler
    wide_figures: frozenset = frozenset()
    warnings: list[str] = field(default_factory=list)

    def page_of(self, offset: int) -> Optional[int]:
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset)

    def cell_at(self, offset: int) -> Optional[CellRef]:
        """The cell whose text holds `offset` (an empty cell: its start), or None."""
        cells = self.cells
        if not cells:
            return None
        starts = self.__dict__.get("_cell_starts")
        if starts is None or len(starts) != len(cells):
            starts = self.__dict__["_cell_starts"] = [c.start for c in cells]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0:
            cell = cells[i]
            if cell.start <= offset < max(cell.end, cell.start + 1):
                return cell
        return None
