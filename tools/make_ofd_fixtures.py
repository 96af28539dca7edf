#!/usr/bin/env python3
"""Generate the OFD (GB/T 33190) fixtures of tests/fixtures/ofd/.

The reports are the invented ones of tools/make_pdf_fixtures.py (its Writer lays out the title,
prose and the ruled tables 二/三/四; its seeded numbers fill them), drawn onto `OFDCanvas`, which
writes what the PDF canvas would draw as an OFD package: one TextObject per string (TextCode X/Y
at the baseline, DeltaX the advances, optionally "g N d" runs and a CTM scale) and one PathObject
per rule (stroked lines, or thin filled rectangles), in millimetres with y down; the page number
and a header rule sit on a TemplatePage. Invented counties, wording and numbers.
Deterministic: running it again rewrites identical files.

    python tools/make_ofd_fixtures.py
"""
from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from pdf_reports import (APPLICANTS, C, FONT, MARGIN, H, W, Writer, expected, header_repeat_split,  # noqa: E402
                         report_tables, table3_rows, table4_rows, write_report)
from reportlab.pdfbase import pdfmetrics  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "ofd"
MM = 25.4 / 72                      # millimetres per point
NS = "http://www.ofdspec.org/2016"


def mm(v: float) -> str:
    return f"{v * MM:.3f}".rstrip("0").rstrip(".")


def _num(v: float) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".") or "0"


class OFDCanvas:
    """What Writer draws (strings, lines, thin rectangles), kept per page and written as an OFD package.

    `rules`: "stroke" (one stroked PathObject per line) or "fill" (thin filled rectangles);
    `repeat`: DeltaX written with "g N d" runs; `scale`: text drawn at Size/scale under CTM
    "scale 0 0 scale 0 0" (the glyphs print at the same size)."""

    def __init__(self, target, *, title: str = "", created: str = "", rules: str = "stroke", repeat: bool = False,
                 scale: float = 1.0, watermark: str = ""):
        self.target, self.title, self.created, self.watermark = target, title, created, watermark
        self.rules, self.repeat, self.scale = rules, repeat, scale
        self.pages: list[list[str]] = [[]]
        self.size = 10.0
        self.ids = 100

    # the reportlab Canvas calls Writer makes
    def setTitle(self, title):
        self.title = self.title or title

    def setAuthor(self, _author):
        pass

    def setPageSize(self, _size):
        pass

    def setPageRotation(self, _rotation):
        pass

    def setLineWidth(self, _width):
        pass

    def setFont(self, _font, size):
        self.size = size

    def showPage(self):
        self.pages.append([])

    def _id(self) -> int:
        self.ids += 1
        return self.ids

    def drawString(self, x: float, y: float, text: str) -> None:
        if text.startswith("- ") and text.endswith(" -"):
            return                          # the page number: the template prints it
        size = self.size
        adv = [pdfmetrics.stringWidth(ch, FONT, size) for ch in text]
        left, top = x, H - y - size       # the object's box: from a size above the baseline
        s = self.scale
        deltas = " ".join(_num(a * MM / s) for a in adv[:-1])
        if self.repeat:
            deltas = _runs([_num(a * MM / s) for a in adv[:-1]])
        ctm = f' CTM="{_num(s)} 0 0 {_num(s)} 0 0"' if s != 1 else ""
        self.pages[-1].append(
            f'<ofd:TextObject ID="{self._id()}" Boundary="{mm(left)} {mm(top)} {mm(sum(adv) + 2)} {mm(size * 1.4)}" '
            f'Font="3" Size="{_num(size * MM / s)}"{ctm}><ofd:FillColor Value="0 0 0"/>'
            f'<ofd:TextCode X="0" Y="{_num(size * MM / s)}"'
            + (f' DeltaX="{deltas}"' if len(text) > 1 else "") + f">{escape(text)}</ofd:TextCode></ofd:TextObject>")

    def drawCentredString(self, x, y, text):
        self.drawString(x - pdfmetrics.stringWidth(text, FONT, self.size) / 2, y, text)

    def line(self, x0, y0, x1, y1) -> None:
        left, top = min(x0, x1), H - max(y0, y1)
        if self.rules == "fill":
            t = 0.5
            w, h = (abs(x1 - x0), t) if y0 == y1 else (t, abs(y1 - y0))
            left, top = (left, top - t / 2) if y0 == y1 else (left - t / 2, top)
            self.pages[-1].append(
                f'<ofd:PathObject ID="{self._id()}" Boundary="{mm(left)} {mm(top)} {mm(w)} {mm(h)}" Stroke="false" '
                f'Fill="true"><ofd:FillColor Value="0 0 0"/><ofd:AbbreviatedData>M 0 0 L {mm(w)} 0 L {mm(w)} {mm(h)} '
                f'L 0 {mm(h)} C</ofd:AbbreviatedData></ofd:PathObject>')
            return
        a = (x0 - left, (H - y0) - top)
        b = (x1 - left, (H - y1) - top)
        self.pages[-1].append(
            f'<ofd:PathObject ID="{self._id()}" Boundary="{mm(left)} {mm(top)} {mm(abs(x1 - x0))} {mm(abs(y1 - y0))}" '
            f'LineWidth="0.2"><ofd:AbbreviatedData>M {mm(a[0])} {mm(a[1])} L {mm(b[0])} {mm(b[1])}'
            f'</ofd:AbbreviatedData></ofd:PathObject>')

    def save(self) -> None:
        pages = [p for p in self.pages if p]
        self.target.write(package(pages, self.title, self.created, self.watermark))


def _runs(values: list[str]) -> str:
    """DeltaX with runs of one advance written "g N d"."""
    out, k = [], 0
    while k < len(values):
        j = k
        while j < len(values) and values[j] == values[k]:
            j += 1
        out.append(f"g {j - k} {values[k]}" if j - k > 1 else values[k])
        k = j
    return " ".join(out)


def package(pages: list[list[str]], title: str, created: str, watermark: str = "") -> bytes:
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    files = {
        "OFD.xml": f'{head}<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
                   f'<ofd:DocID>0f0d0000000000000000000000000001</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>'
                   f'<ofd:CreationDate>{created}</ofd:CreationDate></ofd:DocInfo>'
                   f'<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
        "Doc_0/Document.xml": f'{head}<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID>'
                              f'<ofd:PageArea><ofd:PhysicalBox>0 0 {mm(W)} {mm(H)}</ofd:PhysicalBox></ofd:PageArea>'
                              f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
                              f'<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages>'
                              + "".join(f'<ofd:Page ID="{10 + k}" BaseLoc="Pages/Page_{k}/Content.xml"/>'
                                        for k in range(len(pages))) + "</ofd:Pages></ofd:Document>",
        "Doc_0/PublicRes.xml": f'{head}<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
                               f'<ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>',
        # the template: a rule under the page's top margin (no text: it would repeat on every page)
        "Doc_0/Tpls/Tpl_0/Content.xml": f'{head}<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="4">'
                                        f'<ofd:PathObject ID="5" Boundary="{mm(MARGIN)} 12 {mm(W - 2 * MARGIN)} 1" '
                                        f'LineWidth="0.5"><ofd:StrokeColor Value="200 0 0"/><ofd:AbbreviatedData>'
                                        f'M 0 0.5 L {mm(W - 2 * MARGIN)} 0.5</ofd:AbbreviatedData></ofd:PathObject>'
                                        f'</ofd:Layer></ofd:Content></ofd:Page>',
    }
    for k, objects in enumerate(pages):
        number = f"- {k + 1} -"
        width = pdfmetrics.stringWidth(number, FONT, 9)
        foot = (f'<ofd:TextObject ID="{9000 + k}" Boundary="{mm(W / 2 - width / 2)} {mm(H - 40)} {mm(width + 2)} 5" '
                f'Font="3" Size="{mm(9)}"><ofd:TextCode X="0" Y="{mm(9)}" DeltaX="'
                + " ".join(mm(pdfmetrics.stringWidth(ch, FONT, 9)) for ch in number[:-1])
                + f'">{number}</ofd:TextCode></ofd:TextObject>')
        # a watermark across the middle of the page: grey, turned 35° by its CTM (cos 0.819, sin 0.574)
        mark = "" if not watermark else (
            f'<ofd:Layer ID="{8500 + k}" Type="Foreground"><ofd:TextObject ID="{9500 + k}" Boundary="40 120 150 80" '
            f'Font="3" Size="12" CTM="0.819 -0.574 0.574 0.819 0 60"><ofd:FillColor Value="200 200 200"/>'
            f'<ofd:TextCode X="0" Y="12" DeltaX="' + _runs(["12" if ord(ch) > 0x2E80 else "6" for ch in watermark[:-1]])
            + f'">{escape(watermark)}</ofd:TextCode></ofd:TextObject></ofd:Layer>')
        files[f"Doc_0/Pages/Page_{k}/Content.xml"] = (
            f'{head}<ofd:Page xmlns:ofd="{NS}"><ofd:Template TemplateID="2" ZOrder="Background"/><ofd:Content>'
            f'<ofd:Layer ID="{8000 + k}" Type="Body">{"".join(objects)}{foot}</ofd:Layer>{mark}</ofd:Content></ofd:Page>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


class OFDWriter(Writer):
    """make_pdf_fixtures' Writer drawing onto an OFDCanvas."""

    ofd: dict = {}

    def canvas(self, target, encrypt):
        return OFDCanvas(target, **self.ofd)


def writer(target, ofd: dict, **kw) -> Writer:
    OFDWriter.ofd = ofd
    return OFDWriter(target, **kw)


def write(name: str, data: bytes, exp: dict) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_bytes(data)
    (OUT / (name.rsplit(".", 1)[0] + ".expected.json")).write_text(
        json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def report(name: str, *, who: str, year: int, template: str, seed: int, note: str, ofd: dict, rules: str = "grid",
           title_meta: str = "", split=None, blanks=(), **exp) -> None:
    values, t2, rows, t4v, outcomes = report_tables(seed, template)
    buf = io.BytesIO()
    title = f"{who}{year}年政府信息公开工作年度报告"
    w = writer(buf, dict(ofd, title=title_meta or title, created=f"{year}-12-30T09:00:00"), rules=rules)
    w.title(who, f"{year}年政府信息公开工作年度报告")
    body = table3_rows(rows, outcomes)
    order = ["requests.new", "requests.carried_over"] + [k for k, _g, _l in outcomes] + \
        ["requests.answered", "requests.carried_forward"]
    for key, j in blanks:                           # a cell left blank: null, never 0 or a neighbour
        r = order.index(key)
        body[r][len(body[r]) - 7 + j] = C("")
        values[f"{key}|applicant={(APPLICANTS + ('total',))[j]}"] = None
    write_report(w, who=who, year=year, t2=t2, t3=body, t4=table4_rows(t4v),
                 t3_split=(lambda w: split(w, body, rows)) if split else None)
    w.save()
    out = expected(year, template, None, values, title=title, note=note, **exp)
    del out["region_code"]                          # invented counties: no region code
    write(name, buf.getvalue(), out)


def main() -> None:
    report("report_2021.ofd", who="澄湾县人民政府", year=2022, template="2021", seed=3101, ofd={},
           blanks=[("requests.granted", 1), ("requests.denied.state_secret", 4), ("requests.carried_forward", 0)],
           note="2021 template as an OFD file: one TextObject per string (TextCode DeltaX written out), one stroked "
                "PathObject per table rule; the page number and a header rule on a TemplatePage; DocInfo's title "
                "is printed in the document, its CreationDate is not the publish date (none is printed); three "
                "cells of table 三 left blank (null).")
    report("report_2019.ofd", who="栖梧县人民政府", year=2020, template="2019", seed=3102,
           ofd={"rules": "fill", "watermark": "栖梧县政务公开 2021-03-15 0000-4129837"},
           title_meta="栖梧县人民政府2018年政府信息公开工作年度报告",
           warnings_contain=["DocInfo title", "text set at a slant across the page (a watermark) was left out"],
           note="2019 template as an OFD file: table rules drawn as thin filled rectangles (Fill=true, Stroke=false); "
                "DocInfo keeps the 2018 report's title, which the document does not print: not used (a warning); a "
                "grey watermark with a date and a telephone number turned 35° by its CTM across every page, over "
                "the tables: left out (a warning).")
    report("table_break_2021.ofd", who="芦汀县人民政府", year=2023, template="2021", seed=3103, ofd={},
           split=header_repeat_split,
           note="Table 三 crosses a page: its header rows repeated on the second page and the label of "
                "5.要求行政机关确认或重新出具已获取信息 wrapped across the break: one table, as a PDF's.")
    report("positioned_2021.ofd", who="白鹭县人民政府", year=2022, template="2021", seed=3104, ofd={}, rules="none",
           blanks=[("requests.new", 2), ("requests.other.fee_unpaid", 6)],
           note="No PathObjects: the tables are text positioned in columns only (the PDF reader's borderless "
                "tables); two cells of table 三 left blank (null).")
    report("ctm_repeat_2021.ofd", who="松岗县人民政府", year=2023, template="2021", seed=3105,
           ofd={"repeat": True, "scale": 0.5},
           note="Every TextObject drawn at twice its Size under CTM \"0.5 0 0 0.5 0 0\", its DeltaX written with "
                "\"g N d\" runs (the even advances of Chinese text and of digits).")


if __name__ == "__main__":
    main()
