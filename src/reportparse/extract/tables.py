"""Reading anchored rows into values: exact cells where the row has them, run recovery where not."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Callable, Optional

import regex

from ..bounds import to_number
from ..cells import WRAP_MARK, change_cell, ocr_reading, parse_cell, unread_cell
from ..patterns import CHANGE_PAIR, FOOTNOTE_MARK, MONEY_UNIT, strip_money_unit
from .collapsed_runs import collapsed_readings
from .joined_runs import joined_readings, sorted_or_none, wrap_rejoined
from .line_damage import cut_at_width
from .row_cells import Token
from .rows import RowHit
from .solver import Constraint, Outcome, readings, solve
from .values import DOUBLED_SEPARATOR, fit_cells
from .wrapped_cells import wrap_readings

_RUN = regex.compile(r"^[+-]?[0-9]+(?:\.[0-9]+)?$")
_DIGITS = regex.compile(r"[0-9]{1,12}")
_SIGNED = regex.compile(r"[+\-增减]+[0-9]")
_MARK_END = regex.compile(f"(?:{FOOTNOTE_MARK})$")
_GROUPED = regex.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?" + MONEY_UNIT + "?")


@dataclass
class RowRead:
    hit: RowHit
    n: int
    cells: Optional[list[Token]] = None          # exact fit: one token per cell
    candidates: list[tuple] = field(default_factory=list)
    split: bool = False                           # candidates were inferred (cut digit runs or collapsed runs)
    damage: Optional[str] = None                  # RUN_TOGETHER or COLLAPSED: which damage the readings undo
    problem: Optional[str] = None                 # why the row could not be read
    alternatives: list[tuple] = field(default_factory=list)   # readings with two cells re-joined (not emitted)
    pictures: tuple = ()                          # cells showing a figure no one can read (cells.unread_cell): not read
    left_unread: dict[int, str] = field(default_factory=dict)  # other cells not read, and why (UNREAD_PAIR, UNREAD_DOUBLED)
    ocr: dict[int, bool] = field(default_factory=dict)       # OCR'd figures (cell → its lookalike reading proven)
    fits: list[list[Token]] = field(default_factory=list)     # the cells of each candidate, where the row has several
    left_out: int = 0           # blank cells the row left out at unknown places (left_out.py: fits place them)
    lost: bool = False          # a pipe row one cell short, the cell's place unknown (lost_cell.py: fits place it)
    wrap_joined: bool = False   # its last figure was cut by a wrapped line and re-joined (the row's sum proves it)
    refuted: bool = False       # its figures fewer than its cells, and every reading of them as runs (collapsed or
                                # run together) fails its arithmetic: neither damage made the row
    wrapped: Optional[tuple] = None     # its wrapped cells' joined reading, where others hold its sums too (settle)


RUN_TOGETHER = "run-together digits"
COLLAPSED = "collapsed runs of equal cells"


def read_row(hit: RowHit, n: int, group_ok: Optional[Callable[[tuple], bool]] = None,
             limit: int = 20_000, allow_split: bool = True, signed_cell: Optional[int] = None,
             collapsed: bool = False, sizes: Optional[list[int]] = None, across: bool = False,
             pictures: bool = False, text: Optional[str] = None, wide: frozenset = frozenset()) -> RowRead:
    """Read a row of n cells; `collapsed`: the text may print a run of equal cells once; `across`: the
    table's arithmetic across rows (settle) may choose among the row's fits that its own arithmetic leaves;
    `pictures`: cells showing a picture are left out (row.pictures, the caller emits none for them), the
    others read; `text`: the document's, where a row's figures on its label's own line are told apart; `wide`:
    Document.wide_figures, figures a collapsed text may print twice in a row (full-width, then ASCII)."""
    row = RowRead(hit, n)
    fits = fit_cells(hit, n)
    if len(fits) > 1:
        # blank cells at both ends: the row's arithmetic, where it has one, says which are its columns
        fits = [f for f in fits if group_ok is not None and holds(f, group_ok, sizes or [n])]
        if len(fits) > 1 and across:
            row.fits = fits
            row.candidates = [tuple(parse_cell(t.raw).value for t in f) for f in fits]
            return row
        if len(fits) != 1:
            row.problem = ("blank cells at both ends of the row, and which of them are its columns the row "
                           "does not settle")
            return row
    if fits:
        cells = row.cells = fits[0]
        if signed_cell is not None and any(i != signed_cell and _SIGNED.match(t.raw) for i, t in enumerate(cells)):
            # a signed figure (本年增/减) in another column: the row's figures stand shifted (a page's bare number
            # among them, a cell lost), and which column each is the row does not settle
            row.problem = "a signed figure outside its 本年增/减 column: its columns are not settled"
            row.cells = []
            return row
        if group_ok is not None and DOUBLED_SEPARATOR in (hit.note or "") and not holds(cells, group_ok, sizes or [n]):
            # the blank taken for a separator printed twice may be a cell ("| | 917 |": a 1 an OCR read as a
            # pipe), and the row's arithmetic refutes the reading: which cell is blank is not settled
            row.problem = ("a blank cell between its figures, taken for a separator printed twice, and the row's "
                           "arithmetic fails: its columns are not settled")
            row.cells = []
            return row
        # (a sum over three cells or more: a legacy row's 本年 <= 累计 is no identity to prove a join by)
        if group_ok is not None and n >= 3 and any(WRAP_MARK in t.raw for t in cells) and (
                found := wrap_readings(cells, lambda v: _groups_hold(v, group_ok, sizes or [n]))) and (
                len(found) == 1 or across):
            # a borderless PDF cell's figure wrapped onto two lines: joined, as the row's sums prove (wrapped_cells.py),
            # or among the readings they allow, for the table's arithmetic across rows to choose (RowRead.wrapped)
            row.candidates, row.wrap_joined = found, True
            row.wrapped = found[0] if len(found) > 1 else None
            return row
        wrap = _wrapped(text, cells) if text is not None else None
        if wrap is not None:
            joined, shown, cut = wrap
            as_printed = group_ok is not None and holds(cells, group_ok, sizes or [n])
            as_joined = group_ok is not None and holds(joined, group_ok, sizes or [n])
            if as_joined and not as_printed:
                row.candidates = [tuple(parse_cell(t.raw).value for t in joined)]
                # the cell's raw text is what the page prints, line break and all (the grounding check reads it)
                row.cells = shown
                row.wrap_joined = True
                return row
            elif group_ok is None and cut:
                # no sum in the row to prove the join: the cut figures are not read, the row's other cells are
                row.left_unread = dict.fromkeys(cut, UNREAD_WRAPPED)
                row.candidates = [tuple(None if i in cut else parse_cell(t.raw).value for i, t in enumerate(cells))]
                return row
            elif not as_printed:
                row.problem = ("its figures fill the row's columns on one line and a bare figure opens the next: a "
                               "wrapped line may have cut its last figure, and nothing settles it") if not cut else (
                               "a figure cut over two lines by a wrapped line, and the row's sum does not hold with it "
                               "joined")
                row.cells = []
                return row
        parsed = [change_cell(t.raw) if i == signed_cell else parse_cell(t.raw) for i, t in enumerate(cells)]
        if wrap is None and group_ok is not None and text is not None and _open_at_line_end(text, cells) \
                and all(c.ok for c in parsed) and not holds(cells, group_ok, sizes or [n]):
            # a pipe row's last figure ends its line with its cell left open and the row's sums fail as printed: a
            # wrapped line may have cut it (its tail past a page's chrome); only that figure can be cut, the others
            # are closed by their pipes
            row.left_unread = {n - 1: UNREAD_OPEN}
            row.candidates = [tuple(None if i == n - 1 else c.value for i, c in enumerate(parsed))]
            return row
        row.candidates = [tuple(c.value for c in parsed)]
        if any(not c.ok for c in parsed):
            shown = tuple(i for i, c in enumerate(parsed) if not c.ok and unread_cell(c.raw)) if pictures else ()
            pairs = (signed_cell,) if signed_cell is not None and not parsed[signed_cell].ok \
                and CHANGE_PAIR.fullmatch(parsed[signed_cell].raw) else ()
            unsure = {i: ocr_reading(c.raw, cell=True) for i, c in enumerate(parsed)
                      if not c.ok and i not in shown and i not in pairs}
            if None in unsure.values() or len(shown) + len(pairs) == n:
                row.problem = "a cell holds text that is not a number"
                row.candidates = []
            else:
                row.pictures = shown        # (None in the reading: a test of the row's sums skips it as blank)
                row.left_unread = dict.fromkeys(pairs, UNREAD_PAIR)
                if unsure:          # (a picture beside it is a blank: no OCR'd figure of its group is proven)
                    row.candidates = [_ocr_proven(row, row.candidates[0], unsure, group_ok, sizes or [n])]
                    if group_ok is not None and not all(row.ocr.values()) and not _on_label_line(hit, cells, text):
                        # a figure the row's total cannot prove leaves the row unchecked, and an OCR'd table's
                        # figures on lines of their own can stand a line off their labels: none of it read (on
                        # the label's own line, the line places them: the row's other cells are read)
                        row.problem = ("an OCR'd figure (a letter among its digits) that its row's total does not prove: "
                                       "where the row's figures stand cannot be checked")
                        row.candidates, row.ocr = [], {}
        elif group_ok is not None:
            doubled = _doubled_figure(row.candidates[0], group_ok, sizes or [n])
            if doubled is not None:
                row.left_unread = {doubled: UNREAD_DOUBLED}
        return row
    printed = [t.raw for t in hit.cells if t.raw != ""]
    raw = [strip_money_unit(r.replace(",", "")) for r in printed]
    if hit.pipe_row and len(raw) == 1 and "\n" in raw[0] and (wrapped_run := CUT_CELL.fullmatch(raw[0])):
        # a pipe row's figures run together into one cell that a hard wrap then cut ('| 3171\n22845 |'): its digits are
        # the row's as one run (a split at the break is one of the readings its sums choose among)
        raw = ["".join(wrapped_run.groups())]
    # a footnote mark after a figure ("20[1]") or after a row's run-together digits ("0000000*") is none of its digits
    raw = [_MARK_END.sub("", r) for r in raw]
    # a pipe row's cells are explicit: too few of them is a missing cell, not digits run together — unless one cell
    # holds the whole row, at least a digit a column ('| 1202 |' for 12|0|2: the crawler dropped its separators), in
    # a row whose sums can refute a split (with none, '| 123 |' may as well be one figure, its blank cells left out)
    if raw and len(raw) < n and all(_RUN.match(r) for r in raw) and (allow_split or collapsed) and (
            not hit.pipe_row or group_ok is not None and _row_in_one_cell(hit, raw, n)):
        # one number per line with no line repeated: each printed value is a cell or a collapsed
        # run of equal cells, never several cells run together
        if collapsed:
            row.damage = COLLAPSED
            signed = frozenset(i for i, r in enumerate(printed) if r[:1] in "+增减") if signed_cell is not None else frozenset()
            twice = frozenset(i for i in range(len(raw) - 1) if raw[i] == raw[i + 1] and (
                printed[i] != printed[i + 1] or raw[i] in wide))
            found: Optional[list[tuple]] = collapsed_readings([parse_cell(r).value for r in raw], n, group_ok, sizes,
                                                              signed, signed_cell, twice)
            # no collapsed reading: the row's readings as figures run together (with any both damages give), once
            joined = joined_readings(raw, sizes or [n], group_ok, limit, signed_cell) if found == [] else None
            if joined:
                row.damage, found = RUN_TOGETHER, sorted(joined)
            elif joined == set() and text is not None and (
                    rejoined := wrap_rejoined(text, hit.cells, raw, lambda runs: sorted_or_none(joined_readings(
                        runs, sizes or [n], group_ok, limit, signed_cell)))):
                # the runs read no way as printed, and a hard wrap's break in them may have cut a figure: the one
                # choice of breaks joined that reads (as without a collapse, below)
                row.hit, row.damage, found = replace(hit, cells=rejoined[0]), RUN_TOGETHER, rejoined[1]
            elif found and _also_run_together(printed, raw, sizes or [n], group_ok, limit, signed_cell, found):
                # '规章' then '488769159' for three cells: a run of equal cells printed once, or the row's
                # figures run together (48|876|9159)? Both crawler damages exist; the row does not say which
                row.split = True
                row.candidates = []
                row.problem = ("its figures read both as collapsed runs of equal cells and as cells run together, "
                               "and which the crawler did the row does not settle")
                return row
        else:
            row.damage = RUN_TOGETHER
            # a figure printed with its thousands separators ("1,769") is one cell, never digits run together
            found = readings(raw, sizes or [n], group_ok, limit, signed_cell, whole := _whole_figures(printed))
            if found == [] and text is not None and group_ok is not None and not whole and (
                    rejoined := wrap_rejoined(text, hit.cells, raw, lambda runs: readings(
                        runs, sizes or [n], group_ok, limit, signed_cell))):
                row.hit, found = replace(hit, cells=rejoined[0]), rejoined[1]
        row.split = True
        if found is None:
            row.problem = f"too many readings of its {row.damage}"
        else:
            row.candidates = found
            if not found:
                row.problem = f"no reading of its {row.damage} satisfies the row's arithmetic"
                row.refuted = True
        return row
    apart = _figures_apart(hit, n, group_ok, sizes or [n], text)
    if apart is not None:
        row.hit, row.cells, row.candidates = replace(hit, note=FIGURES_APART), apart, [tuple(parse_cell(t.raw).value for t in apart)]
        return row
    if len(hit.cells) > n and len(same := {parse_cell(t.raw) for t in hit.cells}) == 1 \
            and (only := same.pop()).ok and only.value is not None:
        # more cells than columns, each the same figure ('行政处罚 | 0 | 0 | 0' under the one column of 2021's
        # header: the 2019 template's three cells kept): whichever of them are the row's, each column holds it
        row.hit, row.cells, row.candidates = replace(hit, note=SAME_CELLS), hit.cells[:n], [(only.value,) * n]
        return row
    row.problem = f"{len(hit.cells)} cells where the template has {n}"
    raw = [t.raw for t in hit.cells]
    if len(raw) == n + 1 and all(_DIGITS.fullmatch(r) for r in raw):
        # a scraper may have split one number in two ("1 2" for 12): keep the re-joined readings
        # that balance the row, as evidence for the checks — never as values
        for i in range(n):
            joined = raw[:i] + [raw[i] + raw[i + 1]] + raw[i + 2:]
            cand = tuple(to_number(x) for x in joined)
            if None in cand:
                continue
            if (len(raw[i + 1]) == 1 or raw[i] != "0") and (group_ok is None or _groups_hold(cand, group_ok, sizes or [n])):
                row.alternatives.append(cand)
    cut = _cut_at_line_breaks(text, hit.cells, n, group_ok, sizes or [n]) if text is not None and group_ok else None
    if cut is not None:
        # the figures a wrapped line cut ('… 1488 244' / '4 14892': no space either side of the break), the only
        # re-joining of the row that its sums hold with
        row.problem, row.alternatives = None, []
        row.candidates, row.cells, row.wrap_joined = [cut[0]], cut[1], True
    return row


SAME_CELLS = "more cells than the template's columns, every one the same figure: each column read as that figure"
FIGURES_APART = ("two figures in one cell, apart by a space or a line break (a crawler merged neighbouring cells): "
                 "each read as its own cell, as the row's sums prove")
_APART = regex.compile(r"\S+")


def _figures_apart(hit: RowHit, n: int, group_ok, sizes: list[int], text: Optional[str]) -> Optional[list[Token]]:
    """The cells of a pipe row short of its columns whose cells hold figures apart by white space ("| 1237 1493 |"):
    each figure its own cell, where that fills the row exactly and its sums hold (a space may also part a number's
    thousands: the sums decide, and a row with none is not read)."""
    if group_ok is None or text is None or len(hit.cells) >= n:
        return None
    out: list[Token] = []
    for t in hit.cells:
        parts = [Token(m.group(), t.start + m.start(), t.start + m.end()) for m in _APART.finditer(t.raw)]
        if len(parts) > 1 and (text[t.start:t.end] != t.raw or not all(_DIGITS.fullmatch(p.raw) for p in parts)
                               or not (hit.pipe_row or _piped(text, t))):
            return None
        out += parts or [t]
    return out if len(out) == n and holds(out, group_ok, sizes) else None


def _piped(text: str, t: Token) -> bool:
    """A cell between pipes however its row was gathered (table 四's cells under its header are no label's row)."""
    return text[max(0, t.start - 20):t.start].rstrip(" \t").endswith("|") and text[t.end:t.end + 20].lstrip(" \t")[:1] == "|"


# after a row's last figure: the line's end (no closing pipe), then a line that holds one bare figure (a closing
# pipe may follow it): the figure's tail, where a hard-wrapped line cut it ('… 306 0 68' / '9')
_WRAPPED_TAIL = regex.compile(r"[ \t]*\n\s*?([0-9]+)[ \t]*\|?[ \t]*(?:\n|$)")
# a cell (a pipe row wrapped at a fixed width: row_cells.wrapped_row_end) whose figure the line break cut: '207\n8'
# (or '207\n\n8': the blank line a crawler set after every line)
CUT_CELL = regex.compile(r"([0-9]+)[ \t]*\n(?:[ \t]*\n)?[ \t]*([0-9]+)")


def _wrapped(text: str, cells: list[Token]) -> Optional[tuple[list[Token], list[Token], list[int]]]:
    """A row whose figures a wrapped line cut: (its cells with each cut figure joined, the same cells with their text
    as printed, the indexes of the cells cut inside), or None. A figure is cut inside its cell (a pipe row's cell
    holding a line break between digits), or at the row's end: the row prints its figures on one line, the last one
    ends it, and a bare figure opens the next line (its tail; then the cut list is empty: the figure as printed is a
    reading too)."""
    cut = [i for i, t in enumerate(cells) if "\n" in t.raw and CUT_CELL.fullmatch(t.raw)]
    if cut:
        joined = [Token("".join(CUT_CELL.fullmatch(t.raw).groups()), t.start, t.end) if i in cut else t
                  for i, t in enumerate(cells)]
        return joined, cells, cut
    if len(cells) < 2 or not cells[-1].raw.isdigit() or not cells[-2].raw or "\n" in text[cells[-2].end:cells[-1].start]:
        return None
    tail = _WRAPPED_TAIL.match(text, cells[-1].end)
    if tail is None:
        return None
    last = cells[-1]
    return (cells[:-1] + [Token(last.raw + tail.group(1), last.start, tail.end(1))],
            cells[:-1] + [Token(text[last.start:tail.end(1)], last.start, tail.end(1))], [])


def _cut_at_line_breaks(text: str, tokens: list[Token], n: int, group_ok: Callable[[tuple], bool],
                        sizes: list[int]) -> Optional[tuple[tuple, list[Token]]]:
    """A row printed k figures more than its n columns, k pairs of its figures parted by a bare line break only (digits
    both sides: where a fixed-width wrap cut a figure): (its values with each pair joined, its cells with the joined
    ones' text as printed), where its sums hold so, with no other k pairs joined, and with no k figures dropped (a
    page's number or a stray figure among them); else None."""
    k = len(tokens) - n
    # (a footnote mark after the row's last figure is none of its digits: '… 25⏎5 22 193 1222※')
    bare = [_MARK_END.sub("", t.raw) for t in tokens]
    if not 0 < k <= 3 or not all(_DIGITS.fullmatch(r) for r in bare):
        return None
    # (or a blank line between, set by a crawler after every line, where the first ran to the wrap width)
    # (the next line may open with spaces: a page's chrome the loader blanked there, line break and all)
    at = [i for i, (a, b) in enumerate(zip(tokens, tokens[1:])) if text[a.end:b.start].rstrip(" ") == "\n" or
          text[a.end:b.start] == "\n\n" and cut_at_width(text, a.end)]
    if len(at) != k or any(j - i < 2 for i, j in zip(at, at[1:])):
        return None

    def joined(pairs) -> list[str]:
        raw = list(bare)
        for i in reversed(pairs):
            raw[i:i + 2] = [raw[i] + raw[i + 1]]
        return raw

    # a pipe between two figures parts two cells for certain: never joined (a space or a bare break may be a lost cut)
    joinable = [i for i, (a, b) in enumerate(zip(tokens, tokens[1:])) if "|" not in text[a.end:b.start]]
    apart = (pairs for pairs in combinations(joinable, k) if all(j - i >= 2 for i, j in zip(pairs, pairs[1:])))
    holding = [pairs for pairs, raw in ((pairs, joined(pairs)) for pairs in apart)
               if all(r == "0" or r[0] != "0" for r in raw) and _groups_hold(tuple(int(r) for r in raw), group_ok, sizes)]
    if holding != [tuple(at)] or any(_groups_hold(tuple(int(r) for i, r in enumerate(bare) if i not in drop),
                                                  group_ok, sizes) for drop in combinations(range(len(tokens)), k)):
        return None
    cells = list(tokens)
    for i in reversed(at):
        cells[i:i + 2] = [Token(text[cells[i].start:cells[i + 1].end], cells[i].start, cells[i + 1].end)]
    return tuple(int(r) for r in joined(at)), cells


# the tail of a pipe row's last figure that a wrap cut, on one of the next three lines: a bare figure closed by the pipe
# the line above lacks ('9 |'), the lines before it none of the row's (a page's chrome, a blank line); or the text's
# end (the loader cut a page's end at the chrome, the tail with it)
_OPEN_TAIL = regex.compile(r"[ \t]*(?:\n[^\n|]*){0,2}(?:\n[ \t]*[0-9]+[ \t]*\|[ \t]*(?:\n|$)|\s*\Z)")


def _open_at_line_end(text: str, cells: list[Token]) -> bool:
    """Whether the row's last cell is a figure after a pipe on its line with nothing after it on the line (no
    closing pipe), and a bare figure closed by a pipe follows a few lines down or the text ends (_OPEN_TAIL: a
    tab-separated row, never closed, has no such tail)."""
    last = cells[-1]
    return last.raw.isdigit() and "|" in text[text.rfind("\n", 0, last.start) + 1:last.start] and \
        _OPEN_TAIL.match(text, last.end) is not None


def _on_label_line(hit: RowHit, cells: list[Token], text: Optional[str]) -> bool:
    """Are the row's figures printed on its label's own line (unknown without the text: no)?"""
    first = next((t for t in cells if t.raw), None)
    return text is not None and first is not None and "\n" not in text[hit.label_end:first.start]


def _ocr_proven(row: RowRead, values: tuple, unsure: dict, group_ok, sizes: list[int]) -> tuple:
    """The row's cells with each OCR'd figure (a lookalike letter among its digits) read as the digits it looks
    like only where its group's arithmetic proves it: the group's one unsure cell, no blank beside it, the
    identity holding with that reading and failing with any other; else the cell is null."""
    cells = list(values)
    at = 0
    for size in sizes:
        group = range(at, at + size)
        inside = [i for i in unsure if i in group]
        # (a group's arithmetic is of counts: it never proves a negative reading, "-l" as -1)
        if group_ok is not None and len(inside) == 1 and all(cells[j] is not None for j in group if j != inside[0]) \
                and unsure[inside[0]] >= 0:
            i = inside[0]
            test = cells[at:at + size]
            test[i - at] = unsure[i]
            other = list(test)
            other[i - at] = unsure[i] + 1
            if group_ok(tuple(test)) and not group_ok(tuple(other)):
                cells[i] = unsure[i]
        at += size
    row.ocr = {i: cells[i] is not None for i in unsure}
    return tuple(cells)


UNREAD_PAIR = "its cell prints an increase and a decrease apart, not the year's change"
UNREAD_WRAPPED = ("its figure is cut over two lines (a wrapped line) and no sum in the row proves the two halves one "
                  "figure")
UNREAD_OPEN = ("its figure ends the line with its cell left open (no closing pipe), a bare figure closed by a pipe "
               "follows a few lines down (or the text ends), and the row's sums fail as printed: a wrapped line may "
               "have cut it")
UNREAD_DOUBLED = ("its figure reads as another printed twice over (33 for 3, 4545 for 45: a doubled text layer) and "
                  "the row's sum holds only with it once: its value is not settled")


def _doubled_figure(values: tuple, group_ok: Callable[[tuple], bool], sizes: list[int]) -> Optional[int]:
    """The one cell of a row failing its sum whose figure is another's digits twice over (a shadow or doubled
    text layer: 3 read 33) and with which once the sum holds; None if none or several."""
    if _groups_hold(values, group_ok, sizes):
        return None
    found = []
    for i, v in enumerate(values):
        digits = str(v) if isinstance(v, int) and v >= 11 else ""
        half = len(digits) // 2
        if digits and len(digits) % 2 == 0 and digits[:half] == digits[half:] \
                and _groups_hold(values[:i] + (int(digits[:half]),) + values[i + 1:], group_ok, sizes):
            found.append(i)
    return found[0] if len(found) == 1 else None


def _groups_hold(values: tuple, group_ok: Callable[[tuple], bool], sizes: list[int]) -> bool:
    at = 0
    for size in sizes:
        if not group_ok(values[at:at + size]):
            return False
        at += size
    return True


def _row_in_one_cell(hit: RowHit, raw: list[str], n: int) -> bool:
    """A pipe row of three cells or more printed as one cell of plain digits, as many as its columns or more."""
    return n >= 3 and len(hit.cells) == 1 and len(raw) == 1 and raw[0].isdigit() and len(raw[0]) >= n


def _whole_figures(printed: list[str]) -> frozenset:
    """Indexes of the figures printed with thousands separators ("1,769"): one cell each, never digits run together."""
    return frozenset(i for i, r in enumerate(printed) if "," in r and _GROUPED.fullmatch(r))


def _also_run_together(printed: list[str], raw: list[str], sizes: list[int], group_ok, limit: int,
                       signed_cell: Optional[int], collapsed: list[tuple]) -> bool:
    """Can a row whose one printed figure was read as a collapsed run also read as its figures run together, to
    other cells? Only a row printed as one figure: figures on lines of their own show where its cells part; and
    only a figure with at least as many digits as the row's cells (a lone '0' or '6' cannot be split); and only a
    row of three cells or more (a legacy row's 本年度 and 累计 printed once, '17', is far likelier collapsed)."""
    if len(raw) != 1 or sum(sizes) < 3 or len(raw[0]) < sum(sizes):
        return False
    split = readings(raw, sizes, group_ok, limit, signed_cell, _whole_figures(printed))
    return split is None or any(s not in collapsed for s in split)


def holds(cells: list[Token], group_ok: Callable[[tuple], bool], sizes: list[int]) -> bool:
    parsed = [parse_cell(t.raw) for t in cells]
    return all(c.ok for c in parsed) and _groups_hold(tuple(c.value for c in parsed), group_ok, sizes)


SPLIT_ONLY = "split of run-together digits: the only reading of this row"
SPLIT_INFERRED = "split of run-together digits inferred from the template's arithmetic (the row alone allows several readings)"
SPLIT_EVIDENCE = "split of run-together digits settled with a figure the text states (the arithmetic allows several readings)"


WRAP_JOINED = ("its figure goes on at the next line (a wrapped line cut it): read joined, as the "
               "row's sum proves")
COLLAPSE_ONLY = "collapsed run: the text prints a run of equal cells once; the only reading of this row"
COLLAPSE_INFERRED = ("collapsed run: the text prints a run of equal cells once; reading inferred from the "
                     "template's arithmetic (the row alone allows several readings)")
COLLAPSE_EVIDENCE = ("collapsed run: the text prints a run of equal cells once; reading settled with a figure "
                     "the text states")


def split_note(row: RowRead, row_id: str, outcome: Optional[Outcome] = None) -> Optional[str]:
    """What a user should know about how an inferred row's cells were settled."""
    if row.wrap_joined:
        return WRAP_JOINED
    if not row.split:
        return None
    collapsed = row.damage == COLLAPSED
    if outcome is not None and any(r == row_id for r, _ in outcome.evidence_used):
        return COLLAPSE_EVIDENCE if collapsed else SPLIT_EVIDENCE
    if len(row.candidates) == 1:
        return COLLAPSE_ONLY if collapsed else SPLIT_ONLY
    return COLLAPSE_INFERRED if collapsed else SPLIT_INFERRED


def settle(rows: dict[str, RowRead], constraints: list[Constraint],
           evidence: Optional[dict[tuple[str, int], float]] = None, limit: int = 20_000) -> Outcome:
    candidates = {rid: r.candidates for rid, r in rows.items() if r.candidates}
    return solve(candidates, constraints, evidence, limit)
