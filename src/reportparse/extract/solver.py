"""Recover cells that a scraper ran together ("640020470" → 64|0|0|2|0|4|70).

Every way of cutting a row's digit runs into its cells is a candidate reading; the template's
arithmetic (row total, R1, R2, R4, cumulative ≥ year, 其中 ≤ parent) removes readings, and a value
is emitted only where every surviving reading agrees on it. Nothing is guessed: a cell that two
readings disagree on stays unread and is reported.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from math import comb
from typing import Callable, Optional, Sequence

from ..bounds import MAX_FRAC_DIGITS, MAX_INT_DIGITS, to_number

Cells = tuple[Optional[float], ...]


def _number(piece: str) -> Optional[float]:
    """A cell cut from a run: no leading zeros, a decimal point only inside the cell, bounded length."""
    body = piece.lstrip("+-")
    if not body or body[0] == "." or body[-1] == ".":
        return None
    whole = body.split(".", 1)[0]
    if len(whole) > 1 and whole[0] == "0":
        return None
    if "." not in body and len(body) <= MAX_INT_DIGITS and body.isascii() and body.isdigit():
        return -int(body) if piece[0] == "-" else int(body)     # the common case, without the regex
    return to_number(piece)


# the longest piece a cell can be: sign, MAX_INT_DIGITS digits, point, MAX_FRAC_DIGITS digits
_MAX_PIECE = MAX_INT_DIGITS + MAX_FRAC_DIGITS + 2


def readings(tokens: Sequence[str], sizes: Sequence[int],
             group_ok: Optional[Callable[[tuple], bool]] = None, limit: int = 20_000,
             signed_cell: Optional[int] = None, whole: frozenset = frozenset()) -> Optional[list[tuple]]:
    """Every reading of digit runs as cells, in groups of `sizes` that each pass `group_ok`.

    A cell never spans two runs (a space or a pipe is a real boundary). A run that opens with a
    sign (+3, -2) opens cell `signed_cell` (本年增/减) when given. The runs whose index is in `whole`
    are one cell each (a figure printed with thousands separators is never cut). Returns None when
    more than `limit` readings (or steps) would be needed.
    """
    if (not whole and len(sizes) == 1 and sizes[0] > 1 and getattr(group_ok, "sums_to_last", False)
            and all(t.isascii() and t.isdigit() for t in tokens)):
        return _sum_readings(tokens, sizes[0], group_ok, limit)
    total = sum(sizes)
    out: list[tuple] = []
    steps = 0
    max_steps = limit * 2
    group_start: dict[int, int] = {}          # cell count at a group's end → where the group starts
    acc = 0
    for size in sizes:
        group_start.setdefault(acc + size, acc)
        acc += size
    group_start.pop(0, None)
    first_size = sizes[0]
    ntok = len(tokens)
    # a group test that needs its last cell to be the sum of the others (table 四's groups), on runs of
    # plain digits (integer cells, exact sums): a cut closing a group is tried only where it spells
    # that sum, the others counted as the steps the plain search spends on them (one each, the test
    # failing at once), so the readings and the limits are the same
    by_sum = (not whole and group_ok is not None and getattr(group_ok, "sums_to_last", False)
              and all(t.isascii() and t.isdigit() for t in tokens))
    rest = [sum(len(t) for t in tokens[i:]) for i in range(ntok + 1)]   # characters from run i on
    # the cells that can be cut from run ti at pos, (end, value, runs after this cut), computed once:
    # the same cut recurs in many branches of the search
    cuts: dict[tuple[int, int], list[tuple[int, float, int]]] = {}

    def cuts_at(ti: int, pos: int, token: str) -> list[tuple[int, float, int]]:
        tlen = len(token)
        if ti in whole:
            value = _number(token) if pos == 0 else None
            found = [] if value is None else [(tlen, value, ntok - ti - 1)]
        elif token.isascii() and token.isdigit():      # plain digits (most runs): their cuts by rule
            found = [(end, value, ntok - ti - 1 if end == tlen else ntok - ti) for end, value in _digit_cuts(token, pos)]
        else:
            first = pos + (1 if pos == 0 and token[:1] in "+-" else 0)   # a sign opens a run's first cell only
            found = []
            for end in range(first + 1, min(tlen, pos + _MAX_PIECE) + 1):
                value = _number(token[pos:end])
                if value is not None:
                    found.append((end, value, ntok - ti - 1 if end == tlen else ntok - ti))
        cuts[ti, pos] = found
        return found

    def rec(ti: int, pos: int, cells: tuple) -> bool:
        nonlocal steps
        steps += 1
        if steps > max_steps or len(out) > limit:
            return False
        n = len(cells)
        if group_ok is not None and n in group_start and not group_ok(cells[group_start[n]:n]):
            return True
        if ti == ntok:
            if n == total:
                out.append(cells)
            return True
        if n == total:
            return True
        token = tokens[ti]
        cells_left = total - n
        left = rest[ti] - pos
        if left < cells_left or left > cells_left * _MAX_PIECE:   # too few digits or too many for the cells
            return True
        if pos == 0 and signed_cell is not None and token[:1] in "+-" and n % first_size != signed_cell:
            return True
        found = cuts.get((ti, pos))
        if found is None:
            found = cuts_at(ti, pos, token)
        tlen = len(token)
        closes = n + 1 in group_start if by_sum else False
        if closes:
            goal = sum(cells[group_start[n + 1]:])
        for end, value, later in found:
            if later > cells_left - 1:       # every later run needs at least one cell
                continue
            if closes and value != goal:
                steps += 1                   # the child call the plain search makes: a step, its group failing
                if steps > max_steps or len(out) > limit:
                    return False
                continue
            if cells_left == 1:
                # the last cell (it ends the last run): the child call inlined, its step counted as
                # the call would count it, for the same limit
                steps += 1
                if steps > max_steps or len(out) > limit:
                    return False
                full = cells + (value,)
                if group_ok is None or group_ok(full[group_start[total]:]):
                    out.append(full)
                continue
            if end == tlen:
                ok = rec(ti + 1, 0, cells + (value,))
            else:
                ok = rec(ti, end, cells + (value,))
            if not ok:
                return False
        return True

    if not rec(0, 0, ()):
        # (where the plain search gives up, groups that each sum to their last cell are searched total-first)
        return _group_sum_readings(tokens, sizes, group_ok, limit) if by_sum and len(sizes) > 1 else None
    return out


def sums_to_last(group_ok: Callable[[tuple], bool]) -> Callable[[tuple], bool]:
    """Mark a group test that accepts a group of non-blank cells only when its last cell is the sum
    of the others: readings() may then search a row by its total (same readings, far fewer steps)."""
    group_ok.sums_to_last = True           # type: ignore[attr-defined]
    return group_ok


def _digit_cuts(token: str, pos: int) -> list[tuple[int, int]]:
    """(end, value) of each cell a run of plain digits can give from pos: readings()' cuts unsigned.

    As _number reads them: a 0 is a cell of its own (no cell opens with a 0), any other digit
    opens cells of up to MAX_INT_DIGITS digits."""
    if token[pos] == "0":
        return [(pos + 1, 0)]
    found = []
    value = 0
    for end in range(pos + 1, min(len(token), pos + MAX_INT_DIGITS) + 1):
        value = value * 10 + ord(token[end - 1]) - 48
        found.append((end, value))
    return found


def _group_sum_readings(tokens: Sequence[str], sizes: Sequence[int], group_ok: Callable[[tuple], bool],
                        limit: int) -> Optional[list[tuple]]:
    """readings() of groups that each sum to their last cell (table 四's three groups of five), runs of plain digits
    only: a group's first cells are cut every way, its last only where the digits go on with their sum. Bounded by 2 ×
    `limit` steps of its own and `limit` readings: None past either."""
    ntok, total = len(tokens), sum(sizes)
    rest = [sum(len(t) for t in tokens[i:]) for i in range(ntok + 1)]
    size_at = [size for size in sizes for _ in range(size)]        # the size of the group cell i falls in
    found: list[tuple] = []
    budget = [limit * 2]

    def rec(ti: int, pos: int, cells: tuple, opened: int, acc: int) -> None:
        budget[0] -= 1
        if budget[0] < 0 or len(found) > limit:
            raise _Exhausted
        n = len(cells)
        if ti == ntok or n == total:
            if ti == ntok and n == total:
                found.append(cells)
            return
        cells_left, left, token = total - n, rest[ti] - pos, tokens[ti]
        if left < cells_left or left > cells_left * _MAX_PIECE:
            return
        if n - opened == size_at[n] - 1:        # the group's last cell: its sum, spelled out here or no reading
            spelled = str(acc)
            end = pos + len(spelled)
            if token.startswith(spelled, pos) and (ntok - ti - 1 if end == len(token) else ntok - ti) <= cells_left - 1 \
                    and group_ok(cells[opened:] + (acc,)):
                rec(ti + 1, 0, cells + (acc,), n + 1, 0) if end == len(token) else rec(ti, end, cells + (acc,), n + 1, 0)
            return
        for end, value in _digit_cuts(token, pos):
            if (ntok - ti - 1 if end == len(token) else ntok - ti) > cells_left - 1:
                continue
            rec(ti + 1, 0, cells + (value,), opened, acc + value) if end == len(token) else \
                rec(ti, end, cells + (value,), opened, acc + value)

    try:
        rec(0, 0, (), 0, 0)
    except _Exhausted:
        return None
    return found


class _Exhausted(Exception):
    """The fast search ran past its step bound."""


def _sum_readings(tokens: Sequence[str], total: int, group_ok: Callable[[tuple], bool], limit: int):
    """readings() of one group of `total` cells whose last is the sum of the others, runs of plain
    digits only (integer cells: exact sums, none negative).

    The plain search cuts every way and tests the sum at the end; here each possible total (a tail
    of the last run) is taken first and a branch stops once its cells exceed it. The readings are
    the same, in the same order (sorted by their cuts, the plain search's depth-first order), wherever the plain
    search ends within its limits (its step count depends only on where cells can be cut, so it is counted without
    the search). Its own steps are far fewer, so where the plain search would give up it goes on, bounded by 2 ×
    `limit` of its own: every reading of a long row (27 digits for 7 cells), or None. None too for more than
    `limit` readings."""
    ntok = len(tokens)
    rest = [sum(len(t) for t in tokens[i:]) for i in range(ntok + 1)]
    if rest[0] > total * _MAX_PIECE:
        return None if limit * 2 < 1 else []      # too many digits for the cells: the plain search's one step
    cuts: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def cuts_at(ti: int, pos: int) -> list[tuple[int, int]]:
        found = cuts.get((ti, pos))
        if found is None:
            found = cuts[ti, pos] = _digit_cuts(tokens[ti], pos)
        return found

    counted: dict[tuple[int, int, int], int] = {}

    def steps(ti: int, pos: int, n: int) -> int:
        """Calls the plain search makes from (ti, pos) with n cells cut (its inlined last cells included)."""
        key = (ti, pos, n)
        if key in counted:
            return counted[key]
        s = 1
        cells_left = total - n
        left = rest[ti] - pos if ti < ntok else 0
        if ti < ntok and cells_left <= left <= cells_left * _MAX_PIECE:
            tlen = len(tokens[ti])
            for end, _ in cuts_at(ti, pos):
                if (ntok - ti - 1 if end == tlen else ntok - ti) > cells_left - 1:
                    continue
                if cells_left == 1:
                    s += 1
                else:
                    s += steps(ti + 1, 0, n + 1) if end == tlen else steps(ti, end, n + 1)
        counted[key] = s
        return s

    # each step of the plain search is a distinct sequence of cut ends among the rest[0] characters:
    # when there are few enough of those, it never reaches its step limit and needs no counting. Where it would,
    # this search's own steps (each branch stops once its cells pass the total) are bounded instead, by as many
    budget = [limit * 2 if sum(comb(rest[0], k) for k in range(total + 1)) > limit * 2 and
              steps(0, 0, 0) > limit * 2 else float("inf")]
    last = tokens[-1]
    found: list[tuple] = []
    # the total is a tail of the last run no longer than a cell (never a scan of a long run)
    for p in range(max(0, len(last) - MAX_INT_DIGITS), len(last)):
        whole = _number(last[p:])
        if whole is None:
            continue
        # the last cell is last[p:]; the others fill the runs up to it and sum to it
        goal_ti = ntok - 1 if p else ntok - 2
        if goal_ti < 0:
            continue
        goal_pos = p if p else len(tokens[goal_ti])
        stop = rest[0] - rest[goal_ti] + goal_pos    # characters before the last cell

        def rec(ti: int, pos: int, cells: tuple, acc: int) -> None:
            budget[0] -= 1
            if budget[0] < 0:
                raise _Exhausted
            cells_left = total - 1 - len(cells)
            left = stop - (rest[0] - rest[ti] + pos)
            if cells_left < 1 or left < cells_left or left > cells_left * _MAX_PIECE:
                return
            # what the cells left can add: less than cells_left × 10^(their longest), and at least
            # 10^(k-1) when one of them must have k ≥ 2 digits (no cell opens with a 0)
            if whole - acc >= cells_left * 10 ** (left - cells_left + 1):
                return
            longest = -(-left // cells_left)
            if longest > 1 and acc + 10 ** (longest - 1) > whole:
                return
            if cells_left == 1:
                # the last of them is the piece up to the total, if it is a cell that makes up the
                # sum (one piece read, not the cuts list from here searched for it)
                if ti == goal_ti:
                    value = _number(tokens[ti][pos:goal_pos])
                    if value is not None and acc + value == whole:
                        full = cells + (value, whole)
                        if group_ok(full):
                            found.append(full)
                return
            tlen = len(tokens[ti])
            for end, value in cuts_at(ti, pos):
                if acc + value > whole:
                    break             # a run's cuts from one place grow with their length
                if ti == goal_ti:
                    if end < goal_pos:      # the goal (the total's start) is never reached with cells to cut
                        rec(ti, end, cells + (value,), acc + value)
                elif end == tlen:
                    rec(ti + 1, 0, cells + (value,), acc + value)
                else:
                    rec(ti, end, cells + (value,), acc + value)

        try:
            rec(0, 0, (), 0)
        except _Exhausted:
            return None
        if len(found) > limit:
            return None
    # the plain search's order: by the cuts' ends, that is by the cells' lengths in turn
    found.sort(key=lambda cells: [len(str(c)) for c in cells])
    return found


@dataclass
class Constraint:
    rows: tuple[str, ...]
    test: Callable[[dict[str, Cells]], bool]
    hard: bool = True          # soft constraints (sum identities) are dropped if nothing satisfies them


@dataclass
class Outcome:
    values: dict[str, list[Optional[float]]] = field(default_factory=dict)   # row → cell values (None: unsettled)
    readings: int = 0
    exhausted: bool = False     # too many readings to enumerate
    relaxed: bool = False       # the sum identities had to be dropped to find any reading
    evidence_used: list = field(default_factory=list)   # (row, cell) sentence figures that settled readings


def solve(candidates: dict[str, list[Cells]], constraints: list[Constraint],
          evidence: Optional[dict[tuple[str, int], float]] = None, limit: int = 20_000) -> Outcome:
    """Settle each row's cells by the readings that satisfy every constraint."""
    result = _search(candidates, constraints, limit)
    relaxed = False
    if result is not None and not result:
        relaxed = True
        result = _search(candidates, [c for c in constraints if c.hard], limit)
    if result is None:
        return _singles(candidates, exhausted=True)
    if not result:
        return _singles(candidates)
    used: list[tuple[str, int]] = []
    for (r, i), v in (evidence or {}).items():
        # each sentence figure on its own: one that fits no reading is ignored, not fatal to the rest
        narrowed = [s for s in result if r in s and s[r][i] == v]
        if narrowed and len(narrowed) < len(result):
            result = narrowed
            used.append((r, i))
    out = Outcome(readings=len(result), relaxed=relaxed, evidence_used=used)
    if len(result) == 1:            # one reading (most tables): its cells, without a set per cell
        only = result[0]
        for row, cands in candidates.items():
            out.values[row] = list(only[row][:len(cands[0])]) if cands else []
        return out
    for row, cands in candidates.items():
        n = len(cands[0]) if cands else 0
        cols = []
        for i in range(n):
            seen = {s[row][i] for s in result}
            cols.append(seen.pop() if len(seen) == 1 else None)
        out.values[row] = cols
    return out


def _singles(candidates: dict[str, list[Cells]], exhausted: bool = False) -> Outcome:
    out = Outcome(exhausted=exhausted)
    for row, cands in candidates.items():
        if not cands:
            continue
        n = len(cands[0])
        out.values[row] = [cands[0][i] if all(c[i] == cands[0][i] for c in cands) else None for i in range(n)]
    return out


def _search(candidates: dict[str, list[Cells]], constraints: list[Constraint], limit: int):
    """All full readings, or None when more than `limit` search steps would be needed."""
    order = sorted((r for r in candidates if candidates[r]), key=lambda r: len(candidates[r]))
    position = {r: i for i, r in enumerate(order)}
    # each constraint is tested as soon as its last row is assigned
    due: dict[str, list[Constraint]] = {r: [] for r in order}
    for c in constraints:
        rows = [r for r in c.rows if r in position]
        if rows:
            due[max(rows, key=position.__getitem__)].append(c)
    solutions: list[dict[str, Cells]] = []
    steps = 0
    assign: dict[str, Cells] = {}
    if 1 <= limit and len(order) <= limit * 20 and all(len(candidates[r]) == 1 for r in order):
        # one reading per row (most tables): the search below walks a single path, within its
        # limits; the same tests in the same order, without the recursion
        for row in order:
            assign[row] = candidates[row][0]
            if not all(c.test(assign) for c in due[row]):
                return []
        return [assign]

    def rec(i: int) -> bool:
        nonlocal steps
        if i == len(order):
            solutions.append(dict(assign))
            return len(solutions) <= limit
        row = order[i]
        for cand in candidates[row]:
            steps += 1
            if steps > limit * 20:
                return False
            assign[row] = cand
            if all(c.test(assign) for c in due[row]):
                if not rec(i + 1):
                    return False
        assign.pop(row, None)
        return True

    if not rec(0):
        return None
    return solutions
