"""Plain text (scraped pages, crawler archives, copy-paste) → Document."""
from __future__ import annotations

from typing import Optional

import regex

from ..document import Document
from ..normalize import normalize_text
from ..patterns import FIELD_SEPARATOR, PAGE_NUMBER_LINE, PUBLISH_FIELDS, TITLE_FIELDS, field_names

# Crawler archive headers ("标题: …", "发布时间: …") above a "==== 正文 ====" rule.
_HEADER_FIELD = regex.compile(rf"^(?:(?P<title>{field_names(TITLE_FIELDS)})|{field_names(PUBLISH_FIELDS)})"
                              rf"{FIELD_SEPARATOR}(?P<value>.*)$", regex.M)
_BODY_RULE = regex.compile(r"^=+\s*正文\s*=+\s*$", regex.M)
# Page furniture that follows the body of a scraped page; everything after it is dropped.
_FURNITURE = regex.compile(r"^\s*(?:扫一扫在手机上查看当前页面|相关解读|【?打印本页】?|【?关闭窗口】?|分享到[:：]?|网站地图|主办单位[:：])\s*$", regex.M)
# A crawler that writes each table cell as "| text" on a line of its own (the row's label before
# them on a line without a pipe, a lone "|" closing the row or standing for a blank cell).
_CELL_LINE = regex.compile(r"\n(?=[ \t]*\|[^|\n]*(?:\n|$))")
_CELL_LINES_MIN = 4         # fewer such lines is a stray pipe, not a table
# an HTML line break written into text: markdown's only way to break a line inside a table cell
# (converters write "本年新<br>制作数量"); it never is a figure or part of a label
_LINE_BREAK_TAG = regex.compile(r"<br\s*/?>", regex.I)
# a picture in markdown (![](images/3f2a.jpg)): a converter that could not read a table gives its image
_MARKDOWN_IMAGE = regex.compile(r'!\[[^\]\n]{0,300}\]\([^()\s]{1,500}(?:\s+"[^"\n]{0,300}")?\)')
# which side of a cell its pipe is printed on: "| 12" opens a cell; "12 |" closes one (a crawler that
# writes the closing pipe, where a lone "|" under a label is that label cell's end, not a new cell)
_OPENED_CELL = regex.compile(r"^[ \t]*\|[ \t]*[^|\s][^|\n]*$", regex.M)
_CLOSED_CELL = regex.compile(r"^[ \t]*[^|\s][^|\n]*\|[ \t]*$", regex.M)


def join_cell_lines(text: str) -> str:
    """The cell-per-line rows of such a table put back on one line each ("label | 条 | 12 | 30 |").

    The newline before a cell line becomes a space (offsets stay) when the line before it has no
    pipe (the label, or a wrapped piece of a header cell) or is itself a cell line; after a line of
    several pipes (a pipe row) a cell line is a wrapped cell of that row and is left alone. Only where
    cells open with their pipe more often than they close with one.
    """
    breaks = [m.start() for m in _CELL_LINE.finditer(text)]
    if len(breaks) < _CELL_LINES_MIN or len(_OPENED_CELL.findall(text)) <= len(_CLOSED_CELL.findall(text)):
        return text
    chars = list(text)
    for at in breaks:
        prev = text[text.rfind("\n", 0, at) + 1:at]
        if prev.count("|") == 0 or (prev.count("|") == 1 and prev.lstrip(" \t").startswith("|")):
            chars[at] = " "
    return "".join(chars)


def blank_page_numbers(text: str) -> str:
    """Page numbers on lines of their own (a PDF's text copied out: they sit between table rows)
    blanked in place, offsets kept, so they are never read as a cell."""
    return PAGE_NUMBER_LINE.sub(lambda m: " " * len(m.group()), text)


def _blank_line_breaks(text: str) -> str:
    """`<br>` tags blanked in place (offsets kept): in a pipe row a space, so the row stays one
    line; elsewhere a line break."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "<" in line and _LINE_BREAK_TAG.search(line):
            if "|" in line:
                lines[i] = _LINE_BREAK_TAG.sub(lambda m: " " * len(m.group()), line)
            else:
                lines[i] = _LINE_BREAK_TAG.sub(lambda m: "\n" + " " * (len(m.group()) - 1), line)
    return "\n".join(lines)


def crawler_header(text: str) -> tuple[Optional[str], Optional[str]]:
    """(title, publish date) of a crawler archive's header fields above its 正文 rule, else None."""
    title_hint = date_hint = None
    rule = _BODY_RULE.search(text[:5000])
    if rule:
        for m in _HEADER_FIELD.finditer(text[:rule.start()]):
            if m["title"]:
                title_hint = title_hint or m["value"].strip() or None
            elif m["value"].strip():
                date_hint = date_hint or m["value"].strip()
    return title_hint, date_hint


def load_text(text: str, **meta) -> Document:
    text = normalize_text(text)
    title_hint, date_hint = crawler_header(text)
    if "<br" in text or "<BR" in text:
        text = _blank_line_breaks(text)
    text = blank_page_numbers(text)
    text = join_cell_lines(text)
    furniture = [m for m in _FURNITURE.finditer(text) if m.start() > len(text) * 0.5]
    if furniture:
        text = text[:furniture[0].start()]
    images = len(_MARKDOWN_IMAGE.findall(text)) if "![" in text else 0
    return Document(text=text, format="text", title_hint=title_hint, date_hint=date_hint, images=images, **meta)
