"""Where each cell of a row read by splitting its printed runs stands in the text (raw, start, end): the runs of
digits run together or collapsed that tables.read_row read, walked left to right for each settled value's span."""
from __future__ import annotations

from typing import Optional

from ..cells import parse_cell
from ..patterns import strip_money_unit
from .row_cells import Token
from .tables import COLLAPSED, CUT_CELL, RowRead


def cell_spans(row: RowRead, values: list) -> list[Optional[tuple[str, int, int]]]:
    """(raw, start, end) of each settled cell of a split row, walking the runs left to right."""
    if row.fits:         # the fit whose reading was settled (emit_settled checked there is one)
        fit = next(f for f, c in zip(row.fits, row.candidates) if list(c) == list(values))
        return [(t.raw, t.start, t.end) for t in fit]
    if row.cells is not None:
        return [(t.raw, t.start, t.end) for t in row.cells]
    out: list[Optional[tuple[str, int, int]]] = []
    tokens = [t for t in row.hit.cells if t.raw != ""]
    if row.damage == COLLAPSED:
        return _collapsed_spans(tokens, values)
    ti, pos = 0, 0
    for v in values:
        if v is None or ti >= len(tokens):
            return out + [None] * (len(values) - len(out))
        tok = tokens[ti]
        text = tok.raw
        if isinstance(v, float) and not float(v).is_integer() or (isinstance(v, float) and "." in text[pos:]):
            piece = strip_money_unit(text[pos:])
        else:
            piece = str(int(v))
        end = pos + len(piece) if text.startswith(piece, pos) else _across_break(text, pos, piece)
        if end is None:
            return out + [None] * (len(values) - len(out))
        out.append((text[pos:end], tok.start + pos, tok.start + end))      # (a cut figure: its line break and all)
        pos = end
        while pos < len(text) and text[pos] in _BREAK_CHARS:               # (the break a wrap cut the run at)
            pos += 1
        if pos >= len(strip_money_unit(text)):
            ti, pos = ti + 1, 0
    return out


_BREAK_CHARS = frozenset(" \t\n")


def _across_break(text: str, pos: int, piece: str) -> Optional[int]:
    """Where the digits `piece` end in text[pos:] with one line break (and spaces) among them: a hard wrap's cut of a
    figure run together with others ('1\n22' for 122), else None."""
    m = CUT_CELL.match(text, pos)
    if m is None or not piece.startswith(m.group(1)) or len(m.group(1)) >= len(piece):
        return None
    rest = piece[len(m.group(1)):]
    return m.start(2) + len(rest) if text.startswith(rest, m.start(2)) else None


def _collapsed_spans(tokens: list[Token], values: list) -> list[Optional[tuple[str, int, int]]]:
    """Each settled cell of a collapsed row points at the printed value its run stands for."""
    out: list[Optional[tuple[str, int, int]]] = []
    ti = 0
    for v in values:
        if v is None:
            out.append(None)
            continue
        j = next((j for j in range(ti, len(tokens)) if parse_cell(tokens[j].raw).value == v), None)
        if j is None:
            out.append(None)
            continue
        ti = j
        out.append((tokens[j].raw, tokens[j].start, tokens[j].end))
    return out
