"""Find row labels in the document text and cut out the cells that follow each one.

Labels are searched in the whitespace-free search form of the text (so scrapers' stray spaces
and line breaks inside a label do not matter) and mapped back to document offsets. The cells of
a row are whatever numeric material follows its label up to the next label: pipe cells, lines,
whitespace-separated tokens, or one run of digits that the solver splits later.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Callable, Iterable, Optional

import regex

from ..cells import parse_cell
from ..normalize import CompactSearch, Spacing
from ..patterns import CELL_UNITS, NUMBER_WITH_MONEY, ROW_NUMBERING, SIGN_WORDS, SIGNED_WORD_NUMBER, UNIT_WORDS, letter_spaced
from ..schema import RowSpec

# A numbering prefix glued before a label: 1. 2、 (三) 四、 其中: — kept with the label so a
# digit of it is never read as the previous row's value.
_PREFIX = ROW_NUMBERING
# at least the longest text _PREFIX matches ("其中:(十二三)" is 8 characters), with room to spare
_PREFIX_MAX = 16
_TOKEN = regex.compile(NUMBER_WITH_MONEY + "|" + SIGNED_WORD_NUMBER + r"|[—/\\]+|-{1,2}(?![0-9])|无")
_NOTE = regex.compile(r"\([^()\n]{2,300}\)")
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
# (layout/text joined it from its first figure): the lone pipes after a row label are its blank first cells
_BLANKS_FIRST = regex.compile(r"[ \t]*\|[ \t]*\n((?:[ \t]*\|[ \t]*\n)+)(?=[ \t]*(?:" + _TOKEN.pattern + r")[ \t]*\|[^|\n]*\|)")
# the unit words in their order: the first that stands at a position is the one taken there
_UNIT_AT = regex.compile("|".join(regex.escape(u) for u in UNIT_WORDS))
_STOP = regex.compile(r"(?![" + "".join(SIGN_WORDS) + r"][0-9])[^\s|\d.,+\-—/\\:元万条件项个份起无]")


@dataclass
class Token:
    raw: str
    start: int
    end: int


@dataclass
class RowHit:
    spec: RowSpec
    label: str                  # the label as printed (document text)
    label_start: int
    label_end: int
    cells: list[Token] = field(default_factory=list)
    pipe_row: bool = False      # cells came from a pipe row: blanks are real cells
    region_end: int = 0
    unit: Optional[str] = None  # the row's unit column (万元 turns a fee into 元 × 10000)
    note: Optional[str] = None  # how the row was found, when not by its printed label


class LabelIndex:
    """The search form of a document and label search over it."""

    def __init__(self, text: str, spacing: Optional[Spacing] = None):
        self.text = text
        search = CompactSearch(text, spacing)      # the document's whitespace cut, if given, is not cut again
        self.compact = search.text
        self.to_doc, self.to_compact = search.to_doc, search.to_compact

    def find(self, pattern: regex.Pattern, start: int = 0, end: Optional[int] = None):
        """Yield (doc_start, doc_end, match) for matches in the search form between doc offsets."""
        cs = self.to_compact(start)
        ce = len(self.compact) if end is None else self.to_compact(end)
        for m in pattern.finditer(self.compact, cs, ce):
            yield self.to_doc(m.start()), self.to_doc(m.end() - 1) + 1, m

    def find_labels(self, pattern: regex.Pattern, labels: regex.Pattern, start: int = 0, end: Optional[int] = None):
        """find(pattern) for a pattern that is _PREFIX followed by `labels`, the same matches, faster.

        Trying the optional numbering prefix at every position costs ten times a search for the
        labels alone; a match of the pattern starts at most _PREFIX_MAX characters before a match
        of its labels, so the pattern is tried only from there.
        """
        cs = self.to_compact(start)
        ce = len(self.compact) if end is None else self.to_compact(end)
        pos = cs
        while True:
            hit = labels.search(self.compact, pos, ce)
            if hit is None:
                return
            m = pattern.search(self.compact, max(pos, hit.start() - _PREFIX_MAX), ce)
            if m is None:         # cannot happen (the prefix is optional); never loop on it
                return
            yield self.to_doc(m.start()), self.to_doc(m.end() - 1) + 1, m
            pos = m.end()


@lru_cache(maxsize=None)
def label_pattern(spec: RowSpec) -> regex.Pattern:
    alts = "|".join(regex.escape(lbl) for lbl in spec.labels)
    numbered = spec.numbered
    if numbered:
        return regex.compile(regex.escape(numbered) + r"[.,]?(?:" + alts + ")")
    return regex.compile(_PREFIX + "(?:" + alts + ")")


def _label_matches(index: "LabelIndex", spec: RowSpec, start: int, end: Optional[int]):
    """index.find(label_pattern(spec), start, end); an unnumbered label is found from its words."""
    if spec.numbered:
        return index.find(label_pattern(spec), start, end)
    return index.find_labels(label_pattern(spec), _bare_pattern(spec), start, end)


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
    tokens, pipe, stop, _, _ = _read_cells(text, start, limit, label_tail)
    return tokens, pipe, stop


def _read_cells(text: str, start: int, limit: int, label_tail: bool) -> tuple[list[Token], bool, int, int, bool]:
    """cells_after, `reach`: the same call with any limit from reach to `limit` gives the same cells,
    and `at_stop`: so does the call with its stop as the limit.

    The limit matters only where a search stopped at it; a row whose line ends, and whose prose
    begins, before the limit was read from text before `reach` (its line end, the character that
    stopped it). Where that is not so, reach is the limit. A row that stops at the next row's
    number ("7.") reads the same with the limit there (where that row's label starts).
    """
    tailed = False
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
    reach = start if not piped else line_end + 1 if line_end >= 0 else limit
    if piped and (_TOKEN.search(line) or (line.count("|") >= 2 and not line.strip(" \t|"))):
        # a pipe row: its cells by position, blanks included (a row of blanks is a row of nulls)
        cells = _values_before_pipe(text, start, line) + pipe_cells(text, start, start + len(line))
        return cells, True, start + len(line), reach, False
    lead = _BLANKS_FIRST.match(text, start, limit) if piped else None
    if lead:
        row_end = text.find("\n", lead.end(), limit)
        row_end = limit if row_end < 0 else row_end
        row = text[lead.end():row_end]
        blanks = [Token("", m.start(), m.start()) for m in regex.finditer(r"\|", text, pos=lead.start(1), endpos=lead.end(1))]
        cells = _values_before_pipe(text, lead.end(), row) + pipe_cells(text, lead.end(), row_end)
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
    m_stop = _STOP.search(text, pos, limit)
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
    m_pipe = _PIPE_LINE.search(text, start, stop)
    if m_pipe:           # a label outside a pipe row never takes the cells of a pipe row below it
        stop = m_pipe.start()
    tokens = []
    size = len(text)
    for m in _TOKEN.finditer(text, pos, stop):
        s, e = m.span()
        if (e < size and text[e] in ".,、" and _NUMBERING.match(text, e)) or (
                (s == 0 or text[s - 1] == "\n") and _fused_row_number(text, m)):
            # "7." or "7其中…": the next row's numbering. A limit at it reads the cells before it
            # alike, unless its digit is the one the label tail looked ahead to, or a dash before it
            # could be read as a separator line ending at that limit
            at_stop = not piped and (bool(tokens) or not tailed) and "-" not in text[pos:s]
            return tokens, False, s, reach, at_stop
        tokens.append(Token(m.group(), s, e))
    return tokens, False, stop, reach, False


def _values_before_pipe(text: str, start: int, line: str) -> list[Token]:
    """The values a pipe line holds before its first pipe, when that piece is values only: a row whose
    cells a crawler joined by spaces and marked only its end ("规章 3 1 27 |", "40 42 | 53 | …")."""
    head = line[:line.index("|")]
    lead = list(_TOKEN.finditer(head))
    if not lead or _TOKEN.sub("", head).strip():
        return []
    return [Token(m.group(), start + m.start(), start + m.end()) for m in lead]


_FUSED_LABEL = regex.compile(r"(?!(?:" + "|".join(UNIT_WORDS) + r"))\p{Han}")


def _fused_row_number(text: str, m) -> bool:
    """A number opening a line and glued to a label ("12其他类型答复数") is that row's number."""
    line_start = m.start() == 0 or text[m.start() - 1] == "\n"
    return line_start and m.group().isdigit() and bool(_FUSED_LABEL.match(text, m.end()))


_NOTE_LINE = regex.compile(r"\s*(?:注|备注)\s*[:：]")
_HEADER_PUNCTUATION = str.maketrans("", "", "#|:：-—()（）、,，.． \t")


def block_cells(text: str, start: int, limit: int, header_chars: frozenset, want: int) -> tuple[list[Token], bool, int]:
    """The value cells under a header that may be cut into pieces (table 四), in reading order.

    Lines made of header words only (however a converter cut them), markdown headings of such
    words, separator lines and notes (注：…) are passed over; pipe rows of values (blank cells
    kept) and runs of numbers are taken, across consecutive parts of a split table, until `want`
    cells are read or prose begins.
    """
    cells: list[Token] = []
    pipe = False
    pos, stop = start, start
    while pos < limit and len(cells) < want:
        line_end = text.find("\n", pos, limit)
        line_end = limit if line_end < 0 else line_end
        line = text[pos:line_end]
        header_only = set(line.translate(_HEADER_PUNCTUATION)) <= header_chars
        if not line.strip() or SEPARATOR_LINE.match(line) or _NOTE_LINE.match(line):
            pass
        elif "|" in line:
            row = pipe_cells(text, pos, line_end)
            head = line[:line.index("|")]
            values = _values_before_pipe(text, pos, line)
            if values:
                row = values + row
            elif head.strip():           # a row without its opening pipe: its first cell stands before it
                lead = len(head) - len(head.lstrip())
                row.insert(0, Token(head.strip(), pos + lead, pos + lead + len(head.strip())))
            if any(c.raw for c in row) and all(parse_cell(c.raw).ok for c in row):
                cells += row
                pipe, stop = True, line_end
            elif not header_only:
                break
        else:
            taken = list(_TOKEN.finditer(text, pos, line_end))
            # numbers separated by blanks, each maybe followed by its unit ("14件 3件 …"), up to the first
            # words after them (a page's footer "— 3 —" after the next section's prose is no cell)
            lead = []
            for i, m in enumerate(taken):
                if text[taken[i - 1].end() if i else pos:m.start()].strip() in ("",) + (CELL_UNITS if i else ()):
                    lead.append(m)
                elif lead:
                    break
            if lead:
                cells += [Token(m.group(), m.start(), m.end()) for m in lead]
                stop = lead[-1].end()
                if text[stop:line_end].strip() not in ("",) + CELL_UNITS:
                    break          # prose after the numbers: the block ends there
            elif not header_only:
                break
        pos = line_end + 1
    while len(cells) > want and cells[-1].raw == "":
        cells.pop()
    return cells, pipe, stop


# cells of a pipe row that are not values: a unit column (条/件/元) and its header, letter-spaced too (万 元)
_NOT_VALUES = frozenset(UNIT_WORDS) | {"单位", "计量单位"}


def pipe_cells(text: str, start: int, end: int) -> list[Token]:
    # the piece before the first pipe is the rest of the label cell; the empty piece after the
    # last pipe is the row's end (not kept); blank cells before it are real cells
    pieces = text[start:end].split("|")
    last = len(pieces) - 1
    cells: list[Token] = []
    pos = start + len(pieces[0]) + 1
    for i in range(1, last + 1):
        piece = pieces[i]
        stripped = piece.strip()
        if stripped:
            if stripped not in _NOT_VALUES and (" " not in stripped or stripped.replace(" ", "") not in _NOT_VALUES):
                lead = pos + len(piece) - len(piece.lstrip())
                cells.append(Token(stripped, lead, lead + len(stripped)))
        elif i < last:
            lead = pos + (1 if piece else 0)
            cells.append(Token("", lead, lead))
        pos += len(piece) + 1
    return cells


_NUMERIC_LINE = regex.compile("^" + NUMBER_WITH_MONEY + "$")


def may_be_collapsed(text: str, start: int = 0, end: Optional[int] = None) -> bool:
    """Whether a crawler may have dropped lines equal to the line before them in text[start:end].

    Only a one-cell-per-line table can show it (several lines holding one number each), and a
    text that was collapsed never has two equal lines in a row: a single repeat rules it out.
    """
    lines = [ln.strip() for ln in text[start:end].split("\n")]
    lines = [ln for ln in lines if ln]
    if any(a == b for a, b in zip(lines, lines[1:])):
        return False
    return sum(1 for ln in lines if _NUMERIC_LINE.match(ln)) >= 5


@lru_cache(maxsize=64)
def _label_scan(specs: tuple[RowSpec, ...]) -> tuple[re.Pattern, re.Pattern, dict[str, int]]:
    """Every spec's labels in one pattern, at each position the longest label winning: the pattern
    with the numbering prefix, the labels alone (the fast pattern that finds where to look, see
    find_labels), and each label's spec (of a label two specs print, the one listed last).

    Plain `re` and one group: a legacy table's hundred labels as one `regex` alternation with a
    group per label cost a fifth of a microsecond per character searched."""
    alts = sorted(((len(lbl), i, lbl) for i, spec in enumerate(specs) for lbl in spec.labels), reverse=True)
    owner: dict[str, int] = {}
    for _, i, lbl in alts:
        owner.setdefault(lbl, i)
    body = "|".join(re.escape(lbl) for lbl in owner)
    return re.compile(_PREFIX + "(" + body + ")"), re.compile(body), owner


def fuzzy_budget(label: str) -> int:
    """Characters a printed label may get wrong and still be known: none below six."""
    n = len(label)
    return 0 if n < 6 else 1 if n < 8 else 2 if n < 12 else 3


@lru_cache(maxsize=None)
def _fuzzy_pattern(spec: RowSpec) -> Optional[regex.Pattern]:
    alts = [f"(?:{regex.escape(lbl)}){{e<={fuzzy_budget(lbl)}:[^\\d|]}}" for lbl in spec.labels if fuzzy_budget(lbl)]
    return regex.compile("(?b)(?:" + "|".join(alts) + ")") if alts else None


@lru_cache(maxsize=None)
def _fuzzy_pieces(spec: RowSpec) -> tuple[str, ...]:
    """Each fuzzy wording cut into budget + 1 pieces: a match within the budget keeps one of its
    wording's pieces intact (an error touches one piece at most), so a text holding none has no match."""
    out = []
    for lbl in spec.labels:
        k = fuzzy_budget(lbl)
        if k:
            q = len(lbl) // (k + 1)
            out += [lbl[i * q:(i + 1) * q if i < k else len(lbl)] for i in range(k + 1)]
    return tuple(out)


def _near_matches(index: LabelIndex, specs: list[RowSpec], hits: list[tuple[int, int, RowSpec]],
                  start: int, end: int) -> list[tuple[int, int, RowSpec]]:
    """Misprinted labels of rows in printed order: a bounded near match, unique in its window.

    A row not found by its label is looked for only between the rows found before and after it
    in the template's order, within a few errors of one of its wordings (fuzzy_budget), and only
    where exactly one place there matches: a misprint, never a guess among candidates.
    """
    found = {id(h[2]): h for h in hits}
    at = [found.get(id(spec)) for spec in specs]
    # the found rows nearest after each spec, in one pass from the end (not a scan of the list per spec)
    following: list = [None] * len(specs)
    for i in range(len(specs) - 2, -1, -1):
        following[i] = at[i + 1] or following[i + 1]
    out = []
    last = None               # the found row nearest before spec i
    for i, spec in enumerate(specs):
        if at[i] is not None:
            last = at[i]
            continue
        pattern = _fuzzy_pattern(spec)
        if pattern is None:
            continue
        lo = last[1] if last else start
        hi = following[i][0] if following[i] else end
        if hi <= lo:
            continue
        window = index.compact[index.to_compact(lo):index.to_compact(hi)]
        if not any(piece in window for piece in _fuzzy_pieces(spec)):
            continue          # no match possible: the fuzzy search (costly) would find none
        # two matches already say it is not unique; each further best-match step rescans the window
        matches = list(islice(index.find(pattern, lo, hi), 2))
        if len(matches) != 1 or any(k <= matches[0][0] < e or matches[0][0] <= k < matches[0][1] for k, e, _ in hits):
            continue
        ds, de, _ = matches[0]
        out.append((ds, de, spec))
    return out


_RELABEL_WINDOW = 600      # how far a row's label may be printed again after a heading that repeats it


def _first_with_cells(index: LabelIndex, spec: RowSpec, pos: int, end: int, label_tail: bool, reads: dict):
    """The spec's first label occurrence from pos, or a later one close by that has cells.

    A markdown heading or a header row may repeat a row's label just above the row itself
    ("### 一、本年新收…" over "| 本年新收… | 705 | …"): the occurrence with numbers is the row.
    Each occurrence's reading goes into `reads` (label end → (limit, reading)) for find_rows.
    """
    first = None
    for m in _label_matches(index, spec, pos, end):
        if first is not None and m[0] - first[0] > _RELABEL_WINDOW:
            break
        if _probe(index.text, m[1], min(end, m[1] + 200), label_tail, reads) and _own_cells(reads[m[1]][1]):
            return m, True
        first = first or m
    if first is not None and spec.numbered:
        # the heading "### (七)总计" carries the numbering, the row under it "| 总计 | …" not
        for m in index.find(_bare_pattern(spec), first[1], min(end, first[0] + _RELABEL_WINDOW)):
            if _probe(index.text, m[1], min(end, m[1] + 200), label_tail, reads):
                return m, True
    return first, False


def _own_cells(read: tuple) -> bool:
    """Whether a label's cells are its own: a pipe row whose first filled cell is text is a group
    cell's row, the text a sub-row's label ("(六)其他处理 | 2.申请人逾期… | 2 | 187 …", where a
    converter put the merged group cell beside a middle row of its group)."""
    tokens, pipe = read[0], read[1]
    first = next((t for t in tokens if t.raw), None) if pipe else None
    return first is None or parse_cell(first.raw).ok


def _probe(text: str, start: int, limit: int, label_tail: bool, reads: dict) -> list[Token]:
    """The cells after a label occurrence, its reading kept in `reads` for find_rows."""
    read = _read_cells(text, start, limit, label_tail)
    reads[start] = (limit, read)
    return read[0]


@lru_cache(maxsize=None)
def _bare_pattern(spec: RowSpec) -> regex.Pattern:
    return regex.compile("(?:" + "|".join(regex.escape(lbl) for lbl in spec.labels) + ")")


def _in_note(text: str, at: int) -> bool:
    """Whether a label at `at` stands inside a parenthesis its cell opened before it: a row's
    explanatory note names other rows ("其他对外管理服务事项（…含行政处罚、行政强制…）"), and such a
    mention is neither a row nor where the row that holds it ends."""
    cell = max(text.rfind("\n", 0, at), text.rfind("|", 0, at)) + 1
    head = text[cell:at]
    # the nearest parenthesis before the label is still open (a closed pair, such as 第(八)项 or
    # (单位:万元), says nothing of an older one that a wrapped line left open)
    opened = head.rfind("(")
    return opened >= 0 and ")" not in head[opened:]


def find_rows(index: LabelIndex, specs: Iterable[RowSpec], start: int = 0, end: Optional[int] = None,
              sequential: bool = False, label_tail: bool = False,
              keep: Optional[Callable[[int, RowSpec], bool]] = None, skip_notes: bool = False) -> list[RowHit]:
    """Every label occurrence of `specs` between start and end, with its cells.

    sequential: the specs are in printed order (table 三); each is searched after the previous
    hit, so a label word that also occurs elsewhere cannot steal the row.
    keep(label_start, spec): only the occurrences it accepts are returned (the others are not read).
    skip_notes: a label inside a parenthesis opened earlier in its cell is a mention in another
    row's note, not a row (table 二: a row's note lists other rows' names); not with `sequential`.
    """
    end = len(index.text) if end is None else end
    specs = list(specs)
    hits: list[tuple[int, int, RowSpec]] = []
    reads: dict[int, tuple] = {}       # the sequential search's readings, label end → (limit, reading)
    if sequential:
        pos = start
        for spec in specs:
            m, has_cells = _first_with_cells(index, spec, pos, end, label_tail, reads)
            if m is None:
                continue
            hits.append((m[0], m[1], spec))
            # a group heading ((六)其他处理 before its sub-rows) may stand in the middle of its
            # rows: the search goes on from before it
            if has_cells:
                pos = m[1]
        hits += _near_matches(index, specs, hits, start, end)
    else:
        pattern, labels, owner = _label_scan(tuple(specs))
        text = index.text
        for ds, de, m in index.find_labels(pattern, labels, start, end):
            if not (skip_notes and _in_note(text, ds)):
                hits.append((ds, de, specs[owner[m.group(1)]]))
    hits.sort(key=lambda h: h[0])
    rows = []
    for i, (ds, de, spec) in enumerate(hits):
        if keep is not None and not keep(ds, spec):
            continue          # its cells are not wanted; the rows after it still end at its label
        limit = hits[i + 1][0] if i + 1 < len(hits) else end
        read = reads.get(de)
        if read is not None and (read[1][3] <= limit or read[1][4] and limit == read[1][2]) and limit <= read[0]:
            cells, pipe, region_end, _, _ = read[1]       # the search read this row already, to the same end
        else:
            cells, pipe, region_end = cells_after(index.text, de, limit, label_tail)
        unit = row_unit(index.text, de - 1, cells[0].start if cells else region_end)
        rows.append(RowHit(spec, index.text[ds:de], ds, de, cells, pipe, region_end, unit))
    return rows
