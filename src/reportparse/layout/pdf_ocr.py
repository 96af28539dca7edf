"""The OCR path of the PDF reader (the [ocr] extra): scanned pages rendered, recognised, laid out.

pdf.py imports this module only when a page without a usable text layer is read with ocr=True.
"""
from __future__ import annotations

from ..errors import NoTextLayerError
from .pdf_model import Item, PageData
from .pdf_tables import layout_page

OCR_SCALE = 3.0       # render scale for OCR when the scan's resolution is unknown (216 dpi)


def ocr_engine(path):
    """RapidOCR: the `rapidocr` package (3.x, models in its wheel, every Python the project supports),
    else its older name `rapidocr_onnxruntime` (1.x, no release for Python 3.13), if that is what is installed."""
    try:
        from rapidocr import RapidOCR
    except ImportError:
        pass
    else:       # its INFO lines (each model file it found) would go to the user's stderr
        return RapidOCR(params={"Global.log_level": "warning"})
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        raise NoTextLayerError("the PDF has pages without a text layer (scanned) and OCR was requested, "
                               "but the OCR extra is not installed: pip install reportparse[ocr]", path) from None
    return RapidOCR()


def ocr_pages(pdf, pages: list[PageData], path, engine=None) -> None:
    engine = engine or ocr_engine(path)
    for data in pages:
        page = pdf[data.number - 1]
        try:
            items, hedges, vedges, width, height = _ocr_page(page, engine)
        finally:
            page.close()
        data.width, data.height = width, height
        data.blocks = layout_page(items, hedges, vedges, data.number, width, height)
        data.usable = True
        data.ocr = True


def _scan_scale(page) -> float:
    """Render at the scan's own resolution (its largest image), within 2×–4× (144–288 dpi)."""
    best = 0.0
    try:
        for obj in page.get_objects(max_depth=2):
            if obj.type == 3:                      # FPDF_PAGEOBJ_IMAGE
                x0, y0, x1, y1 = obj.get_bounds()
                px_w, _px_h = obj.get_size()
                if x1 - x0 > 50:
                    best = max(best, px_w / (x1 - x0))
    except Exception:
        best = 0.0
    return min(max(best or OCR_SCALE, 2.0), 4.0)


def _ocr_page(page, engine):
    import numpy as np

    width, height = page.get_size()
    scale = _scan_scale(page)
    bitmap = page.render(scale=scale, rotation=0, grayscale=False)
    try:
        image = bitmap.to_numpy().copy()
    finally:
        bitmap.close()
    if image.ndim == 3 and image.shape[2] == 4:
        image = image[:, :, :3]
    image = np.ascontiguousarray(image[:, :, ::-1]) if image.ndim == 3 else image  # BGRx → RGB
    items = [Item(str(text), min(p[0] for p in box) / scale, min(p[1] for p in box) / scale,
                  max(p[0] for p in box) / scale, max(p[1] for p in box) / scale)
             for box, text in recognised(engine(image))]
    hedges, vedges = _image_rules(image, scale)
    items = _split_across_cells(items, hedges, vedges)
    return items, hedges, vedges, width, height


def recognised(result) -> list:
    """(box, text) pairs of what the engine read, from either API: rapidocr 3.x returns an object with
    boxes and txts (None when nothing was read); rapidocr_onnxruntime 1.x a tuple ([[box, text, score], …]
    or None, timings)."""
    if isinstance(result, tuple):
        return [(box, text) for box, text, _score in result[0] or []]
    return list(zip(result.boxes if result.boxes is not None else [], result.txts or ()))


def _image_rules(image, scale: float):
    """Ruling lines of a rendered page (morphological opening), in page points."""
    try:
        import cv2
    except ImportError:
        return [], []
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    _, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    h, w = binary.shape
    out = []
    for horizontal in (True, False):
        size = max(20, (w if horizontal else h) // 40)
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (size, 1) if horizontal else (1, size))
        mask = cv2.morphologyEx(binary, cv2.MORPH_OPEN, kernel)
        n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        edges = []
        for x, y, bw, bh, _area in stats[1:]:
            if horizontal and bw >= size and bh <= 12:
                edges.append(((y + bh / 2) / scale, x / scale, (x + bw) / scale))
            elif not horizontal and bh >= size and bw <= 12:
                edges.append(((x + bw / 2) / scale, y / scale, (y + bh) / scale))
        out.append(edges)
    return out[0], out[1]


def _split_across_cells(items: list[Item], hedges, vedges) -> list[Item]:
    """A recognised box that runs across a vertical ruling line is cut there (by character share)."""
    if not vedges:
        return items
    out = []
    for it in items:
        cuts = sorted(x for x, y0, y1 in vedges
                      if it.x0 + 2 < x < it.x1 - 2 and y0 <= (it.top + it.bottom) / 2 <= y1)
        tokens = it.text.split()
        if not cuts:
            out.append(it)
            continue
        bounds = [it.x0] + cuts + [it.x1]
        width = it.x1 - it.x0
        if len(tokens) == len(bounds) - 1:
            pieces = tokens
        else:
            text = it.text.replace(" ", "")
            pieces, at = [], 0
            for a, b in zip(bounds, bounds[1:]):
                take = int(round(len(text) * (b - it.x0) / width))
                pieces.append(text[at:take])
                at = take
        for (a, b), piece in zip(zip(bounds, bounds[1:]), pieces):
            if piece:
                out.append(Item(piece, a, it.top, b, it.bottom))
    return out
