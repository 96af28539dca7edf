"""Damage done to a report before it reaches us, by the tool that saved it: a page decoded with the
wrong charset and saved (mojibake), a text pasted into a <pre> block, a PDF's page numbers pasted
between the rows. Each test damages an invented fixture the way the tool does and asserts that every
value of the fixture still reads, and that the repair is said in `warnings`."""
import pytest

import reportparse
from reportparse.decoding import decode_report

from conftest import FIXTURES, load_expected

FIXTURE = FIXTURES / "national" / "t2021_whitespace"
TEXT = FIXTURE.with_suffix(".txt").read_text(encoding="utf-8")
EXPECTED = load_expected(FIXTURE.with_suffix(".expected.json"))["values"]
EXPECTED_TITLE = load_expected(FIXTURE.with_suffix(".expected.json"))["title"]
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def latin1(data: bytes) -> str:
    """What requests' `r.text` gives for a page served without a charset (ISO-8859-1)."""
    return data.decode("latin-1")


def windows_1252(data: bytes) -> str:
    """What a Windows tool's ANSI decoding gives: Windows-1252, its five undefined bytes kept as controls."""
    return "".join(chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in data)


def assert_all_values(report) -> None:
    got = report.values()
    assert {k: got.get(k) for k in EXPECTED} == EXPECTED


@pytest.mark.parametrize("page_encoding", ["utf-8", "gb18030"])
@pytest.mark.parametrize("misread", [latin1, windows_1252])
def test_a_page_misread_as_latin_and_saved_as_utf8_is_repaired(page_encoding, misread):
    damaged = misread(TEXT.encode(page_encoding)).encode("utf-8")
    report = reportparse.parse(damaged)
    assert_all_values(report)
    assert report.title == EXPECTED_TITLE
    assert any("mojibake" in w and page_encoding.upper() in w for w in report.warnings)



def test_a_page_misread_twice_is_repaired_twice():
    once = latin1(TEXT.encode("utf-8")).encode("utf-8")
    twice = latin1(once).encode("utf-8")
    text, encoding, warnings = decode_report(twice)
    assert text == TEXT and encoding == "utf-8"
    assert sum("mojibake" in w for w in warnings) == 2


def test_a_gbk_html_page_misread_keeps_its_declared_charset():
    page = f'<html><head><meta charset="gbk"><title>t</title></head><body><pre>{TEXT}</pre></body></html>'
    damaged = latin1(page.encode("gb18030")).encode("utf-8")
    report = reportparse.parse(damaged)
    assert_all_values(report)
    assert any("mojibake" in w for w in report.warnings)


@pytest.mark.parametrize("text", [
    "Le café de la gare, où l'on sert des crêpes: élève, théâtre, façade, naïve, cœur, déjà vu. " * 5,
    "Preis: 12 € — Größe: 5 m² — Übersicht über Änderungen, „Anführungszeichen“ … " * 5,
])
def test_real_latin_text_is_not_taken_for_mojibake(text):
    decoded, encoding, warnings = decode_report(text.encode("utf-8"))
    assert decoded == text and encoding == "utf-8" and not warnings


def test_a_text_with_a_few_han_characters_is_not_repaired_whole():
    # the whole text is not mojibake (报告 is good): only its damaged run is put back
    text = "报告 " + latin1("政府信息公开".encode("utf-8")) * 20
    decoded, _, warnings = decode_report(text.encode("utf-8"))
    assert decoded == "报告 " + "政府信息公开" * 20
    assert warnings == ["part of the text was mojibake (a page's bytes read as Latin-1/Windows-1252 and saved "
                        "inside correct text): 1 run (1 of UTF-8) repaired"]


CHROME = ("<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='nav'>青岭县人民政府门户网站"
          " 首页 政务公开 信息公开年报</div><div class='article'><h1>{title}</h1><pre>{body}</pre></div>"
          "<div class='footer'>版权所有：青岭县人民政府办公室 地址：青岭县中山路8号</div></body></html>")


@pytest.mark.parametrize("page_encoding", ["utf-8", "gb18030"])
@pytest.mark.parametrize("misread", [latin1, windows_1252])
def test_a_page_whose_body_alone_was_misread_is_repaired(page_encoding, misread):
    # a CMS that pasted a body fetched without its charset into a correctly encoded page: the chrome
    # is Chinese, so the whole-text repair (no Han character at all) never applied
    page = CHROME.format(title=EXPECTED_TITLE, body=misread(TEXT.encode(page_encoding)))
    report = reportparse.parse(page.encode("utf-8"))
    assert_all_values(report)
    assert report.title == EXPECTED_TITLE
    assert any("part of the text was mojibake" in w and page_encoding.upper() in w for w in report.warnings)


def test_a_crawled_text_whose_body_alone_was_misread_is_repaired():
    text = f"标题：{EXPECTED_TITLE}\n发布时间：2025-01-23\n==== 正文 ====\n" + latin1(TEXT.encode("utf-8"))
    report = reportparse.parse(text.encode("utf-8"))
    assert_all_values(report)
    assert report.published == "2025-01-23"


@pytest.mark.parametrize("latin", ["Citroën · Müller · Zoë · São Paulo · Ångström · naïveté · Œuvre",
                                   "Größe × Übersicht ÷ Änderungen ±5 °C «Ça» ¿Qué? ¡Olé! — façade, rôle, cœur"])
def test_accented_latin_beside_chinese_is_left_alone(latin):
    text = ("报告附有外文名称：" + latin + "。\n") * 8
    decoded, _, warnings = decode_report(text.encode("utf-8"))
    assert decoded == text and not warnings


def test_a_report_in_a_pre_block_keeps_its_lines():
    # a browser keeps a <pre> block's line breaks; run together, the table's rows were lost
    page = f"<html><head><meta charset='utf-8'></head><body><div><pre>{TEXT}</pre></div></body></html>"
    assert_all_values(reportparse.parse(page.encode("utf-8")))


def test_outside_pre_line_breaks_are_still_spaces():
    page = "<html><body><p>第一行\n第二行</p><pre>甲\n乙</pre><p>丙\n丁</p></body></html>"
    from reportparse.api import load_document
    text = load_document(page.encode("utf-8")).text
    assert "第一行 第二行" in text and "甲\n乙" in text and "丙 丁" in text


def test_a_page_number_line_of_an_html_page_is_blanked():
    # a PDF's text pasted into a page: "— 2 —" between two rows had run into the last row's cells
    assert "— 2 —" in TEXT
    page = f"<html><body><pre>{TEXT}</pre></body></html>"
    from reportparse.api import load_document
    doc = load_document(page.encode("utf-8"))
    # (the lines stay: HTML drops only a newline right after <pre>, and older libxml2 a form feed)
    assert "— 2 —" not in doc.text and doc.text.count("\n") >= TEXT.count("\n") - 2


def mhtml(parts: list[tuple[str, bytes]], location: str = "http://www.example.gov.cn/art/1.html") -> bytes:
    """A browser's single-file archive of a page: MIME headers, then each part (its headers, its body)."""
    out = [f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {location}\r\nSubject: page\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
           "\tboundary=\"----MultipartBoundary--7f3a\"\r\n\r\n".encode("ascii")]
    for headers, body in parts:
        out.append(b"------MultipartBoundary--7f3a\r\n" + headers.encode("ascii") + b"\r\n\r\n" + body + b"\r\n")
    out.append(b"------MultipartBoundary--7f3a--\r\n")
    return b"".join(out)


PAGE = f"<html><head><title>t</title></head><body><pre>{TEXT}</pre></body></html>"


def test_an_mhtml_archive_in_quoted_printable_reads_its_page():
    import quopri
    data = mhtml([("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                   "Content-Location: http://www.example.gov.cn/art/1.html",
                   quopri.encodestring(PAGE.replace("<head>", "<head><meta charset='utf-8'>").encode("utf-8")))])
    report = reportparse.parse(data)
    assert_all_values(report)
    assert (report.source.format, report.source.encoding) == ("html", "utf-8")


def test_an_mhtml_archive_reads_the_snapshot_page_in_its_declared_charset():
    import base64
    frame = "<html><body><p>另一个页面 12 件</p></body></html>".encode("utf-8")
    data = mhtml([
        ("Content-Type: text/css\r\nContent-Location: http://www.example.gov.cn/a.css", b"p { color: red }"),
        ("Content-Type: text/html; charset=utf-8\r\nContent-Location: http://www.example.gov.cn/frame.html",
         frame),
        ("Content-Type: text/html; charset=\"gbk\"\r\nContent-Transfer-Encoding: base64\r\n"
         "Content-Location: http://www.example.gov.cn/art/1.html",
         base64.encodebytes(PAGE.encode("gb18030"))),
    ])
    report = reportparse.parse(data)
    assert_all_values(report)
    assert report.source.encoding == "gb18030"


def test_an_mhtml_archive_without_a_page_is_a_typed_error():
    data = mhtml([("Content-Type: image/png\r\nContent-Transfer-Encoding: base64", b"iVBORw0KGgo=")])
    with pytest.raises(reportparse.UnsupportedFormatError, match="MHTML"):
        reportparse.parse(data)


def test_a_text_saved_as_numeric_character_references_is_read():
    for ref in ("&#{};".format, "&#x{:x};".format):
        saved = "".join(ref(ord(c)) if ord(c) > 127 else c for c in TEXT)
        report = reportparse.parse(saved.encode("ascii"))
        assert_all_values(report)
        assert any("character references" in w for w in report.warnings)


def test_a_few_character_references_in_a_text_are_left_as_printed():
    from reportparse.api import load_document
    text = TEXT + "\n注：&#12345; 为示例。\n"
    assert "&#12345;" in load_document(text.encode("utf-8")).text


@pytest.mark.parametrize("hidden", ['style="display:none"', "style='DISPLAY: none;'", 'style="visibility:hidden"',
                                    "hidden"])
def test_what_a_browser_does_not_show_is_not_read(hidden):
    # a page's hidden copy of a row (a template, a print version) had shadowed the table's own row
    decoy = f"<div {hidden}>本年新收政府信息公开申请数量 9991 9992 9993</div>"
    page = f"<html><body>{decoy}<pre>{TEXT}</pre></body></html>"
    report = reportparse.parse(page.encode("utf-8"))
    assert_all_values(report)
    assert "9991" not in report.to_dict().__repr__()


def test_a_hidden_column_of_an_excel_export_takes_no_place():
    from reportparse.api import load_document
    page = ("<html><body><table><tr><td>第二十条第(一)项</td></tr><tr><td>规章</td><td style='display:none'>77</td><td>3</td><td>1</td></tr>"
            "<tr style='display:none'><td>行政规范性文件</td><td>5</td></tr></table></body></html>")
    text = load_document(page.encode("utf-8")).text
    assert "| 规章 | 3 | 1 |" in text and "77" not in text and "行政规范性文件" not in text


def test_a_page_whose_tables_are_pictures_says_so():
    # many sites publish the statistics tables as images: the figures they hold are not read, and the
    # report says why instead of only "no statistics table"
    page = ("<html><body><div class='content'><h1>青岭县人民政府2020年政府信息公开工作年度报告</h1>"
            "<p>全年主动公开政府信息318条。</p><p><img src='t2.jpg'></p><p><img src='t3.jpg'></p></div>"
            "<div class='footer'><img src='logo.png'></div></body></html>")
    report = reportparse.parse(page.encode("utf-8"))
    assert report.values()["disclosure.total"] == 318
    assert any("holds 2 images" in w and "not read" in w for w in report.warnings)


def test_images_beside_a_read_table_are_not_mentioned():
    page = f"<html><body><img src='banner.jpg'><pre>{TEXT}</pre></body></html>"
    report = reportparse.parse(page.encode("utf-8"))
    assert_all_values(report)
    assert not any("image" in w for w in report.warnings)


@pytest.mark.parametrize("shape", ["nested", "many"])
def test_a_hostile_mhtml_archive_is_refused_before_it_is_parsed(shape, monkeypatch):
    # the standard library's MIME parser recursed once per nested multipart (RecursionError, an untyped
    # crash) and took 44 s for 200,000 parts
    import email.parser

    def never(*args, **kwargs):
        raise AssertionError("the MIME parser was called")
    monkeypatch.setattr(email.parser, "BytesParser", never)
    if shape == "nested":
        n = 2000
        body = "".join(f"--b{i}\r\nContent-Type: multipart/related; boundary=\"b{i + 1}\"\r\n\r\n" for i in range(n))
        body += f"--b{n}\r\nContent-Type: text/html\r\n\r\n<html><body>x</body></html>\r\n--b{n}--\r\n"
    else:
        body = "--b0\r\nContent-Type: image/png\r\n\r\nxx\r\n" * 200_000 + "--b0--\r\n"
    data = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b0\"\r\n\r\n" + body).encode("ascii")
    with pytest.raises(reportparse.DocumentTooLargeError, match="MHTML archive holds more than"):
        reportparse.parse(data)


def test_a_page_hidden_until_a_script_shows_it_is_read():
    # <div id="app" style="display:none"> shown by a script: most of the text is hidden, so it is read
    page = f"<html><body><div id='app' style='display:none'><pre>{TEXT}</pre></div></body></html>"
    report = reportparse.parse(page.encode("utf-8"))
    assert_all_values(report)
    assert any("most of the page's text is hidden" in w for w in report.warnings)


# A traditional-script copy of an invented report: the vocabulary's characters by test_damage's table, the
# rest by this one (every character of the fixture then has a Big5 code).
_MORE_TRADITIONAL = dict(zip("专严个为举会况办动华厅历发号员园场坚实导将层录户护时来标样没环电监盖碍称稳简类经统绩编联营视认训设访话读调账载过这进锦门问间闻领频题风",
                             "專嚴個為舉會況辦動華廳歷發號員園場堅實導將層錄戶護時來標樣沒環電監蓋礙稱穩簡類經統績編聯營視認訓設訪話讀調賬載過這進錦門問間聞領頻題風"))


def traditional_copy():
    from test_damage import PIPE_2021, _TRADITIONAL
    text = PIPE_2021.read_text(encoding="utf-8")
    return text, "".join(_MORE_TRADITIONAL.get(c, _TRADITIONAL.get(c, c)) for c in text)


@pytest.mark.parametrize("codec, extra", [("big5", ""), ("cp950", "（碁）"), ("big5hkscs", "（啲）")])
def test_an_undeclared_big5_text_is_read_as_big5(codec, extra):
    # its bytes decode strictly as GB18030 too, into kana, Greek and private-use characters: they were read so
    simplified, traditional = traditional_copy()
    want = reportparse.parse_text(simplified).values()
    saved = (traditional + extra).encode(codec)
    text, encoding, warnings = decode_report(saved)
    assert text == traditional + extra and encoding == ("big5hkscs" if codec == "big5hkscs" else "cp950")
    assert any("Big5" in w for w in warnings)
    report = reportparse.parse(saved)
    assert len(want) > 20 and {k: v for k, v in report.values().items() if k in want} == want


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_gbk_text_stays_gbk(script):
    text = dict(zip(("simplified", "traditional"), traditional_copy()))[script]
    decoded, encoding, warnings = decode_report(text.encode("gbk"))
    assert (decoded, encoding, warnings) == (text, "gb18030", [])


ROWSPAN = FIXTURES / "national" / "t2019_rowspan"


def api_response(shape: str) -> tuple[bytes, dict]:
    """An invented page's body as a CMS's API returns it and a crawler saves it, and what it must read as."""
    import json
    import re
    page = ROWSPAN.with_suffix(".html").read_text(encoding="utf-8")
    expected = load_expected(ROWSPAN.with_suffix(".expected.json"))
    body = re.search(r"<body>(.*)</body>", page, re.S).group(1)
    record = {"id": 2648193, "title": expected["title"], "summary": "徐汇区2019年政府信息公开年报摘要" * 2,
              "content": body, "publishTime": expected["published"] + " 16:05:00",
              "crawlTime": "2023-05-06 10:11:12", "url": "http://www.example.gov.cn/art/1.html"}
    if shape == "escaped":          # Java's JSON writers escape markup: \u003cp\u003e
        data = json.dumps({"code": 0, "msg": "ok", "data": record}).replace("<", "\\u003c").replace(">", "\\u003e")
    elif shape == "list":           # a list of records, raw line breaks inside the strings
        other = dict(record, id=1, title="关于印发某某办法的通知", content="<p>通知正文</p>", publishTime="2020-01-02")
        data = json.dumps([other, record], ensure_ascii=False).replace("\\n", "\n")
    else:                           # "data" holds the record encoded a second time
        data = json.dumps({"code": 0, "data": json.dumps(record, ensure_ascii=False)}, ensure_ascii=False)
    return data.encode("utf-8"), expected


@pytest.mark.parametrize("shape", ["escaped", "list", "twice"])
def test_a_saved_api_response_is_unpacked(shape):
    data, expected = api_response(shape)
    report = reportparse.parse(data)
    assert report.values() == expected["values"]
    assert (report.title, report.published) == (expected["title"], expected["published"])
    assert any("saved JSON response" in w and "content" in w for w in report.warnings)


def test_a_saved_api_response_of_text_is_read_as_text():
    import json
    data = json.dumps({"status": 200, "result": {"docTitle": EXPECTED_TITLE, "docContent": TEXT}}).encode("ascii")
    report = reportparse.parse(data)
    assert_all_values(report)
    assert report.title == EXPECTED_TITLE and report.source.format == "text"


def test_two_reports_in_one_response_are_said():
    import json
    data = json.dumps({"list": [{"content": TEXT}, {"content": TEXT.replace("一、", "一、 ")}]}, ensure_ascii=False)
    report = reportparse.parse(data.encode("utf-8"))
    assert_all_values(report)
    assert any("holds 2 long texts" in w and "list[1].content" in w for w in report.warnings)


@pytest.mark.parametrize("shape, warning", [("deep", "nested deeper"), ("deep_report", "nested deeper"),
                                            ("many", "too large")])
def test_hostile_json_is_not_unpacked_and_said(shape, warning):
    # json.loads raises RecursionError past ~1,000 levels; a walk through 300,000 strings costs seconds
    import time
    from reportparse.api import load_document
    hostile = {"deep": "[" * 100_000 + "]" * 100_000,
               "deep_report": '{"a":' * 200 + '"' + TEXT.replace("\n", "\\n") + '"' + "}" * 200,
               "many": "[" + ",".join(['"政府"'] * 300_000) + "]"}[shape]
    start = time.perf_counter()
    doc = load_document(hostile.encode("utf-8"))
    assert any(warning in w for w in doc.warnings)
    assert time.perf_counter() - start < 5


# ---- a mirror site's copy that prints each character's pinyin after it (報(bào)告, 政(zheng)(zheng))

_PINYIN = {"报": "bào", "告": "gào", "请": "qǐng", "务": "wù", "县": "xiàn", "开": "kāi", "政": "zhèng",
           "复": "fù", "议": "yì", "讼": "sòng", "诉": "sù", "费": "fèi"}


@pytest.mark.parametrize("fixture", ["national/t2021_whitespace.txt", "legacy/national_statistics.txt",
                                     "national/t2019_rowspan.html"])
@pytest.mark.parametrize("style", ["toned", "toned, full-width", "some doubled without tones"])
def test_a_copy_with_pinyin_after_its_characters_reads_as_the_report(fixture, style):
    path = FIXTURES / fixture
    text = path.read_text(encoding="utf-8")
    want = load_expected(path.with_suffix(".expected.json"))
    marks = "（）" if "full-width" in style else "()"

    def annotate(ch: str, i: int) -> str:
        if ch not in _PINYIN:
            return ch
        syllable = _PINYIN[ch]
        if "doubled" in style and i % 3 == 0:       # a doubled syllable its mirror printed without tones
            plain = syllable.translate(str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔù", "aaaaeeeeiiiioooouuuu"))
            return f"{ch}({plain})({plain})"
        return f"{ch}{marks[0]}{syllable}{marks[1]}"
    damaged = "".join(annotate(ch, i) for i, ch in enumerate(text))
    assert damaged.count(marks[0]) > text.count(marks[0]) + 20
    report = reportparse.parse(damaged.encode("utf-8"))
    got = report.values()
    assert {k: got.get(k) for k in want["values"]} == want["values"]
    assert report.title == want["title"] and report.year == want["year"]
    assert any("pinyin after" in w for w in report.warnings)


def test_pinyin_in_a_report_is_kept_unless_the_text_is_such_a_copy():
    # four annotated names (畲(shē)族) are the report's words, not a mirror's damage
    text = TEXT.replace("一、总体情况", "一、总体情况\n畲(shē)族 莘(shēn)县 涪(fú)陵 亳(bó)州", 1)
    assert text != TEXT
    assert decode_report(text.encode("utf-8"))[0] == text
