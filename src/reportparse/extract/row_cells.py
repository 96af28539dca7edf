"""The cells that follow a row's label in the document text: pipe cells, one cell per line,
whitespace-separated tokens, or one run of digits the solver splits later (rows.py finds the
labels). Units, notes and the rest of a wrapped label are told apart from figures here.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ..patterns import (CELL_UNITS, CHANGE_PAIR_IN_ROW, CHANGE_PAIR_LINE, DOUBLED_SIGN_NUMBER, FOOTNOTE_MARK, HAN,
                        NO_CHANGE_WORDS, NUMBER_WITH_MONEY, OCR_FIGURE, SIGN_WORDS, SIGNED_WORD_NUMBER, SPACE_GROUPED, UNIT_WORDS,
                        LazyPattern, change_pair_alone, letter_spaced)
from .line_damage import cut_at_width, label_wrapped
from .cell_tokens import Token, pipe_cells
from .lookalikes import letter_by_digit
from .ocr_pipes import ocr_pipe_figures

# (an OCR'd figure with a lookalike letter among its digits is one cell, whole: never its digits alone; 无 is
# a null mark alone, never the first word of a heading run on after a row, 无法提供; a stated no change, 未增未减, is
# one cell: read_row reads it in its 本年增/减 column only)
_NO_CHANGE = "|".join(NO_CHANGE_WORDS)
_PLAIN_TOKEN = (DOUBLED_SIGN_NUMBER + "|" + NUMBER_WITH_MONEY + f"(?:{FOOTNOTE_MARK})?|" + SIGNED_WORD_NUMBER
                + r"|[—/\\]+|-{1,2}(?![0-9])|" + _NO_CHANGE + "|无")
TOKEN = regex.compile(OCR_FIGURE + "|" + _PLAIN_TOKEN)
# a text with no letter beside a digit has no OCR'd figure: its rows are read by the plain patterns (half the cost,
# lookalikes.letter_by_digit)
_NOTE = regex.compile(r"\([^()\n]{2,300}\)")
# a definition after the label's colon, no figure in it, closed by its cell's pipe at the line end (a table cell)
DEFINITION_NOTE = regex.compile(r":[^\n|0-9]{4,400}?[ \t]*\|[ \t]*(?=\n)")
_UNIT_CELL = regex.compile(r"(?:^|[\s|])(" + letter_spaced(UNIT_WORDS) + r")(?=[\s|]|[0-9]|$)")
# the rest of a wrapped label before its cells; letter-spaced too (a PDF copy: "、 行 政 机 关   3 …")
_TAIL_CHAR = r"[\p{Han},、()\"“”]"
_TAIL = regex.compile(rf"[ \t]*(?:{_TAIL_CHAR}(?: (?={_TAIL_CHAR}))?){{1,20}}?(?=[ \t]+\d)")
_NUMBERING = regex.compile(r"[.,、]\s*\p{Han}")
# markdown's |---|:---:| line under a header: no cells
SEPARATOR_LINE = regex.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?:\n|$)")
# a pipe row below a label: a line opening with a pipe and holding more than pipes (a line of
# pipes alone is the label cell's closing pipe, wrapped: "一、本年新收…数量\n|\n2585 |")
_PIPE_LINE = regex.compile(r"\n[ \t]*\|(?![ \t|]*(?:\n|$))")
# a row label's closing pipe, lone pipes on lines of their own, then the rest of its row on one line
# (layout/text joined it from its first figure): the lone pipes after a row label are its blank first cells;
# the rest may be its last cell alone, closed by the crawler's row end "||" on the next line ("|\n|\n0 |\n||")
_BLANKS_FIRST = LazyPattern(r"[ \t]*\|[ \t]*\n((?:[ \t]*\|[ \t]*\n)+)(?=[ \t]*(?:" + TOKEN.pattern
                              + r")[ \t]*\|(?:[^|\n]*\||[ \t]*\n[ \t]*\|\|[ \t]*(?:\n|$)))")
# the unit words in their order: the first that stands at a position is the one taken there
_UNIT_AT = regex.compile("|".join(regex.escape(u) for u in UNIT_WORDS))
# (a footnote mark glued after a figure is that cell's, passed over whole: "[1]" and "(注)" hold stops)
# the units glued to a figure that the token reader passes over (patterns.CELL_UNITS, its owner), a named variant: 次 and
# 份 joined CELL_UNITS for PDF cells (Word's "12" over "次") after these classes were written; 次 still ends a row read
# from tokens and neither anchors a footnote mark (built with them in, no output of 826 inputs changed: left unproven)
_TOKEN_UNITS = tuple(u for u in CELL_UNITS if u != "次")
_GLUED_CHARS = "".join(dict.fromkeys("".join(_TOKEN_UNITS)))                     # 万元件条项个起份
_FIGURE_ENDS = "".join(dict.fromkeys(u[-1] for u in _TOKEN_UNITS if u != "份"))   # 元件条项个起
_STOP_PLAIN = (rf"(?<=[0-9{_FIGURE_ENDS}]){FOOTNOTE_MARK}(*SKIP)(*FAIL)|(?:{_NO_CHANGE})(*SKIP)(*FAIL)|"
               r"(?![" + "".join(SIGN_WORDS) + r"][0-9])[^\s|\d.,+\-—/\\:" + _GLUED_CHARS + "无]")
_STOP = regex.compile(rf"{OCR_FIGURE}(*SKIP)(*FAIL)|" + _STOP_PLAIN)
_PLAIN = (regex.compile(_PLAIN_TOKEN), regex.compile(_STOP_PLAIN))


@lru_cache(maxsize=4)
def _patterns(text: str) -> tuple[regex.Pattern, regex.Pattern]:
    """The token and stop patterns for a text: with OCR'd figures only where a letter stands by a digit."""
    return (TOKEN, _STOP) if letter_by_digit(text) else _PLAIN


def row_unit(text: str, start: int, end: int) -> Optional[str]:
    """The unit cell of a row (条/件/元/万元 standing alone or glued to the label), if any."""
    m = _UNIT_CELL.search(text, start, end)
    return m.group(1).replace(" ", "") if m else None


def cells_after(text: str, start: int, limit: int, label_tail: bool = False) -> tuple[list[Token], bool, int]:
    """The cells following a label that ends at `start`, stopping at `limit` or at prose.

    label_tail: the rest of a long label may stand between the label and its cells when the
    label wrapped around them ("1.申请人无正当理由逾期不补正、行政机关  6 1 0 …").
    A label outside a pipe row never takes the cells of a pipe row below it (in a fragmented
    table they belong to another row).
    """
    tokens, pipe, stop, _, _ = read_cells(text, start, limit, label_tail)
    return tokens, pipe, stop


def read_cells(text: str, start: int, limit: int, label_tail: bool) -> tuple[list[Token], bool, int, int, bool]:
    """cells_after, `reach`: the same call with any limit from reach to `limit` gives the same cells,
    and `at_stop`: so does the call with its stop as the limit.

    The limit matters only where a search stopped at it; a row whose line ends, and whose prose
    begins, before the limit was read from text before `reach` (its line end, the character that
    stopped it). Where that is not so, reach is the limit. A row that stops at the next row's
    number ("7.") reads the same with the limit there (where that row's label starts).
    """
    tailed = False
    m = DEFINITION_NOTE.match(text, start, limit)
    if m:       # "规章:地方行政规章指…规范性文件。 |": the label's definition, closed with its cell; the cells follow
        start = m.end()
    if label_tail:
        m = _TAIL.match(text, start, limit)
        if m:
            start = m.end()
            tailed = True
    line_end = text.find("\n", start, limit)
    line = text[start:line_end if line_end >= 0 else limit]
    # the line decides a pipe row: the same line for a limit past its end; a line with no pipe has
    # none up to any limit. (The label tail, and the blanks and digit it looked at, end before the
    # line does and before the character that stops the row.)
    piped = "|" in line
    ocr = ocr_pipe_figures(text, start, start + len(line)) if piped else []
    if ocr:       # pipes an OCR read for 1s only: no pipe row
        piped = any(ch == "|" and not any(a <= start + i < b for a, b in ocr) for i, ch in enumerate(line))
    reach = start if not piped else line_end + 1 if line_end >= 0 else limit
    lead_in = text[text.rfind("\n", 0, start) + 1:start].strip(" \t")
    opened = piped and lead_in.startswith("|")
    # (a label ending its line, opened by a pipe and not closed: the wrap cut the row right after its label)
    # (or by a line above it: a wrap cut the label's cell, label_wrapped)
    cut_after_label = not piped and not line.strip() and not lead_in.endswith("|") and (
        lead_in.startswith("|") or label_wrapped(text, start))
    stop = wrapped_row_end(text, start + len(line), limit, opened or cut_after_label or label_wrapped(text, start)) \
        if piped or cut_after_label else start
    if (piped or cut_after_label) and (TOKEN.search(line) or (line.count("|") >= 2 and not line.strip(" \t|"))
                                       or stop > start + len(line)):
        # a pipe row: its cells by position, blanks included (a row of blanks is a row of nulls)
        cells = values_before_pipe(text, start, line) + pipe_cells(text, start, stop)
        if stop > start + len(line):
            return cells, True, stop, min(stop + 1, limit), False
        if not opened:
            # a row line not opened by a pipe ("label | 25 |"): its row's other cells may follow a line
            # each, separators counted ("| 25 |", a blank cell a lone "|"); read_row counts them
            more, end = _cell_lines(text, stop, limit)
            if more and (any(c.raw for c in more) or _separator_counted(text)):
                return cells + more, True, end, limit, False      # (a larger limit may take a cut line)
        return cells, True, stop, reach, False
    lead = _BLANKS_FIRST.match(text, start, limit) if piped else None
    if lead:
        row_end = text.find("\n", lead.end(), limit)
        row_end = limit if row_end < 0 else row_end
        row = text[lead.end():row_end]
        blanks = [Token("", m.start(), m.start()) for m in regex.finditer(r"\|", text, pos=lead.start(1), endpos=lead.end(1))]
        cells = values_before_pipe(text, lead.end(), row) + pipe_cells(text, lead.end(), row_end)
        return blanks + cells, True, row_end, min(row_end + 1, limit), False
    pos = start
    while pos < limit and text[pos] in " \t\n|:":
        pos += 1
        if text[pos - 1] in "\n|" and (sep := SEPARATOR_LINE.match(text, pos - (text[pos - 1] == "|"), limit)):
            pos = sep.end()
    m = _NOTE.match(text, pos, limit)      # (不同渠道和方式公开相同信息计1条): part of the label
    if m:
        pos = m.end()
        while pos < limit and text[pos] in " \t\n|:":
            pos += 1
    m = _UNIT_AT.match(text, pos)          # a unit cell, or a unit glued to the label ("条4251516")
    if m:
        pos = m.end()
    token, stop_at = _patterns(text)
    pairs = _change_pairs(text, pos, limit)
    m_stop = stop_at.search(text, pos, limit)
    while m_stop and pairs and (span := _within(pairs, m_stop.start())):      # "+(2) -(5)": a cell, no prose
        m_stop = stop_at.search(text, span[1], limit)
    # prose stops the row: what came before it was read whatever the limit beyond it (the
    # separator lines passed over hold no prose character, so they end before it too). A limit at
    # the prose character itself (the next row's label starts there) reads the same too, unless a
    # pipe line or a dash before it could be read as a separator line ending at that limit.
    if m_stop:
        at = m_stop.start()
        reach = max(reach, at if not piped and "-" not in text[pos:at] else at + 1)
    else:
        reach = limit
    stop = m_stop.start() if m_stop else limit
    if text.find("|", pos, stop) >= 0:
        ocr = ocr_pipe_figures(text, pos, stop)
    m_pipe = _PIPE_LINE.search(text, start, stop)
    while m_pipe and any(a <= m_pipe.end() - 1 < b for a, b in ocr):      # "|25": an OCR's 1, no pipe row
        m_pipe = _PIPE_LINE.search(text, m_pipe.end(), stop)
    if m_pipe:           # a label outside a pipe row never takes the cells of a pipe row below it
        stop = m_pipe.start()
    tokens = []
    size = len(text)
    for m in token.finditer(text, pos, stop):
        s, e = m.span()
        if pairs and (span := _within(pairs, s)):        # (most rows hold no change pair: no search a token)
            if not tokens or tokens[-1].start != span[0]:
                tokens.append(Token(text[span[0]:span[1]], span[0], span[1]))     # the pair whole: one cell
            continue
        if m.group() == "无" and e < size and HAN.match(text, e):
            # 无 glued to words (无法提供, a heading run on after the row) is no null mark: the row ends there,
            # whatever the limit (the next character is read from the whole text)
            tokens = _ocr_cells(text, tokens, ocr, start, s)
            cut = _blank_line_cut(text, tokens)
            return (tokens[:cut], False, tokens[cut - 1].end, reach, False) if cut else (tokens, False, s, reach, False)
        if (e < size and text[e] in ".,、" and _NUMBERING.match(text, e)) or (
                (s == 0 or text[s - 1] == "\n") and _fused_row_number(text, m)):
            # "7." or "7其中…": the next row's numbering. A limit at it reads the cells before it
            # alike, unless its digit is the one the label tail looked ahead to, or a dash before it
            # could be read as a separator line ending at that limit
            at_stop = not piped and (bool(tokens) or not tailed) and "-" not in text[pos:s]
            tokens = _ocr_cells(text, tokens, ocr, start, s)
            cut = _blank_line_cut(text, tokens)
            return (tokens[:cut], False, tokens[cut - 1].end, reach, False) if cut else (tokens, False, s, reach, at_stop)
        tokens.append(Token(m.group(), s, e))
    tokens = _ocr_cells(text, tokens, ocr, start, stop)
    cut = _blank_line_cut(text, tokens)
    return (tokens[:cut], False, tokens[cut - 1].end, reach, False) if cut else (tokens, False, stop, reach, False)


def _change_pairs(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """The spans of the 本年增/减 cells printing an increase and a decrease apart between pos and limit: on lines of
    their own, else among a row's figures where a pair cannot be two cells. (Every pair prints an increase: no '+'
    or '增' in the range, none.)"""
    if text.find("+", pos, limit) < 0 and text.find("增", pos, limit) < 0:
        return []
    return [m.span(1) for m in CHANGE_PAIR_LINE.finditer(text, pos, limit)] or \
        [m.span() for m in CHANGE_PAIR_IN_ROW.finditer(text, pos, limit) if change_pair_alone(m.group())]


def _within(spans: list[tuple[int, int]], at: int) -> Optional[tuple[int, int]]:
    """The span (of a change pair's line) that holds position `at`, if any."""
    return next((sp for sp in spans if sp[0] <= at < sp[1]), None)


_BLANK_LINE = regex.compile(r"\n[ \t]*\n")


def _blank_line_cut(text: str, tokens: list[Token]) -> int:
    """Where a row printed as one line of figures ends at a blank line, or a row of cells closed by pipes at a
    figure not closed: a figure after it is no cell of the row (a page's number, a stray figure), never the
    row's last column. 0: no such cut."""
    if len(tokens) < 3:
        return 0
    closed = [bool(_CLOSED.match(text, t.end)) for t in tokens] if text.find("|", tokens[0].end, tokens[2].end + 3) >= 0 else ()
    if closed and all(closed[:3]) and not all(closed):
        # cells closed by a pipe each ("12 |"): a bare figure after them is no cell of the row (a page's number)
        return closed.index(False)
    if "\n" in text[tokens[0].start:tokens[1].start] or _lone_grouped_line(text, tokens):
        return 0
    for i in range(1, len(tokens)):
        gap = text[tokens[i - 1].end:tokens[i].start]
        if "\n" in gap:
            # (a line a hard wrap cut at its width goes on after the blank line a crawler set after every line)
            return i if _BLANK_LINE.search(gap) and not cut_at_width(text, tokens[i - 1].end) else 0
    return 0


_GROUPED_LINE = regex.compile(r"[ \t]*" + SPACE_GROUPED + r"[ \t]*(?:\n|$)")


def _lone_grouped_line(text: str, tokens: list[Token]) -> bool:
    """Whether the first figures stand alone on their line as one figure printed with spaces between its digit
    groups ("1 258", one cell a line): no row printed on one line, so a blank line after it is no row's end."""
    ls = text.rfind("\n", 0, tokens[0].start) + 1
    return not text[ls:tokens[0].start].strip(" \t") and bool(_GROUPED_LINE.match(text, tokens[0].start))


_LONE_PIPE = regex.compile(r"(?m)^[ \t]*(\|)[ \t]*$")
# (a figure's cell closed by its pipe, the row's unit glued inside it: "0件 |", one cell, never a blank after it)
_CLOSED = regex.compile(r"(?:" + "|".join(CELL_UNITS) + r")?[ \t]*\|")
_WRAPPED_CLOSE = regex.compile(r"[ \t]*\n[ \t]*\|[ \t]*(?:\n|$)")


def _ocr_cells(text: str, tokens: list[Token], ocr: list[tuple[int, int]], pos: int, stop: int) -> list[Token]:
    """The cells of a row read as tokens, with the figures holding an OCR's pipe for a 1 whole, and a lone pipe
    line among figures that no pipe closes (one figure a line) kept as a cell: a blank's mark or a 1 an OCR
    read as a pipe, never nothing (its row's figures would close up into the wrong columns)."""
    if ocr:
        tokens = with_ocr_figures(text, tokens, ocr)
    piped = bool(tokens) and text.find("|", pos, stop) >= 0
    if piped and len(tokens) > 1:
        tokens = _closed_grouped(text, tokens)
    elif len(tokens) > 2 and any(text[a.end:b.start] == " " and len(b.raw) == 3 for a, b in zip(tokens, tokens[1:])):
        tokens = _grouped_lines(text, tokens)
    if piped and not any(_CLOSED.match(text, t.end) for t in tokens):
        # (the line must end in the whole text: a search bounded at the row's stop would end it at "| 行政强制")
        lone = [Token("|", m.start(1), m.end(1)) for m in _LONE_PIPE.finditer(text, pos, stop)
                if m.end() == len(text) or text[m.end()] == "\n"]
        # (a pipe line after every figure is each one's closing pipe, wrapped: "12\n|\n34\n|")
        if lone and not all(_WRAPPED_CLOSE.match(text, t.end) for t in tokens):
            tokens = sorted(tokens + lone, key=lambda t: t.start)
    return tokens


_GROUP_HEAD = regex.compile(r"[0-9]{1,3}")
_GROUP = regex.compile(r"[0-9]{3}")
_CLOSED_LINE_END = regex.compile(r"[ \t]*\|[ \t]*(?:\n|$)")


def _closed_grouped(text: str, tokens: list[Token]) -> list[Token]:
    """A cell closed by its pipe on a line of its own that holds one figure printed with spaces between its
    digit groups ("1 222 |", a converter's thousands separator): one cell, never two (a closed cell holds one
    figure; its pieces read apart would move the row's columns)."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        j = i
        if _GROUP_HEAD.fullmatch(t.raw) and not text[text.rfind("\n", 0, t.start) + 1:t.start].strip(" \t"):
            while j + 1 < len(tokens) and _GROUP.fullmatch(tokens[j + 1].raw) and text[tokens[j].end:tokens[j + 1].start] == " ":
                j += 1
        if j > i and _CLOSED_LINE_END.match(text, tokens[j].end):
            out.append(Token(text[t.start:tokens[j].end], t.start, tokens[j].end))
        else:
            out.extend(tokens[i:j + 1])
        i = j + 1
    return out


def _grouped_lines(text: str, tokens: list[Token]) -> list[Token]:
    """Figures one a line (two lines or more of one figure each) where a line holds only one figure printed with
    spaces between its digit groups ("1 258"): that line is one cell. Any other line of several figures, or a
    figure on the label's line: the tokens as they are."""
    groups: list[list[Token]] = [[tokens[0]]]
    for a, b in zip(tokens, tokens[1:]):
        if "\n" in text[a.end:b.start]:
            groups.append([b])
        else:
            groups[-1].append(b)
    if sum(len(g) == 1 for g in groups) < 2:
        return tokens
    out: list[Token] = []
    for g in groups:
        if len(g) > 1:
            ls = text.rfind("\n", 0, g[0].start) + 1
            if text[ls:g[0].start].strip(" \t") or not (m := _GROUPED_LINE.match(text, g[0].start)) \
                    or text[g[0].start:g[-1].end] != m.group().strip():
                return tokens
            out.append(Token(text[g[0].start:g[-1].end], g[0].start, g[-1].end))
        else:
            out.append(g[0])
    return out


def with_ocr_figures(text: str, tokens: list[Token], ocr: list[tuple[int, int]]) -> list[Token]:
    """The tokens with each figure holding an OCR's pipe for a 1 as one cell ("2|1", not 2 and 1)."""
    out: list[Token] = []
    for t in tokens:
        span = next(((a, b) for a, b in ocr if a <= t.start < b), None)
        if span is None:
            out.append(t)
        elif not out or out[-1].start != span[0]:
            out.append(Token(text[span[0]:span[1]], span[0], span[1]))
    return out


_CELL_LINE = regex.compile(r"[ \t]*\|[ \t]*(?:(" + TOKEN.pattern + r")[ \t]*\|[ \t]*)?")


# the rest of a pipe row a fixed-width wrap carried to the next line: figures (a footnote mark glued after one, as a
# cell may carry it), blanks and pipes only (its closing pipe alone too: the line before it is then no row cut short)
_REST_CHAR = rf"(?:[ \t0-9.|]|[+-](?=[0-9])|(?<=[0-9]){FOOTNOTE_MARK})"
# (its first cell may be the row's unit, where the wrap cut right after the label: '| 件 | 73 | 357 |', or right
# after the label's closing pipe: ' 件 | 60 | 5 |')
_WRAPPED_REST = regex.compile(rf"(?:[ \t]*\|?[ \t]*(?:{'|'.join(CELL_UNITS)})[ \t]*(?=\|))?{_REST_CHAR}*[0-9|]{_REST_CHAR}*")


def wrapped_row_end(text: str, end: int, limit: int, opened: bool) -> int:
    """Where a pipe row ends that a crawler wrapped at a fixed width (its line ends at `end`; `opened`: the line opens
    with a pipe): up to three lines of figures, blanks and pipes only go on with its cells, each after a line not
    closed by a pipe, or (in a row opened by a pipe, where a line opening without one is no row) not opened by one
    itself; the last taken is closed by a pipe. A figure cut in two is one cell whose text holds the line break, read
    only where a sum proves it (tables.read_row). Else `end`."""
    pos, found, single = end, end, 0
    for _ in range(3):
        if pos >= limit or text[pos] != "\n":
            break
        closed = text[text.rfind("\n", 0, pos) + 1:pos].rstrip(" \t").endswith("|")
        if text.startswith("\n\n", pos) and cut_at_width(text, pos):
            pos += 1        # (the blank line a crawler set after every line, the line before it run to the wrap width)
        nxt = text.find("\n", pos + 1)
        nxt = len(text) if nxt < 0 else nxt
        if nxt > limit:         # (a whole line or none: the next row's label may start inside it)
            break
        rest = text[pos + 1:nxt]
        if (closed and (not opened or rest.lstrip(" \t").startswith("|"))) or not _WRAPPED_REST.fullmatch(rest):
            break
        single = single + 1 if rest.count("|") == 1 and closed else 0
        if single > 1:      # closed cells a line each ('25 |' / '274 |'): a layout of its own, no wrap
            return end
        if rest.rstrip(" \t").endswith("|"):
            found = nxt
        pos = nxt
    return found


def _cell_lines(text: str, pos: int, limit: int) -> tuple[list[Token], int]:
    """The whole lines after `pos` (a line end) before `limit` that are one cell each, "| 25 |" or a blank
    cell's lone "|", up to the first other line."""
    cells: list[Token] = []
    end = pos
    while end < limit and text[end] == "\n":
        line_end = text.find("\n", end + 1)
        line_end = len(text) if line_end < 0 else line_end
        m = _CELL_LINE.fullmatch(text, end + 1, line_end) if line_end <= limit else None
        if not m:
            break
        bar = text.index("|", end + 1)      # a blank cell is at its pipe
        cells.append(Token(m.group(1), m.start(1), m.end(1)) if m.group(1) else Token("", bar, bar))
        end = line_end
    return cells, end


# the layout itself, somewhere in the text: a row line not opened by a pipe ending in a figure cell, the
# next line a figure cell opened and closed. Only there do lone pipes after a row of one figure count as
# its blank cells (in the closed-cell layout, "12 |" a line, a lone pipe may end the row: layout/text)
_SEPARATOR_COUNTED = LazyPattern(r"(?m)^[ \t]*[^|\s][^\n|]*(?:\|[^\n|]*)*?\|[ \t]*(?:" + TOKEN.pattern
                                   + r")[ \t]*\|[ \t]*\n[ \t]*\|[ \t]*(?:" + TOKEN.pattern + r")[ \t]*\|[ \t]*$")


@lru_cache(maxsize=4)
def _separator_counted(text: str) -> bool:
    return bool(_SEPARATOR_COUNTED.search(text))


def first_pipe(text: str, start: int, line: str) -> Optional[int]:
    """Where in `line` (at `start` in text) its first separating pipe is: not one an OCR read for a 1."""
    at = line.find("|")
    ocr = ocr_pipe_figures(text, start, start + len(line)) if at >= 0 else []
    while at >= 0 and any(a <= start + at < b for a, b in ocr):
        at = line.find("|", at + 1)
    return None if at < 0 else at


def values_before_pipe(text: str, start: int, line: str) -> list[Token]:
    """The values a pipe line holds before its first pipe, when that piece is values only: a row whose
    cells a crawler joined by spaces and marked only its end ("规章 3 1 27 |", "40 42 | 53 | …")."""
    at = first_pipe(text, start, line)
    if at is None:
        return []
    head = line[:at]
    lead = list(TOKEN.finditer(head))
    if not lead or TOKEN.sub("", head).strip():
        return []
    return [Token(m.group(), start + m.start(), start + m.end()) for m in lead]


_FUSED_LABEL = regex.compile(r"(?!(?:" + "|".join(UNIT_WORDS) + r"))\p{Han}")


def _fused_row_number(text: str, m) -> bool:
    """A number opening a line and glued to a label ("12其他类型答复数") is that row's number."""
    line_start = m.start() == 0 or text[m.start() - 1] == "\n"
    return line_start and m.group().isdigit() and bool(_FUSED_LABEL.match(text, m.end()))
