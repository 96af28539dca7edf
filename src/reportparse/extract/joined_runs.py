"""A row of a text that may be collapsed (a run of equal lines kept once) whose figures no collapsed run reads, while
its digits run together do (a crawler joined the lines of one-figure cells): every reading of the row under both
damages at once — each joined line cut into pieces, each piece a run of one or more equal cells — for the table's
checks to choose among (joined_readings, from tables.read_row). Rows of one group whose last cell is its total (table 三's), or
of several such groups side by side (table 四's three of five: mixed_group_readings, a run may go on into the next
group)."""
from __future__ import annotations

from itertools import combinations
from typing import Callable, Optional, Sequence

from ..bounds import MAX_INT_DIGITS
from .line_damage import cut_at_width
from .row_cells import Token


def mixed_readings(raw: list[str], n: int, limit: int = 20_000) -> Optional[set[tuple]]:
    """Every reading of the digit runs `raw` as n cells, the last the sum of the others: each run cut into pieces (no
    piece opening with 0 but a lone 0), each piece a run of one or more equal cells. None: more than `limit` steps."""
    if not raw or not all(t.isascii() and t.isdigit() for t in raw):
        return None
    found: set[tuple] = set()
    steps = 0

    def parts(toks: list[str], offs: list[int], span, ti: int, pos: int, cells: tuple, left: int, room: int,
              tail: tuple) -> bool:
        """Cells from toks[ti][pos:] on, `left` their sum still to make, `room` cells still to fill; False: too many
        steps."""
        nonlocal steps
        steps += 1
        if steps > limit:
            return False
        if ti < len(toks) and pos == len(toks[ti]):
            ti, pos = ti + 1, 0
        if ti == len(toks):
            if room == 0 and left == 0:
                found.add(cells + tail)
            return True
        if room <= 0:
            return True
        lo, hi = span(offs[ti] + pos, room)
        if not lo <= left <= hi:
            return True                     # (no cut of the digits left into `room` cells makes the sum left)
        tok = toks[ti]
        later = len(toks) - ti - 1          # runs after this one: a piece each at least
        for end in range(pos + 1, min(len(tok), pos + MAX_INT_DIGITS) + 1):
            if tok[pos] == "0" and end > pos + 1:
                break
            value = int(tok[pos:end])
            if value > left:
                break                       # (a longer piece is larger still)
            for r in range(1, room - later - (end < len(tok)) + 1):
                if value * r > left:
                    break
                if not parts(toks, offs, span, ti, end, cells + (value,) * r, left - value * r, room - r, tail):
                    return False
        return True

    last = raw[-1]
    for size in range(1, min(len(last), MAX_INT_DIGITS) + 1):        # the total: the last run's last piece
        piece = last[-size:]
        if piece[0] == "0" and size > 1:
            continue
        total = int(piece)
        toks = raw[:-1] + ([last[:-size]] if size < len(last) else [])
        offs = [sum(len(t) for t in toks[:i]) for i in range(len(toks) + 1)]
        span = _sum_span(toks)
        # its run may hold the last part too (that part equal to the total, the others 0)
        if not (parts(toks, offs, span, 0, 0, (), total, n - 1, (total,))
                and parts(toks, offs, span, 0, 0, (), 0, n - 2, (total, total))):
            return None
    return found


def _sum_span(toks: list[str]) -> Callable[[int, int], tuple]:
    """span(g, k): the least and the most the digits of `toks` from offset g on (the runs joined) make as exactly k
    cells, cut as mixed_readings cuts them: a row whose total runs to many digits (a collapsed row run together) has
    its prefixes cut where the rest can no longer make the sum left, not tried piece by piece."""
    digits = "".join(toks)
    ends: list[int] = []
    for t in toks:
        ends += [len(ends) + len(t)] * len(t)
    memo: dict[tuple[int, int], tuple] = {}
    none = (float("inf"), float("-inf"))

    def span(g: int, k: int) -> tuple:
        if g == len(digits):
            return (0, 0) if k == 0 else none
        if k <= 0:
            return none
        if (g, k) not in memo:
            lo, hi = none
            stop = min(ends[g], g + MAX_INT_DIGITS) if digits[g] != "0" else g + 1
            for e in range(g + 1, stop + 1):
                v = int(digits[g:e])
                for r in range(1, k + 1):
                    a, b = span(e, k - r)
                    if a <= b:
                        lo, hi = min(lo, v * r + a), max(hi, v * r + b)
            memo[g, k] = (lo, hi)
        return memo[g, k]
    return span


def mixed_group_readings(raw: list[str], sizes: list[int], limit: int = 20_000) -> Optional[set[tuple]]:
    """Every reading of the digit runs `raw` as groups of `sizes` cells side by side, each group's last cell the sum of
    its others: each run cut into pieces (no piece opening with 0 but a lone 0), each piece a run of one or more equal
    cells, which may go on past a group's end into the next. None: more than `limit` steps."""
    if not raw or not all(t.isascii() and t.isdigit() for t in raw):
        return None
    ends = set()
    at = 0
    for size in sizes:
        at += size
        ends.add(at - 1)
    n = at
    found: set[tuple] = set()
    left_digits = [sum(len(t) for t in raw[i:]) for i in range(len(raw) + 1)]
    steps = 0

    def place(value: int, r: int, cells: tuple, acc: int) -> Optional[tuple[tuple, int]]:
        """`r` cells of `value` after `cells` (the open group's sum so far `acc`): (cells, acc), None where a group's
        total it fills is not the sum of that group's other cells."""
        for _ in range(r):
            i = len(cells)
            if i in ends:
                if value != acc:
                    return None
                acc = 0
            else:
                acc += value
            cells += (value,)
        return cells, acc

    def cut(ti: int, pos: int, cells: tuple, acc: int) -> bool:
        nonlocal steps
        steps += 1
        if steps > limit:
            return False
        if ti < len(raw) and pos == len(raw[ti]):
            ti, pos = ti + 1, 0
        room = n - len(cells)
        if ti == len(raw):
            if room == 0:
                found.add(cells)
            return True
        digits = left_digits[ti] - pos
        later = len(raw) - ti - 1          # runs after this one: a piece each at least
        # (the open group's total, the sum so far or more, is a piece still to come: as many digits at least)
        if room <= later or digits > room * MAX_INT_DIGITS or (acc and digits < len(str(acc))):
            return True
        tok = raw[ti]
        for end in range(pos + 1, min(len(tok), pos + MAX_INT_DIGITS) + 1):
            if tok[pos] == "0" and end > pos + 1:
                break
            value = int(tok[pos:end])
            for r in range(1, room - later - (end < len(tok)) + 1):
                placed = place(value, r, cells, acc)
                if placed is None:
                    break           # (more of the same cells fill the same total wrong, or pass it)
                if not cut(ti, end, *placed):
                    return False
        return True

    return found if cut(0, 0, (), 0) else None


def joined_readings(raw: list[str], sizes: list[int], group_ok: Optional[Callable[[tuple], bool]], limit: int,
                    signed_cell: Optional[int]) -> Optional[set[tuple]]:
    """A row of groups each ending in its total that no collapsed run reads (in a text that may be collapsed): its
    readings as figures run together, with any that both damages at once give, for R1 and R2 to choose among; an
    empty set where the row is no such row or none reads, None where the search runs past ten times `limit` (its
    steps are cheap)."""
    if signed_cell is not None or not getattr(group_ok, "sums_to_last", False):
        return set()
    if len(sizes) == 1:
        return mixed_readings(raw, sizes[0], limit * 10)
    return mixed_group_readings(raw, sizes, limit * 10)


def sorted_or_none(found: Optional[set[tuple]]) -> Optional[list[tuple]]:
    return None if found is None else sorted(found)


def wrap_rejoined(text: str, tokens: Sequence[Token], raw: list[str],
                  read: Callable[[list[str]], Optional[list[tuple]]]) -> Optional[tuple[list[Token], list[tuple]]]:
    """A row of digits run together that no reading of its printed runs satisfies, on lines a hard wrap cut at its
    width ('… 14439752939' / '8244893'): a break at such a line's end, digits both sides, may have cut a figure as
    well as parted two. (Its runs with the breaks joined, their readings) where exactly one choice of breaks to join
    reads (`read`: readings of the runs, [] none, None too many); else None — never a guess between two."""
    tokens = [t for t in tokens if t.raw != ""]
    cuts = [i for i, (a, b) in enumerate(zip(tokens, tokens[1:]))
            if text[a.end:b.start].rstrip(" ") in ("\n", "\n\n") and cut_at_width(text, a.end)]
    found = []
    for k in range(1, min(len(cuts), 3) + 1):
        for joins in combinations(cuts, k):
            runs, cells = list(raw), list(tokens)
            for i in reversed(joins):
                runs[i:i + 2] = [runs[i] + runs[i + 1]]
                cells[i:i + 2] = [Token(text[cells[i].start:cells[i + 1].end], cells[i].start, cells[i + 1].end)]
            got = read(runs)
            if got is None:
                return None
            if got:
                found.append((cells, got))
    return found[0] if len(found) == 1 else None
