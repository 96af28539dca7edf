"""Page layouts → the document text of a PDF: pipe rows for tables, lines for text, a CellRef per cell.

pdf.py reads the pages; each laid-out page is handed here as soon as the next page has been read
(so a table continued over the break is merged first) and its blocks are dropped after rendering.
"""
from __future__ import annotations

from ..document import CellRef, Document
from ..normalize import normalize_text
from .pdf_model import Line, PageData, Table

class Renderer:
    """Page layouts → the document text, page starts and cell references, one page at a time."""

    def __init__(self, settings, warnings: list[str]):
        self.settings, self.warnings = settings, warnings
        self.parts: list[str] = []
        self.pos = 0
        self.page_starts: list[int] = []
        self.number = 0                    # the page last added
        self.cells: list[CellRef] = []
        self.ocr_pages: list[int] = []
        self.table_no = -1
        self.cell_budget = settings.max_table_cells
        self.over_budget = False

    def emit(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def add(self, page: PageData) -> None:
        if not self.page_starts or self.number != page.number:   # (an N-up sheet's panes: one page)
            self.page_starts.append(self.pos)
        self.number = page.number
        if page.ocr:
            self.ocr_pages.append(page.number)
        for block in page.blocks:
            if isinstance(block, Line):
                text = normalize_text(block.text).replace("\n", " ")
                if text.strip():
                    self.emit(text + "\n")
            else:
                self.table(block)
        page.blocks = []

    def table(self, block: Table) -> None:
        n_cells = sum(len(r) for r in block.rows)
        if self.over_budget or n_cells > self.cell_budget:
            if not self.over_budget:
                self.warnings.append(f"more than {self.settings.max_table_cells} table cells "
                                     "(ParseSettings.max_table_cells): the remaining tables were read as plain text")
            self.over_budget = True
            for row in block.rows:
                text = normalize_text(" ".join(c.text for c in row if c.text)).replace("\n", " ")
                if text.strip():
                    self.emit(text + "\n")
            return
        self.cell_budget -= n_cells
        head = getattr(block, "head", block)
        numbered = getattr(head, "numbered", None)
        if block is not head and numbered is not None:
            tno, row_no = numbered
        else:
            self.table_no += 1
            tno, row_no = self.table_no, 0
        aligned = getattr(head, "aligned", False)
        cells = self.cells
        for row in block.rows:
            # "| text | | text |\n" emitted as one string; its cells' spans counted along from the row's start
            pieces = ["|"]
            pos = self.pos + 1
            for c in row:
                text = normalize_text(c.text).replace("\n", " ").replace("|", "¦").strip()
                start = pos + 1
                if text:
                    end = start + len(text)
                    pieces += (" ", text, " |")
                    pos = end + 2
                else:                   # a blank cell: its (empty) span is where pipe_cells puts it
                    end = start
                    pieces.append("  |")
                    pos += 3
                cells.append(CellRef(start, end, tno, row_no, c.col, c.page,
                                     (round(c.x0, 2), round(c.top, 2), round(c.x1, 2), round(c.bottom, 2)),
                                     aligned, unread=c.unread))
            pieces.append("\n")
            self.emit("".join(pieces))
            row_no += 1
        head.numbered = (tno, row_no)

    def document(self) -> Document:
        self.cells.sort(key=lambda c: c.start)
        return Document(text="".join(self.parts), format="pdf", page_starts=self.page_starts, cells=self.cells,
                        ocr_pages=self.ocr_pages, warnings=self.warnings)
