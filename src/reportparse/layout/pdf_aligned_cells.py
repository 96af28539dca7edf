"""A borderless table's words (pdf_aligned.py finds the table): the runs and bands of text it is
read from, runs joined into cell blocks (a wrapped label, a heading stacked in a narrow column), the
header over the columns and the blank columns only the header shows, and a block made a cell.

Geometry only, like the finder: no report vocabulary.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median
from typing import Optional

from ..patterns import PRINTED_NUMBERING
from .pdf_lines import join
from .pdf_model import Cell, Item
from .pdf_settings import ALIGN_SHARE, PDFLayoutSettings


@dataclass
class Run:
    items: list[Item]
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    figure: bool
    #: digits spaced evenly apart (pdf_lines.letter_spaced), joined: one figure letter-spaced, or
    #: one-digit figures in columns that narrow; the table's columns settle which (pdf_spaced.py)
    spaced: bool = False

    @property
    def h(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def size(self) -> float:
        """The font size as the median character height (a bracket or a quote can stand taller)."""
        return max(median(it.bottom - it.top for it in self.items), 1.0)

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Band:
    runs: list[Run]
    top: float
    bottom: float

    @property
    def figures(self) -> list[Run]:
        return [r for r in self.runs if r.figure]

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


def header_rows(above: list[Band], taken: set[int], cols: list[list[float]], left: float, h: float,
                geo: PDFLayoutSettings, labels_end: float = math.inf, text_h: float = 0.0) -> list[list[list[Run]]]:
    """The header over the columns: the bands right above the first row, up to a line of prose,
    a larger font or a wide gap; its words joined into cells as labels are (a header word wrapped
    in a narrow column is one word again), in rows of cells that start at the same height. A line
    wider than most of the table is prose, unless it stands right of the row labels (`labels_end`)
    with its middle over the figure columns: a merged cell's header word over a part of one column
    (本年收费金额（单位：万元）over a narrow table's one figure) is as wide as that cell. A larger font
    is larger than the table's text (`text_h`: its labels' height) and its figures (`h`): figures set
    smaller than the text under a header in the text's size (6 pt under 8 pt) keep their header."""
    big = 1.3 * max(h, text_h)
    width = cols[-1][1] - left

    def wide(r: Run) -> bool:
        return r.x1 - r.x0 > 0.6 * width and not (r.x0 > labels_end and cols[0][0] <= (r.x0 + r.x1) / 2 <= cols[-1][1])
    picked: list[Run] = []
    below = None
    for band in reversed(above[-geo.max_header_bands:]):
        if below is not None and below.top - band.bottom > 3 * h:
            break
        if any(r.size > big or wide(r) for r in band.runs if id(r) not in taken) \
                or len(band.figures) >= 2 or any(id(r) in taken for r in band.figures):
            break                       # prose, a heading, or the rows of the table above (a part of one figure)
        # (spaced digits over the columns are no header word: what they are, no column says)
        picked.extend(r for r in band.runs if id(r) not in taken and not r.spaced)
        below = band
    if not picked:
        return []
    blocks = sorted(cell_blocks(picked, geo), key=lambda b: (min(r.top for r in b), min(r.x0 for r in b)))
    rows: list[list[list[Run]]] = []
    row_top = None
    for block in blocks:
        top = min(r.top for r in block)
        if row_top is None or top - row_top > 0.5 * h:
            rows.append([])
            row_top = top
        rows[-1].append(sorted(block, key=lambda r: (r.top, r.x0)))
    return [sorted(row, key=lambda b: min(r.x0 for r in b)) for row in rows]


def header_leaves(header: list[list[list[Run]]], labels_end: float) -> list[tuple[float, float]]:
    """The x-extents of the bottom-level header words (no header word under them) that start right
    of the row labels' end (a unit column's 单位 is over the labels' side)."""
    boxes = [(min(r.x0 for r in b), min(r.top for r in b), max(r.x1 for r in b), max(r.bottom for r in b))
             for row in header for b in row]
    return [(x0, x1) for i, (x0, top, x1, bottom) in enumerate(boxes)
            if x0 >= labels_end
            and not any(j != i and t >= bottom and a < x1 and x0 < b for j, (a, t, b, _) in enumerate(boxes))]


def blank_columns(cols: list[list[float]], blocks: list[list[Run]], labels_end: float) -> list[list[float]]:
    """Columns no figure stands in, seen in the header. The bottom-level header words (no header
    word under them) right of the row labels name the columns, left to right. The columns of
    figures are matched to them in order, at the least total distance between centres (figures
    centred, flush left or flush right under their word all keep the order); a word left without
    a column heads a column whose cells are all blank."""
    leaves = sorted(header_leaves([blocks], labels_end), key=lambda span: span[0] + span[1])
    if len(leaves) <= len(cols):
        return cols
    mid = lambda span: (span[0] + span[1]) / 2
    n, m = len(cols), len(leaves)
    inf = math.inf
    # cost[i][j]: columns 0..i-1 matched to words among 0..j-1, in order
    cost = [[0.0] * (m + 1)] + [[inf] * (m + 1) for _ in range(n)]
    for i in range(1, n + 1):
        for j in range(i, m + 1):
            cost[i][j] = min(cost[i][j - 1], cost[i - 1][j - 1] + abs(mid(cols[i - 1]) - mid(leaves[j - 1])))
    owned, i, j = set(), n, m
    while i > 0:
        if cost[i][j] == cost[i][j - 1] and j > i:
            j -= 1
        else:
            owned.add(j - 1)
            i, j = i - 1, j - 1
    extra = [list(leaf) for k, leaf in enumerate(leaves)
             if k not in owned and not any(a <= leaf[1] and leaf[0] <= b for a, b in cols)]
    return sorted(cols + extra) if extra else cols


def cell_blocks(runs_: list[Run], geo: PDFLayoutSettings,
            anchor: Optional[dict[int, int]] = None) -> list[list[Run]]:
    """Runs one above the other, at most `cell_line_gap` apart and within the line above: one cell.

    Line spacing alone cannot tell a wrapped cell from the next row in a tight table, so more
    things keep cells apart: a run that starts with a numbering (3. / (四) / 二、) starts a cell; a
    run standing over two runs or more of the line below spans them (行政诉讼 over 结果维持 …
    总计) and is a cell of its own; and runs standing on two different bands with more
    right of the labels (`anchor`: run id → band; a row, a header) are two rows' labels — unless
    every run of both is narrow (at most three characters) and one of them stands between rows: a
    heading stacked in a narrow column (三、/本年/度办), not a unit column (条/条/件).
    """
    runs_ = sorted(runs_, key=lambda r: (r.top, r.x0))
    anchor = anchor or {}
    parent = list(range(len(runs_)))
    rows_of = [{anchor[id(r)]} if id(r) in anchor else set() for r in runs_]
    narrow = [r.x1 - r.x0 <= 3 * r.size + 0.5 for r in runs_]
    free = [id(r) not in anchor for r in runs_]      # standing between rows
    numbered = [bool(PRINTED_NUMBERING.match(r.text)) for r in runs_]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(runs_):
        window = []
        for j in range(i + 1, len(runs_)):
            if runs_[j].top - a.bottom > geo.cell_line_gap * a.h:
                break
            if runs_[j].top > a.mid and a.x0 < runs_[j].x1 and runs_[j].x0 < a.x1:
                window.append(j)
        for j in window:
            b = runs_[j]
            if sum(1 for k in window if abs(runs_[k].mid - b.mid) < ALIGN_SHARE * b.h) > 1:
                continue                # a heading over two words or more of one line: it spans them
            if b.x0 < a.x0 - 0.5 * a.size or b.x1 > a.x1 + 0.5 * a.size:
                continue                # a wrapped line stands within the line above it, not out of it
            if numbered[j]:
                continue                # "2." / "(二)" / "三、" begins the next item, not a wrapped line
            ri, rj = root(i), root(j)
            if ri == rj:
                continue
            if len(rows_of[ri] | rows_of[rj]) > 1 and not (narrow[ri] and narrow[rj] and (free[ri] or free[rj])):
                continue
            parent[rj] = ri
            rows_of[ri] |= rows_of[rj]
            narrow[ri] = narrow[ri] and narrow[rj]
            free[ri] = free[ri] or free[rj]
    groups: dict[int, list[Run]] = {}
    for i, r in enumerate(runs_):
        groups.setdefault(root(i), []).append(r)
    return list(groups.values())


def block_cell(parts: list[Run], page: int, row: int, col: int) -> Cell:
    text = ""
    for r in parts:
        text = join(text, r.text)
    c = Cell(min(r.x0 for r in parts), min(r.top for r in parts), max(r.x1 for r in parts),
             max(r.bottom for r in parts), row, col, text.replace("|", "¦").strip(), page)
    c.items = [it for r in parts for it in r.items]
    return c
