"""Text that carries its tables as HTML: plain lines with `<table>…</table>` fragments between them.

PDF-to-markdown converters write tables so (MinerU puts every table in `<html><body><table>…`,
between markdown paragraphs), and so do crawlers that strip a page's markup but keep its tables.
Read as text, such a table is one line of tags and its figures are lost; read as an HTML page,
the prose around it runs together into one line. So the document is rebuilt as a page whose plain
parts keep their line breaks (`<pre>`) and whose tables are the fragments as written: the tables
get the HTML reader (spans, blank cells, cell provenance), the prose keeps its lines.
"""
from __future__ import annotations

import html
from typing import Optional

import regex

_TABLE_TAG = regex.compile(r"<(/?)table\b[^>]*>", regex.I)
# the document wrappers a converter puts around each table (and a stray one of a whole page)
_WRAPPER_TAG = regex.compile(r"</?(?:html|body)\b[^>]*>", regex.I)
_OTHER_TAG = regex.compile(r"<(?!/?(?:html|body)\b)[A-Za-z!/][^<>]{0,500}>", regex.I)    # not a wrapper
_MIN_PLAIN_LINES = 3        # fewer plain lines around the tables: an ordinary page, nothing to keep
_TAGS_PER_LINE = 0.1        # more markup than this outside the tables: a page written in HTML


def table_fragments(text: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost `<table>…</table>` (nested tables inside it); an unclosed
    table is not a fragment (its rest is left as written)."""
    spans, depth, start = [], 0, 0
    for m in _TABLE_TAG.finditer(text):
        if not m.group(1):
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, m.end()))
    return spans


def text_with_tables(text: str) -> Optional[list[tuple[int, int]]]:
    """The table fragments of `text` when it is plain text carrying HTML tables (the parts outside
    them hold lines of text and almost no markup), else None."""
    first = _TABLE_TAG.search(text)
    if first is None or _markup(text, first.start()):
        return None         # an ordinary page says so before its first table: its head, its blocks
    spans = table_fragments(text)
    if not spans:
        return None
    plain = "\n".join(_plain_pieces(text, spans))
    lines = sum(1 for line in plain.splitlines() if line.strip() and _WRAPPER_TAG.sub("", line).strip())
    if lines < _MIN_PLAIN_LINES or _markup(plain, len(plain)):
        return None
    return spans


def with_tables_as_html(text: str, fmt: str, warnings: list[str]) -> tuple[str, str, Optional[tuple]]:
    """(text, format, crawler header hints): a text or page that is plain text carrying HTML
    tables rebuilt as a page (said in `warnings`), else as given."""
    tables = text_with_tables(text)
    if not tables:
        return text, fmt, None
    hints = None
    if fmt == "text":           # a crawler's header fields above the body still name the title and date
        from ..normalize import normalize_text
        from .text import crawler_header
        hints = crawler_header(normalize_text(text[:5000]))
    warnings.append(f"plain text carrying {len(tables)} HTML table(s) (a converter's markdown?): "
                    "the tables read as HTML, the text around them line by line")
    return as_page(text, tables), "html", hints


def as_page(text: str, spans: list[tuple[int, int]]) -> str:
    """The HTML page that reads as `text` does: its plain parts preformatted, its tables as written."""
    out = ["<html><body>"]
    pos = 0
    for start, end in spans:
        out.append(_preformatted(text[pos:start]))
        out.append(text[start:end])
        pos = end
    out.append(_preformatted(text[pos:]))
    out.append("</body></html>")
    return "".join(out)


def _markup(text: str, end: int) -> bool:
    """More tags in text[:end] (wrappers aside) than plain text has: more than 2, and more than one
    per ten lines."""
    budget = max(2, int(text.count("\n", 0, end) * _TAGS_PER_LINE))
    for count, _ in enumerate(_OTHER_TAG.finditer(text, 0, end), 1):
        if count > budget:          # an ordinary page's head is thousands of tags: stop counting early
            return True
    return False


def _plain_pieces(text: str, spans: list[tuple[int, int]]) -> list[str]:
    ends = [0] + [end for _, end in spans]
    starts = [start for start, _ in spans] + [len(text)]
    return [text[a:b] for a, b in zip(ends, starts)]


def _preformatted(piece: str) -> str:
    piece = _WRAPPER_TAG.sub("", piece)
    if not piece.strip():
        return ""
    # <pre> drops one newline right after its start tag: give it one to drop
    return "<pre>\n" + html.escape(piece, quote=False) + "</pre>"
