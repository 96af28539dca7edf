"""Table 四 printed transposed: its fifteen column headings as rows, each followed by its figure.

Some sites turn table 四 on its side: a row per heading (行政复议 / 结果维持 / 3, then 结果纠正 …, then
行政诉讼 / 未经复议直接起诉 / 结果维持 …), as pipe rows (the group cells once, or repeated in each row),
as `heading figure` lines or as one cell per line. The figures are read only when the structure is
settled: every figure stands after an outcome heading under an identified group, every one of the
fifteen group × outcome headings is printed once, and nothing else stands among them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from ..cells import parse_cell
from ..normalize import label_key
from ..patterns import UNIT_WORDS
from ..schema import TABLE4_GROUPS, TABLE4_OUTCOMES, template_markers
from .rows import Token, pipe_cells

_MARKERS = template_markers()
_GROUPS = _MARKERS.t4_groups
_OUTCOMES = _MARKERS.t4_outcomes
_PARENTS = frozenset(_MARKERS.t4_parents)
_WORDS = sorted(set(_GROUPS) | set(_OUTCOMES) | _PARENTS, key=len, reverse=True)
# a heading cell in the search form: headings only, maybe numbered ((一) 1.), joined by punctuation
_HEADING_CELL = regex.compile(r"(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3},|[0-9][.,])?"
                              r"(?:[,()\-—/]*(?:" + "|".join(map(regex.escape, _WORDS)) + r"))+[,()\-—/]*")
_WORD = regex.compile("|".join(map(regex.escape, _WORDS)))
_KEYS = tuple(f"{g}.{o}" for g in TABLE4_GROUPS for o in TABLE4_OUTCOMES)
_BEFORE = 2_000           # how far before its first heading the table may start (its caption, a header row)


@dataclass
class Transposed:
    cells: list[Token]        # the fifteen cells in key order (TABLE4_GROUPS × TABLE4_OUTCOMES); "" a blank cell
    start: int                # the first heading
    stop: int                 # the end of the last figure


class _Unsettled(Exception):
    """The headings and figures do not form the transposed table."""


def transposed_table4(text: str, start: int, limit: int) -> tuple[Optional[Transposed], Optional[str]]:
    """(the table, None); (None, why it was not read) when headings took figures but the structure is
    not settled; (None, None) when no transposed table starts from `start` (its caption's line)."""
    state = _State()
    pos = text.rfind("\n", 0, start) + 1
    try:
        while pos < limit and not state.done:
            line_end = text.find("\n", pos, limit)
            line_end = limit if line_end < 0 else line_end
            if state.first is None and pos - start > _BEFORE:
                return None, None
            if not state.line(_cells(text, pos, line_end)):
                break
            pos = line_end + 1
    except _Unsettled as e:
        # said only where a heading took its figure: the walk saw the transposed table, not another layout
        return None, f"table 四 printed transposed (a heading a row): {e}; not read" if state.got else None
    if not state.got:
        return None, None
    if not state.done:
        return None, (f"table 四 printed transposed (a heading a row): {len(state.got)} of its 15 headings "
                      "with a figure; not read")
    return Transposed([state.got[k] for k in _KEYS], state.first, state.stop), None


def _cells(text: str, pos: int, end: int) -> list[Token]:
    """A line's cells: its pipe cells (blanks kept; the piece before the first pipe is a cell), else
    its whitespace-separated pieces."""
    line = text[pos:end]
    if "|" not in line:
        return [Token(m.group(), m.start(), m.end()) for m in regex.finditer(r"\S+", text, pos=pos, endpos=end)]
    head = line[:line.index("|")]
    cells = pipe_cells(text, pos, end)
    if head.strip():
        lead = len(head) - len(head.lstrip())
        cells.insert(0, Token(head.strip(), pos + lead, pos + lead + len(head.strip())))
    return cells


class _State:
    """The walk over the cells: the group and outcome heading in force, the figures read."""

    def __init__(self):
        self.group: Optional[str] = None
        self.pending: Optional[str] = None      # the key whose figure comes next
        self.blank: Optional[Token] = None      # a blank cell on the pending heading's line
        self.got: dict[str, Token] = {}
        self.first: Optional[int] = None
        self.stop = 0

    @property
    def done(self) -> bool:
        return len(self.got) == len(_KEYS) and self.pending is None

    def line(self, cells: list[Token]) -> bool:
        """Take a line's cells; False when the table has ended before it."""
        for c in cells:
            if self.done:
                return False
            raw = c.raw
            if not raw:
                if self.pending is not None:
                    self.blank = self.blank or c
                continue
            if raw in UNIT_WORDS:
                continue
            key = label_key(raw)
            if _HEADING_CELL.fullmatch(key):
                self._heading(_WORD.findall(key), c)
            elif parse_cell(raw).ok:
                if self.pending is not None:
                    self._take(c)
                elif self.first is not None:
                    raise _Unsettled(f"the figure '{raw}' stands under no heading")
            elif self.first is not None:
                if self.pending is not None:
                    raise _Unsettled(f"'{raw}' stands where a figure belongs")
                return False            # the table has ended: prose or the next section
        if self.pending is not None and self.blank is not None:
            self._take(self.blank)      # a blank cell on the heading's own row: a null figure
        return True

    def _heading(self, words: list[str], cell: Token) -> None:
        groups = [w for w in words if w in _GROUPS or w in _PARENTS]
        outcomes = [w for w in words if w in _OUTCOMES]
        if self.first is None and not outcomes and len(groups) > 1:
            return                      # a caption naming the table (行政复议、行政诉讼), not a heading
        if self.pending is not None:
            raise _Unsettled(f"'{cell.raw}' follows '{self.pending}' before its figure")
        if len(outcomes) > 1 or (outcomes and words[-1] not in _OUTCOMES):
            raise _Unsettled(f"'{cell.raw}' is not one heading")
        if self.first is None:
            if not groups:
                return                  # an outcome before any group: not this table (yet)
            self.first = cell.start
        for w in groups:
            self.group = _GROUPS.get(w)          # a parent heading (行政诉讼) waits for its group
        if outcomes:
            if self.group is None:
                raise _Unsettled(f"'{cell.raw}' stands under no group")
            key = f"{self.group}.{_OUTCOMES[outcomes[0]]}"
            if key in self.got:
                raise _Unsettled(f"'{cell.raw}' is printed twice under one group")
            self.pending, self.blank = key, None

    def _take(self, cell: Token) -> None:
        self.got[self.pending] = cell
        self.pending, self.blank = None, None
        self.stop = cell.end
