"""The page model of the PDF reader: what a page is read into, shared by pdf.py, pdf_tables.py and pdf_ocr.py."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

#: the digits a figure is drawn with, half- and full-width
DIGITS = frozenset("0123456789０１２３４５６７８９")


@dataclass(slots=True)
class Item:
    """A character (text layer) or a recognised text box (OCR), in upright page points."""
    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(slots=True)
class Line:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class Cell:
    x0: float
    top: float
    x1: float
    bottom: float
    row: int = 0                 # grid row / column of its top-left slot
    col: int = 0
    text: str = ""
    page: int = 0
    unread: bool = False         # its figure left unread (pdf_overrun): blank text, but not a blank cell


@dataclass
class Table:
    cells: list[Cell]
    x0: float
    top: float
    x1: float
    bottom: float
    page: int
    rows: list[list[Cell]] = field(default_factory=list)    # rendered rows: cells in column order
    crossed: bool = False        # a character runs across a cell's left or right edge (pdf_clip.py)
    hugged: bool = False         # a character stands at a cell's left or right edge (pdf_overrun.py)
    beside: bool = False         # a character stands by its left or right border, outside it (pdf_overrun.py)


@dataclass
class PageData:
    number: int                                   # 1-based
    width: float
    height: float
    blocks: list = field(default_factory=list)    # Line | Table, in reading order
    usable: bool = True
    why: str = ""
    ocr: bool = False
    notes: list = field(default_factory=list)     # warnings about this page (limits met, fallbacks)
    chars: int = 0                                # characters read from its text layer
    slanted: int = 0                              # characters left out as set at a slant (a watermark)
    faint: int = 0                                # characters left out as large and light (a watermark)
    marks: list = field(default_factory=list)     # (text, light) left out as drawn over the text (pdf_faint.py)
    panes: list = field(default_factory=list)     # the further printed pages of an N-up sheet (pdf_nup.py)
    origin: tuple = (0.0, 0.0)                    # where an N-up sheet's pane starts on the sheet (x, top)
    sheet: Optional[tuple] = None                 # an N-up sheet's (width, height, pane boxes): the next sheet's guide
    folio: Optional[object] = None                # where it prints its page number (pdf_folio.Folio): the next page's guide
    figures: list = field(default_factory=list)   # its borderless tables' settled figures: the next page's told lines
    dropped: list = field(default_factory=list)   # bare numbers left out at its top as its number (pdf_furniture.py)


@dataclass
class GridBudget:
    """What is left of the document's ruling-grid crossings (PDFLayoutSettings.max_document_grid_intersections)."""
    crossings: int
