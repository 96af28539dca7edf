"""Characters a clipping path hides: cell text cut at the cell's edges (an Excel or WPS export sets a
too-long label on one line and clips it to its cell; the text layer still holds all of it, its tail
running on under the next cells' figures: '取信1息25').

Asking PDFium for each text object's clip path costs too much to do on every page, so pdf.py asks
only for a page one of whose ruled tables has text running across its cells' edges
(pdf_model.Table.crossed). A character is hidden when its centre lies outside its own text object's
clip (the intersection of the boxes of the clip's paths: a cell's clip is its rectangle). Those
characters are then dropped from the page's characters, however they were read (PDFium, or pdfminer
for non-embedded fonts): each hidden character takes out the one nearest glyph of the same text
within PDFLayoutSettings.clip_same_glyph of its size, one for one, so that a figure's digit under a hidden digit stays.
"""
from __future__ import annotations

import ctypes
from bisect import bisect_left

from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings


def can_clip(raw) -> bool:
    """Does this PDFium build give a character's text object (pypdfium2 4.30, the floor, does not)?"""
    return hasattr(raw, "FPDFText_GetTextObject")


def hidden_chars(page, raw) -> list[tuple[str, float, float, float]]:
    """(char, centre x, centre y, size) in user space of each character of `page` that its text
    object's clip path hides."""
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        clips: dict[int, object] = {}
        out = []
        rect = raw.FS_RECTF()           # the loose box: advance width, the font's ascent and descent
        for k in range(raw.FPDFText_CountChars(tp)):
            obj = raw.FPDFText_GetTextObject(tp, k)
            if not obj:
                continue
            key = ctypes.cast(obj, ctypes.c_void_p).value
            box = clips.get(key, False)
            if box is False:
                box = clips[key] = _clip_box(raw, raw.FPDFPageObj_GetClipPath(obj))
            if box is None or not raw.FPDFText_GetLooseCharBox(tp, k, ctypes.byref(rect)):
                continue
            cx, cy = (rect.left + rect.right) / 2, (rect.bottom + rect.top) / 2
            if not (box[0] <= cx <= box[2] and box[1] <= cy <= box[3]):
                size = max(abs(rect.right - rect.left), abs(rect.top - rect.bottom), 1.0)
                out.append((chr(raw.FPDFText_GetUnicode(tp, k)), cx, cy, size))
        return out
    finally:
        textpage.close()


def _clip_box(raw, clip):
    """The box (x0, y0, x1, y1) inside all the paths of a clip path, or None (no clip)."""
    if not clip:
        return None
    fx, fy = ctypes.c_float(), ctypes.c_float()
    box = None
    for p in range(raw.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for s in range(raw.FPDFClipPath_CountPathSegments(clip, p)):
            seg = raw.FPDFClipPath_GetPathSegment(clip, p, s)
            if seg and raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(fx), ctypes.byref(fy)):
                xs.append(fx.value)
                ys.append(fy.value)
        if xs:
            b = (min(xs), min(ys), max(xs), max(ys))
            box = b if box is None else (max(box[0], b[0]), max(box[1], b[1]), min(box[2], b[2]), min(box[3], b[3]))
    return box


def without_hidden(chars: list, hidden: list, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> list:
    """`chars` ((char, left, bottom, right, top) in user space) without the glyphs `hidden` names (each the one
    nearest glyph of its text within `geo.clip_same_glyph` of its size)."""
    if not hidden:
        return chars
    centres = sorted(((l + r) / 2, k) for k, (_c, l, _b, r, _t) in enumerate(chars))
    xs = [x for x, _k in centres]
    drop: set[int] = set()
    for ch, cx, cy, size in hidden:
        near = geo.clip_same_glyph * size
        best, best_d = None, None
        for x, k in centres[bisect_left(xs, cx - near):bisect_left(xs, cx + near + 1e-9)]:
            c, _l, b, _r, t = chars[k]
            d = abs(x - cx) + abs((b + t) / 2 - cy)
            if c == ch and k not in drop and abs((b + t) / 2 - cy) <= near and (best_d is None or d < best_d):
                best, best_d = k, d
        if best is not None:
            drop.add(best)
    return [c for k, c in enumerate(chars) if k not in drop]
