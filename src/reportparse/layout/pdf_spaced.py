"""Digits spaced apart in a borderless table: one letter-spaced figure, or one figure per column?

WPS and Word space a cell's characters evenly to justify or distribute them (the Tc operator,
"tracked" numerals), so `1 2 3 4` can be the figure 1234 whose digits stand farther apart than the
gap between two cells. One-digit figures in columns that narrow look the same. pdf_lines.letter_spaced
joins the digits of one even run; pdf_aligned.py finds the table's columns with them as one figure
each, and asks here whether the table says so:

- the header's bottom-level words name as many columns as the figures make, or one header word
  stands over the digits and over no other column: one column (one-digit columns have a header
  word each, more than the joined figures make columns);
- no header word over them, and a row of the table with one figure set tight over them, or with spaced
  digits over them standing between their digits' places (a figure of another length, centred or
  flush in the column: one-digit columns hold every row's digits at the same places): the same;
- any row with two figures over them, or two header words: a column boundary runs between the
  digits; the joined figure out of line with its column's other figures (flush right, centred or
  flush left; with no other figure in its column, its header word's centre): it may have taken a
  digit of the neighbouring cell; nothing else: the page does not say.

What is not settled is not read: the row keeps its label only, and a note says so (never a value
per digit, never a guess at the joined number). Digits under the header words are joined or split
first, before the columns are found (pdf_spaced_split.py).
"""
from __future__ import annotations

from typing import Optional

from .pdf_settings import ALIGN_SHARE


def unsettled_rows(rows, leaves: list[tuple[float, float]], columns, evidence: int,
                   rows_columns: Optional[int] = None, lines=(), line_figures: int = 0,
                   step_figures: int = 0, headless_rows: int = 0, lone_line: int = 0) -> set[int]:
    """The rows (indices) holding spaced digits that the table does not settle as one figure:
    first those with a column boundary between their digits, then the rest against the columns
    (`columns(spans)`) of the other figures (`evidence`: PDFLayoutSettings.row_line_evidence;
    `rows_columns`: its rows_line_columns, None to not look at the rows together; `lines`: the
    edge lines the page's tables read before keep (told_lines), a row of `line_figures` at least
    on them settled: PDFLayoutSettings.told_line_figures, 0 to not look; `step_figures`: a table of
    one row with no header word, its figures at one step, settled: row_step_figures, 0 to not look;
    `headless_rows`: two rows or more of as many figures, at least these, with no header word, at
    one step and the same places, settled: headless_row_figures, 0 to not look; `lone_line`: a row of
    one figure under one header word on an edge line this many settled figures keep, settled:
    told_line_lone, 0 to not look)."""
    spaced = [(k, r) for k, row in enumerate(rows) for r in row.figures if r.spaced]
    if not spaced:
        return set()
    bad = {id(r) for _, r in spaced if conflicts(r, rows, leaves)}
    cols = columns([(r.x0, r.x1) for row in rows for r in row.figures if id(r) not in bad])
    given = (evidence, rows_columns, lines, line_figures, step_figures, headless_rows, lone_line)
    return {k for k, r in spaced if id(r) in bad or not one_figure(r, rows, leaves, cols, given)}


def conflicts(run, rows, leaves: list[tuple[float, float]]) -> bool:
    """Does the table say a column boundary runs between the spaced digits of `run`: another row
    with two figures over them, or two header words?"""
    x0, x1 = run.x0, run.x1
    for row in rows:
        if sum(1 for r in row.figures if r is not run and r.x0 < x1 and x0 < r.x1) > 1:
            return True
    return sum(1 for a, b in leaves if a < x1 and x0 < b) > 1


def one_figure(run, rows, leaves: list[tuple[float, float]], cols: list[list[float]], evidence: tuple) -> bool:
    """Does the table (its rows of figures, its bottom-level header words, its columns without the
    digits in conflict) settle that the spaced digits of `run` (not in conflict) are one figure?"""
    if not leaves and (_row_stepped(rows, ALIGN_SHARE * run.h, evidence[4])
                       or _rows_stepped(run, rows, ALIGN_SHARE * run.h, evidence[5], evidence[2])):
        return True                     # (a table's rows continued under its header on the page before)
    if not _in_line(run, rows, leaves, evidence):
        return False
    if leaves and len(leaves) == len(cols):
        return True                     # the header names as many columns as the figures make
    if not leaves and _stepped_columns(rows, ALIGN_SHARE * run.h, evidence[5]) == len(cols):
        return True                     # ... or, with no header word, its stepped rows (_rows_stepped)
    x0, x1 = run.x0, run.x1
    words = [(a, b) for a, b in leaves if a < x1 and x0 < b]
    if words:
        # its header word heads its column alone (a word over two columns of figures says the
        # figures found the columns wrongly: digits of neighbouring cells run together)
        a, b = words[0]
        return sum(1 for c0, c1 in cols if a < c1 and c0 < b) == 1
    # no header word over it: a figure set tight over it in another row (its column's width), or
    # spaced digits of another row over it standing off its digits' places (a figure of another
    # length centred or flush in the column): one-digit columns would hold every row's digits at the
    # same places
    return any((not r.spaced or r is not run and _off_grid(run, r)) and r.x0 < x1 and x0 < r.x1
               for row in rows for r in row.figures)


def _off_grid(run, other) -> bool:
    """Do digits of `other` (spaced) stand between the places of `run`'s digits, off them by more than
    a third of their pitch, within `run`'s span? (Both have two digits at least.)"""
    mids = [(it.x0 + it.x1) / 2 for it in run.items]
    if len(mids) < 2 or len(other.items) < 2:
        return False
    pitch = (mids[-1] - mids[0]) / (len(mids) - 1)
    return any(mids[0] <= m <= mids[-1] and min(abs(m - a) for a in mids) > pitch / 3
               for m in ((it.x0 + it.x1) / 2 for it in other.items))


_EDGES = (lambda a, b: b, lambda a, b: (a + b) / 2, lambda a, b: a)     # right, centre, left


def _in_line(run, rows, leaves: list[tuple[float, float]], evidence: tuple) -> bool:
    """Does the joined figure stand in its column as the column's other figures do? Their
    alignment is the edge (right, centre, left) most of them share; a chain that took a digit of
    the neighbouring cell sticks out of it by a digit. Where the others do not tell one edge (a
    single other figure, or as many in line one way as another), the header word over the figure
    must be centred on it too (centred figures), or the table's rows of figures stand one edge at
    the same places (_rows_in_line: a part of two rows, figures set flush); with no other figure in
    its column, the header word or its row's figures in line with each other (_row_in_line: a table
    of one row, figures set flush). Either way, its row's figures standing on the edge lines the
    page's tables read before keep settle it too (_on_lines: a part of one row under parts read).
    Where every other figure of its column stands at both its edges, it sticks out of none of them:
    in line. `evidence`: (row_line_evidence, rows_line_columns, told lines, told_line_figures)."""
    tol = ALIGN_SHARE * run.h
    centre = (run.x0 + run.x1) / 2
    headed = any(a < run.x1 and run.x0 < b and abs((a + b) / 2 - centre) <= tol for a, b in leaves)
    others = [r for row in rows for r in row.figures if r is not run and r.x0 < run.x1 and run.x0 < r.x1]
    if not others:
        return (headed or _row_in_line(run, rows, leaves, tol, evidence[0])
                or _on_lines(run, rows, leaves, tol, evidence))
    if all(abs(r.x0 - run.x0) <= tol and abs(r.x1 - run.x1) <= tol for r in others):
        return True                     # (both edges shared: in line whichever edge the column keeps)
    lines = []
    for edge in _EDGES:
        at = sorted(edge(r.x0, r.x1) for r in others)
        line = at[len(at) // 2]
        lines.append((sum(1 for x in at if abs(x - line) <= tol), edge, line))
    top = max(agree for agree, _, _ in lines)
    tied = [(edge, line) for agree, edge, line in lines if agree == top]
    if 2 * top <= len(others) or not any(abs(edge(run.x0, run.x1) - line) <= tol for edge, line in tied):
        return False
    return (len(tied) == 1 or headed or evidence[1] is not None and _rows_in_line(run, rows, leaves, tol, evidence[1])
            or _on_lines(run, rows, leaves, tol, evidence))


def _steps(figures, leaves: list[tuple[float, float]]):
    """The places of each edge (right, centre, left) of a row's figures, left to right, where they
    stand one nearest each header word, in order; else None."""
    figures = sorted(figures, key=lambda r: r.x0)
    mids = [(r.x0 + r.x1) / 2 for r in figures]
    for k, (a, b) in enumerate(sorted(leaves, key=lambda w: w[0] + w[1])):
        if min(range(len(mids)), key=lambda j: abs(mids[j] - (a + b) / 2)) != k:
            return None
    return [[edge(r.x0, r.x1) for r in figures] for edge in _EDGES]


def _one_step(at: list[float], tol: float) -> bool:
    steps = [y - x for x, y in zip(at, at[1:])]
    return max(steps) - min(steps) <= tol


def _row_in_line(run, rows, leaves: list[tuple[float, float]], tol: float, evidence: int) -> bool:
    """Do the figures of `run`'s row, as many as the header's bottom-level words and `evidence` at
    least, stand one to a word (each word's nearest figure the one of its place) and one edge of
    each (right, centre or left) at one step, to `tol`? Equal columns, their figures set flush or
    centred: a chain that took a digit of the neighbouring cell sticks out of that step by a digit,
    and one-digit figures of narrower columns would be more than the words."""
    row = next((row for row in rows if any(r is run for r in row.figures)), None)
    if row is None or len(row.figures) != len(leaves) or len(leaves) < evidence:
        return False
    edges = _steps(row.figures, leaves)
    return edges is not None and any(_one_step(at, tol) for at in edges)


def _row_stepped(rows, tol: float, least: int) -> bool:
    """Is the table one row of figures, no header word over it (its header left at the foot of the
    page before: table 四's one row), at least `least` figures (0: never) whose one edge (right,
    centre or left) stands at one step, to `tol`? The row shows its equal columns by itself: a chain
    that took a digit of the neighbouring cell sticks out of that step by a digit, and chains cut
    one digit off each figure leave a lone digit at each end, off the step too."""
    full = [row for row in rows if row.figures]
    if not least or len(full) != 1 or len(full[0].figures) < least:
        return False
    figures = sorted(full[0].figures, key=lambda r: r.x0)
    return any(_one_step([edge(r.x0, r.x1) for r in figures], tol) for edge in _EDGES)


def _rows_stepped(run, rows, tol: float, least: int, told=()) -> bool:
    """Does the table, no header word over it (its part's header left at the foot of the page
    before), hold two rows or more of as many figures, `least` at least, `run`'s row among them,
    one edge of each at one step and at the same places row under row, to `tol`? Equal columns
    shown by the rows themselves, as _rows_in_line's under their header words: a chain that took a
    digit of the neighbouring cell sticks out of the step by a digit, and the rows of another count
    (a one-figure row of a part under them) say nothing either way. The rows the page's tables and
    the page before's settled (`told`: ToldLines) count too: a row alone at the top of a page under
    its table's rows read at the foot of the page before."""
    row = next((row for row in rows if any(r is run for r in row.figures)), None)
    n = 0 if row is None else len(row.figures)
    if n < least:
        return False
    full = [row.figures] + [r.figures for r in rows if r is not row and len(r.figures) == n]
    # (told rows only where the table has no other row of its count: its own rows say first)
    return _alike(full, tol) if len(full) > 1 else told_row(row.figures, told, tol, least)


def _stepped_columns(rows, tol: float, least: int) -> int:
    """The count of figures of the table's rows that stand as _rows_stepped's (two rows or more of
    as many figures, `least` at least, at one step and the same places): the columns they show,
    as header words name theirs; 0 where no rows do."""
    counts = {len(r.figures) for r in rows if len(r.figures) >= least}
    shown = [n for n in counts if _alike([r.figures for r in rows if len(r.figures) == n], tol)]
    return shown[0] if len(shown) == 1 else 0


def told_row(figures, told, tol: float, least: int) -> bool:
    """Do a row's figures, `least` at least, stand at the places of a row as many settled before
    (`told`: ToldLines), one edge of each at one step, to `tol`? (A table's row alone at the top of
    a page, under its rows read at the foot of the page before: _rows_stepped.)"""
    if len(figures) < least or not hasattr(told, "rows"):
        return False
    return any(_alike([figures, r], tol) for r in told.rows() if len(r) == len(figures))


def _alike(full, tol: float) -> bool:
    """Two rows of figures or more (as many each), one edge of each at one step and at the same
    places row under row, to `tol`."""
    if len(full) < 2:
        return False
    places = [_steps(r, ()) for r in full]
    return any(_one_step(places[0][e], tol) and all(abs(x - y) <= tol for p in places[1:]
                                                     for x, y in zip(p[e], places[0][e]))
               for e in range(len(_EDGES)))


def _rows_in_line(run, rows, leaves: list[tuple[float, float]], tol: float, columns: int) -> bool:
    """Do `run`'s row and every other row of the table with as many figures as the header's
    bottom-level words (`columns` at least: a part of table 二, two rows of three figures) stand one
    to a word, one edge of each at one step and at the same places row under row, to `tol`? A figure
    set flush in its column shares its edge with the figure of another length under it and not the
    other edges, so a column of two does not tell which edge it keeps: the rows do, together. A chain
    that took a digit of the neighbouring cell sticks out of its column by a digit."""
    full = [row for row in rows if len(row.figures) == len(leaves)]
    if len(leaves) < columns or len(full) < 2 or not any(r is run for row in full for r in row.figures):
        return False
    places = [_steps(row.figures, leaves) for row in full]
    if any(p is None for p in places):
        return False
    for e in range(len(_EDGES)):
        first = places[0][e]
        if _one_step(first, tol) and all(abs(x - y) <= tol for p in places[1:] for x, y in zip(p[e], first)):
            return True
    return False


def told_lines(figures) -> list[tuple[int, float]]:
    """(edge, x) of each edge line (0 right, 1 centre, 2 left) that figures of two lengths or more
    share, to ALIGN_SHARE of their height: a column's edge (flush right, centred or flush left) as the
    settled figures of the page's tables read keep it, a part's figures with the other parts'."""
    out = []
    for e, edge in enumerate(_EDGES):
        at = sorted((edge(r.x0, r.x1), r.x1 - r.x0, ALIGN_SHARE * r.h) for r in figures)
        i = 0
        while i < len(at):
            j = i + 1
            while j < len(at) and at[j][0] - at[j - 1][0] <= at[j][2]:
                j += 1
            widths = [w for _, w, _ in at[i:j]]
            if max(widths) - min(widths) > at[i][2]:
                out.append((e, at[(i + j) // 2][0]))
            i = j
    return out


class ToldLines:
    """told_lines of the figures read so far, worked out when first asked: most tables hold no spaced
    digits and never ask (the list goes on growing: only its first `len` at the making count)."""

    def __init__(self, figures: list):
        self._figures, self._n, self._lines = figures, len(figures), None

    def _get(self) -> list:
        if self._lines is None:
            self._lines = told_lines(self._figures[:self._n]) if self._n else []
        return self._lines

    def __bool__(self) -> bool:
        return bool(self._get())

    def __iter__(self):
        return iter(self._get())

    def keeping(self, e: int, x: float, tol: float) -> int:
        """How many of the figures read so far stand with their edge `e` (0 right, 1 centre, 2 left) at `x`, to `tol`."""
        return sum(1 for r in self._figures[:self._n] if abs(_EDGES[e](r.x0, r.x1) - x) <= tol)

    def rows(self) -> list[list]:
        """The figures read so far, row by row (a table's settled rows are added one after another,
        each left to right: a row ends where the next figure stands left of it or on another line)."""
        out: list[list] = []
        for r in self._figures[:self._n]:
            if out and r.x0 > out[-1][-1].x0 and abs(r.top - out[-1][-1].top) <= ALIGN_SHARE * r.h:
                out[-1].append(r)
            else:
                out.append([r])
        return out


def _on_lines(run, rows, leaves: list[tuple[float, float]], tol: float, evidence: tuple) -> bool:
    """Do the figures of `run`'s row stand on the edge lines the page's tables read before keep
    (`evidence[2]`, `evidence[3]`: row_on_lines)?"""
    row = next((row for row in rows if any(r is run for r in row.figures)), None)
    return row is not None and row_on_lines(row.figures, leaves, evidence[2], evidence[3], tol, evidence[6])


def row_on_lines(figures, leaves: list[tuple[float, float]], lines, least: int, tol: float, lone: int = 0) -> bool:
    """Do a row's figures, as many as the header's bottom-level words (`least` at least; 0: never),
    one nearest each in order, stand one edge each on an edge line of `lines` (told_lines of the
    page's tables read before), the same edge for all, to `tol`? The parts of one table (the 2019
    table 二's, each under its header) keep its columns' edges: a part of one row shows no edge of
    its own, and a chain that took a digit of the neighbouring cell stands off the lines by a
    digit, its neighbour too. A row of one figure under one header word (table 二's 收费 part: a
    part of one cell) is settled so where its edge line is kept by `lone` settled figures at least
    (0: never): a chain of two cells' figures would need two header words."""
    if not lines or len(figures) != len(leaves):
        return False
    if len(figures) == 1 and lone and isinstance(lines, ToldLines):
        at = [edge(figures[0].x0, figures[0].x1) for edge in _EDGES]
        return any(f == e and abs(at[e] - y) <= tol and lines.keeping(e, y, tol) >= lone
                   for f, y in lines for e in range(len(_EDGES)))
    if not least or len(leaves) < least:
        return False
    edges = _steps(figures, leaves)
    return edges is not None and any(all(any(f == e and abs(x - y) <= tol for f, y in lines) for x in at)
                                     for e, at in enumerate(edges))


def shown(run) -> str:
    """The digits as they stand on the page (spaced), for a note."""
    return " ".join(it.text for it in run.items)


def rows_note(page: int, labels: list[str], runs) -> str:
    """One note for the rows of a table whose spaced digits were not read."""
    rows = ", ".join(f"'{label}'" for label in labels[:3]) + (", …" if len(labels) > 3 else "")
    digits = ", ".join(f"'{shown(r)}'" for r in runs[:3]) + (", …" if len(runs) > 3 else "")
    return (f"page {page}: {len(labels)} table row{'s' if len(labels) > 1 else ''} ({rows}) set digits spaced "
            f"apart ({digits}) that may be one figure or one per column, which the table's columns do not "
            "settle: their figures were not read")


def _listed(runs) -> str:
    return ", ".join(f"'{shown(r)}'" for r in runs[:4]) + (", …" if len(runs) > 4 else "")


def loose_note(runs, page: int, beside=()) -> list[str]:
    """One note for the spaced figures of a page that no table took, and the figures on their lines
    (their text is left out)."""
    if not runs:
        return []
    also = (f", nor the figures beside them on their lines ({_listed(beside)}), whose cells they leave "
            "unsettled" if beside else "")
    return [f"page {page}: digits spaced apart outside any table read ({_listed(runs)}) may be one figure or "
            f"several; they were not read{also}"]
