"""Text drawn over the page's text: a duplicated text layer over text of two sizes, an issuer's
seal in red (invented content only; the fixtures duplicate_layer_sizes_*, seal_* read them whole)."""
import io

import pytest

from reportparse.layout import pdf_textpage
from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT
from reportparse.settings import DEFAULT_SETTINGS

from conftest import pdf_fixture_generator


def _glyphs(text: str, x: float, baseline: float, size: float):
    """(char, left, bottom, right, top) of `text` set at `size`, a CJK character an em wide, a digit half."""
    out = []
    for ch in text:
        w = size / 2 if ch.isascii() else size
        out.append((ch, x, baseline, x + w, baseline + size))
        x += w
    return out


@pytest.mark.parametrize("dx,dy", [(1.7, -1.0), (-1.65, 0.9), (1.8, 1.2), (0.0, -1.75)])
def test_a_layer_drawn_twice_over_labels_and_figures_of_two_sizes_is_read_once(dx, dy):
    # labels at 9 pt, figures at 8 pt, every glyph drawn again dx, dy off (the copy first, as a
    # converter writes a shadow layer): within a fifth of a label's height, beyond a fifth of a
    # figure's. Before, the labels were read once and every figure doubled (46 as 4466, 77 as 777)
    rows = [("规章", ["46", "53", "7"]), ("行政规范性文件", ["28", "77", "1455"]), ("行政许可", ["1136", "904", "3"]),
            ("行政处罚", ["11", "262", "88"])]
    chars = []
    for r, (label, figures) in enumerate(rows):
        base = 700 - 20 * r
        chars += _glyphs(label, 60, base, 9)
        for c, fig in enumerate(figures):
            chars += _glyphs(fig, 200 + 60 * c, base, 8)
    copied = []
    for k in range(0, len(chars), 5):                   # (drawn string by string: the copy, then the text)
        part = chars[k:k + 5]
        copied += [(ch, x0 + dx, b + dy, x1 + dx, t + dy) for ch, x0, b, x1, t in part] + part
    frame = pdf_textpage.Frame(0.0, 0.0, 0.0, 595.0, 842.0)
    items = frame.items(copied, DEFAULT_PDF_LAYOUT.dedupe, DEFAULT_PDF_LAYOUT.dedupe_share)
    assert len(items) == len(chars)
    lines: dict[int, list] = {}
    for it in items:
        lines.setdefault(round(it.bottom), []).append(it)
    read = []
    for _top, its in sorted(lines.items()):
        its.sort(key=lambda it: it.x0)
        words, prev = [], None
        for it in its:
            if prev is not None and it.x0 - prev.x1 < 1.0:
                words[-1] += it.text
            else:
                words.append(it.text)
            prev = it
        read.append((words[0], words[1:]))
    assert read == rows


def test_a_copy_at_no_common_offset_is_not_taken_for_a_layer():
    """Guard: glyphs of one character overlapping at different offsets (no duplicated layer: a
    few repeated digits set close by a tight font) are all kept."""
    chars = []
    for k, off in enumerate([0.5, 1.9, -1.3, 2.2, 0.9, -2.0, 1.4, -0.6, 2.5, 1.1]):
        chars += [("8", 100 + 40 * k, 500, 104 + 40 * k, 508), ("8", 100 + 40 * k + off, 500 + 1.7, 104 + 40 * k + off, 509.7)]
    frame = pdf_textpage.Frame(0.0, 0.0, 0.0, 595.0, 842.0)
    assert len(frame.items(chars, DEFAULT_PDF_LAYOUT.dedupe, DEFAULT_PDF_LAYOUT.dedupe_share)) == len(chars)


@pytest.mark.parametrize("seal", [dict(arc=False), dict(text="白石县人民政府", dx=-30),
                                  dict(arc=False, rgb=(0.75, 0.0, 0.1), dx=-50)])
def test_a_red_seal_over_the_tables_and_the_date_is_left_out(seal):
    # the issuer's seal at the body's size over every table and the closing date: its upright
    # line joined a header cell (青溪县人民政府办公室第二十条第(六)项), the cells it crossed (22 values
    # lost) and the date (no publish date); a ring's upright top character joined a figure's cell
    import reportparse
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.variants.report_seal(buf, rules="grid", seed=1311, over_tables=True, **seal)
    report = reportparse.parse(buf.getvalue())
    got = report.values()
    assert {k: got.get(k, "missing") for k in exp["values"]} == exp["values"]
    assert str(report.published) == exp["published"]
    assert any("text in a strong colour drawn over the page's text" in w for w in report.warnings)
    text = load_pdf(buf.getvalue(), DEFAULT_SETTINGS).text
    assert "办公室第二十条" not in text and "| 第二十条第(六)项 |" in text


def test_red_text_that_covers_nothing_is_kept():
    """Guard: a red title and a red sentence (a red-letter heading, a figure stressed in red), over
    no other text and in no ring, are read as they are."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFillColorRGB(0.9, 0.1, 0.1)
    c.setFont(gen.FONT, 22)
    c.drawCentredString(297, 780, "青溪县人民政府办公室")
    c.setFont(gen.FONT, 10.5)
    c.drawString(60, 700, "全年在政府网站主动公开政府信息4821条。")
    c.setFillColorRGB(0, 0, 0)
    c.drawString(60, 680, "本年度无其他需要报告的事项。")
    c.circle(120, 500, 30, stroke=1, fill=0)          # (a black ring: no seal)
    c.showPage()
    c.save()
    doc = load_pdf(buf.getvalue(), DEFAULT_SETTINGS)
    assert doc.text.split("\n")[:3] == ["青溪县人民政府办公室", "全年在政府网站主动公开政府信息4821条。", "本年度无其他需要报告的事项。"]
    assert not any("seal" in w for w in doc.warnings)
