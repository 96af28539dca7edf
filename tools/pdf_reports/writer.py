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

from .marks import FONT, Marks


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
    if "\n" in text:                   # explicit line breaks (a header set one character a line)
        return [line for part in text.split("\n") for line in wrap(part, width, size, spacing)]
    if "^" in text:                    # a footnote mark (`35^1`) stays on its figure's last line, never a line
        main, mark = text.split("^", 1)  # of its own at full size (a narrow cell: '138' over a bare '1')
        lines = wrap(main, width, size, spacing)
        return lines[:-1] + [lines[-1] + "^" + mark]
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


class Writer(Marks):
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
                 ocr_misread: dict | None = None, char_map: dict | None = None, fullwidth_figures: bool = False,
                 glyph_tracking: float = 0.0, centre_cells: bool = False, image_tables: tuple = ()):
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
        # "pages"} (a browser's print: date and page title above, URL and "N/M" below) or {"style":
        # "folio", "pages", "folio": "{}"} (the page number alone at the foot: a bare "3", "- 3 -")
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
        # "inner": the grid without its outer border; "rows": each row boxed on its own, `cell_spacing`
        # points from the next; "dotted": every rule many short strokes; "dots": many small squares;
        # "open_right" / "open_left": the grid without its right (left) border, every other rule drawn
        if rule_style not in ("solid", "dashed", "pieces", "filled", "separate", "inner", "rows", "dotted", "dots",
                              "open_right", "open_left"):
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
        # a bad ToUnicode map: these characters of every text but figures given as others (Kangxi
        # radicals '⼀' for '一', CJK compatibility forms); figures set in full-width digits
        self.char_map, self.fullwidth_figures = char_map or {}, fullwidth_figures
        # figures drawn one glyph at a time, this many ems apart (a tracked font placed glyph by glyph)
        self.glyph_tracking, self.glyph_gap = glyph_tracking, None
        # every line of a cell centred (Word's centred cells: '12' over '件')
        self.centre_cells = centre_cells
        # the tables (0: the first drawn) drawn as a picture of a table, no text (an image pasted in)
        self.image_tables, self.tables_drawn = image_tables, 0
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
                printed: str = "", folio: str = "{}") -> None:
        width, height = self.frame
        if style == "folio":            # the page number alone where "- N -" stands, as `folio` has it
            self.string(width / 2, 30, folio.format(self.page_no), 9, centred=True)
        elif style == "running":
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
        if text.isdigit() and text.isascii() and self.fullwidth_figures:
            text = "".join(chr(ord(ch) + 0xFEE0) for ch in text)
        elif self.char_map and not text.isdigit():
            text = "".join(self.char_map.get(ch, ch) for ch in text)
        self.c.setFont(FONT, size)
        if self.glyph_tracking and len(text) > 1 and text.isdigit() and not self.ocr_layer:
            gap = self.glyph_gap if self.glyph_gap is not None else abs(self.glyph_tracking) * size
            if centred:
                x -= (pdfmetrics.stringWidth(text, FONT, size) + gap * (len(text) - 1)) / 2
            for ch in text:                 # one text object a glyph
                self.c.drawString(x, y, ch)
                x += pdfmetrics.stringWidth(ch, FONT, size) + gap
            return
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

    def para(self, text: str, size: float = 10.5, left: float = MARGIN, width: float | None = None) -> None:
        """A paragraph from the current y, in the text block or in a column (`left`, `width`: a
        two-column page)."""
        width = self.frame[0] - 2 * MARGIN if width is None else width
        for line in wrap("　　" + text, width, size):
            self.room(size * 1.7)
            self.y -= size * 1.7
            self.string(left, self.y, line, size)
        self.y -= size * 0.3

    # tables
    def table(self, widths: list[float], rows: list[list[C]], size: float | None = None, open_top: bool = False,
              open_bottom: bool = False, pad: float | None = None, header_rows: int = 0,
              left: float = MARGIN) -> None:
        """Draw rows of cells (spans as in HTML) from the current y; no page breaks inside.
        `header_rows`: the rows above the three-line style's middle rule. Size and padding default
        to the writer's (`table_size`, `table_pad`); `left`: its left edge (a column of the page)."""
        size = self.table_size if size is None else size
        pad = self.table_pad if pad is None else pad
        ncol = len(widths)
        xs = [left]
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
        self.tables_drawn += 1
        if self.tables_drawn - 1 in self.image_tables:
            self.table_image(xs[0], ys[-1], xs[-1] - xs[0], ys[0] - ys[-1])
            self.last_table = (xs[0], ys[0], xs[-1], ys[-1])
            self.y = ys[-1] - 6
            return
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
            elif self.rules == "grid" and self.rule_style == "inner":
                if x0 > xs[0]:
                    self.rule(x0, top, x0, bottom)
                if x1 < xs[-1]:
                    self.rule(x1, top, x1, bottom)
                if r > 0:
                    self.rule(x0, top, x1, top)
                if r + cell.rs < len(rows):
                    self.rule(x0, bottom, x1, bottom)
            elif self.rules == "grid" and self.rule_style in ("open_right", "open_left"):
                edge = xs[-1] if self.rule_style == "open_right" else xs[0]
                for x in (x0, x1):
                    if x != edge:
                        self.rule(x, top, x, bottom)
                if not (open_top and r == 0):
                    self.rule(x0, top, x1, top)
                if not (open_bottom and r + cell.rs == len(rows)):
                    self.rule(x0, bottom, x1, bottom)
            elif self.rules == "grid" and self.rule_style == "rows":
                g = self.cell_spacing / 2
                self.c.rect(x0, bottom + g, x1 - x0, top - bottom - 2 * g, stroke=1, fill=0)
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
                if self.glyph_tracking and numeric and len(line) > 1 and self.glyph_tracking > 0:
                    # as far as the figure fits its cell (a negative tracking: as asked, over the cell's edges)
                    room = (x1 - x0 - 2 * pad - pdfmetrics.stringWidth(line, FONT, fsize)) / (len(line) - 1)
                    self.glyph_gap = max(0.0, min(self.glyph_tracking * fsize, room))
                if numeric and self.right_figures:        # figures flush right, as Word's decimal tab
                    line = self.figure_lead + line
                    self.string(x1 - pad - pdfmetrics.stringWidth(line, FONT, fsize) - spacing * (len(line) - 1), y,
                                line, fsize, bold=cell.bold, spacing=spacing)
                elif numeric or len(lines) == 1 and cell.cs * 1 >= 1 and len(line) <= 8 or self.centre_cells:
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

    def save(self) -> None:
        self.stamp()
        self.c.showPage()
        self.c.save()
