"""Characters of a PDF page from the PDF's own font metrics (pdfminer), for pages PDFium cannot read alone.

PDFium places a character with the glyphs of the font it renders with. For a font the PDF does
not embed (STSong-Light and the other Adobe CJK fonts, SimSun named but not included — common in
government PDFs) it substitutes a system font; on a machine without a CJK font the substitute has
no glyph, a one-character text object gets zero width, and PDFium's text page drops it. The same
file then reads differently on a laptop and on a server.

pdfminer needs no font files: it reads a non-embedded CID font's widths from the PDF (`/W`,
`/DW`) and its code → Unicode map from the predefined CMaps it ships (UniGB-UCS2-H, …). pdf.py
sends every page that uses a non-embedded font (other than the 14 standard fonts PDFium carries
built in) here, on every machine, so the result never depends on the fonts installed.
"""
from __future__ import annotations

import io
import math
import re
from typing import Optional

from .pdf_content import streams_without_paths
from .pdf_glyphs import lean_chars

#: the 14 standard fonts: PDFium carries their metrics and glyphs, so they read the same everywhere
BASE14 = frozenset({
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
    "Times-BoldItalic", "Symbol", "ZapfDingbats"})


# a predefined CMap's name says its character collection (PDF 32000 §9.7.5.2); PDFium reads the
# collection from it, pdfminer only from the font's CIDSystemInfo strings, which some producers
# leave unencrypted in an encrypted file (reportlab): pdfminer then "decrypts" them into noise
_COLLECTION = [(re.compile(r"GB"), "Adobe-GB1"), (re.compile(r"CNS|B5|ETen|HKscs"), "Adobe-CNS1"),
               (re.compile(r"KSC|UniKS"), "Adobe-Korea1"),
               (re.compile(r"JIS|^90|^83|^78|^Add-|^Ext-|^EUC-|^H$|^V$|NWP|Hankaku|Hiragana|Katakana|Roman"),
                "Adobe-Japan1")]
#: a baseline whose slope is between this and its inverse is slanted, neither horizontal nor
#: vertical (tan 2°): the text of a report runs along the page's axes, a watermark across them
SLANT = 0.035
#: the page's text angle is voted by every this-many-th good character (the first, the ninth …): both engines
ANGLE_SAMPLE = 8


def unreadable(code: int) -> bool:
    """Is a character's code one no reader can read — the replacement character (a glyph its font maps to no code), a
    control code, or the private use area (a font's own glyph codes)? Counted bad, never text: both engines."""
    return code == 0xFFFD or code < 32 or 0xE000 <= code <= 0xF8FF

_KNOWN_COLLECTIONS = {"Adobe-GB1", "Adobe-CNS1", "Adobe-Japan1", "Adobe-Korea1", "Adobe-Identity", "Adobe-UCS"}

#: a collection's proportional and half-width Roman glyphs (digits, Latin, punctuation: Adobe's
#: technical notes 5079, 5080, 5078), as CID ranges: no font of the collection sets them an em wide
HALF_WIDTH_CIDS = {"Adobe-GB1": ((1, 95), (814, 939)), "Adobe-CNS1": ((1, 98), (13648, 13742)),
                   "Adobe-Japan1": ((1, 632),)}


#: the Roman glyphs' widths (CIDs 1-95, a PDF /W array) of Adobe's standard Simplified Chinese font,
#: STSong-Light (Adobe Song Std L: Acrobat's non-embedded default, reportlab's and iText's), as its
#: metrics publish them: a producer placing its text measured them so ('  +73' flush right is 9.7 em
#: wide at half an em a glyph, 7.8 em as measured)
STSONG_ROMAN_W = (1, (207, 270, 342, 467, 462, 797, 710, 239, 374), 10, (374, 423, 605, 238, 375, 238, 334, 462),
                  18, 26, 462, 27, 28, 238, 29, 31, 605,
                  32, (344, 748, 684, 560, 695, 739, 563, 511, 729, 793, 318, 312, 666, 526, 896, 758, 772, 544, 772,
                       628, 465, 607, 753, 711, 972, 647, 620, 607, 374, 333, 374, 606, 500, 239, 417, 503, 427, 529,
                       415, 264, 444, 518, 241, 230, 495, 228, 793, 527, 524),
                  81, (524, 504, 338, 336, 277, 517, 450, 652, 466, 452, 407, 370, 258, 370, 605))
#: the names (a subset tag and a style after ',' left off) STSong-Light's metrics are known under
KNOWN_METRICS = {"STSong-Light": STSONG_ROMAN_W, "STSongStd-Light": STSONG_ROMAN_W,
                 "STSong-Light-Acro": STSONG_ROMAN_W}


def _w_array(w: tuple) -> dict:
    """A /W array (`c [w1 w2 …]` or `c_first c_last w`) as CID → width."""
    out, k = {}, 0
    while k < len(w):
        if isinstance(w[k + 1], tuple):
            out.update({w[k] + j: width for j, width in enumerate(w[k + 1])})
            k += 2
        else:
            out.update({cid: w[k + 2] for cid in range(w[k], w[k + 1] + 1)})
            k += 3
    return out


def known_metrics(name) -> Optional[tuple]:
    """The /W array of the Roman glyphs of the font named `name` where its standard metrics are known
    (KNOWN_METRICS), else None."""
    return KNOWN_METRICS.get(name.split("+", 1)[-1].split(",", 1)[0]) if isinstance(name, str) else None


def _known_metrics(font) -> Optional[dict]:
    """The Roman glyphs' widths of a font whose standard metrics are known, or None."""
    w = known_metrics(getattr(font, "basefont", None)) or known_metrics(font.fontname)
    return _w_array(w) if w else None


def _half_widths(font, half: float) -> bool:
    """Give a horizontal CID font of a known collection with no widths table (`/W` missing or empty:
    every glyph /DW wide, an em: 1000) its Roman glyphs at `half` an em, as the producer measured them when
    it placed the text: read at an em, a figure's digits stood twice as far apart as drawn and ran over
    its cell's rule into the next (both cells unread). A font whose standard metrics are known
    (KNOWN_METRICS: Adobe's STSong-Light) has them instead: at a flat half em, a figure flush right
    after two spaces or a sign stood up to 4 pt right of its place, over its cell's right rule (both
    cells unread). True when it was such a font."""
    ranges = HALF_WIDTH_CIDS.get(font.cidcoding)
    if font.widths or font.vertical or not ranges or not half or font.default_width != 1000:
        return False
    font.widths = {cid: half * 1000 for lo, hi in ranges for cid in range(lo, hi + 1)}
    if font.cidcoding == "Adobe-GB1":
        font.widths.update(_known_metrics(font) or {})
    return True


def _resource_manager(half: float = 0.0, unset: Optional[list] = None):
    """pdfminer's resource manager, taking a CID font's collection from its CMap's name when its
    CIDSystemInfo cannot be read, and a CID font with no widths table its Roman glyphs at `half` an em
    (_half_widths; the fonts' names added to `unset`)."""
    from pdfminer.cmapdb import CMap, CMapDB
    from pdfminer.pdffont import PDFCIDFont
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.psparser import literal_name

    class Resources(PDFResourceManager):
        def get_font(self, objid, spec):
            font = super().get_font(objid, spec)
            if isinstance(font, PDFCIDFont) and isinstance(font.cmap, CMap) and "decode" not in vars(font):
                font.decode = _notdef_decoder(font.cmap)
            if isinstance(font, PDFCIDFont) and font.unicode_map is None and font.cidcoding not in _KNOWN_COLLECTIONS:
                try:
                    name = literal_name(spec.get("Encoding"))
                except Exception:
                    return font
                collection = next((c for pattern, c in _COLLECTION if pattern.search(str(name))), None)
                if collection:
                    try:
                        font.unicode_map = CMapDB.get_unicode_map(collection, font.cmap.is_vertical())
                    except CMapDB.CMapNotFound:
                        pass
            if isinstance(font, PDFCIDFont) and _half_widths(font, half) and unset is not None:
                unset.append(font.fontname)
            return font

    return Resources(caching=True)


def _notdef_decoder(cmap):
    """A CID font's code → CID decoding as PDF 32000 §9.7.6.3 has it: a code of the CMap's code space
    that the CMap does not map is drawn as CID 0 (.notdef), which advances the pen by its width.
    pdfminer's CMap.decode drops such a code with no advance, so the glyphs after it in the string
    were placed a glyph to the left: '246', a control code drawn blank a full em wide, then '8' read
    as one figure 2468 where the page shows two, 246 and 8 (a cell's line break drawn in its text by
    an exporter). The code's length is the prefix read before the miss (one byte more); a first byte
    that starts no code at all is skipped as before."""
    def decode(code: bytes):
        top = d = cmap.code2cid
        for i in code:
            x = d.get(i)
            if x is None:
                if d is not top:
                    yield 0                 # (a multi-byte code the CMap has no CID for)
                d = top
            elif isinstance(x, int):
                yield x
                d = top
            else:
                d = x
    return decode


def _chars_only(aggregator):
    """pdfminer's page aggregator without layout analysis, paths or images: characters are all we
    take from it (ruling lines come from PDFium), and building the rest costs ~10% of the page."""

    class CharsOnly(aggregator):
        def paint_path(self, *args, **kwargs):
            pass

        def render_image(self, *args, **kwargs):
            pass

    return CharsOnly


def _lean_contents(contents) -> Optional[list]:
    """The page's content streams without path operators (pdf_content.py), or None to read them
    as they are (anything but streams, or a stream that cannot be decoded: pdfminer then meets it
    and answers as it always did)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    try:
        streams = [resolve1(s) for s in contents] if isinstance(contents, list) else None
        if not streams or not all(isinstance(s, PDFStream) for s in streams):
            return None
        return streams_without_paths(streams)
    except Exception:
        return None


class MinerPages:
    """The pdfminer view of one PDF, opened on first use; one page's characters at a time."""

    def __init__(self, data: bytes, fast: bool = True, half_width: float = 0.0):
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfinterp import PDFPageInterpreter
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        from .pdf_ops import FastInterpreter

        self._document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        self._pages = list(PDFPage.create_pages(self._document))
        #: fonts with no widths table whose Roman glyphs were taken at `half_width` an em (_half_widths)
        self.unset_widths: list[str] = []
        manager = _resource_manager(half_width, self.unset_widths)
        self._device = _chars_only(PDFPageAggregator)(manager, laparams=None)
        self._interpreter = PDFPageInterpreter(manager, self._device)
        self._fast = self._fast_device = None
        if fast:                # `fast=False`: the reading pdf_ops.py and pdf_glyphs.py must agree with (tests)
            self._fast_device = lean_chars(_chars_only(PDFPageAggregator))(manager, laparams=None)
            self._fast = FastInterpreter(manager, self._fast_device)
            self._fast.page_level = True

    def __len__(self) -> int:
        return len(self._pages)

    def _read(self, page):
        """The page's pdfminer layout: read by pdf_ops.py, or where it is unsure (having run part
        of the page on its own device), the old way: pdfminer's own parser on the streams without
        their path operators (pdf_content.py)."""
        from .pdf_ops import Unsure

        if self._fast is not None:
            try:
                self._fast.process_page(page)
                return self._fast_device.get_result()
            except Unsure:
                pass
        lean = _lean_contents(page.contents)
        if lean is not None:
            page.contents = lean
        self._interpreter.process_page(page)
        return self._device.get_result()

    def chars(self, index: int):
        """(char, left, bottom, right, top) in PDF user space, good/bad counts, text angle, and the
        count of slanted characters left out (as pdf._chars)."""
        from pdfminer.layout import LTChar, LTContainer

        page = self._pages[index]
        rotate, page.rotate = page.rotate, 0      # unrotated user space; pdf.py turns the page upright
        contents = page.contents
        try:
            layout = self._read(page)
        finally:
            page.rotate, page.contents = rotate, contents
        ox, oy = page.mediabox[0], page.mediabox[1]   # pdfminer measures from the media box's corner
        out = []
        good = bad = slanted = 0
        angles: dict[int, int] = {}
        stack = [layout]
        while stack:
            for obj in stack.pop():
                if isinstance(obj, LTChar):
                    ch = obj.get_text()
                    if len(ch) != 1:
                        if ch.startswith("(cid:"):           # a code with no Unicode mapping
                            bad += 1
                            continue
                    if not ch or ch.isspace():
                        continue
                    a, b = obj.matrix[0], obj.matrix[1]
                    # set at a slant (a watermark across the page): not text of the page
                    if b and a and SLANT * abs(a) < abs(b) and SLANT * abs(b) < abs(a):
                        slanted += 1
                        continue
                    code = ord(ch[0])
                    if unreadable(code):
                        bad += 1
                        continue
                    good += 1
                    out.append((ch, obj.x0 + ox, obj.y0 + oy, obj.x1 + ox, obj.y1 + oy))
                    if good % ANGLE_SAMPLE == 1:
                        q = int(round(math.degrees(math.atan2(b, a)) / 90.0)) % 4
                        angles[q] = angles.get(q, 0) + 1
                elif isinstance(obj, LTContainer):
                    stack.append(obj)
        angle = max(angles, key=angles.get) * 90.0 if angles else 0.0
        return out, good, bad, angle, slanted
