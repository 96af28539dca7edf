"""A chain of tracked digits over several columns of a borderless table: each cell's figure cut out.

Figures letter-spaced to fill their cells (tracked, four digits in a narrow column) stand at nearly
the gap between two cells: a row's digits make one even chain over its columns ('3 4 3 8 4 6 5 0 …'),
which pdf_lines.letter_spaced joins and which no column then settles (the row unread). The table's
other rows say where its columns are and how their figures stand in them (centred, flush right or
flush left: the one edge every figure of these columns shares). A chain standing over two columns or
more is cut where each column gets the digits whose first-to-last extent stands at that column's
edge line (to PDFLayoutSettings.centred_slack of the digits' pitch): with the digits at one pitch
and the first digit in the first column, each column's group is the only one that can stand there,
so the cut, where it exists, is the one reading. Where the columns' figures are each of one length
(sharing every edge), the edge is the one the table's other columns keep: at least
`chain_edge_evidence` of them telling it alone (figures of several lengths) and every column's
figures sharing it (`_table_edge`; a flush-right total tracked to fill its column chained to the
figure before it). Where they tell none and every column the chain spans is filled (`_filled`: figures
of two lengths or more sharing all three edges, spread or tracked to their cell's width), the cell's
extent is the line: each group stands at all three edges (first digit to last, evenly spaced). Where a column has
no other figure, the figures share no edge, or one-digit figures leave it open (narrow columns, or
one figure's spread digits), or a group stands off its line, the chain stays as it was (pdf_spaced.py:
unread, with its note). The rows around a chain are those within `table_gap` heights of it, line to
line, as the table's regions measure it (a row whose label wraps over three lines stands its figures
farther apart than that middle to middle).

Full-width figures tracked wide (0.8 em) in a table with no rules stand their digits farther apart
inside a figure than between two figures (or overlapping at the last digit of a long total): no one
even chain, but runs cut at the narrower gaps ('２ ６ ６３ ５ ７３ …'). Adjacent runs of digits, one
of them spaced at least, each digit within `letter_gap` heights of the next, are weighed as one chain
the same way (`_uneven`); a column's group is evenly spaced itself (one figure's Tc spacing, to
`even_figure_slack`: a total overlapping its neighbour's last digit is no group with it); their
fragments are no figures to find the columns with.
"""
from __future__ import annotations

from statistics import median

from .pdf_settings import ALIGN_SHARE

#: an extent's edge: right, centre, left
_EDGES = (lambda a, b: b, lambda a, b: (a + b) / 2, lambda a, b: a)
#: a chain has at least this many digits (two figures of two digits)
_LONGEST_FIGURE_ALONE = 4


def _chain(run) -> bool:
    return run.figure and run.spaced and len(run.items) >= _LONGEST_FIGURE_ALONE and run.text.isdigit()


def _near(bands, k: int, geo) -> list:
    """The bands with figures around band k, up to a gap of geo.table_gap character heights."""
    out = []
    for step in (-1, 1):
        j, last = k + step, bands[k]
        while 0 <= j < len(bands):
            b = bands[j]
            if b.figures:
                h = median(r.h for r in b.figures)
                if max(b.top - last.bottom, last.top - b.bottom) > geo.table_gap * h:   # (the regions' gap)
                    break
                out.append(b)
                last = b
            j += step
    return out


def _digit_run(run) -> bool:
    return run.figure and run.text.replace(" ", "").isdigit()     # ('６ ３': a word gap between them)


def _uneven(band, geo) -> list[tuple[int, int]]:
    """Spans [i, j) of band.runs: adjacent runs of digits, each within `letter_gap` heights of the
    one before, one of them spaced or its digits not evenly spaced (above); one run alone where
    its digits are not (figures tracked less than the gap between cells, two of them overlapping
    at a digit: one run)."""
    out, rs, i = [], band.runs, 0
    while i < len(rs):
        j = i + 1
        if _digit_run(rs[i]):
            while j < len(rs) and _digit_run(rs[j]) and rs[j].x0 - rs[j - 1].x1 <= geo.letter_gap * rs[j].h:
                j += 1
        # (the cheap tests first: most runs are no digits, and spacing is read off each digit)
        if _digit_run(rs[i]) and not (j - i == 1 and rs[i].spaced) \
                and any(r.spaced or not _even(r.items, geo) for r in rs[i:j]):
            out.append((i, j))
        i = j
    return out


def cut_chains(bands, geo, columns, over, make_run) -> None:
    """Cut the chains of the page's bands in place (above). `columns(spans, slack)`, `over(cols, x0,
    x1, slack)`: pdf_aligned's columns of extents and the columns an extent stands over;
    `make_run(items)`: a figure of these digits."""
    spans_of = [_uneven(b, geo) for b in bands]     # (found once a band: asked again only of a band cut since)
    pieces = {id(r) for b, spans in zip(bands, spans_of) for i, j in spans for r in b.runs[i:j]}
    for k, band in enumerate(bands):
        chains = [r for r in band.figures if _chain(r)]
        uneven = spans_of[k]
        if chains and _cut_chains(band, chains, [r for b in _near(bands, k, geo) for r in b.figures if not _chain(r)],
                                  geo, columns, over, make_run):
            uneven = _uneven(band, geo)
        if not uneven:
            continue
        # (the other rows' chain pieces are no figures to find the columns with)
        refs = [r for b in _near(bands, k, geo) for r in b.figures if not _chain(r) and id(r) not in pieces]
        if len(refs) < geo.centred_evidence:
            continue
        slack = ALIGN_SHARE * median(r.h for r in refs)
        cols = columns([(r.x0, r.x1) for r in refs], slack)
        for i, j in reversed(uneven):
            run = make_run(sorted((it for r in band.runs[i:j] for it in r.items), key=lambda it: it.x0))
            spans = over(cols, run.x0, run.x1, slack)
            groups = _cut(run, refs, cols, spans, slack, geo)
            if groups:
                band.runs[i:j] = [_within(make_run(g), cols[c]) for g, c in zip(groups, spans)]


def _cut_chains(band, chains, refs, geo, columns, over, make_run) -> bool:
    """The even chains of one band cut at the columns of `refs` (the figures of the rows around);
    whether any was."""
    if len(refs) < geo.centred_evidence:
        return False
    slack = ALIGN_SHARE * median(r.h for r in refs)
    cols = columns([(r.x0, r.x1) for r in refs], slack)
    cut = False
    for run in chains:
        groups = _cut(run, refs, cols, over(cols, run.x0, run.x1, slack), slack, geo)
        if groups:
            at = band.runs.index(run)
            band.runs[at:at + 1] = [make_run(g) for g in groups]
            cut = True
    return cut


def _within(run, col):
    """A figure cut out for a column, its extent kept within the column's (a total overlapping its
    neighbour's last digit would join their columns into one: the cut said whose each digit is)."""
    run.x0, run.x1 = max(run.x0, col[0]), min(run.x1, col[1])
    return run


def _even(items, geo) -> bool:
    """The digits of one figure stand at one gap (its Tc spacing), to `even_figure_slack` of their height."""
    gaps = [b.x0 - a.x1 for a, b in zip(items, items[1:])]
    h = max(max(it.bottom - it.top for it in items), 1.0)
    return not gaps or max(gaps) - min(gaps) <= geo.even_figure_slack * h


def _mine(refs, col, slack: float) -> list:
    """The figures of `refs` standing in column `col`."""
    return [r for r in refs if col[0] - slack <= r.x0 and r.x1 <= col[1] + slack]


def _shared(mine) -> dict:
    """{edge: its line} of the edges (right, centre, left) that every figure of `mine` (one
    column's) shares, to ALIGN_SHARE of its height ({} with no figure)."""
    shared = {}
    for e, edge in enumerate(_EDGES if mine else ()):
        at = [edge(r.x0, r.x1) for r in mine]
        line = median(at)
        if all(abs(x - line) <= ALIGN_SHARE * r.h for x, r in zip(at, mine)):
            shared[e] = line
    return shared


def _filled(mine, shared) -> bool:
    """Do a column's figures fill their cell: figures of two lengths at least (in digits) sharing
    every edge (spread or tracked to the cell's width: its extent is the line, whatever the length)?"""
    return len(shared) == len(_EDGES) and len({len(r.text.replace(" ", "")) for r in mine}) > 1


def _table_edge(refs, cols, slack: float, geo):
    """The one edge that the table's figures keep in every column, where at least
    `chain_edge_evidence` columns tell it alone (figures of several lengths in them) and every
    other column's figures share it too; else None."""
    shared = [_shared(_mine(refs, col, slack)) for col in cols]
    told = {e for s in shared if len(s) == 1 for e in s}
    if len(told) != 1:
        return None
    edge = told.pop()
    if sum(1 for s in shared if len(s) == 1) < geo.chain_edge_evidence or \
            not all(edge in s for s in shared if s):
        return None
    return edge


def _cut(run, refs, cols, spans: list[int], slack: float, geo):
    """The chain's digits cut into one group per column of `spans` (above), or None."""
    if len(spans) < 2:
        return None
    items = run.items
    pitch = (items[-1].x0 - items[0].x0) / (len(items) - 1)
    tol = geo.centred_slack * pitch
    mine = [_mine(refs, cols[j], slack) for j in spans]
    lines = [_shared(m) for m in mine]  # per column: {edge: its line} of the edges its figures share
    if not all(lines):
        return None
    edges = set.intersection(*(set(s) for s in lines))
    whole = False                       # (every column filled, no edge told: a group stands at all three)
    if len(edges) > 1 and all(len(r.text) > 1 for m in mine for r in m):
        # figures of one length in each (of two digits at least: one-digit "columns" may be one
        # figure's spread digits): the table's other columns tell the edge, else filled columns their extent
        kept = _table_edge(refs, cols, slack, geo)
        whole = kept not in edges and all(map(_filled, mine, lines))
        edges = {kept} if kept in edges else edges if whole else set()
    if len(edges) != 1 and not whole:
        return None                     # (the columns' figures share no edge, or figures of one length
                                        # each leave it open: one-digit figures in narrow columns)
    groups, s = [], 0
    for shared in lines:
        fits = [e for e in range(s, len(items))
                if all(abs(_EDGES[x](items[s].x0, items[e].x1) - shared[x]) <= tol for x in edges)
                and _even(items[s:e + 1], geo)]
        if len(fits) != 1:
            return None
        groups.append(items[s:fits[0] + 1])
        s = fits[0] + 1
    return groups if s == len(items) else None
