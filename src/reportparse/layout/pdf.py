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
pdf_nup.py cuts a sheet printed N-up into its panes; pdf_clip.py finds the characters a cell's clipping path hides; pdf_textpage.py reads a page's
characters from PDFium's text page and holds the upright reading frame; pdf_ocr.py reads scanned pages (imported only when OCR is used); pdf_model.py holds
the page data classes; pdf_settings.py the tolerances.
"""
from __future__ import annotations

import re
import threading
from typing import Optional

from ..document import Document
from ..errors import (EmptyDocumentError, EncryptedPDFError, NoTextLayerError, ReportParseError,
                      UnsupportedFormatError)
from ..normalize import normalize_text
from .pdf_chars import MinerPages, known_metrics
from .pdf_faint import watermark_chars
from .pdf_folio import page_folio
from .pdf_marks import superscript_marks
from .pdf_clip import can_clip, hidden_chars, without_hidden
from .pdf_cut_row import carry_cut_label
from .pdf_model import GridBudget, PageData, Table
from .pdf_lone_figure import join_lone_figure
from .pdf_nup import pane_content, sheet_panes, shift, to_sheet
from .pdf_objects import Shapes, bare_pictures, faint_text, invisible_text
from .pdf_render import Renderer
from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from .pdf_tables import layout_page, merge_continued_table
from .pdf_textpage import Frame, drop_faint, page_chars

OCR_HINT = "install reportparse[ocr] and pass ocr=True (--ocr) to read it with OCR"

#: PDFium is not thread-safe (one global state, no locking of its own; concurrent use crashes or
#: silently corrupts text pages). Every call into pypdfium2 in reportparse holds this lock: PDFs
#: parsed from several threads are read one at a time, and give the same result as sequentially.
PDFIUM_LOCK = threading.RLock()

_WORD_TITLE = re.compile(r"^(?:microsoft\s+word\s*-\s*)", re.I)


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
    miner = _Miner(data, warnings, layout.unset_half_width)
    budget = GridBudget(layout.max_document_grid_intersections)
    watermarks: set[str] = set()    # texts seen drawn faint over a page (pdf_faint.py)
    chars_read = 0
    prev: Optional[PageData] = None
    sheet = None                    # the panes of the sheet before, if it was printed N-up (pdf_nup.py)
    folio = None                    # where the pages before printed their number (pdf_folio.py)
    told: list = []                 # the pages before's settled borderless figures (PDFLayoutSettings.told_line_pages)
    for i in range(n):
        try:
            page = _read_page(pdf, i, miner, layout, budget, watermarks, sheet, folio, told)
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
        sheet, folio = page.sheet, page.folio or folio
        told = (told + [page])[-(layout.told_line_pages - 1):] if layout.told_line_pages > 1 else []
        for part in [page] + page.panes:    # (the further printed pages of an N-up sheet: pdf_nup.py)
            if prev is not None:
                note = _merge(prev, part, layout)
                warnings += [note] if note else []
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


def _merge(a: PageData, b: PageData, layout: PDFLayoutSettings) -> Optional[str]:
    """merge_continued_table, b's first table seen from a's pane (N-up panes: pdf_nup.py): a table
    continued from the right pane of one sheet on the left pane of the next has the same edges there.
    Returns a warning (a lone figure at b's top left unread: pdf_lone_figure.py)."""
    dx, dy = a.origin[0] - b.origin[0], a.origin[1] - b.origin[1]
    first = b.blocks[:1] if dx or dy else []
    shift(first, dx, dy)
    merge_continued_table(a, b, layout)
    carry_cut_label(a, b, layout)
    note = join_lone_figure(a, b, layout)
    shift(first, -dx, -dy)
    return note


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

    def __init__(self, data: bytes, warnings: list[str], half_width: float = 0.0):
        self.data, self.warnings, self.half_width = data, warnings, half_width
        self.pages: Optional[MinerPages] = None
        self.failed = False

    def widened(self) -> float:
        """The ems PDFium gives a Latin character more than pdfminer's reading where a font with no
        widths table had its half-width glyphs read at their width (pdf_chars._half_widths), else 0."""
        return 1.0 - self.half_width if self.pages is not None and self.pages.unset_widths else 0.0

    def chars(self, index: int):
        """The page's characters from the PDF's own metrics, or None when pdfminer cannot read it."""
        if self.failed:
            return None
        try:
            if self.pages is None:
                self.pages = MinerPages(self.data, half_width=self.half_width)
            if index >= len(self.pages):
                return None
            unset = len(self.pages.unset_widths)
            chars = self.pages.chars(index)
            for name in dict.fromkeys(self.pages.unset_widths[unset:]):
                widths = "its published widths" if known_metrics(name) else f"{self.half_width:g} em"
                self.warnings.append(f"page {index + 1}: the font {name} has no widths table (every glyph an em "
                                     f"wide); its digits and Latin were read at {widths}, as its text was placed")
            return chars
        except Exception as e:      # pdfminer is stricter than PDFium with some damaged files
            self.failed = True
            self.warnings.append(f"page {index + 1}: the characters of its non-embedded fonts could not be read "
                                 f"from the PDF's own metrics ({type(e).__name__}: {e}); read with substituted "
                                 "system fonts instead, some characters may be missing")
            return None


def _read_page(pdf, index: int, miner: _Miner, layout: PDFLayoutSettings, budget: GridBudget,
               watermarks: Optional[set] = None, sheet: Optional[tuple] = None, folio=None, told=()) -> PageData:
    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        left, bottom, right, top = page.get_cropbox()
        shapes = Shapes(page, raw, layout)
        chars = miner.chars(index) if shapes.foreign_fonts else None
        if chars is None:
            textpage = page.get_textpage()
            try:
                chars = page_chars(textpage, raw)
            finally:
                textpage.close()
        chars, good, bad, angle, slanted = chars
        faint, marked, marks = 0, 0, []
        if chars and shapes.faint_text:
            objects = faint_text(page, raw)
            chars, faint = drop_faint(chars, objects)
            drop, marks = watermark_chars(chars, objects, shapes.segments,
                                          watermarks if watermarks is not None else set(), shapes.rings,
                                          miner.widened(), layout.faint_space, layout.faint_size_fit)
            if drop:
                chars, marked = [c for k, c in enumerate(chars) if k not in drop], len(drop)
            good -= faint + marked
        frame = Frame(angle, left, bottom, right, top)
        hedges, vedges = shapes.edges(frame)
        image_area = shapes.image_area
        area = max(1.0, frame.width * frame.height)
        # an image page with a few characters is a scan with stray text, unless its text is an
        # OCR layer (invisible text over the image): then it is all the page says (the last page
        # of a scanned report: the issuer and the date)
        scan = image_area > 0.5 * area and 0 < good < 40 and not invisible_text(page, raw)
        pictures = bare_pictures(shapes.images, chars, frame.width) if shapes.images and not scan else []
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
    for w, h in pictures:
        data.notes.append(f"page {data.number}: a picture of {w:.0f}×{h:.0f} pt with no text over it was not read "
                          f"(a table or text pasted in as an image is not in the text layer; {OCR_HINT})")
    data.slanted = slanted
    data.faint = faint
    data.marks = marks
    data.chars = len(chars)
    notes, crossings = len(data.notes), budget.crossings
    # the pages before's settled borderless figures, on pages of this size (their columns' edges)
    before = [f for p in told for f in p.figures if abs(p.width - frame.width) <= 1 and abs(p.height - frame.height) <= 1]
    _lay_out(data, chars, frame, hedges, vedges, layout, budget, sheet, folio, before)
    crossed = any(b.crossed for part in [data] + data.panes for b in part.blocks if isinstance(b, Table))
    if crossed and not can_clip(raw):
        data.notes.append(f"page {data.number}: text runs across a table cell's edge, and this pypdfium2 cannot "
                          "give text clipping paths (FPDFText_GetTextObject; pypdfium2 5 can): text cut at a "
                          "cell's edges is read whole")
    elif crossed:
        # text running across a ruled cell's edge: maybe cut by a clip at the cell (pdf_clip.py)
        page = pdf[index]
        try:
            kept = without_hidden(chars, hidden_chars(page, raw), layout)
        finally:
            page.close()
        if len(kept) < len(chars):
            del data.notes[notes:]
            data.blocks, data.panes, budget.crossings = [], [], crossings
            data.notes.append(f"page {data.number}: {len(chars) - len(kept)} characters hidden by their cells' "
                              "clipping paths (text cut at a cell's edges) left out")
            _lay_out(data, kept, frame, hedges, vedges, layout, budget, sheet, folio, before)
    return data


def _lay_out(data: PageData, chars, frame, hedges, vedges, layout: PDFLayoutSettings, budget: GridBudget,
             sheet: Optional[tuple], folio=None, before=()) -> None:
    """The page's characters laid out into data.blocks (and the panes of an N-up sheet); `folio`:
    where the pages before printed their number (pdf_folio.py); data.folio: where this page does;
    `before`: the settled figures of the pages before's borderless tables (data.figures: this page's)."""
    items = frame.items(chars, layout.dedupe, layout.dedupe_share, layout.layer_reach, layout.meet_reach, layout)
    items, data.folio = page_folio(items, hedges, frame.height, data.number, folio, layout, data.notes,
                                    frame.width)
    marked: dict = {}
    items, sups = superscript_marks(items, marked)
    if sups:
        shown = ", ".join(f"'{m}'" for m in list(dict.fromkeys(sups))[:3])
        data.notes.append(f"page {data.number}: {len(sups)} footnote mark{'s' if len(sups) > 1 else ''} set small and "
                          f"raised after figures ({shown}) left out of the figures")
    panes = sheet_panes(items, hedges, vedges, frame.width, frame.height, sheet, layout)
    if panes is None:
        read = list(before)
        data.blocks = layout_page(items, hedges, vedges, data.number, frame.width, frame.height, layout, data.notes,
                                  budget, marked, read, data.dropped)
        data.figures = read[len(before):]
        return
    for k, box in enumerate(panes):         # an N-up sheet: each printed page laid out on its own
        its, hs, vs = pane_content(items, hedges, vedges, box)
        blocks = to_sheet(layout_page(its, hs, vs, data.number, box[2] - box[0], box[3] - box[1], layout,
                                      data.notes, budget, marked), box)
        part = data if k == 0 else PageData(data.number, frame.width, frame.height)
        part.blocks, part.origin = blocks, (box[0], box[1])
        if k:
            data.panes.append(part)
    data.sheet = (frame.width, frame.height, panes)
