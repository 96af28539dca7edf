"""A legacy appendix table (附表 / 统计表) flattened by a converter: all its row labels, a line each, then all its
figures — each row's on a line, or one a line row by row (本年度, 累计 of each row in turn) or column by column (every
row's 本年度, then every row's 累计). Read only where the labels times the columns its header names equal the figures,
and the table's sums (channels to requests, replies to the answered, a 其中 row never above its whole, a 累计 never
below its 本年度) hold for exactly one reading; otherwise said unread."""
from __future__ import annotations

from typing import Callable, Optional

import regex

from ..cells import parse_cell
from ..document import Document
from ..patterns import UNIT_WORDS
from ..schema import legacy_sum_rows
from .legacy_columns import COLUMN, PERIODS, TITLE_LINE
from .row_cells import Token
from .rows import RowHit
from .values import RowValues

ROWS_NOTE = "legacy table printed with all its row labels first, then each row's figures in turn: read so"
COLUMNS_NOTE = "legacy table printed with all its row labels first, then each column's figures in turn: read so"
# what may stand on a label's line besides the label: its row number (1, 2.), 其中, and its unit after it
_LEAD = regex.compile(r"[ \t|]*(?:[0-9]{1,2}[.、．]?)?[ \t]*(?:其中[:：]?)?[ \t]*")
_TAIL = regex.compile(r"[ \t|]*(?:" + "|".join(map(regex.escape, UNIT_WORDS)) + r")?[ \t|]*")
_FIGURE = regex.compile(r"[0-9]+(?:\.[0-9]+)?")
_MIN_LABELS = 5


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _label_run(text: str, found: list[RowHit]) -> list[RowHit]:
    """The longest run of label hits each alone on its line (its number, 其中 and unit aside), line after line, the
    next line after the last a figure's."""
    best: list[RowHit] = []
    run: list[RowHit] = []
    prev_end = None
    last = -1
    for h in sorted(found, key=lambda h: h.label_start):
        if h.label_start < last:
            continue            # (a shorter label inside the one just taken: 传真申请数 in 信函、传真申请数)
        last = h.label_end
        ls, le = _line(text, h.label_start)
        alone = (_LEAD.fullmatch(text, ls, h.label_start) is not None and h.label_end <= le
                 and _TAIL.fullmatch(text, h.label_end, le) is not None)
        if alone and run and prev_end is not None and not text[prev_end:ls].strip():
            run.append(h)
        else:
            if len(run) > len(best):
                best = run
            run = [h] if alone else []
        prev_end = le if alone else None
        if alone and len(run) > len(best):
            best = list(run)
    return best


def _figure_lines(text: str, pos: int) -> list[list[Token]]:
    """The lines of figures only from `pos` on (blank lines passed), up to the first other line."""
    lines: list[list[Token]] = []
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            tokens = [Token(m.group(), m.start(), m.end()) for m in _FIGURE.finditer(text, pos, end)]
            if not tokens or regex.sub(r"[0-9.\s|]", "", line):
                break
            lines.append(tokens)
        pos = end + 1
    return lines


def _holds(keys: list[str], values: dict[str, tuple], parts: dict[str, Optional[str]], n: int) -> Optional[bool]:
    """Whether every sum and order of the table holds (None: no sum to prove the reading)."""
    for k in keys:
        p = parts.get(k)
        if p in values and any(values[k][i] > values[p][i] for i in range(n)):
            return False
        if n == 2 and values[k][1] < values[k][0]:
            return False
    proved = False
    for relation, total in (("channel", "requests.new"), ("reply", "requests.answered")):
        members = legacy_sum_rows(relation, set(keys))
        if total in values and members:
            if any(sum(values[m][i] for m in members) != values[total][i] for i in range(n)):
                return False
            proved = True
    return proved or None


def flattened(doc: Document, found: list[RowHit], header_of: Callable[[str, RowHit], tuple[str, str]]) -> tuple[Optional[list], Optional[str], int, tuple[int, int]]:
    """(indicators, warning, columns, region) of a flattened table; (None, None, …) where the text holds none."""
    text = doc.text
    run = _label_run(text, found)
    none = (None, None, 0, (0, 0))
    if len(run) < _MIN_LABELS or len({h.spec.key for h in run}) < len(run):
        return none
    lines = _figure_lines(text, _line(text, run[-1].label_start)[1] + 1)
    if not lines:
        return none
    columns_text, _ = header_of(text, run[0])
    kinds = [m.lastgroup for m in COLUMN.finditer(TITLE_LINE.sub("", columns_text))]
    n = {(): 1, ("cur",): 1, ("cur", "cum"): 2}.get(tuple(kinds))
    figures = [t for ln in lines for t in ln]
    region = (run[0].label_start, figures[-1].end)
    said = f"legacy table printed with all its {len(run)} row labels first, then {len(figures)} figures"
    if n is None:
        return None, f"{said}, under a header naming no 本年度 / 累计 columns it knows; not read", 0, region
    if len(figures) != n * len(run):
        return None, f"{said} where {len(run)} rows of {n} columns want {n * len(run)}; not read", 0, region
    keys = [h.spec.key for h in run]
    parts = {h.spec.key: h.spec.part_of for h in run}
    L = len(run)
    if all(len(ln) == n for ln in lines):
        orders = [(ROWS_NOTE, lambda i, j: i * n + j)]
    elif all(len(ln) == 1 for ln in lines):
        orders = [(ROWS_NOTE, lambda i, j: i * n + j)] + ([(COLUMNS_NOTE, lambda i, j: j * L + i)] if n == 2 else [])
    else:
        return None, f"{said}, its lines holding unlike counts of figures; not read", 0, region
    readings = []
    for note, at in orders:
        values = {k: tuple(parse_cell(figures[at(i, j)].raw).value for j in range(n)) for i, k in enumerate(keys)}
        if any(v is None for vs in values.values() for v in vs):
            continue
        ok = _holds(keys, values, parts, n)
        if ok:
            readings.append((note, at, values))
        elif ok is None:
            return None, f"{said}: no sum of the table proves which figure is whose; not read", 0, region
    if len(readings) != 1:
        return None, f"{said}: {'no' if not readings else 'more than one'} reading holds the table's sums; " \
                     "not read", 0, region
    note, at, values = readings[0]
    out = []
    for i, h in enumerate(run):
        cells = [figures[at(i, j)] for j in range(n)]
        hit = RowHit(h.spec, h.label, h.label_start, h.label_end, cells, False, h.label_end, h.unit, h.note)
        row = RowValues(doc, hit, note)
        unit = text[h.label_end:_line(text, h.label_end)[1]].strip(" \t|")
        applicant = "total" if h.spec.key.startswith("requests.") else None
        for period, t, v in zip(PERIODS, cells, values[h.spec.key]):
            out.append(row.indicator(h.spec.key, t.raw, v, t.start, t.end, applicant, period,
                                     row_unit="万元" if unit == "万元" else None))
    return out, f"{note}, as its sums hold", n, region
