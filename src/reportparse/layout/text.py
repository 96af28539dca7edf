"""Plain text (scraped pages, crawler archives, copy-paste) → Document."""
from __future__ import annotations

import re
from typing import Optional

import regex

from ..document import Document
from ..normalize import normalize_text
from .text_blanks import mark_blank_cell_lines
from .text_furniture import blank_furniture_between_rows
from ..patterns import (CELL_MARK, CONTINUED_TABLE_LINE, FIELD_SEPARATOR, NUMBER_WITH_MONEY,
                        OTHER_HEADER_FIELDS, PAGE_FURNITURE, PAGE_FURNITURE_WORDS, PAGE_NUMBER_LINE, PUBLISH_FIELDS,
                        SIGNED_FIGURE_LINE, SIGNED_MARKED_FIGURE_LINE, SIGNED_WORD_NUMBER, SPACE_GROUPED, STRICT_FIGURE, TITLE_FIELDS,
                        field_names, page_chrome)

# Crawler archive headers ("标题: …", "发布时间: …") above a "==== 正文 ====" rule.
_HEADER_FIELD = regex.compile(rf"^(?:(?P<title>{field_names(TITLE_FIELDS)})|{field_names(PUBLISH_FIELDS)})"
                              rf"{FIELD_SEPARATOR}(?P<value>.*)$", regex.M)
_BODY_RULE = regex.compile(r"^=+\s*正文\s*=+\s*$", regex.M)
# Page furniture that follows the body of a scraped page; everything after it is dropped.
_FURNITURE = regex.compile(rf"^\s*(?:{PAGE_FURNITURE})\s*$", regex.M)
# a table's figures: three on a line (between spaces or pipes), or three lines of one figure each, or a legacy
# table's rows of two (本年度, 累计) two rows running: "3政府公报公开数 14 29" (a label cut over two lines too), or a
# label, its unit alone, two figures a line each (a footer's lines hold one figure each: 网站标识码 3502000001,
# 电话：0592-5512807); blank lines between the lines too (a crawler that set one after every line)
_FIG = STRICT_FIGURE
_NL = r"\n(?:[ \t]*\n)*"
_TABLE_AFTER = regex.compile(rf"[0-9][0-9,]*[ \t|]+[0-9][0-9,]*[ \t|]+[0-9]|(?:{_NL}[ \t]*[0-9][0-9,]*[ \t]*\|?[ \t]*){{3}}\n"
                             rf"|(?:{_NL}(?:[^\n]*\n)?[^\n]*\p{{Han}}[ \t|]+{_FIG}[ \t|]+{_FIG}[ \t|]*(?=\n)){{2}}"
                             rf"|(?:{_NL}[^\n]*\p{{Han}}[^\n]*(?:{_NL}[ \t]*\p{{Han}}{{1,2}}[ \t]*)?"
                             rf"{_NL}[ \t]*{_FIG}[ \t]*{_NL}[ \t]*{_FIG}[ \t]*(?=\n)){{2}}")
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
    several pipes (a pipe row), or after its closing pipe a wrap left alone on the next line, a cell line is a
    wrapped cell of that row or the next row's start, and is left alone. Only where
    cells open with their pipe more often than they close with one.
    """
    breaks = [m.start() for m in _CELL_LINE.finditer(text)]
    if len(breaks) < _CELL_LINES_MIN or len(_OPENED_CELL.findall(text)) <= len(_CLOSED_CELL.findall(text)):
        return text
    chars = list(text)
    for at in breaks:
        start = text.rfind("\n", 0, at) + 1
        prev = text[start:at]
        if prev.count("|") == 0 or (prev.count("|") == 1 and prev.lstrip(" \t").startswith("|")
                                    and not _wrapped_closing_pipe(text, start, prev)):
            chars[at] = " "
    return "".join(chars)


def _wrapped_closing_pipe(text: str, start: int, line: str) -> bool:
    """Is the line at `start` a pipe alone under a piece of a pipe row (words or figures with several pipes, or with
    one not opening the line: '31 | 4 | 19 | 7', '7 | 97'): that row's closing pipe a wrap carried to a line of its own
    (in a table printed a cell a line, a cell's line opens with its one pipe)?"""
    if line.strip(" \t|") or not start:
        return False
    before = text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip(" \t")
    return bool(before.strip("|")) and (before.count("|") >= 2 or (before.count("|") == 1 and before[0] != "|"))


# A crawler that writes each cell closed ("12 |") on a line of its own, a blank cell as a lone "|" and
# each row's end as a line of pipes alone ("|", or "||" after a row with a spanning cell): the lone
# "|" of a blank and of a row end look alike, but a row's end is its last pipe line, before the
# next row's label cell; every pipe line before it stands between the row's cells, a blank cell.
# (a figure's digit groups may stand apart: "4 815 |", a converter's thousands separator)
_VALUE_CELL = regex.compile(rf"[ \t]*(?:{NUMBER_WITH_MONEY}|{SPACE_GROUPED}|{SIGNED_WORD_NUMBER}|[—-]+|无)[ \t]*\|[ \t]*")
_PIPES_ONLY = regex.compile(r"[ \t]*\|+[ \t]*")
_LONE_PIPE_LINE = regex.compile(r"^[ \t]*\|[ \t]*$", regex.M)      # a blank cell's line: none, no such row


def join_closed_cell_rows(text: str) -> str:
    """The rows of such a table that print a blank cell put back on one line each ("规章 | 4 | | 9 |"),
    the row's end line kept below it, offsets kept.

    Only where the blanks are settled: every row of figures after a closed label cell ("行政许可 |")
    that the next label cell follows ends with a line of pipes alone (a layout that does not mark its
    rows' ends cannot tell a blank last cell from the end); a table's last row has no end line, so
    there a pipe line after its last figure may be either and the row is left as it was; so is a row
    whose first cell is blank (a header row's end before a row without a label looks the same). A row
    without a blank is left as it was too (its figures are read as before).
    """
    if "\n|" not in text or not _LONE_PIPE_LINE.search(text):
        return text             # (a pipe table's rows never stand on a line of one pipe: the common case)
    lines = text.split("\n")
    kinds = []
    for line in lines:
        if _PIPES_ONLY.fullmatch(line):
            kinds.append("P" if line.count("|") == 1 else "M")
        elif _VALUE_CELL.fullmatch(line):
            kinds.append("V")
        elif line.rstrip(" \t").endswith("|") and line.count("|") == 1 and line.strip(" \t|"):
            kinds.append("T")       # a closed cell of words: a label (or header) cell
        else:
            kinds.append("")
    rows = []                       # (label line, the end of its cells)
    i = 0
    while i < len(lines):
        if kinds[i] != "T":
            i += 1
            continue
        j = i + 1
        while j < len(lines) and kinds[j] in ("V", "P", "M"):
            j += 1
        run = kinds[i + 1:j]
        if "V" in run:
            if j < len(lines) and kinds[j] == "T":
                if run[-1] == "V":
                    return text     # a row of figures not ended by its pipe line: blanks not settled
                cells = run[:-1]    # its last pipe line ends the row
            elif run[-1] == "V":
                cells = run         # the table's last row: no end line, each pipe line a blank
            else:
                cells = []          # a blank last cell or the row's end: not settled
            # a pipe line right after the label cell may be a blank first cell or the end of a header
            # row whose next row prints no label (table 四's figures): the label's words settle it
            # (extract/rows), so there the row is joined from its first figure, the pipe lines before
            # it left on their own lines; not in a table's last row, where the end is not settled
            first = cells.index("V") if "V" in cells else len(cells)
            if "P" in cells and "M" not in cells and (first == 0 or j < len(lines) and kinds[j] == "T"):
                rows.append((i + first + (first > 0), i + 1 + len(cells)))
        i = j
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    chars = None
    for first, end in rows:         # only rows with a blank cell: the others read as they always did
        chars = chars or list(text)
        for k in range(first + 1, end):         # from the label line, or the row's first figure
            chars[offsets[k] - 1] = " "      # the newline before each cell of the row
    return "".join(chars) if chars else text


# a piece of a pipe row (a pipe in it), one or two lines with none, and a line that goes on with the row's cells (a pipe
# in it, none opening it; or a cell's separator after the spaces a wrap left, where the piece before ends open):
# a wrapped row with what stands between
_PIPE_ROW_GAP = regex.compile(r"^[^\n|]*\|[^\n]*\n((?:[^\n|]*\n){1,2})(?=[ \t]*[^|\s][^\n]*\||(?P<open>[ \t]+\|))",
                              regex.M)


def join_chrome_in_pipe_rows(text: str) -> str:
    """A page's chrome a crawler kept between the pieces of a pipe row a wrap cut ("| 111 | 23 | 2" / 【打印本页】… /
    "5 | 351 | … |", or "| 36 | 0" / 来源：… / " | 14 | …" where the wrap fell before a separator) blanked with its line break, offsets kept: the pieces stand as a wrap alone leaves them (the
    row's reading joins a cut figure only where its sums hold). Only lines that are chrome (patterns.page_chrome) or
    blank, at least one chrome."""
    if "|" not in text:
        return text
    chars = None
    for m in _PIPE_ROW_GAP.finditer(text):
        if m.group("open") and text[m.start():m.start(1) - 1].rstrip().endswith("|"):
            continue            # a closed row, then a line opening with a pipe: the next row, however indented
        gap = m.group(1).split("\n")[:-1]
        if all(page_chrome(line) or not line.strip() for line in gap) and any(line.strip() for line in gap):
            chars = chars or list(text)
            chars[m.start(1):m.end(1)] = " " * (m.end(1) - m.start(1))
    return "".join(chars) if chars else text


# a line that opens with a header field's name or a furniture word (one of those page_chrome knows), or a line of
# spaces (a page's number blank_page_numbers blanked): where such a line may be chrome, found by a search that looks
# for the line break first (the text's other lines are never tried; `re`, whose search for a literal first character
# is several times cheaper here than the regex module's)
_CHROME_OPENING = re.compile(r"\n(?:[ \t]*【?(?:" + "|".join(
    name for name in PUBLISH_FIELDS + OTHER_HEADER_FIELDS + PAGE_FURNITURE_WORDS if not name.isascii())
    + r")|(?=[ \t]+\n))")
_ROW_PIECE_END = regex.compile(r"[^\s|][ \t]+[0-9][0-9,]*[^\S\n]*(?:" + CELL_MARK + r")?[ \t]*$")
# a pipe row's piece a wrap cut after a figure, no pipe closing it
_OPEN_PIPE_PIECE = regex.compile(r"[ \t]*\|[^\n]*[0-9][ \t]*")
_FIGURES_ONLY = regex.compile(r"[ \t]*[0-9][0-9,]*(?:[ \t]+[0-9][0-9,]*)*[ \t]*(?:" + CELL_MARK + r")?[ \t]*")


def blank_chrome_in_figure_rows(text: str) -> str:
    """A page's chrome a crawler kept between a row of figures parted by spaces and its tail a wrap cut ("4.保护第三方
    合法权益 0 260 0 0 0 384" / 来源：… / "644"; a page's number, blanked already) blanked in place with its line break
    (offsets kept): the tail stands as a wrap alone leaves it (a blank line inside such a row parts it). Only a chrome
    line (patterns.page_chrome) after a line that ends in a figure after a space (a row's piece, never a figure alone
    on its line: a table printed a cell a line reads its chrome as it did) and before a line of figures only (or one
    blank or chrome line more, then such a line). A chrome line between a pipe table's line and a line of its header
    (pipes, no figure: the table would end there) is blanked, its line break kept; one between a pipe row a wrap left
    open after a figure and its next piece goes with its line break."""
    chars = None
    for m in _CHROME_OPENING.finditer(text):
        start = m.start() + 1
        end = text.find("\n", start)
        above = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if end >= 0 and _in_split_label(text, m.start(), end, above):
            chars = chars or list(text)
            chars[m.start():end] = " " * (end - m.start())
            continue
        after = text.find("\n", end + 1) if end >= 0 else -1
        below = "" if end < 0 else text[end + 1:after if after >= 0 else len(text)]
        if "|" in above and below.lstrip(" \t")[:1] == "|" and not _DIGIT.search(below) \
                and page_chrome(text[start:end].strip()):
            # a page's chrome between a pipe table's line and a line of its header after it (no figure: a row of
            # figures after chrome is read only where the table's sums hold, national_table4): never a row of it
            chars = chars or list(text)
            chars[start:end] = " " * (end - start)
            continue
        if below.lstrip(" \t")[:1] == "|" and _OPEN_PIPE_PIECE.fullmatch(above) and page_chrome(text[start:end].strip()):
            # … or between a pipe row a wrap cut, open after a figure ('| 2.没有现成… | 288 | 213 '), and its next
            # piece: it goes with its line break, the pieces as a wrap alone leaves them
            chars = chars or list(text)
            chars[m.start():end] = " " * (end - m.start())
            continue
        # (most such lines are a page's header fields, under no figure: the cheap test first)
        if end < 0 or not any(c.isdigit() for c in above[-8:]) or not _ROW_PIECE_END.search(above) \
                or (text[start:end].strip() and not page_chrome(text[start:end].strip())):
            continue
        tail, after = end + 1, text.find("\n", end + 1)
        line = text[tail:after if after >= 0 else len(text)]
        if not _FIGURES_ONLY.fullmatch(line) and after >= 0 and (not line.strip() or page_chrome(line.strip())):
            tail, after = after + 1, text.find("\n", after + 1)
            line = text[tail:after if after >= 0 else len(text)]
        if _FIGURES_ONLY.fullmatch(line):
            chars = chars or list(text)
            chars[start:tail] = " " * (tail - start)
    return "".join(chars) if chars else text


# a piece of a label a wrap cut in a table printed a cell a line: a short line of words (its numbering maybe), no pipe,
# no sentence
_LABEL_PIECE = regex.compile(r"[ \t]*(?:[0-9]{1,2}[.、．]?)?[^\s|0-9.、．][^\n|。；;]{0,29}")
# the last piece of such a label in a table printed a row a line: words, then the row's figures parted by spaces
_LABEL_THEN_FIGURES = regex.compile(r"[ \t]*[^\s|0-9.、．][^\n|。；;0-9]{0,29}?[ \t]+[0-9][0-9,]*(?:[ \t]+[0-9][0-9,]*)*[ \t]*")


def _in_split_label(text: str, brk: int, end: int, above: str) -> bool:
    """Does the chrome line from the line break at `brk` to `end` stand between the two pieces of a label a wrap cut, in
    a table printed a cell a line (0 / 6.属于四类 / 【打印本页】 / 过程性信息 / 0) or a row a line (… 269 1080 / 4.保护第三方 /
    【打印本页】 / 合法权益 303 117 …), or between a whole label and its first figure a cell a line? Then it goes with its
    line break: the pieces stand as a wrap alone leaves them."""
    if not _LABEL_PIECE.fullmatch(above) or not page_chrome(text[brk + 1:end].strip()):
        return False
    top = text.rfind("\n", 0, brk)
    prev = text[text.rfind("\n", 0, top) + 1:top] if top >= 0 else ""
    if top < 0 or not (_FIGURE_LINE.fullmatch(prev) or _ROW_PIECE_END.search(prev)):
        return False
    below_end = text.find("\n", end + 1)
    below = text[end + 1:below_end if below_end >= 0 else len(text)]
    if _ROW_PIECE_END.search(prev) and _LABEL_THEN_FIGURES.fullmatch(below):
        return True         # (a table printed a row a line: the label's last piece and the row's figures)
    if _FIGURE_LINE.fullmatch(prev) and _FIGURE_LINE.fullmatch(below):
        return True         # (a cell a line: a whole label and its first figure, 59 / 其中：同意公开答复数 / 扫一扫… / 27)
    if below_end < 0 or not _LABEL_PIECE.fullmatch(below) or page_chrome(below.strip()):
        return False
    after = text.find("\n", below_end + 1)
    return bool(_FIGURE_LINE.fullmatch(text[below_end + 1:after if after >= 0 else len(text)]))


def blank_page_numbers(text: str) -> str:
    """Page numbers on lines of their own (a PDF's text copied out: they sit between table rows)
    blanked in place, offsets kept, so they are never read as a cell."""
    return PAGE_NUMBER_LINE.sub(lambda m: " " * len(m.group()), text)


_DIGIT = regex.compile(r"[0-9]")
_BARE_NUMBER = regex.compile(r"[ \t]*[0-9]{1,3}[ \t]*")
_FIGURE_LINE = regex.compile(SIGNED_FIGURE_LINE)


def blank_continued_headers(text: str) -> str:
    """A table continued after a page break: its 续表 line and the lines after it that print again, word for
    word, lines seen earlier with no figure in them (the header row repeated), blanked in place, offsets kept:
    none of them is a row; and a bare number just above it when a repeated header follows (the page's number).
    A 续表 line with no header after it may stand inside a row: a number above it is left as it is."""
    lines = text.split("\n")
    marks = {text.count("\n", 0, m.start()) for m in CONTINUED_TABLE_LINE.finditer(text)}
    if not marks:
        return text
    seen: set[str] = set()
    blank = set()
    for i, line in enumerate(lines):
        if i in marks:
            blank.add(i)
            k = i + 1
            while k < len(lines) and (not lines[k].strip() or (lines[k].strip() in seen and not _DIGIT.search(lines[k]))):
                blank.add(k)
                k += 1
            j = i - 1
            while j >= 0 and not lines[j].strip():
                j -= 1
            above = j - 1
            while above >= 0 and not lines[above].strip():
                above -= 1
            if any(lines[x].strip() for x in range(i + 1, k)) and j >= 0 and _BARE_NUMBER.fullmatch(lines[j]) \
                    and not (above >= 0 and _FIGURE_LINE.fullmatch(lines[above])):
                # the page's number: a header printed again follows (a 续表 alone may cut a row). Below a figure
                # alone on its line it may as well be a row's last cell (figures a line each): kept, for the
                # row's arithmetic to settle (a wrapped or extra figure there made the row's columns shift)
                blank.add(j)
        seen.add(line.strip())
    return "\n".join(" " * len(ln) if i in blank else ln for i, ln in enumerate(lines))


# an HTML space entity a converter left in the text (html2text, a CMS export): a space, never a word of a
# label nor a separator of two figures' digits; blanked in place (offsets kept)
_SPACE_ENTITY = regex.compile(r"&(?:nbsp|ensp|emsp|#160|#xa0);", regex.I)
# a row copied from a spreadsheet or a Word table: cells between TABs, a blank cell an empty field
# (two TABs with nothing between them). Whitespace-split, the blank vanishes and the figures after it
# move a column left; such a line is written as a pipe row instead (each TAB a pipe, offsets kept)
# (also a field holding a figure whose digit groups stand apart, "1 234": between TABs one figure)
_TAB_ROW = regex.compile(r"(?m)^[ \t]*[^\s](?:.*?[^\s])?[ ]*\t(?:[ ]*\t|[ ]*" + SPACE_GROUPED + r"[ ]*(?:\t|$)).*$")


def tab_rows_as_pipes(text: str) -> str:
    """The lines of TAB-separated cells with an empty field among them, or a figure grouped by spaces, as pipe
    rows (offsets kept): the empty field stays a (blank) cell, the figure one cell. Other lines are read as
    they always were."""
    lines = None
    for m in _TAB_ROW.finditer(text):
        line = m.group()
        body = line.lstrip(" \t")
        if "|" in line or body.count("\t") < 2:
            continue        # (already a pipe row, or one label and one figure)
        lines = lines if lines is not None else list(text)
        for k in range(m.start() + len(line) - len(body), m.end()):
            if text[k] == "\t":
                lines[k] = "|"
    return "".join(lines) if lines is not None else text


def _page_end(text: str) -> Optional[int]:
    """Where the first furniture line in the second half with no table after it starts: a widget a crawler kept
    inside the body ("分享到：" between two rows) is no page's end. Having a table after it only gets rarer down
    the page, so the line is found by bisection (a page of many such lines costs a few searches, not one each)."""
    if not any(word in text for word in PAGE_FURNITURE_WORDS):
        return None         # no furniture line (most texts): the pattern is not tried at every line
    lines = [m.span() for m in _FURNITURE.finditer(text) if m.start() > len(text) * 0.5
             and not _among_figures(text, *m.span())]
    lo, hi = 0, len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        if _TABLE_AFTER.search(text, lines[mid][1]):
            lo = mid + 1
        else:
            hi = mid
    return lines[lo][0] if lo < len(lines) else None


_LINE_AROUND = regex.compile(r"\s*\n([^\n]*)")
_LINE_BEFORE = regex.compile(r"(?r)([^\n]*)\n\s*")      # (matched backwards from a line's start: the line above)


# a figure alone on its line, a footnote mark after it maybe (a cell's: 71※)
_MARKED_FIGURE_LINE = regex.compile(SIGNED_MARKED_FIGURE_LINE)
# a row printed a cell a line right after a line: its label, a unit maybe (件), and two figures a line each
_ROW_AFTER = regex.compile(r"\s*\n[ \t]*[^\s0-9][^\n0-9]*\n(?:[ \t]*[^\s0-9][^\n0-9]{0,2}\n)?"
                           + SIGNED_MARKED_FIGURE_LINE + r"\n" + SIGNED_MARKED_FIGURE_LINE + r"(?:\n|$)")


def _among_figures(text: str, start: int, end: int) -> bool:
    """Does a furniture line stand between two figures a line each (a table printed a cell a line, the widget a crawler
    kept inside it: 15 / 扫一扫在手机打开当前页 / 62), or between a figure and a row printed so (42 / 扫一扫… / 接受行政申诉、
    举报数 / 件 / 7 / 48: the table's last row)? Then it is no page's end. A figure may carry a footnote mark (71※)."""
    before = _LINE_BEFORE.match(text, 0, start)          # (no copy of the text before: a page may hold many such lines)
    if not (before and _MARKED_FIGURE_LINE.fullmatch(before.group(1))):
        return False
    after = _LINE_AROUND.match(text, end)
    return bool(after and _MARKED_FIGURE_LINE.fullmatch(after.group(1))) or _ROW_AFTER.match(text, end) is not None


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


# a line of markup alone, a list's bullet or number before it (`  • <input id="h4sia"><address id="h4sia"></address>`,
# `1. <blockquote …></blockquote>`): empty tags a copy of a tampered page keeps above its body, no word of the page
_TAG_ONLY_LINE = regex.compile(r"^[ \t]*(?:[•·*-]|\d{1,2}\.)?[ \t]*"
                               r"(?:</?[A-Za-z][A-Za-z0-9]{0,15}(?:[ \t][^<>\n]{0,200})?/?>[ \t]*)+\r?$", regex.M)
_TAG = regex.compile(r"<[A-Za-z/!]")
_VOID = r"(?!(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b)"
_OPEN_TAG = regex.compile(rf"<{_VOID}[A-Za-z][^<>]*(?<!/)>", regex.I)
_CLOSE_TAG = regex.compile(rf"</{_VOID}[A-Za-z]", regex.I)
_DEBRIS_LINES_MIN, _TEXT_LINES_MIN = 2, 3


def markup_debris_only(text: str) -> bool:
    """Is a text that holds tags a plain text all the same: every line that holds a tag is markup alone, each element
    it opens closed on the line (no word in any: `<p>` over a line of words is a page's markup), and lines of words
    stand apart from them? Read as an HTML page, its line breaks would be lost."""
    debris = words = 0
    for line in text.split("\n"):
        if _TAG.search(line):
            if not _TAG_ONLY_LINE.match(line) or len(_OPEN_TAG.findall(line)) != len(_CLOSE_TAG.findall(line)):
                return False
            debris += 1
        elif line.strip():
            words += 1
    return debris >= _DEBRIS_LINES_MIN and words >= _TEXT_LINES_MIN


def _blank_tag_lines(text: str) -> str:
    """Lines of markup alone blanked in place (offsets kept): no title line, and the title search reads a page's
    first lines only."""
    return _TAG_ONLY_LINE.sub(lambda m: " " * len(m.group()), text)


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
    text = mark_blank_cell_lines(normalize_text(text))
    title_hint, date_hint = crawler_header(text)
    if "<br" in text or "<BR" in text:
        text = _blank_line_breaks(text)
    if "</" in text:
        text = _blank_tag_lines(text)
    if "&" in text and _SPACE_ENTITY.search(text):
        text = _SPACE_ENTITY.sub(lambda m: " " * len(m.group()), text)
    if "\t" in text:
        text = tab_rows_as_pipes(text)
    text = join_chrome_in_pipe_rows(text)
    text = blank_furniture_between_rows(text)
    text = blank_page_numbers(text)
    text = blank_chrome_in_figure_rows(text)
    if "续表" in text or "(续)" in text:
        text = blank_continued_headers(text)
    text = join_cell_lines(text)
    text = join_closed_cell_rows(text)
    end = _page_end(text)
    if end is not None:
        text = text[:end]
    images = len(_MARKDOWN_IMAGE.findall(text)) if "![" in text else 0
    return Document(text=text, format="text", title_hint=title_hint, date_hint=date_hint, images=images, **meta)
