"""PDF → Document: text and ruled tables from the text layer (pypdfium2); scans need the [ocr] extra.

pypdfium2 (PDFium) reads the ruling lines of tables from the page's path objects and, on pages
whose fonts are embedded (or standard), the characters with their boxes from its text page. A
page using a non-embedded font has its characters read by pdfminer from the PDF's own metrics
(pdf_chars.py): PDFium would place them with whatever font the machine has, and drop them where
it has none — the result must not depend on the fonts installed. Tables are rebuilt from the
ruling lines the way pdfplumber's "lines" strategy does it (snap, join, intersect, smallest
rectangles, connected groups), then every character is dropped into the cell that holds its
centre. All PDFium use holds PDFIUM_LOCK (PDFium is not thread-safe). Tolerances and cost
bounds: pdf_settings.py. docs/pdf.md has the measurements.

The page is rendered into the document text in reading order:
- a table as pipe rows, one table row per line (`| label | 12 | 0 |`), each cell once (a
  spanned cell in its first row and column only), a cell's wrapped lines joined into one cell;
- other text as lines, the lines of one paragraph joined (so a sentence is not cut at a wrap);
- page numbers ("- 3 -", "第3页") dropped.
A table continued on the next page is merged into one (a repeated header row dropped, a row cut
by the page break joined). Every rendered cell gets a CellRef with its page and box.

Split by concern: this module opens the PDF and reads its pages (characters, ruling lines) and
renders them; pdf_objects.py walks a page's objects (rules, images, fonts); pdf_chars.py reads
characters from the PDF's own font metrics (pdf_ops.py reads the content streams for pdfminer's
operators, pdf_glyphs.py keeps what is read of each character, pdf_content.py cuts the operators
that draw rules where pdfminer reads a page itself); pdf_tables.py turns the geometry into tables, lines and
paragraphs (pdf_furniture.py steps over a running header or footer between a table's parts);
pdf_nup.py cuts a sheet printed N-up into its panes; pdf_clip.py finds the characters a cell's clipping path hides; pdf_ocr.py reads scanned pages (imported only when OCR is used); pdf_model.py holds
the page data classes; pdf_settings.py the tolerances.
"""
from __future__ import annotations

import ctypes
import math
import re
import struct
import threading
from collections import defaultdict
from typing import Optional

from ..document import Document
from ..errors import (EmptyDocumentError, EncryptedPDFError, NoTextLayerError, ReportParseError,
                      UnsupportedFormatError)
from ..normalize import normalize_text
from .pdf_chars import SLANT, MinerPages
from .pdf_faint import watermark_chars
from .pdf_layers import frame_items
from .pdf_marks import superscript_marks
from .pdf_clip import can_clip, hidden_chars, without_hidden
from .pdf_model import GridBudget, Item, PageData, Table
from .pdf_nup import pane_content, sheet_panes, shift, to_sheet
from .pdf_objects import Shapes, faint_text, invisible_text, untyped_calls
from .pdf_render import Renderer
from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from .pdf_tables import layout_page, merge_continued_table

OCR_HINT = "install reportparse[ocr] and pass ocr=True (--ocr) to read it with OCR"

#: PDFium is not thread-safe (one global state, no locking of its own; concurrent use crashes or
#: silently corrupts text pages). Every call into pypdfium2 in reportparse holds this lock: PDFs
#: parsed from several threads are read one at a time, and give the same result as sequentially.
PDFIUM_LOCK = threading.RLock()

_WORD_TITLE = re.compile(r"^(?:microsoft\s+word\s*-\s*)", re.I)
SLANT_RADIANS = math.atan(SLANT)
_RECTF = struct.Struct("4f")        # FS_RECTF: left, top, right, bottom (C floats)


# ---------------------------------------------------------------- entry point

def load_pdf(data: bytes, settings, path: Optional[str] = None, sha256: Optional[str] = None,
             layout: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> Document:
    with PDFIUM_LOCK:
        pdf = _open(data, path)
        try:
            return _load(pdf, data, settings, layout, path, sha256)
        finally:
            pdf.close()


def _open(data: bytes, path: Optional[str]):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        # pypdfium2 < 4.31 gives no err_code: ask PDFium for its last error (safe under the lock)
        code = getattr(e, "err_code", None)
        if code is None:
            code = pdfium.raw.FPDF_GetLastError()
        if code in (pdfium.raw.FPDF_ERR_PASSWORD, pdfium.raw.FPDF_ERR_SECURITY):
            raise EncryptedPDFError("the PDF is encrypted and needs a password to open; "
                                    "save an unprotected copy first", path) from None
        raise UnsupportedFormatError(f"the PDF is damaged or truncated and cannot be opened ({e})", path) from None
    except Exception as e:  # pdfium refuses some inputs with other errors (bad sizes, …)
        raise UnsupportedFormatError(f"the PDF cannot be opened ({type(e).__name__}: {e})", path) from None


def _load(pdf, data, settings, layout, path, sha256) -> Document:
    warnings: list[str] = []
    try:
        total = len(pdf)
    except Exception as e:
        raise UnsupportedFormatError(f"the PDF's page tree cannot be read ({e})", path) from None
    if total == 0:
        raise EmptyDocumentError("the PDF has no pages (damaged or truncated?)", path)
    n = min(total, max(0, settings.max_pages))
    if n < total:
        warnings.append(f"only the first {n} of {total} pages were read (ParseSettings.max_pages)")
    title_hint = _title_hint(pdf)

    # pages are read, merged with the next page's table and rendered one at a time: at most two
    # pages of layout are alive (memory stays flat on long documents)
    renderer = Renderer(settings, warnings)
    broken: list[int] = []
    slanted: list[int] = []         # pages with text set at a slant left out (a watermark)
    faint: list[int] = []           # pages with large light text left out (a watermark on the axes)
    marked: list[tuple] = []        # (page, light): body-size light or coloured text over the text left out
    mark_texts: dict[tuple, None] = {}  # (text, light)
    nup: list[int] = []             # sheets holding several printed pages (pdf_nup.py)
    engine: list = []
    miner = _Miner(data, warnings)
    budget = GridBudget(layout.max_document_grid_intersections)
    watermarks: set[str] = set()    # texts seen drawn faint over a page (pdf_faint.py)
    chars_read = 0
    prev: Optional[PageData] = None
    sheet = None                    # the panes of the sheet before, if it was printed N-up (pdf_nup.py)
    for i in range(n):
        try:
            page = _read_page(pdf, i, miner, layout, budget, watermarks, sheet)
        except ReportParseError:
            raise
        except Exception as e:  # one unreadable page is reported, not fatal
            warnings.append(f"page {i + 1} could not be read ({type(e).__name__}: {e})")
            page = PageData(i + 1, 0, 0, usable=False, why="unreadable")
        if not page.usable:
            if settings.ocr:
                from .pdf_ocr import ocr_engine, ocr_pages   # the [ocr] extra: only when a scan is read
                if not engine:
                    engine.append(ocr_engine(path))
                ocr_pages(pdf, [page], path, engine[0])
            else:
                broken.append(i + 1)
        warnings.extend(page.notes)
        if page.slanted:
            slanted.append(page.number)
        if page.faint:
            faint.append(page.number)
        marked += [(page.number, is_light) for _t, is_light in page.marks]
        mark_texts.update(dict.fromkeys(page.marks))
        if page.panes:
            nup.append(page.number)
        sheet = page.sheet
        for part in [page] + page.panes:    # (the further printed pages of an N-up sheet: pdf_nup.py)
            if prev is not None:
                _merge(prev, part, layout)
                renderer.add(prev)
            prev = part
        chars_read += page.chars
        if chars_read > layout.max_document_chars and i + 1 < n:
            n = i + 1
            warnings.append(f"only the first {n} of {total} pages were read: they hold more than "
                            f"{layout.max_document_chars} characters (PDFLayoutSettings.max_document_chars)")
            break
    if prev is not None:
        renderer.add(prev)

    if broken:
        if len(broken) == n:
            raise NoTextLayerError(
                "the PDF has no usable text layer (a scanned PDF, or fonts without a Unicode map); "
                + OCR_HINT, path)
        warnings.append(f"page{'s' if len(broken) > 1 else ''} {_page_list(broken)} "
                        f"{'have' if len(broken) > 1 else 'has'} no usable text layer (scanned or broken "
                        f"font encoding) and {'were' if len(broken) > 1 else 'was'} not read; {OCR_HINT}")
    if slanted:
        warnings.append(f"page{'s' if len(slanted) > 1 else ''} {_page_list(slanted)}: text set at a slant "
                        "across the page (a watermark) was left out")
    if faint:
        warnings.append(f"page{'s' if len(faint) > 1 else ''} {_page_list(faint)}: large light or transparent "
                        "text over the page (a watermark) was left out")
    for light, what, kind in ((True, "light or transparent text", "a watermark"),
                              (False, "text in a strong colour", "a seal or a stamp")):
        texts = [t for t, is_light in mark_texts if is_light == light]
        pages = [p for p, is_light in marked if is_light == light]
        if texts:
            shown = ", ".join(f"'{t}'" for t in texts[:3]) + (", …" if len(texts) > 3 else "")
            warnings.append(f"page{'s' if len(pages) > 1 else ''} {_page_list(sorted(set(pages)))}: {what} "
                            f"drawn over the page's text ({shown}: {kind}) was left out")
    if nup:
        warnings.append(f"page{'s' if len(nup) > 1 else ''} {_page_list(nup)}: several printed pages on one sheet "
                        "(N-up), read one after the other")
    doc = renderer.document()
    if not doc.text.strip():
        raise EmptyDocumentError("the PDF has no text", path)
    doc.path, doc.sha256, doc.title_hint = path, sha256, title_hint
    doc.pages = total
    return doc


def _merge(a: PageData, b: PageData, layout: PDFLayoutSettings) -> None:
    """merge_continued_table, b's first table seen from a's pane (N-up panes: pdf_nup.py): a table
    continued from the right pane of one sheet on the left pane of the next has the same edges there."""
    dx, dy = a.origin[0] - b.origin[0], a.origin[1] - b.origin[1]
    first = b.blocks[:1] if dx or dy else []
    shift(first, dx, dy)
    merge_continued_table(a, b, layout)
    shift(first, -dx, -dy)


def _page_list(numbers: list[int]) -> str:
    return ", ".join(str(p) for p in numbers)


def _title_hint(pdf) -> Optional[str]:
    try:
        title = (pdf.get_metadata_dict() or {}).get("Title") or ""
    except Exception:
        return None
    title = _WORD_TITLE.sub("", normalize_text(title)).strip()
    title = re.sub(r"\.(?:docx?|wps|pdf|rtf)$", "", title, flags=re.I).strip()
    return title or None


# ---------------------------------------------------------------- reading one page

class _Miner:
    """pdfminer's view of the PDF (pdf_chars.py), opened only when a page needs it."""

    def __init__(self, data: bytes, warnings: list[str]):
        self.data, self.warnings = data, warnings
        self.pages: Optional[MinerPages] = None
        self.failed = False

    def chars(self, index: int):
        """The page's characters from the PDF's own metrics, or None when pdfminer cannot read it."""
        if self.failed:
            return None
        try:
            if self.pages is None:
                self.pages = MinerPages(self.data)
            if index >= len(self.pages):
                return None
            return self.pages.chars(index)
        except Exception as e:      # pdfminer is stricter than PDFium with some damaged files
            self.failed = True
            self.warnings.append(f"page {index + 1}: the characters of its non-embedded fonts could not be read "
                                 f"from the PDF's own metrics ({type(e).__name__}: {e}); read with substituted "
                                 "system fonts instead, some characters may be missing")
            return None


def _read_page(pdf, index: int, miner: _Miner, layout: PDFLayoutSettings, budget: GridBudget,
               watermarks: Optional[set] = None, sheet: Optional[tuple] = None) -> PageData:
    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        left, bottom, right, top = page.get_cropbox()
        shapes = Shapes(page, raw, layout)
        chars = miner.chars(index) if shapes.foreign_fonts else None
        if chars is None:
            textpage = page.get_textpage()
            try:
                chars = _chars(textpage, raw)
            finally:
                textpage.close()
        chars, good, bad, angle, slanted = chars
        faint, marked, marks = 0, 0, []
        if chars and shapes.faint_text:
            objects = faint_text(page, raw)
            chars, faint = _drop_faint(chars, objects)
            drop, marks = watermark_chars(chars, objects, shapes.segments,
                                          watermarks if watermarks is not None else set(), shapes.rings)
            if drop:
                chars, marked = [c for k, c in enumerate(chars) if k not in drop], len(drop)
            good -= faint + marked
        frame = _Frame(angle, left, bottom, right, top)
        hedges, vedges = shapes.edges(frame)
        image_area = shapes.image_area
        area = max(1.0, frame.width * frame.height)
        # an image page with a few characters is a scan with stray text, unless its text is an
        # OCR layer (invisible text over the image): then it is all the page says (the last page
        # of a scanned report: the issuer and the date)
        scan = image_area > 0.5 * area and 0 < good < 40 and not invisible_text(page, raw)
    finally:
        page.close()
    data = PageData(index + 1, frame.width, frame.height)
    if good == 0:
        data.usable, data.why = False, "no text"
    elif bad > good:
        data.usable, data.why = False, "unmapped glyphs"
    elif scan:
        data.usable, data.why = False, "image page"
    if not data.usable:
        data.image_edges = (hedges, vedges)  # kept for OCR
        return data
    data.slanted = slanted
    data.faint = faint
    data.marks = marks
    data.chars = len(chars)
    notes, crossings = len(data.notes), budget.crossings
    _lay_out(data, chars, frame, hedges, vedges, layout, budget, sheet)
    crossed = any(b.crossed for part in [data] + data.panes for b in part.blocks if isinstance(b, Table))
    if crossed and not can_clip(raw):
        data.notes.append(f"page {data.number}: text runs across a table cell's edge, and this pypdfium2 cannot "
                          "give text clipping paths (FPDFText_GetTextObject; pypdfium2 5 can): text cut at a "
                          "cell's edges is read whole")
    elif crossed:
        # text running across a ruled cell's edge: maybe cut by a clip at the cell (pdf_clip.py)
        page = pdf[index]
        try:
            kept = without_hidden(chars, hidden_chars(page, raw))
        finally:
            page.close()
        if len(kept) < len(chars):
            del data.notes[notes:]
            data.blocks, data.panes, budget.crossings = [], [], crossings
            data.notes.append(f"page {data.number}: {len(chars) - len(kept)} characters hidden by their cells' "
                              "clipping paths (text cut at a cell's edges) left out")
            _lay_out(data, kept, frame, hedges, vedges, layout, budget, sheet)
    return data


def _lay_out(data: PageData, chars, frame, hedges, vedges, layout: PDFLayoutSettings, budget: GridBudget,
             sheet: Optional[tuple]) -> None:
    """The page's characters laid out into data.blocks (and the panes of an N-up sheet)."""
    items, sups = superscript_marks(frame.items(chars, layout.dedupe, layout.dedupe_share))
    if sups:
        shown = ", ".join(f"'{m}'" for m in list(dict.fromkeys(sups))[:3])
        data.notes.append(f"page {data.number}: {len(sups)} footnote mark{'s' if len(sups) > 1 else ''} set small and "
                          f"raised after figures ({shown}) left out of the figures")
    panes = sheet_panes(items, hedges, vedges, frame.width, frame.height, sheet)
    if panes is None:
        data.blocks = layout_page(items, hedges, vedges, data.number, frame.width, frame.height, layout, data.notes,
                                  budget)
        return
    for k, box in enumerate(panes):         # an N-up sheet: each printed page laid out on its own
        its, hs, vs = pane_content(items, hedges, vedges, box)
        blocks = to_sheet(layout_page(its, hs, vs, data.number, box[2] - box[0], box[3] - box[1], layout,
                                      data.notes, budget), box)
        part = data if k == 0 else PageData(data.number, frame.width, frame.height)
        part.blocks, part.origin = blocks, (box[0], box[1])
        if k:
            data.panes.append(part)
    data.sheet = (frame.width, frame.height, panes)


def _drop_faint(chars, objects):
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


def _chars(textpage, raw):
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
        if code == 0xFFFD or code < 32 or 0xE000 <= code <= 0xF8FF or map_error(tp, i) == 1:
            bad += 1
            continue
        good += 1
        loose_box(tp, i, rect_ref)
        left, top, right, bottom = unpack(rect)
        out.append((ch, left, bottom, right, top))
        indices.append(i)
        if good % 8 == 1:
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


class _Frame:
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

    def items(self, chars, near: float, share: float = 0.0) -> list[Item]:
        """(char, left, bottom, right, top) in user space → Items in the upright frame, each glyph
        once (fake bold, duplicated text layers: pdf_layers.py)."""
        return frame_items(self, chars, near, share)
