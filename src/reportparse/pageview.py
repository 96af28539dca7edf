"""A PDF page as an image with every extracted value's box drawn on it (pdfplumber-style visual
debugging): `page_image(path, page, report)`, `Report.show(page)`, `reportparse show`.

pypdfium2 renders the page; Pillow (a dependency of pdfplumber) draws. Boxes are the values'
`source.bbox` (x0, top, x1, bottom in PDF points, top-left origin, as pdfplumber reports them).
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = ["page_image", "render_page"]

# per extraction method: what was read from the table grid, from a sentence, by OCR
_COLOURS = {"table": (220, 40, 40), "narrative": (30, 110, 220), "ocr": (230, 140, 0)}


def render_page(path: Any, page: int, dpi: int = 110) -> "Image":
    """Page `page` (1-based) of the PDF at `path` as a PIL image at `dpi`.

    Raises ValueError for a page outside the document, OSError for a file that cannot be opened.
    """
    import pypdfium2 as pdfium
    source = os.fspath(path)
    if not os.path.exists(source):
        from .settings import DEFAULT_SETTINGS
        from .archives import read_member
        member = read_member(source, DEFAULT_SETTINGS.max_bytes)     # archive.zip/folder/report.pdf
        if member is not None:
            source = member
    try:
        pdf = pdfium.PdfDocument(source)
    except pdfium.PdfiumError as e:
        raise OSError(f"cannot open {os.fspath(path)} as a PDF: {e}") from e
    try:
        if not 1 <= page <= len(pdf):
            raise ValueError(f"page {page} is outside the document (1–{len(pdf)})")
        bitmap = pdf[page - 1].render(scale=dpi / 72.0)
        return bitmap.to_pil().convert("RGB")
    finally:
        pdf.close()


def page_image(path: Any, page: int, report: Optional[Any] = None, dpi: int = 110, labels: bool = True) -> "Image":
    """The page with a box around every value of `report` read on it (parsed from `path` if not given):
    red for table cells, blue for sentences, orange for OCR; each box labelled inside, top left, with
    the value read (so a shifted column shows at a glance).
    ``image.info["boxes"]`` is the number of boxes drawn."""
    from PIL import ImageDraw
    if report is None:
        from .api import parse
        report = parse(path)
    image = render_page(path, page, dpi)
    draw = ImageDraw.Draw(image)
    scale = dpi / 72.0
    boxes = 0
    for ind in report.indicators:
        src = ind.source
        if src.page != page or not src.bbox:
            continue
        x0, top, x1, bottom = (v * scale for v in src.bbox)
        colour = _COLOURS.get(src.method, (120, 120, 120))
        draw.rectangle([x0, top, x1, bottom], outline=colour, width=2)
        if labels and ind.value is not None:
            draw.text((x0 + 2, top + 1), f"{ind.value:g}" if isinstance(ind.value, float) else str(ind.value),
                      fill=colour)
        boxes += 1
    image.info["boxes"] = boxes
    return image
