"""Geometry → tables and text blocks for the PDF reader (pdf.py): ruling lines → tables, items → lines and paragraphs.

Tables are rebuilt from the ruling lines the way pdfplumber's "lines" strategy does it (snap, join:
pdf_edges.py; intersect, smallest rectangles, connected groups), then every item is dropped into the cell that
holds its centre; the rest becomes lines, the lines of one paragraph joined. A table continued on
the next page is merged into one (a repeated header row dropped, a row cut by the page break joined).
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import Callable, Optional

from ..patterns import FIGURE_CELL, PRINTED_NUMBERING
from .pdf_aligned import find_aligned_tables
from .pdf_beside import read_beside
from .pdf_edges import close_border, close_open_ends, merge_edges
from .pdf_furniture import page_numbers_out, table_edges, under_caption
from .pdf_lines import bands, join, text_lines
from .pdf_model import Cell, GridBudget, Item, Line, PageData, Table
from .pdf_centred import settle_centred
from .pdf_chains import settle_chains
from .pdf_overrun import clear_overruns, near_across, over_border, over_rule, runs_on, settle_tight
from .pdf_two_figures import cell_padding, clear_stacked, figure_wraps, side_by_side, stacked_figures
from .pdf_spacing import cell_spacing
from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings


# ---------------------------------------------------------------- tables from ruling lines

def _find_tables(hedges, vedges, page: int, geo: PDFLayoutSettings, notes: list,
                 budget: Optional[GridBudget], items: Optional[list] = None) -> list[Table]:
    if len(hedges) + len(vedges) > geo.max_page_edges:
        notes.append(f"page {page}: {len(hedges) + len(vedges)} ruling-line pieces (more than "
                     f"PDFLayoutSettings.max_page_edges = {geo.max_page_edges}): a drawing, not read as tables")
        return []
    h = merge_edges(hedges, geo)
    v = merge_edges(vedges, geo)
    spacing = cell_spacing(h, v, items, geo) if items else None
    if spacing:                         # cells boxed apart: each boundary drawn twice (pdf_spacing.py)
        geo = geo.with_(snap=spacing)
        h, v = merge_edges(hedges, geo), merge_edges(vedges, geo)
    snap = geo.snap
    if len(v) >= 2:
        extra = close_open_ends(h, v, snap)
        sides = close_open_ends(v, h, snap) if len(h) >= 2 else None
        if sides:
            sides, tops = close_border(v, sides, snap)
            if sides:
                v = merge_edges(v + sides, geo)
                extra += tops
        if extra:
            h = merge_edges(h + extra, geo)
    if len(h) < 2 or len(v) < 2:
        return []
    h_by_y = sorted(range(len(h)), key=lambda i: h[i][0])
    hy = [h[i][0] for i in h_by_y]
    # the grid search below grows with the number of crossings (and its cells with their square):
    # count the candidates first, from positions alone, and refuse a grid too big before building it
    crossings = sum(bisect.bisect_right(hy, y1 + snap) - bisect.bisect_left(hy, y0 - snap) for _, y0, y1 in v)
    if crossings > geo.max_grid_intersections:
        notes.append(f"page {page}: a ruling grid of {len(h)}×{len(v)} lines ({crossings} possible crossings, more "
                     f"than PDFLayoutSettings.max_grid_intersections = {geo.max_grid_intersections}) was not "
                     "read as a table; its text was read as lines")
        return []
    if budget is not None:
        if crossings > budget.crossings:
            notes.append(f"page {page}: its ruling grid ({crossings} possible crossings) was not read as a table: "
                         "the document's budget (PDFLayoutSettings.max_document_grid_intersections = "
                         f"{geo.max_document_grid_intersections}) is spent; its text was read as lines")
            return []
        budget.crossings -= crossings
    points: dict[tuple[float, float], tuple[set, set]] = {}
    for vi, (x, y0, y1) in enumerate(v):
        lo = bisect.bisect_left(hy, y0 - snap)
        hi = bisect.bisect_right(hy, y1 + snap)
        for k in range(lo, hi):
            hi_ = h_by_y[k]
            y, x0, x1 = h[hi_]
            if x0 - snap <= x <= x1 + snap:
                p = (x, y)
                at = points.get(p)
                if at is None:
                    at = points[p] = (set(), set())
                at[0].add(vi)
                at[1].add(hi_)
    if len(points) < 4:
        return []
    ys_at: dict[float, list[float]] = defaultdict(list)
    xs_at: dict[float, list[float]] = defaultdict(list)
    for x, y in points:
        ys_at[x].append(y)
        xs_at[y].append(x)
    for lst in ys_at.values():
        lst.sort()
    for lst in xs_at.values():
        lst.sort()
    cells: list[tuple[float, float, float, float]] = []
    for (x, y), (vs, hs) in points.items():
        below = ys_at[x]
        right = xs_at[y]
        found = None
        for yb in below[bisect.bisect_right(below, y):]:
            vb, hb = points[(x, yb)]
            if vb.isdisjoint(vs):
                break
            for xr in right[bisect.bisect_right(right, x):]:
                vr, hr = points[(xr, y)]
                if hr.isdisjoint(hs):
                    break
                br = points.get((xr, yb))
                if br is not None and not br[0].isdisjoint(vr) and not br[1].isdisjoint(hb):
                    found = (x, y, xr, yb)
                    break
            if found:
                break
        if found and found[2] - found[0] >= geo.min_cell and found[3] - found[1] >= geo.min_cell:
            cells.append(found)
    if len(cells) < 2:
        return []
    # tables: groups of cells that share a corner
    parent = list(range(len(cells)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[float, float], int] = {}
    for i, (x0, y0, x1, y1) in enumerate(cells):
        for corner in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
            j = owner.setdefault(corner, i)
            if j != i:
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(cells)):
        groups[root(i)].append(i)
    tables = []
    for members in groups.values():
        if len(members) < 2:
            continue
        cs = [Cell(*cells[i], page=page) for i in members]
        xs = sorted({c.x0 for c in cs} | {c.x1 for c in cs})
        ys = sorted({c.top for c in cs} | {c.bottom for c in cs})
        col_of, row_of = _positions(xs), _positions(ys)
        for c in cs:
            c.col = col_of[c.x0]
            c.row = row_of[c.top]
        cs.sort(key=lambda c: (c.row, c.col))
        t = Table(cs, xs[0], ys[0], xs[-1], ys[-1], page)
        t.grid = (xs, ys)
        tables.append(t)
    tables.sort(key=lambda t: (t.top, t.x0))
    return tables


def _fill_tables(tables: list[Table], items: list[Item], geo: PDFLayoutSettings,
                 notes: Optional[list] = None, marked: Optional[dict] = None) -> list[Item]:
    """Put each item into the cell holding its centre; return the items in no cell. A figure run
    across the rule between two cells leaves both unread (pdf_overrun.py), with a note."""
    rest = []
    overruns: dict[int, list] = defaultdict(list)       # table index → (cell, side, glyph)
    boxes = []          # per table: its box, grid, (row, column) → cell, and the cells' items
    content: list[list[list[Item]]] = []
    for t in tables:
        xs, ys = t.grid
        col_of, row_of = _positions(xs), _positions(ys)
        slot: dict[tuple[int, int], int] = {}
        for k, c in enumerate(t.cells):
            for r in range(row_of[c.top], row_of[c.bottom]):
                for q in range(col_of[c.x0], col_of[c.x1]):
                    slot[(r, q)] = k
        cont: list[list[Item]] = [[] for _ in t.cells]
        content.append(cont)
        edges = [(c.x0, c.x1) for c in t.cells]
        boxes.append((t.x0, t.top, t.x1, t.bottom, xs, ys, len(xs) - 2, len(ys) - 2, slot, cont, edges, t,
                      len(boxes)))
    bisect_right = bisect.bisect_right
    for it in items:
        cx, cy = (it.x0 + it.x1) / 2, (it.top + it.bottom) / 2
        for x0, top, x1, bottom, xs, ys, last_q, last_r, slot, cont, edges, t, ti in boxes:
            # (a glyph straddling the table's left or right edge, its centre just outside: the
            # figure of an edge cell run over the rule, read with its cell, never text beside it)
            if top <= cy <= bottom and (x0 <= cx <= x1 or it.x0 < x0 < it.x1 or it.x0 < x1 < it.x1):
                q = bisect_right(xs, cx) - 1                # the slot, clamped into the grid
                q = q if q > 0 else 0
                q = last_q if last_q < q else q
                r = bisect_right(ys, cy) - 1
                r = r if r > 0 else 0
                r = last_r if last_r < r else r
                k = slot.get((r, q))
                if k is not None:
                    cont[k].append(it)
                    e0, e1 = edges[k]
                    if it.x0 < e0 or it.x1 > e1:
                        # a glyph standing a third of its width over its cell's edge: text cut by a
                        # clip (pdf_clip.py), or set too tight
                        if not t.crossed:
                            w = (it.x1 - it.x0) / 3
                            t.crossed = it.x0 < e0 - w or it.x1 > e1 + w
                        side = over_rule(it, e0, e1, x0, x1, geo)
                        if side:
                            overruns[ti].append((k, side, it))
                    if not t.hugged and (it.x0 < e0 + geo.overrun_hug or it.x1 > e1 - geo.overrun_hug):
                        t.hugged = True             # (pdf_overrun.runs_on looks at the table)
                else:
                    rest.append(it)
                break
            if not t.beside and top <= cy <= bottom and (x1 <= it.x0 < x1 + geo.overrun_beside
                                                          or x0 - geo.overrun_beside < it.x1 <= x0):
                t.beside = True                     # (text by its border: pdf_overrun.over_border)
        else:
            rest.append(it)
    for ti, (t, cont) in enumerate(zip(tables, content)):
        if overruns.get(ti):
            overruns[ti] = settle_tight(t.cells, cont, overruns[ti], geo)
        if overruns.get(ti) or t.hugged:
            # (a digit over or at a rule: figures whose tracking went uncounted may run over theirs, pdf_chains.py)
            overruns[ti] = settle_chains(t.cells, cont, overruns.get(ti, []), geo)
        unsure: list = []
        if t.beside:
            moved, unsure = over_border(t, cont, rest, geo)
            if moved:
                gone = {id(o) for o in moved}
                rest = [o for o in rest if id(o) not in gone]
        stacked: list = []
        side: dict = {}
        pad, wraps = cell_padding(t.cells, cont, geo), figure_wraps(t.cells, cont, geo)
        for k, (c, its) in enumerate(zip(t.cells, cont)):
            c.text = _cell_text(its, geo, c, stacked, k, side, pad, wraps)
        if stacked:
            clear_stacked(t, stacked, t.page, notes if notes is not None else [], side)
        # (a cell's figure spread apart, '4 0': a chain of tracked digits may run on over a rule)
        spread = {k for k, c in enumerate(t.cells) if " " in c.text and _SPREAD.fullmatch(c.text)} | set(side)
        found = overruns.get(ti, []) + unsure + near_across(t.cells, cont, geo) + (runs_on(t, cont, t.x0, t.x1, geo, spread, side)
                                                 if t.hugged or spread else [])
        if found:
            changed: set = set()
            found = settle_centred(t.cells, cont, found, geo, changed, marked, rest)
            for k in changed:
                t.cells[k].text = _cell_text(cont[k], geo, t.cells[k], [], k, {})
        if found:
            clear_overruns(t, found, t.page, notes if notes is not None else [])
        rows: dict[int, list[Cell]] = defaultdict(list)
        for c in t.cells:
            rows[c.row].append(c)
        t.rows = [sorted(rows[r], key=lambda c: c.col) for r in sorted(rows)]
    return rest


def _overlapping(groups: list[list[Item]]) -> bool:
    """Two glyphs of a band overlapping by a third of the narrower one: text drawn under other text
    (a cell's text cut by a clip running on under the next cells: pdf_clip.py). Asked of a page
    with a table read from its text's alignment only."""
    for band in groups:
        for a, b in zip(band, band[1:]):
            if b.x0 < a.x1 - ((a.x1 - a.x0) if a.x1 - a.x0 < b.x1 - b.x0 else (b.x1 - b.x0)) / 3:
                return True
    return False


def _positions(grid: list[float]) -> dict[float, int]:
    """Each grid position → its index: `grid.index(x)` for all x at once (a ruled grid's positions
    come from a set, so each is there once; a NaN is found by identity in both)."""
    return {x: i for i, x in enumerate(grid)}


_SPACED_DIGITS = re.compile(r"[0-9] [0-9]")
_SPREAD = re.compile(r"\d+(?: \d+)+")       # (a cell's figure spread apart: '4 0', '３ ９ ０ ２')


def _cell_text(items: list[Item], geo: PDFLayoutSettings, cell: Optional[Cell] = None,
               stacked: Optional[list] = None, k: int = 0, side: Optional[dict] = None,
               pad: Callable[[], Optional[float]] = lambda: None, wraps: Callable[..., bool] = lambda *a: False) -> str:
    """The text of a cell's items; `k` added to `stacked` where they are two figures one over the
    other (pdf_overrun.stacked_figures: the cell is then left unread; `pad`, its table's padding, `wraps`: its figures' wraps),
    or side by side (and to `side`, with the line: pdf_overrun.side_by_side)."""
    if len(items) < 2:          # no text, or one figure (most cells): what the lines below come to
        return items[0].text.strip().replace("|", "¦").strip() if items else ""
    lines = text_lines(items, geo)
    if cell is not None and len(lines) > 1 and stacked is not None and stacked_figures(lines, cell.x0, cell.x1, geo, pad, wraps):
        stacked.append(k)
    out = ""
    for ln in lines:
        out = join(out, ln.text)
    if side is not None and " " in out and k not in stacked and _SPACED_DIGITS.search(out):
        two = side_by_side(items, geo)
        if two is not None:
            stacked.append(k)
            side[k] = two
    return out.replace("|", "¦").strip()


# ---------------------------------------------------------------- lines and paragraphs

def layout_page(items: list[Item], hedges, vedges, page: int, width: float, height: float,
                geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT, notes: Optional[list] = None,
                budget: Optional[GridBudget] = None, marked: Optional[dict] = None, read: Optional[list] = None,
                dropped: Optional[list] = None) -> list:
    """`marked`: pdf_marks.superscript_marks' reach of the marks it left out, by digit; `read`: the
    settled figures of borderless tables read before (find_aligned_tables), added to; `dropped`: the
    bare numbers left out at the page's top as its number, added to (pdf_furniture.page_numbers_out)."""
    notes = notes if notes is not None else []
    if len(items) > geo.max_page_chars:
        notes.append(f"page {page}: {len(items)} characters (more than PDFLayoutSettings.max_page_chars = "
                     f"{geo.max_page_chars}): read as lines, without looking for tables")
        hedges = vedges = []
        aligned = False
    else:
        aligned = True
    tables = _find_tables(hedges, vedges, page, geo, notes, budget, items)
    if tables:
        items = _fill_tables(tables, items, geo, notes, marked)
        keep = []
        for t in tables:
            if len(t.rows) == 1 and len(t.rows[0]) == 1:
                items.append(Item(t.rows[0][0].text, t.x0, t.top, t.x1, t.bottom)) if t.rows[0][0].text else None
            elif any(c.text for c in t.cells):
                keep.append(t)
        tables = keep
    groups, beside = None, []
    if aligned:             # the figures the ruling lines did not box: borderless tables
        groups = bands(items)
        cut = read_beside(items, groups, hedges, page, geo, notes, read if read is not None else [])
        if cut:             # a table printed beside a column of prose: the two read apart (pdf_beside.py)
            items, tables, beside = cut[0], tables + cut[1], cut[2]
            groups = bands(items)
        found, items = find_aligned_tables(items, page, geo, groups, notes, read)
        tables += found
        if found:
            found[0].crossed = _overlapping(groups)
            groups = None   # (items were taken: the rest makes other bands)
    lines = [ln for ln in text_lines(items, geo, groups) if ln.text]
    if beside:          # (the prose cut off beside a table joins the page's lines in reading order; else as found)
        lines = sorted(lines + beside, key=lambda ln: (ln.top, ln.x0))
    lines = page_numbers_out(lines, height, dropped, geo)
    blocks = sorted(tables + lines, key=lambda b: (b.top, b.x0))
    if page == 1:
        blocks = _title_lines(blocks, width)
    return _paragraphs(blocks, width)


def _title_lines(blocks: list, width: float) -> list:
    """A title centred over two or three lines in a large font is one line ('XX人民政府' / '2023年…报告').

    Only geometry decides (the layout knows no report words): consecutive centred lines of one large
    size among the first five blocks, at most three of them and 60 characters together."""
    lines = [b for b in blocks if isinstance(b, Line)]
    if len(lines) < 2:
        return blocks
    heights = sorted(ln.height for ln in lines)
    body = heights[len(heights) // 2]
    centred = lambda ln: abs((ln.x0 + ln.x1) / 2 - width / 2) < 0.06 * width and ln.height >= 1.05 * body
    out: list = []
    joined = 1                  # lines in out[-1]
    for k, b in enumerate(blocks):
        prev = out[-1] if out else None
        if (k < 5 and joined < 3 and isinstance(b, Line) and isinstance(prev, Line) and centred(b) and centred(prev)
                and abs(b.height - prev.height) <= 0.15 * prev.height and 0 <= b.top - prev.bottom <= 1.2 * b.height
                and len(prev.text) + len(b.text) <= 60):
            out[-1] = Line(join(prev.text, b.text), min(prev.x0, b.x0), prev.top, max(prev.x1, b.x1), b.bottom)
            joined += 1
        else:
            joined = 1
            out.append(b)
    return out


def _paragraphs(blocks: list, width: float) -> list:
    """Join the wrapped lines of a paragraph: a line that runs to the right margin continues."""
    lines = [b for b in blocks if isinstance(b, Line)]
    if len(lines) < 2:
        return blocks
    right = max(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    out: list = []
    last: dict[int, tuple[float, float]] = {}
    for b in blocks:
        prev = out[-1] if out else None
        if isinstance(b, Line) and isinstance(prev, Line) and not FIGURE_CELL.match(prev.text.replace(" ", "")):
            # (a figure alone on its line stands in a borderless table's column: never prose)
            ph, pend = last.get(id(prev), (prev.height, prev.x1))
            if (pend >= right - 1.5 * max(ph, 1)
                    and b.x0 <= left + 2.5 * max(b.height, 1)
                    and -0.2 * ph <= b.top - prev.bottom <= 1.6 * max(b.height, ph)
                    and abs(b.height - ph) <= 0.35 * max(b.height, ph)):
                joined = Line(join(prev.text, b.text), min(prev.x0, b.x0), prev.top, max(prev.x1, b.x1), b.bottom)
                out[-1] = joined
                last[id(joined)] = (b.height, b.x1)      # the paragraph's last line decides the next join
                continue
        out.append(b)
    return out


# ---------------------------------------------------------------- tables across pages

def _norm_row(row: list[Cell]) -> str:
    return "".join("".join(c.text.split()) + "|" for c in row)


def merge_continued_table(a_page: PageData, b_page: PageData, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> None:
    """A table that ends a page and one that starts the next page with the same width are one."""
    if not a_page.usable or not b_page.usable:
        return
    a, b = table_edges(a_page, b_page, geo)      # (a running header or footer between them stepped over)
    captioned = under_caption(b_page, b, geo)    # (a caption line over it: '续表')
    b = captioned or b
    if not isinstance(a, Table) or not isinstance(b, Table):
        return
    if getattr(a, "aligned", False) or getattr(b, "aligned", False):
        return                          # a borderless table has no edges to match across the break
    head = getattr(a, "head", a)        # the table's first part (holds its header rows)
    snap, slack = geo.snap, geo.continued_table_slack
    if abs(a.x0 - b.x0) > slack or abs(a.x1 - b.x1) > slack:
        return
    rows = list(b.rows)
    # a header row repeated on the continuation page
    k = 0
    while k < min(len(rows) - 1, len(head.rows), 4) and _norm_row(rows[k]) == _norm_row(head.rows[k]) \
            and any(c.text for c in rows[k]):
        k += 1
    rows = rows[k:]
    # an empty cell at the top of the continuation that carries on a merged cell cut by
    # the break (same column edges, spanning rows above the break) is that cell, not a new one
    ys_a = a.grid[1]
    spans = [c for c in a.cells if abs(c.bottom - a.bottom) <= snap and ys_a.index(c.top) < len(ys_a) - 2]
    top0 = min((c.top for c in rows[0]), default=b.top) if rows else b.top
    rows = [[c for c in row if c.text or abs(c.top - top0) > snap or not any(
        abs(c.x0 - m.x0) <= snap and abs(c.x1 - m.x1) <= snap for m in spans)] for row in rows]
    rows = [row for row in rows if row]
    split = bool(rows and a.rows and _split_row(a.rows[-1], rows[0], snap))
    if captioned is not None and not split:
        return                          # (under a line of its own: one table only where it holds the cut row's rest)
    # map the continuation's columns onto the first part's grid
    xs = head.grid[0]
    for row in rows:
        for c in row:
            c.col = min(range(len(xs)), key=lambda i: abs(xs[i] - c.x0))
    if split:
        _join_rows(a.rows[-1], rows[0])
        rows = rows[1:]
    b.rows = rows
    b.continues = a
    b.head = head


def _split_row(ra: list[Cell], rb: list[Cell], snap: float) -> bool:
    """Is rb (first row on the next page) the rest of ra (last row on this page)?

    Only when both have the same cells (same column edges) and they complement each other: the
    label on one page and the values on the next, or a label wrapped across the break with the
    values on one side. Two rows that both hold numbers, or an rb that starts a numbered label,
    are two rows.
    """
    if len(ra) != len(rb) or any(abs(a.x0 - b.x0) > snap or abs(a.x1 - b.x1) > snap for a, b in zip(ra, rb)):
        return False
    numeric = lambda c: bool(c.text) and bool(FIGURE_CELL.match(c.text.replace(" ", "")))
    if any(numeric(a) and numeric(b) for a, b in zip(ra, rb)):
        return False
    if not any(c.text for c in rb) or not any(c.text for c in ra):
        return False
    for a, b in zip(ra, rb):
        if a.text and b.text and (PRINTED_NUMBERING.match(b.text) or numeric(a) or numeric(b)):
            return False
    values_a, values_b = any(numeric(c) for c in ra), any(numeric(c) for c in rb)
    return not (values_a and values_b)


def _join_rows(ra: list[Cell], rb: list[Cell]) -> None:
    for ca, cb in zip(ra, rb):
        if not cb.text:
            continue
        if not ca.text:
            ca.text, ca.page = cb.text, cb.page
            ca.x0, ca.top, ca.x1, ca.bottom = cb.x0, cb.top, cb.x1, cb.bottom
        else:
            ca.text = join(ca.text, cb.text)

