"""One OFD page (layout/ofd.py) → the positioned characters and ruling lines the PDF page layout reads.

A page's Content.xml holds Layers of graphic units (PageBlocks nest them); the TemplatePages it
names (Template TemplateID=…) are read with it, their content under or over the page's, but a
template's own templates are not followed (no reference is read twice, none can cycle). Every
unit is placed by its Boundary "x y w h" (millimetres, y down, from the page's PhysicalBox) and,
inside it, by its CTM "a b c d e f" (object point (x, y) → (a·x + c·y + e, b·x + d·y + f)).

- TextObject: each TextCode sets its first glyph's baseline at X, Y (a TextCode without them
  goes on from where the previous one ended) and the next glyphs by DeltaX / DeltaY, where
  "g N d" stands for N advances of d. Without DeltaX the advance is not in the file (it is the
  font's): a CJK character is taken as one em (Size) wide, others half an em. A glyph's box is its
  advance wide, at most that width (at most one em for punctuation, which CJK fonts set full
  width), from 0.86 em above the baseline to 0.14 em below. A TextObject whose CTM turns it off
  the page's axes (more than pdf_chars.SLANT) is a watermark set across the page, left out (said).
- PathObject: AbbreviatedData's S/M (start a subpath), L (line), C or Z (close); a subpath with
  a curve (Q, B, A) is a drawing, not a rule (as in a PDF). Stroked sides, and filled thin
  rectangles, become segments; pdf_objects turns those into horizontal and vertical rules.
"""
from __future__ import annotations

import math
import re
from typing import Optional

from ..errors import UnsupportedFormatError
from .pdf_chars import SLANT
from .pdf_model import Item
from .pdf_objects import rule_edges, rule_segments
from .pdf_settings import PDFLayoutSettings

PT = 72 / 25.4                  # points per millimetre
_ASCENT, _DESCENT = 0.86, 0.14
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0, "Z": 0}
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_DEPTH = 16                 # PageBlocks inside PageBlocks (libxml2 bounds the XML at 256 anyway)


def local(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rpartition("}")[2]


def children(el, name: str) -> list:
    return [] if el is None else [c for c in el if local(c) == name]


def first(el, name: str):
    if el is None:
        return None
    return next((c for c in el if local(c) == name), None)


def numbers(text: Optional[str], limit: int) -> list[float]:
    """Up to `limit` finite numbers of an attribute ("0 0 210 297")."""
    out = []
    for m in _NUMBER.finditer(text or ""):
        v = float(m.group())
        if not math.isfinite(v):
            return []
        out.append(v)
        if len(out) >= limit:
            break
    return out


def physical_box(el) -> Optional[tuple[float, float, float, float]]:
    """A PhysicalBox "x y w h" (mm) with a positive size, else None."""
    v = numbers(el.text if el is not None else None, 4)
    return (v[0], v[1], v[2], v[3]) if len(v) == 4 and v[2] > 0 and v[3] > 0 else None


def deltas(text: Optional[str], need: int) -> list[float]:
    """The first `need` advances of a DeltaX/DeltaY ("g 3 4.2 2.1": three of 4.2, then 2.1)."""
    tokens = (text or "").split()
    out: list[float] = []
    k = 0
    try:
        while k < len(tokens) and len(out) < need:
            if tokens[k] == "g" and k + 2 < len(tokens):
                count, value = int(float(tokens[k + 1])), float(tokens[k + 2])
                out.extend([value] * max(0, min(count, need - len(out))))
                k += 3
            else:
                out.append(float(tokens[k]))
                k += 1
    except (ValueError, OverflowError):
        pass
    return [v if math.isfinite(v) else 0.0 for v in out]


class OFDPage:
    """A page's items (upright points, y down), rules and notes; `glyph_only`: some text was drawn
    as glyphs with no characters (not readable)."""

    def __init__(self, package, loc: str, templates: dict, page_box, layout: PDFLayoutSettings):
        root = package.xml(loc)
        if local(root) != "Page":
            raise UnsupportedFormatError(f"{loc} is not an ofd:Page", package.path)
        ox, oy, w, h = physical_box(first(first(root, "Area"), "PhysicalBox")) or page_box
        self.origin = (ox, oy)
        self.width, self.height = w * PT, h * PT
        self.layout = layout
        self.chars: list[tuple] = []        # (char, left, bottom, right, top) in points, y up (pdf_textpage.Frame)
        self.segments: list[tuple] = []
        self.notes: list[str] = []
        self.glyph_only = False
        self.slanted = 0                    # text objects left out as set at a slant (a watermark)
        self.images = 0                     # ImageObjects drawn (a page of images and no text: a scan)
        self.cut = False
        roots = []
        for ref in children(root, "Template"):
            tloc = templates.get(ref.get("TemplateID"))
            if tloc and tloc != loc:
                try:
                    troot = package.xml(tloc)
                except UnsupportedFormatError:      # a damaged template: the page is still read
                    self.notes.append(f"the OFD template {tloc} could not be read: what it draws was not read")
                    continue
                roots.append(troot)
        roots.append(root)
        for r in roots:
            for layer in children(first(r, "Content"), "Layer"):
                self._units(layer, 0)
        if self.cut:
            self.notes.append(f"{loc}: more than {layout.max_page_chars} characters; the rest of the page was not read")
        from .pdf_textpage import Frame as _Frame   # the PDF reader's upright frame: its fake-bold dedupe included
        self.items: list[Item] = _Frame(0.0, 0.0, 0.0, self.width, self.height).items(self.chars, layout.dedupe,
                                                                                         layout.dedupe_share, layout.layer_reach,
                                                                                         layout.meet_reach, layout)
        self.hedges, self.vedges = rule_edges(self.segments, lambda x, y: (x, y), layout.min_edge)

    def _units(self, parent, depth: int) -> None:
        for unit in parent:
            kind = local(unit)
            if unit.get("Visible", "true").strip().lower() == "false":
                continue
            if kind == "TextObject":
                self._text(unit)
            elif kind == "PathObject":
                self._path(unit)
            elif kind == "ImageObject":
                self.images += 1
            elif kind == "PageBlock" and depth < _MAX_DEPTH:
                self._units(unit, depth + 1)

    def _place(self, unit, upright: bool = False):
        """Object point (mm) → page point (pt, y down), or None for a unit with no usable Boundary
        (or, when `upright` is asked, one whose CTM sets it at a slant: a watermark, as pdf_chars.SLANT)."""
        b = numbers(unit.get("Boundary"), 4)
        if len(b) < 2:
            return None
        m = numbers(unit.get("CTM"), 6)
        a, bb, c, d, e, f = m if len(m) == 6 else _IDENTITY
        if upright and (SLANT * abs(a) < abs(bb) < abs(a) / SLANT or SLANT * abs(d) < abs(c) < abs(d) / SLANT):
            self.slanted += 1
            return None
        x0, y0 = b[0] - self.origin[0], b[1] - self.origin[1]

        def point(x: float, y: float) -> tuple[float, float]:
            return (x0 + a * x + c * y + e) * PT, (y0 + bb * x + d * y + f) * PT
        return point

    def _text(self, unit) -> None:
        point = self._place(unit, upright=True)
        size = numbers(unit.get("Size"), 1)
        if point is None or not size or size[0] <= 0:
            return
        size = size[0]
        x = y = 0.0
        limit = self.layout.max_page_chars
        for code in children(unit, "TextCode"):
            text = code.text or ""
            if not text.strip():
                continue
            xs, ys = numbers(code.get("X"), 1), numbers(code.get("Y"), 1)
            x, y = xs[0] if xs else x, ys[0] if ys else y
            dx = deltas(code.get("DeltaX"), len(text) - 1)
            dy = deltas(code.get("DeltaY"), len(text) - 1)
            for k, ch in enumerate(text):
                wide_char = ord(ch) >= 0x2E80
                em = size if wide_char else size / 2
                step = dx[k] if k < len(dx) else (dx[-1] if dx else (0.0 if dy else em))
                # a CJK font sets quotes and dashes one em wide: their box is their advance, up to an em
                box = size if wide_char or not ch.isalnum() else em
                if not ch.isspace():
                    code_point = ord(ch)
                    if code_point == 0xFFFD or code_point < 32 or 0xE000 <= code_point <= 0xF8FF:
                        self.glyph_only = True
                    elif len(self.chars) >= limit:
                        self.cut = True
                        return
                    else:
                        wide = min(box, step) if step > 0 else em
                        corners = (point(x, y - _ASCENT * size), point(x + wide, y + _DESCENT * size),
                                   point(x, y + _DESCENT * size), point(x + wide, y - _ASCENT * size))
                        left = min(p[0] for p in corners)
                        right = max(p[0] for p in corners)
                        top = min(p[1] for p in corners)
                        bottom = max(p[1] for p in corners)
                        self.chars.append((ch, left, self.height - bottom, right, self.height - top))
                x += step
                y += dy[k] if k < len(dy) else (dy[-1] if dy else 0.0)
        if not any((c.text or "").strip() for c in children(unit, "TextCode")) and \
                first(unit, "CGTransform") is not None:
            self.glyph_only = True

    def _path(self, unit) -> None:
        point = self._place(unit)
        data = first(unit, "AbbreviatedData")
        if point is None or data is None or not data.text:
            return
        stroke = unit.get("Stroke", "true").strip().lower() != "false" and _visible(first(unit, "StrokeColor"))
        fill = unit.get("Fill", "false").strip().lower() == "true" and _visible(first(unit, "FillColor"))
        if not (stroke or fill):
            return
        subpaths: list[list[tuple[float, float]]] = []
        closed: list[bool] = []
        curved = False
        tokens = _PATH_TOKEN.findall(data.text)
        if len(tokens) > 3 * self.layout.max_path_segments:
            return                          # a drawing, not rules
        k = 0
        while k < len(tokens):
            op = tokens[k].upper()
            n = _ARGS.get(op)
            if n is None:
                k += 1                      # a stray number or an unknown letter
                continue
            try:
                args = [float(t) for t in tokens[k + 1:k + 1 + n]]
            except ValueError:
                break
            k += 1 + n
            if len(args) < n or not all(math.isfinite(v) for v in args):
                break
            if op in ("S", "M"):
                subpaths.append([point(*args)])
                closed.append(False)
            elif op in ("C", "Z"):
                if subpaths:
                    closed[-1] = True
            elif not subpaths:
                continue                    # a line with no start point: nothing to draw from
            else:
                if op != "L":
                    curved = True
                subpaths[-1].append(point(*args[-2:]))
        if curved:
            return
        # (points are y down already; pdf_objects' segments are frame-free)
        thin = self.layout.thin_rule
        for pts, is_closed in zip(subpaths, closed):
            rule_segments(pts, is_closed, stroke, fill, self.layout.stroke_slack, thin, self.segments.append)


def _visible(color) -> bool:
    """A colour element that is not white (a white rule or box is background, as in a PDF)."""
    if color is None:
        return True
    if color.get("Alpha") is not None and numbers(color.get("Alpha"), 1) == [0.0]:
        return False
    rgb = numbers(color.get("Value"), 3)
    return not (len(rgb) == 3 and all(v > 240 for v in rgb))
