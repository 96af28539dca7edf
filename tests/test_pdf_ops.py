"""The fast reading of content streams (layout/pdf_ops.py, pdf_glyphs.py) gives what pdfminer's
own does: the same objects as pdfminer's PDFContentParser from random token soups (or it
declines: Unsure), the same character boxes as LTChar (to the sign of a zero), and the same
characters, counts and text angle as the old reading (pdfminer's parser on the streams without
their path operators, and pdfminer alone) on invented streams, forms, several streams a page,
the fixtures and generated reports."""
import io
import random
from pathlib import Path

import pytest

pytest.importorskip("pdfminer")

from pdfminer.pdfinterp import PDFContentParser  # noqa: E402
from pdfminer.pdftypes import PDFStream  # noqa: E402
from pdfminer.psparser import PSEOF  # noqa: E402

from reportparse.layout import pdf_chars, pdf_glyphs  # noqa: E402
from reportparse.layout.pdf_content import DROPPED  # noqa: E402
from reportparse.layout.pdf_ops import Unsure, objects  # noqa: E402

from conftest import pdf_fixture_generator  # noqa: E402

PDF = Path(__file__).resolve().parent / "fixtures" / "pdf"


def _typed(obj):
    """An object with its type spelled out (True == 1 and 1 == 1.0 in Python)."""
    if isinstance(obj, list):
        return ["list"] + [_typed(x) for x in obj]
    if isinstance(obj, dict):
        return ["dict"] + [(k, _typed(v)) for k, v in obj.items()]
    return (type(obj).__name__, repr(obj))


def _pdfminer_objects(datas):
    streams = []
    for k, data in enumerate(datas):
        s = PDFStream({}, data)
        s.objid = k + 1
        streams.append(s)
    try:
        parser = PDFContentParser(streams)
    except PSEOF:
        return []
    out = []
    while True:
        try:
            out.append(parser.nextobject()[1])
        except PSEOF:
            return out


_PIECES = [b"0", b"12", b"-3", b"+7", b"4.", b".5", b"-.25", b"1.2.3", b"-", b"+", b".", b"12abc", b"007",
           b"BT", b"ET", b"Tj", b"TJ", b"T*", b"'", b'"', b"re", b"true", b"false", b"null", b"f*", b"d0",
           b"/F1", b"/A#20B", b"/#", b"/#4", b"/\xc3\xa9", b"/\xff", b"/", b"/a.b-c",
           b"(ab)", b"(a\\(b)", b"(\\053\\0\\12x)", b"(\\x\\\\y)", b"(a(b)c)", b"(a(b(c)d)e)", b"(\\\rz)",
           b"(l1\nl2)", b"()", b"<41>", b"<4 1 a>", b"<abc>", b"<>", b"<ab>>", b"<zz>", b">", b"%c\n",
           b"\x00", b")", b"#", b"\x80", b"*", b"a\x00b", b"1\x00"]
#: pieces the fast reading declines (or pdfminer fails on)
_RISKY = [b"(\\777)", b"(a(b(c(d)e)f)g)", b"(\\\r\nz)", b"(\\)", b"(unclosed", b"<", b"[", b"]", b"{", b"}", b"<<",
          b">>", b"%x", b"BI", b"ID", b"EI", b"<< /A >>", b"<< 1 2 >>"]
_SPACES = [b" ", b"\n", b"\r\n", b"\t", b"", b"\x0c"]


def _soup(rng: random.Random, depth: int = 0) -> bytes:
    out = b""
    for _ in range(rng.randint(1, 25 if not depth else 5)):
        r = rng.random()
        if r < 0.02:
            piece = rng.choice(_RISKY)
        elif r < 0.1 and depth < 3:
            inner = _soup(rng, depth + 1)
            piece = rng.choice([b"[%s]", b"{%s}", b"[ %s ]"]) % inner
        elif r < 0.14 and depth < 3:
            pairs = b" ".join(b"/K%d %s" % (i, rng.choice(_PIECES[:5] + [b"(v)", b"[1 2]", b"/N", b"<<>>"]))
                              for i in range(rng.randint(0, 3)))
            piece = b"<<" + pairs + b">>"
        else:
            piece = rng.choice(_PIECES)
        out += piece + rng.choice(_SPACES)
    return out


def test_objects_are_pdfminers_or_unsure():
    rng = random.Random(20261201)
    compared = declined = 0
    for _ in range(4000):
        datas = [_soup(rng) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
        try:
            expected = _typed(_pdfminer_objects(datas))
        except Exception:
            expected = None                  # pdfminer fails: the fast reading must decline
        try:
            got = _typed(objects(datas))
        except Unsure:
            declined += 1
            continue
        assert got == expected, datas
        compared += 1
    assert compared > 1000 and declined > 500


@pytest.mark.parametrize("data", [b"BI /W 1 ID x EI", b"[1 2", b"1 ]", b"<< /A >>", b"<< 1 2 >>", b"(open",
                                  b"(a(b(c(d)))) Tj", b"(\\400) Tj", b"12 Tj 3", b"<41", b"(a\\\r\nb) Tj",
                                  b"1" * 30 + b" w\n"])
def test_what_the_fast_reading_is_not_sure_of_is_declined(data):
    with pytest.raises(Unsure):
        objects([data])


@pytest.mark.parametrize("datas", [[b"1 2 m", b" S\n"], [b"", b"BT\n"], [b"% note", b"\n1 2 m\n"]])
def test_tokens_that_could_span_streams_are_declined(datas):
    with pytest.raises(Unsure):
        objects(datas)


def test_glyph_boxes_are_ltchars_to_the_bit():
    from pdfminer.layout import LTChar

    class Font:
        fontname = "F"
        descent = -0.25

        def is_vertical(self):
            return False

        def get_descent(self):
            return self.descent

    rule = pdf_glyphs._rule()
    assert rule in ("rect", "points")
    rng = random.Random(7)
    value = lambda: rng.choice([0, 0.0, -0.0, 1, -1, 0.5, rng.uniform(-30, 30), rng.randint(-700, 700)])  # noqa: E731
    for _ in range(3000):
        m = tuple(value() for _ in range(6))
        font = Font()
        font.descent = rng.choice([0, -0.0, -0.212, -1])
        size, scaling, rise, width = rng.choice([10.5, 1, 0, 12]), rng.choice([1.0, 0.8, 0.01]), value(), value()
        real = LTChar(m, font, size, scaling, rise, "x", width, 0, None, None)
        box = pdf_glyphs._box(rule, m, size, scaling, rise, width, font.descent)
        assert repr((real.adv, real.x0, real.y0, real.x1, real.y1)) == repr(box), (m, size, scaling, rise, width)


def _pdf(contents: list, form: bytes = None) -> bytes:
    """A one-page PDF drawing `contents` (one stream each) with Helvetica, and `form` as a form
    XObject /X1 when given."""
    n = len(contents)
    refs = b" ".join(b"%d 0 R" % (5 + k) for k in range(n))
    xobject = b" /XObject << /X1 %d 0 R >>" % (5 + n) if form is not None else b""
    objects_ = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >>"
                + xobject + b" >> /Contents [" + refs + b"] >>",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    objects_ += [b"<< /Length %d >>\nstream\n" % len(c) + c + b"\nendstream" for c in contents]
    if form is not None:
        objects_.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        b" /Length %d >>\nstream\n" % len(form) + form + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects_, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects_) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects_) + 1, xref))
    return out.getvalue()


def _content(rng: random.Random) -> bytes:
    num = lambda: rng.choice(["%d" % rng.randint(-50, 600), "%.2f" % rng.uniform(-5, 600), ".5", "-3.", "+7"])  # noqa: E731
    texts = ["(ab)", "(x y)", "(12)", "(a\\(b)", "<41 42>", "(a(b)c)", "(\\101\\102)", "<414>"]
    text = lambda: rng.choice(texts)  # noqa: E731
    parts = []
    for _ in range(rng.randint(5, 60)):
        r = rng.random()
        if r < 0.3:
            parts.append("BT /F1 %s Tf %s %s Td %s Tj ET" % (rng.choice(["9", "12", "7.5"]), num(), num(), text()))
        elif r < 0.5:
            op = rng.choice(sorted(DROPPED))
            parts.append(" ".join([num() for _ in range(DROPPED[op])] + [op.decode()]))
        elif r < 0.62:                              # a wrong number or kind of operands
            op = rng.choice(sorted(DROPPED))
            parts.append(" ".join([rng.choice([num(), "/N", "(s)", "true"]) for _ in range(rng.randint(0, 7))]
                                  + [op.decode()]))
        elif r < 0.75:                              # stray operands, text operators that take them
            parts.append(" ".join([num() for _ in range(rng.randint(0, 3))]
                                  + [rng.choice(["Td", "TL", "Tc", "Tw", "Tz", "TD", "T*", "(s) Tj", "true", "/N",
                                                 "null", "zz", "%s '" % text(), "1 2 %s \"" % text()])]))
        elif r < 0.9:
            parts.append(rng.choice(["q 1 0 0 1 %s %s cm" % (num(), num()), "Q", "[2 1] 0 d", "[(p) -300 (q)] TJ",
                                     "/Span <</MCID 3 /Alt (x)>> BDC", "EMC", "2 0 0 2 0 0 cm", "/X1 Do",
                                     "BT 0 1 -1 0 300 300 Tm /F1 10 Tf (r) Tj ET", "/DeviceRGB cs 0.5 0.1 0.2 sc",
                                     "% a comment", "/GS1 gs", "3 Tr", "BT 1 0 0 1 5 5 Tm 120 Tz 2 Ts (s) Tj ET",
                                     "BI /W 1 /H 1 /BPC 8 /CS /G ID x EI", "BT 1 0.3 0.2 1 50 50 Tm /F1 8 Tf (k) Tj ET",
                                     "BT -1 0 0 1 400 60 Tm /F1 9 Tf 3 Ts (m) Tj ET", "0 0 0 -2 0 900 cm",
                                     "BT 0 -1 1 0 30 700 Tm /F1 11 Tf 0 Ts ( w ) Tj ET", "0 Tf", "/F1 0 Tf (z) Tj",
                                     "q 100000000000000000000 0 0 100000000000000000000 0 0 cm 0.5 w",
                                     "q (x) (y) (z) (w) 0 0 cm 0.5 w"]))
        else:
            parts.append(num())
    return "\n".join(parts).encode() + rng.choice([b"\n", b" ", b""])


def _chars(data: bytes, how: str, monkeypatch) -> list:
    if how == "plain":
        monkeypatch.setattr(pdf_chars, "_lean_contents", lambda contents: None)
    try:
        pages = pdf_chars.MinerPages(data, fast=how == "fast")
        return [pages.chars(i) for i in range(len(pages))]
    except Exception as e:      # (some pdfminer versions fail on a bad operand: the same way each)
        return [type(e).__name__, str(e)]
    finally:
        monkeypatch.undo()


def test_invented_pages_read_the_same_characters(monkeypatch):
    rng = random.Random(20261202)
    for _ in range(150):
        contents = [_content(rng) for _ in range(rng.choice([1, 1, 2, 3]))]
        contents = [c if k == len(contents) - 1 else c + b"\n" for k, c in enumerate(contents)]
        form = _content(rng) if rng.random() < 0.3 else None
        data = _pdf(contents, form)
        fast = _chars(data, "fast", monkeypatch)
        assert fast == _chars(data, "old", monkeypatch), (contents, form)
        assert fast == _chars(data, "plain", monkeypatch), (contents, form)


@pytest.mark.parametrize("name", sorted(p.stem for p in PDF.glob("*.pdf") if p.stem not in ("encrypted_password",)))
def test_fixture_pages_read_the_same_characters(name, monkeypatch):
    data = (PDF / f"{name}.pdf").read_bytes()
    assert _chars(data, "fast", monkeypatch) == _chars(data, "old", monkeypatch)


def test_generated_reports_read_the_same_characters(monkeypatch):
    pytest.importorskip("reportlab")
    from pdf_gen import aligned_figures_pdf, embedded_table_pdf, ruling_grid_pdf, text_rows_pdf

    gen = pdf_fixture_generator()
    big = io.BytesIO()
    gen.big_report(big, pages=8)            # non-embedded CJK fonts, as in government PDFs
    made = [big.getvalue(), embedded_table_pdf()[0], aligned_figures_pdf(pages=2)[0],
            ruling_grid_pdf(40), text_rows_pdf(300)]
    for k, data in enumerate(made):
        fast = _chars(data, "fast", monkeypatch)
        assert fast == _chars(data, "old", monkeypatch)
        assert k or sum(len(page[0]) for page in fast) > 5000
