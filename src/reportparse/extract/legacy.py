"""The 2008–2018 appendix tables (附表 / 统计表): label rows with one or two value columns."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from ..cells import parse_cell
from ..document import Document
from ..model import Indicator
from ..patterns import NUMBER_WITH_MONEY, UNIT_WORDS, letter_spaced
from ..schema import RowSpec, legacy_sum_rows, row_specs
from .rows import LabelIndex, RowHit, Token, find_rows, may_be_collapsed
from .solver import Constraint
from .tables import RowRead, cell_spans, read_row, settle, split_note
from .values import RowValues

PERIODS = ("year", "cumulative")
_HEADER = regex.compile(r"指\s*标\s*名\s*称|统计指标|统计表|统计报表|附表|计量单位")
# 本年累计 is the year to date (a statistics form's column): this year's figure, not the running total
_YEAR_TO_DATE = r"本[ \t]*年[ \t]*累[ \t]*计"
_CUMULATIVE_HEADER = regex.compile(r"(?<!本[ \t]*年[ \t]*)累\s*计")
_CODE_HEADER = regex.compile(r"代\s*码")
_CODE = regex.compile(r"^\d{1,2}(?:\.\d{1,2})?$")
# the value columns a header names, in order: this year's, the cumulative, and the columns that are
# neither (last year's, the change): a table that prints those is read by its header, never by count
_COLUMN = regex.compile(r"(?P<ytd>" + _YEAR_TO_DATE + r")|(?P<cum>(?:历\s*年)?\s*累\s*计)"
                        r"|(?P<diff>(?:比\s*上\s*年|同\s*比|增\s*减|增\s*长|增\s*幅|变\s*化)(?:\s*(?:增\s*减|增\s*长|率|%|幅度?))*)"
                        r"|(?P<prev>(?:上\s*年|去\s*年|上\s*期)(?:\s*同\s*期|\s*度)?|同\s*期)"
                        r"|(?P<cur>本\s*年\s*度?|本\s*期(?:\s*实\s*际)?|今\s*年|当\s*年)"
                        r"|(?P<year>(?:19|20)\d\d)\s*年\s*度?(?!\d|\s*(?:[月底末初至起]|以来))")   # a column, not a date
# a list line that names each figure's period itself, one row a line and no table around it
# ("主动公开政府信息数:本年度1234条,累计5678条", "…数 本年 57 件、累计 213 件"): 本年累计 and prose
# after the figures are no such line (the line must end after them)
_PERIOD_FIGURE = (r"(?P<{p}>(?:历\s*年\s*)?累\s*计|本\s*年\s*度?(?!\s*累)|本\s*期|今\s*年|当\s*年)(?:\s*数)?[ \t]*:?[ \t]*(?:共|为)?[ \t]*"
                  r"(?P<{p}_n>" + NUMBER_WITH_MONEY + r")[ \t]*(?:" + "|".join(UNIT_WORDS) + r")?")
_PERIOD_LINE = regex.compile(r"[ \t]*:?[ \t]*" + _PERIOD_FIGURE.format(p="a")
                             + r"(?:[ \t]*[,;、][ \t]*|[ \t]+)?(?:" + _PERIOD_FIGURE.format(p="b")
                             + r")?[ \t]*[。;,]?[ \t]*(?=\n|$)")
_PERIOD_NOTE = "a list line naming each figure's period (本年度 … 累计 …)"
_SAME_CELL = regex.compile(r"[^\s|]*")     # between two words of one header cell: no blank, no pipe
_TITLE_LINE = regex.compile(r"^[^\n]*(?:表|报告)[^\n]*$", regex.M)
_GAP = 400
# a count's unit in prose: the vocabulary's unit words' characters, and 宗, 例 of the sentences (当面申请1宗，占10%)
_UNITS = frozenset("".join(UNIT_WORDS) + "宗例")
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
    found = hits
    listed = {id(h) for h in hits if _period_line(doc.text, h)}
    hits = [h for h in hits if id(h) in listed
            or h.cells and any(t.raw for t in h.cells) and not _in_sentence(doc.text, h)]
    is_qualified = [_qualified(doc.text, h) for h in hits]
    qualified = [h for h, q in zip(hits, is_qualified) if q]
    hits = [h for h, q in zip(hits, is_qualified) if not q]
    groups = [g for g in _clusters(hits) if len({h.spec.key for h in g}) >= 3]
    if not groups:
        return None
    rows = max(groups, key=len)
    table = LegacyTable(region=(rows[0].label_start, rows[-1].region_end))
    # one between two read rows is named by _unmapped_rows; one that ends or opens the table here
    edge = [h for h in qualified if rows[-1].label_start < h.label_start <= rows[-1].region_end + _GAP
            or rows[0].label_start - _GAP <= h.label_start < rows[0].label_start]
    table.warnings += _unmapped_rows(doc.text, rows, {h.label_start for h in edge})
    table.warnings += [f"legacy table: the row '{_line_of(doc.text, h)}' has figures but no key in the vocabulary; "
                       f"not read" for h in edge]
    header = doc.text[max(0, rows[0].label_start - 300):rows[0].label_start]
    head = max(_HEADER.finditer(header), key=lambda m: m.end(), default=None)
    head_at = head.end() if head else 0
    # the header row: from the line of its last header word (a title line above it is no column)
    columns_text = header[header.rfind("\n", 0, head.start()) + 1:] if head else ""
    header = header[max(0, head_at - 60):]
    two = bool(_CUMULATIVE_HEADER.search(header))
    counts = [len([t for t in h.cells if t.raw]) for h in rows]
    has_code = bool(_CODE_HEADER.search(header))
    if has_code:
        for h in rows:
            if id(h) not in listed and h.cells and _CODE.match(h.cells[0].raw) and len(h.cells) > 1:
                h.cells = h.cells[1:]
        counts = [len(h.cells) for h in rows]
    if not two and counts and sum(c == 2 for c in counts) > len(counts) / 2:
        two = True
    listed_rows = [h for h in rows if id(h) in listed]
    if listed_rows:          # the lines name their periods: a cumulative printed on any makes two columns
        two = any(h.cells[1].raw for h in listed_rows)
    n = 2 if two else 1
    tabled = [h for h in rows if id(h) not in listed]
    columns = _value_columns(columns_text) if tabled else None
    grid = _grid_columns(doc, tabled) if columns == [] else None
    if grid is not None:
        n = _keep_grid(doc, tabled, grid, table)
        counts = [len(h.cells) for h in rows]
    elif columns is not None:
        n = _keep_columns(tabled, columns, table)
        if not n:
            return table if table.warnings else None
        counts = [len(h.cells) for h in rows]
    table.columns = n
    # run-together tables: most rows hold fewer cells than columns
    runs = sum(c < n for c in counts) > len(counts) / 2

    collapsed = may_be_collapsed(doc.text, rows[0].label_start, rows[-1].region_end)
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
        r = read_row(h, n, group_ok, limit, allow_split=runs, collapsed=collapsed and n > 1)
        if r.problem:
            table.warnings.append(f"legacy table row '{h.label.strip()}': {r.problem}; not read")
        reads[key] = r

    # a row whose label stands inside the table with no figure after it is said, never dropped in silence
    inside, said = (rows[0].label_start, rows[-1].region_end), set(reads)
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
    for key, r in reads.items():
        values = outcome.values.get(key)
        if values is None:
            continue
        row = RowValues(doc, r.hit, split_note(r, key, outcome))
        applicant = "total" if key.startswith("requests.") else None
        row_unit = "万元" if r.hit.unit == "万元" else None
        for period, v, span in zip(PERIODS, values, cell_spans(r, values)):
            if id(r.hit) in listed and not (span and span[0]):
                continue            # a list line that names no figure for this period states none
            if v is None and r.split:
                table.warnings.append(f"{key} ({period}): its {r.damage} allow several readings; not read")
                continue
            raw, start, end = span if span else (str(v), r.hit.cells[0].start, r.hit.cells[-1].end)
            table.indicators.append(row.indicator(key, raw, v, start, end, applicant, period, row_unit=row_unit))
    return table


# a label, its unit cell and a figure: spaced, or cells of one pipe row ("现场接待数 | 人次 | 06 | 53 |"),
# never a heading row and the next row's number below it
_CELL_GAP = r"(?:[ \t]*(?:\|[ \t]*)+|\s{n})"
# (a label and its unit letter-spaced too: 现 场 接 待 人 次 | 人 次)
_UNMAPPED = regex.compile(r"(?:(?:[0-9]{1,2}[、.]|\([一二三四五六七八九十0-9]{1,3}\))\s*)?(\p{Han}(?: ?[\p{Han}、,，()（）]){2,30}?)"
                          + _CELL_GAP.format(n="*") + "(?:(?:" + letter_spaced(UNIT_WORDS) + ")" + _CELL_GAP.format(n="+")
                          + r")?[0-9][0-9,.]*")

_UNMAPPED_LISTED = regex.compile(r"(?m)^[ \t]*(?:(?:[0-9]{1,2}[、.]|\([一二三四五六七八九十0-9]{1,3}\))\s*)?"
                                 r"(\p{Han}[\p{Han}、,()]{1,30}?)" + _PERIOD_LINE.pattern)


def _unmapped_rows(text: str, rows: list[RowHit], named: set[int]) -> list[str]:
    """A labelled row with numbers that the vocabulary has no key for: between two read rows, or a
    pipe row of the same table before the first or after the last (not a header row, not one in `named`)."""
    gaps = [text[hit.region_end:nxt.label_start] for hit, nxt in zip(rows, rows[1:])]
    gaps += [line for line in _edge_pipe_lines(text, rows, named) if not _HEADER.search(line) and not _COLUMN.search(line)]
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


def _value_columns(header: str) -> Optional[list[Optional[str]]]:
    """The period of each value column its header names (None: a column that is no figure of ours,
    last year's or the change), when the header names such a column; else None (read by count)."""
    words = _TITLE_LINE.sub("", header)
    kinds: list[tuple[str, int, int]] = []
    for m in _COLUMN.finditer(words):
        kind = m.lastgroup
        if kinds and kind == kinds[-1][0] == "diff" and not words[kinds[-1][2]:m.start()].strip():
            kinds[-1] = (kind, kinds[-1][1], m.end())          # "比上年\n增减": one header cell wrapped
            continue
        if kinds and {kind, kinds[-1][0]} == {"cum", "year"} and _SAME_CELL.fullmatch(words, kinds[-1][2], m.start()):
            kinds[-1] = ("cum", kinds[-1][1], m.end())         # "累计(2008年以来)", "2008年以来累计": one cell
            continue
        kinds.append((kind, m.start(), m.end()))
    years = sorted({int(words[s:s + 4]) for k, s, _ in kinds if k == "year"})
    if not any(k in ("prev", "diff", "ytd") for k, _, _ in kinds) and len(years) < 2:
        return None
    # the words' order is the columns' order on one header row, or with one header cell per line; a
    # header of two rows (数量 over 2014年 | 2013年) gives no order: the table is not read
    lines = [words.count("\n", 0, start) for _, start, _ in kinds]
    one_per_line = len(set(lines)) == len(lines) and all(
        words.split("\n")[i].strip(" \t|").count("|") == 0 for i in lines)
    if len(set(lines)) > 1 and not one_per_line:
        return []
    out: list[Optional[str]] = []
    for kind, start, _ in kinds:
        if kind == "year":
            kind = "cur" if int(words[start:start + 4]) == years[-1] else "prev"
        out.append({"cur": "year", "ytd": "ytd", "cum": "cumulative"}.get(kind))
    return out


def _keep_columns(rows: list[RowHit], columns: list[Optional[str]], table: LegacyTable) -> int:
    """Each row's cells cut to the columns of this year and the cumulative its header names; the
    number of those columns (0: the header names none of ours in the order read, nothing is read)."""
    if "ytd" in columns:
        # 本年累计 is the year to date, this year's figure; beside 本期 (本期实际 | 本年累计 of a statistics
        # form) it is that figure again or a running total the form misnames: which, the text does not say
        ytd = "year"
        if "year" in columns:
            ytd = None
            table.warnings.append("legacy table: its 本年累计 column is not read: beside 本期 it is either this "
                                  "year's figure again or a running total, which the header does not settle")
        columns = [ytd if p == "ytd" else p for p in columns]
    kept = [p for p in columns if p]
    if not columns:
        table.warnings.append("legacy table: its header names columns other than this year's and the cumulative "
                              "on more than one row, so which column is which is unknown; not read")
        return 0
    if kept not in (["year"], ["year", "cumulative"]):
        table.warnings.append("legacy table: its header names columns other than this year's and the cumulative "
                              "in an order not read (" + ", ".join(p or "other" for p in columns) + "); not read")
        return 0
    for h in rows:
        if len(h.cells) == len(columns):
            h.cells = [c for c, p in zip(h.cells, columns) if p]
        else:
            h.cells = []            # which cell is which column is unknown: the row is not read (said below)
            table.warnings.append(f"legacy table row '{h.label.strip()}': cells do not match the "
                                  f"{len(columns)} columns its header names; not read")
    return len(kept)


def _grid_columns(doc: Document, rows: list[RowHit]) -> Optional[dict[int, Optional[str]]]:
    """The period of each figure column of an HTML table whose header has more than one row, from
    the header cells that cover the column top to bottom (2014年 spanning 本年度 | 累计, 上年 beside
    them): {grid column: "year" | "cumulative" | None (another column)}; None when the header does
    not settle it (a cell's extent unknown, a figure column it names nothing for, two of a period)."""
    first = doc.cell_at(rows[0].label_start)
    if first is None:
        return None
    head = [c for c in doc.cells if c.table == first.table and c.row < first.row]
    if not head or any(c.span is None for c in head):
        return None
    words: dict[int, list[tuple[str, int]]] = {}
    for c in sorted(head, key=lambda c: c.row):
        text = doc.text[c.start:c.end]
        if _TITLE_LINE.fullmatch(text):
            continue                # the table's title in its first row names no column
        kinds = [(m.lastgroup, int(m.group("year")) if m.lastgroup == "year" else 0) for m in _COLUMN.finditer(text)]
        if any(k == "cum" for k, _ in kinds):
            kinds = [(k, y) for k, y in kinds if k != "year"]     # 累计(2008年以来): the cumulative's start
        for col in range(c.col, c.col + c.span):
            words.setdefault(col, []).extend(kinds)
    latest = max((y for kinds in words.values() for _, y in kinds), default=0)
    meaning: dict[int, Optional[str]] = {}
    for col, kinds in words.items():
        named = {"cur" if k == "year" and y == latest else "prev" if k == "year" else k for k, y in kinds}
        if named & {"prev", "diff"}:
            meaning[col] = None
        elif named:
            meaning[col] = "cumulative" if "cum" in named else "year"
    periods = [p for p in meaning.values() if p]
    if "year" not in periods or len(periods) != len(set(periods)):
        return None
    for h in rows:
        for t in h.cells:
            ref = doc.cell_at(t.start)
            if t.raw and (ref is None or ref.table != first.table or ref.col not in meaning) and parse_cell(t.raw).ok:
                return None         # a figure in a column the header names nothing for
    return meaning


def _keep_grid(doc: Document, rows: list[RowHit], meaning: dict[int, Optional[str]], table: LegacyTable) -> int:
    """Each row's cells cut to those in the grid columns of this year and the cumulative; their number."""
    kept = [p for p in PERIODS if p in meaning.values()]
    at = {p: col for col, p in meaning.items() if p}
    for h in rows:
        by_col = {ref.col: t for t in h.cells if (ref := doc.cell_at(t.start)) is not None}
        if all(at[p] in by_col for p in kept):
            h.cells = [by_col[at[p]] for p in kept]
        else:
            h.cells = []
            table.warnings.append(f"legacy table row '{h.label.strip()}': no cell under a column its header "
                                  f"names ({', '.join(kept)}); not read")
    return len(kept)


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
