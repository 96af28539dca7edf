"""One PDF page's characters from PDFium's text page (boxes, angles, slanted watermark glyphs left
out), a large light watermark set on the page's axes dropped, and the upright reading frame that
turns rotated text upright (pdf.py reads the pages; ofd_page.py uses the frame too)."""
from __future__ import annotations

import ctypes
import math
import struct
from collections import defaultdict

from .pdf_chars import ANGLE_SAMPLE, SLANT, unreadable
from .pdf_layers import frame_items
from .pdf_model import Item
from .pdf_objects import untyped_calls
from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings

SLANT_RADIANS = math.atan(SLANT)
_RECTF = struct.Struct("4f")        # FS_RECTF: left, top, right, bottom (C floats)


def drop_faint(chars, objects):
    """The characters without those of a watermark set on the page's axes: far larger than the
    page's text (2.5 times its lower-quartile character and more: on a short last page the stamp's
    characters can outnumber the text's) and drawn light or transparent (`objects`:
    pdf_objects.faint_text; a watermark at the body's size: pdf_faint.py).
    Returns them and how many were dropped.

    PDFium measures a text object with the glyphs it has: a non-embedded CJK font on a machine
    without one gives its characters no width, so the object's box may end before them. A large
    character touching a faint box marks its whole line of large characters (same height,
    standing side by side)."""
    sizes = [r - l if r - l > t - b else t - b for _, l, b, r, t in chars]
    limit = 2.5 * sorted(sizes)[len(sizes) // 4] + 1
    if max(sizes) <= limit:
        return chars, 0                 # (nearly every page: nothing that large)
    boxes = [box for box, _, _, light in objects if light and max(box[2] - box[0], box[3] - box[1]) > limit]
    if not boxes:
        return chars, 0
    large = sorted((k for k, size in enumerate(sizes) if size > limit),
                   key=lambda k: (round(chars[k][2]), round(chars[k][4]), chars[k][1]))
    drop: set[int] = set()
    line: list[int] = []
    hit = False
    for k in large + [None]:
        if k is not None:
            c = chars[k]
            if line:
                p = chars[line[-1]]
                near = 0.2 * sizes[k]
                if abs(c[2] - p[2]) <= near and abs(c[4] - p[4]) <= near and c[1] - p[3] <= sizes[k]:
                    line.append(k)
                    hit = hit or _touches(c, boxes)
                    continue
        if hit:
            drop.update(line)
        if k is not None:
            line, hit = [k], _touches(chars[k], boxes)
    if not drop:
        return chars, 0
    return [c for k, c in enumerate(chars) if k not in drop], len(drop)


def _touches(c, boxes) -> bool:
    _, l, b, r, t = c
    return any(x0 <= r and l <= x1 and y0 <= t and b <= y1 for x0, y0, x1, y1 in boxes)


def page_chars(textpage, raw):
    """(char, left, bottom, right, top) of each drawn character, good/bad counts, text angle, and
    the count of slanted characters left out (a watermark)."""
    tp = textpage.raw
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return [], 0, 0, 0.0, 0
    text = textpage.get_text_range(0, n)
    per_char = len(text) != n                    # astral characters: one index, two UTF-16 units
    calls = untyped_calls(raw)
    unicode_of = calls["FPDFText_GetUnicode"]
    map_error, loose_box = calls["FPDFText_HasUnicodeMapError"], calls["FPDFText_GetLooseCharBox"]
    angle_of = calls["FPDFText_GetCharAngle"]
    rect = raw.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    unpack = _RECTF.unpack_from     # its four floats in one call, not four attribute reads
    out = []
    indices = []
    good = bad = 0
    slant = False
    angles: dict[int, int] = defaultdict(int)
    for i in range(n):
        ch = chr(unicode_of(tp, i)) if per_char else text[i]
        # (PDFium generates only spaces and line breaks, never asked about: FPDFText_IsGenerated
        # is implied by isspace(), tests/test_pdf_calls.py checks it on every fixture)
        if ch.isspace():
            continue
        code = ord(ch)
        if unreadable(code) or map_error(tp, i) == 1:
            bad += 1
            continue
        good += 1
        loose_box(tp, i, rect_ref)
        left, top, right, bottom = unpack(rect)
        out.append((ch, left, bottom, right, top))
        indices.append(i)
        if good % ANGLE_SAMPLE == 1:
            a = angle_of(tp, i)
            if a >= 0:
                if _slanted(a):
                    slant = True
                else:
                    angles[(4 - int(round(math.degrees(a) / 90.0))) % 4] += 1   # PDFium: clockwise
    slanted = 0
    if out:
        # the loose box comes from the font's ascent and advance; a glyph placed by an odd text
        # matrix (WPS's vertical cell text) gets an absurd one: take the glyph's own box there
        sizes = [max(abs(right - left), abs(top - bottom)) for _, left, bottom, right, top in out]
        limit = 2.5 * sorted(sizes)[len(sizes) // 2] + 1
        l, r, b, t = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
        drop = []
        for k, size in enumerate(sizes):
            # a watermark is set at a slant, mostly large: its characters are not the page's text.
            # Asked of the large characters, or of all when a sampled one was slanted
            if (slant or size > limit) and _slanted(angle_of(tp, indices[k])):
                drop.append(k)
            elif size > limit and raw.FPDFText_GetCharBox(tp, indices[k], l, r, b, t):
                out[k] = (out[k][0], l.value, b.value, r.value, t.value)
        if drop:
            for k in reversed(drop):
                del out[k]
            good -= len(drop)
            slanted = len(drop)
    angle = max(angles, key=angles.get) * 90.0 if angles else 0.0
    return out, good, bad, angle, slanted


def _slanted(angle: float) -> bool:
    """A baseline angle (radians) more than ~2° off the page's axes (pdf_chars.SLANT); PDFium
    answers -1 where it has no angle."""
    if angle < 0:
        return False
    off = angle % (math.pi / 2)
    return SLANT_RADIANS < off < math.pi / 2 - SLANT_RADIANS


class Frame:
    """PDF user space → upright reading frame (x right, y down), turning rotated text upright."""

    def __init__(self, angle: float, left: float, bottom: float, right: float, top: float):
        self.q = int(round(angle / 90.0)) % 4
        self.left, self.bottom, self.right, self.top = left, bottom, right, top
        w, h = right - left, top - bottom
        self.width, self.height = (w, h) if self.q % 2 == 0 else (h, w)

    def point(self, x: float, y: float) -> tuple[float, float]:
        q = self.q
        if q == 0:
            return x - self.left, self.top - y
        if q == 1:      # baseline points up: read bottom→top, lines stacked left→right
            return y - self.bottom, x - self.left
        if q == 2:
            return self.right - x, y - self.bottom
        return self.top - y, self.right - x

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        ax, ay = self.point(x0, y0)
        bx, by = self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def items(self, chars, near: float, share: float = 0.0, reach: float = 0.0,
              meet: float = DEFAULT_PDF_LAYOUT.meet_reach, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> list[Item]:
        """(char, left, bottom, right, top) in user space → Items in the upright frame, each glyph
        once (fake bold, duplicated text layers: pdf_layers.py)."""
        return frame_items(self, chars, near, share, reach, meet, geo)
