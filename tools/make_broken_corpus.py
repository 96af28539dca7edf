#!/usr/bin/env python3
"""Write a corpus of broken and hostile documents, with the outcome each must have.

    python tools/make_broken_corpus.py OUTDIR [--big-mb 50]

Every file is made here from seeded randomness, from invented text, or from the repository's own
invented fixtures (tests/fixtures); nothing is downloaded. OUTDIR/manifest.json lists, per file:

    "file":      the file name in OUTDIR
    "what":      what is broken about it
    "expect":    the outcome: an error type name (reportparse.errors.ERROR_TYPES), or "parse"
    "same_as":   for "parse": a file (in OUTDIR, or a path relative to the repository) whose
                 parse must give exactly the same values (value id → value)
    "values":    for "parse": values that must be among the Report's values
    "subset_of": for "parse": every value must also be a value of this file's parse (a damaged
                 copy may lose figures, never invent or change one)
    "warning":   for "parse": a substring one of the Report's warnings must contain
    "settings":  ParseSettings overrides to parse with
    "also":      other acceptable outcomes (error type names or "parse"), when the outcome depends on
                 how much of a damaged PDF the PDF engine recovers
    "seconds":   the time bound of this file when it is not the default (docs/errors.md)

tests/test_hostile.py runs every entry in a child process and bounds its time and peak memory
(docs/errors.md states the bounds). Needs reportlab and Pillow (the [test] extra) for the PDFs.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import zipfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = 20240229

TITLE = "青川县人民政府2020年政府信息公开工作年度报告"
# An invented report in sentences (the narrative patterns of src/reportparse/data/narrative.tsv).
REPORT_LINES = [
    TITLE,
    "发布日期：2021年1月28日",
    "本报告根据《中华人民共和国政府信息公开条例》编制。",
    "一、总体情况",
    "2020年，全县围绕政务公开重点工作，全年主动公开政府信息3187条。",
    "二、依申请公开政府信息情况",
    "全年共收到政府信息公开申请73件，其中网络申请41件、信函申请19件、当面申请13件。",
    "上述申请均已按期答复，其中同意公开38件，部分公开12件，不属于本机关政府信息23件。",
    "三、行政复议和行政诉讼情况",
    "全年未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
    "四、存在的主要问题及改进情况",
    "部分部门公开内容不够及时，下一步将加强培训和督促检查。",
]
REPORT_VALUES = {
    "disclosure.total": 3187,
    "requests.new|applicant=total": 73,
    # (its channels and 不属于本机关 are the legacy tables' keys: a 2020 report's prose names them, none is read)
    "requests.granted|applicant=total": 38,
    "requests.partially_granted|applicant=total": 12,
    "review.total": 0,
}


# ---------------------------------------------------------------- PDFs (reportlab)

def _canvas(buf, **kw):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    # invariant: the same bytes on every run (no creation date, no random document id)
    return canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0, **kw), A4


def report_pdf(encrypt=None, pages_after: int = 0) -> bytes:
    """The invented report as a born-digital PDF (one page of text, then `pages_after` filler pages)."""
    buf = io.BytesIO()
    c, (w, h) = _canvas(buf, encrypt=encrypt)
    c.setTitle(TITLE)
    y = h - 72
    for line in REPORT_LINES:
        c.setFont("STSong-Light", 15 if line == TITLE else 10.5)
        for k in range(0, len(line), 40):
            c.drawString(56, y, line[k:k + 40])
            y -= 22
    c.showPage()
    for i in range(pages_after):
        c.setFont("STSong-Light", 10.5)
        c.drawString(56, h - 72, f"附件{i + 1}：工作图片说明（本页无统计数据）。")
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    from reportlab.lib import pdfencrypt
    enc = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner-secret-2020", canPrint=1,
                                        canModify=0, canCopy=0, strength=128)
    return report_pdf(encrypt=enc)


def image_only_pdf() -> bytes:
    """A 'scan': each page one raster image of lines, no text operators at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(SEED)
    buf = io.BytesIO()
    c, (w, h) = _canvas(buf)
    for _ in range(2):
        img = Image.new("L", (620, 877), 255)
        draw = ImageDraw.Draw(img)
        y = 60
        while y < 820:
            x = 50
            while x < 570:
                word = rnd.randint(8, 40)
                draw.rectangle([x, y, min(x + word, 570), y + 9], fill=rnd.randint(0, 90))
                x += word + rnd.randint(4, 10)
            y += 22
        png = io.BytesIO()
        img.save(png, format="PNG")
        png.seek(0)
        c.drawImage(ImageReader(png), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def broken_xref(pdf: bytes) -> bytes:
    """Every xref offset and the startxref pointer overwritten: the reader must rebuild the table."""
    def garble(m):
        return re.sub(rb"\d{10} (\d{5}) ([nf])", lambda e: b"9999999999 " + e.group(1) + b" " + e.group(2), m.group())
    out = re.sub(rb"xref\s.*?trailer", garble, pdf, flags=re.S)
    return re.sub(rb"startxref\s+\d+", b"startxref\n123456789", out)


# ---------------------------------------------------------------- HTML

def _fixture(rel: str) -> bytes:
    return (FIXTURES / rel).read_bytes()


def nested_divs(page: bytes, depth: int) -> bytes:
    i = page.index(b"<body>") + len(b"<body>")
    j = page.rindex(b"</body>")
    return page[:i] + b"<div>" * depth + page[i:j] + b"</div>" * depth + page[j:]


ERROR_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>404 Not Found</title></head>
<body><div class="error"><h1>404 页面不存在</h1><p>您访问的页面不存在或已被删除，请检查网址是否正确。</p>
<p><a href="/">返回首页</a></p></div></body></html>
"""


# ---------------------------------------------------------------- the corpus

def plan(big_mb: int = 50) -> list[tuple[dict, Callable[[], bytes]]]:
    """(manifest entry, maker of the file's bytes) for every file; nothing is made until asked."""
    rnd = random.Random(SEED)
    items: list[tuple[dict, Callable[[], bytes]]] = []

    def put(name: str, make: Callable[[], bytes], expect: str, what: str, **extra) -> None:
        items.append((dict(file=name, what=what, expect=expect, **extra), make))

    def zipped() -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("report.txt", "\n".join(REPORT_LINES))
        return buf.getvalue()

    random_bytes = rnd.randbytes(256 * 1024)
    put("empty.pdf", lambda: b"", "EmptyDocumentError", "zero bytes")
    put("zeros.pdf", lambda: b"\x00" * 65536, "EmptyDocumentError",
        "64 KiB of NUL bytes (a download that never completed)")
    put("random.pdf", lambda: random_bytes, "UnsupportedFormatError", "256 KiB of random bytes named .pdf")
    put("error_page.pdf", lambda: ERROR_PAGE.encode("utf-8"), "NotAnnualReportError", "an HTTP 404 page saved as .pdf")
    put("zipped.html", zipped, "UnsupportedFormatError", "a ZIP archive named .html")

    # PDFs
    put("report.pdf", report_pdf, "parse", "the intact invented report (the reference of the damaged copies)",
        values=REPORT_VALUES)
    put("half.pdf", lambda: (lambda b: b[: len(b) // 2])(report_pdf()), "UnsupportedFormatError",
        "the report PDF cut in half", also=["parse", "EmptyDocumentError", "NoTextLayerError", "NotAnnualReportError"],
        subset_of="report.pdf")
    put("broken_xref.pdf", lambda: broken_xref(report_pdf()), "parse", "every xref offset and startxref overwritten",
        same_as="report.pdf")
    put("encrypted_user_password.pdf", lambda: encrypted_pdf("open-sesame"), "EncryptedPDFError",
        "encrypted, with a user password (needed to open it)")
    put("encrypted_owner_only.pdf", lambda: encrypted_pdf(""), "parse",
        "encrypted with an owner password only (opens without a password, copying 'forbidden')",
        same_as="report.pdf")
    put("image_only.pdf", image_only_pdf, "NoTextLayerError", "two pages that are only raster images (a scan)")
    put("many_pages.pdf", lambda: report_pdf(pages_after=11), "parse",
        "12 pages read with max_pages=3: the first three are read, with a warning",
        settings={"max_pages": 3}, same_as="report.pdf", warning="pages")

    # HTML
    placeholder = "national/t2021_placeholder.html"
    put("nested_divs.html", lambda: nested_divs(_fixture(placeholder), 10_000), "parse",
        "a report page wrapped in 10,000 nested <div>s", same_as="tests/fixtures/" + placeholder, warning="flattened")
    put("nested_tables.html", lambda: b"<html><body>" + b"<table><tr><td>" * 3000 + "本年新收申请5件".encode()
        + b"</td></tr></table>" * 3000 + b"</body></html>", "DocumentTooLargeError",
        "tables nested 3,000 deep (beyond what libxml2 follows)")

    def rowspan_million() -> bytes:
        page = _fixture("national/t2019_rowspan.html")
        assert b'rowspan="20"' in page
        return page.replace(b'rowspan="20"', b'rowspan="1000000"', 1)
    put("rowspan_million.html", rowspan_million, "parse",
        "a report table whose 20-row label cell says rowspan=1000000",
        same_as="tests/fixtures/national/t2019_rowspan.html", warning="clamped")
    put("rowspan_attack.html", lambda: b"<html><body><h1>" + TITLE.encode() + b"</h1><table>"
        + b'<tr><td rowspan="1000000" colspan="1000000">1</td><td>2</td></tr>' * 2000
        + b"</table></body></html>", "DocumentTooLargeError",
        "2,000 rows, each with a cell of rowspan=colspan=1000000 (10^12 grid positions as written)")
    def many_attributes() -> bytes:
        page = _fixture(placeholder)
        attrs = b" ".join(b'a%d="x"' % i for i in range(200_000))
        i = page.index(b"<body") + len(b"<body")
        return page[:i] + b" " + attrs + page[i:]
    put("many_attributes.html", many_attributes, "parse",
        "a report page whose <body> tag has 200,000 attributes (libxml2 checks them pairwise)",
        same_as="tests/fixtures/" + placeholder, warning="attributes")
    put("many_elements.html", lambda: b"<html><body>" + b"<b>x</b>" * 1_100_000 + b"</body></html>",
        "DocumentTooLargeError", "1.1 million elements (about 9 MB of markup)")

    def gbk_declared_utf8() -> bytes:
        page = _fixture("national/t2021_gbk.html")
        assert b"charset=gb2312" in page
        return page.replace(b"charset=gb2312", b"charset=utf-8")
    put("gbk_declared_utf8.html", gbk_declared_utf8, "parse", "a GB18030 page whose <meta> says charset=utf-8",
        same_as="tests/fixtures/national/t2021_gbk.html", warning="not UTF-8")
    put("utf8_declared_gbk.html", lambda: _fixture(placeholder).replace(b'charset="utf-8"', b'charset="gb2312"')
        .replace(b"charset=utf-8", b"charset=gb2312"), "parse", "a UTF-8 page whose <meta> says charset=gb2312",
        same_as="tests/fixtures/" + placeholder, warning="UTF-8")

    # Word (.docx): the generated fixture (tools/make_docx_fixtures.py), and containers built to hurt
    word = "docx/t2021_word.docx"

    def replaced_part(name: str, content: bytes) -> bytes:
        """The Word fixture with one part's content replaced (every other entry kept as it is)."""
        src = zipfile.ZipFile(io.BytesIO(_fixture(word)))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            for info in src.infolist():
                z.writestr(info, content if info.filename == name else src.read(info))
        return buf.getvalue()
    put("report.docx", lambda: _fixture(word), "parse", "the intact invented Word report (the reference)",
        same_as="tests/fixtures/" + word)
    put("zip_bomb.docx", lambda: replaced_part("word/document.xml", b" " * (80 * 1024 * 1024)),
        "DocumentTooLargeError", "a .docx whose document.xml inflates from ~80 KB to 80 MiB (over max_bytes)")
    laughs = b"".join(b'<!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;">' % ((i,) + (i - 1,) * 10)
                      for i in range(1, 10))
    put("billion_laughs.docx", lambda: replaced_part("word/document.xml", b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY '
                                                     b'l0 "ha">' + laughs + b']><d>&l9;</d>'),
        "UnsupportedFormatError", "a .docx whose document.xml declares an entity-expansion bomb (10^9 copies)")
    put("half.docx", lambda: (lambda b: b[: len(b) // 2])(_fixture(word)), "UnsupportedFormatError",
        "the Word report cut in half (a truncated download)")

    def workbook() -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", "<workbook/>")
        return buf.getvalue()
    put("workbook.docx", workbook, "UnsupportedFormatError", "an Excel workbook (.xlsx) named .docx")

    # text
    narrative = "legacy/narrative_only.txt"
    put("truncated_utf8.txt", lambda: _fixture(narrative).rstrip()[:-1], "parse",
        "a UTF-8 report cut inside its last character", subset_of="tests/fixtures/" + narrative, warning="incomplete")
    damage_at = random.Random(SEED + 1).sample(range(900, 1800), 6)

    def damaged() -> bytes:
        data = bytearray(_fixture(narrative))
        for pos in damage_at:
            if pos < len(data):
                data[pos] = 0xFF
        return bytes(data)
    put("damaged_bytes.txt", damaged, "parse", "a UTF-8 report with 6 bytes overwritten by 0xFF",
        subset_of="tests/fixtures/" + narrative, warning="undecodable")
    put("utf16_no_bom.txt", lambda: _fixture(narrative).decode("utf-8").encode("utf-16-le"), "parse",
        "UTF-16-LE without a byte-order mark", same_as="tests/fixtures/" + narrative)
    size = big_mb * 1024 * 1024

    def big() -> bytes:
        block = _fixture("national/t2021_pipe_rows.txt")
        block = block if block.endswith(b"\n") else block + b"\n"
        return (block * (size // len(block) + 1))[:size]
    put("big_repeated.txt", big, "parse",
        f"{big_mb} MiB of a report's lines repeated (cut at max_text_chars, with a warning)",
        subset_of="tests/fixtures/national/t2021_pipe_rows.txt", warning="cut at", seconds=60)
    return items


def build(out: Path, big_mb: int = 50) -> list[dict]:
    """Write every file and OUTDIR/manifest.json; returns the manifest entries."""
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for entry, make in plan(big_mb):
        (out / entry["file"]).write_bytes(make())
        entries.append(entry)
    (out / "manifest.json").write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    return entries


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--big-mb", type=int, default=50, help="size of big_repeated.txt in MiB (default 50)")
    args = ap.parse_args(argv)
    entries = build(args.outdir, args.big_mb)
    for e in entries:
        print(f"{e['file']:32} {e['expect']:24} {e['what']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
