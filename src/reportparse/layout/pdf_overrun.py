"""A figure run across the rule between two cells of a ruled table: both cells left unread.

A figure too wide for its cell (full-width digits, tracked or letter-spaced numerals, a figure set
flush right with tracking the exporter did not count) runs over the cell's rule into the next cell.
Each glyph is put in the cell holding its centre, so the figure's first or last digit was read as a
digit of the neighbour's figure: 1119 | 319 read as 119 | 3191, 110 | 39 as 11 | 039 (WRONG values
on both sides). Which cell a digit past the rule belongs to is not in the page, so the two cells
are left unread, with a note naming the row. A figure runs across an inner rule of its cell when
- a digit's box stands over the rule by more than OVER points and a tenth of its width (a figure
  that just fits its cell, or a glyph box a hair wide, is not), or
- a digit hugs the rule (within HUG points: a cell's own text keeps its padding) and the digits on
  both sides of the rule are no farther apart than two digits of its own figure: the run of
  tracked digits goes on over the rule at its own spacing ('1 1 | 0', each 3.2 pt apart), or
- the digits of a cell stand spread apart, set flush to the rule (not filling the cell), and the
  first digit past the rule goes on from the last of them at that very spacing (within PITCH_SLACK),
  though neither is at the rule: one chain of evenly tracked digits over several cells
  ('4 0 | 8 8 4 9' for 4088 | 4923) shows no figure's end.
Over the table's outer edge there is no other cell: an edge cell's figure run over the border is
read whole (pdf_tables: a glyph straddling the border is its edge cell's; over_border: digits past
it, the first within HUG of it (or the cell's last digit cut by it), that go on from the cell's last digit at the figure's own spacing,
are too; such a run starting farther off the border, or a digit right at the border off the
figure's own spacing (a one-digit cell has none to go by), leaves the cell unread — unless the
figure is tracked and the run is its chain's tail at its very gap, no more digits than in the cell,
nothing else near past it: _tracked_tail, a figure whose tracking the producer did not count).
A run of tight digits (one figure) cut by an inner rule is settled where one of the two cells holds
a figure of its own apart from it and the other none: it is the other's (settle_tight; a cell holds
one figure). Asked only of a digit at its cell's edge, so a page with none pays a comparison a character.
"""
from __future__ import annotations

import math
import re
from typing import Optional

from .pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings

# (the distances OVER, HUG, BESIDE and PITCH_SLACK are PDFLayoutSettings' overrun_over, overrun_hug,
# overrun_beside and overrun_pitch_slack)


def over_rule(it, e0: float, e1: float, x0: float, x1: float, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> int:
    """-1 / 1: the digit `it` of the cell spanning e0..e1 runs over its inner left / right rule (the
    table spans x0..x1); 0: it does not."""
    slack = geo.overrun_over + (it.x1 - it.x0) / 10
    if it.x0 < e0 - slack and e0 > x0 + 0.5 and it.text.strip().isdigit():
        return -1
    if it.x1 > e1 + slack and e1 < x1 - 0.5 and it.text.strip().isdigit():
        return 1
    return 0


def same_line(a, b) -> bool:
    return abs(a.top - b.top) < 1.0 and abs(a.bottom - b.bottom) < 1.0


def _gap(its, d, after: bool) -> float:
    """The gap between digit `d` and the digit of its line right before (or after) it in `its`; 0 none."""
    best = None
    for o in its:
        if o is d or not same_line(o, d) or not o.text.strip().isdigit():
            continue
        g = o.x0 - d.x1 if after else d.x0 - o.x1
        if g >= -0.5 and (best is None or g < best):
            best = g
    return best if best is not None else 0.0


def runs_on(table, cont: list, x0: float, x1: float, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT,
            spread=(), mixed=()) -> list:
    """(cell index, side, digit) of the digits of `table` (cont: the cells' items) hugging an inner
    rule whose run goes on over it at its own spacing (the module's second case); in the cells
    `spread` (indices: a figure letter-spaced, '4 0'), also the last digit of a cell's spaced figure before an
    inner rule, not at it, whose run goes on past the rule at the very same spacing (the module's
    third case: a chain of evenly tracked digits across cells shows no figure's end; `mixed`: the
    cells found holding two figures side by side)."""
    found: list = []
    owner: dict = {}
    cells = table.cells
    for k, its in enumerate(cont):
        c = cells[k]
        for d in its:
            if d.x1 > c.x1 - geo.overrun_hug and c.x1 < x1 - 0.5:
                tries = [(1, c.x1, True)]
            elif d.x0 < c.x0 + geo.overrun_hug and c.x0 > x0 + 0.5:
                tries = [(-1, c.x0, True)]
            elif k in spread:       # the cell's last / first digit on its line, off the rule
                tries = [(side, edge, False) for side, edge, inner in ((1, c.x1, c.x1 < x1 - 0.5),
                                                                       (-1, c.x0, c.x0 > x0 + 0.5))
                         if inner and _gap(its, d, after=side > 0) == 0.0]
            else:
                continue
            if not tries or not d.text.strip().isdigit():
                continue
            for side, edge, hug in tries:
                if hug:
                    if _across(cells, cont, k, d, side, edge, _gap(its, d, after=side < 0), geo):
                        found.append((k, side, d))
                        break
                    continue
                own = _gap(its, d, after=side < 0)
                if own <= geo.word_gap * (d.bottom - d.top):
                    continue                # (a figure set tight: its end is where its digits end)
                at, chained = _chain(cells, cont, d, side, own, geo)
                if not at:
                    continue
                owner = owner or {id(o): j for j, os in enumerate(cont) for o in os}
                # (a figure set flush to the rule whose chain goes over two rules at least; or any
                # chain into a cell holding digits of two figures run into each other, or digits on
                # another line than the chain's (another size: its own figure): there the chain's
                # digits past the rule are a figure's end or the start of another, both cells in
                # doubt. Over one rule alone into a cell whose figure goes on from the chain on its
                # line, or from a figure spread over its whole cell, Word's distributed alignment,
                # figures filling their cells coincide too often)
                n = next_cell(cells, owner[id(at[0])], side, at[0])
                if len(at) >= 2 and _flush(its, d, c, side) or n in mixed or n is not None and _off_chain(cont[n], chained, geo):
                    found += [(owner[id(o)], side, o) for o in at]
                    break
    return found


def near_across(cells, cont: list, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> list:
    """(cell index, 1, digit) of the rules with a digit on each side, on one line, nearer each other
    (within `letter_gap` heights) than either stands to its own cell's next digit on the line by
    more than `side_figures_gap` heights (a lone digit has none): which figure each belongs to is
    not in the page. A tracked figure's tail pushed over its rule (a shadow layer's copy 1-2 pt
    right of the glyph kept, tracking the producer did not count) stands so: '2 | 2   2 | 8' of 22
    and 28 read as 2 and 22, WRONG. A figure's digits stand at one gap, so two that do not are two."""
    by_x0: dict = {}
    for j, c in enumerate(cells):
        by_x0.setdefault(round(c.x0), []).append(j)
    found = []
    theirs_of: dict[int, tuple] = {}    # (each cell of the next column starts at the rule: listed once)
    for k, its in enumerate(cont):
        c = cells[k]
        digits = [d for d in its if d.text.strip().isdigit()]
        # (every row of the next column is a cell at the rule: one whose rows reach no digit's top holds none of
        # them, passed over without a look at each; a NaN top is in no rows)
        tops = [d.top for d in digits if d.top == d.top]
        if not tops:
            continue
        low, high = min(tops), max(tops)
        for j in by_x0.get(round(c.x1), ()):
            n = cells[j]
            if abs(n.x0 - c.x1) >= 0.5:
                continue
            top, bottom = n.top, n.bottom
            if top > high or bottom < low:
                continue
            mine = [d for d in digits if top <= d.top <= bottom]
            if not mine:
                continue
            listed = theirs_of.get(j)
            if listed is None:
                theirs = [o for o in cont[j] if o.text.strip().isdigit() and top <= o.top <= bottom]
                # (where the first of them starts: a digit ending farther than letter_gap before it is near none)
                listed = theirs_of[j] = theirs, min((o.x0 for o in theirs if o.x0 == o.x0), default=math.inf)
            theirs, left = listed
            if not theirs:
                continue
            gap_most = geo.letter_gap
            for d in mine:
                if left - d.x1 > gap_most * (d.bottom - d.top):
                    continue
                dt, db = d.top, d.bottom        # (same_line written out)
                other = [o for o in theirs if abs(o.top - dt) < 1.0 and abs(o.bottom - db) < 1.0]
                if not other:
                    continue
                line = [o for o in digits if abs(o.top - dt) < 1.0 and abs(o.bottom - db) < 1.0]
                if d is not max(line, key=lambda o: o.x1):
                    continue
                o = min(other, key=lambda o: o.x0)
                h = d.bottom - d.top
                gap = o.x0 - d.x1
                if not -0.5 <= gap <= geo.letter_gap * h:
                    continue
                near = [p.x0 - o.x1 for p in other if p is not o] + [d.x0 - p.x1 for p in line if p is not d]
                if not near or min(near) > gap + geo.side_figures_gap * h:
                    found.append((k, 1, d))
    return found


def _off_chain(its, chained: set, geo) -> bool:
    """Does a cell holding digits of a chain (ids `chained`) hold other digits that do not go on
    from them as one figure: on another line, or on theirs not all at one gap (one other digit:
    no gap to go by)?"""
    ours = [o for o in its if id(o) in chained]
    digits = [o for o in its if o.text.strip().isdigit()]
    if not ours or len(digits) == len(ours):
        return False
    line = sorted((o for o in digits if same_line(o, ours[0])), key=lambda o: o.x0)
    if len(line) < len(digits) or len(line) == 2:
        return True
    gaps = [b.x0 - a.x1 for a, b in zip(line, line[1:])]
    return max(gaps) - min(gaps) > geo.overrun_pitch_slack


def next_cell(cells, k: int, side: int, d) -> Optional[int]:
    """The cell past cell k's `side` rule on digit d's line."""
    edge = cells[k].x1 if side > 0 else cells[k].x0
    for j, n in enumerate(cells):
        if j != k and abs((n.x0 if side > 0 else n.x1) - edge) < 0.5 and n.top <= d.top <= n.bottom:
            return j
    return None


def _flush(its, d, c, side: int) -> bool:
    """The line of digit `d` in cell `c` is set flush to its `side` (d its last digit that way): the
    room left on the other side exceeds the room on this side by more than a digit gap of its own,
    so the figure does not fill its cell (a figure spread over its whole cell, Word's distributed
    alignment, stands as far off both rules: its digits chained over a rule are its own)."""
    line = [o for o in its if same_line(o, d)]
    left, right = min(o.x0 for o in line) - c.x0, c.x1 - max(o.x1 for o in line)
    own = _gap(its, d, after=side < 0)
    return left > right + own if side > 0 else right > left + own


def _chain(cells, cont, d, side: int, own: float, geo) -> tuple[list, set]:
    """The digits of d's line going on from `d` towards `side`, each the gap `own` (within
    PITCH_SLACK) past the one before it, that stand right before an inner rule the chain crosses
    (d first, if it does); and the ids of the chain's digits."""
    row = [c for c in cells if c.top <= d.top <= c.bottom]
    line = sorted((o for c, its in zip(cells, cont) if c.top <= d.top <= c.bottom for o in its
                   if same_line(o, d) and o.text.strip().isdigit()), key=lambda o: o.x0 * side)
    edges = sorted({c.x0 for c in row} | {c.x1 for c in row})[1:-1]
    at, last, chained = [], d, {id(d)}
    for o in line[line.index(d) + 1:] if d in line else []:
        gap = o.x0 - last.x1 if side > 0 else last.x0 - o.x1
        if abs(gap - own) > geo.overrun_pitch_slack:
            break
        lo, hi = (last.x1, o.x0) if side > 0 else (o.x1, last.x0)
        if any(lo - 0.5 <= e <= hi + 0.5 for e in edges):
            at.append(last)
        last = o
        chained.add(id(o))
    return at, chained


def _across(cells, cont, k, d, side, edge, own, geo) -> bool:
    """The digit `d` of cell k, at its `side` rule (at `edge`), goes on over it: the next cell's
    first digit on its line stands off it at most its own gap `own`."""
    for j, n in enumerate(cells):
        if j == k or abs((n.x0 if side > 0 else n.x1) - edge) >= 0.5 or not n.top <= d.top <= n.bottom:
            continue
        for o in cont[j]:
            if same_line(o, d) and o.text.strip().isdigit():
                across = o.x0 - d.x1 if side > 0 else d.x0 - o.x1
                if -0.5 <= across <= own + 0.3:
                    return True
    return False


def over_border(table, cont: list, rest: list, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> tuple[list, list]:
    """The digits of `rest` (the page's items in no cell) that go on a figure of an edge cell of
    `table` over the table's left or right border at the figure's own spacing, the first right at
    the border (added to `cont`); and (cell, side, digit) of the figures whose run goes on at its
    spacing from farther off the border (whose they are is not proven: the cells left unread)."""
    moved, unsure = [], []
    cells = table.cells
    for k, its in enumerate(cont):
        c = cells[k]
        for side in (1, -1):
            if (c.x1 if side > 0 else c.x0) != (table.x1 if side > 0 else table.x0):
                continue
            digits = [d for d in its if d.text.strip().isdigit()]
            if not digits:
                continue
            d = max(digits, key=lambda d: d.x1) if side > 0 else min(digits, key=lambda d: d.x0)
            own = _gap(its, d, after=side < 0)
            border = c.x1 if side > 0 else c.x0
            out = sorted((o for o in rest if same_line(o, d) and o.text.strip().isdigit()
                          and (o.x0 >= d.x1 - 0.5 if side > 0 else o.x1 <= d.x0 + 0.5)),
                         key=lambda o: o.x0 * side)
            if not out:
                continue
            at_border = out[0].x0 < border + geo.overrun_hug if side > 0 else out[0].x1 > border - geo.overrun_hug
            gap = out[0].x0 - d.x1 if side > 0 else d.x0 - out[0].x1
            if not -0.5 <= gap <= own + 0.3:
                # a digit right at the border, off the figure's own spacing; or past it within a
                # letter-spaced gap of a lone digit, whose spacing the cell does not show (tracked
                # '1 | 8' whose 8 a shadow layer's copy put wholly past the border: read 1, WRONG)
                if at_border or (gap <= geo.letter_gap * (d.bottom - d.top)
                                 and not any(o is not d and same_line(o, d) and o.text.strip().isdigit() for o in its)):
                    unsure.append((k, side, d))
                continue
            # (the run goes on, but not right at the border — unless the cell's last digit is cut by it,
            # or the cell's figure is tracked and the run is the tail of its chain: _tracked_tail)
            if not at_border and not d.x0 < border < d.x1:
                tail = _tracked_tail(its, d, out, rest, own, side, geo)
                if tail:
                    its += tail
                    moved += tail
                else:
                    unsure.append((k, side, d))
                continue
            last = d
            for o in out:
                if -0.5 <= (o.x0 - last.x1 if side > 0 else last.x0 - o.x1) <= own + 0.3:
                    its.append(o)
                    moved.append(o)
                    last = o
                else:
                    break
    return moved, unsure


def _tracked_tail(its, d, out: list, rest: list, own: float, side: int, geo) -> list:
    """The digits of `out` (past the table's border, nearest first) that go on from the edge cell's
    last digit `d` where the cell's figure is tracked — its digits on d's line at one gap `own`, wider
    than `tracked_tail_gap` heights (a quarter em, a word gap to pdf_lines, is tracked) — each at that very gap (within PITCH_SLACK), no more than the cell's own (at 0.8 em
    a four-digit figure's tail is half of it), with no other text of the line within a wide gap
    (`side_figures_gap` heights) past them: the tail of a
    figure whose tracking the producer did not count (pdf_chains.py), never text beside the table,
    which does not go on at a figure's pitch. Else []."""
    h = d.bottom - d.top
    line = sorted((o for o in its if same_line(o, d) and o.text.strip().isdigit()), key=lambda o: o.x0 * side)
    gaps = [b.x0 - a.x1 if side > 0 else a.x0 - b.x1 for a, b in zip(line, line[1:])]
    if own <= geo.tracked_tail_gap * h or not gaps or max(abs(g - own) for g in gaps) > geo.overrun_pitch_slack:
        return []
    tail, last = [], d
    for o in out:
        if abs((o.x0 - last.x1 if side > 0 else last.x0 - o.x1) - own) > geo.overrun_pitch_slack:
            break
        tail.append(o)
        last = o
    if not tail or len(tail) > len(line):
        return []
    reach = own + geo.side_figures_gap * h
    lo, hi = (d.x1 - 0.5, last.x1 + reach) if side > 0 else (last.x0 - reach, d.x0 + 0.5)
    if any(o not in tail and same_line(o, d) and lo <= (o.x0 if side > 0 else o.x1) <= hi for o in rest):
        return []
    return tail


def settle_tight(cells, cont: list, found: list, geo: PDFLayoutSettings = DEFAULT_PDF_LAYOUT) -> list:
    """The findings of over_rule (cell index, side, glyph) the page settles, taken out of `found` (the
    rest returned): a glyph cut by the rule between two cells, in a run of tight digits (no gap wider
    than WORD_GAP heights: one figure) lying in those two cells, one of which holds text of its own on
    the run's line standing off it by more than SIDE_FIGURES_GAP heights, the other no digit but the
    run's. A cell holds one figure, so the run is the other cell's, moved there: a figure set flush right with digits
    wider than the producer measured ('３７８|１  ３５' as 3781 and 35). A run with no such text on
    either side or on both, digits spread apart (a tracked chain shows no figure's end), or a run whose
    gaps are not one (to PITCH_SLACK: a tight figure's digits stand at one gap; '２９２' and, 1.8 pt on,
    the first digit of the next cell's tracked '１ ０ ７ １' are two figures) stay found."""
    keep, moved = [], set()
    over = {id(f[2]) for f in found}
    # (left to right along each line: a run settled takes its digits out of the next cell, whose own
    # figure's run over its next rule is then asked of the page without them; the same in any order given)
    for k, side, it in sorted(found, key=lambda f: (round(f[2].top, 1), f[2].x0, f[1], f[0])):
        if id(it) in moved:
            continue
        settled = _settled(cells, cont, k, side, it, geo, over - moved)
        if not settled:
            keep.append((k, side, it))
            continue
        run, owner, cs = settled
        for o in run:
            for c in cs:
                if c != owner and o in cont[c]:
                    cont[c].remove(o)
                    cont[owner].append(o)
            moved.add(id(o))
    return keep


def _settled(cells, cont, k: int, side: int, it, geo, unsettled: set):
    """(run, owner cell, (k, j)) of settle_tight's case for the finding (k, side, it), or None.
    `unsettled`: ids of the glyphs over a rule not (yet) settled: text of that kind is no figure of
    its cell's own."""
    j = next_cell(cells, k, side, it)
    if j is None or not it.text.strip().isdigit():
        return None
    h = it.bottom - it.top
    line = sorted((o for o in cont[k] + cont[j] if same_line(o, it)), key=lambda o: o.x0)
    lo = hi = line.index(it)
    while lo > 0 and line[lo - 1].text.strip().isdigit() and -0.5 <= line[lo].x0 - line[lo - 1].x1 <= geo.word_gap * h:
        lo -= 1
    while (hi < len(line) - 1 and line[hi + 1].text.strip().isdigit()
           and -0.5 <= line[hi + 1].x0 - line[hi].x1 <= geo.word_gap * h):
        hi += 1
    run, before, after = line[lo:hi + 1], line[:lo], line[hi + 1:]
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])]
    if gaps and max(gaps) - min(gaps) > geo.overrun_pitch_slack:
        return None                     # (one figure's digits stand at one gap: '292' tight, then '1' 1.8 pt off)
    left, right = (j, k) if side < 0 else (k, j)
    if (bool(before) == bool(after) or run[0].x0 < cells[left].x0 - 0.5 or run[-1].x1 > cells[right].x1 + 0.5
            or (after[0].x0 - run[-1].x1 if after else run[0].x0 - before[-1].x1) <= geo.side_figures_gap * h):
        return None
    if _borrowed(cells, cont, after or before, right if after else left, 1 if after else -1, it, geo, unsettled):
        return None
    owner = left if after else right
    if any(o.text.strip().isdigit() and o not in run for o in cont[owner]):
        return None                     # (the run's cell holds digits of its own on another line)
    if _WORDS.search("".join(o.text for o in cont[owner] if not o.text.strip().isdigit() and o.x1 <= run[0].x0 + 0.5)):
        return None                     # (the row's label, its words before the run on a line of their own)
    return run, owner, (k, j)


def _borrowed(cells, cont, proof: list, k: int, side: int, it, geo, unsettled: set) -> bool:
    """Is the text `proof` of cell k (the figure of its own settle_tight goes by) over cell k's `side`
    rule, not settled, and the cell beyond's as much as k's: going on tight from a digit there (the tail
    of its figure), or standing alone with no digit of that cell's own clear of the rules? Figures each
    shifted right by leader spaces read wider than set ('3|7  |5' of 37 and 5; '3|3  3|88' of 33, 3
    and 88): settled by such text, the run went a cell on (5 and 88 read in the next column, WRONG)."""
    beyond = next_cell(cells, k, side, it)
    if beyond is None or not all(id(o) in unsettled for o in proof):
        return False
    h = it.bottom - it.top
    theirs = [p for p in cont[beyond] if same_line(p, it) and p.text.strip().isdigit()]
    if not any(id(p) not in unsettled for p in theirs):
        return True                     # (the cell beyond shows no figure of its own: the text may be it)
    return all(any(-0.5 <= (p.x0 - o.x1 if side > 0 else o.x0 - p.x1) <= geo.word_gap * h for p in theirs)
               for o in proof)


_RUN_IN = re.compile(r"[\s0-9０-９]+$")           # the digits at a cell's end
_WORDS = re.compile(r"[^\W\d_]\s*[^\W\d_]")        # … and what is left holds words (two letters or 汉字,
#                                                     letter-spaced or not)


def clear_overruns(table, found: list, page: int, notes: list) -> None:
    """Blank the cells of `table` a digit runs out of (found: (cell index, side, glyph)) and the
    cells it runs into, and say which row's cells were left unread."""
    cells = table.cells
    hit: set[int] = set()
    for k, side, it in found:
        c = cells[k]
        edge = c.x0 if side < 0 else c.x1
        cy = (it.top + it.bottom) / 2
        hit.add(k)
        for j, n in enumerate(cells):
            if n.top <= cy <= n.bottom and abs((n.x1 if side < 0 else n.x0) - edge) < 0.5:
                hit.add(j)
    rows: dict[int, list[str]] = {}
    for k in sorted(hit):
        c = cells[k]
        if c.text:
            rows.setdefault(c.row, []).append(c.text)
            # a label cell a figure ran into keeps its words (the digits at its end are the figure's):
            # blanked, its row was no row, and table 三 read from a blanked first row on was lost
            label = _RUN_IN.sub("", c.text)
            c.text, c.unread = (label, False) if _WORDS.search(label) else ("", True)
    for r, texts in sorted(rows.items()):
        first = min((c for c in cells if c.row == r), key=lambda c: c.col)
        label = first.text or "?"
        notes.append(f"page {page}: in the row '{label[:24]}' a figure runs across the rule between two cells "
                     f"({' | '.join(texts)}): which cell its digits belong to is not in the page; the cells "
                     "were left unread")
