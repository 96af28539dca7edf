"""Ruling-line pieces → the lines of a table grid (pdf_tables.py): pieces at nearly one position
snapped and joined, and lines closed where a table's rules end with none drawn (a page break's open
end, a cell's missing top rule, a grid drawn without its outer border or one side of it)."""
from __future__ import annotations

from .pdf_settings import PDFLayoutSettings


def merge_edges(edges: list[tuple[float, float, float]], geo: PDFLayoutSettings) -> list[tuple[float, float, float]]:
    """Snap edges at nearly the same position to one position, then join overlapping ones."""
    snap = geo.snap
    if not edges:
        return []
    edges = sorted(edges)
    clusters: list[list[tuple[float, float, float]]] = [[edges[0]]]
    for e in edges[1:]:
        if e[0] - clusters[-1][-1][0] <= snap:
            clusters[-1].append(e)
        else:
            clusters.append([e])
    out = []
    for cl in clusters:
        pos = sum(e[0] for e in cl) / len(cl)
        spans = sorted((e[1], e[2]) for e in cl)
        a, b = spans[0]
        for s, t in spans[1:]:
            if s <= b + snap:
                b = max(b, t)
            else:
                out.append((pos, a, b))
                a, b = s, t
        out.append((pos, a, b))
    return [e for e in out if e[2] - e[1] >= geo.min_edge]


def close_open_ends(h, v, snap: float):
    """Horizontal lines where two or more vertical rules end at the same height with none drawn.

    Word and WPS leave a table open where a page break cuts it (no bottom rule above the break,
    no top rule below it), and sometimes leave out one cell's top rule: the ends of the vertical
    rules still mark the line.
    """
    extra = []
    for end in (1, 2):                       # tops, then bottoms
        ends = sorted((e[end], e[0]) for e in v)
        groups: list[list[tuple[float, float]]] = []
        for y, x in ends:
            if groups and y - groups[-1][-1][0] <= snap:
                groups[-1].append((y, x))
            else:
                groups.append([(y, x)])
        for g in groups:
            if len(g) < 2:
                continue
            y = sum(p[0] for p in g) / len(g)
            xs = sorted(p[1] for p in g)
            covered = [(a, b) for pos, a, b in h if abs(pos - y) <= snap]
            for a, b in zip(xs, xs[1:]):
                if not any(s <= a + snap and b - snap <= t for s, t in covered):
                    extra.append((y, a, b))
    return extra


def close_border(v, sides: list, snap: float) -> tuple[list, list]:
    """The outer border of a grid drawn without it (inner rules only), from `sides`: the lines where
    horizontal rules end together with none drawn (close_open_ends the other way round). A left
    and a right such line facing each other (their spans overlapping), with vertical rules at two
    places or more between them crossing their span, are the box's sides: drawn from the highest of
    those rules' tops to the lowest of their bottoms, and the top and bottom drawn between them. Horizontal rules ending together with no vertical
    rule between them are a table ruled across only (its columns read from the text's alignment):
    no border. An open side facing none is closed alone where the grid's other border is drawn
    (_one_side: a grid without its right or left border). Returns the vertical and the horizontal
    lines to add."""
    spans: dict[float, list] = {}
    for x, y0, y1 in sorted(sides, key=lambda e: (e[0], e[1])):
        mid = (y0 + y1) / 2
        if not any(e[1] < mid < e[2] for e in v):
            continue                    # (between two tables: no rule crosses it)
        at = next((k for k in spans if abs(k - x) <= snap), x)
        runs = spans.setdefault(at, [])
        if runs and y0 <= runs[-1][1] + snap:
            runs[-1][1] = max(runs[-1][1], y1)
        else:
            runs.append([y0, y1])
    xs = sorted(spans)
    add_v, add_h = [], []
    paired = set()
    for i, xl in enumerate(xs):
        for xr in xs[i + 1:]:
            for y0, y1 in spans[xl]:
                for r0, r1 in spans[xr]:
                    if r0 > y1 or y0 > r1:
                        continue
                    lo, hi = min(y0, r0), max(y1, r1)
                    inner = [e for e in v if xl + snap < e[0] < xr - snap and e[1] < hi and e[2] > lo]
                    if len({round(e[0]) for e in inner}) < 2:
                        continue
                    top, bottom = min([lo] + [e[1] for e in inner]), max([hi] + [e[2] for e in inner])
                    add_v += [(xl, top, bottom), (xr, top, bottom)]
                    add_h += [(top, xl, xr), (bottom, xl, xr)]
                    paired.update({(xl, y0), (xr, r0)})
    for x in xs:
        add_v += [(x, y0, y1) for y0, y1 in spans[x] if (x, y0) not in paired and _one_side(v, x, y0, y1, snap)]
    return add_v, add_h


def _one_side(v, x: float, y0: float, y1: float, snap: float) -> bool:
    """Is the open side x, y0..y1 (no facing open side) the one side of a grid drawn without it (its right
    border left out, or its left): a vertical rule on one side of it spans its whole height (the border
    drawn), with vertical rules at two places or more between them crossing its span, none of them
    within two snaps of it (rules drawn a little past the border close no column)?"""
    facing = [e for e in v if abs(e[0] - x) > snap and e[1] <= y0 + snap and e[2] >= y1 - snap]
    if not facing:
        return False
    far = max(facing, key=lambda e: abs(e[0] - x))[0]
    a, b = sorted((x, far))
    inner = [e[0] for e in v if a + snap < e[0] < b - snap and e[1] < y1 and e[2] > y0]
    return len({round(p) for p in inner}) >= 2 and min(abs(p - x) for p in inner) > 2 * snap
