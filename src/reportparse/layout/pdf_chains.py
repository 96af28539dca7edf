"""Figures whose tracking the producer did not count, run over their cell's rule one by one.

A figure placed glyph by glyph at a gap (tracked, spread) but positioned as if set tight — flush
right, as Word's decimal tab does — ends its own width of gaps past where the producer meant: its
last digits stand over the rule, or wholly past it, in the next cell. Every figure of the row does
the same, so each cell holds the tail of its neighbour's figure and its own figure's head
('3 7 6 | 8      3 9 2 | 6      3 8 3 | 6'), and pdf_overrun left the whole row unread.

The page settles it where the figures' ends show: along one line of a row the digits stand in
chains, each at one even gap (to `overrun_pitch_slack`), parted from the next chain by a gap wider
than their own by more than `side_figures_gap` character heights. A chain is one figure, a cell
holds one figure, so a chain over one rule (touching two cells) is the figure of the cell holding
most of its digits, when that cell holds no other chain's majority and the other cell holds the
majority of a chain of its own (the chain cannot be that cell's figure too), and every other chain
with a digit in that cell is settled away from it. A chain split evenly between two cells ('6 | 7',
a two-digit figure tracked; '２|８', full-width digits set tight and measured half-width) is the
figure of the one no other chain is the figure of where the other is (_unclaimed; a lone digit
claims only standing clear of its rules), and so settled it gives the next such chain its cell in
turn. A chain whose digits split evenly between two cells both or
neither another chain's, one over two rules, a line of uneven gaps, a blank cell on the other side,
or text within a wide gap of it is not settled: its finding stays (both cells unread). Asked only of a
table with a digit straddling a rule (pdf_overrun.over_rule's findings) or a character at a cell's
edge (Table.hugged: a tail may stand wholly past the rule).
"""
from __future__ import annotations

from .pdf_overrun import next_cell, same_line
from .pdf_settings import PDFLayoutSettings


def _digit(o) -> bool:
    return o.text.strip().isdigit()


def _lines(cont: list) -> list[list[tuple]]:
    """The table's items grouped by text line: lists of (item, cell index)."""
    tagged = sorted(((o, k) for k, its in enumerate(cont) for o in its), key=lambda t: (t[0].top, t[0].x0))
    out: list[list[tuple]] = []
    for o, k in tagged:
        if out and same_line(out[-1][0][0], o):
            out[-1].append((o, k))
        else:
            out.append([(o, k)])
    return out


def _chains(digits: list, h: float, geo: PDFLayoutSettings):
    """The digits (item, cell) of a line, left to right, cut into chains at the gaps wider than the
    line's tightest by `side_figures_gap` heights; None where a chain's own gaps are uneven or a cut
    is not that much wider than the gaps of the chains it parts."""
    gaps = [b[0].x0 - a[0].x1 for a, b in zip(digits, digits[1:])]
    wide = geo.side_figures_gap * h
    cut = min(gaps) + wide
    chains, own, cuts = [[digits[0]]], [[]], []
    for g, d in zip(gaps, digits[1:]):
        if g > cut:
            chains.append([d])
            own.append([])
            cuts.append((len(chains) - 2, g))
        else:
            chains[-1].append(d)
            own[-1].append(g)
    if any(gs and max(gs) - min(gs) > geo.overrun_pitch_slack for gs in own):
        return None
    if any(g <= max(own[i] + own[i + 1] + [0.0]) + wide for i, g in cuts):
        return None
    return chains


def _majority(chain: list):
    counts: dict = {}
    for _o, k in chain:
        counts[k] = counts.get(k, 0) + 1
    best = max(counts, key=counts.get)
    return best if 2 * counts[best] > len(chain) else None


def _unclaimed(cells, chains: list, touched: list, owner: list, i: int, geo: PDFLayoutSettings):
    """The cell of two touched by chain `i`, split evenly between them, that is no other chain's
    (`owner`: the cell each chain is the figure of, or None), when the other is: a cell holds one
    figure, so the chain is the figure of the cell left. A lone digit claims its cell only standing
    clear of its rules (by `overrun_hug`): one at a rule is as likely a figure shifted whole into the
    next cell (leader spaces read wider than they were set) as that cell's own. The chain may be set
    tight: full-width figures flush right, placed by the producer as if half-width, each run half over
    its right rule ('３１|７  ２|８  ３３|４ … １３９８' from the total's cell: 65 values of a report
    unread before); only tracked chains were settled so, and tight ones were left over the rule."""
    if len(touched[i]) != 2 or -1 in touched[i]:
        return None

    def claims(x, c):
        if x == i or owner[x] != c:
            return False
        if len(chains[x]) > 1:
            return True
        o, k = chains[x][0]
        return cells[k].x0 + geo.overrun_hug < o.x0 and o.x1 < cells[k].x1 - geo.overrun_hug
    claimed = {c for c in touched[i] if any(claims(x, c) for x in range(len(owner)))}
    return next(iter(touched[i] - claimed)) if len(claimed) == 1 else None


def _in_order(cells, chains: list, touched: list, claim: list, geo: PDFLayoutSettings) -> list:
    """`claim` with each chain's cell where the order of the line alone leaves it one: the chains stand
    left to right, each the figure of one cell it touches, no two of one cell, so a chain's cell is
    after the earliest its chains before can leave it and before the latest its chains after can
    ('３４|６ ４|６ １|９５４': full-width figures flush right placed half-width, a two-digit figure's
    tail beside a one-digit figure in a cell, 34|6 the first cell's by its majority, 1 the third's,
    9 5 4 the last's: 4|6 is the second's; before, split evenly with a claimed cell on neither side,
    it left the row unread). A lone digit at its left rule may be the figure before, shifted whole
    (_unclaimed): it may be either cell's. Unchanged where a chain runs over the table's border."""
    if any(-1 in t for t in touched):
        return claim
    cand = []
    for chain, m, t in zip(chains, claim, touched):
        o, k = chain[0]
        if len(chain) == 1 and o.x0 < cells[k].x0 + geo.overrun_hug:
            m, t = None, t | {next_cell(cells, k, -1, o)} - {None}
        cand.append([m] if m is not None else sorted(t, key=lambda c: cells[c].x0))
    first, last, edge = [], [], float("-inf")
    for cs in cand:
        cs = [c for c in cs if cells[c].x0 > edge]
        if not cs:
            return claim
        first.append(cs[0])
        edge = cells[cs[0]].x0
    edge = float("inf")
    for cs in reversed(cand):
        cs = [c for c in cs if cells[c].x0 < edge]
        if not cs:
            return claim
        last.append(cs[-1])
        edge = cells[cs[-1]].x0
    return [a if a == b else m for m, a, b in zip(claim, first, reversed(last))]


def settle_chains(cells, cont: list, found: list, geo: PDFLayoutSettings) -> list:
    """The findings of over_rule (cell index, side, digit) the chains of their table settle, taken out
    of `found` (the rest returned); every chain settled on any line of the table has its digits moved
    to the cell it is the figure of (a tail wholly past the rule has no finding of its own)."""
    straddle = {id(d): (k, side) for k, side, d in found}
    settled: set[int] = set()
    for line in _lines(cont):
        digits = [t for t in line if _digit(t[0])]
        if len(digits) < 2:
            continue
        h = max(o.bottom - o.top for o, _k in digits)
        chains = _chains(digits, h, geo)
        if chains is None:
            continue
        owner = [_majority(c) for c in chains]
        cells_of = [{k for _o, k in c} for c in chains]
        touched = [set(cs) for cs in cells_of]
        for i, chain in enumerate(chains):
            for o, k in chain:
                if id(o) in straddle:
                    j = next_cell(cells, k, straddle[id(o)][1], o)
                    touched[i].add(-1 if j is None else j)
        claim = list(owner)
        while True:         # (a chain claimed so gives the next its cell: '3 8 | 3 7 | 1 5 | 0 9 ¦' from the border)
            more = [m if m is not None else _unclaimed(cells, chains, touched, claim, i, geo) for i, m in enumerate(claim)]
            more = _in_order(cells, chains, touched, more, geo)
            if more == claim:
                break
            claim = more
        others = [o for o, _k in line if not _digit(o)]
        wide = geo.side_figures_gap * h
        ok: dict[int, int] = {}       # chain index → the cell it is the figure of
        for i, chain in enumerate(chains):
            m = claim[i]
            if len(touched[i]) != 2 or m is None or -1 in touched[i]:
                continue
            (j,) = touched[i] - {m}
            if (any(claim[x] is None and m in cells_of[x] or claim[x] == m for x in range(len(chains)) if x != i)
                    or not any(claim[x] == j for x in range(len(chains)) if x != i)):
                continue
            x0, x1 = chain[0][0].x0, chain[-1][0].x1
            if not any(o.x1 > x0 - wide and o.x0 < x1 + wide for o in others):
                ok[i] = m
        # (a cell keeps a digit of a chain left unsettled: no chain is settled into it, its text would mix them)
        while True:
            drop = {i for i, m in ok.items() if any(x not in ok and x != i and m in cells_of[x] for x in range(len(chains)))}
            if not drop:
                break
            for i in drop:
                del ok[i]
        for i, m in ok.items():
            for o, k in chains[i]:
                if k != m:
                    cont[k].remove(o)
                    cont[m].append(o)
                settled.add(id(o))
    return [f for f in found if id(f[2]) not in settled]
