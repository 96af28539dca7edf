"""Speed round 46 (issue 12, PDFs): each short cut gives what the plain code gave.

- pdf_glyphs.LeanChars remembers a font's text, width and descent for each code it drew: the same
  characters as pdfminer's own reading on pages drawing the same codes with several fonts (simple,
  CID, with codes that map to no text).
- pdf_marks.superscript_marks asks a digit whether a mark's bottom lies within its height before
  _is_mark / _in_gap: every mark they find passes that test (_raised requires it), NaN included.
- pdf_overrun.near_across lists each neighbour cell's digits once, asks it only for the digits in its
  rows, and whether it holds a digit on the line before whether the digit ends its line: the same
  findings as the plain order.
"""
import io
import math
import random
from types import SimpleNamespace

import pytest

from reportparse.layout import pdf_marks
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_overrun import near_across, same_line
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT


def _chars(data: bytes, fast: bool) -> list:
    from reportparse.layout import pdf_chars
    pages = pdf_chars.MinerPages(data, fast=fast)
    return [pages.chars(i) for i in range(len(pages))]


def test_fonts_remembered_per_font_read_as_pdfminer_does():
    pytest.importorskip("pdfminer")
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    rng = random.Random(46)
    for _page in range(2):
        for k in range(40):
            # the same codes in fonts of different widths, alternating line by line
            font = ["Helvetica", "Courier", "STSong-Light", "Times-Bold"][k % 4]
            c.setFont(font, rng.choice([8, 9.5, 12]))
            c.drawString(40 + rng.uniform(0, 30), 800 - 18 * k, rng.choice(["4731 ii WW", "共 4731 件", "(a) 52%"]))
        c.showPage()
    c.save()
    data = buf.getvalue()
    fast = _chars(data, True)
    assert fast == _chars(data, False)
    assert sum(len(page[0]) for page in fast) > 500


def _rand(rng):
    return rng.choice([rng.uniform(0, 50), rng.uniform(0, 50), 10.0, 10.0 + 1e-15, math.nan, math.inf, -math.inf,
                       -0.0, float(rng.randint(0, 50))])


def _item(rng, text):
    return Item(text, _rand(rng), _rand(rng), _rand(rng), _rand(rng))


def test_a_mark_is_found_only_within_its_digits_height():
    """The bottom test superscript_marks asks first is implied by _is_mark and by _in_gap, for
    any coordinates (NaN and infinities included): asking it first drops no mark."""
    rng = random.Random(4601)
    found = 0
    for _ in range(100000):
        d, m = _item(rng, "4"), _item(rng, "1")
        h = d.bottom - d.top
        if rng.random() < 0.5:          # a small glyph placed about a digit's top right corner
            t, size = rng.choice([100.0, rng.uniform(0, 700)]), rng.choice([10.0, 9.5, rng.uniform(0, 20)])
            d = Item("4", 50.0, t, 50.0 + size / 2, rng.choice([t + size, t + size * (1 + 1e-16), t]))
            h = d.bottom - d.top
            x, y, s = d.x1 + rng.uniform(-2, 6), d.top + rng.choice([0.0, rng.uniform(-1, 1)]) * h, rng.uniform(0, 0.8) * h
            m = Item("1", x, y - s, x + s / 2, rng.choice([y, d.bottom, d.top, d.bottom - 0.25 * h]))
        digits = sorted([d] + [_item(rng, "7") for _ in range(rng.randint(0, 3))], key=lambda x: x.x1)
        ends = [x.x1 for x in digits]
        if pdf_marks._is_mark(m, d, h) or pdf_marks._in_gap(m, d, digits, ends, h):
            assert d.top < m.bottom <= d.bottom, (d, m)
            found += 1
    assert found > 1500


def _plain_near_across(cells, cont, geo=DEFAULT_PDF_LAYOUT):
    """near_across's tests in their plain order: every cell starting at the rule, all its digits
    listed, each digit's line asked before the neighbour's digits on it."""
    found = []
    for k, its in enumerate(cont):
        c, digits = cells[k], [d for d in its if d.text.strip().isdigit()]
        for j, n in enumerate(cells):
            if round(n.x0) != round(c.x1) or abs(n.x0 - c.x1) >= 0.5:
                continue
            theirs = [o for o in cont[j] if o.text.strip().isdigit() and n.top <= o.top <= n.bottom]
            for d in [d for d in digits if n.top <= d.top <= n.bottom]:
                line, other = [o for o in digits if same_line(o, d)], [o for o in theirs if same_line(o, d)]
                if other and d is max(line, key=lambda o: o.x1):      # (other first: a NaN glyph has no line)
                    o, h = min(other, key=lambda o: o.x0), d.bottom - d.top
                    gap = o.x0 - d.x1
                    near = [p.x0 - o.x1 for p in other if p is not o] + [d.x0 - p.x1 for p in line if p is not d]
                    if -0.5 <= gap <= geo.letter_gap * h and (not near or min(near) > gap + geo.side_figures_gap * h):
                        found.append((k, 1, d))
    return found


def test_digits_near_across_a_rule_found_as_in_the_plain_order():
    """Ruled rows (a cell over two rows now and then), each cell holding glyphs on a line or two
    (digits, letters, blanks), some run over a rule: the same findings, in the same order, as the
    plain order of tests (a glyph in a cell has a finite centre, _fill_tables: its line holds it)."""
    rng = random.Random(4603)
    seen = 0
    for _ in range(3000):
        xs, ys = [0.0], [100.0]
        for _c in range(rng.randint(2, 5)):
            xs.append(xs[-1] + rng.choice([20.0, 30.0, 40.0]))
        for _r in range(rng.randint(1, 4)):
            ys.append(ys[-1] + 30.0)
        cells = [SimpleNamespace(x0=a, x1=b, top=t, bottom=u) for t, u in zip(ys, ys[1:]) for a, b in zip(xs, xs[1:])]
        if rng.random() < 0.3:      # a cell over two rows
            c = rng.choice(cells)
            c.bottom += 30.0
        cont = []
        for c in cells:
            its = []
            for _g in range(rng.randint(0, 6)):
                h = rng.choice([10.0, 10.0, 9.4, 8.0])
                y = c.top + rng.choice([10.0, 10.0, 10.6, 22.0, 30.0, 0.0, -2.0])
                x = rng.uniform(c.x0 - 4, c.x1 - 2)
                its.append(Item(rng.choice("0123456789 a-"), x, y, x + h * rng.choice([0.5, 0.55]), y + h))
            cont.append(sorted(its, key=lambda it: it.x0) if rng.random() < 0.7 else its)
        found = near_across(cells, cont)
        assert found == _plain_near_across(cells, cont)
        seen += bool(found)
    assert seen > 100
