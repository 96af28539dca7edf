"""Table 四 printed transposed: its fifteen column headings as rows, each followed by its figure.

Some sites turn table 四 on its side: a row per heading (行政复议 / 结果维持 / 3, then 结果纠正 …, then
行政诉讼 / 未经复议直接起诉 / 结果维持 …), as pipe rows (the group cells once, or repeated in each row),
as `heading figure` lines or as one cell per line. Others print a grid: a header row naming the
outcomes (or the groups) as columns, then a row per group (or outcome), its heading and one figure per
column; a table may mix the two (行政复议 a heading a row, 行政诉讼 as a grid). The figures are read
only when the structure is settled: every figure stands after an outcome heading under an identified
group, or in a named column of a row whose heading names the other half of its key, every one of the
fifteen group × outcome pairs is named once, and nothing else stands among them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from ..cells import parse_cell
from ..normalize import label_key
from ..patterns import NUMBERING, UNIT_WORDS
from ..schema import TABLE4_GROUPS, TABLE4_OUTCOMES, template_markers
from .row_cells import Token, pipe_cells

_MARKERS = template_markers()
_GROUPS = _MARKERS.t4_groups
_OUTCOMES = _MARKERS.t4_outcomes
_PARENTS = frozenset(_MARKERS.t4_parents)
_WORDS = sorted(set(_GROUPS) | set(_OUTCOMES) | _PARENTS, key=len, reverse=True)
# a heading cell in the search form: headings only, maybe numbered ((一) 1.), joined by punctuation
_HEADING_CELL = regex.compile(NUMBERING + "?"
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
        return None, f"{state.what()}: {e}; not read" if state.got or state.grid else None
    if not state.got:
        return None, None
    if not state.done:
        return None, (f"{state.what()}: {len(state.got)} of its 15 headings "
                      "with a figure; not read")
    return Transposed([state.got[k] for k in _KEYS], state.first, state.stop), None


# a piece of a line without pipes: single characters of words each a blank apart are one piece, so a
# letter-spaced heading (结 果 维 持 6, a PDF's copy) is one cell; words a blank apart stay cells
_WORDS_CHAR = r"[\p{Han}()、,]"
_PIECE = regex.compile(rf"{_WORDS_CHAR}(?: {_WORDS_CHAR})+(?!\S)|\S+")


def _cells(text: str, pos: int, end: int) -> list[Token]:
    """A line's cells: its pipe cells (blanks kept; the piece before the first pipe is a cell), else
    its whitespace-separated pieces."""
    line = text[pos:end]
    if "|" not in line:
        return [Token(m.group(), m.start(), m.end()) for m in _PIECE.finditer(text, pos, end)]
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
        self.columns: list[tuple[str, str]] = []     # a header row's columns: ("outcome" | "group", its key word)
        self.places: list[int] = []                  # … the header cell of each, when each has its own
        self.width = 0                               # … and how many cells the header row has
        self.grid = False                            # a row of figures stood under such a header

    def what(self) -> str:
        """How the table was printed, for a warning."""
        return ("table 四 printed as a grid of its headings" if self.grid
                else "table 四 printed transposed (a heading a row)")

    @property
    def done(self) -> bool:
        return len(self.got) == len(_KEYS) and self.pending is None

    def line(self, cells: list[Token]) -> bool:
        """Take a line's cells; False when the table has ended before it."""
        if self.done:
            return False
        kinds = [self._kind(c) for c in cells]
        if self._columns_line(kinds):
            return True
        if self.columns and self._grid_row(cells, kinds):
            return True
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

    @staticmethod
    def _kind(cell: Token) -> tuple[str, list[str]]:
        """A cell as ("blank" | "figure" | "heading" | "unit" | "text", its heading words)."""
        raw = cell.raw
        if not raw:
            return "blank", []
        if raw in UNIT_WORDS:
            return "unit", []
        key = label_key(raw)
        if _HEADING_CELL.fullmatch(key):
            return "heading", _WORD.findall(key)
        return ("figure" if parse_cell(raw).ok else "text"), []

    def _columns_line(self, kinds: list[tuple[str, list[str]]]) -> bool:
        """A header line naming columns of one kind, each once: the outcomes (结果维持 结果纠正 … 总计,
        the groups then rows) or at least two groups (the outcomes then rows); no figure on it."""
        if any(k == "figure" for k, _ in kinds):
            return False
        words = [w for k, ws in kinds if k == "heading" for w in ws]
        outcomes = [_OUTCOMES[w] for w in words if w in _OUTCOMES]
        groups = [_GROUPS[w] for w in words if w in _GROUPS]
        if outcomes and groups:
            return False
        named = outcomes or groups
        if len(named) < 2 or len(set(named)) < len(named):
            return False
        if self.pending is not None:
            raise _Unsettled(f"a header row follows '{self.pending}' before its figure")
        self.columns = [("outcome" if outcomes else "group", n) for n in named]
        # where each column stands among the header's cells, when each named word has a cell of its own
        # (a pipe row keeps its blank cells: a row of the same cells is read by position)
        own = [i for i, (k, ws) in enumerate(kinds) if k == "heading" and ws]
        self.places = own if len(own) == len(named) and all(len(kinds[i][1]) == 1 for i in own) else []
        self.width = len(kinds)
        return True

    def _row_cells(self, cells: list[Token], kinds: list) -> Optional[tuple[list[str], list[Token], list[str]]]:
        """A line under the header as (its heading words, its cells under the columns, their kinds), or None
        when it is no row of figures (nothing but headings and units before its cells)."""
        if self.places and len(kinds) == self.width and any(k == "blank" for k, _ in kinds):
            # a pipe row as wide as the header: each column's cell at the header cell's position
            lead, under = kinds[:self.places[0]], set(self.places)
            rest = [k for i, (k, _) in enumerate(kinds) if i >= self.places[0] and i not in under]
            if any(k not in ("heading", "unit", "blank") for k, _ in lead) or any(k not in ("unit", "blank") for k in rest):
                return None
            values = [cells[i] for i in self.places]
            value_kinds = [kinds[i][0] for i in self.places]
        else:
            at = next((i for i, (k, _) in enumerate(kinds) if k in ("figure", "blank")), len(kinds))
            lead = kinds[:at]
            if any(k not in ("heading", "unit") for k, _ in lead):
                return None
            values = [c for c, (k, _) in zip(cells[at:], kinds[at:]) if k != "unit"]
            value_kinds = [k for k, _ in kinds[at:] if k != "unit"]
        if "figure" not in value_kinds:
            return None
        return [w for k, ws in lead if k == "heading" for w in ws], values, value_kinds

    def _grid_row(self, cells: list[Token], kinds: list[tuple[str, list[str]]]) -> bool:
        """A row under a header of columns: its heading of the other kind (or, under a header of
        outcomes, the group heading above it) and one cell per column; False when the line is no such row."""
        row_cells = self._row_cells(cells, kinds)
        if row_cells is None:
            return False
        words, values, value_kinds = row_cells
        by = self.columns[0][0]
        if any(w in (_GROUPS if by == "group" else _OUTCOMES) for w in words):
            return False            # a heading of the columns' own kind: not a row under them
        self.grid = True            # figures under a header of columns: the walk saw the table
        if by == "outcome":
            for w in words:
                self.group = _GROUPS.get(w) if (w in _GROUPS or w in _PARENTS) else self.group
            row = self.group if not words or any(w in _GROUPS for w in words) else None
            keys = [f"{row}.{o}" for _, o in self.columns]
        else:
            outcomes = [_OUTCOMES[w] for w in words if w in _OUTCOMES]
            row = outcomes[0] if len(outcomes) == 1 else None
            keys = [f"{g}.{row}" for _, g in self.columns]
        if self.pending is not None:
            raise _Unsettled(f"a row follows '{self.pending}' before its figure")
        if row is None:
            raise _Unsettled("a row of figures under the header names no " + ("group" if by == "outcome" else "outcome"))
        if len(values) != len(keys) or any(k not in ("figure", "blank") for k in value_kinds):
            raise _Unsettled(f"a row of {len(values)} cells stands under a header of {len(keys)} columns")
        if self.first is None:
            self.first = cells[0].start
        for key, c in zip(keys, values):
            if key in self.got:
                raise _Unsettled(f"'{key}' is given twice")
            self.pending = key
            self._take(c)
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
