"""Markdown that PDF-to-markdown converters write (the form of ../shared's sh-kewei-2024, and of
reports other projects publish as datasets): each test turns an invented HTML fixture into one
converter's markdown at test time and asserts every value of the fixture still reads.

- MinerU style: the tables stay HTML (`<table>` fragments, optionally wrapped in `<html><body>`),
  the prose is markdown paragraphs. Read as text, a table was one line of tags (6 of 198 values
  read when the first table came after 4 KB); read as HTML, the prose ran into one line (a title
  of site chrome, the year taken from it).
- marker / pymupdf4llm style: pipe tables with `<br>` inside cells ("结果<br>维持": table 四 lost).
- docling style: pipe tables with a merged cell's text repeated into every column it spans
  ("| 行政事业性收费 | 9 | -2 | -2 |": the row had more cells than the template, unread).
"""
import copy

import pytest
from lxml import html as lxml_html

import reportparse
from reportparse.api import load_document
from reportparse.layout.embedded import as_page, table_fragments, text_with_tables

from conftest import FIXTURES, load_expected

CASES = [FIXTURES / "national" / "t2019_rowspan", FIXTURES / "damage" / "html_blank_cells_2021"]
PROSE = "本机关持续推进政务公开标准化规范化建设，不断完善公开制度，着力回应社会关切。"


def _outermost(el) -> bool:
    return not any(a.tag == "table" for a in el.iterancestors())


def _cell_text(td, breaks: bool) -> str:
    td = copy.deepcopy(td)
    for br in td.iter("br"):
        br.tail = ("\ue000" if breaks else " ") + (br.tail or "")
    return " ".join(td.text_content().split()).replace("\ue000", "<br>")


def _grid(table, breaks: bool) -> list[list[tuple[str, bool]]]:
    """Each cell's text and whether it is the spanned cell's first position."""
    grid: dict[tuple[int, int], tuple[str, bool]] = {}
    for r, tr in enumerate(table.iter("tr")):
        c = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            rows, cols = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
            text = _cell_text(td, breaks)
            for i in range(rows):
                for j in range(cols):
                    grid[(r + i, c + j)] = (text, i == 0 and j == 0)
            c += cols
    height, width = max(k[0] for k in grid) + 1, max(k[1] for k in grid) + 1
    return [[grid.get((r, c), ("", True)) for c in range(width)] for r in range(height)]


def to_markdown(path, style: str, padding: int = 0) -> str:
    """The page's report body as `style`'s markdown; `padding` paragraphs of prose before its first table."""
    body = lxml_html.parse(str(path)).getroot().find(".//body")
    out: list[str] = []
    for el in body.iter():
        if el.tag == "table" and _outermost(el):
            out.extend([PROSE] * padding)
            padding = 0
            if style.startswith("mineru"):
                table = copy.deepcopy(el)
                for node in table.iter():
                    for name in [a for a in node.attrib if a not in ("rowspan", "colspan")]:
                        del node.attrib[name]
                fragment = lxml_html.tostring(table, encoding="unicode").replace("\n", "")
                out.append(f"<html><body>{fragment}</body></html>" if style == "mineru-wrapped" else fragment)
                continue
            lines = []
            for i, row in enumerate(_grid(el, breaks=style == "marker")):
                cells = [text if (first or style == "docling") else "" for text, first in row]
                lines.append("| " + " | ".join(cells) + " |")
                if i == 0:
                    lines.append("|" + "---|" * len(row))
            out.append("\n".join(lines))
        elif el.tag in ("p", "h1", "h2", "h3", "div") and _outermost(el) and el.find(".//table") is None \
                and el.find(".//p") is None:
            text = " ".join(el.text_content().split())
            if text:
                out.append(("# " if el.tag in ("h1", "h2") else "") + text)
    return "\n\n".join(out) + "\n"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
@pytest.mark.parametrize("style,padding", [("mineru", 0), ("mineru", 40), ("mineru-wrapped", 0),
                                           ("marker", 0), ("docling", 0)])
def test_converter_markdown_reads_every_value(case, style, padding):
    expected = load_expected(case.with_suffix(".expected.json"))
    markdown = to_markdown(case.with_suffix(".html"), style, padding)
    report = reportparse.parse(markdown.encode("utf-8"))
    got = report.values()
    assert {k: got.get(k) for k in expected["values"]} == expected["values"]
    assert report.title == expected["title"] and report.year == expected["year"]
    if style.startswith("mineru"):
        assert any("HTML table(s)" in w for w in report.warnings)


def test_a_merged_cell_repeated_by_the_converter_is_read_once_and_said():
    case = CASES[0]
    report = reportparse.parse(to_markdown(case.with_suffix(".html"), "docling").encode("utf-8"))
    fees = report.get("disclosure.fees.items_change")
    assert fees is not None and fees.value == load_expected(case.with_suffix(".expected.json"))["values"][
        "disclosure.fees.items_change"]
    assert "converter's merged cell" in fees.source.note


def test_repeated_cells_that_are_not_one_merged_cell_stay_unread():
    # two different texts after the values are not one cell's copies: the row stays unread, and said
    case = CASES[0]
    lines = to_markdown(case.with_suffix(".html"), "docling").splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith("| 行政事业性收费 |"))
    cells = lines[row].split(" | ")
    assert cells[-2] == cells[-1][:-2]                    # "-2 | -2 |": the copy the test alters
    lines[row] = " | ".join(cells[:-1] + ["999 |"])
    report = reportparse.parse("\n".join(lines).encode("utf-8"))
    assert report.get("disclosure.fees.items_change") is None
    assert any("行政事业性收费" in w and "cells where the template has" in w for w in report.warnings)


def test_a_line_break_tag_in_a_pipe_cell_keeps_the_row_on_one_line():
    text = ("XX县人民政府2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
            "| 第二十条<br>第（一）项 | | | |\n"
            "| 信息内容 | 本年<br>制发件数 | 本年<br/>废止件数 | 现行<BR />有效件数 |\n|---|---|---|---|\n"
            "| 规章 | 7 | 3 | 41 |\n| 行政规范<br>性文件 | 12 | 5 | 88 |\n"
            "以上为主动公开情况。<br>三、收到和处理政府信息公开申请情况\n")
    report = reportparse.parse_text(text, require_report=False)
    assert report.value("disclosure.regulations.issued") == 7
    assert report.value("disclosure.normative_docs.in_force") == 88
    assert "<br" not in report.get("disclosure.normative_docs.in_force").label
    # outside a pipe row the tag is a line break: the heading after it starts a line of its own
    assert "\n   三、收到" in load_document(text.encode("utf-8")).text


def test_only_text_around_tables_is_rebuilt():
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title></head><body>\n"
            "<div><p>一</p>\n<p>二</p>\n<p>三</p></div><table><tr><td>1</td></tr></table>\n</body></html>")
    assert text_with_tables(page) is None                  # a page written in HTML is read as one
    assert text_with_tables("一\n二\n<table><tr><td>1</td></tr></table>") is None   # too little text
    text = "一\n二\n三\n<table><tr><td><table><tr><td>1</td></tr></table></td></tr></table>\n四\n<table><tr>"
    spans = table_fragments(text)
    assert [text[a:b][-18:] for a, b in spans] == ["</td></tr></table>"]      # nested: one; unclosed: none
    assert text_with_tables(text) == spans
    assert "&lt;table&gt;" in as_page(text, spans)       # the unclosed tag is text, as written


def test_hostile_tags_stay_linear():
    # a million table tags, or line-break tags on one long line, must not take quadratic time
    text = "标题\n正文\n附表\n" + "<table>" * 200_000 + "</table>" * 200_000 + "\n"
    assert len(table_fragments(text)) == 1
    line = "| 行 |" + "<br>" * 300_000 + "\n"
    report = reportparse.parse_text("XX县人民政府2021年政府信息公开工作年度报告\n" + line, require_report=False)
    assert report.indicators == [] or all(v.value is not None for v in report.indicators)


def test_a_table_a_converter_left_as_a_picture_is_said():
    text = ("XX县人民政府2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
            "![](images/5b0c2e.jpg)\n\n三、收到和处理政府信息公开申请情况\n\n![表3](images/9d41aa.jpg \"表3\")\n")
    report = reportparse.parse_text(text)
    assert any("holds 2 images" in w and "OCR" in w for w in report.warnings)
