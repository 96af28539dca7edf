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
from ..normalize import CompactSearch, Spacing, search_form
from ..patterns import HAN, ROW_NUMBERING, YEAR_FORM as _YEAR_FORM
from ..schema import RowSpec
from .row_cells import DEFINITION_NOTE, Token, cells_after, read_cells, row_unit

# A numbering prefix glued before a label: 1. 2、 (三) 四、 其中: — kept with the label so a
# digit of it is never read as the previous row's value.
_PREFIX = ROW_NUMBERING
# at least the longest text _PREFIX matches ("其中:(十二三)" is 8 characters), with room to spare
_PREFIX_MAX = 16

# a wording that prints the year it counts (本年(2021)新收政府信息公开申请数量, 上年(2020年)结转…): `(YYYY)` in a
# data/rows.tsv wording stands for any printed year in parentheses (patterns.YEAR_FORM); such a wording is found
# exactly, never near
YEAR_SLOT = "(YYYY)"
_PRINTED_YEAR = re.compile(_YEAR_FORM)


def _wording(label: str, escape=re.escape) -> str:
    """A wording as a pattern: its year slot as any printed year."""
    return escape(label).replace(escape(YEAR_SLOT), _YEAR_FORM) if YEAR_SLOT in label else escape(label)


class _Owners(dict):
    """Each wording's spec; a printed year (本年(2021)新收…) is looked up as its wording's year slot."""

    def __missing__(self, printed: str) -> int:
        slotted = _PRINTED_YEAR.sub(YEAR_SLOT, printed)
        if slotted == printed:
            raise KeyError(printed)
        return self[slotted]


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


_CN = "一二三四五六七八九"


def _numbering_forms(numbered: str) -> str:
    """The ways a row's numbering is printed (search form): 3. 3 (3) 三、 三是 for 3, and alike for (七): a
    converter or a retyped copy changes the list style, never the number."""
    inner = numbered.strip("()")
    n = int(inner) if inner.isdigit() else _CN.index(inner) + 1 if len(inner) == 1 and inner in _CN else None
    if n is None or n > 9:
        return regex.escape(numbered) + "[.,]?"
    cn = _CN[n - 1]
    return rf"{n}[.,]?|\({n}\)|\({cn}\)|{cn}[,是]"


@lru_cache(maxsize=None)
def label_pattern(spec: RowSpec) -> regex.Pattern:
    alts = "|".join(_wording(lbl, regex.escape) for lbl in spec.labels)
    numbered = spec.numbered
    if numbered:
        return regex.compile("(?:" + _numbering_forms(numbered) + ")(?:" + alts + ")")
    return regex.compile(_PREFIX + "(?:" + alts + ")")


def _label_matches(index: "LabelIndex", spec: RowSpec, start: int, end: Optional[int]):
    """index.find(label_pattern(spec), start, end); an unnumbered label is found from its words."""
    if spec.numbered:
        # a number without its dot glued after a figure is that figure's last digit ("1053\n其他" is no "3其他")
        text = index.text
        return (m for m in index.find(label_pattern(spec), start, end)
                if not (m[0] and text[m[0] - 1].isdigit() and m[2].group()[0].isdigit() and m[2].group()[1] not in ".,"))
    return index.find_labels(label_pattern(spec), _bare_pattern(spec), start, end)


@lru_cache(maxsize=64)
def _label_scan(specs: tuple[RowSpec, ...]) -> tuple[re.Pattern, re.Pattern, dict[str, int]]:
    """Every spec's labels in one pattern, at each position the longest label winning: the pattern
    with the numbering prefix, the labels alone (the fast pattern that finds where to look, see
    find_labels), and each label's spec (of a label two specs print, the one listed last).

    Plain `re` and one group: a legacy table's hundred labels as one `regex` alternation with a
    group per label cost a fifth of a microsecond per character searched."""
    alts = sorted(((len(lbl), i, lbl) for i, spec in enumerate(specs) for lbl in spec.labels), reverse=True)
    owner: dict[str, int] = _Owners()
    for _, i, lbl in alts:
        owner.setdefault(lbl, i)
    body = "|".join(map(_wording, owner))
    return re.compile(_PREFIX + "(" + body + ")"), re.compile(body), owner


def label_of(words: str, specs: tuple[RowSpec, ...]) -> Optional[RowSpec]:
    """The spec whose label (after its numbering prefix, if any) the printed `words` are, whole; None if none."""
    pattern, _labels, owner = _label_scan(specs)
    m = pattern.fullmatch(search_form("".join(words.split())))
    return specs[owner[m.group(1)]] if m else None


def _near_wordings(spec: RowSpec) -> tuple[str, ...]:
    """The wordings a misprinted or cut label is compared with: not those with a year slot (their plain form is listed too)."""
    return tuple(lbl for lbl in spec.labels if YEAR_SLOT not in lbl)


def fuzzy_budget(label: str) -> int:
    """Characters a printed label may get wrong and still be known: none below six."""
    n = len(label)
    return 0 if n < 6 else 1 if n < 8 else 2 if n < 12 else 3


@lru_cache(maxsize=None)
def _fuzzy_pattern(spec: RowSpec) -> Optional[regex.Pattern]:
    alts = [f"(?:{regex.escape(lbl)}){{e<={fuzzy_budget(lbl)}:[^\\d|]}}" for lbl in _near_wordings(spec) if fuzzy_budget(lbl)]
    return regex.compile("(?b)(?:" + "|".join(alts) + ")") if alts else None


@lru_cache(maxsize=None)
def _fuzzy_pieces(spec: RowSpec) -> tuple[str, ...]:
    """Each fuzzy wording cut into budget + 1 pieces: a match within the budget keeps one of its
    wording's pieces intact (an error touches one piece at most), so a text holding none has no match."""
    out = []
    for lbl in _near_wordings(spec):
        k = fuzzy_budget(lbl)
        if k:
            q = len(lbl) // (k + 1)
            out += [lbl[i * q:(i + 1) * q if i < k else len(lbl)] for i in range(k + 1)]
    return tuple(out)


# a wording this long may stand cut short by one or two characters at its end (行政规范性 for 行政规范性文件)
_CUT_MIN = 6


@lru_cache(maxsize=None)
def _cut_forms(spec: RowSpec) -> tuple[str, ...]:
    """The spec's wordings cut short at their end (a cell a crawler or a narrow column cut off): longest first."""
    return tuple(sorted({lbl[:-c] for lbl in _near_wordings(spec) if len(lbl) >= _CUT_MIN for c in (1, 2)}, key=len, reverse=True))


@lru_cache(maxsize=None)
def _cut_pattern(spec: RowSpec) -> Optional[regex.Pattern]:
    forms = _cut_forms(spec)
    return regex.compile("(?:" + "|".join(map(regex.escape, forms)) + ")") if forms else None


def _near_matches(index: LabelIndex, specs: list[RowSpec], hits: list[tuple[int, int, RowSpec]],
                  start: int, end: int, unnumbered: bool = False, cut: bool = False) -> list[tuple[int, int, RowSpec]]:
    """Misprinted labels of rows in printed order: a bounded near match, unique in its window.

    A row not found by its label is looked for only between the rows found before and after it
    in the template's order, within a few errors of one of its wordings (fuzzy_budget), and only
    where exactly one place there matches: a misprint, never a guess among candidates.
    unnumbered: instead, a label counted only with its numbering ((七)总计) whose numbering was lost (a crawler
    that drops list markers): its exact words as a whole label, opening a line or a cell.
    cut: instead, a wording cut short at its end (_cut_forms), as a whole label.
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
        pattern = (_cut_pattern(spec) if cut else (_bare_pattern(spec) if spec.numbered else None) if unnumbered
                   else _fuzzy_pattern(spec))
        if pattern is None:
            continue
        lo = last[1] if last else start
        hi = following[i][0] if following[i] else end
        if hi <= lo:
            continue
        window = index.compact[index.to_compact(lo):index.to_compact(hi)]
        pieces = _cut_forms(spec) if cut else spec.labels if unnumbered else _fuzzy_pieces(spec)
        if not any(piece in window for piece in pieces):
            continue          # no match possible: the fuzzy search (costly) would find none
        # two matches already say it is not unique; each further best-match step rescans the window
        matches = list(islice(index.find(pattern, lo, hi), 2))
        if len(matches) != 1 or any(k <= matches[0][0] < e or matches[0][0] <= k < matches[0][1] for k, e, _ in hits):
            continue
        if (unnumbered or cut) and not _whole_label(index.text, matches[0][0], matches[0][1]):
            continue
        ds, de, _ = matches[0]
        out.append((ds, de, spec))
    return out


def _whole_label(text: str, ds: int, de: int) -> bool:
    """Do the words at ds:de stand as a whole label: opening their line or cell, no word going on after them?"""
    return not text[text.rfind("\n", 0, ds) + 1:ds].strip(" \t|") and not (de < len(text) and HAN.match(text, de))


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
    read = read_cells(text, start, limit, label_tail)
    reads[start] = (limit, read)
    return read[0]


@lru_cache(maxsize=None)
def _bare_pattern(spec: RowSpec) -> regex.Pattern:
    return regex.compile("(?:" + "|".join(_wording(lbl, regex.escape) for lbl in spec.labels) + ")")


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
              keep: Optional[Callable[[int, RowSpec], bool]] = None, skip_notes: bool = False,
              near: bool = False) -> list[RowHit]:
    """Every label occurrence of `specs` between start and end, with its cells.

    sequential: the specs are in printed order (table 三); each is searched after the previous
    hit, so a label word that also occurs elsewhere cannot steal the row.
    keep(label_start, spec): only the occurrences it accepts are returned (the others are not read).
    skip_notes: a label inside a parenthesis opened earlier in its cell is a mention in another
    row's note, not a row (table 二: a row's note lists other rows' names); not with `sequential`.
    near: the specs are in printed order (table 二), so a row whose label is misprinted is looked for as
    the sequential search does (_near_matches: within its wording's error budget, unique between its
    neighbours found).
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
        hits += _near_matches(index, specs, sorted(hits, key=lambda h: h[0]), start, end, unnumbered=True)
        hits += _near_matches(index, specs, sorted(hits, key=lambda h: h[0]), start, end, cut=True)
    else:
        pattern, labels, owner = _label_scan(tuple(specs))
        text = index.text
        defined = -1          # the end of the cell whose label a definition follows ("规章:地方行政规章指…规范性文件。 |")
        for ds, de, m in index.find_labels(pattern, labels, start, end):
            if skip_notes and (ds < defined or _in_note(text, ds)):
                continue      # a row named in another row's note or definition is no row
            hits.append((ds, de, specs[owner[m.group(1)]]))
            if skip_notes and (d := DEFINITION_NOTE.match(text, de, end)):
                defined = d.end()
        if near:
            for cut in (False, True):
                hits += [h for h in _near_matches(index, specs, sorted(hits, key=lambda h: h[0]), start, end, cut=cut)
                         if not (skip_notes and _in_note(text, h[0]))]
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
