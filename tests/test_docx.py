"""Word (.docx) documents: what Word shows is what is read (layout/docx.py), into the same Document the
HTML loader builds, so the extractors read it unchanged. Every file is built here (tests/docx_gen.py)
or by tools/make_docx_fixtures.py (tests/fixtures/docx/): invented text and numbers."""
from __future__ import annotations

import io
import json
import time
import zipfile

import pytest

import reportparse
from reportparse.api import load_document
from reportparse.errors import DocumentTooLargeError, EmptyDocumentError, UnsupportedFormatError
from reportparse.layout.docx_numbering import FORMATS
from conftest import FIXTURES
from docx_gen import (NS, W, alt_chunk, deleted, field, inserted, numbering, package, para, run, runs, simple_field, styles,
                      table, textbox)


def _doc(blocks, **kw):
    return load_document(package(blocks, **kw))


def _lines(doc) -> list[str]:
    return [ln for ln in doc.text.splitlines() if ln.strip()]


# ---------------------------------------------------------------- paragraphs and runs

def test_runs_tabs_breaks_and_soft_hyphens_read_as_word_shows_them():
    doc = _doc([para(runs("本年新收申请数量", 1), run(inner="<w:tab/>"), runs("1573", 1)),
                para("第一行", run(inner="<w:br/>"), "第二行"),
                para("政务\u00ad公开", run(inner="<w:softHyphen/>"), "平台")])
    assert _lines(doc) == ["本年新收申请数量\t1573", "第一行", "第二行", "政务公开平台"]
    assert doc.format == "docx"


def test_tracked_changes_hidden_text_and_fields_read_as_accepted_and_shown():
    doc = _doc([para("新收申请", deleted("812"), inserted("64"), "件", run("（草稿：905件）", hidden=True)),
                para("印发日期：", field('CREATEDATE \\@ "yyyy年M月d日" 2031', "2022年2月7日"),
                     "，第", simple_field("PAGE \\* MERGEFORMAT 77", "3"), "页")])
    assert _lines(doc) == ["新收申请64件", "印发日期:2022年2月7日,第3页"]
    for gone in ("812", "905", "2031", "77", "CREATEDATE", "PAGE"):
        assert gone not in doc.text


def test_a_text_box_is_read_once_after_its_paragraph():
    doc = _doc([para("正文在前", textbox(para("框内一行"), para("框内二行"))), para("正文在后")])
    assert _lines(doc) == ["正文在前", "框内一行", "框内二行", "正文在后"]


def test_a_deleted_or_hidden_empty_paragraph_takes_no_list_number():
    num = numbering({1: [("chineseCounting", "%1、")]})
    doc = _doc([para("甲", num=(1, 0)), para(deleted("删去的标题"), num=(1, 0), mark='<w:del w:id="9" w:author="x"/>'),
                para(run("藏起的标题", hidden=True), num=(1, 0), mark="<w:vanish/>"), para("乙", num=(1, 0))],
               numbering_xml=num)
    assert _lines(doc) == ["一、甲", "二、乙"]


# ---------------------------------------------------------------- tables

def test_merged_cells_give_the_grid_the_html_loader_builds_for_rowspan_and_colspan():
    docx = _doc([table([[{"text": "类别", "span": 2, "vmerge": "restart"}, {"text": "本年", "span": 2}, "备注"],
                        [{"span": 2, "vmerge": "continue"}, "新增", "办结", {"text": "x|y", "vmerge": "restart"}],
                        [{"text": "申请", "vmerge": "restart"}, "当面", "31", "29", {"vmerge": "continue"}],
                        [{"vmerge": "continue"}, "网上", "47", "", {"vmerge": "continue"}]])])
    html = load_document(
        "<html><body><table>"
        "<tr><td colspan=2 rowspan=2>类别</td><td colspan=2>本年</td><td>备注</td></tr>"
        "<tr><td>新增</td><td>办结</td><td rowspan=3>x|y</td></tr>"
        "<tr><td rowspan=2>申请</td><td>当面</td><td>31</td><td>29</td></tr>"
        "<tr><td>网上</td><td>47</td><td></td></tr></table></body></html>".encode())
    assert docx.text.strip() == html.text.strip()
    shape = [(c.table, c.row, c.col, c.span) for c in docx.cells]
    assert shape == [(c.table, c.row, c.col, c.span) for c in html.cells]
    assert shape[:4] == [(0, 0, 0, 2), (0, 0, 2, 2), (0, 0, 4, 1), (0, 1, 2, 1)]
    assert [docx.text[c.start:c.end] for c in docx.cells][-3:] == ["网上", "47", ""]


def test_a_table_holding_tables_is_read_as_text_and_its_inner_tables_as_tables():
    inner = table([["指标", "本年"], ["行政复议数", "13"]])
    outer = table([[f"{para('附表标题')}{inner}{para('表后说明')}"]])
    doc = _doc([para("前言"), outer, para("结语")])
    assert _lines(doc) == ["前言", "附表标题", "| 指标 | 本年 |", "| 行政复议数 | 13 |", "表后说明", "结语"]
    assert {(c.table, c.row, c.col) for c in doc.cells} == {(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1)}


def test_table_cells_are_bounded_and_spans_clamped():
    rows = [[str(i), str(i + 1)] for i in range(0, 60, 2)]
    with pytest.raises(DocumentTooLargeError, match="max_table_cells"):
        load_document(package([table(rows)]), reportparse.ParseSettings(max_table_cells=50))
    wide = table([[{"text": "宽", "span": 5000}, "8"]])
    doc = load_document(package([wide]), reportparse.ParseSettings(max_span=100))
    assert [c.span for c in doc.cells] == [100, 1] and any("clamped" in w for w in doc.warnings)


def _mht(html: bytes) -> bytes:
    """An MHTML archive (a web "export to Word" tool's chunk) holding `html`, quoted-printable."""
    import quopri
    return (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
            b'------=_NextPart_01\r\nContent-Location: file:///C:/export.htm\r\n'
            b'Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n'
            + quopri.encodestring(html) + b"\r\n------=_NextPart_01--\r\n")


@pytest.mark.parametrize("name,wrap", [("afchunk.htm", lambda b: b), ("afchunk.mht", _mht)])
def test_an_embedded_html_chunk_is_read_where_it_stands(name, wrap):
    """Web "export to Word" tools write the page as a w:altChunk Word imports on opening: read as the page."""
    page = FIXTURES / "damage" / "html_blank_cells_2021.html"
    data = package([para("导出说明：本文件由网站导出"), alt_chunk("chunk1"), para("（导出结束）")],
                   chunks={"chunk1": (name, wrap(page.read_bytes()))})
    doc = load_document(data)
    html = load_document(page)
    assert doc.text.startswith("导出说明:本文件由网站导出\n") and doc.text.rstrip().endswith("(导出结束)")
    at = doc.text.index(html.text)
    assert [(c.start - at, c.end - at, c.table, c.row, c.col, c.span) for c in doc.cells] == \
        [(c.start, c.end, c.table, c.row, c.col, c.span) for c in html.cells]
    assert reportparse.parse(data).values() == reportparse.parse(page).values()


def test_a_chunk_that_is_not_html_is_said_not_read():
    doc = load_document(package([para("正文"), alt_chunk("c")], chunks={"c": ("afchunk.rtf", b"{\\rtf1 x}")}))
    assert _lines(doc) == ["正文"] and any("altChunk" in w for w in doc.warnings)


# ---------------------------------------------------------------- list numbers

def test_list_numbers_are_rendered_in_their_formats_and_levels():
    num = numbering({1: [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")],
                     2: [("ideographTraditional", "%1、")], 3: [("decimal", "%1.%2"), ("decimal", "%1.%2")],
                     4: [("decimalEnclosedCircle", "%1")]},
                    nums={1: 1, 2: 2, 3: 3, 4: 4, 5: 1}, starts={5: {0: 6}})
    doc = _doc([para("总体", num=(1, 0)), para("主动", num=(1, 1)), para("条目", num=(1, 2)), para("条目", num=(1, 2)),
                para("依申请", num=(1, 1)), para("复议", num=(1, 0)), para("子项", num=(1, 1)),
                para("天干", num=(2, 0)), para("天干", num=(2, 0)), para("节", num=(3, 1)), para("圈", num=(4, 0)),
                para("重新起算", num=(5, 0))], numbering_xml=num)
    assert _lines(doc) == ["一、总体", "(一)主动", "1.条目", "2.条目", "(二)依申请", "二、复议", "(一)子项",
                           "甲、天干", "乙、天干", "1.1节", "1圈", "六、重新起算"]


def test_a_list_number_carried_by_the_paragraph_style_is_rendered():
    num = numbering({1: [("chineseCounting", "%1、")]})
    doc = _doc([para("总体情况", style="Heading1"), para("正文"), para("主动公开", style="Heading1"),
                para("不编号", style="Heading1", num=(0, 0))], numbering_xml=num, styles_xml=styles({"Heading1": (1, 0)}))
    assert _lines(doc) == ["一、总体情况", "正文", "二、主动公开", "不编号"]


@pytest.mark.parametrize("fmt,numbers", [
    ("chineseCounting", ["一", "十", "十一", "二十", "二十一", "一百〇五"]),
    ("chineseLegalSimplified", ["壹", "拾", "拾壹", "贰拾", "贰拾壹", "壹佰零伍"]),
    ("ideographTraditional", ["甲", "癸", "甲", "癸", "甲", "戊"]),
    ("decimalZero", ["01", "10", "11", "20", "21", "105"]),
    ("upperRoman", ["I", "X", "XI", "XX", "XXI", "CV"]),
    ("lowerLetter", ["a", "j", "k", "t", "u", "aaaaa"]),
])
def test_number_formats(fmt, numbers):
    assert [FORMATS[fmt](n) for n in (1, 10, 11, 20, 21, 105)] == numbers


def test_table_labels_keep_their_list_numbers_so_numbered_rows_are_read_by_label():
    """(七)总计 and 3.其他 count only with their number (data/rows.tsv numbered:): Word keeps the number in
    numbering.xml, and the rendered number lets the row be read by its label, not placed by order."""
    report = reportparse.parse(FIXTURES / "docx" / "t2021_word.docx")
    for key in ("requests.answered", "requests.other.misc"):
        ind = next(i for i in report.indicators if i.key == key and i.applicant == "total")
        assert "label lost" not in (ind.source.note or ""), ind.source.note
    assert "| 三、本年度办理结果 | (一)予以公开 |" in load_document(FIXTURES / "docx" / "t2021_word.docx").text


# ---------------------------------------------------------------- metadata

def test_core_dates_are_never_the_publish_date_and_a_stale_title_is_not_used():
    body = [para("某县人民政府2023年政府信息公开工作年度报告"), para("本年共受理申请12件。")]
    r = reportparse.parse(package(body, title="某县人民政府2019年政府信息公开工作年度报告",
                                  created="2024-01-09T08:00:00Z", modified="2024-01-15T08:00:00Z"),
                          require_report=False)
    assert r.published is None and r.year == 2023
    assert r.title == "某县人民政府2023年政府信息公开工作年度报告"
    assert any("title property" in w for w in r.warnings)
    doc = _doc([para("第一段 2023年"), para("正文")], title="Microsoft Word - 某县2023年年报.docx")
    assert doc.title_hint == "某县2023年年报" and doc.date_hint is None


def test_the_fixtures_read_their_printed_dates():
    for name in ("t2021_word", "t2019_word", "legacy_word"):
        exp = json.loads((FIXTURES / "docx" / f"{name}.expected.json").read_text(encoding="utf-8"))
        assert reportparse.parse(FIXTURES / "docx" / f"{name}.docx").published == exp["published"]


# ---------------------------------------------------------------- hostile and foreign containers

def _zip(parts: dict, method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_a_zip_bomb_stops_at_max_bytes():
    bomb = package([], document_xml=f'<w:document {NS}><w:body>' + " " * 3_000_000 + "</w:body></w:document>")
    assert len(bomb) < 20_000
    t = time.perf_counter()
    with pytest.raises(DocumentTooLargeError, match="zip bomb"):
        reportparse.parse(bomb, max_bytes=1_000_000)
    assert time.perf_counter() - t < 5


def test_a_lying_size_in_the_zip_header_does_not_lift_the_bound():
    data = bytearray(package([], document_xml=f'<w:document {NS}><w:body>' + " " * 3_000_000
                             + "</w:body></w:document>"))
    # overwrite every record's uncompressed size of word/document.xml with 100 bytes
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(sig)
        while at >= 0:
            name_len = int.from_bytes(data[at + (26 if sig == b"PK\x03\x04" else 28):][:2], "little")
            name_at = at + (30 if sig == b"PK\x03\x04" else 46)
            if bytes(data[name_at:name_at + name_len]) == b"word/document.xml":
                data[at + offset:at + offset + 4] = (100).to_bytes(4, "little")
            at = data.find(sig, at + 4)
    with pytest.raises((DocumentTooLargeError, UnsupportedFormatError)):
        reportparse.parse(bytes(data), max_bytes=1_000_000)


def test_a_zip_of_too_many_entries_is_refused_before_it_is_listed():
    data = _zip({f"f{i}.txt": b"" for i in range(10_001)}, zipfile.ZIP_STORED)
    with pytest.raises(DocumentTooLargeError, match="entries"):
        reportparse.parse(data)


@pytest.mark.parametrize("parts,what", [
    ({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}, "Excel workbook"),
    ({"ppt/presentation.xml": "<p/>"}, "PowerPoint"),
    # an OFD package is read (tests/test_ofd.py): one without its Document.xml is named as a damaged OFD
    ({"OFD.xml": '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>'}, "OFD document"),
    ({"report.txt": "某县2019年政府信息公开工作年度报告", "b.txt": "x"}, "ZIP archive of 2 files (b.txt, report.txt)"),
    ({}, "empty ZIP archive"),
])
def test_a_zip_that_is_not_a_word_document_says_what_it_is(parts, what):
    with pytest.raises(UnsupportedFormatError, match=what.replace("(", r"\(").replace(")", r"\)")):
        reportparse.parse(_zip(parts))


def test_flipped_bytes_in_a_word_file_give_a_typed_error_or_a_parse():
    """Damaged deflate streams (zlib.error), CRCs, headers and XML: never anything but a ReportParseError."""
    import random
    data = (FIXTURES / "docx" / "t2021_word.docx").read_bytes()
    rnd = random.Random(7)
    for _ in range(120):
        b = bytearray(data)
        for _ in range(rnd.choice([1, 2, 5])):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        try:
            load_document(bytes(b))
        except reportparse.ReportParseError:
            pass


def test_a_damaged_zip_is_an_unsupported_format_not_a_crash():
    data = package([para("某县2021年政府信息公开工作年度报告")])
    for broken in (data[: len(data) // 2], data[:200] + bytes(len(data) - 200)):
        with pytest.raises(UnsupportedFormatError, match="damaged"):
            reportparse.parse(broken)
    bad_xml = package([], document_xml=f"<w:document {NS}><w:body><w:p>")
    with pytest.raises(UnsupportedFormatError, match="not well-formed"):
        reportparse.parse(bad_xml)


def test_xml_entities_are_never_expanded_or_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-7731", encoding="utf-8")
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY name "哈哈"><!ENTITY xxe SYSTEM "file://{secret}">]>'
           f"<w:document {NS}><w:body><w:p><w:r><w:t>开头&name;中间&xxe;结尾</w:t></w:r></w:p></w:body></w:document>")
    doc = load_document(package([], document_xml=xml))
    assert "SECRET" not in doc.text and "哈哈" not in doc.text
    assert _lines(doc) == ["开头中间结尾"] and any("DTD" in w for w in doc.warnings)


def test_an_entity_expansion_bomb_is_refused_quickly():
    laughs = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 12))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "哈哈">{laughs}]><w:document {NS}><w:body>'
           "<w:p><w:r><w:t>开头&l11;结尾</w:t></w:r></w:p></w:body></w:document>")
    t = time.perf_counter()
    try:
        doc = load_document(package([], document_xml=xml))
        assert "哈哈" not in doc.text
    except UnsupportedFormatError as e:       # libxml2 refuses the declarations' amplification itself
        assert "entit" in e.message
    assert time.perf_counter() - t < 5


def test_xml_nested_past_libxml2s_depth_is_refused():
    deep = "<w:sdt><w:sdtContent>" * 200 + para("深") + "</w:sdtContent></w:sdt>" * 200
    with pytest.raises(DocumentTooLargeError, match="deeper"):
        load_document(package([deep]))


def test_a_document_with_no_visible_text_is_empty():
    with pytest.raises(EmptyDocumentError):
        load_document(package([para(run("只在修订里", hidden=True)), para(deleted("删"))]))


def test_word_97_and_encrypted_office_files_say_to_save_as_docx():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    with pytest.raises(UnsupportedFormatError, match=r"save it as \.docx"):
        reportparse.parse(ole + "WordDocument".encode("utf-16-le") + bytes(100))
    with pytest.raises(UnsupportedFormatError, match="password-protected"):
        reportparse.parse(ole + "EncryptedPackage".encode("utf-16-le") + bytes(100))
    with pytest.raises(UnsupportedFormatError, match=r"\.docx"):
        reportparse.parse(ole)


def test_the_strict_ooxml_namespace_reads_too():
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    xml = (f'<w:document xmlns:w="{strict}"><w:body>{para("严格格式的段落")}</w:body></w:document>')
    assert _lines(load_document(package([], document_xml=xml))) == ["严格格式的段落"]
    assert W != strict
