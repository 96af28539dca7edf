"""pdf_objects.drawn_faint made once per page walk keeps its answer per colour (speed48b): on pages
with light, transparent, hollow, coloured, invisible and plain text objects, some sharing a colour
under another rendering mode or opacity, it answers for every object what the plain reading of the
object's rendering mode and colour answers (and the page walk's faint_text with it)."""
import ctypes

import pytest

pdfium = pytest.importorskip("pypdfium2")
import pypdfium2.raw as raw  # noqa: E402

from reportparse.layout.pdf_objects import Shapes, colour_kind, drawn_faint, faint_text, untyped_calls  # noqa: E402
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT  # noqa: E402

# (fill r g b, stroke r g b, render mode, graphics state with fill opacity /ca or None, what it is)
OBJECTS = [
    ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 0, None, 0),            # black body text
    ((0.82, 0.82, 0.82), (0.0, 0.0, 0.0), 0, None, 1),         # a light grey watermark
    ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 0, "GSa", 1),           # black at opacity 0.3: same colour, other alpha
    ((0.9, 0.1, 0.1), (0.0, 0.0, 0.0), 0, None, 2),            # a seal's red
    ((0.0, 0.0, 0.0), (0.9, 0.1, 0.1), 1, None, 2),            # red hollow outlines: the stroke's colour
    ((0.9, 0.1, 0.1), (0.0, 0.0, 0.0), 1, None, 0),            # black outlines over a red fill it never paints
    ((0.0, 0.0, 0.0), (0.85, 0.85, 0.85), 5, None, 1),         # light outlines, clipping too
    ((0.82, 0.82, 0.82), (0.0, 0.0, 0.0), 3, None, 0),         # invisible (an OCR layer): read as it is
    ((0.9, 0.1, 0.1), (0.0, 0.0, 0.0), 7, None, 0),            # invisible, clipping
    ((0.9, 0.1, 0.1), (0.0, 0.0, 0.0), 2, None, 2),            # fill and stroke: the fill's colour
    ((0.2, 0.25, 0.35), (0.0, 0.0, 0.0), 0, None, 0),          # a dark blue-grey is no strong colour
    ((0.82, 0.82, 0.82), (0.0, 0.0, 0.0), 4, None, 1),         # light, fill and clip: a colour seen before
    ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 0, None, 0),            # black again after the others
    ((0.9, 0.1, 0.1), (0.0, 0.0, 0.0), 0, "GSb", 2),           # red at opacity 0.7: still strong
    ((0.9, 0.1, 0.1), (0.0, 0.0, 0.0), 0, "GSa", 1),           # red at opacity 0.3: transparent
]


def _pdf(objects, form: bool = False) -> bytes:
    """One page of Helvetica text objects as OBJECTS lists them (in a form XObject if `form`)."""
    ops = []
    for k, (fill, stroke, mode, gs, _kind) in enumerate(objects):
        ops.append("q %s BT /F1 11 Tf %.2f %.2f %.2f rg %.2f %.2f %.2f RG %d Tr 72 %d Td (Row %d 4%d7) Tj ET Q" % (
            f"/{gs} gs" if gs else "", *fill, *stroke, mode, 760 - 24 * k, k, k))
    body = "\n".join(ops).encode()
    res = b"<< /Font << /F1 5 0 R >> /ExtGState << /GSa << /ca 0.3 /CA 0.3 >> /GSb << /ca 0.7 >> >> >>"
    page_res = res[:-2] + b"/XObject << /X1 6 0 R >> >>" if form else res
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + page_res
            + b" /Contents 4 0 R >>"]
    content = b"q 1 0 0 1 0 0 cm /X1 Do Q" if form else body
    objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    if form:
        objs.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + res
                    + b" /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _plain(obj, calls) -> int:
    """The object's kind read plainly: its rendering mode, then its colour through fresh values."""
    mode = calls["FPDFTextObj_GetTextRenderMode"](obj)
    if mode in (3, 7):
        return 0
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    getter = calls["FPDFPageObj_GetStrokeColor" if mode in (1, 5) else "FPDFPageObj_GetFillColor"]
    if not getter(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
        return 0
    return colour_kind(r.value, g.value, b.value, a.value)


def _text_objects(page, calls):
    out = []
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = calls["FPDFPage_GetObject"](page.raw, k)
        if calls["FPDFPageObj_GetType"](obj) == raw.FPDF_PAGEOBJ_FORM:
            out += [calls["FPDFFormObj_GetObject"](obj, ctypes.c_ulong(j))
                    for j in range(calls["FPDFFormObj_CountObjects"](obj))]
        elif calls["FPDFPageObj_GetType"](obj) == raw.FPDF_PAGEOBJ_TEXT:
            out.append(obj)
    return out


@pytest.mark.parametrize("form", [False, True])
def test_the_kept_answers_are_the_plain_ones_object_by_object(form):
    calls = untyped_calls(raw)
    pdf = pdfium.PdfDocument(_pdf(OBJECTS, form))
    page = pdf[0]
    objects = _text_objects(page, calls)
    assert len(objects) == len(OBJECTS)
    drawn = drawn_faint(calls)
    for _round in range(2):                 # the second round answers from what was kept
        got = [drawn(obj) for obj in objects]
        assert got == [_plain(obj, calls) for obj in objects]
        assert got == [kind for *_rest, kind in OBJECTS]
    # the second walk keeps each faint or coloured object, light or not, as before
    kept = faint_text(page, raw)
    assert [light for _box, _tm, _size, light in kept] == [kind == 1 for *_rest, kind in OBJECTS if kind]
    assert [round(size) for _box, _tm, size, _light in kept] == [11] * sum(1 for o in OBJECTS if o[-1])


@pytest.mark.parametrize("first", range(len(OBJECTS)))
def test_the_page_walk_flags_a_page_by_its_first_faint_object(first):
    # a page of black text with one object of each kind from `first` on: flagged exactly when one is faint
    objects = [OBJECTS[0]] * 3 + OBJECTS[first:first + 1] + [OBJECTS[0]]
    pdf = pdfium.PdfDocument(_pdf(objects))
    shapes = Shapes(pdf[0], raw, DEFAULT_PDF_LAYOUT)
    assert shapes.faint_text == OBJECTS[first][-1]


def test_colour_kinds():
    assert colour_kind(0, 0, 0, 255) == 0
    assert colour_kind(209, 209, 209, 255) == 1     # light
    assert colour_kind(0, 0, 0, 152) == 1           # transparent
    assert colour_kind(0, 0, 0, 153) == 0
    assert colour_kind(230, 25, 25, 255) == 2       # a seal's red
    assert colour_kind(230, 25, 25, 100) == 1       # transparent red is faint, not coloured
    assert colour_kind(51, 64, 89, 255) == 0        # dark blue-grey
