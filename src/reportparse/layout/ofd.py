"""OFD (GB/T 33190-2016, China's fixed-layout format) → Document, through the PDF reader's page layout.

An OFD file is a ZIP package (docx_package.Package: entries counted, parts inflated within
max_bytes, XML without DTD or entities): OFD.xml → DocBody/DocRoot (Doc_0/Document.xml) → its
Pages, each a Content.xml of Layers holding TextObjects and PathObjects (ofd_page.py reads them),
drawn over the TemplatePages it names. Units are millimetres, y down. Each page's glyphs become
the positioned characters and its straight path segments the ruling lines that the PDF reader
makes from a PDF page, and the same code turns them into lines and tables (pdf_tables.layout_page),
joins a table continued on the next page (merge_continued_table) and renders the text with a
CellRef per cell (pdf_render.Renderer): one table finder for both formats.

Metadata: DocInfo's Title is a hint kept only when every year it names is printed in the
document (docx_package.printed_title); its CreationDate is when the file was made, never read as
the publish date. Not read: text whose TextCode holds no Unicode (glyph indices of an embedded
font only, CGTransform), annotations, signatures, attachments; see README Limits.
"""
from __future__ import annotations

import posixpath
from typing import Optional

from ..document import Document
from ..errors import (DocumentTooLargeError, EmptyDocumentError, NoTextLayerError, ReportParseError,
                      UnsupportedFormatError)
from .docx_package import Package, printed_title
from .ofd_page import OFDPage, children, first, local, physical_box
from .pdf_model import GridBudget, PageData
from .pdf_render import Renderer
from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from .pdf_tables import layout_page, merge_continued_table

_A4 = (0.0, 0.0, 210.0, 297.0)


def is_ofd(package: Package) -> bool:
    """An OFD package: OFD.xml at its root, and no [Content_Types].xml (every Office file has one:
    a .docx that happens to carry a part named OFD.xml stays a Word file)."""
    return "OFD.xml" in package.names and "[Content_Types].xml" not in package.names


def load_ofd(package: Package, settings, path: Optional[str] = None, sha256: Optional[str] = None,
             layout: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> Document:
    warnings: list[str] = []
    root = package.xml("OFD.xml")
    if local(root) != "OFD":
        raise UnsupportedFormatError("the file's OFD.xml is not an OFD entry file (its root is not ofd:OFD): the "
                                     "file is damaged", path)
    body = first(root, "DocBody")
    doc_loc = _resolve(package, "", _text(first(body, "DocRoot")))
    if doc_loc is None:
        raise UnsupportedFormatError("the OFD document's OFD.xml names no DocRoot (Document.xml) the package "
                                     "holds: the file is damaged", path)
    doc = package.xml(doc_loc)
    if local(doc) != "Document":
        raise UnsupportedFormatError(f"the OFD document's DocRoot {doc_loc} is not an ofd:Document: the file is "
                                     "damaged", path)
    base = posixpath.dirname(doc_loc)
    common = first(doc, "CommonData")
    page_box = physical_box(first(first(common, "PageArea"), "PhysicalBox")) or _A4
    templates = {t.get("ID"): _resolve(package, base, t.get("BaseLoc")) for t in children(common, "TemplatePage")}
    pages = [p for p in children(first(doc, "Pages"), "Page")]
    if not pages:
        raise EmptyDocumentError("the OFD document lists no pages", path)
    total = len(pages)
    n = min(total, max(0, settings.max_pages))
    if n < total:
        warnings.append(f"only the first {n} of {total} pages were read (ParseSettings.max_pages)")

    renderer = Renderer(settings, warnings)
    budget = GridBudget(layout.max_document_grid_intersections)
    prev: Optional[PageData] = None
    chars_read = 0
    missing: list[int] = []
    glyph_only: list[int] = []
    slanted: list[int] = []
    scanned: list[int] = []         # pages of images with no text
    for i, ref in enumerate(pages[:n]):
        loc = _resolve(package, base, ref.get("BaseLoc"))
        try:
            page = OFDPage(package, loc, templates, page_box, layout) if loc else None
        except DocumentTooLargeError:
            raise
        except ReportParseError as e:
            warnings.append(f"page {i + 1} could not be read ({e.message})")
            page = None
        except Exception as e:          # one unreadable page is reported, not fatal (as in a PDF)
            warnings.append(f"page {i + 1} could not be read ({type(e).__name__}: {e})")
            page = None
        if page is None:
            missing.append(i + 1)
            data = PageData(i + 1, 0, 0, usable=False, why="unreadable")
        else:
            if page.glyph_only:
                glyph_only.append(i + 1)
            if page.slanted:
                slanted.append(i + 1)
            if page.images and not page.items:
                scanned.append(i + 1)
            data = PageData(i + 1, page.width, page.height)
            data.chars = len(page.items)
            data.blocks = layout_page(page.items, page.hedges, page.vedges, data.number, page.width, page.height,
                                      layout, data.notes, budget)
            warnings.extend(page.notes)
        warnings.extend(data.notes)
        if prev is not None:
            merge_continued_table(prev, data, layout)
            renderer.add(prev)
        prev = data
        chars_read += data.chars
        if chars_read > layout.max_document_chars and i + 1 < n:
            warnings.append(f"only the first {i + 1} of {total} pages were read: they hold more than "
                            f"{layout.max_document_chars} characters (PDFLayoutSettings.max_document_chars)")
            break
    if prev is not None:
        renderer.add(prev)
    if missing:
        warnings.append(f"page{'s' if len(missing) > 1 else ''} {', '.join(map(str, missing))} of the OFD document "
                        "could not be found or read in the package and were not read")
    if glyph_only:
        warnings.append(f"page{'s' if len(glyph_only) > 1 else ''} {', '.join(map(str, glyph_only))}: text drawn as "
                        "glyphs of an embedded font without its characters (no Unicode in TextCode) was not read")
    if scanned:
        warnings.append(f"page{'s' if len(scanned) > 1 else ''} {', '.join(map(str, scanned))} of the OFD document "
                        f"{'hold' if len(scanned) > 1 else 'holds'} only images, no text (scanned?) and "
                        f"{'were' if len(scanned) > 1 else 'was'} not read: export the file as PDF and read it with OCR")
    if slanted:
        warnings.append(f"page{'s' if len(slanted) > 1 else ''} {', '.join(map(str, slanted))}: text set at a slant "
                        "across the page (a watermark) was left out")
    out = renderer.document()
    if not out.text.strip():
        if glyph_only or scanned or chars_read == 0 and len(missing) < n:
            raise NoTextLayerError("the OFD document has no readable text (scanned pages, or glyphs of embedded "
                                   "fonts without their characters): export it as PDF and read it with OCR", path)
        raise EmptyDocumentError("the OFD document has no text", path)
    out.format, out.path, out.sha256, out.pages = "ofd", path, sha256, total
    info = first(body, "DocInfo")
    out.title_hint = printed_title(_text(first(info, "Title")), out.text, warnings, "the OFD file's DocInfo title")
    return out


def _text(el) -> Optional[str]:
    return el.text.strip() if el is not None and el.text else None


def _resolve(package: Package, base: str, loc: Optional[str]) -> Optional[str]:
    """A BaseLoc as the package names it: relative to the folder of the file that gives it, or
    from the package's root when it starts with "/"; None when it leaves the package or is absent."""
    if not loc:
        return None
    loc = loc.strip().replace("\\", "/")
    name = posixpath.normpath(loc.lstrip("/") if loc.startswith("/") else posixpath.join(base, loc))
    if name in package.names:
        return name
    # some writers give a location relative to the package root without the leading "/"
    name = posixpath.normpath(loc.lstrip("/"))
    return name if name in package.names and not name.startswith("..") else None


