"""Tables a page gives as fixed-width text in a <pre> (a report pasted as plain text, columns padded by spaces):
each made a <table> whose cells are the text's columns, so a blank cell keeps its column as it does on screen.

The columns are where the figures stand: on the lines that print a figure, the display positions (a CJK character
two wide) that some line prints on, in runs apart by two spaces or more (a single space may stand inside a figure,
"1 234"); a column no figure is printed in is taken from a header line that names every figure column. Every
line's words are then placed in those columns by their position; a word over several columns spans them. The text
is left as text (read as before) wherever that is not one reading: two figures in one column, a word standing
wholly between columns, words over each other, prose, drawn cells. A whole report pasted in one <pre> is cut at
its empty lines and prose lines, and each part that is such a table read so (a table 二 whose rows print one
figure each: "138" alone under three columns stays one figure in its column, not three digits run together).
"""
from __future__ import annotations

import unicodedata
from typing import Optional

import regex
from lxml import etree

from ..patterns import FIGURE_CELL

_WORD = regex.compile(r"\S+(?: \S+)*")         # words apart by one space are one cell's text
_RULE = regex.compile(r"^[\s\-=+|─━┼┬┴├┤┌┐└┘│_.]*$")     # a drawn rule or an empty line: no row
_DIGIT = regex.compile(r"\d")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MIN_COLUMNS = 3
_MAX_COLUMNS = 64       # (a report's table has at most a few dozen; bounds the work on a hostile page)
_PROSE = 40             # a line of one word this wide (display columns) is prose


def _wide(ch: str) -> bool:
    return ch > "\u1000" and unicodedata.east_asian_width(ch) in "WF"


def _words(line: str) -> list[tuple[int, int, str]]:
    """The line's words as (first display column, end column, text)."""
    col = [0]
    for ch in line:
        col.append(col[-1] + (2 if _wide(ch) else 1))
    return [(col[m.start()], col[m.end()], m.group()) for m in _WORD.finditer(line)]


def _is_figure(text: str) -> bool:
    return bool(_DIGIT.search(text)) and bool(FIGURE_CELL.match(text.replace(" ", "")))


def _columns(figure_lines: list[list[tuple[int, int, str]]]) -> list[tuple[int, int]]:
    """The runs of display positions the lines' words print on, runs apart by one space joined."""
    spans = sorted((a, b) for words in figure_lines for a, b, _t in words)
    out: list[list[int]] = []
    for a, b in spans:
        if out and a <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _over(words, start: int, end: int) -> bool:
    """Whether a word of the line stands over the display positions start…end."""
    return any(a < end and b > start for a, b, _t in words)


def fixed_width_rows(text: str) -> Optional[list[list[tuple[str, int]]]]:
    """The text's rows as (cell text, colspan) on the columns of its figures, or None when it is no such table."""
    if "|" in text or "│" in text:
        return None                             # drawn cells: read as pipe rows by the text engine
    lines = [_words(ln) for ln in text.expandtabs(8).split("\n") if not _RULE.match(ln)]
    if any(len(w) == 1 and w[0][1] - w[0][0] >= _PROSE for w in lines):
        return None                             # prose in the block: a text, not a table
    counts = [sum(_is_figure(t) for _a, _b, t in w) for w in lines]
    if sum(counts) < 2:
        return None
    figure = [n > 0 for n in counts]
    cols = _columns([w for w, f in zip(lines, figure) if f])
    if len(cols) > _MAX_COLUMNS:
        return None
    # a column no figure line prints on (blank in every row) is where a header line that names every figure
    # column has a word of its own
    named = [(a, b, "") for w, f in zip(lines, figure) if not f and all(_over(w, s, e) for s, e in cols)
             for a, b, _t in w if not any(a < e and b > s for s, e in cols)]
    cols = _columns([[(a, b, "") for a, b in cols] + named])
    if len(cols) < _MIN_COLUMNS:
        return None
    rows = []
    for words in lines:
        cells: list[list[str]] = [[] for _ in cols]
        spans = [1] * len(cols)
        taken = -1
        for a, b, t in words:
            k = next((i for i, (_s, e) in enumerate(cols) if e > a), None)
            if k is None or cols[k][0] >= b:
                return None                     # wholly between columns (or past the last): a column with no figure
            last = max(i for i, (s, _e) in enumerate(cols) if s < b)
            if k <= taken and (last > k or _is_figure(t) or any(map(_is_figure, cells[k]))):
                return None                     # over another word's column, or two figures in one column
            cells[k].append(t)
            spans[k] = last - k + 1
            taken = last
        row, i = [], 0
        while i < len(cols):
            row.append((" ".join(cells[i]), spans[i]))
            i += spans[i]
        rows.append(row)
    return rows


def _blocks(text: str) -> list[str]:
    """The text cut at its empty lines and its lines of prose: the parts a table may be."""
    out, part = [], []
    for line in text.split("\n"):
        words = _words(line) if line.strip() else []
        if not words or (len(words) == 1 and words[0][1] - words[0][0] >= _PROSE):
            if part:
                out.append("\n".join(part))
                part = []
            out.append(line)
        else:
            part.append(line)
    if part:
        out.append("\n".join(part))
    return out


def _table(rows):
    table = etree.Element("table")
    for row in rows:
        tr = etree.SubElement(table, "tr")
        for text, span in row:
            td = etree.SubElement(tr, "td")
            td.text = text
            if span > 1:
                td.set("colspan", str(span))
    return table


def pre_tables(root, warnings: list[str]) -> None:
    """Each <pre> whose text is a fixed-width table replaced by that <table>; one whose text holds such tables
    between its paragraphs (a whole report pasted as text) by its parts in order, each table a <table> and the
    text between them a <pre> (in place) — only where every table in it is read so: a page of one <table> and
    text would be taken for a page whose report is that table."""
    read = 0
    for pre in list(root.iter("pre")):
        text = _CONTROL.sub(" ", "".join(pre.itertext()))     # (a form feed: no XML text, and a space on screen)
        rows = fixed_width_rows(text)
        if rows is not None:
            parts = [_table(rows)]
        else:
            parts, lines = [], []
            for block in _blocks(text) if "\n" in text.strip() else ():
                rows = fixed_width_rows(block) if "\n" in block else None
                if rows is None:
                    if any(sum(map(_is_figure, line.split())) >= 2 for line in block.split("\n")):
                        parts = []          # a table not read by its columns: the whole text read as before
                        break
                    lines.append(block)
                    continue
                if lines:
                    parts.append(etree.Element("pre"))
                    parts[-1].text = "\n".join(lines)
                    lines = []
                parts.append(_table(rows))
            if not parts:
                continue
            if lines:
                parts.append(etree.Element("pre"))
                parts[-1].text = "\n".join(lines)
        read += sum(p.tag == "table" for p in parts)
        parts[-1].tail = pre.tail
        parent, at = pre.getparent(), pre.getparent().index(pre)
        parent.remove(pre)
        for k, part in enumerate(parts):
            part.attrib.update(pre.attrib)          # (hidden stays hidden, chrome stays chrome)
            parent.insert(at + k, part)
    if read:
        warnings.append(f"{read} table{'s' if read > 1 else ''} printed as fixed-width text (<pre>) read by "
                        "the columns of their figures")
