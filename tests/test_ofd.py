"""OFD (GB/T 33190) files: the invented fixtures of tests/fixtures/ofd (tools/make_ofd_fixtures.py)
read value for value through the PDF reader's page layout, and hostile packages refused with typed
errors (never a crash, never a hang)."""
from __future__ import annotations

import io
import json
import random
import time
import zipfile

import pytest

import reportparse
from conftest import FIXTURES
from reportparse.api import load_document
from reportparse.errors import (DocumentTooLargeError, EmptyDocumentError, NoTextLayerError, ReportParseError,
                                UnsupportedFormatError)
from reportparse.layout.ofd_page import deltas

OFD = FIXTURES / "ofd"
NAMES = sorted(p.stem for p in OFD.glob("*.ofd"))
NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


@pytest.mark.parametrize("name", NAMES)
def test_every_value_title_and_year_of_each_fixture(name):
    exp = json.loads((OFD / f"{name}.expected.json").read_text(encoding="utf-8"))
    report = reportparse.parse(OFD / f"{name}.ofd")
    assert report.source.format == "ofd"
    assert report.title == exp["title"] and report.year == exp["year"] and report.template == exp["template"]
    assert report.values() == exp["values"]
    assert report.published is None            # DocInfo's CreationDate is never the publish date
    for text in exp.get("warnings_contain", []):
        assert any(text in w for w in report.warnings), (text, report.warnings)


def test_blank_cells_are_null_in_ruled_and_positioned_tables():
    for name, blanks in (("report_2021", ["requests.granted|applicant=commercial",
                                          "requests.denied.state_secret|applicant=legal_service",
                                          "requests.carried_forward|applicant=natural_person"]),
                         ("positioned_2021", ["requests.new|applicant=research",
                                              "requests.other.fee_unpaid|applicant=total"])):
        got = reportparse.parse(OFD / f"{name}.ofd").values()
        for key in blanks:
            assert key in got and got[key] is None, (name, key)


def test_provenance_is_page_table_row_and_column_like_a_pdf():
    report = reportparse.parse(OFD / "table_break_2021.ofd")
    by = {i.value_id: i for i in report.indicators}
    first = by["requests.new|applicant=natural_person"].source
    assert (first.page, first.table) == (2, 1) and first.row is not None and first.col == 3 and first.bbox
    # table 三 runs on to page 3 (its header repeated there): one table, its rows numbered on
    last = by["requests.carried_forward|applicant=total"].source
    assert (last.page, last.table) == (3, 1) and last.row > first.row and last.col == 9


def test_rules_are_read_from_path_objects_not_from_alignment():
    for name in ("report_2021", "report_2019", "ctm_repeat_2021"):
        doc = load_document(OFD / f"{name}.ofd")
        assert doc.cells and not any(c.aligned for c in doc.cells), name
    doc = load_document(OFD / "positioned_2021.ofd")
    assert doc.cells and all(c.aligned for c in doc.cells)      # no rules: columns from alignment only


def test_a_title_property_naming_a_year_the_document_does_not_print_is_not_used():
    doc = load_document(OFD / "report_2019.ofd")
    assert doc.title_hint is None and any("DocInfo title" in w for w in doc.warnings)
    assert load_document(OFD / "report_2021.ofd").title_hint == "澄湾县人民政府2022年政府信息公开工作年度报告"


@pytest.mark.parametrize("text,need,want", [
    ("g 3 4.2 2.1", 4, [4.2, 4.2, 4.2, 2.1]),
    ("1 g 2 3 5", 10, [1.0, 3.0, 3.0, 5.0]),
    ("g 999999999999 1", 3, [1.0, 1.0, 1.0]),          # a repeat is expanded only as far as the text needs
    ("g x 2 3 nan inf", 5, []),
    ("", 2, []),
])
def test_delta_x_repeats(text, need, want):
    assert deltas(text, need) == want


# ---------------------------------------------------------------- hostile packages

def _text_object(text: str, x: float = 20, y: float = 30, extra: str = "") -> str:
    advances = " ".join("4" if ord(ch) > 0x2E80 else "2" for ch in text[:-1])     # 4 mm type: CJK 4, digits 2
    return (f'<ofd:TextObject ID="9" Boundary="{x} {y} 150 6" Font="1" Size="4"{extra}>'
            f'<ofd:TextCode X="0" Y="4" DeltaX="{advances}">{text}</ofd:TextCode></ofd:TextObject>')


def _page(body: str, template: str = "") -> str:
    return (f'<ofd:Page {NS}>{template}<ofd:Content><ofd:Layer ID="2">{body}</ofd:Layer></ofd:Content></ofd:Page>')


def _ofd(pages=("某县人民政府2021年政府信息公开工作年度报告",), parts=None, doc_root="Doc_0/Document.xml",
         document=None, templates="") -> bytes:
    files = {"OFD.xml": f'<ofd:OFD {NS}><ofd:DocBody><ofd:DocInfo><ofd:Title>t</ofd:Title></ofd:DocInfo>'
                        f'<ofd:DocRoot>{doc_root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>'}
    files["Doc_0/Document.xml"] = document if document is not None else (
        f'<ofd:Document {NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
        f'</ofd:PageArea>{templates}</ofd:CommonData><ofd:Pages>'
        + "".join(f'<ofd:Page ID="{k}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k in range(len(pages)))
        + "</ofd:Pages></ofd:Document>")
    for k, text in enumerate(pages):
        files[f"Doc_0/Pages/Page_{k}/Content.xml"] = _page(_text_object(text))
    files.update(parts or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            if text is not None:
                z.writestr(name, text.encode("utf-8") if isinstance(text, str) else text)
    return buf.getvalue()


@pytest.mark.parametrize("doc_root", ["Doc_0/Document.xml", "/Doc_0/Document.xml", "Doc_0\\Document.xml"])
def test_a_minimal_ofd_is_read(doc_root):
    doc = load_document(_ofd(doc_root=doc_root))      # a location from the root, or with backslashes
    assert doc.format == "ofd" and "某县人民政府2021年政府信息公开工作年度报告" in doc.text


@pytest.mark.parametrize("kwargs,error,match", [
    ({"parts": {"Doc_0/Document.xml": None}}, UnsupportedFormatError, "names no DocRoot"),
    ({"doc_root": ""}, UnsupportedFormatError, "names no DocRoot"),
    ({"doc_root": "../../etc/passwd"}, UnsupportedFormatError, "names no DocRoot"),
    ({"doc_root": "OFD.xml"}, UnsupportedFormatError, "not an ofd:Document"),
    ({"document": f'<ofd:Document {NS}><ofd:Pages/></ofd:Document>'}, EmptyDocumentError, "lists no pages"),
    ({"parts": {"OFD.xml": "<notofd/>"}}, UnsupportedFormatError, "not an OFD entry file"),
    ({"parts": {"OFD.xml": "<ofd:OFD"}}, UnsupportedFormatError, "not well-formed"),
    ({"parts": {"Doc_0/Pages/Page_0/Content.xml": None}}, EmptyDocumentError, "no text"),
])
def test_a_broken_ofd_is_a_typed_error(kwargs, error, match):
    with pytest.raises(error, match=match):
        load_document(_ofd(**kwargs))


def test_a_missing_or_cyclic_page_is_a_warning_and_the_rest_is_read():
    # page 2's location is absent, page 3 names the Document.xml as its content, a template names
    # the page itself and another names a template that names it back
    doc_xml = (f'<ofd:Document {NS}><ofd:CommonData><ofd:TemplatePage ID="7" BaseLoc="Pages/Page_0/Content.xml"/>'
               f'<ofd:TemplatePage ID="8" BaseLoc="Tpl.xml"/></ofd:CommonData><ofd:Pages>'
               f'<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/><ofd:Page ID="2" BaseLoc="Nowhere.xml"/>'
               f'<ofd:Page ID="3" BaseLoc="Document.xml"/></ofd:Pages></ofd:Document>')
    template = '<ofd:Template TemplateID="7"/><ofd:Template TemplateID="8"/>'
    parts = {"Doc_0/Pages/Page_0/Content.xml": _page(_text_object("某县2021年报告"), template),
             "Doc_0/Tpl.xml": _page(_text_object("页眉", y=5), '<ofd:Template TemplateID="8"/>')}
    doc = load_document(_ofd(document=doc_xml, parts=parts))
    assert doc.text.count("某县2021年报告") == 1 and doc.text.count("页眉") == 1
    assert any("pages 2, 3" in w for w in doc.warnings)


def test_glyphs_without_characters_are_said_not_guessed():
    cg = ('<ofd:TextObject ID="9" Boundary="20 60 50 6" Font="1" Size="4"><ofd:CGTransform CodePosition="0" '
          'CodeCount="2" GlyphCount="2"><ofd:Glyphs>17 23</ofd:Glyphs></ofd:CGTransform>'
          '<ofd:TextCode X="0" Y="4" DeltaX="4"></ofd:TextCode></ofd:TextObject>')
    with pytest.raises(NoTextLayerError):
        load_document(_ofd(parts={"Doc_0/Pages/Page_0/Content.xml": _page(cg)}))
    doc = load_document(_ofd(parts={"Doc_0/Pages/Page_0/Content.xml": _page(_text_object("某县2021年报告") + cg)}))
    assert "某县2021年报告" in doc.text and any("no Unicode in TextCode" in w for w in doc.warnings)


def test_a_page_of_images_only_is_said_not_read():
    image = '<ofd:ImageObject ID="5" Boundary="0 0 210 297" ResourceID="6"/>'
    with pytest.raises(NoTextLayerError, match="OCR"):
        load_document(_ofd(parts={"Doc_0/Pages/Page_0/Content.xml": _page(image)}))
    doc = load_document(_ofd(pages=("某县2021年报告", "x"), parts={"Doc_0/Pages/Page_1/Content.xml": _page(image)}))
    assert "某县2021年报告" in doc.text
    assert any("page 2 of the OFD document holds only images, no text" in w for w in doc.warnings)


def test_text_turned_off_the_axes_is_a_watermark_left_out_and_said():
    turned = _text_object("内部资料2023-01-05", y=80, extra=' CTM="0.819 -0.574 0.574 0.819 0 0"')
    upright = _text_object("竖排9", y=120, extra=' CTM="0 1 -1 0 0 0"')      # a quarter turn: on the axes
    doc = load_document(_ofd(parts={"Doc_0/Pages/Page_0/Content.xml": _page(_text_object("某县2021年报告")
                                                                                + turned + upright)}))
    assert "内部资料" not in doc.text and "2023" not in doc.text and "竖" in doc.text
    assert any("page 1: text set at a slant across the page (a watermark) was left out" in w for w in doc.warnings)


def test_hostile_numbers_and_paths_do_not_crash_or_hang():
    body = (_text_object("某县2021年报告", extra=' CTM="nan 0 0 1e308 inf 0"')
            + _text_object("数字", x=1e308, y=-1e308)
            + '<ofd:TextObject ID="3" Boundary="1 1 1 1" Font="1" Size="4"><ofd:TextCode X="0" Y="4" '
              'DeltaX="g 99999999999999 1e308">' + "字" * 2000 + '</ofd:TextCode></ofd:TextObject>'
            + '<ofd:PathObject ID="4" Boundary="0 0 10 10"><ofd:AbbreviatedData>L 1 1 M x y Q 1 2 A 1 '
              + "L 1 2 " * 10_000 + '</ofd:AbbreviatedData></ofd:PathObject>'
            + "<ofd:PageBlock>" * 200 + _text_object("深处") + "</ofd:PageBlock>" * 200)
    start = time.perf_counter()
    try:
        load_document(_ofd(parts={"Doc_0/Pages/Page_0/Content.xml": _page(body)}))
    except ReportParseError:
        pass
    assert time.perf_counter() - start < 20


def test_a_zip_bomb_page_is_refused_within_the_byte_limit():
    huge = _page(_text_object("某县2021年报告") + " " * 3_000_000)
    with pytest.raises(DocumentTooLargeError):
        reportparse.parse(_ofd(parts={"Doc_0/Pages/Page_0/Content.xml": huge}), max_bytes=1_000_000)


def test_the_same_page_listed_many_times_is_bounded_by_max_pages():
    doc_xml = (f'<ofd:Document {NS}><ofd:Pages>' + '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>' * 5000
               + "</ofd:Pages></ofd:Document>")
    start = time.perf_counter()
    doc = load_document(_ofd(document=doc_xml))
    assert doc.pages == 5000 and any("first 500 of 5000 pages" in w for w in doc.warnings)
    assert time.perf_counter() - start < 60


def test_flipped_bytes_in_an_ofd_file_give_a_typed_error_or_a_parse():
    data = (OFD / "report_2021.ofd").read_bytes()
    rnd = random.Random(33190)
    start = time.perf_counter()
    for _ in range(300):
        b = bytearray(data)
        for _ in range(rnd.choice([1, 2, 5])):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        try:
            load_document(bytes(b))
        except ReportParseError:
            pass
    assert time.perf_counter() - start < 240


def test_a_word_file_carrying_a_part_named_ofd_xml_stays_a_word_file():
    data = (FIXTURES / "docx" / "t2021_word.docx").read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info, src.read(info))
        z.writestr("OFD.xml", f"<ofd:OFD {NS}/>")
    assert load_document(buf.getvalue()).format == "docx"


def test_a_zip_that_is_neither_word_nor_ofd_is_still_named():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormatError, match="Excel workbook"):
        reportparse.parse(buf.getvalue())
