"""Run in a child process by tests/test_pdf_fonts.py: parse PDFs with every system font hidden from PDFium.

PDFium finds the fonts a PDF names but does not embed through its "system font info" interface.
Here it is replaced, before any document is opened, by one that knows no font at all (EnumFonts
lists none, MapFont finds none): PDFium is then left with its 14 built-in standard fonts, as on
a server with no fonts — whatever this machine has installed (CJK fonts included).

    python tests/hidden_fonts.py FILE.pdf ...     → JSON on stdout

For each file: the values parse() reads, the document text, and the characters PDFium's own text
page yields on each page (the proof that the fonts are really hidden: with STSong-Light hidden,
PDFium drops characters); then how often PDFium asked the empty font info for a font.
"""
import ctypes
import json
import os
import sys

import pypdfium2 as pdfium
import pypdfium2.raw as raw

calls = {"MapFont": 0, "EnumFonts": 0}


def _hide_system_fonts():
    fields = dict(raw.FPDF_SYSFONTINFO._fields_)

    def enum_fonts(this, mapper):
        calls["EnumFonts"] += 1

    def map_font(this, weight, italic, charset, pitch, face, exact):
        calls["MapFont"] += 1
        return None

    callbacks = {            # Release stays NULL: PDFium calls it at exit, after Python has gone
        "EnumFonts": enum_fonts,
        "MapFont": map_font,
        "GetFont": lambda this, face: None,
        "GetFontData": lambda this, font, table, buf, size: 0,
        "GetFaceName": lambda this, font, buf, size: 0,
        "GetFontCharset": lambda this, font: 0,
        "DeleteFont": lambda this, font: None,
    }
    info = raw.FPDF_SYSFONTINFO()
    info.version = 1
    keep = []
    for name, fn in callbacks.items():
        c_fn = fields[name](fn)
        keep.append(c_fn)
        setattr(info, name, c_fn)
    raw.FPDF_SetSystemFontInfo(ctypes.byref(info))
    return info, keep


def pdfium_chars(path: str) -> list[int]:
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError:
        return []
    try:
        out = []
        for page in pdf:
            text = page.get_textpage()
            out.append(sum(1 for ch in text.get_text_range() if not ch.isspace()))
            text.close()
            page.close()
        return out
    finally:
        pdf.close()


def main(paths: list[str]) -> None:
    keep = _hide_system_fonts()       # PDFium holds pointers into it: alive until main returns
    import reportparse
    from reportparse.layout.pdf import load_pdf
    from reportparse.settings import DEFAULT_SETTINGS
    result = {}
    for path in paths:
        entry = {"pdfium_chars": pdfium_chars(path)}
        try:
            report = reportparse.parse(path)
            entry["values"] = {i.value_id: i.value for i in report.indicators if not i.derived}
        except reportparse.errors.ReportParseError as e:
            entry["error"] = type(e).__name__
        try:
            entry["text"] = load_pdf(open(path, "rb").read(), DEFAULT_SETTINGS).text
        except reportparse.errors.ReportParseError:
            entry["text"] = None
        result[path] = entry
    result["_calls"] = calls
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.flush()
    del keep          # only now: PDFium read through it until here


if __name__ == "__main__":
    main(sys.argv[1:])
    os._exit(0)       # skip PDFium's teardown of the callbacks (the Python objects are already going)
