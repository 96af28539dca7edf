"""A row's cells as tokens (raw text and where it stands) and a pipe line cut into them (row_cells.py reads the
other layouts): a unit column and its header are no values, a pipe an OCR read for a 1 no separator."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..patterns import UNIT_WORDS
from .ocr_pipes import ocr_pipe_figures


@dataclass
class Token:
    raw: str
    start: int
    end: int
    gap: bool = field(default=False, compare=False)   # a blank pipe cell printed as two pipes, nothing between ("||")


# cells of a pipe row that are not values: a unit column (条/件/元) and its header, letter-spaced too (万 元)
_NOT_VALUES = frozenset(UNIT_WORDS) | {"单位", "计量单位"}


def pipe_cells(text: str, start: int, end: int) -> list[Token]:
    # the piece before the first pipe is the rest of the label cell; the empty piece after the
    # last pipe is the row's end (not kept); blank cells before it are real cells. A pipe an OCR read
    # for a 1 is part of its figure, no separator
    ocr = ocr_pipe_figures(text, start, end)
    if ocr:
        return _pipe_cells_ocr(text, start, end, ocr)
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
            cells.append(Token("", lead, lead, not piece))
        pos += len(piece) + 1
    return cells


def _pipe_cells_ocr(text: str, start: int, end: int, ocr: list[tuple[int, int]]) -> list[Token]:
    """pipe_cells of a line some of whose pipes are an OCR's 1s: cut at the other pipes only."""
    seps = [p for p in range(start, end) if text[p] == "|" and not any(a <= p < b for a, b in ocr)]
    cells: list[Token] = []
    bounds = seps + [end]
    for i, p in enumerate(seps):
        a, b = p + 1, bounds[i + 1]
        piece = text[a:b]
        stripped = piece.strip()
        if stripped:
            if stripped not in _NOT_VALUES:
                lead = a + len(piece) - len(piece.lstrip())
                cells.append(Token(stripped, lead, lead + len(stripped)))
        elif i + 1 < len(seps):
            lead = a + (1 if piece else 0)
            cells.append(Token("", lead, lead, not piece))
    return cells
