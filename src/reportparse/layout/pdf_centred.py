"""Centred figures run over the rule between two cells of a ruled table (pdf_overrun.py finds them).

A figure wider than its cell, set centred (full-width or tracked digits the producer measured
narrower), runs over both of its cell's sides by as much: the neighbour's figure, run over towards
it, touches it, and the digits of the two stand in one chain across the rule ('２ ７ １ | １ １ ５ ５'
for 271 | 1155). Which cell a digit past the rule belongs to is settled where the table sets its
figures centred: every other figure of the table stands centred in its cell (to within
`centred_slack` of its digits' pitch, at least `centred_evidence` of them), and exactly one cut of
the chain leaves each cell a figure centred in it as well. Where no cut or more than one does, or
the table's figures are not all centred, the finding stays (both cells unread).
"""
from __future__ import annotations

from typing import Optional

from ..patterns import CELL_UNITS
from .pdf_overrun import next_cell, same_line
from .pdf_two_figures import fills
from .pdf_settings import PDFLayoutSettings


#: at most this many pairs of overlapping digits in one chain are weighed both ways (2 ** n orders):
#: every rule of a row of eight figure cells (full-width tracked figures overlap at each: ~25 ms a row)
MAX_TANGLED = 7
#: a figure dealt out of digits standing among another's has at most this many (_interleaved)
MAX_FIGURE_DIGITS = 9
#: ways of dealing such digits out weighed, at most (more: the page does not say which digit is whose)
MAX_WAYS = 4


def _digit(o) -> bool:
    return o.text.strip().isdigit()


def _line(its, d) -> list:
    return [o for o in its if same_line(o, d)]


def _figure_line(its, d=None, cell=None) -> Optional[list]:
    """The cell's line of digits (that of digit `d`, else its first), left to right, where whatever
    else the cell holds stands under or over that line and is no digit (a unit stacked under its
    figure: '２１５' over '个'; a unit word alone on its line under the figure anywhere across the
    cell: _unit_under) — or digits under it where the line fills `cell` (a figure wrapped:
    '２７０７' over '６' over '个'); None where the cell holds anything else."""
    d = d if d is not None else min((o for o in its if _digit(o)), key=lambda o: o.top, default=None)
    if d is None:
        return None
    line = sorted(_line(its, d), key=lambda o: o.x0)
    if not line or not all(_digit(o) for o in line):
        return None if its else []
    x0, x1 = line[0].x0, line[-1].x1
    wrapped = cell is not None and fills(x0, x1, len(line), cell.x0, cell.x1)
    for o in its:
        if same_line(o, d):
            continue
        if (not x0 <= (o.x0 + o.x1) / 2 <= x1 and not _unit_under(its, o, d)
                or any(ch.isdigit() for ch in o.text) and not (wrapped and o.top > d.bottom)):
            return None
    return line


def _unit_under(its, o, d) -> bool:
    """Is `o` a glyph of a unit word standing alone on a line of the cell under digit d's (a unit set
    flush left under a centred figure: '３５' over '件' at the cell's padding, off the figure's extent)?"""
    words = "".join(p.text for p in _line(its, o)).split()
    return o.top > d.bottom and len(words) == 1 and words[0] in CELL_UNITS


def _elsewhere(its, d, cell, geo: PDFLayoutSettings, marked: dict) -> bool:
    """Does the cell's own figure stand on a line of its own, off digit d's line (a unit stacked under
    it and the cell's text centred on its height: '４１３７' over '项', half a line higher than the
    row's other figures), centred in the cell, with nothing but digits on d's line in it (the
    neighbours' figures run over its rules)?"""
    on = [o for o in its if same_line(o, d)]
    line = _figure_line([o for o in its if not same_line(o, d)], None, cell)
    if not line or not all(_digit(o) for o in on):
        return False
    return _centre_off(line, cell, marked) <= geo.centred_slack * (_pitch(line) or line[0].x1 - line[0].x0)


def _centre_off(part, c, marked: dict) -> float:
    """How far the figure `part` (its digits left to right) stands off the centre of cell `c`. A
    figure whose footnote mark was left out (`marked`: its digit and how far the mark reached past it) was
    centred with the mark as the producer measured them, from its first digit to the mark's end (a
    mark placed where the figure would end without the tracking it is drawn with stands among its
    digits: the figure goes on past it, off centre)."""
    end = next((o.x1 + marked[id(o)][1] for o in reversed(part) if id(o) in marked), part[-1].x1)
    return abs((part[0].x0 + end) / 2 - (c.x0 + c.x1) / 2)


def _pitch(line) -> float:
    """The digits' usual step (a chain's steps between two figures are the odd ones out)."""
    steps = sorted(b.x0 - a.x0 for a, b in zip(line, line[1:]))
    return steps[len(steps) // 2] if steps else 0.0


def _all_centred(cells, cont, skip: set, geo: PDFLayoutSettings, marked: dict) -> bool:
    """Does every other figure of the table (one line of digits, a unit stacked under it or none:
    _figure_line) stand centred in its cell?"""
    seen = 0
    for k, (c, its) in enumerate(zip(cells, cont)):
        line = None if k in skip else _figure_line(its, cell=c)
        if not line:
            continue
        pitch = _pitch(line) or (line[0].x1 - line[0].x0)
        if _centre_off(line, c, marked) > geo.centred_slack * pitch:
            return False
        seen += 1
    return seen >= geo.centred_evidence


def _cuts(digits: list, cells: list, geo: PDFLayoutSettings, marked: dict, loose: float = 0.0) -> list:
    """Every way to deal `digits` (left to right) out to `cells` (left to right), each a figure
    centred in its cell (to within `centred_slack` of the digits' pitch) whose digits stand evenly
    (to within `overrun_pitch_slack` points: one figure's own spacing), both `loose` points looser:
    lists of parts."""
    slack = geo.centred_slack * _pitch(digits) + loose
    even = geo.overrun_pitch_slack + loose
    out: list = []

    def fits(part, c) -> bool:
        steps = [b.x0 - a.x0 for a, b in zip(part, part[1:])]
        return _centre_off(part, c, marked) <= slack and (not steps or max(steps) - min(steps) <= even)

    def deal(at: int, k: int, parts: list) -> None:
        if k == len(cells) - 1:
            if at < len(digits) and fits(digits[at:], cells[k]):
                out.append(parts + [digits[at:]])
            return
        for end in range(at + 1, len(digits)):
            if fits(digits[at:end], cells[k]):
                deal(end, k + 1, parts + [digits[at:end]])
    deal(0, 0, [])
    return out


def _orders(digits: list) -> Optional[list]:
    """The orders the digits can stand in: as placed, and with each pair of overlapping neighbours
    (two figures' digits over each other, less than half a digit apart) either way; None where three
    overlap or more than MAX_TANGLED pairs do."""
    pairs = [k for k, (a, b) in enumerate(zip(digits, digits[1:])) if b.x0 - a.x0 < (a.x1 - a.x0) / 2]
    if any(b - a < 2 for a, b in zip(pairs, pairs[1:])) or len(pairs) > MAX_TANGLED:
        return None
    out = []
    for mask in range(1 << len(pairs)):
        order = list(digits)
        for j, k in enumerate(pairs):
            if mask >> j & 1:
                order[k], order[k + 1] = order[k + 1], order[k]
        out.append(order)
    return out


def _tangled_cut(digits: list, cells: list, geo: PDFLayoutSettings, marked: dict) -> list:
    """The one way to deal out digits some of which overlap (_orders): the order whose figures stand
    centred and evenly, where every other order leaves a figure off its centre or its digits uneven
    by more than `tangled_pitch_margin` points more (else the page does not say which digit is
    whose: no way)."""
    orders = _orders(digits)
    if orders is None:
        return []
    ways = [w for order in orders for w in _cuts(order, cells, geo, marked)]
    loose = [w for order in orders for w in _cuts(order, cells, geo, marked, geo.tangled_pitch_margin)]
    return _one_reading(ways, loose)


def _read(way: list) -> tuple:
    return tuple("".join(o.text for o in part) for part in way)


def _one_reading(ways: list, loose: list) -> list:
    """The one way of `ways` (else none) where every way, also of the `loose` ones, reads each cell
    the same: two figures that meet at a same digit, drawn twice at one place ('322 | 238', the 2s
    crossed 0.1 pt apart), deal either glyph to either figure, and read 322 | 238 both ways."""
    if not ways or len({_read(w) for w in ways + loose}) != 1:
        return []
    return ways[:1]


def _interleaved(digits: list, cells: list, geo: PDFLayoutSettings, marked: dict, loose: float = 0.0,
                 most: int = 2) -> list:
    """Ways (at most `most`) to deal `digits` out to `cells` (left to right) where a figure's digits
    may stand among its neighbour's: each figure a run of digits at one even step (to
    `overrun_pitch_slack`, no two digits of it within most of a digit's width), centred in its cell
    (to `centred_slack` of its step), every digit dealt once, the figures' first digits in the cells'
    order; both `loose` points looser. Full-width figures tracked 0.7-0.8 em, four digits in a cell
    for three: each overlaps its neighbours by a digit or two, and no cut of the digits as they
    stand gives each cell its figure."""
    even = geo.overrun_pitch_slack + loose
    n = len(digits)
    xs = [d.x0 for d in digits]

    def options(c) -> list:
        out = []
        for i in range(n):
            w = digits[i].x1 - digits[i].x0
            if _centre_off(digits[i:i + 1], c, marked) <= geo.centred_slack * w + loose:
                out.append((i,))
            for j in range(i + 1, n):
                step = xs[j] - xs[i]
                if step < 0.8 * w:
                    continue
                grow([i, j], step, c, out)
        return out

    def grow(part: list, step: float, c, out: list) -> None:
        """`part` and every run going on from it at `step` (two digits within the slack: each way)."""
        if _centre_off([digits[k] for k in part], c, marked) <= geo.centred_slack * step + loose:
            out.append(tuple(part))
        if len(part) < MAX_FIGURE_DIGITS:
            for k in range(part[-1] + 1, n):
                if abs(xs[k] - xs[part[-1]] - step) <= even:
                    grow(part + [k], step, c, out)
    per_cell = [options(c) for c in cells]
    ways: list = []

    def deal(k: int, used: set, parts: list) -> None:
        if len(ways) >= most:
            return
        if k == len(cells):
            if len(used) == n:
                ways.append([[digits[i] for i in part] for part in parts])
            return
        first = min(i for i in range(n) if i not in used) if len(used) < n else -1
        for part in per_cell[k]:
            # (the first digit not dealt is the first of this cell's figure: the later ones start after it)
            if part[0] == first and used.isdisjoint(part):
                deal(k + 1, used | set(part), parts + [part])
    deal(0, set(), [])
    return ways


def _chains(cells, found: list) -> dict:
    """The findings grouped by the run of cells they link on one line: {(line, cells left to right):
    (findings, the sides of the table's border a figure of the run goes over: a finding with no cell
    past its rule)}."""
    link: dict = {}
    for f in found:
        k, side, d = f
        link.setdefault(round(d.top, 1), []).append((k, next_cell(cells, k, side, d), f))
    out: dict = {}
    for top, pairs in link.items():
        groups: list[tuple[set, list, set]] = []
        for k, j, f in pairs:
            hit = [g for g in groups if k in g[0] or j in g[0]]
            merged = ({k} | ({j} if j is not None else set()), [f], set() if j is not None else {f[1]})
            for g in hit:
                merged = (merged[0] | g[0], merged[1] + g[1], merged[2] | g[2])
            groups = [g for g in groups if g not in hit] + [merged]
        for ks, fs, sides in groups:
            out[(top, tuple(sorted(ks, key=lambda k: cells[k].x0)))] = (fs, sides)
    return out


def _past_border(beyond: list, edge, d, side: int, geo: PDFLayoutSettings) -> Optional[list]:
    """The digits of `beyond` (the page's items in no cell) on digit d's line going on from the edge
    cell `edge` over the table's `side` border, each within `letter_gap` heights of the one before
    (the tail of its figure, or of a neighbour's dealt on to it); None where other text stands among them."""
    h = d.bottom - d.top
    border = edge.x1 if side > 0 else edge.x0
    line = sorted((o for o in beyond if same_line(o, d) and ((o.x0 + o.x1) / 2 - border) * side > 0),
                  key=lambda o: o.x0 * side)
    run, last = [], border
    for o in line:
        if ((o.x0 - last) if side > 0 else (last - o.x1)) > geo.letter_gap * h:
            break
        if not _digit(o):
            return None
        run.append(o)
        last = o.x1 if side > 0 else o.x0
    return run


def settle_centred(cells, cont: list, found: list, geo: PDFLayoutSettings, changed: set,
                   marked: Optional[dict] = None, beyond: Optional[list] = None) -> list:
    """The findings (cell index, side, digit: pdf_overrun's) the table's centred figures settle, taken
    out of `found` (the rest returned); their digits moved to the cells they are centred in (those
    whose digits changed added to `changed`; `marked`: the reach of footnote marks left out, by
    digit). A row's label cell first in the chain keeps its text
    and no digit of the chain (the digits after its text are the next cells'). A run whose figure goes
    over the table's border takes the digits past it (`beyond`: the page's items in no cell, those
    dealt out taken out of it) as its edge cell's: a five-digit total tracked over the border, its
    head among its neighbour's digits, is centred in its cell like the rest (else the row stays unread)."""
    chains = _chains(cells, found)
    marked = marked or {}
    if not chains or not _all_centred(cells, cont, {k for _, ks in chains for k in ks}, geo, marked):
        return found
    keep: list = []
    for (_, ks), (fs, sides) in chains.items():
        d = fs[0][2]
        lines = [sorted(_line(cont[k], d), key=lambda o: o.x0) for k in ks]
        # (a cell at the run's end with nothing on its line: the digit over its rule is the other's, its
        # own figure on another line; a wrapped total stands half a line higher than its row's figures)
        while len(ks) > 1 and not lines[-1] and 1 not in sides:
            ks, lines = ks[:-1], lines[:-1]
        while len(ks) > 1 and not lines[0] and -1 not in sides:
            ks, lines = ks[1:], lines[1:]
        tails = {side: _past_border(beyond, cells[ks[-1] if side > 0 else ks[0]], d, side, geo)
                 for side in sides} if beyond is not None else {}
        if len(tails) != len(sides) or not all(tails.values()):
            keep += fs                  # (a figure run over the border, nothing past it to deal out)
            continue
        label = lines[0] and not all(_digit(o) for o in lines[0])
        if label:                       # (its text, then the digits run into it from the next cell)
            text_end = max(k for k, o in enumerate(lines[0]) if not _digit(o))
            lines[0] = lines[0][text_end + 1:]
        # (a cell whose own figure stands on a line of its own, its unit stacked under it: only the
        # neighbours' digits run over its rules on this line, dealt to them)
        apart = {k for k, ln in zip(ks[1:], lines[1:])
                 if _figure_line(cont[k], d, cells[k]) != ln and _elsewhere(cont[k], d, cells[k], geo, marked)}
        figures = [k for k in (ks[1:] if label else ks) if k not in apart]
        if (any(_figure_line(cont[k], d, cells[k]) != ln for k, ln in zip(ks[1:], lines[1:]) if k not in apart)
                or not label and _figure_line(cont[ks[0]], d, cells[ks[0]]) != lines[0] or not figures):
            keep += fs                  # (text beside a figure, or a second line not stacked under it)
            continue
        digits = sorted([o for ln in lines for o in ln] + [o for t in tails.values() for o in t], key=lambda o: o.x0)
        # (two figures' digits overlapping: their order is in the page only where their pitch says it;
        # by position '5' over '2' read 4802 | 56490: _tangled_cut)
        tangled = any(b.x0 - a.x0 < (a.x1 - a.x0) / 2 for a, b in zip(digits, digits[1:]))
        row = [cells[k] for k in figures]
        ways = ([] if len(digits) < 2 else _tangled_cut(digits, row, geo, marked) if tangled
                else _cuts(digits, row, geo, marked))
        if not ways and len(digits) >= 2:       # (the figures' digits among each other's)
            loose = _interleaved(digits, row, geo, marked, geo.tangled_pitch_margin, MAX_WAYS + 1)
            ways = [] if len(loose) > MAX_WAYS else _one_reading(_interleaved(digits, row, geo, marked, most=MAX_WAYS),
                                                                 loose)
        if len(ways) != 1:
            keep += fs
            continue
        dealt = dict(zip(figures, ways[0]))
        for k, ln in zip(ks, lines):
            part = dealt.get(k, [])
            if ln != part:
                cont[k][:] = [o for o in cont[k] if o not in ln] + part
                changed.add(k)
        taken = {id(o) for t in tails.values() for o in t}
        if taken:
            beyond[:] = [o for o in beyond if id(o) not in taken]
    return keep
