"""A tiny reportlab page writer: headings, wrapped paragraphs and ruled tables, top to bottom, with the
ways real PDFs are drawn (fake bold, thin or missing rules, watermarks, spacing, OCR layers …)."""
from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas


FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
W, H = A4
MARGIN = 56


# ---------------------------------------------------------------- drawing

@dataclass
class C:
    """A table cell: text, column span, row span, bold (fake bold: drawn twice, 0.3pt apart)."""
    text: str = ""
    cs: int = 1
    rs: int = 1
    bold: bool = False


def wrap(text: str, width: float, size: float, spacing: float = 0.0) -> list[str]:
    """`text` in lines of at most `width` points; `spacing`: points added after every character."""
    lines, cur = [], ""
    for ch in text:
        if cur and pdfmetrics.stringWidth(cur + ch, FONT, size) + spacing * len(cur) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines or [""]


class Writer:
    """A tiny page writer: headings, wrapped paragraphs and ruled tables, top to bottom."""

    def __init__(self, target, *, encrypt=None, title: str | None = None, fake_bold: bool = False,
                 thin_rect_rules: bool = False, rules: str = "grid", right_figures: bool = False,
                 table_size: float = 8, table_pad: float = 2.5, watermark: str = "", watermark_size: float = 54,
                 letter_spacing: float = 0.0, ocr_layer: bool = False, figure_spacing: float = 0.0,
                 spaced_every: int = 1, watermark_angle: float | None = None, watermark_gray: float = 0.82,
                 watermark_alpha: float = 1.0, ocr_drift: float = 0.4, table_gray: float | None = None,
                 spaced_column: int | None = None, furniture: dict | None = None, shadow: tuple | None = None,
                 figure_size: float | None = None, rule_style: str = "solid", table_seal: dict | None = None,
                 cell_spacing: float = 2.0, clip_cells: bool = False, figure_lead: str = "",
                 ocr_misread: dict | None = None):
        self.c = self.canvas(target, encrypt)
        if title:
            self.c.setTitle(title)
        self.c.setAuthor("reportparse fixtures")
        self.fake_bold = fake_bold
        self.thin_rect_rules = thin_rect_rules
        # how tables are ruled: "grid" (every cell boxed), "three_line" (a rule above the table,
        # one under its header, one below it: the academic style), "horizontal" (a rule between
        # every two rows, none vertical) or "none" (text alignment only)
        if rules not in ("grid", "three_line", "horizontal", "none"):
            raise ValueError(rules)
        self.rules = rules
        self.right_figures = right_figures
        self.table_size, self.table_pad = table_size, table_pad
        # a watermark drawn over every page, grey, at a slant: one large stamp, or a small one tiled
        self.watermark, self.watermark_size = watermark, watermark_size
        # its angle (None: 35° for a large stamp, 25° tiled; 0: set upright, on the page's axes),
        # grey level and fill opacity (the ca of an ExtGState: a transparent stamp)
        self.watermark_angle, self.watermark_gray, self.watermark_alpha = watermark_angle, watermark_gray, watermark_alpha
        # the Chinese text of table cells letter-spaced by this many ems (WPS justifies and
        # distributes a label over its cell with character spacing, the Tc operator)
        self.letter_spacing = letter_spacing
        # the digits of figures letter-spaced by up to this many ems (tracked or justified numerals),
        # as far as the figure still fits its cell; in every `spaced_every`-th row of a table only
        self.figure_spacing, self.spaced_every = figure_spacing, spaced_every
        # spaced in that column only (counted from the right: -1 the last), or in every column
        self.spaced_column = spaced_column
        # a scanned page made searchable by OCR: a page image, the text drawn invisible (render
        # mode 3) over it where the OCR put it (within 0.4 pt), no vector rules (they are in the image)
        self.ocr_layer = ocr_layer
        # how far (points, up or down) the OCR puts a word off where it stands: 0.4 a close fit,
        # 1.5 a word boxed a little high or low (its row's baseline is the average of its words)
        self.ocr_drift = ocr_drift
        # a table's header rows and its last row printed in this grey (a report's own grey text,
        # figures included: read like any other text, never taken for a watermark)
        self.table_gray = table_gray
        # running furniture on every page: {"style": "running", "issuer", "pages"} (the issuer's name
        # over a rule, "第 N 页 共 M 页" at the foot) or {"style": "browser", "title", "url", "printed",
        # "pages"} (a browser's print: date and page title above, URL and "N/M" below)
        self.furniture = furniture
        # every text drawn a second time (dx, dy, grey) off where it stands: a shadow, or a text
        # layer duplicated a little off (grey 0: black)
        self.shadow = shadow
        # the figures of table cells set at this size (labels at table_size): Excel/WPS shrink to
        # fit, or a template whose figures are a size smaller than its labels
        self.figure_size = figure_size
        # how rules are drawn: "solid", "dashed" (a dash pattern), "pieces" (each cell's sides drawn
        # apart, 0.5 pt short of the corners) or "filled" (no rules: each cell a filled light rectangle)
        # "separate": each cell boxed on its own, `cell_spacing` points from its neighbours (a browser's
        # print of an HTML table with border-collapse: separate; cellspacing)
        if rule_style not in ("solid", "dashed", "pieces", "filled", "separate"):
            raise ValueError(rule_style)
        self.rule_style, self.cell_spacing = rule_style, cell_spacing
        # a cell's text too long for it set on one line and clipped at the cell's edges (Excel)
        self.clip_cells = clip_cells
        # printed before each flush-right figure ("  ", "…"): a leader or padding in the text layer
        self.figure_lead = figure_lead
        # an OCR layer's misread digits ({"1": "l", "figures": the figures misread, a set of texts}):
        # the text layer holds a letter where the page image shows a digit
        self.ocr_misread = ocr_misread
        # an issuer's seal stamped over every table (Writer.seal's options, and "dx": points right of
        # the table's middle)
        self.table_seal = table_seal
        self.jitter = random.Random(3)
        self.frame = None           # (width, height) of the current drawing frame
        self.new_page()

    def canvas(self, target, encrypt):
        """What the pages are drawn on (tools/make_ofd_fixtures.py draws the same reports into an OFD file)."""
        return canvas.Canvas(target, pagesize=A4, encrypt=encrypt, invariant=1)

    # pages
    def new_page(self, landscape_rotated: bool = False, rotate: int = 90, sideways: bool = False) -> None:
        if self.frame is not None:
            self.stamp()
            self.c.showPage()
        if landscape_rotated:
            # reportlab writes the MediaBox of a /Rotate 90 page swapped: give it the displayed size
            self.c.setPageSize((H, W) if not sideways else A4)
            # a landscape page as printers and some exporters make it: portrait media, /Rotate 90
            # (or 270), the content drawn turned so that it reads upright when displayed; `sideways`:
            # no /Rotate, the text runs up (or down) the upright page (its text matrix turned)
            self.c.setPageRotation(0 if sideways else rotate)
            if rotate == 90:
                self.c.transform(0, 1, -1, 0, W, 0)
            else:
                self.c.transform(0, -1, 1, 0, 0, H)
            self.frame = (H, W)
        else:
            self.c.setPageSize(A4)
            self.c.setPageRotation(0)
            self.frame = (W, H)
        self.y = self.frame[1] - MARGIN
        self.page_no = getattr(self, "page_no", 0) + 1
        if self.ocr_layer:
            self.page_image()
        if self.furniture:
            self.furnish(**self.furniture)
        else:
            self.string(self.frame[0] / 2, 30, f"- {self.page_no} -", 9, centred=True)

    def furnish(self, style: str, pages: int, issuer: str = "", title: str = "", url: str = "",
                printed: str = "") -> None:
        width, height = self.frame
        if style == "running":
            self.string(MARGIN, height - 30, issuer, 9)
            self.c.setLineWidth(0.6)
            self.c.line(MARGIN, height - 34, width - MARGIN, height - 34)
            self.string(width / 2, 18, f"第 {self.page_no} 页 共 {pages} 页", 9, centred=True)
        else:
            self.string(20, height - 18, printed, 8)
            self.string(width / 2, height - 18, title, 8, centred=True)
            self.string(20, 14, url, 8)
            n = f"{self.page_no}/{pages}"
            self.string(width - 20 - pdfmetrics.stringWidth(n, FONT, 8), 14, n, 8)

    def page_image(self) -> None:
        from PIL import Image
        from reportlab.lib.utils import ImageReader
        buf = io.BytesIO()
        Image.new("L", (60, 85), 247).save(buf, "PNG")       # (the scan: its pixels are not read)
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), 0, 0, *self.frame)

    def stamp(self) -> None:
        if not self.watermark:
            return
        c, size = self.c, self.watermark_size
        c.saveState()
        c.setFillGray(self.watermark_gray)
        if self.watermark_alpha < 1:
            c.setFillAlpha(self.watermark_alpha)
        c.setFont(FONT, size)
        width, height = self.frame
        big = size >= 30
        step = size * 8
        # a large stamp once at the middle of the page (three times down it when set upright)
        middles = (0.5,) if self.watermark_angle != 0 else (0.3, 0.55, 0.8)
        for k in range(len(middles) if big else int(height // step)):
            for x in ((width / 2,) if big else (width / 4, 3 * width / 4)):
                c.saveState()
                c.translate(x, height * middles[k] if big else (k + 0.5) * step)
                c.rotate((35 if big else 25) if self.watermark_angle is None else self.watermark_angle)
                c.drawCentredString(0, 0, self.watermark)
                c.restoreState()
        c.restoreState()

    def seal(self, cx: float, cy: float, text: str, rgb=(0.9, 0.1, 0.1), size: float = 10.5, arc: bool = True,
             alpha: float = 1.0) -> None:
        """An issuer's seal stamped over what is drawn at (cx, cy): a red ring with `text` along its
        upper arc, each character turned along the ring (arc), or `text` set upright in one line
        across the middle (a seal drawn as text by an e-seal tool); `alpha` its fill opacity."""
        import math
        c = self.c
        c.saveState()
        c.setFillColorRGB(*rgb)
        c.setStrokeColorRGB(*rgb)
        if alpha < 1:
            c.setFillAlpha(alpha)
        radius = 1.2 * size * max(3, len(text)) / math.pi
        if not arc:                     # (the line fits inside the ring)
            radius = max(radius, pdfmetrics.stringWidth(text, FONT, size) / 2 + size)
        c.setLineWidth(1.2)
        c.circle(cx, cy, radius + size * 0.4, stroke=1, fill=0)
        c.setFont(FONT, size)
        if arc:
            sweep = min(240.0, 360.0 * len(text) * size * 1.1 / (2 * math.pi * radius))
            for k, ch in enumerate(text):
                a = 90 + sweep / 2 - sweep * (k + 0.5) / len(text)
                c.saveState()
                c.translate(cx + (radius - size) * math.cos(math.radians(a)),
                            cy + (radius - size) * math.sin(math.radians(a)))
                c.rotate(a - 90)
                c.drawCentredString(0, 0, ch)
                c.restoreState()
        else:
            c.drawCentredString(cx, cy - size * 0.35, text)
        c.restoreState()

    def room(self, h: float) -> None:
        if self.y - h < MARGIN:
            self.new_page()

    def string(self, x: float, y: float, text: str, size: float, bold: bool = False, centred: bool = False,
               spacing: float = 0.0) -> None:
        if self.shadow and "^" not in text:
            dx, dy, grey = self.shadow
            self.c.saveState()
            self.c.setFillGray(grey)
            self.draw(x + dx, y + dy, text, size, bold, centred, spacing)
            self.c.restoreState()
        self.draw(x, y, text, size, bold, centred, spacing)

    def draw(self, x: float, y: float, text: str, size: float, bold: bool = False, centred: bool = False,
             spacing: float = 0.0) -> None:
        if "^" in text:                   # `35^1`: a footnote mark set small and raised after the figure
            main, mark = text.split("^", 1)
            if centred:
                x -= (pdfmetrics.stringWidth(main, FONT, size) + pdfmetrics.stringWidth(mark, FONT, 0.6 * size)) / 2
            self.string(x, y, main, size, bold)
            self.string(x + pdfmetrics.stringWidth(main, FONT, size), y + 0.4 * size, mark, 0.6 * size)
            return
        self.c.setFont(FONT, size)
        if centred:
            x -= (pdfmetrics.stringWidth(text, FONT, size) + spacing * (len(text) - 1)) / 2
        if self.ocr_layer:
            d = self.ocr_drift
            bad = self.ocr_misread
            if bad and text.isdigit() and text in bad["figures"]:
                text = "".join(bad.get(ch, ch) for ch in text)
            t = self.c.beginText(x + self.jitter.uniform(-0.4, 0.4), y + self.jitter.uniform(-d, d))
            t.setTextRenderMode(3)
            t.setFont(FONT, size)
            t.textOut(text)
            t.setTextRenderMode(0)
            self.c.drawText(t)
            return
        for dx in ((0.0, 0.3) if bold and self.fake_bold else (0.0,)):
            if spacing:
                t = self.c.beginText(x + dx, y)
                t.setFont(FONT, size)
                t.setCharSpace(spacing)
                t.textOut(text)
                t.setCharSpace(0)          # (Tc outlives the text object: set it back)
                self.c.drawText(t)
            else:
                self.c.drawString(x + dx, y, text)

    # text
    def title(self, *lines: str, size: float = 18) -> None:
        for line in lines:
            self.room(size * 1.6)
            self.y -= size * 1.5
            self.string(self.frame[0] / 2, self.y, line, size, bold=True, centred=True)
        self.y -= size

    def heading(self, text: str, size: float = 12) -> None:
        self.room(size * 2.2)
        self.y -= size * 1.8
        self.string(MARGIN, self.y, text, size, bold=True)
        self.y -= size * 0.4

    def para(self, text: str, size: float = 10.5) -> None:
        width = self.frame[0] - 2 * MARGIN
        for line in wrap("　　" + text, width, size):
            self.room(size * 1.7)
            self.y -= size * 1.7
            self.string(MARGIN, self.y, line, size)
        self.y -= size * 0.3

    # tables
    def table(self, widths: list[float], rows: list[list[C]], size: float | None = None, open_top: bool = False,
              open_bottom: bool = False, pad: float | None = None, header_rows: int = 0) -> None:
        """Draw rows of cells (spans as in HTML) from the current y; no page breaks inside.
        `header_rows`: the rows above the three-line style's middle rule. Size and padding default
        to the writer's (`table_size`, `table_pad`)."""
        size = self.table_size if size is None else size
        pad = self.table_pad if pad is None else pad
        ncol = len(widths)
        xs = [MARGIN]
        for w in widths:
            xs.append(xs[-1] + w)
        taken: set[tuple[int, int]] = set()
        placed = []                                    # (row, col, cell)
        for r, row in enumerate(rows):
            col = 0
            for cell in row:
                while (r, col) in taken:
                    col += 1
                for dr in range(cell.rs):
                    for dc in range(cell.cs):
                        taken.add((r + dr, col + dc))
                placed.append((r, col, cell))
                col += cell.cs
            if col > ncol:
                raise ValueError(f"row {r} has {col} columns, the table {ncol}")
        leading = size * 1.25
        heights = [size + 2 * pad + 2] * len(rows)
        for r, col, cell in placed:
            if cell.rs == 1:
                n = len(wrap(cell.text, xs[col + cell.cs] - xs[col] - 2 * pad, size, self.spacing(cell.text, size)))
                heights[r] = max(heights[r], n * leading + 2 * pad + 1)
        for r, col, cell in placed:                   # a spanning cell's text must fit its rows
            if cell.rs > 1:
                n = len(wrap(cell.text, xs[col + cell.cs] - xs[col] - 2 * pad, size, self.spacing(cell.text, size)))
                need = n * leading + 2 * pad
                have = sum(heights[r:r + cell.rs])
                if need > have:
                    heights[r + cell.rs - 1] += need - have
        ys = [self.y]
        for h in heights:
            ys.append(ys[-1] - h)
        self.c.setLineWidth(0.6)
        if self.rules == "three_line":
            for k in (0, header_rows, len(rows)):
                if 0 < k < len(rows) or k == 0 and not open_top or k == len(rows) and not open_bottom:
                    self.rule(xs[0], ys[k], xs[-1], ys[k])
        elif self.rules == "horizontal":
            for k in range(len(rows) + 1):
                if not (open_top and k == 0 or open_bottom and k == len(rows)):
                    self.rule(xs[0], ys[k], xs[-1], ys[k])
        for r, col, cell in placed:
            x0, x1 = xs[col], xs[col + cell.cs]
            top, bottom = ys[r], ys[r + cell.rs]
            if self.rules == "grid" and self.rule_style == "filled":
                self.c.saveState()
                self.c.setFillGray(0.93 if r % 2 else 0.86)
                self.c.rect(x0 + 0.5, bottom + 0.5, x1 - x0 - 1, top - bottom - 1, stroke=0, fill=1)
                self.c.restoreState()
            elif self.rules == "grid" and self.rule_style == "separate":
                g = self.cell_spacing / 2
                self.c.rect(x0 + g, bottom + g, x1 - x0 - 2 * g, top - bottom - 2 * g, stroke=1, fill=0)
            elif self.rules == "grid" and self.rule_style == "pieces":
                g = 0.5                       # each side stops 0.5 pt short of the corners
                self.rule(x0, top - g, x0, bottom + g)
                self.rule(x1, top - g, x1, bottom + g)
                if not (open_top and r == 0):
                    self.rule(x0 + g, top, x1 - g, top)
                if not (open_bottom and r + cell.rs == len(rows)):
                    self.rule(x0 + g, bottom, x1 - g, bottom)
            elif self.rules == "grid":
                self.rule(x0, top, x0, bottom)
                self.rule(x1, top, x1, bottom)
                if not (open_top and r == 0):
                    self.rule(x0, top, x1, top)
                if not (open_bottom and r + cell.rs == len(rows)):
                    self.rule(x0, bottom, x1, bottom)
            spacing = self.spacing(cell.text, size)
            lines = wrap(cell.text, x1 - x0 - 2 * pad, size, spacing)
            if self.clip_cells and len(lines) > 1 and not cell.text.isdigit():
                # Excel/WPS: the text not wrapped, cut at the cell's edges by a clipping path (the
                # text layer still holds all of it, running on under the next cells)
                self.c.saveState()
                path = self.c.beginPath()
                path.rect(x0, bottom, x1 - x0, top - bottom)
                self.c.clipPath(path, stroke=0, fill=0)
                self.string(x0 + pad, (top + bottom) / 2 - size * 0.35, cell.text, size, bold=cell.bold)
                self.c.restoreState()
                continue
            grey = self.table_gray is not None and (r < header_rows or r + cell.rs == len(rows))
            if grey:
                self.c.setFillGray(self.table_gray)
            block = len(lines) * leading
            y = (top + bottom) / 2 + block / 2 - size * 0.95
            for line in lines:
                numeric = line.replace(".", "").replace("+", "").replace("-", "").isdigit()
                in_column = self.spaced_column is None or col + cell.cs == ncol + 1 + self.spaced_column
                if (numeric and self.figure_spacing and len(line) > 1 and line[0].isdigit() and r % self.spaced_every == 0
                        and in_column):
                    room = (x1 - x0 - 2 * pad - pdfmetrics.stringWidth(line, FONT, size)) / (len(line) - 1)
                    spacing = min(self.figure_spacing * size, room)
                fsize = self.figure_size if numeric and self.figure_size else size
                if numeric and self.right_figures:        # figures flush right, as Word's decimal tab
                    line = self.figure_lead + line
                    self.string(x1 - pad - pdfmetrics.stringWidth(line, FONT, fsize) - spacing * (len(line) - 1), y,
                                line, fsize, bold=cell.bold, spacing=spacing)
                elif numeric or len(lines) == 1 and cell.cs * 1 >= 1 and len(line) <= 8:
                    self.string((x0 + x1) / 2, y, line, fsize, bold=cell.bold, centred=True, spacing=spacing)
                else:
                    self.string(x0 + pad, y, line, size, bold=cell.bold, spacing=spacing)
                y -= leading
            if grey:
                self.c.setFillGray(0)
        self.last_table = (xs[0], ys[0], xs[-1], ys[-1])
        if self.table_seal:
            seal = dict(self.table_seal)
            self.seal((xs[0] + xs[-1]) / 2 + seal.pop("dx", 0.0), (ys[0] + ys[-1]) / 2, **seal)
        self.y = ys[-1] - 6

    def spacing(self, text: str, size: float) -> float:
        """Points of letter spacing for a cell's text: Chinese text only (figures are set tight)."""
        return self.letter_spacing * size if re.search(r"[\u4e00-\u9fff]", text) else 0.0

    def rule(self, x0, y0, x1, y1) -> None:
        if self.ocr_layer:
            return
        if self.thin_rect_rules:           # Word's way: rules as thin filled rectangles
            t = 0.5
            if y0 == y1:
                self.c.rect(min(x0, x1), y0 - t / 2, abs(x1 - x0), t, stroke=0, fill=1)
            else:
                self.c.rect(x0 - t / 2, min(y0, y1), t, abs(y1 - y0), stroke=0, fill=1)
        elif self.rule_style == "dashed":
            self.c.saveState()
            self.c.setDash(3, 2)
            self.c.line(x0, y0, x1, y1)
            self.c.restoreState()
        else:
            self.c.line(x0, y0, x1, y1)

    def save(self) -> None:
        self.stamp()
        self.c.showPage()
        self.c.save()
