"""Borderless tables: grids read from the alignment of the text (no vertical ruling lines).

Three-line tables (a rule above, one under the header, one below), tables ruled only between rows
and tables with no rules at all are common in reports typeset in Word or WPS. Their columns are
seen only in where the figures stand, so they are found the way a reader finds them:

1. every text band is cut into runs at gaps wider than `cell_gap` character heights;
2. a band with at least two runs that are numbers is a row of figures; consecutive rows of figures
   whose numbers stand in the same columns (their extents overlap) make one table, and the union
   of those extents gives the columns: the same for centred, left- and right-aligned figures;
3. what is no figure and stands in no column is a label (left of the figures, or between columns
   after a column of row numbers): its runs are joined into cell blocks
   (runs one above the other, at most `cell_line_gap` apart: a wrapped label, a label stacked in a
   narrow column) and each block goes to the row it overlaps (the first, when it spans several,
   as a merged cell is rendered), or to the nearest row within `label_reach` of the row pitch;
4. each row is rendered as label cells, then one cell per column, blank where nothing stands, so
   that a blank cell stays null by position, as in a ruled grid.

The reader knows no report vocabulary: only geometry and the shape of a number decide. What it does
not take (header words, lines between tables) stays text and is read as lines.
"""
from __future__ import annotations

import bisect
import math
from statistics import median
from typing import Optional

from ..patterns import FIGURE_CELL
from .pdf_drift import drifted, rejoin
from .pdf_aligned_cells import Band, Run, blank_columns, block_cell, cell_blocks, header_leaves, header_rows
from .pdf_aligned_rows import columns as _columns, first_overlap, notes_in_cells, over as _over, row_cells
from .pdf_aligned_stacked import (gap_of, joined_text, mid_line, stacked_note, stacked_pairs, wrapped_note,
                                  wrapped_rows, wrapped_texts)
from .pdf_aligned_heads import unstacked
from .pdf_aligned_units import units_folded, units_under
from .pdf_aligned_chains import cut_chains
from .pdf_lines import bands, letter_spaced, line_of, runs
from .pdf_model import Cell, Item, Table
from .pdf_settings import ALIGN_SHARE, PDFLayoutSettings
from .pdf_spaced import loose_note, rows_note, row_on_lines, told_row, ToldLines, unsettled_rows
from .pdf_spaced_split import crowded, one_digits, split_figures


def find_aligned_tables(items: list[Item], page: int, geo: PDFLayoutSettings,
                        groups: Optional[list[list[Item]]] = None,
                        notes: Optional[list] = None, read: Optional[list] = None) -> tuple[list[Table], list[Item]]:
    """Borderless tables among the items; returns them and the items they did not take.
    `groups`: bands(items), when the caller has them already (they are not changed). `notes`:
    where to say what was not read (spaced digits the page does not settle). `read`: the settled
    figures of the page before's tables, whose edge lines count here too (a table 二 continued
    over the break: pdf_spaced.told_lines); this page's are added to it."""
    page_bands = []
    spaced_runs = []
    for band in (bands(items) if groups is None else groups):
        rs = []
        for part, spaced in letter_spaced(runs(band, geo.cell_gap, geo.cjk_cell_gap, geo.figure_size_step),
                                             geo.letter_gap):
            ln = line_of(part, geo)
            # a letter-spaced word has no word gaps; spaced digits are joined too, a figure to
            # find the columns with, read only where the columns say it is one (pdf_spaced.py)
            text = "".join(it.text for it in part) if spaced is not False else ln.text
            run = Run(part, text, ln.x0, ln.top, ln.x1, ln.bottom, bool(FIGURE_CELL.match(text.replace(" ", ""))),
                       spaced is None)
            if spaced is None:
                spaced_runs.append(run)
            rs.append(run)
        page_bands.append(Band(rs, min(r.top for r in rs), max(r.bottom for r in rs)))
    # header words set one character a line, their lines taken for letter-spaced words (pdf_aligned_heads.py)
    page_bands = unstacked(page_bands, geo)
    # a figure over its unit word ('12' / '件') is the row's between them (pdf_aligned_units.py)
    page_bands = units_folded(page_bands, geo)
    # tracked figures chained over columns: cut where they stand (pdf_aligned_chains.py)
    cut_chains(page_bands, geo, _columns, _over, _joined)
    tables: list[Table] = []
    used: set[int] = set()
    taken: set[int] = set()             # runs in a table already (ids)
    unread: list[str] = []
    # the settled figures of the tables read (their edges: pdf_spaced.told_lines)
    read = [] if read is None else read
    for region in _regions(page_bands, geo):
        table = _table(region, page_bands, page, geo, taken, unread, read)
        if table is not None:
            tables.append(table)
            used.update(id(it) for c in table.cells for it in getattr(c, "items", ()))
            used.update(id(it) for it in table.__dict__.pop("unread", ()))
    loose: list[Run] = []
    if spaced_runs:
        # spaced digits in no table: a figure or several, which no column says: not read
        loose = [r for r in spaced_runs if r.figure and id(r.items[0]) not in used]
        # the figures beside them on their lines: which cells they are, the loose digits leave open
        # (read by position, '4 3' beside an unread '5 3 7 7 8 0' became two cells' values)
        on = {id(r) for r in loose}
        beside = [r for b in page_bands if any(id(x) in on for x in b.runs) for r in b.runs
                  if r.figure and id(r) not in on and id(r.items[0]) not in used]
        unread += loose_note(loose, page, beside)
        loose += beside
    if notes is not None and unread:    # (what a table left unread, and loose spaced digits)
        notes.extend(unread)
    if loose:
        used.update(id(it) for r in loose for it in r.items)
        if not tables:
            return tables, [it for it in items if id(it) not in used]
    if not tables:
        return tables, items            # (most pages: nothing taken)
    for t in tables:
        for c in t.cells:
            c.__dict__.pop("items", None)
    return tables, [it for it in items if id(it) not in used]


# ---------------------------------------------------------------- rows of figures → tables

def _marks_joined(cols: list[list[float]], rows: list[Band], leaves: list[tuple[float, float]],
                  slack: float) -> list[list[float]]:
    """A column of blank marks only ('—', '/': no digit) joined to the column beside it under the
    same bottom-level header word: a mark set centred among figures set flush right (or left) is
    no column of its own, where the header has fewer words than the figures have columns. A word's
    zone reaches halfway to the next word (the cell edges of centred header words)."""
    marks_only = [True] * len(cols)
    for row in rows:
        for r in row.figures:
            if any(ch.isdigit() for ch in r.text):
                for k in _over(cols, r.x0, r.x1, slack):
                    marks_only[k] = False
    if all(marks_only) or not any(marks_only):
        return cols
    words = sorted(leaves)
    edges = [(a[1] + b[0]) / 2 for a, b in zip(words, words[1:])]
    zone = lambda col: (bisect.bisect_right(edges, col[0]), bisect.bisect_right(edges, col[1]))
    out = [list(c) for c in cols]
    for k in reversed(range(len(cols))):
        if not marks_only[k] or k >= len(out):
            continue
        z = zone(out[k])
        for j in (k - 1, k + 1):
            if 0 <= j < len(out) and not marks_only[j] and z[0] == z[1] and zone(out[j]) == z:
                lo, hi = min(j, k), max(j, k)
                out[lo:hi + 1] = [[min(out[lo][0], out[hi][0]), max(out[lo][1], out[hi][1])]]
                marks_only[lo:hi + 1] = [False]
                break
    return out






def _fits(band: Band, cols: list[list[float]], slack: float) -> bool:
    """Does every figure of the band stand in its own column (or in a gap none of them uses), or
    digits evenly spaced, one each (pdf_spaced_split.split_figures asks what they are)?"""
    hit: dict[int, list[Run]] = {}
    for r in band.figures:
        over = _over(cols, r.x0, r.x1, slack)
        if len(over) > 1:
            return False
        if over:
            hit.setdefault(over[0], []).append(r)
    return bool(hit) and all(len(rs) == 1 or one_digits(rs) for rs in hit.values())


def _regions(page_bands: list[Band], geo: PDFLayoutSettings) -> list[list[Band]]:
    """Runs of consecutive rows of figures that share their columns."""
    out: list[list[Band]] = []
    cur: list[Band] = []
    cols: list[list[float]] = []
    labels_end: Optional[float] = None          # the right end of the row labels seen so far
    between: list[Band] = []
    for band in page_bands:
        figs = band.figures
        if not _row_like(band, geo):
            if cur:
                between.append(band)
            continue
        h = median(r.h for r in figs)
        slack = ALIGN_SHARE * h
        if cur and (band.top - cur[-1].bottom <= geo.table_gap * h and _fits(band, cols, slack)
                    and not any(_crosses(b, cols, h) or (_heads(b, labels_end, cols, slack)
                                                             and not units_under(b, cur[-1], labels_end, geo))
                                 for b in between)
                    or drifted(cur[-1], band, geo.drift_reach) or mid_line(cur[-1], band, lambda r: _over(cols, r.x0, r.x1, slack))):
            cur.append(band)
        else:
            if cur:
                out.append(cur)
            cur = [band]
            cols = []
            labels_end = None
        cols = _columns([(c[0], c[1]) for c in cols] + [(r.x0, r.x1) for r in figs], slack)
        labels = [r.x1 for r in band.runs if not r.figure and r.x1 <= figs[0].x0]
        if labels:
            labels_end = max(labels + ([labels_end] if labels_end is not None else []))
        between = []
    if cur:
        out.append(cur)
    return out


def _row_like(band: Band, geo: PDFLayoutSettings) -> bool:
    """Two figures or more, or one figure last on its line far from its label (a one-column table)."""
    figs = band.figures
    if len(figs) >= 2:
        return True
    if len(figs) != 1 or len(band.runs) < 2:
        return False
    # (the figure last on its line, or only a word stacked across it after it: its unit, pdf_aligned_units.py)
    fig = figs[0]
    at = band.runs.index(fig)
    if at == 0 or any(r.x0 >= fig.x1 for r in band.runs[at + 1:]):
        return False
    label = band.runs[at - 1]
    return fig.x0 - label.x1 > geo.column_gap * fig.h


def _enough(rows: list[Band], geo: PDFLayoutSettings) -> bool:
    """Enough rows of figures to be a table by themselves: two rows with two figures, one row with
    many (table 四's shape), or three rows of one figure each (a statistics table continued on
    the next page without its header). Fewer need a header word over every column."""
    return (sum(1 for b in rows if len(b.figures) >= 2) >= geo.min_aligned_rows
            or max(len(b.figures) for b in rows) >= geo.min_lone_row_figures
            or len(rows) > geo.min_aligned_rows)           # a column of figures far right of labels


def _headed(cols: list[list[float]], leaves: list[tuple[float, float]], h: float) -> bool:
    """Does a bottom-level header word stand over every column (figures centred, flush left or
    flush right under it: within half the word's width, or two characters)?"""
    return bool(leaves) and all(any(a - max(2 * h, (b - a) / 2) <= x1 and x0 <= b + max(2 * h, (b - a) / 2)
                                    for a, b in leaves) for x0, x1 in cols)


def _crosses(band: Band, cols: list[list[float]], h: float) -> bool:
    """A line of prose or a heading running across the figure columns ends the table."""
    return any(r.x1 - r.x0 > 4 * h and sum(1 for a, b in cols if r.x0 <= b and a <= r.x1) >= 2 for r in band.runs)


def _heads(band: Band, labels_end: Optional[float], cols: list[list[float]], slack: float) -> bool:
    """Two or more words right of the row labels (or over the columns) and no figure: the header
    of the next table (flush-right figures stand well right of the header words above them)."""
    if band.figures:
        return False
    if labels_end is not None:
        return sum(1 for r in band.runs if r.x0 > labels_end) >= 2
    return sum(1 for r in band.runs if (r.x0 + r.x1) / 2 >= cols[0][0] - slack) >= 2


def _apart(band: Band, h: float, geo: PDFLayoutSettings) -> bool:
    """Two runs of the band more than `column_gap` heights apart (words in two columns)."""
    return any(b.x0 - a.x1 > geo.column_gap * h for a, b in zip(band.runs, band.runs[1:]))


def _table(region: list[Band], page_bands: list[Band], page: int, geo: PDFLayoutSettings,
           taken: set[int], notes: list[str], read: list[Run]) -> Optional[Table]:
    h = median(r.h for b in region for r in b.figures)
    slack = ALIGN_SHARE * h
    cols = _columns([(r.x0, r.x1) for b in region for r in b.figures], slack)
    zone = cols[0][0] - slack                 # the label zone ends where the first column begins
    position = {id(b): i for i, b in enumerate(page_bands)}
    first, last = position[id(region[0])], position[id(region[-1])]
    # rows: the rows of figures, and the bands between them with a figure in a column (a row
    # whose other cells are blank)
    members = {id(b) for b in region}
    # two figures one over the other in a cell: neither read, nor any row's (pdf_aligned_stacked.py)
    near = page_bands[max(first - 1, 0):last + 2]
    # (figures set smaller than the table's text keep its leading: their lines' gap is the text's)
    line_h = median([r.h for b in region for r in b.runs if not r.figure] or [h])
    stacked = stacked_pairs(near, lambda r: _over(cols, r.x0, r.x1, slack) or gap_of(cols, r), h, geo, taken, line_h)
    off = {id(r): r for a, c, _, _ in stacked for r in (a, c)}
    kept = [(b, b.runs) for b in near if any(id(r) in off for r in b.runs)]
    for b, was in kept:
        b.runs = [r for r in was if id(r) not in off]
    rows = [b for b in page_bands[first:last + 1]
            if b.figures and (id(b) in members or _fits(b, cols, slack))]
    rows, joined = rejoin(rows, lambda r: _over(cols, r.x0, r.x1, slack), position, geo.drift_reach)
    # the row pitch: the tightest spacing of two rows (rows with wrapped labels stand farther apart)
    pitch = min([b.mid - a.mid for a, b in zip(rows, rows[1:]) if b.mid - a.mid > 0.5 * h] or [2 * h])
    # label-zone runs near the table: above its first row and below its last by up to a pitch
    lo, hi = rows[0].top - 2 * pitch, rows[-1].bottom + 2 * pitch
    # (labels stand left of the figures, or between columns: a 序号 column of row numbers first)
    labels = [r for b in page_bands if lo <= b.mid <= hi for r in b.runs
              if not r.figure and id(r) not in taken and not _over(cols, r.x0, r.x1, slack)]
    # a label run on a band with more on it right of the label zone (figures: a row; words: a
    # header) belongs to that band: two of them are never one wrapped cell
    # (or two words a column gap apart: a header line in the label zone, over a part whose figures stand far right)
    # (not a line whose figures were all a stacked pair's pieces: a label wrapped around its row's middle line)
    emptied = {id(b) for b, was in kept if not b.figures}
    band_of = {id(r): k for k, b in enumerate(page_bands) if lo <= b.mid <= hi and id(b) not in emptied
               and (any(not (r.x1 <= zone) for r in b.runs) or _apart(b, h, geo)) for r in b.runs}
    blocks = cell_blocks(labels, geo, band_of)
    cells_of: list[list[tuple[float, Run]]] = [[] for _ in rows]
    mids = [row.mid for row in rows]
    tallest = max(row.bottom - row.top for row in rows)
    row_at = {position[id(row)]: k for k, row in enumerate(rows)}
    row_at.update((position[id(part)], row_at[position[id(row)]]) for part, row in joined)
    stacked_at: dict[int, list] = {}
    for a, c, b, j in stacked:
        if position[id(b)] in row_at:
            stacked_at.setdefault(row_at[position[id(b)]], []).append((a, c, j))
    lone: list[list[Run]] = []
    for block in blocks:
        bands_on = {band_of[id(r)] for r in block if id(r) in band_of}
        if bands_on:                    # standing on a row (its label) or on a line of words
            on_rows = sorted(row_at[b] for b in bands_on if b in row_at)
            if not on_rows:             # inside the table: a row with no figure (label, unit); else a header
                if rows[0].bottom < min(r.top for r in block) and max(r.bottom for r in block) < rows[-1].top:
                    lone.append(block)
                continue
            cells_of[on_rows[0]].extend((min(r.x0 for r in block), r) for r in block)
            continue
        top, bottom = min(r.top for r in block), max(r.bottom for r in block)
        k = first_overlap(rows, mids, tallest, top, bottom)
        if k is None:
            mid = (top + bottom) / 2
            j = bisect.bisect_left(mids, mid)
            k = min((i for i in (j - 1, j) if 0 <= i < len(rows)), key=lambda i: abs(mids[i] - mid))
            if abs(rows[k].mid - mid) > geo.label_reach * pitch:
                if rows[0].bottom < mid < rows[-1].top:
                    lone.append(block)  # a row with no figure (a section heading): label only, in place
                continue
        cells_of[k].extend((min(r.x0 for r in block), r) for r in block)
    table_cells: list[Cell] = []
    out_rows: list[list[Cell]] = []
    taken_here = {id(r) for c in cells_of for _, r in c} | {id(r) for b in rows for r in b.runs} | set(off)
    taken.update(taken_here)
    left = min([r.x0 for b in rows for r in b.runs] + [r.x0 for c in cells_of for _, r in c])
    # header words over the figures stand right of the row labels (a table without labels, like
    # table 四, has all its header words over figures, flush-right ones included)
    labels_end = max((r.x1 for c in cells_of for _, r in c), default=-math.inf)
    header = header_rows(page_bands[:first], taken, cols, left, h, geo, labels_end if labels_end > -math.inf else math.inf,
                         line_h)
    for head in header:
        out_rows.append([block_cell(block, page, len(out_rows), k) for k, block in enumerate(head)])
        table_cells.extend(out_rows[-1])
    leaves = header_leaves(header, labels_end)
    if len(cols) > len(leaves) > 0:
        cols = _marks_joined(cols, rows, leaves, slack)
    lines = ToldLines(read)              # (worked out only where asked: spaced digits, a lone row)
    if not _enough(region, geo) and not _headed(cols, leaves, h) and \
            not (len(rows) == 1 and (row_on_lines(rows[0].figures, leaves, lines, geo.told_line_figures, slack,
                                                  geo.told_line_lone)
                                     or not leaves and told_row(rows[0].figures, lines, slack, geo.headless_row_figures))):
        taken.difference_update(taken_here)
        for b, was in kept:
            b.runs = was
        return None                     # a line or two of figures with no column header: text
    # figures spread wider than a cell gap: their digits one run each, joined where the header settles it
    cols, changed, split = split_figures(rows, leaves, cols, lambda r: _over(cols, r.x0, r.x1, slack), _joined,
                                         geo.rows_line_columns, geo.offset_head_figures)
    cut = any(_parted(rows[k].figures, figures) for k, figures in changed.items())
    for k, figures in changed.items():  # (the band is the page's: no other table takes its figures)
        rows[k].runs = sorted([r for r in rows[k].runs if not r.figure] + figures, key=lambda r: r.x0)
        taken.update(id(r) for r in figures)
    if cut:                             # chains cut into their cells' figures: the columns are theirs, not the chains'
        cols = _columns([(r.x0, r.x1) for b in rows for r in b.figures], slack)
        if len(cols) > len(leaves) > 0:
            cols = _marks_joined(cols, rows, leaves, slack)
    cols = blank_columns(cols, [b for head in header for b in head], labels_end)
    notes_in_cells(rows, page_bands[first:last + 1], cols, slack, pitch, taken)
    crowded(rows, lambda r: _over(cols, r.x0, r.x1, slack), _joined, split)
    unsettled = unsettled_rows(rows, leaves, lambda spans: _columns(spans, slack), geo.row_line_evidence,
                               geo.rows_line_columns, lines, geo.told_line_figures,
                               geo.row_step_figures, geo.headless_row_figures, geo.told_line_lone) | set(split)
    read += [r for k, row in enumerate(rows) if k not in unsettled for r in row.figures]
    # a line of figures with no label right over a row's: wrapped cells or two rows (pdf_aligned_stacked.py)
    wrapped = set() if all(cells_of) else set(wrapped_rows(rows, [bool(c) for c in cells_of], h, geo, line_h))
    entries = [(row.top, k, None) for k, row in enumerate(rows)] + [(min(r.top for r in b), -1, b) for b in lone]
    unread: list[Item] = []
    lost: list[Item] = []               # (the wrapped rows' figures: not read, not text either)
    unread_rows: list[str] = []
    for _, k, block in sorted(entries, key=lambda e: e[0]):
        if block is not None:
            cells = [block_cell(sorted(block, key=lambda r: (r.top, r.x0)), page, len(out_rows), 0)]
        elif k in unsettled:            # its label only: cells absent, not null (pdf_spaced.py)
            cells = row_cells(rows[k], cells_of[k], [], slack, page, len(out_rows))
            unread += [it for r in rows[k].runs if _over(cols, r.x0, r.x1, slack) for it in r.items]
            unread_rows.append(" ".join(c.text for c in cells) or "?")
        elif k in wrapped:              # its label and its cells, each figure's unread (a line with no label: none)
            lost += [it for r in rows[k].runs if _over(cols, r.x0, r.x1, slack) for it in r.items]
            if not cells_of[k]:
                continue
            cells = row_cells(rows[k], cells_of[k], cols, slack, page, len(out_rows))
            above = k - 1 in wrapped and not cells_of[k - 1]     # (else the line with no label is below it)
            pair = (rows[k - 1], rows[k], True) if above else (rows[k], rows[k + 1], False)
            # (each cell's pieces in its column, top to bottom: joined by the table reader where the sums prove it)
            over = lambda r: _over(cols, r.x0, r.x1, slack)        # noqa: E731
            texts = wrapped_texts(pair[0], pair[1], over) if all(
                r.figure for b in pair[:2] for r in b.runs if over(r)) else None
            for j, c in enumerate(cells[len(cells) - len(cols):]):
                if texts is not None and j in texts:
                    c.text = texts[j]
                elif c.text:
                    c.text, c.unread = "", True
            notes.append(wrapped_note(page, cells[0].text, *pair, joined=bool(texts)))
        else:
            cells = row_cells(rows[k], cells_of[k], cols, slack, page, len(out_rows))
        for a, c_, j in stacked_at.get(k, ()):
            # (its cell blank: unread, no blank's 0 in an identity; or the pair as a figure wrapped, '370⏎0')
            blank = [c for c in cells[len(cells) - len(cols):]
                     if not c.text and c.x0 - slack <= a.x1 and a.x0 <= c.x1 + slack]
            joined = joined_text(a, c_, rows[k - 1] if k else None, rows[k + 1] if k + 1 < len(rows) else None) \
                if j >= 0 and len(blank) == 1 else None
            for c in blank:
                c.text, c.unread = (joined, False) if joined else ("", True)
            named = cells[:len(cells) - len(cols)] or [Cell(0, 0, 0, 0, 0, 0, "?", page)]
            notes.append(stacked_note(page, named[-1].text, (a, c_), bool(joined)))
        table_cells.extend(cells)
        out_rows.append(cells)
    if not table_cells:                 # (no row kept a cell: its spaced digits unread, no label)
        taken.difference_update(taken_here)
        for b, was in kept:
            b.runs = was
        return None
    t = Table(table_cells, min(c.x0 for c in table_cells), min(c.top for c in table_cells),
              max(c.x1 for c in table_cells), max(c.bottom for c in table_cells), page, out_rows)
    t.grid = ([zone] + [a for a, _ in cols] + [cols[-1][1]],
              sorted({c.top for c in table_cells}) + [max(c.bottom for c in table_cells)])
    t.aligned = True
    if unread or off or lost:
        t.unread = unread + lost + [it for r in off.values() for it in r.items]   # (not read: not text either)
    if unread:
        notes.append(rows_note(page, unread_rows, [r for k in sorted(unsettled) for r in
                                                   split.get(k, []) + [r for r in rows[k].figures if r.spaced]]))
    return t


def _parted(was: list[Run], figures: list[Run]) -> bool:
    """Has a run of `was` (a row's figures) had its digits dealt to two figures or more of `figures`?
    A chain over cells cut ('2 5 3' over three cells), whether its digits stay one a figure or join
    their neighbours' ('3' + '2', '3' + '5': as many figures as before)."""
    owner = {id(it): id(f) for f in figures for it in f.items}
    return any(len({owner.get(id(it)) for it in r.items}) > 1 for r in was)




def _joined(items: list[Item]) -> Run:
    """Digits standing apart as one figure, or one digit of a chain as its own (pdf_spaced_split.split_figures)."""
    return Run(items, "".join(it.text for it in items), items[0].x0, min(it.top for it in items), items[-1].x1,
                max(it.bottom for it in items), True)
