"""The 2008–2018 appendix tables (附表 / 统计表): label rows with one or two value columns."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from ..document import Document
from ..model import Indicator
from ..patterns import (CHINESE_ORDINAL, FIGURE_LINE, NUMBER_WITH_MONEY, PROSE_UNITS, UNIT_WORDS, LazyPattern,
                        letter_spaced)
from ..schema import RowSpec, legacy_sum_rows, row_specs
from .legacy_columns import (CODE_HEADER, COLUMN, PERIODS, TITLE_LINE, code_column, grid_columns, keep_columns, keep_grid,
                             value_columns)
from .cut_end import next_head_cut
from .fragments import past_chrome
from .legacy_flat import flattened
from .label_halves import halves_near, unfilled_halves, unproven_halves
from .pairing import settle_pairs
from .left_out import unplaced
from .dedup import may_be_deduped, proven_rows, unsure_sums
from .line_damage import WRAPPED_NOTE, may_be_collapsed, on_lines_of_their_own, stripped_lines, wrapped_figure
from .row_cells import Token
from .rows import LabelIndex, RowHit, find_rows
from .solver import Constraint
from .split_spans import cell_spans
from .tables import COLLAPSED, RowRead, read_row, settle, split_note
from .values import RowValues

_HEADER = regex.compile(r"指\s*标\s*名\s*称|统计指标|统计表|统计报表|附表|计量单位")
_CUMULATIVE_HEADER = regex.compile(r"(?<!本[ \t]*年[ \t]*)累\s*计")
# a list line that names each figure's period itself, one row a line and no table around it
# ("主动公开政府信息数:本年度1234条,累计5678条", "…数 本年 57 件、累计 213 件"): 本年累计 and prose
# after the figures are no such line (the line must end after them)
_PERIOD_FIGURE = (r"(?P<{p}>(?:历\s*年\s*)?累\s*计|本\s*年\s*度?(?!\s*累)|本\s*期|今\s*年|当\s*年)(?:\s*数)?[ \t]*:?[ \t]*(?:共|为)?[ \t]*"
                  r"(?P<{p}_n>" + NUMBER_WITH_MONEY + r")[ \t]*(?:" + "|".join(UNIT_WORDS) + r")?")
_PERIOD_LINE_SOURCE = (r"[ \t]*:?[ \t]*" + _PERIOD_FIGURE.format(p="a") + r"(?:[ \t]*[,;、][ \t]*|[ \t]+)?(?:"
                       + _PERIOD_FIGURE.format(p="b") + r")?[ \t]*[。;,]?[ \t]*(?=\n|$)")
# (a legacy table's patterns: compiled on a legacy report's first use, not at import)
_PERIOD_LINE = LazyPattern(_PERIOD_LINE_SOURCE)
_PERIOD_NOTE = "a list line naming each figure's period (本年度 … 累计 …)"
_CONTINUED = regex.compile(r"\n[ \t]*[0-9]+(?![0-9]*[.、,)])")     # digits going on, no row number
_GAP = 400
# a count's unit in prose: the vocabulary's unit words' characters, and the sentences' own (当面申请1宗，占10%)
_UNITS = frozenset("".join(UNIT_WORDS + PROSE_UNITS))
_SENTENCE_MARKS = ",.。;、:)(!?"            # characters between two rows of one table at most


@dataclass
class LegacyTable:
    indicators: list[Indicator] = field(default_factory=list)
    region: tuple[int, int] = (0, 0)
    warnings: list[str] = field(default_factory=list)
    columns: int = 0


def _in_sentence(text: str, hit: RowHit) -> bool:
    """A label and number inside prose ("通过政府网站公开2590件，") is not a table row."""
    pos = hit.cells[-1].end
    while pos < len(text) and (text[pos] in " \t" or text[pos] in _UNITS):
        pos += 1
    return pos < len(text) and text[pos] in _SENTENCE_MARKS


def _period_line(text: str, hit: RowHit) -> bool:
    """Whether the rest of a label's line is its figures, each after the period it names (at most
    one of each): its cells are then set to (this year's, the cumulative), a blank for a period
    the line does not name."""
    m = _PERIOD_LINE.match(text, hit.label_end)
    if m is None:
        return False
    last = max(m.end(g) for g in ("a_n", "b_n") if m.group(g) is not None)
    if not text[last:m.end()].strip() and _CONTINUED.match(text, m.end()):
        return False            # a line break inside its last figure ("本年度16" over "92条"): not such a line
    found: dict[str, Token] = {}
    for p in ("a", "b"):
        if m.group(p) is None:
            continue
        period = "cumulative" if "计" in m.group(p) else "year"
        if period in found:
            return False
        found[period] = Token(m.group(p + "_n"), m.start(p + "_n"), m.end(p + "_n"))
    hit.cells = [found.get(p) or Token("", m.end(), m.end()) for p in PERIODS]
    hit.pipe_row, hit.region_end = True, m.end()
    hit.note = f"{hit.note}; {_PERIOD_NOTE}" if hit.note else _PERIOD_NOTE
    return True


def _qualified(text: str, hit: RowHit) -> bool:
    """A label that ends a longer, qualified label ("全文电子化的主动公开信息数", "…不满意的行政申诉数")
    names another row: a sub-count of the labelled one, never the row itself."""
    pos = hit.label_start
    while pos > 0 and text[pos - 1] in " \t\n":
        pos -= 1
    return pos > 0 and text[pos - 1] == "的"


def _clusters(hits: list[RowHit]) -> list[list[RowHit]]:
    groups: list[list[RowHit]] = []
    for hit in hits:
        if groups and hit.label_start - groups[-1][-1].region_end <= _GAP:
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return groups


def extract_legacy(doc: Document, index: LabelIndex, evidence: dict[str, float],
                   limit: int = 20_000, year: Optional[int] = None) -> Optional[LegacyTable]:
    hits = find_rows(index, row_specs("legacy"))
    past_chrome(doc.text, hits, unprinted=True)
    hits = halves_near(doc.text, hits, row_specs("legacy"), _GAP)
    found = hits
    flat, said, n, region = flattened(doc, found, _header_of)
    if flat is not None:
        return LegacyTable(flat, region, [said], n)
    listed = {id(h) for h in hits if _period_line(doc.text, h)}
    hits = [h for h in hits if id(h) in listed
            or h.cells and any(t.raw for t in h.cells) and not _in_sentence(doc.text, h)]
    is_qualified = [_qualified(doc.text, h) for h in hits]
    qualified = [h for h, q in zip(hits, is_qualified) if q]
    hits = [h for h, q in zip(hits, is_qualified) if not q]
    clusters = _clusters(hits)
    groups = [g for g in clusters if len({h.spec.key for h in g}) >= 3]
    if not groups:
        pairs = [g for g in clusters if len({h.spec.key for h in g}) == 2] if year is None or year <= 2018 else []
        problem = _two_rows(doc.text, pairs[0], listed) if pairs else None
        if problem is not None:
            return LegacyTable(warnings=[problem]) if year is not None else None
        groups = pairs[:1]
        if not groups:
            return LegacyTable(region=region, warnings=[said]) if said else None
    rows = max(groups, key=len)
    past_chrome(doc.text, rows)
    table = LegacyTable(region=(rows[0].label_start, rows[-1].region_end))
    # one between two read rows is named by _unmapped_rows; one that ends or opens the table here
    edge = [h for h in qualified if rows[-1].label_start < h.label_start <= rows[-1].region_end + _GAP
            or rows[0].label_start - _GAP <= h.label_start < rows[0].label_start]
    table.warnings += _unmapped_rows(doc.text, rows, {h.label_start for h in edge})
    table.warnings += [f"legacy table: the row '{_line_of(doc.text, h)}' has figures but no key in the vocabulary; "
                       f"not read" for h in edge]
    columns_text, header = _header_of(doc.text, rows[0])
    two = bool(_CUMULATIVE_HEADER.search(header))
    dropped: set[int] = set()       # rows found unreadable, said in a warning already
    for h in rows:
        if id(h) not in listed and _figure_cut(doc.text, h):
            table.warnings.append(f"legacy table row '{h.label.strip()}': its line ends in a figure with no closing "
                                  "pipe and a figure alone on the next line (one figure cut in two, or a cell "
                                  "moved); not read")
            h.cells = []
            dropped.add(id(h))
    counts = [len([t for t in h.cells if t.raw]) for h in rows]
    if code_column([h for h in rows if id(h) not in listed], bool(CODE_HEADER.search(header)), table.warnings,
                   dropped):
        counts = [len(h.cells) for h in rows]
    if not two and counts and sum(c == 2 for c in counts) > len(counts) / 2:
        two = True
    listed_rows = [h for h in rows if id(h) in listed]
    if listed_rows:          # the lines name their periods: a cumulative printed on any makes two columns
        two = any(h.cells[1].raw for h in listed_rows)
    n = 2 if two else 1
    tabled = [h for h in rows if id(h) not in listed]
    columns = value_columns(columns_text) if tabled else None
    grid = grid_columns(doc, tabled) if columns == [] else None
    if grid is not None:
        n = keep_grid(doc, tabled, grid, table.warnings)
        counts = [len(h.cells) for h in rows]
    elif columns is not None:
        n = keep_columns(tabled, columns, table.warnings, dropped)
        if not n:
            return table if table.warnings else None
        counts = [len(h.cells) for h in rows]
    table.columns = n
    if id(rows[-1]) not in dropped | listed and (trimmed := next_head_cut(doc.text, rows[-1], n)):
        rows[-1] = trimmed      # (the copy ends inside the next section's heading: its opening words are no cell)
    for h in unfilled_halves(rows, n):      # (between its halves, the row's figures must fill its columns)
        table.warnings.append(f"legacy table row '{h.label.strip()}': its label's halves stand around {len(h.cells)} "
                              f"figures where the table has {n} columns; not read")
        dropped.add(id(h))
    # run-together tables: most rows hold fewer cells than columns
    runs = sum(c < n for c in counts) > len(counts) / 2
    # a row printing its two figures a line each shows the table's cells stand a line each: a figure alone on
    # its line elsewhere is one cell (its neighbour blank, or a line the crawler dropped), never two run together
    a_line_each = runs and n == 2 and any(len(f := [t for t in h.cells if t.raw]) == 2 and
                                          on_lines_of_their_own(doc.text, h.label_end, f) for h in rows)

    region = doc.text[rows[0].label_start:rows[-1].region_end]
    lines = stripped_lines(region)
    collapsed = not doc.blanks_left_out and may_be_collapsed(lines, wide=doc.wide_figures, source=region)
    kept_once = collapsed        # (a crawler's runs of equal lines kept once: a failing sum may show it, below)
    if n == 2 and (collapsed or runs) and _one_figure_each(doc.text, rows) and (year is None or year > _FIRST_YEAR):
        # every row prints one figure, a line of its own, under a header of two columns: a column left
        # blank, not runs of equal cells a crawler collapsed (after the first year a running total never
        # equals the year's figure in every row), and a line holds no digits run together
        collapsed = runs = False
        table.warnings.append("legacy table: every row prints one figure where the header names two columns "
                              "(本年度 and 累计): one column is blank, and which one the text does not say")
    reads: dict[str, RowRead] = {}
    for i, h in enumerate(rows):
        key = h.spec.key
        if id(h) in dropped:
            continue
        if key in reads:
            spec = _by_position(rows, i, reads)
            if spec is None:
                table.warnings.append(f"legacy table: a second row for {key} ('{h.label.strip()}') was ignored")
                continue
            table.warnings.append(f"legacy table: the row printed '{h.label.strip()}' a second time stands where "
                                  f"{spec.key} belongs in the table's order; read as {spec.key}")
            h.spec, key = spec, spec.key
            h.note = f"printed as '{h.label.strip()}' again; read as {key} by its position"
        group_ok = (lambda g: g[1] is None or g[0] is None or g[1] >= g[0]) if n == 2 else None
        lone = a_line_each and len(f := [t for t in h.cells if t.raw]) == 1 and _own_line(doc.text, f[0])
        r = unplaced(doc, h, n) or read_row(h, n, group_ok, limit, allow_split=runs and not lone,
                                             collapsed=collapsed and n > 1,
                                             wide=doc.wide_figures)
        if r.problem:
            table.warnings.append(f"legacy table row '{h.label.strip()}': {r.problem}; not read")
        elif n == 2 and _out_of_order(r):
            table.warnings.append(f"legacy table row '{h.label.strip()}': its 累计 {r.candidates[0][1]:g} is less than "
                                  f"its 本年度 {r.candidates[0][0]:g}, so its cells are out of order; not read")
            r.candidates = []
        reads[key] = r
    notes = _pair_singles(reads, {h.spec.key for h in rows}, year, table.warnings) if n == 2 and collapsed else {}

    # a row whose label stands inside the table with no figure after it is said, never dropped in silence
    inside, said = (rows[0].label_start, rows[-1].region_end), set(reads) | {h.spec.key for h in rows if id(h) in dropped}
    for h in found:
        if (inside[0] < h.label_start < inside[1] and h.spec.key not in said and not any(t.raw for t in h.cells)
                and not _qualified(doc.text, h)):
            table.warnings.append(f"legacy table row '{' '.join(h.label.split())}': its label is printed but no "
                                  "figure follows it; not read")
            said.add(h.spec.key)

    constraints = _constraints(reads, n)
    ev = {(k, 0): v for k, v in evidence.items() if k in reads and reads[k].split}
    outcome = settle(reads, constraints, ev, limit)
    if outcome.exhausted:
        table.warnings.append("legacy table: too many readings of run-together digits; ambiguous rows not read")
    if outcome.relaxed and any(r.split for r in reads.values()):
        table.warnings.append("legacy table: no reading of its inferred cells satisfies the channel and reply "
                              "sums; they were read without them, and the failing checks show the gap")
    failing = unproven_halves(rows, constraints, outcome.values)
    if failing:
        table.warnings.append(f"legacy table: the rows {', '.join(failing)} (each label printed in two halves around "
                              "its figures) fail their table's sums; not read")
    deduped = outcome.relaxed and may_be_deduped(lines, wide=doc.wide_figures)
    if deduped or kept_once:
        unsure = unsure_sums(constraints, outcome.values, failing_only=not deduped)
        for key in sorted(unsure):
            outcome.values.pop(key, None)
        if unsure:
            table.warnings.append("legacy table: its channel or reply sums fail (or a part exceeds its whole), in a "
                                  "text that prints no figure line twice, or none twice in a row (a crawler may have "
                                  "dropped a cell equal to an earlier line, or half of a wrapped figure with them): "
                                  "the rows " + ", ".join(sorted(unsure)) + " are not read")
    unsure = unsure if deduped or kept_once else ()
    # a figure wrapped with both halves kept, or a sum failing, in a text that may have lost lines: any figure
    # printed alone may be a half
    if (deduped and unsure or any(wrapped_figure(doc.text, r.hit.cells, n) for r in reads.values())) and (
            deduped or not outcome.relaxed and may_be_deduped(lines, wide=doc.wide_figures)):   # (asked once)
        proven = proven_rows(constraints, outcome.values, {k for k, r in reads.items() if r.split} | {
            k for k, (_note, shown) in notes.items() if not all(shown)})
        unproven = sorted(k for k, r in reads.items() if k in outcome.values and k not in proven
                          and on_lines_of_their_own(doc.text, r.hit.label_end, r.hit.cells))
        for key in unproven:
            outcome.values.pop(key)
        if unproven:
            table.warnings.append("legacy table: " + WRAPPED_NOTE.format(how="", proof="no sum proves the rows ")
                                  + ", ".join(unproven) + "; not read")
    for key, r in reads.items():
        values = outcome.values.get(key)
        if values is None:
            continue
        note, shown = notes.get(key, (None, (True, True)))
        row = RowValues(doc, r.hit, note or split_note(r, key, outcome))
        applicant = "total" if key.startswith("requests.") else None
        row_unit = "万元" if r.hit.unit == "万元" else None
        for i, (period, v, span) in enumerate(zip(PERIODS, values, cell_spans(r, values))):
            if r.ocr and i in r.ocr and not r.ocr[i]:
                # a cell an OCR garbled ('l2', '-l') that no sum proves: unread, not blank (null is a blank cell's)
                table.warnings.append(f"{key} ({period}): '{r.cells[i].raw}' is not surely a number (a letter among its "
                                      "digits, as an OCR misreads them); not read")
                continue
            if id(r.hit) in listed and not (span and span[0]):
                continue            # a list line that names no figure for this period states none
            if v is None and r.split:
                table.warnings.append(f"{key} ({period}): its {r.damage} allow several readings; not read")
                continue
            if not shown[PERIODS.index(period)]:
                continue            # the sums give it, no line prints it (said by _pair_singles)
            raw, start, end = span if span else (str(v), r.hit.cells[0].start, r.hit.cells[-1].end)
            table.indicators.append(row.indicator(key, raw, v, start, end, applicant, period, row_unit=row_unit))
    return table


# a label, its unit cell and a figure: spaced, or cells of one pipe row ("现场接待数 | 人次 | 06 | 53 |"),
# never a heading row and the next row's number below it
_CELL_GAP = r"(?:[ \t]*(?:\|[ \t]*)+|\s{n})"
# (a label and its unit letter-spaced too: 现 场 接 待 人 次 | 人 次)
_UNMAPPED = regex.compile(r"(?:(?:[0-9]{1,2}[、.]|\([" + CHINESE_ORDINAL + r"0-9]{1,3}\))\s*)?(\p{Han}(?: ?[\p{Han}、,，()（）]){2,30}?)"
                          + _CELL_GAP.format(n="*") + "(?:(?:" + letter_spaced(UNIT_WORDS) + ")" + _CELL_GAP.format(n="+")
                          + r")?[0-9][0-9,.]*")

_UNMAPPED_LISTED = LazyPattern(r"(?m)^[ \t]*(?:(?:[0-9]{1,2}[、.]|\([" + CHINESE_ORDINAL + r"0-9]{1,3}\))\s*)?"
                               r"(\p{Han}[\p{Han}、,()]{1,30}?)" + _PERIOD_LINE_SOURCE)


def _unmapped_rows(text: str, rows: list[RowHit], named: set[int]) -> list[str]:
    """A labelled row with numbers that the vocabulary has no key for: between two read rows, or a
    pipe row of the same table before the first or after the last (not a header row, not one in `named`)."""
    gaps = [text[hit.region_end:nxt.label_start] for hit, nxt in zip(rows, rows[1:])]
    gaps += [line for line in _edge_pipe_lines(text, rows, named) if not _HEADER.search(line) and not COLUMN.search(line)]
    out = []
    for gap in gaps:
        # a list line naming its periods names its row before them ("现场接待人次:本年度734人次,累计…")
        listed = [m.group(1) for m in _UNMAPPED_LISTED.finditer(gap)]
        if listed:
            gap = _UNMAPPED_LISTED.sub("", gap)
        out += listed + [m.group(1) for m in _UNMAPPED.finditer(gap)]
    return [f"legacy table: the row '{name}' has figures but no key in the vocabulary; not read" for name in out]


def _edge_pipe_lines(text: str, rows: list[RowHit], named: set[int]) -> list[str]:
    """The pipe rows just above the first read row and just below the last, up to a line without a pipe."""
    out = []
    end = text.rfind("\n", 0, rows[0].label_start)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if "|" not in text[start:end]:
            break
        if not any(start <= k < end for k in named):
            out.append(text[start:end])
        end = start - 1
    start = text.find("\n", rows[-1].region_end - 1 if rows[-1].pipe_row else rows[-1].region_end)
    while start >= 0:
        end = text.find("\n", start + 1)
        end = len(text) if end < 0 else end
        if "|" not in text[start + 1:end]:
            break
        if not any(start < k < end for k in named):
            out.append(text[start + 1:end])
        start = end if end < len(text) else -1
    return out


def _header_of(text: str, first: RowHit) -> tuple[str, str]:
    """The header row above a table's first row (from the line of its last header word: a title line
    above it is no column; empty without one) and the text just around that word."""
    header = text[max(0, first.label_start - 300):first.label_start]
    head = max(_HEADER.finditer(header), key=lambda m: m.end(), default=None)
    columns_text = header[header.rfind("\n", 0, head.start()) + 1:] if head else ""
    return columns_text, header[max(0, (head.end() if head else 0) - 60):]


def _two_rows(text: str, rows: list[RowHit], listed: set[int]) -> Optional[str]:
    """Why a table of which only two keyed rows are seen is not read (None: it is read). Two rows are too
    few to tell a table from figures in passing, unless a header just above them names their columns
    (本年度, and 累计 after it) and each row prints one figure under each, or each names its periods."""
    labels = ", ".join(f"'{h.label.strip()}'" for h in rows)
    seen = f"legacy table: only two of its rows were seen ({labels})"
    if all(id(h) in listed for h in rows):
        return None
    columns_text, _ = _header_of(text, rows[0])
    named = value_columns(columns_text) if columns_text else None
    if named is None:
        kinds = [m.lastgroup for m in COLUMN.finditer(TITLE_LINE.sub("", columns_text))]
        named = {("cur",): ["year"], ("cur", "cum"): ["year", "cumulative"]}.get(tuple(kinds), [])
    if not [p for p in named if p in PERIODS]:
        return f"{seen} and no header just above them names their columns (本年度, 累计); not read"
    counts = [len([t for t in h.cells if t.raw]) for h in rows if id(h) not in listed]
    if any(c != len(named) for c in counts):
        return (f"{seen}, and their figures ({', '.join(map(str, counts))}) do not fill the {len(named)} columns "
                "their header names; not read")
    return None


def _out_of_order(r: RowRead) -> bool:
    """Whether a row read with both cells prints a 累计 below its 本年度: never so in a real table; a
    crawler swapped two lines, or a cell came from another row."""
    return r.cells is not None and len(r.candidates) == 1 and None not in r.candidates[0] and \
        r.candidates[0][1] < r.candidates[0][0]


_PAIRED = ("one figure printed where the table has two columns (a line dropped, or two equal cells printed "
           "once): its column settled by the table's sums in both columns and 累计 ≥ 本年度")


def _pair_singles(reads: dict[str, RowRead], printed: set[str], year: Optional[int],
                  warnings: list[str]) -> dict[str, tuple[str, tuple[bool, bool]]]:
    """The rows printing one figure under 本年度 | 累计, read only where the sums settle both cells
    (pairing.py); the others are not read, named in one warning. In the first year (2008) the running
    total is the year's figure: x|x. Returns each settled row's note and which of its cells a line prints."""
    collapsed = {k: r.candidates[0][0] for k, r in reads.items() if r.damage == COLLAPSED and len(r.candidates) == 1}
    if not collapsed or year == _FIRST_YEAR:
        return {}
    # a figure that is no number (a digit run too long to be a count) settles nothing and is not read
    single = {k: v for k, v in collapsed.items() if v is not None}
    exact = {k: r.candidates[0] for k, r in reads.items()
             if r.cells is not None and len(r.candidates) == 1 and None not in r.candidates[0]}
    settled = settle_pairs(exact, single, printed)
    unread = []
    for key in collapsed:
        if key in settled:
            # the figure printed is read in the column the sums give it; the other cell only where it is that
            # figure again (x|x printed once): a cell the sums give but no line prints is not read (said)
            pair = tuple(int(v) if float(v).is_integer() else v for v in settled[key])
            reads[key].candidates = [pair]          # the sums hold on it (the unprinted cell is not emitted)
            for period, v in zip(("本年度", "累计"), pair):
                if v != collapsed[key]:
                    warnings.append(f"legacy table row '{reads[key].hit.label.strip()}': its {period} is {v:g} by the "
                                    "table's sums, but no line prints it; not read")
        else:
            reads[key].candidates = []
            unread.append(f"'{reads[key].hit.label.strip()}'")
    if unread:
        warnings.append(f"legacy table: the rows {', '.join(unread)} print one figure where the table has two "
                        "columns (本年度 and 累计): a line dropped or two equal cells printed once, and which "
                        "column it is the table's sums do not settle; not read")
    return {k: (_PAIRED, tuple(v == single[k] for v in settled[k])) for k in settled}


_FIRST_YEAR = 2008          # the Regulations' first year (from May): its running total is the year's figure


def _one_figure_each(text: str, rows: list[RowHit]) -> bool:
    """Whether every row with a figure prints exactly one, on a line of its own (three rows at least)."""
    figures = [[t for t in h.cells if t.raw] for h in rows]
    figures = [f for f in figures if f]
    return len(figures) >= 3 and all(len(f) == 1 and _own_line(text, f[0]) for f in figures)


def _own_line(text: str, token: Token) -> bool:
    start = text.rfind("\n", 0, token.start) + 1
    end = text.find("\n", token.end)
    return text[start:end if end >= 0 else len(text)].strip(" \t|") == token.raw


_FIGURE_LINE = regex.compile(FIGURE_LINE + r"(?=\n|$)")


def _figure_cut(text: str, h: RowHit) -> bool:
    """Whether a pipe row's line ends in a figure without a closing pipe and the next line is a figure
    alone: a line break cut the last figure ("| 2 | 43" over "7" for 437), or a cell of it was moved."""
    end = h.region_end
    if not h.pipe_row or end >= len(text) or text[end] != "\n" or not h.cells or not h.cells[-1].raw:
        return False
    return not text[h.cells[-1].end:end].strip() and bool(_FIGURE_LINE.match(text, end + 1))


def _line_of(text: str, hit: RowHit) -> str:
    """The printed label a qualified hit ends, from the start of its line."""
    start = text.rfind("\n", 0, hit.label_start) + 1
    return text[start:hit.label_end].strip(" \t|")


def _by_position(rows: list[RowHit], i: int, reads: dict) -> Optional[RowSpec]:
    """The one row the vocabulary's order leaves for a label printed twice, if exactly one.

    A row between the rows printed before and after it that the table does not print anywhere
    else (同意公开答复数 printed again where 同意部分公开答复数 belongs).
    """
    order = [s.key for s in row_specs("legacy")]
    printed = {h.spec.key for h in rows}
    lo = order.index(rows[i - 1].spec.key) if i else -1
    hi = order.index(rows[i + 1].spec.key) if i + 1 < len(rows) else len(order)
    gap = [k for k in order[lo + 1:hi] if k not in printed and k not in reads]
    if len(gap) != 1:
        return None
    return next(s for s in row_specs("legacy") if s.key == gap[0])


def _constraints(reads: dict[str, RowRead], n: int) -> list[Constraint]:
    def col(assign, key, i):
        cells = assign.get(key)
        return (cells[i] or 0) if cells and i < len(cells) else 0

    out: list[Constraint] = []
    implied = {"channel": "requests.new", "reply": "requests.answered", "reply_detail": "requests.answered"}
    for key, r in reads.items():
        parent = r.hit.spec.part_of or implied.get(r.hit.spec.relation)
        if parent and parent in reads:
            out.append(Constraint((key, parent), lambda a, k=key, p=parent: all(
                col(a, k, i) <= col(a, p, i) for i in range(n) if a.get(k) and a.get(p)), hard=True))
    channels = list(legacy_sum_rows("channel", set(reads)))
    if "requests.new" in reads and channels:
        out.append(Constraint(tuple(channels) + ("requests.new",), lambda a: all(
            sum(col(a, c, i) for c in channels) == col(a, "requests.new", i) for i in range(n)), hard=False))
    replies = list(legacy_sum_rows("reply", set(reads)))
    if "requests.answered" in reads and replies:
        out.append(Constraint(tuple(replies) + ("requests.answered",), lambda a: all(
            sum(col(a, c, i) for c in replies) == col(a, "requests.answered", i) for i in range(n)), hard=False))
    return out
