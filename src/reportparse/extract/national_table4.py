"""Table 四 (行政复议、行政诉讼) of the national templates: after its header row, printed transposed, or with its
header rows lost (fifteen figures in the template's order where R4 holds)."""
from __future__ import annotations

from itertools import combinations

import regex

from ..cells import parse_cell
from ..document import Document
from ..schema import TABLE4_GROUPS, TABLE4_OUTCOMES, template_markers
from .block_cells import block_cells, words_then_figures
from .left_out import placed_cells, unplaced
from .lost_cell import MERGED, MISSING, NOTE, one_cell_lost
from .national_emit import NationalTables, emit_values, sums_to
from .row_cells import Token
from .rows import LabelIndex, RowHit
from .solver import sums_to_last
from .collapsed_runs import collapsed_readings
from .tables import RowRead, read_row, settle, split_note
from .transposed import transposed_table4

_MARKERS = template_markers()
_T4_START = regex.compile(_MARKERS.starts["t4"])
# table 四's header, also when a converter cut its words apart ("结果结果其他尚未 … 维持纠正结果审结"):
# any run of the characters of its header words, and of the units its words carry (结果维持(件): a unit
# wrapped onto a line of its own under each word)
_T4_CHARS = frozenset("".join(_MARKERS.t4_words))
_T4_HEADER = regex.compile("(?:[" + regex.escape("".join(sorted(_T4_CHARS))) + r"|:\-]|\(?(?:"
                           + "|".join(map(regex.escape, _MARKERS.t4_units)) + r")\)?)+")


@sums_to_last
def group_total_ok(g: tuple) -> bool:
    """A table 四 group of five: 总计 (blank allowed) is the sum of the four outcomes."""
    return sums_to(g[:4], g[4])


def _r4_holds(cells: tuple) -> bool:
    """R4 in each of table 四's three groups of five."""
    return all(group_total_ok(cells[g:g + 5]) for g in (0, 5, 10))


def table4(doc: Document, index: LabelIndex, out: NationalTables, start: int, limit: int) -> None:
    first = None
    for m in index.find(_T4_START, start):
        first = first or m
        header = _T4_HEADER.match(index.compact, index.to_compact(m[0]))
        if header is not None and all(_in_order(w, header.group()) for w in _MARKERS.t4_must):
            break
    else:
        if first is not None:
            _transposed(doc, out, first[0], limit)
        if first is not None and out.t4 is None:
            _headerless(doc, out, first[1], limit)
        if out.t4 is None and not any(w.startswith("table 四") for w in out.warnings):
            # never silent: a template report whose table 四 gave nothing says so
            out.warnings.append("table 四: neither its header row nor its headings with figures were found after "
                                "table 三; not read" if first is not None else
                                "table 四 (行政复议、行政诉讼) was not found; not read")
        return
    words = header.group().rstrip("|:-")             # pipes after the last header word open the value row
    head_end = index.to_doc(header.start() + len(words) - 1) + 1
    # two cells more than the table has are looked for: a figure among them that is none of its cells
    # (a page number between cell lines) is then found by R4, or the table is not read
    passed: list[str] = []
    tokens, pipe, stop = block_cells(doc.text, head_end, len(doc.text), _T4_CHARS, 17, passed)
    tokens = _padding_dropped(tokens, pipe)
    if not pipe and 15 < len(tokens) <= 17:
        tokens = _without_strays(doc.text, out, tokens)
    if not pipe and len(tokens) < 15 and (words := words_then_figures(doc.text, stop)):
        # (read short, its runs collapsed or a cell lost, the figures past the words would be another table's)
        out.warnings.append(f"table 四: {len(tokens)} figures, then a line of other text ('{words}') and more figures "
                            "(the table cut by a page's chrome?); not read")
        return
    if passed and not _r4_proves(tokens, out.collapsed):
        out.warnings.append(f"table 四: a line of other text ('{passed[0]}') among its figures, and R4 does not "
                            "prove the figures read past it; not read")
        return
    if passed:
        out.warnings.append(f"table 四: a line of other text ('{passed[0]}') among its figures passed over (a page's "
                            "furniture): R4 holds with the figures past it")
    if not any(t.raw for t in tokens):
        out.warnings.append("table 四: its header was found but no value after it; not read")
        return
    hit = RowHit(spec=None, label=_T4_LABEL, label_start=m[0], label_end=head_end,
                 cells=tokens, pipe_row=False, region_end=stop)
    # more than 15 figures (a line of 16): which 15 are the table's is unknown, never the first 15 (a
    # figure before them shifts every column); read_row says the row does not fit
    _read_table4(doc, out, hit, m[0], limit)


def _padding_dropped(tokens: list[Token], pipe: bool) -> list[Token]:
    """A pipe block of fifteen figures then blank cells only: without the blanks, which a converter's padding of every
    row to its table's widest leaves ('51 | 41 | … | 161 | ||'). Only where all fifteen are printed: a row with a blank
    among them may be one a cell short (a cell dropped), whose blanks past the figures say nothing of where."""
    if pipe and len(tokens) > 15 and all(t.raw for t in tokens[:15]) and not any(t.raw for t in tokens[15:]):
        return tokens[:15]
    return tokens


def _without_strays(text: str, out: NationalTables, tokens: list[Token]) -> list[Token]:
    """Table 四's cells when more figures than 15 stand after its header, one a line (a page number between
    them): the 15 left by the one way of dropping the extra figures under which R4 holds in all three
    groups; else all (read_row refuses them, as it does a line of 16: a figure among others is no stray)."""
    parsed = [parse_cell(t.raw) for t in tokens]
    alone = [i for i, t in enumerate(tokens) if _line_of(text, t.start).strip() == t.raw]
    if not all(p.ok for p in parsed) or len(alone) < len(tokens):
        return tokens
    readings: dict[tuple, tuple] = {}
    for drop in combinations(range(len(tokens)), len(tokens) - 15):
        keep = tuple(i for i in range(len(tokens)) if i not in drop)
        cells = tuple(parsed[i].value for i in keep)
        if None not in cells and _r4_holds(cells):
            readings.setdefault(cells, drop)
    if len(readings) != 1:
        out.warnings.append(f"table 四: {len(tokens)} figures after its header where it has 15, which R4 does not "
                            "settle; not read")
        return tokens
    drop = next(iter(readings.values()))
    out.warnings.append(f"table 四: {len(tokens)} figures after its header where it has 15; R4 holds only without "
                        + ", ".join(f"'{tokens[i].raw}'" for i in drop) + " (a page number?), read so")
    return [t for i, t in enumerate(tokens) if i not in drop]


def _r4_proves(tokens: list[Token], collapsed: bool = False) -> bool:
    """Whether R4 holds in all three groups with the figures read: fifteen, or in a text that may print a run of
    equal lines once, fewer that some reading of them as runs fills (read_row reads the table where one does)."""
    cells = [parse_cell(t.raw) for t in tokens]
    if not all(c.ok and c.value is not None for c in cells):
        return False
    values = [c.value for c in cells]
    if len(cells) == 15:
        return _r4_holds(tuple(values))
    return collapsed and len(cells) < 15 and bool(collapsed_readings(values, 15, group_total_ok, [5, 5, 5]))


def _line_of(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end]


_T4_LABEL = "行政复议、行政诉讼"
_TRANSPOSED = "table 四 printed transposed: each figure read after its group and outcome headings"


def _transposed(doc: Document, out: NationalTables, start: int, limit: int) -> None:
    """Table 四 with its headings as rows (no header row of the fifteen columns)."""
    table, problem = transposed_table4(doc.text, start, len(doc.text))
    if problem:
        out.warnings.append(problem)
    if table is None:
        return
    # the cells are explicit (one per heading, a blank one null): read as a pipe row is
    hit = RowHit(spec=None, label=_T4_LABEL, label_start=table.start, label_end=table.start, cells=table.cells,
                 pipe_row=True, region_end=table.stop, note=_TRANSPOSED)
    _read_table4(doc, out, hit, table.start, limit)


_HEADERLESS = ("its header row not printed: the fifteen figures after its heading read in the template's order, "
               "as R4 holds in each group of five")


def _headerless(doc: Document, out: NationalTables, start: int, limit: int) -> None:
    """Table 四 whose header rows a crawler lost: fifteen figures right after its heading, read in the template's
    order only where R4 holds in each group of five (every figure printed, none unsure)."""
    line_end = doc.text.find("\n", start)
    if line_end < 0:
        return
    tokens, pipe, stop = block_cells(doc.text, line_end, len(doc.text), _T4_CHARS, 16)
    tokens = _padding_dropped(tokens, pipe)
    parsed = [parse_cell(t.raw) for t in tokens]
    if len(tokens) != 15 or not all(c.ok and c.value is not None for c in parsed):
        return
    values = [c.value for c in parsed]
    if not all(values[g + 4] is not None and group_total_ok(tuple(values[g:g + 5])) for g in (0, 5, 10)):
        return
    hit = RowHit(spec=None, label=_T4_LABEL, label_start=tokens[0].start, label_end=tokens[0].start, cells=tokens,
                 pipe_row=pipe, region_end=stop, note=_HEADERLESS)
    _read_table4(doc, out, hit, tokens[0].start, limit)


def _read_table4(doc: Document, out: NationalTables, hit: RowHit, start: int, limit: int) -> None:
    stop = hit.region_end
    # cut group by group: R4 prunes each group of five before the next is tried
    r4 = group_total_ok
    r = unplaced(doc, hit, 15) or read_row(hit, 15, r4, limit, allow_split=not placed_cells(doc, hit),
                                           collapsed=out.collapsed, sizes=[5, 5, 5], pictures=True,
                                           text=doc.text)
    keys = [f"{g}.{o}" for g in TABLE4_GROUPS for o in TABLE4_OUTCOMES]
    if not r.candidates and (not out.collapsed or r.refuted) and (lost := one_cell_lost(
            hit, 15, _r4_holds, not placed_cells(doc, hit), sizes=[5, 5, 5])):
        out.t4 = lost
        out.regions.append((start, stop))
        _groups_settled(doc, out, lost, keys)
        return
    if r.problem:
        out.warnings.append(f"table 四: {r.problem}; not read")
    out.t4 = r
    out.regions.append((start, stop))
    outcome = settle({"t4": r}, [], None, limit)
    values = outcome.values.get("t4")
    if values is not None:
        emit_values(doc, out, r, keys, [None] * 15, values, split_note(r, "t4", outcome))


def _groups_settled(doc: Document, out: NationalTables, r: RowRead, keys: list[str]) -> None:
    """Table 四 one figure short (lost_cell.one_cell_lost's readings, R4 in all three groups): no identity ties one
    group to another, so a group is read where every reading gives it alike, cell by cell (the lost cell itself
    never: its value is said), and the others stay unread."""
    settled, unsettled = [], []
    for g, name in zip((0, 5, 10), TABLE4_GROUPS):
        alike = {(c[g:g + 5], tuple((t.raw, t.start) for t in f[g:g + 5])) for c, f in zip(r.candidates, r.fits)}
        (settled if len(alike) == 1 else unsettled).append((g, name))
    if unsettled:
        out.warnings.append("table 四: one figure short (a crawler dropped a cell); where it stands in group(s) "
                            + ", ".join(n for _, n in unsettled) + " R4 does not settle; not read")
    fit, values = r.fits[0], r.candidates[0]
    note = NOTE if any(not t.raw for f in r.fits for t in f) else MERGED
    for g, _ in settled:
        part = RowRead(r.hit, 5, cells=fit[g:g + 5], candidates=[values[g:g + 5]])
        part.left_unread = {i: MISSING.format(v=values[g + i]) for i in range(5) if not fit[g + i].raw}
        emit_values(doc, out, part, keys[g:g + 5], [None] * 5, list(values[g:g + 5]), note)


def _in_order(word: str, run: str) -> bool:
    """The word's characters in order in a run of header characters: a narrow column wraps a
    header word character by character, so a PDF's text prints "总" on one line and "计" on the next,
    with the other columns' pieces between them."""
    at = 0
    for c in word:
        at = run.find(c, at) + 1
        if not at:
            return False
    return True
