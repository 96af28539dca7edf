"""What the page writer (writer.py) draws besides text: watermarks, seals, rules in their styles and
pictures of tables."""
from __future__ import annotations

import io

from reportlab.pdfbase import pdfmetrics

FONT = "STSong-Light"          # (registered by writer.py)


class Marks:
    """The Writer's marks on the page (its attributes: c, frame, watermark…, rule_style, thin_rect_rules, ocr_layer)."""

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

    def table_image(self, x: float, y: float, width: float, height: float) -> None:
        """A picture of a table (grid lines in pixels, no text layer) at (x, y)."""
        from PIL import Image, ImageDraw
        from reportlab.lib.utils import ImageReader
        img = Image.new("L", (int(width * 2), int(height * 2)), 255)
        d = ImageDraw.Draw(img)
        for k in range(0, img.size[0], 66):
            d.line([(k, 0), (k, img.size[1])], fill=0)
        for k in range(0, img.size[1], 30):
            d.line([(0, k), (img.size[0], k)], fill=0)
        buf = io.BytesIO()
        img.save(buf, "PNG")
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), x, y, width, height)

    def rule(self, x0, y0, x1, y1) -> None:
        if self.ocr_layer:
            return
        if self.thin_rect_rules:           # Word's way: rules as thin filled rectangles
            t = 0.5
            if y0 == y1:
                self.c.rect(min(x0, x1), y0 - t / 2, abs(x1 - x0), t, stroke=0, fill=1)
            else:
                self.c.rect(x0 - t / 2, min(y0, y1), t, abs(y1 - y0), stroke=0, fill=1)
        elif self.rule_style in ("dotted", "dots"):
            import math
            n = max(1, int(math.hypot(x1 - x0, y1 - y0) // 2.4))
            for k in range(n + 1):              # a path object each: 1.2 pt strokes (or squares) 2.4 pt apart
                ax, ay = x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n
                if self.rule_style == "dots":
                    self.c.rect(ax - 0.35, ay - 0.35, 0.7, 0.7, stroke=0, fill=1)
                elif k < n:
                    f = 0.5 / n * 1.0
                    self.c.line(ax, ay, ax + (x1 - x0) * f, ay + (y1 - y0) * f)
        elif self.rule_style == "dashed":
            self.c.saveState()
            self.c.setDash(3, 2)
            self.c.line(x0, y0, x1, y1)
            self.c.restoreState()
        else:
            self.c.line(x0, y0, x1, y1)
