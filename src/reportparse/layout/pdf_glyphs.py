"""pdfminer's render_char with a lighter character object, for pdf_chars.py: the same text and box.

pdf_chars takes four things from each of pdfminer's LTChar: its text, its box (x0, y0, x1, y1),
its matrix (for the text angle) and its advance (which places the next character). Building the
full LTChar (font name, colour state, upright flag, width, height, size, a second bbox tuple,
two generic initialisers) was a fifth of a page. `Glyph` is an LTChar (so every walk over the
page's objects sees it as one) holding those four, computed by the very expressions LTChar.__init__
evaluates, in its order: the same floats, the same exceptions.

pdfminer changed how LTChar boxes a character (two corners until 2023, four corners since), so
the rule is recognised from LTChar's code and then checked against real LTChars on rotated,
mirrored and skewed matrices; a pdfminer where either fails, and every vertical font, gets
pdfminer's own LTChar.
"""
from __future__ import annotations

from typing import Optional

_RULE: list = []            # [rule] once known: "rect", "points" or None
_MISS = object()


def _box(rule: str, matrix, fontsize, scaling, rise, textwidth, descent):
    """(adv, x0, y0, x1, y1) as LTChar.__init__ computes them for a horizontal font."""
    adv = textwidth * fontsize * scaling
    descent = descent * fontsize
    lo, hi = descent + rise, descent + rise + fontsize
    (a, b, c, d, e, f) = matrix
    a * d * scaling > 0 and b * c <= 0                      # LTChar.upright (for its exceptions)
    if rule == "rect":                                      # utils.apply_matrix_rect
        left1, bottom1 = a * 0 + c * lo + e, b * 0 + d * lo + f
        right1, bottom2 = a * adv + c * lo + e, b * adv + d * lo + f
        right2, top1 = a * adv + c * hi + e, b * adv + d * hi + f
        left2, top2 = a * 0 + c * hi + e, b * 0 + d * hi + f
        x0, y0 = min(left1, left2, right1, right2), min(bottom1, bottom2, top1, top2)
        x1, y1 = max(left1, left2, right1, right2), max(bottom1, bottom2, top1, top2)
    else:                                                   # utils.apply_matrix_pt, twice
        x0, y0 = a * 0 + c * lo + e, b * 0 + d * lo + f
        x1, y1 = a * adv + c * hi + e, b * adv + d * hi + f
    if x1 < x0:
        (x0, x1) = (x1, x0)
    if y1 < y0:
        (y0, y1) = (y1, y0)
    return adv, x0, y0, x1, y1


def _rule() -> Optional[str]:
    if _RULE:
        return _RULE[0]
    from pdfminer.layout import LTChar

    names = LTChar.__init__.__code__.co_names
    rule = "rect" if "apply_matrix_rect" in names else "points" if "apply_matrix_pt" in names else None

    class Font:
        fontname = "F"

        def is_vertical(self):
            return False

        def get_descent(self):
            return -0.213

    matrices = [(1, 0, 0, 1, 0, 0), (12.0, 0.0, 0.0, 12.0, 56.5, -3.25), (0, 1, -1, 0, 300, 20.5),
                (-1.5, 0.0, 0.0, -1.5, 10.0, 700.0), (0.7, 0.7, -0.7, 0.7, -0.0, 0.0), (1.0, 0.2, 0.4, -1.0, 5, 5),
                (-0.0, -2.0, 2.0, 0.0, 0.0, -0.0)]
    for m in matrices:
        for size, scaling, rise, width in ((10.5, 1.0, 0, 0.5), (9, 0.8, -2.5, 1.0), (1, 1.2, 3, 0.0)):
            if rule is None:
                break
            real = LTChar(m, Font(), size, scaling, rise, "x", width, 0, None, None)
            if (real.adv, real.x0, real.y0, real.x1, real.y1) != _box(rule, m, size, scaling, rise, width, -0.213):
                rule = None
    _RULE.append(rule)
    return rule


def lean_chars(device_class):
    """`device_class` (a PDFLayoutAnalyzer) adding a Glyph where pdfminer adds an LTChar."""
    from pdfminer.layout import LTChar
    from pdfminer.pdffont import PDFUnicodeNotDefined

    rule = _rule()
    if rule is None:
        return device_class

    class Glyph(LTChar):
        def __init__(self, text: str, matrix, adv, x0, y0, x1, y1):    # noqa: super() not called on purpose
            self._text, self.matrix, self.adv = text, matrix, adv
            self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1

    class LeanChars(device_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            #: font → {cid: (text, width, descent)} as the font gave them the first time, or None for a
            #: vertical font (a font's answers for a code never change: its maps and widths are read
            #: once, when the resource manager makes it); held for this device's document only
            self._fonts: dict = {}

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            cids = self._fonts.get(font, _MISS)
            if cids is _MISS:
                cids = self._fonts[font] = None if font.is_vertical() else {}
            if cids is None:
                return super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
            known = cids.get(cid)
            if known is None:
                try:                                        # PDFLayoutAnalyzer.render_char
                    text = font.to_unichr(cid)
                    assert isinstance(text, str), str(type(text))
                except PDFUnicodeNotDefined:
                    text = self.handle_undefined_char(font, cid)
                textwidth = font.char_width(cid)
                font.char_disp(cid)
                font.fontname
                font.is_vertical()
                known = cids[cid] = (text, textwidth, font.get_descent())
            text, textwidth, descent = known
            item = Glyph(text, matrix, *_box(rule, matrix, fontsize, scaling, rise, textwidth, descent))
            self.cur_item.add(item)
            return item.adv

    return LeanChars
