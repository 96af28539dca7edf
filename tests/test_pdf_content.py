"""Content streams without the rule-drawing operators (layout/pdf_content.py): pdfminer reads the
same characters from them as from the streams as they are — on every page of the fixtures read
through pdfminer, and on invented streams mixing text, rules, colours, stray operands, wrong
operand counts, arrays and graphics-state saves — and the scan leaves alone what it is not sure of."""
import io
import random
from pathlib import Path

import pytest

pytest.importorskip("pdfminer")

from reportparse.layout import pdf_chars  # noqa: E402
from reportparse.layout.pdf_content import DROPPED, without_paths  # noqa: E402

PDF = Path(__file__).resolve().parent / "fixtures" / "pdf"


def test_rules_colours_and_line_styles_are_cut_text_is_kept():
    data = (b"BT /F1 12 Tf 1 0 0 1 5 5 Tm (a \\( b) Tj ET\nn 206 339.6 m 551 339.6 l S\n"
            b"0 0 0 RG .5 w -10 +10 100. 20 re f* 1 2 3 4 5 6 c h W n 0.2 g 1 0 0 1 k\n"
            b"q 1 0 0 1 2 3 cm [(x) -20 (y)] TJ Q <</MCID 0>> BDC EMC <41>Tj")
    assert without_paths(data).split() == (b"BT /F1 12 Tf 1 0 0 1 5 5 Tm (a \\( b) Tj ET q 1 0 0 1 2 3 cm "
                                           b"[(x) -20 (y)] TJ Q <</MCID 0>> BDC EMC <41>Tj").split()


@pytest.mark.parametrize("data", [b"1 2 3 m", b"1 m", b"/P 1 2 m", b"true 1 2 m", b"(x) S", b"[1 2 m] 5 TL",
                                  b"<< /A 1 2 m >> BDC", b"1 2 m1 l", b"7 1 2 3 4 re"])
def test_an_operator_without_exactly_its_number_operands_is_kept(data):
    assert without_paths(data).split() == data.split()


@pytest.mark.parametrize("data", [b"BI /W 1 /H 1 ID \xff\x00 EI 1 2 m", b"% comment\n1 2 m", b"(a(b)c) Tj 1 2 m",
                                  b"/A#20B 1 2 m", b"1 2 m ]", b"[1 2 m", b"1a 2 m", b"{ 1 2 m }", b"1 2 m >",
                                  b"(open 1 2 m", b"<zz> 1 2 m", b"1 2 m \x00 S", b"[1 >> 2 m"])
def test_what_the_scan_is_not_sure_of_is_left_alone(data):
    assert without_paths(data) is None


def _pdf(content: bytes) -> bytes:
    """A one-page PDF drawing `content` with Helvetica (pdfminer carries its metrics)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
               b"/Contents 5 0 R >>", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _content(rng: random.Random) -> bytes:
    num = lambda: rng.choice(["%d" % rng.randint(-50, 600), "%.2f" % rng.uniform(-5, 600), ".5", "-3.", "+7"])  # noqa: E731
    parts = []
    for _ in range(rng.randint(5, 60)):
        r = rng.random()
        if r < 0.3:
            parts.append("BT /F1 %s Tf %s %s Td (%s) Tj ET" % (rng.choice(["9", "12", "7.5"]), num(), num(),
                                                              rng.choice(["ab", "x y", "12", "a\\(b"])))
        elif r < 0.55:
            op = rng.choice(sorted(DROPPED))
            parts.append(" ".join([num() for _ in range(DROPPED[op])] + [op.decode()]))
        elif r < 0.7:                               # a wrong number of operands
            op = rng.choice(sorted(DROPPED))
            parts.append(" ".join([num() for _ in range(rng.randint(0, 7))] + [op.decode()]))
        elif r < 0.8:                               # stray operands, text operators that take them
            parts.append(" ".join([num() for _ in range(rng.randint(0, 3))]
                                  + [rng.choice(["Td", "TL", "Tc", "T*", "(s) Tj", "true", "/N"])]))
        elif r < 0.9:
            parts.append(rng.choice(["q 1 0 0 1 %s %s cm" % (num(), num()), "Q", "[2 1] 0 d", "[(p) -300 (q)] TJ",
                                     "/Span <</MCID 3>> BDC", "EMC", "2 0 0 2 0 0 cm"]))
        else:
            parts.append(num())
    return "\n".join(parts).encode()


def _chars(data: bytes, lean: bool, monkeypatch) -> list:
    if not lean:
        monkeypatch.setattr(pdf_chars, "_lean_contents", lambda contents: None)
    try:
        pages = pdf_chars.MinerPages(data)
        return [pages.chars(i) for i in range(len(pages))]
    except Exception as e:      # (some pdfminer versions fail on a bad operand: the same way both)
        return [type(e).__name__, str(e)]
    finally:
        monkeypatch.undo()


def test_invented_streams_read_the_same_characters(monkeypatch):
    rng = random.Random(20261201)
    cut = 0
    for _ in range(120):
        content = _content(rng)
        data = _pdf(content)
        lean = without_paths(content)
        cut += lean is not None and len(lean) < len(content)
        assert _chars(data, True, monkeypatch) == _chars(data, False, monkeypatch), content
    assert cut > 60


@pytest.mark.parametrize("name", sorted(p.stem for p in PDF.glob("*.pdf") if p.stem not in ("encrypted_password",)))
def test_fixture_pages_read_the_same_characters(name, monkeypatch):
    data = (PDF / f"{name}.pdf").read_bytes()
    assert _chars(data, True, monkeypatch) == _chars(data, False, monkeypatch)
