"""Small PDFs generated for tests (reportlab, a test dependency): invented content only.

- embedded_table_pdf: a Latin-font (Vera, embedded) ruled table over several pages, read by
  PDFium's own text page (the fast path), with distinct numbers in every cell;
- aligned_figures_pdf: a borderless table (figures aligned in columns, no rules), some cells blank;
- ruling_grid_pdf: one page with an n × n grid of ruling lines (the table finder's worst case);
- text_rows_pdf: pages crammed with tiny numbered text rows.
"""
from __future__ import annotations

import io
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = A4


def _vera() -> str:
    import reportlab
    path = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", path))
    return "Vera"


def embedded_table_pdf(pages: int = 3, rows: int = 20, cols: int = 6, watermark: str = "",
                       watermark_size: float = 60.0, watermark_angle: float = 35.0, watermark_gray: float = 0.8,
                       watermark_alpha: float = 1.0) -> tuple[bytes, list[list[str]]]:
    """(PDF bytes, the cell texts row by row over all pages); cell (p, r, c) holds a distinct number.
    `watermark`: text drawn grey at a slant across each page over the table, tiled over it in
    rows when `watermark_size` is small (a site's stamp); `watermark_angle` 0 sets it upright,
    `watermark_gray` and `watermark_alpha` are its grey level and opacity."""
    font = _vera()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    cells: list[list[str]] = []
    x0, top, cw, rh = 60.0, H - 80.0, 75.0, 30.0
    for p in range(pages):
        c.setFont(font, 10)
        c.drawString(x0, H - 50, f"Page {p + 1} sample table")
        c.setLineWidth(0.8)
        for r in range(rows + 1):
            c.line(x0, top - r * rh, x0 + cols * cw, top - r * rh)
        for q in range(cols + 1):
            c.line(x0 + q * cw, top, x0 + q * cw, top - rows * rh)
        for r in range(rows):
            row = []
            for q in range(cols):
                text = f"r{p + 1}.{r + 1}" if q == 0 else str(1000 * (p + 1) + 10 * (r + 1) + q)
                c.drawString(x0 + q * cw + 4, top - r * rh - 19, text)
                row.append(text)
            cells.append(row)
        if watermark:
            _watermark(c, font, watermark, watermark_size, watermark_angle, watermark_gray, watermark_alpha)
        c.showPage()
    c.save()
    return buf.getvalue(), cells


def _watermark(c, font: str, text: str, size: float, angle: float = 35.0, gray: float = 0.8,
               alpha: float = 1.0) -> None:
    c.saveState()
    c.setFillGray(gray)
    if alpha < 1:
        c.setFillAlpha(alpha)
    c.setFont(font, size)
    step = max(size * 6, 120.0)
    for k in range(max(1, int(H // step))):
        c.saveState()
        c.translate(W / 2, (k + 0.5) * step if size < 30 else H / 2)
        c.rotate(angle)
        c.drawCentredString(0, 0, text)
        c.restoreState()
        if size >= 30:
            break
    c.restoreState()


def aligned_figures_pdf(pages: int = 1, rows: int = 30, cols: int = 8, size: float = 9.0,
                        gap: float = 14.0) -> tuple[bytes, list[list[str]]]:
    """A table with no rules (Vera, embedded: PDFium's fast path): a label and `cols` figures,
    right-aligned, per row; cell (p, r, c) holds a distinct number, every 7th cell is blank.
    Returns the bytes and the expected rendered rows (label, then the figure cells, '' for blank)."""
    font = _vera()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    out: list[list[str]] = []
    x0, top, cw = 40.0, H - 60.0, 52.0
    for p in range(pages):
        c.setFont(font, size)
        c.drawString(x0, top + 2 * gap, f"Sample {p + 1}: figures aligned in columns, no rules")
        for q in range(cols):
            c.drawRightString(x0 + 110 + (q + 1) * cw - 4, top + gap, f"Col{q + 1}")
        for r in range(rows):
            y = top - r * gap
            label = f"item {p + 1}-{r + 1}"
            c.drawString(x0, y, label)
            row = [label]
            for q in range(cols):
                text = "" if (r * cols + q) % 7 == 3 else str(100_000 * (p + 1) + 100 * (r + 1) + q + 1)
                if text:
                    c.drawRightString(x0 + 110 + (q + 1) * cw - 4, y, text)
                row.append(text)
            out.append(row)
        c.showPage()
    c.save()
    return buf.getvalue(), out


def ruling_grid_pdf(lines: int, pages: int = 1, step: float = 6.0) -> bytes:
    """`pages` pages, each with `lines` horizontal and `lines` vertical ruling lines `step` apart
    (more than the 3 pt snap: every line stays a line); the page grows to hold them."""
    buf = io.BytesIO()
    side = lines * step + 80
    c = canvas.Canvas(buf, pagesize=(side, side))
    for _ in range(pages):
        c.setFont(_vera(), 6)
        c.drawString(40, side - 30, "grid 17")
        c.setLineWidth(0.1)
        for k in range(lines):             # one path object per line, as Word draws table rules
            c.line(40, 40 + k * step, 40 + (lines - 1) * step, 40 + k * step)
            c.line(40 + k * step, 40, 40 + k * step, 40 + (lines - 1) * step)
        c.setFont(_vera(), 3)
        c.drawString(41, 41, "5")          # a cell with text: an empty grid is no table
        c.showPage()
    c.save()
    return buf.getvalue()


def text_rows_pdf(rows: int, per_page: int = 400) -> bytes:
    """`rows` short text rows ("row 17: 1234 5678"), `per_page` to a page in a 2 pt font."""
    font = _vera()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    line = (H - 40) / per_page
    for k in range(rows):
        if k and k % per_page == 0:
            c.showPage()
        if k % per_page == 0:
            c.setFont(font, max(1.0, line * 0.8))
        c.drawString(30, H - 20 - (k % per_page) * line, f"row {k}: {k * 7 + 3} {k * 11 + 5}")
    c.showPage()
    c.save()
    return buf.getvalue()
