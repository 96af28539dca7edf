#!/usr/bin/env python3
"""Generate the PDF fixtures of tests/fixtures/pdf/ (and a large PDF for the benchmark).

Every report here is invented: invented bodies, invented wording, invented numbers. The numbers
are drawn from a seeded generator so that every cell is non-zero and distinct where the template
allows, and they satisfy the template's identities (R1 new + carried_over = answered +
carried_forward; R2 answered = sum of outcomes; R3 total = sum of the six applicants; R4 table 四
total = sum of its four outcomes). Each NAME.pdf gets NAME.expected.json (tests/fixtures/README.md).

    python tools/make_pdf_fixtures.py                 # the fixtures
    python tools/make_pdf_fixtures.py --big OUT.pdf   # a 200-page report for benchmarks/bench_pdf.py

Needs reportlab (pip install reportlab) and pypdfium2 (for the scanned fixture).
"""
from __future__ import annotations

import io
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pdf"
W, H = A4
MARGIN = 56
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org")

# the printed layout of table 三 (rows, group headings) has one owner: tools/damage/data.py
sys.path.insert(0, str(Path(__file__).resolve().parent))
from damage.data import T3_OUTCOMES_2019, T3_OUTCOMES_2021, Numbers  # noqa: E402


# ---------------------------------------------------------------- numbers

def table3_values(nums: Numbers, outcomes) -> dict[str, list[int]]:
    """Rows of table 三 (six applicant columns + total) satisfying R1, R2, R3, all distinct."""
    for _ in range(200):
        used_before = set(nums.used)
        rows: dict[str, list[int]] = {}
        for key, _g, _l in outcomes:
            rows[key] = [nums.take(1, 400) for _ in APPLICANTS]
        rows["requests.answered"] = [sum(rows[k][j] for k, _g, _l in outcomes) for j in range(6)]
        rows["requests.carried_forward"] = [nums.take(1, 400) for _ in APPLICANTS]
        rows["requests.carried_over"] = [nums.take(1, 400) for _ in APPLICANTS]
        rows["requests.new"] = [rows["requests.answered"][j] + rows["requests.carried_forward"][j]
                                - rows["requests.carried_over"][j] for j in range(6)]
        for k in rows:
            rows[k] = rows[k] + [sum(rows[k])]
        derived = [v for k in ("requests.answered", "requests.new") for v in rows[k]] + \
                  [rows[k][6] for k in rows if k not in ("requests.answered", "requests.new")]
        if len(set(derived)) == len(derived) and not (set(derived) & used_before) and min(derived) > 0:
            nums.used |= set(derived)
            return rows
        nums.used = used_before
    raise RuntimeError("no distinct table 三")


def table4_values(nums: Numbers) -> dict[str, int]:
    out = {}
    for group in ("review", "litigation.direct", "litigation.after_review"):
        parts = [nums.take(1, 40) for _ in range(4)]
        for name, v in zip(("upheld", "corrected", "other", "pending"), parts):
            out[f"{group}.{name}"] = v
        total = sum(parts)
        while total in nums.used:           # distinct where the template allows
            parts[3] = nums.take(1, 40)
            out[f"{group}.pending"] = parts[3]
            total = sum(parts)
        nums.used.add(total)
        out[f"{group}.total"] = total
    return out


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
                 spaced_column: int | None = None, furniture: dict | None = None, shadow: tuple | None = None):
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
        self.jitter = random.Random(3)
        self.frame = None           # (width, height) of the current drawing frame
        self.new_page()

    def canvas(self, target, encrypt):
        """What the pages are drawn on (tools/make_ofd_fixtures.py draws the same reports into an OFD file)."""
        return canvas.Canvas(target, pagesize=A4, encrypt=encrypt, invariant=1)

    # pages
    def new_page(self, landscape_rotated: bool = False) -> None:
        if self.frame is not None:
            self.stamp()
            self.c.showPage()
        if landscape_rotated:
            # reportlab writes the MediaBox of a /Rotate 90 page swapped: give it the displayed size
            self.c.setPageSize((H, W))
            # a landscape page as printers and some exporters make it: portrait media, /Rotate 90,
            # the content drawn turned by 90° so that it reads upright when displayed
            self.c.setPageRotation(90)
            self.c.transform(0, 1, -1, 0, W, 0)
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
            if self.rules == "grid":
                self.rule(x0, top, x0, bottom)
                self.rule(x1, top, x1, bottom)
                if not (open_top and r == 0):
                    self.rule(x0, top, x1, top)
                if not (open_bottom and r + cell.rs == len(rows)):
                    self.rule(x0, bottom, x1, bottom)
            spacing = self.spacing(cell.text, size)
            lines = wrap(cell.text, x1 - x0 - 2 * pad, size, spacing)
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
                if numeric and self.right_figures:        # figures flush right, as Word's decimal tab
                    self.string(x1 - pad - pdfmetrics.stringWidth(line, FONT, size) - spacing * (len(line) - 1), y,
                                line, size, bold=cell.bold, spacing=spacing)
                elif numeric or len(lines) == 1 and cell.cs * 1 >= 1 and len(line) <= 8:
                    self.string((x0 + x1) / 2, y, line, size, bold=cell.bold, centred=True, spacing=spacing)
                else:
                    self.string(x0 + pad, y, line, size, bold=cell.bold, spacing=spacing)
                y -= leading
            if grey:
                self.c.setFillGray(0)
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
        else:
            self.c.line(x0, y0, x1, y1)

    def save(self) -> None:
        self.stamp()
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- report pieces

def table2_2021(nums: Numbers, values: dict) -> list[list[C]]:
    v = {}
    for row in ("regulations", "normative_docs"):
        for col in ("issued", "repealed", "in_force"):
            v[f"disclosure.{row}.{col}"] = nums.take(1, 90)
    for row in ("licensing", "penalty", "coercion"):
        v[f"disclosure.{row}.decisions"] = nums.take(100, 3000)
    fee_wan = round(nums.take(100, 999) / 100 + 0.01, 2)           # e.g. 3.47 万元
    values.update(v)
    values["disclosure.fees.amount"] = round(fee_wan * 10000)
    s = lambda k: str(v[k])
    return [
        [C("第二十条第（一）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("本年制发件数", bold=True), C("本年废止件数", bold=True), C("现行有效件数", bold=True)],
        [C("规章"), C(s("disclosure.regulations.issued")), C(s("disclosure.regulations.repealed")), C(s("disclosure.regulations.in_force"))],
        [C("行政规范性文件"), C(s("disclosure.normative_docs.issued")), C(s("disclosure.normative_docs.repealed")),
         C(s("disclosure.normative_docs.in_force"))],
        [C("第二十条第（五）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("本年处理决定数量", cs=3, bold=True)],
        [C("行政许可"), C(s("disclosure.licensing.decisions"), cs=3)],
        [C("第二十条第（六）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("本年处理决定数量", cs=3, bold=True)],
        [C("行政处罚"), C(s("disclosure.penalty.decisions"), cs=3)],
        [C("行政强制"), C(s("disclosure.coercion.decisions"), cs=3)],
        [C("第二十条第（八）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("本年收费金额（单位：万元）", cs=3, bold=True)],
        [C("行政事业性收费"), C(f"{fee_wan:.2f}", cs=3)],
    ]


def table2_2019(nums: Numbers, values: dict) -> list[list[C]]:
    v = {}
    for row in ("regulations", "normative_docs"):
        for col in ("made", "published", "published_total"):
            v[f"disclosure.{row}.{col}"] = nums.take(1, 90)
    for row in ("licensing", "other_services", "penalty", "coercion"):
        v[f"disclosure.{row}.items_prev_year"] = nums.take(100, 400)
        v[f"disclosure.{row}.decisions"] = nums.take(400, 3000)
    v["disclosure.fees.items_prev_year"] = nums.take(1, 90)
    changes = {"licensing": 7, "other_services": -3, "penalty": 12, "coercion": -5, "fees": -2}
    for row, ch in changes.items():
        v[f"disclosure.{row}.items_change"] = ch
    v["disclosure.procurement.projects"] = nums.take(1, 90)
    v["disclosure.procurement.amount"] = nums.take(10000, 90000) * 10
    values.update(v)
    s = lambda k: str(v[k]) if not k.endswith("items_change") else f"{v[k]:+d}"
    head = lambda *cols: [C("信息内容", bold=True)] + [C(t, bold=True) for t in cols]
    return [
        [C("第二十条第（一）项", cs=4, bold=True)],
        head("本年新制作数量", "本年新公开数量", "对外公开总数量"),
        [C("规章")] + [C(s(f"disclosure.regulations.{c}")) for c in ("made", "published", "published_total")],
        [C("规范性文件")] + [C(s(f"disclosure.normative_docs.{c}")) for c in ("made", "published", "published_total")],
        [C("第二十条第（五）项", cs=4, bold=True)],
        head("上一年项目数量", "本年增/减", "处理决定数量"),
        [C("行政许可")] + [C(s(f"disclosure.licensing.{c}")) for c in ("items_prev_year", "items_change", "decisions")],
        [C("其他对外管理服务事项")] + [C(s(f"disclosure.other_services.{c}")) for c in ("items_prev_year", "items_change", "decisions")],
        [C("第二十条第（六）项", cs=4, bold=True)],
        head("上一年项目数量", "本年增/减", "处理决定数量"),
        [C("行政处罚")] + [C(s(f"disclosure.penalty.{c}")) for c in ("items_prev_year", "items_change", "decisions")],
        [C("行政强制")] + [C(s(f"disclosure.coercion.{c}")) for c in ("items_prev_year", "items_change", "decisions")],
        [C("第二十条第（八）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("上一年项目数量", bold=True), C("本年增/减", cs=2, bold=True)],
        [C("行政事业性收费"), C(s("disclosure.fees.items_prev_year")), C(s("disclosure.fees.items_change"), cs=2)],
        [C("第二十条第（九）项", cs=4, bold=True)],
        [C("信息内容", bold=True), C("采购项目数量", bold=True), C("采购总金额（元）", cs=2, bold=True)],
        [C("政府集中采购"), C(s("disclosure.procurement.projects")), C(s("disclosure.procurement.amount"), cs=2)],
    ]


T3_WIDTHS = [22, 62, 128] + [40.5] * 7
T3_HEADER = [
    [C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", cs=3, rs=3), C("申请人情况", cs=7, bold=True)],
    [C("自然人", rs=2, bold=True), C("法人或其他组织", cs=5, bold=True), C("总计", rs=2, bold=True)],
    [C("商业企业"), C("科研机构"), C("社会公益组织"), C("法律服务机构"), C("其他")],
]


def table3_rows(rows: dict[str, list[int]], outcomes, bold_labels: bool = False) -> list[list[C]]:
    """Table 三 body rows (the header is T3_HEADER)."""
    nums = lambda key, bold=False: [C(str(v), bold=bold) for v in rows[key]]
    body = [
        [C("一、本年新收政府信息公开申请数量", cs=3, bold=bold_labels)] + nums("requests.new"),
        [C("二、上年结转政府信息公开申请数量", cs=3, bold=bold_labels)] + nums("requests.carried_over"),
    ]
    n_result = len(outcomes) + 1
    first = True
    seen_groups: set[str] = set()
    for key, group, label in outcomes:
        row = []
        if first:
            row.append(C("三、本年度办理结果", rs=n_result, bold=bold_labels))
            first = False
        if group is None:
            row.append(C(label, cs=2))
        else:
            if group not in seen_groups:
                seen_groups.add(group)
                row.append(C(group, rs=sum(1 for _k, g, _l in outcomes if g == group)))
            row.append(C(label))
        body.append(row + nums(key))
    body.append([C("（七）总计", cs=2, bold=bold_labels)] + nums("requests.answered", bold=bold_labels))
    body.append([C("四、结转下年度继续办理", cs=3, bold=bold_labels)] + nums("requests.carried_forward"))
    return body


T4_WIDTHS = [33] * 15


def table4_rows(v: dict[str, int]) -> list[list[C]]:
    outs = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    keys = [f"{g}.{o}" for g in ("review", "litigation.direct", "litigation.after_review")
            for o in ("upheld", "corrected", "other", "pending", "total")]
    return [
        [C("行政复议", cs=5, bold=True), C("行政诉讼", cs=10, bold=True)],
        [C(t, rs=2) for t in outs] + [C("未经复议直接起诉", cs=5), C("复议后起诉", cs=5)],
        [C(t) for t in outs] * 2,
        [C(str(v[k])) for k in keys],
    ]


def t3_expected(rows: dict[str, list[int]]) -> dict:
    out = {}
    for key, vals in rows.items():
        for who, v in zip(APPLICANTS + ("total",), vals):
            out[f"{key}|applicant={who}"] = v
    return out


INTRO = ("本报告依据《中华人民共和国政府信息公开条例》和上级有关通知要求编制，由总体情况、主动公开政府信息情况、"
         "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、"
         "其他需要报告的事项六个部分组成。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。")
OVERVIEW = ("{y}年，{who}围绕年度重点任务，持续完善公开目录，规范发布流程，加强解读回应，"
            "推动政务公开工作提质增效。")
PROBLEMS = ("工作中仍存在部分栏目更新不够及时、政策解读形式较为单一等不足。下一步将加强督促检查，"
            "丰富解读方式，进一步提升公开质量。")
OTHER = "本年度无其他需要报告的事项。"


def write_report(w: Writer, *, who: str, year: int, t2: list[list[C]], t3: list[list[C]], t4: list[list[C]],
                 t3_split=None, narrative: str = "", t3_page=None) -> None:
    w.para(INTRO.format(y=year))
    w.heading("一、总体情况")
    w.para(OVERVIEW.format(y=year, who=who) + narrative)
    w.heading("二、主动公开政府信息情况")
    w.table([150, 115, 115, 115], t2, header_rows=2)
    w.heading("三、收到和处理政府信息公开申请情况")
    if t3_page:
        t3_page(w)
    elif t3_split is None:
        w.room(540)
        w.table(T3_WIDTHS, T3_HEADER + t3, header_rows=len(T3_HEADER))
    else:
        t3_split(w)
    w.heading("四、政府信息公开行政复议、行政诉讼情况")
    w.room(110)
    w.table(T4_WIDTHS, t4, header_rows=3)
    w.heading("五、存在的主要问题及改进情况")
    w.para(PROBLEMS)
    w.heading("六、其他需要报告的事项")
    w.para(OTHER)


def expected(year: int, template: str, region_code: str, values: dict, **extra) -> dict:
    out = {"year": year, "template": template, "region_code": region_code}
    out.update(extra)
    out["values"] = dict(values)
    return out


# ---------------------------------------------------------------- the fixtures

def report_tables(seed: int, template: str) -> tuple[dict, list, list, dict, tuple]:
    """The invented numbers of one report: (expected values, table 二 rows, table 三 values,
    table 四 values, table 三 outcome rows of the template)."""
    nums = Numbers(seed)
    values: dict = {}
    t2 = (table2_2019 if template == "2019" else table2_2021)(nums, values)
    outcomes = T3_OUTCOMES_2019 if template == "2019" else T3_OUTCOMES_2021
    rows = table3_values(nums, outcomes)
    t4v = table4_values(nums)
    values.update(t3_expected(rows))
    values.update(t4v)
    return values, t2, rows, t4v, outcomes


def report_2021(target, *, seed: int = 2021, encrypt=None, fake_bold: bool = False, thin: bool = False,
                title_meta: bool = True) -> dict:
    """A 2021-template county report with all three tables (table 三 on one page)."""
    values, t2, rows, t4v, _ = report_tables(seed, "2021")
    title = "安吉县人民政府2022年政府信息公开工作年度报告"
    w = Writer(target, encrypt=encrypt, title=title if title_meta else None, fake_bold=fake_bold, thin_rect_rules=thin)
    w.title("安吉县人民政府", "2022年政府信息公开工作年度报告")
    write_report(w, who="安吉县人民政府", year=2022, t2=t2, t3=table3_rows(rows, T3_OUTCOMES_2021, bold_labels=fake_bold),
                 t4=table4_rows(t4v))
    w.save()
    return expected(2022, "2021", "330523", values)


def report_unruled(target, *, template: str, seed: int, rules: str, thin: bool = False, size: float = 8,
                   pad: float = 2.5, right_figures: bool = False) -> dict:
    """A report whose tables are not boxed: three-line, horizontal rules only, or no rules at all;
    the columns are seen only in the alignment of the text. `size`, `pad` (points between a cell's
    text and its row's edge) and `right_figures` vary the typesetting (tests sweep them)."""
    who = {"none": "桐庐县人民政府", "horizontal": "淳安县人民政府", "three_line": "建德市人民政府"}[rules]
    code = {"none": "330122", "horizontal": "330127", "three_line": "330182"}[rules]
    return _county_report(target, who, template, seed, code, thin_rect_rules=thin, rules=rules,
                          right_figures=right_figures, table_size=size, table_pad=pad)


def _county_report(target, who: str, template: str, seed: int, code: str | None = None, **writer) -> dict:
    """`who`'s report of `template` (tables from `seed`) drawn by a Writer with `writer`'s options, and
    its expected values; no region code where `code` is None (an invented county)."""
    values, t2, rows, t4v, outcomes = report_tables(seed, template)
    year = 2020 if template == "2019" else 2023
    w = Writer(target, title=f"{who}{year}年政府信息公开工作年度报告", **writer)
    w.title(who, f"{year}年政府信息公开工作年度报告")
    write_report(w, who=who, year=year, t2=t2, t3=table3_rows(rows, outcomes), t4=table4_rows(t4v))
    w.save()
    exp = expected(year, template, code, values)
    if code is None:
        del exp["region_code"]
    return exp


def report_watermark(target, *, rules: str, mark: str, size: float, seed: int, angle: float | None = None,
                     gray: float = 0.82, alpha: float = 1.0, who: str = "", table_gray: float | None = None) -> dict:
    """A report stamped with a watermark over its tables (grey, at a slant, with figures in it: a
    date, a telephone number), a large stamp or a small one tiled over the page; `angle` 0: set
    upright, `gray` and `alpha` its grey level and opacity; `table_gray`: the tables' header rows
    and last rows printed in that grey too (the report's own grey text)."""
    values, t2, rows, t4v, outcomes = report_tables(seed, "2021")
    who = who or {"grid": "青溪县人民政府", "none": "白鹭县人民政府"}[rules]
    w = Writer(target, title=f"{who}2023年政府信息公开工作年度报告", rules=rules, watermark=mark,
               watermark_size=size, watermark_angle=angle, watermark_gray=gray, watermark_alpha=alpha,
               table_gray=table_gray)
    w.title(who, "2023年政府信息公开工作年度报告")
    write_report(w, who=who, year=2023, t2=t2, t3=table3_rows(rows, outcomes), t4=table4_rows(t4v))
    w.save()
    exp = expected(2023, "2021", None, values)
    del exp["region_code"]                      # invented counties: no region code
    exp["warnings_contain"] = ["(a watermark) was left out" if angle != 0 else
                               "large light or transparent text over the page (a watermark) was left out" if size >= 30
                               else "light or transparent text drawn over the page's text"]
    return exp


def report_letter_spaced(target, *, rules: str, template: str, seed: int, spacing: float) -> dict:
    """A report whose tables have no vertical rules and whose Chinese cell text is letter-spaced
    (`spacing` ems between characters, the Tc operator: WPS's justified and distributed cells):
    each character stands farther from the next than the gap that separates two cells."""
    who = {"none": "松岗县人民政府", "three_line": "梅林县人民政府"}[rules]
    return _county_report(target, who, template, seed, rules=rules, letter_spacing=spacing)


def report_figure_spaced(target, *, rules: str, template: str, seed: int, spacing: float, every: int = 1,
                         right: bool = False, column: int | None = None) -> dict:
    """A report whose tables have no vertical rules and whose figures are letter-spaced (`spacing`
    ems between digits as far as the figure fits its cell, in every `every`-th row of a table: WPS's
    tracked or justified numerals): the digits of one figure stand farther apart than two cells."""
    who = {"none": "石湾县人民政府", "three_line": "柳溪县人民政府", "horizontal": "枫桥县人民政府",
           "grid": "桃坞县人民政府"}[rules]
    return _county_report(target, who, template, seed, rules=rules, figure_spacing=spacing, spaced_every=every,
                          right_figures=right, spaced_column=column)


def report_footnote_marks(target, *, rules: str, seed: int, mark: str) -> dict:
    """2021 template; a few figures of tables 三 and 四 carry a footnote mark set small and raised
    right after them (`170¹`, `24518*`): the mark is no digit of the figure."""
    values, t2, rows, t4v, outcomes = report_tables(seed, "2021")
    body = table3_rows(rows, outcomes)
    order = ["requests.new", "requests.carried_over"] + [k for k, _g, _l in outcomes] + \
            ["requests.answered", "requests.carried_forward"]
    for key, j in (("requests.granted", 0), ("requests.denied.state_secret", 3), ("requests.answered", 6)):
        row = body[order.index(key)]
        row[len(row) - 7 + j] = C(row[len(row) - 7 + j].text + "^" + mark, bold=row[len(row) - 7 + j].bold)
    t4 = table4_rows(t4v)
    t4[-1][4] = C(t4[-1][4].text + "^" + mark)
    who = {"grid": "云岭县人民政府", "none": "石门县人民政府"}[rules]
    w = Writer(target, title=f"{who}2023年政府信息公开工作年度报告", rules=rules)
    w.title(who, "2023年政府信息公开工作年度报告")
    write_report(w, who=who, year=2023, t2=t2, t3=body, t4=t4)
    w.save()
    exp = expected(2023, "2021", None, values)
    del exp["region_code"]                      # invented counties: no region code
    exp["warnings_contain"] = ["footnote marks set small and raised after figures"]
    return exp


def report_ocr_layer(target, *, seed: int, who: str, date: str, on: str, drift: float = 0.4, rules: str = "grid") -> dict:
    """A scanned report made searchable by OCR (invisible text over page images; the table rules
    are in the images only), its last page holding only the closing: the issuer and the date."""
    values, t2, rows, t4v, outcomes = report_tables(seed, "2021")
    w = Writer(target, title=f"{who}2023年政府信息公开工作年度报告", ocr_layer=True, ocr_drift=drift, rules=rules)
    w.title(who, "2023年政府信息公开工作年度报告")
    write_report(w, who=who, year=2023, t2=t2, t3=table3_rows(rows, outcomes), t4=table4_rows(t4v))
    w.new_page()
    w.y -= 40
    for line in (who + "办公室", on):
        w.string(w.frame[0] - MARGIN - pdfmetrics.stringWidth(line, FONT, 12), w.y, line, 12)
        w.y -= 24
    w.save()
    exp = expected(2023, "2021", None, values, published=date)
    del exp["region_code"]                      # invented counties: no region code
    return exp


def report_unruled_blanks(target) -> dict:
    """No rules, figures flush right in a 9-point table, and cells left blank: a blank cell is null
    by its position in the row (never a 0, never the next figure moved over)."""
    values, t2, rows, t4v, outcomes = report_tables(407, "2021")
    blanks = {("requests.granted", 0), ("requests.denied.state_secret", 3), ("requests.other.fee_unpaid", 6),
              ("requests.carried_forward", 5)}
    body = table3_rows(rows, outcomes)
    order = ["requests.new", "requests.carried_over"] + [k for k, _g, _l in outcomes] + \
            ["requests.answered", "requests.carried_forward"]
    assert {k for k, _j in blanks} <= set(order)
    for r, key in enumerate(order):
        for key_, j in blanks:
            if key_ == key:
                body[r][len(body[r]) - 7 + j] = C("")
                values[f"{key}|applicant={(APPLICANTS + ('total',))[j]}"] = None
    t4 = table4_rows(t4v)
    t4[-1][7] = C("")                             # litigation.direct.other left blank
    values["litigation.direct.other"] = None
    who, year = "富阳区人民政府", 2022
    w = Writer(target, title=f"{who}{year}年政府信息公开工作年度报告", rules="none", right_figures=True)
    w.title(who, f"{year}年政府信息公开工作年度报告")
    write_report(w, who=who, year=year, t2=t2, t3=body, t4=t4)
    w.save()
    return expected(year, "2021", "330111", values)


def legacy_three_line(target, numbered: bool = False) -> dict:
    """A 2010 report (the legacy statistics table: label, unit, one figure) typeset as a three-line
    table with no vertical rules, cut by a page break with no header on the second page. The text
    and values are those of the invented tests/fixtures/legacy/national_statistics.txt.
    `numbered`: no rules at all, and a 序号 column of row numbers before the labels."""
    src = OUT.parent / "legacy" / "national_statistics"
    text = (src.with_suffix(".txt")).read_text(encoding="utf-8")
    exp = json.loads(src.with_suffix(".expected.json").read_text(encoding="utf-8"))
    head, table = text.split("统计指标", 1)
    w = Writer(target, title=head.strip().splitlines()[0])
    for para in head.strip().splitlines()[1:]:
        if para.strip():
            w.para(para.strip())
    c, y = w.c, w.y - 20

    left = MARGIN + 4 + (40 if numbered else 0)
    number = 0

    def row(label: str, unit: str, figure: str, indent: int, no: str = "") -> None:
        c.setFont(FONT, 10)
        if no:
            c.drawCentredString(MARGIN + 18, y, no)
        c.drawString(left + indent * 5, y, label)
        c.drawString(400, y, unit)
        c.drawRightString(500, y, figure)

    def rule(at: float) -> None:
        if not numbered:
            c.line(MARGIN, at, W - MARGIN, at)

    c.setLineWidth(0.6)
    rule(y + 14)
    row("统计指标", "单位", "统计数", 0, "序号" if numbered else "")
    y -= 16
    rule(y + 12)
    for line in table.splitlines()[1:]:
        if not line.strip():
            continue
        m = re.match(r"^(\s*)(\S.*?)\s{2,}(\S+)\s+(\d+)$", line)
        indent = len(line) - len(line.lstrip())
        if m:
            number += 1
        row(*(m.group(2, 3, 4) if m else (line.strip(), "", "")), indent, str(number) if m and numbered else "")
        y -= 16
        if y < 560 and "5.不属于" in line:          # the page break falls inside the table
            w.new_page()
            y = w.y - 10
    rule(y + 12)
    w.save()
    return exp


def report_2019_open_break(target, *, seed: int = 2019, city: str = "南京市", who: str = "玄武区人民政府",
                           code: str | None = "320102", furniture: dict | None = None) -> dict:
    """2019 template; table 三 runs over a page break the way WPS leaves it: no bottom rule above
    the break, no top rule below it, no repeated header, and the (六)其他处理 row cut in two —
    its label above the break, its values below. `furniture`: a running header and footer, or a
    browser's, printed on every page (Writer.furnish): between the two halves of the cut row."""
    values, t2, rows, t4v, _ = report_tables(seed, "2019")
    body = table3_rows(rows, T3_OUTCOMES_2019)
    cut = 2 + 18           # rows 0..19: new, carried_over, 18 outcome rows; then (六)其他处理

    def split(w: Writer) -> None:
        w.room(200)
        first = T3_HEADER + body[:cut]
        # the big 三、本年度办理结果 cell covers rows up to the break on this page
        first = [list(r) for r in first]
        first[3 + 2][0] = C("三、本年度办理结果", rs=19)
        # (五)不予处理 fits on this page (its 5 rows end above the cut row)
        other = body[cut]                     # [(六)其他处理 cs=2] + 7 numbers
        label_only = [C(other[0].text, cs=2)] + [C("") for _ in range(7)]
        # how many rows fit above the bottom margin
        w.table(T3_WIDTHS, first + [label_only], open_bottom=True)
        w.new_page()
        values_only = [C(""), C("", cs=2)] + other[1:]
        rest = [[C("", rs=2)] + [c for c in values_only[1:]]] + [body[cut + 1]] + [body[cut + 2]]
        w.table(T3_WIDTHS, rest, open_top=True)

    w = Writer(target, title=f"{who.replace('人民政府', '')}2019年政府信息公开工作年度报告", furniture=furniture)
    w.title(city + who, "2019年政府信息公开工作年度报告")
    write_report(w, who=who, year=2019, t2=t2, t3=body, t4=table4_rows(t4v), t3_split=split)
    w.save()
    exp = expected(2019, "2019", code, values)
    if code is None:
        del exp["region_code"]
    return exp


def report_2021_header_repeat(target, rules: str = "grid") -> dict:
    """2021 template; table 三 breaks across two pages, the header rows repeated on the second
    page, and the label of 5.要求行政机关确认或重新出具已获取信息 wrapped across the break."""
    values, t2, rows, t4v, _ = report_tables(2023, "2021")
    body = table3_rows(rows, T3_OUTCOMES_2021)
    # body rows: 0 new, 1 carried_over, 2.. outcomes (granted=2, partially=3, denied 4..11,
    # unable 12..14, not_processed 15..19, other 20..22), 23 answered, 24 carried_forward
    confirm = 2 + 17                          # 5.要求行政机关确认或重新出具已获取信息

    def split(w: Writer) -> None:
        first = [list(r) for r in T3_HEADER + body[:confirm]]
        first[3 + 2][0] = C("三、本年度办理结果", rs=confirm - 2 + 1)
        # (五)不予处理: rows 15..19; on this page 15..18 plus the cut row
        first[3 + 15][0] = C("（五）不予处理", rs=5)
        key = "requests.not_processed.confirmation"
        top_half = [C("5.要求行政机关确认或")] + [C(str(v)) for v in rows[key]]
        w.room(560)
        w.table(T3_WIDTHS, first + [top_half], header_rows=len(T3_HEADER))
        w.new_page()
        w.y -= 10
        rest = [[C("", rs=1 + 3 + 1), C("", rs=1), C("重新出具已获取信息")] + [C("") for _ in range(7)]]
        rest += [list(r) for r in body[confirm + 1:]]
        w.table(T3_WIDTHS, T3_HEADER + rest, header_rows=len(T3_HEADER))

    w = Writer(target, title="江宁区人民政府2023年政府信息公开工作年度报告", rules=rules)
    w.title("南京市江宁区人民政府", "2023年政府信息公开工作年度报告")
    write_report(w, who="江宁区人民政府", year=2023, t2=t2, t3=body, t4=table4_rows(t4v), t3_split=split,
                 narrative="全年在政府网站主动公开政府信息4821条，全年未收取信息处理费。")
    w.save()
    values["disclosure.total"] = 4821
    values["fees.collected"] = 0
    return expected(2023, "2021", "320115", values,
                    unresolved=["disclosure.via_website"])


def report_rotated(target) -> dict:
    """2021 template; table 三 on a landscape page (portrait media, /Rotate 90, content turned)."""
    values, t2, rows, t4v, _ = report_tables(77, "2021")
    body = table3_rows(rows, T3_OUTCOMES_2021)

    def landscape(w: Writer) -> None:
        w.new_page(landscape_rotated=True)
        w.y = w.frame[1] - 30
        w.table([30, 90, 250] + [50] * 7, T3_HEADER + body, size=7.5, pad=1.5)
        w.new_page()

    w = Writer(target, title="余杭区2021年政府信息公开工作年度报告")
    w.title("杭州市余杭区人民政府2021年政府信息公开工作年度报告", size=15)
    write_report(w, who="余杭区人民政府", year=2021, t2=t2, t3=body, t4=table4_rows(t4v), t3_page=landscape)
    w.save()
    return expected(2021, "2021", "330110", values)


def image_pdf(source: bytes, target, pages=None, scale: float = 1.5, quality: int = 0) -> None:
    """Render PDF pages to images (bilevel, or grey JPEG with a quality) and put them back as an
    image-only PDF (a 'scan'). Rendering the CJK text needs a CJK system font that PDFium can
    substitute for the non-embedded STSong-Light (e.g. apt-get install fonts-arphic-uming)."""
    import pypdfium2 as pdfium
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader

    rl_config.useA85 = 0

    pdf = pdfium.PdfDocument(source)
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    for i in pages if pages is not None else range(len(pdf)):
        page = pdf[i]
        pil = page.render(scale=scale, grayscale=True).to_pil().convert("L")
        buf = io.BytesIO()
        if quality:
            pil.save(buf, "JPEG", quality=quality)
        else:                       # bilevel, like a fax-mode scan: small and sharp
            pil.point(lambda v: 255 if v > 170 else 0).save(buf, "PNG")
        buf.seek(0)
        w, h = page.get_size()
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
        page.close()
    pdf.close()
    c.save()


def concat_pdfs(parts: list[bytes], target) -> None:
    import pypdfium2 as pdfium
    out = pdfium.PdfDocument.new()
    for data in parts:
        src = pdfium.PdfDocument(data)
        out.import_pages(src)
        src.close()
    out.save(target)
    out.close()


def n_up(source, target, across: int, down: int) -> None:
    """Several pages on one sheet ("2 pages per sheet", 2 × 2), the way printers and PDF tools
    impose them: each page scaled into its pane, left to right, then top to bottom (PDFium's
    FPDF_ImportNPagesToOne); landscape A4 for two across, portrait for two by two."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    src = pdfium.PdfDocument(source)
    size = (H, W) if across > down else (W, H)
    out = pdfium.PdfDocument(raw.FPDF_ImportNPagesToOne(src.raw, size[0], size[1], across, down))
    buf = io.BytesIO()
    out.save(buf)
    out.close()
    src.close()
    # PDFium stamps the time and a random file ID: fixed (same lengths: the offsets hold) so that
    # the fixture is the same bytes every time it is made
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20240101000000", buf.getvalue())
    data = re.sub(rb"/ID\[<[0-9A-F]+><[0-9A-F]+>\]", lambda m: re.sub(rb"[0-9A-F]", b"0", m.group(0)), data)
    if hasattr(target, "write"):
        target.write(data)
    else:
        Path(target).write_bytes(data)


def report_n_up(target, *, who: str, template: str, seed: int, across: int, down: int, rules: str = "grid") -> dict:
    """An invented county's report printed `across` × `down` pages per sheet."""
    src = io.BytesIO()
    exp = _county_report(src, who, template, seed, rules=rules)
    n_up(src.getvalue(), target, across, down)
    exp["warnings_contain"] = ["several printed pages on one sheet (N-up), read one after the other"]
    return exp


def big_report(target, pages: int = 200) -> None:
    """A long report for the benchmark: the 2021 report, then annex pages of prose and tables."""
    w = Writer(target, title="示例县人民政府政府信息公开工作年度报告（长文档）")
    nums = Numbers(9)
    values: dict = {}
    w.title("安吉县人民政府", "2022年政府信息公开工作年度报告")
    t2 = table2_2021(nums, values)
    rows = table3_values(nums, T3_OUTCOMES_2021)
    write_report(w, who="安吉县人民政府", year=2022, t2=t2, t3=table3_rows(rows, T3_OUTCOMES_2021),
                 t4=table4_rows(table4_values(nums)))
    rnd = random.Random(1)
    k = 0
    while w.page_no < pages:
        k += 1
        w.heading(f"附件{k}：政府信息公开目录更新情况")
        w.para(OVERVIEW.format(y=2022, who="各部门") * 3)
        body = [[C("栏目", bold=True), C("更新条数", bold=True), C("其中政策文件", bold=True), C("解读材料", bold=True)]]
        body += [[C(f"第{r + 1}类信息"), C(str(rnd.randint(1, 900))), C(str(rnd.randint(1, 90))), C(str(rnd.randint(1, 40)))]
                 for r in range(12)]
        w.room(12 * 18 + 40)
        w.table([200, 95, 95, 95], body, size=9)
        w.para(PROBLEMS)
    w.save()


def main(argv: list[str]) -> int:
    if "--big" in argv:
        target = argv[argv.index("--big") + 1]
        big_report(target, int(argv[argv.index("--pages") + 1]) if "--pages" in argv else 200)
        print("wrote", target)
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    made: dict[str, dict] = {}

    made["report_2021"] = report_2021(str(OUT / "report_2021.pdf"))
    made["report_2019_open_break"] = report_2019_open_break(str(OUT / "report_2019_open_break.pdf"))
    made["report_2021_header_repeat"] = report_2021_header_repeat(str(OUT / "report_2021_header_repeat.pdf"))
    made["fake_bold"] = report_2021(str(OUT / "fake_bold.pdf"), seed=88, fake_bold=True, thin=True, title_meta=False)
    made["rotated_table_page"] = report_rotated(str(OUT / "rotated_table_page.pdf"))
    # tables without boxes: the grid comes from the alignment of the text
    made["borderless_2021"] = report_unruled(str(OUT / "borderless_2021.pdf"), template="2021", seed=404,
                                             rules="none")
    made["horizontal_rules_2021"] = report_unruled(str(OUT / "horizontal_rules_2021.pdf"), template="2021",
                                                   seed=405, rules="horizontal")
    made["three_line_split_2021"] = report_2021_header_repeat(str(OUT / "three_line_split_2021.pdf"), rules="three_line")
    made["three_line_legacy_2010"] = legacy_three_line(str(OUT / "three_line_legacy_2010.pdf"))
    made["numbered_legacy_2010"] = legacy_three_line(str(OUT / "numbered_legacy_2010.pdf"), numbered=True)
    made["borderless_blanks_2021"] = report_unruled_blanks(str(OUT / "borderless_blanks_2021.pdf"))
    made["watermark_2021"] = report_watermark(str(OUT / "watermark_2021.pdf"), rules="grid", seed=515,
                                              mark="青溪县政务公开 2024-03-18", size=54)
    made["watermark_tiled_borderless_2021"] = report_watermark(
        str(OUT / "watermark_tiled_borderless_2021.pdf"), rules="none", seed=516, mark="白鹭县 0571-8621 3390", size=13)
    # a stamp set upright, on the page's axes: large and light grey / black but transparent
    made["watermark_upright_2021"] = report_watermark(
        str(OUT / "watermark_upright_2021.pdf"), rules="grid", seed=530, mark="石门县政务公开 2024", size=50, angle=0,
        gray=0.85, who="石门县人民政府")
    made["watermark_transparent_borderless_2021"] = report_watermark(
        str(OUT / "watermark_transparent_borderless_2021.pdf"), rules="none", seed=531, mark="2024-03-18 仅供查阅",
        size=44, angle=0, gray=0.0, alpha=0.15, who="芦溪县人民政府")
    # a light stamp tiled upright at the body's size over the tables (its characters fell into the
    # cells: 2024 joined to a figure); with the report's own header and last rows in grey
    made["watermark_body_grid_2021"] = report_watermark(
        str(OUT / "watermark_body_grid_2021.pdf"), rules="grid", seed=544, mark="2024", size=8, angle=0, gray=0.7,
        who="云岭县人民政府")
    made["watermark_body_borderless_2021"] = report_watermark(
        str(OUT / "watermark_body_borderless_2021.pdf"), rules="none", seed=545, mark="白鹭县人民政府", size=10.5,
        angle=0, gray=0.0, alpha=0.25, who="白鹭县人民政府")
    made["watermark_body_grey_text_2021"] = report_watermark(
        str(OUT / "watermark_body_grey_text_2021.pdf"), rules="grid", seed=546, mark="仅供参考 12", size=8, angle=0,
        gray=0.85, who="竹溪县人民政府", table_gray=0.55)
    made["letter_spaced_borderless_2021"] = report_letter_spaced(
        str(OUT / "letter_spaced_borderless_2021.pdf"), rules="none", template="2021", seed=517, spacing=0.6)
    made["letter_spaced_three_line_2019"] = report_letter_spaced(
        str(OUT / "letter_spaced_three_line_2019.pdf"), rules="three_line", template="2019", seed=518, spacing=1.0)
    # figures letter-spaced wider than the gap between two cells (tracked or justified numerals)
    made["figure_spaced_borderless_2021"] = report_figure_spaced(
        str(OUT / "figure_spaced_borderless_2021.pdf"), rules="none", template="2021", seed=860, spacing=0.6)
    made["figure_spaced_three_line_2019"] = report_figure_spaced(
        str(OUT / "figure_spaced_three_line_2019.pdf"), rules="three_line", template="2019", seed=861, spacing=0.6)
    made["figure_spaced_rows_2019"] = report_figure_spaced(
        str(OUT / "figure_spaced_rows_2019.pdf"), rules="none", template="2019", seed=862, spacing=0.55, every=3)
    # figures spread wider than the gap between two cells (each digit a run of its own) in one
    # column of each table: the header's words settle which digits are one figure
    made["figure_spread_column_three_line_2019"] = report_figure_spaced(
        str(OUT / "figure_spread_column_three_line_2019.pdf"), rules="three_line", template="2019", seed=713,
        spacing=2.5, column=-2)
    made["figure_spread_column_horizontal_2021"] = report_figure_spaced(
        str(OUT / "figure_spread_column_horizontal_2021.pdf"), rules="horizontal", template="2021", seed=714,
        spacing=3, column=-3)
    # footnote marks set small and raised after figures (a mark read as a digit: 170¹ as 1701)
    made["footnote_marks_grid_2021"] = report_footnote_marks(str(OUT / "footnote_marks_grid_2021.pdf"), rules="grid",
                                                             seed=811, mark="1")
    made["footnote_marks_borderless_2021"] = report_footnote_marks(str(OUT / "footnote_marks_borderless_2021.pdf"),
                                                                   rules="none", seed=812, mark="2)")
    made["ocr_layer_2021"] = report_ocr_layer(str(OUT / "ocr_layer_2021.pdf"), seed=519, who="青溪县人民政府",
                                              date="2024-01-18", on="2024年1月18日")
    made["ocr_layer_signed_2021"] = report_ocr_layer(str(OUT / "ocr_layer_signed_2021.pdf"), seed=520,
                                                     who="白鹭县人民政府", date="2024-01-26", on="2024年01月26日")
    # the OCR puts some words up to 1.4-1.5 pt above or below their row's baseline
    made["ocr_layer_drift_2021"] = report_ocr_layer(str(OUT / "ocr_layer_drift_2021.pdf"), seed=542, who="石门县人民政府",
                                                    date="2024-01-18", on="2024年1月18日", drift=1.5)
    made["ocr_layer_drift_low_2021"] = report_ocr_layer(str(OUT / "ocr_layer_drift_low_2021.pdf"), seed=552,
                                                        who="芦溪县人民政府", date="2024-02-06", on="2024年2月6日", drift=1.4)
    # several printed pages on one sheet: two side by side (landscape), four two by two (portrait)
    made["two_up_2021"] = report_n_up(str(OUT / "two_up_2021.pdf"), who="青石县人民政府", template="2021", seed=931,
                                      across=2, down=1)
    made["two_up_borderless_2019"] = report_n_up(str(OUT / "two_up_borderless_2019.pdf"), who="白沙县人民政府",
                                                 template="2019", seed=932, across=2, down=1, rules="none")
    made["four_up_2021"] = report_n_up(str(OUT / "four_up_2021.pdf"), who="黄岭县人民政府", template="2021", seed=933,
                                       across=2, down=2)
    # a running header and footer (the issuer over a rule, 第 N 页 共 M 页), or a browser's print
    # header and footer (date, page title; URL, N/M), between the halves of a row cut by the break
    made["running_header_break_2019"] = report_2019_open_break(
        str(OUT / "running_header_break_2019.pdf"), seed=961, city="", who="青石县人民政府", code=None,
        furniture={"style": "running", "issuer": "青石县人民政府办公室", "pages": 3})
    made["browser_print_break_2019"] = report_2019_open_break(
        str(OUT / "browser_print_break_2019.pdf"), seed=962, city="", who="黄岭县人民政府", code=None,
        furniture={"style": "browser", "title": "黄岭县人民政府2019年政府信息公开工作年度报告_黄岭县人民政府门户网站",
                   "url": "http://www.hlx.gov.cn/art/2020/1/19/art_1229_58213.html", "printed": "2020/3/5 10:21",
                   "pages": 3})
    # every text drawn twice in black, the copy 1.5 or 1.2 pt off (a text layer duplicated a little
    # off): beyond fake bold's 1 pt, the words were read doubled and no figure at all (a grey copy
    # is left out as light text drawn over the text, pdf_faint.py)
    made["duplicate_layer_2021"] = _county_report(str(OUT / "duplicate_layer_2021.pdf"), "青石县人民政府", "2021",
                                                  991, shadow=(1.5, -1.0, 0.0))
    made["duplicate_layer_borderless_2019"] = _county_report(
        str(OUT / "duplicate_layer_borderless_2019.pdf"), "白鹭县人民政府", "2019", 992, rules="none",
        shadow=(-1.2, 1.2, 0.0))
    made["three_line_thin_2019"] = report_unruled(str(OUT / "three_line_thin_2019.pdf"), template="2019",
                                                  seed=406, rules="three_line", thin=True)

    # encrypted: readable with the empty user password; unreadable without the user password
    enc = pdfencrypt.StandardEncryption("", ownerPassword="fixture-owner", canModify=0, strength=128)
    made["encrypted_empty_password"] = report_2021(str(OUT / "encrypted_empty_password.pdf"), encrypt=enc)
    enc = pdfencrypt.StandardEncryption("fixture-user", ownerPassword="fixture-owner", strength=128)
    report_2021(str(OUT / "encrypted_password.pdf"), encrypt=enc)
    made["encrypted_password"] = {"error": "EncryptedPDFError", "values": {}}

    # scanned: every page an image
    src = io.BytesIO()
    scan_exp = report_2021(src, seed=31)
    # the page with tables 三 and 四, scanned at ~195 dpi, bilevel (a whole report would not stay small)
    image_pdf(src.getvalue(), str(OUT / "scanned.pdf"), pages=[1], scale=2.7)
    made["scanned"] = {"error": "NoTextLayerError", "values": {}, "template": scan_exp["template"],
                       "ocr_values": {k: v for k, v in scan_exp["values"].items()
                                      if k.startswith(("requests.", "review.", "litigation."))}}

    # one scanned annex page after a born-digital report
    src = io.BytesIO()
    exp = report_2021(src, seed=5)
    annex = io.BytesIO()
    wa = Writer(annex)
    wa.heading("附件：依申请公开办理流程图（扫描件）")
    wa.para(PROBLEMS * 4)
    wa.save()
    scan = io.BytesIO()
    image_pdf(annex.getvalue(), scan, scale=1.0)
    concat_pdfs([src.getvalue(), scan.getvalue()], str(OUT / "partial_scan.pdf"))
    import pypdfium2 as pdfium
    n = len(pdfium.PdfDocument(str(OUT / "partial_scan.pdf")))
    exp["warnings_contain"] = [f"page {n} has no usable text layer"]
    made["partial_scan"] = exp

    for name, exp in made.items():
        (OUT / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for p in sorted(OUT.glob("*.pdf")):
        print(f"{p.name:40s} {p.stat().st_size:8d} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
