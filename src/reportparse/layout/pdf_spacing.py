"""Ruled tables whose cells are boxed apart: every boundary drawn twice, a few points apart.

A browser prints an HTML table with border-collapse: separate (cellspacing) as one box per cell,
the boxes a few points apart; some Word and WPS exports draw each cell's borders on their own
too. Where the boxes stand within `snap` (≤ 3 pt) of each other the two rules are one; farther
apart, the strip between them made a column (or row) of empty cells between every two, the row
reader met a blank between every two figures and read none of them (196 of 200 values lost at
4.5 pt). Two parallel rules 3-8 pt apart with no character between them are one boundary: no
column or row that narrow holds text, and a table whose cells are boxed apart has such a pair at
every inner boundary. So when the rules show such empty pairs, each pair farther than 8 pt from
any other rule (a strip between cells, not a grid of small cells), at two boundaries or more each
way, the page's rules are snapped with the widest such spacing instead (pdf_tables._find_tables).
"""
from __future__ import annotations

import bisect

from .pdf_settings import PDFLayoutSettings

# (how far apart at most, how many boundaries each way, and the snap's margin: PDFLayoutSettings.boxed_spacing,
# boxed_pairs, boxed_margin)


def _pairs(edges, snap: float, most: float) -> list[tuple[float, float, float, float]]:
    """Neighbouring rule positions (merged edges: pos, a, b) more than `snap` and at most
    `most` apart, each farther than that from any other position (a strip between two cells,
    not a grid of small cells), with extents that overlap: (pos0, pos1, overlap start, overlap end)."""
    at: dict[float, list[tuple[float, float]]] = {}
    for pos, a, b in edges:
        at.setdefault(pos, []).append((a, b))
    ps = sorted(at)
    out = []
    for k in range(len(ps) - 1):
        p, q = ps[k], ps[k + 1]
        if not snap < q - p <= most or k and p - ps[k - 1] <= most \
                or k + 2 < len(ps) and ps[k + 2] - q <= most:
            continue
        out += [(p, q, max(a, c), min(b, d)) for a, b in at[p] for c, d in at[q] if min(b, d) > max(a, c)]
    return out


def cell_spacing(h, v, items, geo: PDFLayoutSettings):
    """The snap that makes one boundary of each empty pair of rules (the widest spacing + `geo.boxed_margin`),
    or None when the rules (`h`: (y, x0, x1), `v`: (x, top, bottom), merged) do not show a table
    boxed apart. Asked only of pages whose rules hold such pairs (from their positions alone)."""
    snap, most, pairs = geo.snap, geo.boxed_spacing, geo.boxed_pairs
    hp = _pairs(h, snap, most)
    if len({pr[:2] for pr in hp}) < pairs:
        return None
    vp = _pairs(v, snap, most)
    if len({pr[:2] for pr in vp}) < pairs:
        return None
    xs = sorted(((it.x0 + it.x1) / 2, (it.top + it.bottom) / 2) for it in items)
    ys = sorted((y, x) for x, y in xs)
    xkeys = [x for x, _ in xs]
    ykeys = [y for y, _ in ys]

    def empty(pair, keys, pts) -> bool:
        p, q, a, b = pair
        return not any(a < other < b for _pos, other in pts[bisect.bisect_right(keys, p):bisect.bisect_left(keys, q)])

    hp = [pr for pr in hp if empty(pr, ykeys, ys)]
    vp = [pr for pr in vp if empty(pr, xkeys, xs)]
    if len({pr[:2] for pr in hp}) < pairs or len({pr[:2] for pr in vp}) < pairs:
        return None
    return max(q - p for p, q, _a, _b in hp + vp) + geo.boxed_margin
