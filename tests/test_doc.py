"""Word 97-2003 (.doc) and WPS (.wps) documents: the binary read per [MS-DOC] (layout/doc.py,
doc_props.py, doc_ole.py) into the same Document the .docx loader builds. Every file is written
here (tests/doc_gen.py) or by tools/make_doc_fixtures.py (tests/fixtures/doc/): invented text and
numbers."""
from __future__ import annotations

import random
import struct

import pytest

import doc_gen
import reportparse
from conftest import FIXTURES, load_expected
from doc_gen import Cell, Para, Table, document
from reportparse.api import load_document
from reportparse.loading import load
from reportparse.errors import (DocumentTooLargeError, EmptyDocumentError, ReportParseError,
                                UnsupportedFormatError)
from reportparse.layout import doc_ole
from reportparse.layout.doc import _cp1252
from reportparse.normalize import normalize_text
from reportparse.settings import ParseSettings

DOCS = FIXTURES / "doc"


def _load(blocks, **kw):
    return load_document(document(blocks, **kw))


def _lines(doc) -> list[str]:
    return [ln for ln in doc.text.splitlines() if ln.strip()]


def _rows(doc) -> list[list[tuple]]:
    """(row, col, span, text) of each cell, row by row."""
    out: dict = {}
    for c in doc.cells:
        out.setdefault((c.table, c.row), []).append((c.col, c.span, doc.text[c.start:c.end]))
    return [out[k] for k in sorted(out)]


# ---------------------------------------------------------------- the fixtures: every value, title, year

@pytest.mark.parametrize("name", ["t2021_word.doc", "t2019_word.wps", "legacy_word.doc"])
def test_every_value_title_and_year_of_the_word_97_fixtures(name):
    exp = load_expected(DOCS / (name.rsplit(".", 1)[0] + ".expected.json"))
    report = reportparse.parse(DOCS / name)
    assert report.title == exp["title"] and report.year == exp["year"]
    got = report.values()
    assert {k: got.get(k, "missing") for k in exp["values"]} == exp["values"]


def test_blank_cells_are_null_never_zero():
    report = reportparse.parse(DOCS / "t2019_word.wps")
    values = report.values()
    blank = ["requests.denied.state_secret|applicant=commercial", "requests.denied.state_secret|applicant=research",
             "requests.unable.unclear|applicant=research", "requests.unable.unclear|applicant=other_org"]
    assert all(k in values and values[k] is None for k in blank)
    doc = load_document(DOCS / "t2019_word.wps")
    assert doc.format == "doc"
    row = next(r for r in _rows(doc) if any(t == "1.属于国家秘密" for _c, _s, t in r))
    assert [t for _c, _s, t in row][2:5] == [row[2][2], "", ""]


# ---------------------------------------------------------------- text: pieces, fields, hidden, stories

def test_compressed_and_utf16_pieces_stored_out_of_order_read_in_character_order():
    blocks = [Para("本年新收申请 1573 件"), Para("“quoted” – 5‰ …"), Para("结转 42")]
    for pieces, reverse in (("mixed", False), ("mixed", True), ("utf16", False)):
        doc = _load(blocks, pieces=pieces, reverse=reverse)
        assert _lines(doc) == ["本年新收申请 1573 件", normalize_text("“quoted” – 5‰ …"), "结转 42"], pieces
    # the 8-bit mapping itself ([MS-DOC] 2.9.73): 0x80–0x9F as cp1252, its five undefined bytes kept
    assert _cp1252(bytes([0x93, 0x94, 0x96, 0x89, 0x85, 0x80, 0x81, 0x41])) == "“”–‰…€\x81A"


def test_field_instructions_are_dropped_and_their_results_kept():
    doc = _load([Para("日期：\x13CREATEDATE \\@ \"yyyy年M月d日\" 2019\x142020年1月16日\x15。"),
                 Para("\x13IF 1 = 1 \"\x13PAGE 88\x1499\x15\" \x14外层结果\x15尾")])
    assert _lines(doc) == ["日期:2020年1月16日。", "外层结果尾"]


def test_hidden_and_deleted_runs_and_the_header_story_are_not_read():
    doc = _load([Para([("共计", None), ("9517", "hidden"), ("1834", "deleted"), ("1573", None), ("条。", None)])],
                header="第9999号 2099年")
    assert _lines(doc) == ["共计1573条。"]
    assert "9999" not in doc.text and "2099" not in doc.text


def test_line_breaks_tabs_and_object_anchors():
    doc = _load([Para("第一行\x0b第二行\t甲\x01\x08乙\x1e丙\x1f丁")])
    assert _lines(doc) == ["第一行", "第二行\t甲乙-丙丁"]


def test_the_title_property_is_a_hint_only_when_its_years_are_printed():
    title = "某县人民政府2021年政府信息公开工作年度报告"
    doc = _load([Para("2021年政府信息公开工作年度报告正文")], title=title)
    assert doc.title_hint == title
    doc = _load([Para("2022年的报告")], title=title)
    assert doc.title_hint is None and any("title property" in w for w in doc.warnings)


# ---------------------------------------------------------------- tables

def test_cell_marks_and_row_ends_are_told_apart_by_paragraph_properties_blank_cells_kept():
    doc = _load([Para("表前"), Table([["项目", "自然人", "其他", "总计"], ["新收", "", "7", "7"], ["结转", "", "", ""]]),
                 Para("表后")], itap=True)
    assert _rows(doc) == [[(0, 1, "项目"), (1, 1, "自然人"), (2, 1, "其他"), (3, 1, "总计")],
                          [(0, 1, "新收"), (1, 1, ""), (2, 1, "7"), (3, 1, "7")],
                          [(0, 1, "结转"), (1, 1, ""), (2, 1, ""), (3, 1, "")]]
    assert _lines(doc)[0] == "表前" and _lines(doc)[-1] == "表后"


def test_wide_cells_and_the_older_horizontal_merge_place_cells_alike():
    rows = lambda old: [[Cell("标题", 4, old_merge=old)], [Cell("指标名称", 2, old_merge=old), "本年", "累计"],  # noqa: E731
                        ["甲", "乙", "11", "22"]]
    want = [[(0, 4, "标题")], [(0, 2, "指标名称"), (2, 1, "本年"), (3, 1, "累计")],
            [(0, 1, "甲"), (1, 1, "乙"), (2, 1, "11"), (3, 1, "22")]]
    for old in (False, True):
        assert _rows(_load([Table(rows(old))])) == want, old


def test_a_vertical_merge_continuation_is_covered_by_the_cell_above():
    blocks = [Table([[Cell("组", vmerge="restart"), "甲", "5"], [Cell(vmerge="continue"), "乙", "6"]])]
    for vert_sprm in (False, True):       # TC80's flags (Word 97), or sprmTVertMerge (Word 2000 and later)
        assert _rows(_load(blocks, vert_sprm=vert_sprm)) == [[(0, 1, "组"), (1, 1, "甲"), (2, 1, "5")],
                                                            [(1, 1, "乙"), (2, 1, "6")]]


def test_a_table_inside_a_cell_is_read_as_that_cells_text_with_a_warning():
    doc = _load([Table([[Cell(Table([["甲", "1"], ["乙", "2"]])), "外"]])])
    assert _rows(doc) == [[(0, 1, "甲 1 乙 2"), (1, 1, "外")]]
    assert any("table inside a table cell" in w for w in doc.warnings)


def test_a_row_end_whose_properties_are_in_the_data_stream_reads_alike():
    blocks = [Table([[Cell("标题", 3)], ["甲", "乙", "丙"], ["1", "", "3"]])]
    assert _rows(_load(blocks, huge=True)) == _rows(_load(blocks)) == [
        [(0, 3, "标题")], [(0, 1, "甲"), (1, 1, "乙"), (2, 1, "丙")], [(0, 1, "1"), (1, 1, ""), (2, 1, "3")]]


def test_a_row_whose_cells_do_not_match_its_edges_is_read_as_lines(monkeypatch):
    real = doc_gen.tdef_table
    monkeypatch.setattr(doc_gen, "tdef_table", lambda cells: real(cells[:-1]) if len(cells) == 3 else real(cells))
    doc = _load([Table([["甲", "乙"], ["丙", "丁", "8"]])])
    assert _rows(doc) == [[(0, 1, "甲"), (1, 1, "乙")]]
    assert "8" in _lines(doc) and any("not placed in columns" in w for w in doc.warnings)


def test_without_paragraph_properties_every_cell_is_a_line_never_a_guessed_grid():
    doc = _load([Table([["项目", "数量"], ["新收", "15"], ["结转", ""]])], papx=False)
    assert doc.cells == [] and _lines(doc) == ["项目", "数量", "新收", "15", "结转"]
    assert any("paragraph properties cannot be read" in w for w in doc.warnings)


def test_word_97_rendering_matches_the_docx_fixture_shape():
    """The same kind of text as every other loader: pipe rows and CellRefs whose spans hold the cell."""
    doc = load_document(DOCS / "t2021_word.doc")
    for c in doc.cells:
        assert doc.text[c.start - 2:c.start] == "| " and doc.text[c.end:c.end + 2] == " |"
    assert doc.text.count("\n| ") >= 40


# ---------------------------------------------------------------- refused and hostile files

def test_encrypted_word_6_and_non_word_ole_files_are_refused_by_name():
    with pytest.raises(UnsupportedFormatError, match="encrypted"):
        _load([Para("正文")], encrypted=True)
    with pytest.raises(UnsupportedFormatError, match="Word 6.0/95"):
        _load([Para("正文")], nfib=0x0068)
    xls = doc_gen.compound_file({"Workbook": b"\x09\x08" + bytes(5000)})
    with pytest.raises(UnsupportedFormatError, match=r"Excel 97-2003 workbook \(\.xls\)"):
        reportparse.parse(xls)
    encrypted = doc_gen.compound_file({"EncryptionInfo": bytes(5000), "EncryptedPackage": bytes(5000)})
    with pytest.raises(UnsupportedFormatError, match="password-protected"):
        reportparse.parse(encrypted)


def test_a_missing_table_stream_and_an_empty_document_are_typed_errors():
    data = document([Para("正文")], table_stream="1Table")
    broken = data.replace("1Table".encode("utf-16-le"), "2Table".encode("utf-16-le"))
    with pytest.raises(UnsupportedFormatError, match="1Table"):
        load_document(broken)
    with pytest.raises(EmptyDocumentError):
        _load([Para([("隐藏", "hidden")])])


def test_truncated_copies_give_typed_errors():
    data = (DOCS / "t2021_word.doc").read_bytes()
    for n in (8, 100, 511, 512, 1536, 2048, 4096, 8192, len(data) // 2, len(data) - 512, len(data) - 1):
        try:
            load_document(data[:n])
        except ReportParseError:
            pass


def test_300_byte_flipped_copies_never_crash():
    data = (DOCS / "t2021_word.doc").read_bytes()
    rnd = random.Random(22)
    read = 0
    for _ in range(300):
        copy = bytearray(data)
        for _ in range(rnd.choice((1, 4, 16))):
            copy[rnd.randrange(len(copy))] = rnd.randrange(256)
        try:
            load_document(bytes(copy))
            read += 1
        except ReportParseError:
            pass
    assert read > 100                # most flips land in text or padding: still read


def test_directory_and_stream_bounds(monkeypatch):
    data = document([Para("正文 2021")])
    monkeypatch.setattr(doc_ole, "MAX_ENTRIES", 2)
    with pytest.raises(DocumentTooLargeError, match="directory"):
        load_document(data)
    monkeypatch.setattr(doc_ole, "MAX_ENTRIES", 50_000)
    box = doc_ole.Container(data, ParseSettings(max_bytes=6000), None)
    box.stream("WordDocument")
    with pytest.raises(DocumentTooLargeError, match="max_bytes"):
        box.stream("1Table")


def test_a_piece_table_pointing_past_the_stream_is_a_typed_error():
    data = bytearray(document([Para("正文 2021")], pieces="utf16"))
    # the piece descriptor's fc: find the PlcPcd (cp 0, cp n, then the Pcd) and point it far away
    at = data.find(b"\x02" + struct.pack("<I", 16))
    assert at > 0
    struct.pack_into("<I", data, at + 5 + 8 + 2, 0x3FFFFF00)
    with pytest.raises(UnsupportedFormatError, match="past the end|damaged"):
        load_document(bytes(data))


def test_the_text_is_cut_at_max_text_chars_however_many_pieces_share_their_bytes():
    doc = load(str(DOCS / "t2021_word.doc"), ParseSettings(max_text_chars=300))
    assert len(doc.text) <= 300 and any("cut at 300" in w for w in doc.warnings)
