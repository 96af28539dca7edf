"""The PDFium functions declared again without argument types (layout/pdf_objects.py untyped_calls) answer
exactly what pypdfium2's typed declarations answer, on every character and page object of the
fixtures (ruled tables, a rotated page, fake bold, a scanned page) and on pages drawn as form XObjects."""
import ctypes
import io
from pathlib import Path

import pytest

pdfium = pytest.importorskip("pypdfium2")
import pypdfium2.raw as raw  # noqa: E402

from reportparse.layout.pdf_objects import Handle, untyped_calls  # noqa: E402

PDF = Path(__file__).resolve().parent / "fixtures" / "pdf"
FILES = ["report_2021", "rotated_table_page", "fake_bold", "horizontal_rules_2021", "partial_scan", "as forms"]


def _as_forms(name: str) -> bytes:
    """The fixture with each page placed on a new page as one form XObject."""
    src, dst = pdfium.PdfDocument((PDF / f"{name}.pdf").read_bytes()), pdfium.PdfDocument.new()
    for i in range(len(src)):
        page = dst.new_page(*src[i].get_size())
        page.insert_obj(src.page_as_xobject(i, dst).as_pageobject())
        page.gen_content()
    out = io.BytesIO()
    dst.save(out)
    return out.getvalue()


def _pages(name):
    return _pages_of(_as_forms("report_2021") if name == "as forms" else (PDF / f"{name}.pdf").read_bytes())


def _pages_of(data):
    pdf = pdfium.PdfDocument(data)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                yield page
            finally:
                page.close()
    finally:
        pdf.close()


@pytest.mark.parametrize("name", FILES)
def test_character_calls_match_the_typed_ones(name):
    calls = untyped_calls(raw)
    seen = 0
    for page in _pages(name):
        textpage = page.get_textpage()
        tp = textpage.raw
        typed_rect, rect = raw.FS_RECTF(), raw.FS_RECTF()
        for i in range(raw.FPDFText_CountChars(tp)):
            for fn in ("FPDFText_GetUnicode", "FPDFText_IsGenerated", "FPDFText_HasUnicodeMapError",
                       "FPDFText_GetCharAngle"):
                assert calls[fn](tp, i) == getattr(raw, fn)(tp, i), (fn, i)
            assert (calls["FPDFText_GetLooseCharBox"](tp, i, ctypes.byref(rect))
                    == raw.FPDFText_GetLooseCharBox(tp, i, typed_rect))
            assert (rect.left, rect.top, rect.right, rect.bottom) == \
                   (typed_rect.left, typed_rect.top, typed_rect.right, typed_rect.bottom)
            seen += 1
        textpage.close()
    assert seen > 100


def test_pdfium_generates_only_whitespace():
    """pdf_textpage.page_chars skips whitespace without asking FPDFText_IsGenerated: PDFium's text page
    generates spaces and line breaks only (CPDF_TextPage: GenerateCharInfo(' ', '\\r', '\\n')),
    so for any other character the answer would be 'not generated'. Checked on every character of
    the fixtures, pages drawn as forms, and generated Latin (embedded font) pages."""
    from pdf_gen import aligned_figures_pdf, embedded_table_pdf

    sources = [_pages(name) for name in FILES]
    sources += [_pages_of(embedded_table_pdf(2)[0]), _pages_of(aligned_figures_pdf(2)[0])]
    generated = 0
    for source in sources:
        for page in source:
            textpage = page.get_textpage()
            tp = textpage.raw
            n = raw.FPDFText_CountChars(tp)
            text = textpage.get_text_range(0, n) if n > 0 else ""
            for i in range(n):
                if raw.FPDFText_IsGenerated(tp, i):
                    generated += 1
                    assert chr(raw.FPDFText_GetUnicode(tp, i)).isspace(), i
                    if len(text) == n:
                        assert text[i].isspace(), i
            textpage.close()
    assert generated > 50


def _typed_walk(count, get, out):
    """Every object (type, font address, path segments) read with the typed functions."""
    for k in range(count):
        obj = get(k)
        kind = raw.FPDFPageObj_GetType(obj)
        entry = [kind]
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            entry.append(ctypes.cast(raw.FPDFTextObj_GetFont(obj), ctypes.c_void_p).value)
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            fill, stroke = ctypes.c_int(), ctypes.c_int()
            raw.FPDFPath_GetDrawMode(obj, fill, stroke)
            entry += [fill.value, stroke.value]
            x, y = ctypes.c_float(), ctypes.c_float()
            for s in range(raw.FPDFPath_CountSegments(obj)):
                seg = raw.FPDFPath_GetPathSegment(obj, s)
                raw.FPDFPathSegment_GetPoint(seg, x, y)
                entry.append((x.value, y.value, raw.FPDFPathSegment_GetType(seg), raw.FPDFPathSegment_GetClose(seg)))
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            _typed_walk(raw.FPDFFormObj_CountObjects(obj), lambda j: raw.FPDFFormObj_GetObject(obj, j), entry)
        out.append(entry)
    return out


def _fast_walk(calls, count, get, out):
    for k in range(count):
        obj = get(k)
        assert isinstance(obj, Handle)
        kind = calls["FPDFPageObj_GetType"](obj)
        entry = [kind]
        font = calls["FPDFTextObj_GetFont"](obj)
        assert (font is not None) == (kind == raw.FPDF_PAGEOBJ_TEXT)     # None for any other object
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            entry.append(font)
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            fill, stroke = ctypes.c_int(), ctypes.c_int()
            calls["FPDFPath_GetDrawMode"](obj, ctypes.byref(fill), ctypes.byref(stroke))
            entry += [fill.value, stroke.value]
            x, y = ctypes.c_float(), ctypes.c_float()
            for s in range(calls["FPDFPath_CountSegments"](obj)):
                seg = calls["FPDFPath_GetPathSegment"](obj, s)
                calls["FPDFPathSegment_GetPoint"](seg, ctypes.byref(x), ctypes.byref(y))
                entry.append((x.value, y.value, calls["FPDFPathSegment_GetType"](seg),
                              calls["FPDFPathSegment_GetClose"](seg)))
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            _fast_walk(calls, calls["FPDFFormObj_CountObjects"](obj),
                       lambda j: calls["FPDFFormObj_GetObject"](obj, ctypes.c_ulong(j)), entry)
        out.append(entry)
    return out


@pytest.mark.parametrize("name", FILES)
def test_page_object_calls_match_the_typed_ones(name):
    calls = untyped_calls(raw)
    for page in _pages(name):
        count = raw.FPDFPage_CountObjects(page.raw)
        typed = _typed_walk(count, lambda k: raw.FPDFPage_GetObject(page.raw, k), [])
        fast = _fast_walk(calls, count, lambda k: calls["FPDFPage_GetObject"](page.raw, k), [])
        assert fast == typed and typed


def test_a_page_drawn_as_a_form_reads_as_the_page():
    from reportparse.layout.pdf import load_pdf
    from reportparse.settings import DEFAULT_SETTINGS
    plain = load_pdf((PDF / "report_2021.pdf").read_bytes(), DEFAULT_SETTINGS)
    forms = load_pdf(_as_forms("report_2021"), DEFAULT_SETTINGS)
    assert forms.text == plain.text and [c.bbox for c in forms.cells] == [c.bbox for c in plain.cells]
