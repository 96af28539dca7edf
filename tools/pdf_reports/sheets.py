"""PDFs made of other PDFs: scans (pages as images), concatenations, N-up sheets."""
from __future__ import annotations

import io
import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


from .reports import county_report, report_2019_open_break
from .writer import H, W



def image_pdf(source: bytes, target, pages=None, scale: float = 1.5, quality: int = 0) -> None:
    """Render PDF pages to images (bilevel, or grey JPEG with a quality) and put them back as an
    image-only PDF (a 'scan'). Rendering the CJK text needs a CJK system font that PDFium can
    substitute for the non-embedded STSong-Light (e.g. apt-get install fonts-arphic-uming)."""
    import pypdfium2 as pdfium
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader

    rl_config.useA85 = 0

    pdf = pdfium.PdfDocument(source)
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    for i in pages if pages is not None else range(len(pdf)):
        page = pdf[i]
        pil = page.render(scale=scale, grayscale=True).to_pil().convert("L")
        buf = io.BytesIO()
        if quality:
            pil.save(buf, "JPEG", quality=quality)
        else:                       # bilevel, like a fax-mode scan: small and sharp
            pil.point(lambda v: 255 if v > 170 else 0).save(buf, "PNG")
        buf.seek(0)
        w, h = page.get_size()
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
        page.close()
    pdf.close()
    c.save()


def concat_pdfs(parts: list[bytes], target) -> None:
    import pypdfium2 as pdfium
    out = pdfium.PdfDocument.new()
    for data in parts:
        src = pdfium.PdfDocument(data)
        out.import_pages(src)
        src.close()
    out.save(target)
    out.close()


def n_up(source, target, across: int, down: int) -> None:
    """Several pages on one sheet ("2 pages per sheet", 2 × 2), the way printers and PDF tools
    impose them: each page scaled into its pane, left to right, then top to bottom (PDFium's
    FPDF_ImportNPagesToOne); landscape A4 for two across, portrait for two by two."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    src = pdfium.PdfDocument(source)
    size = (H, W) if across > down else (W, H)
    out = pdfium.PdfDocument(raw.FPDF_ImportNPagesToOne(src.raw, size[0], size[1], across, down))
    buf = io.BytesIO()
    out.save(buf)
    out.close()
    src.close()
    # PDFium stamps the time and a random file ID: fixed (same lengths: the offsets hold) so that
    # the fixture is the same bytes every time it is made
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20240101000000", buf.getvalue())
    data = re.sub(rb"/ID\[<[0-9A-F]+><[0-9A-F]+>\]", lambda m: re.sub(rb"[0-9A-F]", b"0", m.group(0)), data)
    if hasattr(target, "write"):
        target.write(data)
    else:
        Path(target).write_bytes(data)


def report_n_up(target, *, who: str, template: str, seed: int, across: int, down: int, rules: str = "grid") -> dict:
    """An invented county's report printed `across` × `down` pages per sheet."""
    src = io.BytesIO()
    exp = county_report(src, who, template, seed, rules=rules)
    n_up(src.getvalue(), target, across, down)
    exp["warnings_contain"] = ["several printed pages on one sheet (N-up), read one after the other"]
    return exp


def report_open_break_n_up(target, across: int = 2, down: int = 2) -> dict:
    """report_2019_open_break (table 三's (六)其他处理 row cut by the page break: label above, figures
    below) imposed `across` × `down`: on a 2 × 2 sheet the break falls between the top right pane
    and the bottom left one."""
    src = io.BytesIO()
    exp = report_2019_open_break(src)
    n_up(src.getvalue(), target, across, down)
    return exp
