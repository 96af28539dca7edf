"""A page's characters in its upright frame, each glyph once: fake bold and duplicated text layers.

Fake bold (WPS, Word) draws a string twice ~0.3 pt apart; a shadow, or a text layer duplicated a
little off (a converter that writes the text twice), draws every character again 1-2 pt off. A copy
within `near`, or within `share` of the glyph's height, is the same glyph. But a duplicated layer is
one offset for the whole page, while `share` of the height differs with the size: with labels at
9 pt and figures at 8 pt, a copy 1.7 pt off was dropped from the labels and kept in the figures,
and every figure read doubled (46 as 4466: 199 of 200 values wrong). So the copies found beyond
`near` give the page's offset, and a glyph whose twin stands at that very offset (within
PDFLayoutSettings.layer_offset_fit) up to `layer_share` of its height away is dropped too: glyphs of one character overlapping that much
are never two glyphs of a text (two of one digit side by side stand half an em apart).
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Optional

from .pdf_model import DIGITS, Item
from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings

# (the tolerances: PDFLayoutSettings' bold_line_share, layer_share, layer_offset_fit, layer_min_copies, layer_off_line,
# copy_neighbour_reach); the copies' offsets are counted in steps of a fifth of a point (_drop_layer), and a run's
# digits fit their pitch to the offset's fit and the neighbouring step (step_fit: layer_offset_fit + STEP)
STEP = 0.2
# GRID buckets the glyphs (points) to find their neighbours
GRID = 10.0


def frame_items(frame, chars, near: float, share: float = 0.0, reach: float = 0.0,
                meet: float = DEFAULT_PDF_LAYOUT.meet_reach, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> list[Item]:
    """(char, left, bottom, right, top) in user space → Items in `frame` (pdf._Frame), a glyph
    drawn again within `near` of where it was drawn before, or within `share` of its height, or at
    the page's layer offset (above; off the line: within `reach` of its height), dropped, unless
    two runs of digits meet there (a run's digits up to `meet` heights apart: _fake_bold). The
    dropped copies are never made into Items. `geo`: the other tolerances (layer_share …)."""
    layer_share, off_line, line_share = geo.layer_share, geo.layer_off_line, geo.bold_line_share
    # a glyph is compared with the last six kept glyphs of the same text, by where they start
    seen: dict[str, list[tuple[float, float]]] = {}
    out = []
    shifts: list[tuple[float, float]] = []        # offsets of the copies dropped beyond `near`
    twins: list[tuple[int, list]] = []            # kept glyphs overlapping twins: (index in out, [(dx, dy)])
    lone: list[tuple[int, float, float, float]] = []  # digits drawn again: (index in out, dx, dy, height)
    ghosts: list[tuple[str, float, float]] = []   # the other copies, dropped: (char, left, top)
    meets: list[tuple[int, float, float]] = []    # digits drawn again within fake bold's reach, aside
    upright = frame.q == 0
    left, top, box = frame.left, frame.top, frame.box
    for c, x0, b, x1, t in chars:
        if upright and x0 <= x1 and b <= t:
            # an upright page (nearly all): box() written out, same values (subtracting one
            # number keeps the order of two others); a box given reversed, or NaN, goes through box()
            ix0, itop, ix1, ibottom = x0 - left, top - t, x1 - left, top - b
        else:
            ix0, itop, ix1, ibottom = box(x0, b, x1, t)
        prev = seen.get(c)
        if prev is None:
            seen[c] = [(ix0, itop)]
        else:
            # (-d_ <= d <= d_ is abs(d) <= d_ without the call, NaN included)
            h = ibottom - itop
            d_ = share * h
            d_ = d_ if d_ > near else near
            w_ = layer_share * h if share else 0.0     # (share 0: no duplicated layers looked for)
            r_ = reach * h if share else 0.0
            near_twins = []
            hit = None
            for px, ptop in (prev if len(prev) <= 6 else prev[-6:]):
                dx, dy = ix0 - px, itop - ptop
                if -d_ <= dy <= d_ and -d_ <= dx <= d_:
                    close = -near <= dx <= near and -near <= dy <= near
                    if c in DIGITS and close and dx and abs(dy) < line_share * h:
                        # (fake bold, whatever stands beside it, unless two runs of digits meet here:
                        # settled once the line is read, _fake_bold)
                        meets.append((len(out), px, ptop))
                        out.append(Item(c, ix0, itop, ix1, ibottom))
                        break
                    if c not in DIGITS or close:         # (fake bold: one glyph, whatever stands beside it)
                        if not close:
                            shifts.append((dx, dy))
                        ghosts.append((c, ix0, itop))
                        break
                    # a digit farther off: whether it is a copy is settled once the page is read (_copies)
                    hit = hit or (dx, dy)
                elif -w_ < dy < w_ and -w_ < dx < w_ or off_line <= abs(dy) < r_ and -r_ < dx < r_:
                    near_twins.append((dx, dy))
            else:
                if near_twins:
                    twins.append((len(out), near_twins))
                if hit:
                    lone.append((len(out), *hit, h))
                else:
                    prev.append((ix0, itop))
                out.append(Item(c, ix0, itop, ix1, ibottom))
            continue
        out.append(Item(c, ix0, itop, ix1, ibottom))
    step_fit = geo.layer_offset_fit + STEP
    drop = _copies(out, lone, ghosts, shifts, geo.copy_neighbour_reach, step_fit) if lone else set()
    if meets:
        drop |= _fake_bold(out, meets, meet, step_fit, line_share)
    if twins and len(shifts) + len(twins) >= geo.layer_min_copies:
        drop |= _drop_layer(shifts, twins, geo.layer_min_copies, step_fit)
    return [it for k, it in enumerate(out) if k not in drop] if drop else out


def _copies(out: list[Item], lone, ghosts, shifts: list, neighbour_reach: float, step_fit: float) -> set[int]:
    """Of the digits drawn again over a glyph of their character beyond fake bold's reach (`lone`),
    the copies: those whose neighbours on the line are drawn again at the same offset too (a
    shadowed string is drawn whole twice), or that have no neighbour (a one-digit figure). A digit whose neighbours
    have no such twin is a glyph of its own: the first or last digit of a figure overlapping the
    same digit of the next cell's figure (wide tracked figures over their rules: 3832 | 25966 whose
    twos overlap 1.1 pt apart read 25966 as 5966). The copies give `shifts` their offset. Neighbours up to
    `neighbour_reach` heights either side; offsets fit to `step_fit` points."""
    at: dict[tuple[str, int, int], list[tuple[float, float]]] = {}   # every glyph drawn, by character and square
    for c, x, t in [(it.text, it.x0, it.top) for it in out] + ghosts:
        at.setdefault((c, int(x // GRID), int(t // GRID)), []).append((x, t))
    grid: dict[tuple[int, int], list[Item]] = {}
    for it in out:
        grid.setdefault((int(it.x0 // GRID), int(it.top // GRID)), []).append(it)

    def twinned(n: Item, dx: float, dy: float, fit: float) -> bool:
        """Another glyph of n's character stands off n by (±dx, ±dy)."""
        gx, gy = int(n.x0 // GRID), int(n.top // GRID)
        return any(abs(abs(px - n.x0) - abs(dx)) <= fit and abs(abs(pt - n.top) - abs(dy)) <= fit
                   and (px, pt) != (n.x0, n.top)
                   for i in (gx - 1, gx, gx + 1) for j in (gy - 1, gy, gy + 1) for px, pt in at.get((n.text, i, j), ()))

    drop = set()
    for k, dx, dy, h in lone:
        g = out[k]
        reach, fit = neighbour_reach * h, step_fit
        gx, gy, m = int(g.x0 // GRID), int(g.top // GRID), int(reach // GRID) + 1
        near_by = [n for i in range(gx - m, gx + m + 1) for j in (gy - 1, gy, gy + 1) for n in grid.get((i, j), ())
                   if n is not g and abs(n.top - g.top) < h / 2 and 0 < abs(n.x0 - g.x0) <= reach
                   and not (n.text == g.text and abs(n.x0 - g.x0 + dx) <= fit and abs(n.top - g.top + dy) <= fit)]
        if near_by and not any(twinned(n, dx, dy, fit) for n in near_by):
            continue
        drop.add(k)
        shifts.append((dx, dy))
    return drop


def _fake_bold(out: list[Item], meets, reach: float, step_fit: float, line_share: float) -> set[int]:
    """Of the digits drawn again within fake bold's reach, off to one side (`meets`: index in `out`,
    where the first was drawn), the copies: all but those where two runs of digits meet, one glyph
    the last digit of a run going left and the other the first of a run going right, each run
    two digits more at one pitch (to `step_fit`; the next digit up to `reach` heights on) and no digit
    of them drawn twice. Two figures of tracked wide digits run over a rule into each other overlap
    so (3832 | 25966 whose twos stand 0.9 pt apart: one dropped read 25966 as 5966); a one-digit
    figure in fake bold stands alone. The runs' digits may stand among the other figure's (full-width
    digits tracked 0.7 em, 4324 | 4528 overlapping by two digits, their fours 0.3 pt apart): the
    nearest digit ahead need not be the run's. Each run puts its next digit back towards the glyphs
    at its own pitch: two figures meeting have each glyph at one run's place (_two_figures), either
    way round (322 | 238 tracked 0.8 em: 322's last digit drawn 0.15 pt right of 238's first;
    paired by where they stand, neither run fitted its glyph and one two was dropped: 238
    right, 322 read 32, WRONG, seed 74 doc 125); one figure's digit drawn twice has both runs put
    it at one place, the glyphs off it (0.2-0.3 pt apart, within `step_fit`, the copies were dropped
    whatever the runs: the chain a digit short, the row unread)."""
    line: dict[int, list[Item]] = {}
    for it in out:
        if math.isfinite(it.top) and math.isfinite(it.x0):
            line.setdefault(int(it.top // GRID), []).append(it)
    doubled = {id(out[k]) for k, _px, _pt in meets} | {(px, pt) for _k, px, pt in meets}

    def single(n: Item) -> bool:
        return id(n) not in doubled and (n.x0, n.top) not in doubled

    def run(start: Item, step: int) -> Optional[float]:
        """Where the run of two more digits from `start` (step -1: to the left, 1: to the right),
        none drawn twice, puts its next digit back towards `start` (its first digit less its own
        pitch), or None."""
        h = start.bottom - start.top
        near = [n for j in (-1, 0, 1) for n in line.get(int(start.top // GRID) + j, ())
                if n.text in DIGITS and abs(n.top - start.top) < line_share * h and n is not start
                and 0 < (n.x0 - start.x0) * step <= 2 * reach * h + step_fit]
        for a in sorted(near, key=lambda n: (n.x0 - start.x0) * step):
            pitch = (a.x0 - start.x0) * step
            if pitch > reach * h:
                break
            if not single(a):
                return None
            for b in near:
                if abs((b.x0 - a.x0) * step - pitch) <= step_fit and single(b):
                    return a.x0 - (b.x0 - a.x0)
        return None

    drop = set()
    placed = {(it.text, it.x0, it.top): it for it in out}     # (where each glyph was drawn)
    for k, px, ptop in meets:
        copy = out[k]
        first = placed.get((copy.text, px, ptop))
        left, right = (first, copy) if first is not None and first.x0 < copy.x0 else (copy, first)
        went, goes = (run(left, -1), run(right, 1)) if first is not None and math.isfinite(copy.x0 + copy.top) \
            else (None, None)
        # two figures meet where each glyph stands where one run puts its next digit, nearer it than
        # the other run's (the runs' places as far apart as the glyphs, either way round: 322 | 238
        # tracked 0.8 em, the last two of 322 drawn 0.15 pt right of the first of 238); one figure's
        # digit drawn twice has both runs put it at one place (two glyphs 0.3 pt off it and each other)
        if went is None or goes is None or not _two_figures(left.x0, right.x0, went, goes):
            drop.add(k)
    return drop


def _two_figures(g: float, h: float, went: float, goes: float) -> bool:
    """Glyphs at g and h are two figures' digits where the run going left puts its next digit at
    `went` and the one going right at `goes`: each glyph, one way round, nearer its run's place than
    half the two places' distance."""
    half = abs(went - goes) / 2
    return any(abs(a - went) < half and abs(b - goes) < half for a, b in ((g, h), (h, g)))


def _drop_layer(shifts, twins, min_copies: int, step_fit: float) -> set[int]:
    """The indices of the twins at the page's layer offset: the offset most copies share (rounded
    to a fifth of a point), when at least `min_copies` and half of the glyphs with a copy share it
    (a glyph may overlap two twins: a doubled 77's second 7 overlaps the first one's copy too)."""
    counts = Counter((round(dx * 5), round(dy * 5)) for dx, dy in shifts)
    for _k, offsets in twins:
        counts.update({(round(dx * 5), round(dy * 5)) for dx, dy in offsets})
    # (an offset on the edge of two steps is counted in both: the 3 × 3 steps around each)
    near = {key: sum(counts.get((key[0] + i, key[1] + j), 0) for i in (-1, 0, 1) for j in (-1, 0, 1))
            for key in counts}
    (rx, ry), n = max(near.items(), key=lambda kv: (kv[1], counts[kv[0]]))
    if n < min_copies or 2 * n < len(shifts) + len(twins):
        return set()
    ox, oy = rx / 5, ry / 5
    return {k for k, offsets in twins
            if any(abs(dx - ox) <= step_fit and abs(dy - oy) <= step_fit for dx, dy in offsets)}
