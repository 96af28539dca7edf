"""The columns of a legacy table: which value column is this year's and which the cumulative, by its
header (one row, one cell a line, or an HTML grid), and its code column (代码)."""
from __future__ import annotations

from typing import Optional

import regex

from ..cells import parse_cell
from ..document import Document
from ..patterns import LazyPattern
from .rows import RowHit

PERIODS = ("year", "cumulative")
# 本年累计 is the year to date (a statistics form's column): this year's figure, not the running total
_YEAR_TO_DATE = r"本[ \t]*年[ \t]*累[ \t]*计"
CODE_HEADER = regex.compile(r"代\s*码")
_CODE = regex.compile(r"^\d{1,2}(?:\.\d{1,2})?$")
# the value columns a header names, in order: this year's, the cumulative, and the columns that are
# neither (last year's, the change): a table that prints those is read by its header, never by count
COLUMN = LazyPattern(r"(?P<ytd>" + _YEAR_TO_DATE + r")|(?P<cum>(?:历\s*年)?\s*累\s*计)"
                        r"|(?P<diff>(?:比\s*上\s*年|同\s*比|增\s*减|增\s*长|增\s*幅|变\s*化)(?:\s*(?:增\s*减|增\s*长|率|%|幅度?))*)"
                        r"|(?P<prev>(?:上\s*年|去\s*年|上\s*期)(?:\s*同\s*期|\s*度)?|同\s*期)"
                        r"|(?P<cur>本\s*年\s*度?|本\s*期(?:\s*实\s*际)?|今\s*年|当\s*年)"
                        r"|(?P<year>(?:19|20)\d\d)\s*年\s*度?(?!\d|\s*(?:[月底末初至起]|以来))")   # a column, not a date
_SAME_CELL = regex.compile(r"[^\s|]*")     # between two words of one header cell: no blank, no pipe
TITLE_LINE = regex.compile(r"^[^\n]*(?:表|报告)[^\n]*$", regex.M)


def code_column(rows: list[RowHit], named: bool, warnings: list[str], dropped: set[int]) -> bool:
    """Cut each row's code cell (代码: 1, 2.1, 04) off its cells; whether the table has such a column.

    The header names it, or, where a crawler lost the header line, every row's first cell is a code in
    increasing order (one with a point, 1.1, or 1, 2, 3 … each row): never a count. A row whose first
    cell is no code while the others have one (its code or a figure lost), or whose code is out of order
    with the rows on both sides (a cell swapped with it), is not read: which cell is which is unknown.
    """
    codes = [_code_key(h.cells[0].raw) if len(h.cells) > 1 else None for h in rows]
    if not named:
        if len(rows) < 3 or None in codes or any(a >= b for a, b in zip(codes, codes[1:])) or not (
                any(len(c) > 1 for c in codes) or [c[0] for c in codes] == list(range(1, len(codes) + 1))):
            return False
    elif sum(c is not None for c in codes) <= len(codes) / 2:
        for h, code in zip(rows, codes):
            if code is not None:
                h.cells = h.cells[1:]       # too few codes to say any row lost one
        return True
    ordered = _in_every_ascent(codes)
    for i, (h, code) in enumerate(zip(rows, codes)):
        if code is None and h.cells:
            problem = "its first cell is no code where the table prints one in each row (a cell lost)"
        elif code is not None and i not in ordered:
            problem = f"its code {h.cells[0].raw} is out of order with the rows around it (a cell moved)"
        else:
            if code is not None:
                h.cells = h.cells[1:]
            continue
        warnings.append(f"legacy table row '{h.label.strip()}': {problem}; not read")
        h.cells = []
        dropped.add(id(h))
    return True


def _in_every_ascent(codes: list) -> set[int]:
    """The positions of the codes that every longest increasing run of them keeps (a code a crawler moved
    falls out of it; of two that only one of them can keep, neither is kept)."""
    at = [i for i, c in enumerate(codes) if c is not None]
    ending: dict[int, int] = {}
    for i in at:
        ending[i] = 1 + max((ending[j] for j in at if j < i and codes[j] < codes[i]), default=0)
    starting: dict[int, int] = {}
    for i in reversed(at):
        starting[i] = 1 + max((starting[j] for j in at if j > i and codes[j] > codes[i]), default=0)
    best = max(ending.values(), default=0)
    on = [i for i in at if ending[i] + starting[i] - 1 == best]
    levels = [ending[i] for i in on]
    return {i for i in on if levels.count(ending[i]) == 1}


def _code_key(raw: str) -> Optional[tuple[int, ...]]:
    return tuple(int(x) for x in raw.split(".")) if _CODE.match(raw) else None


def value_columns(header: str) -> Optional[list[Optional[str]]]:
    """The period of each value column its header names ("prev", last year's, and "diff", the change
    this year − last, are no figures of ours but check them; None: another column, a rate), when the
    header names such a column; else None (read by count)."""
    words = TITLE_LINE.sub("", header)
    kinds: list[tuple[str, int, int]] = []
    for m in COLUMN.finditer(words):
        kind = m.lastgroup
        if kinds and kind == kinds[-1][0] == "diff" and not words[kinds[-1][2]:m.start()].strip():
            kinds[-1] = (kind, kinds[-1][1], m.end())          # "比上年\n增减": one header cell wrapped
            continue
        if kinds and {kind, kinds[-1][0]} == {"cum", "year"} and _SAME_CELL.fullmatch(words, kinds[-1][2], m.start()):
            kinds[-1] = ("cum", kinds[-1][1], m.end())         # "累计(2008年以来)", "2008年以来累计": one cell
            continue
        kinds.append((kind, m.start(), m.end()))
    years = sorted({int(words[s:s + 4]) for k, s, _ in kinds if k == "year"})
    # (a header that names the cumulative first, 历年累计 | 2012年度, is read by it too: its cells stand in that order)
    periods = [k for k, _, _ in kinds if k in ("cum", "cur", "year")]
    if (not any(k in ("prev", "diff", "ytd") for k, _, _ in kinds) and len(years) < 2
            and not (periods[:1] == ["cum"] and len(periods) > 1)):
        return None
    # the words' order is the columns' order on one header row, or with one header cell per line; a
    # header of two rows (数量 over 2014年 | 2013年) gives no order: the table is not read
    lines = [words.count("\n", 0, start) for _, start, _ in kinds]
    one_per_line = len(set(lines)) == len(lines) and all(
        words.split("\n")[i].strip(" \t|").count("|") == 0 for i in lines)
    if len(set(lines)) > 1 and not one_per_line:
        return []
    out: list[Optional[str]] = []
    for kind, start, end in kinds:
        if kind == "year":
            kind = "cur" if int(words[start:start + 4]) == years[-1] else "prev"
        if kind == "diff" and regex.search(r"[率%幅]", words[start:end]):
            kind = "rate"
        out.append({"cur": "year", "ytd": "ytd", "cum": "cumulative", "prev": "prev", "diff": "diff"}.get(kind))
    return out


def keep_columns(rows: list[RowHit], columns: list[Optional[str]], warnings: list[str], dropped: set[int]) -> int:
    """Each row's cells cut to the columns of this year and the cumulative its header names, this year's
    first; the number of those columns (0: the header names none of ours in the order read, nothing is read)."""
    if "ytd" in columns:
        # 本年累计 is the year to date, this year's figure; beside 本期 (本期实际 | 本年累计 of a statistics
        # form) it is that figure again or a running total the form misnames: which, the text does not say
        ytd = "year"
        if "year" in columns:
            ytd = None
            warnings.append("legacy table: its 本年累计 column is not read: beside 本期 it is either this "
                            "year's figure again or a running total, which the header does not settle")
        columns = [ytd if p == "ytd" else p for p in columns]
    kept = [p for p in columns if p in PERIODS]
    at = {p: i for i, p in enumerate(columns) if p in PERIODS}     # (the cumulative may be printed first)
    if not columns:
        warnings.append("legacy table: its header names columns other than this year's and the cumulative "
                        "on more than one row, so which column is which is unknown; not read")
        return 0
    if kept not in (["year"], ["year", "cumulative"], ["cumulative", "year"]):
        warnings.append("legacy table: its header names columns other than this year's and the cumulative "
                        "in an order not read (" + ", ".join(p if p in PERIODS else "other" for p in columns)
                        + "); not read")
        return 0
    for h in rows:
        if len(h.cells) == len(columns) and not _change_differs(h, columns, warnings):
            h.cells = [h.cells[at[p]] for p in PERIODS if p in at]
        elif len(h.cells) == len(columns):
            h.cells = []
            dropped.add(id(h))
        else:
            h.cells = []            # which cell is which column is unknown: the row is not read (said below)
            warnings.append(f"legacy table row '{h.label.strip()}': cells do not match the "
                            f"{len(columns)} columns its header names; not read")
    return len(kept)


def _change_differs(h: RowHit, columns: list[Optional[str]], warnings: list[str]) -> bool:
    """Whether a row's change column (比上年增减) is not this year's figure less last year's: two of its
    cells swapped or moved (a crawler's damage), so which is which is unknown (said in a warning)."""
    if sorted(p for p in columns if p in ("year", "prev", "diff")) != ["diff", "prev", "year"]:
        return False
    cell = {p: parse_cell(t.raw) for t, p in zip(h.cells, columns) if p in ("year", "prev", "diff")}
    if not all(c.ok and c.value is not None for c in cell.values()):
        return False
    if abs(cell["year"].value - cell["prev"].value - cell["diff"].value) < 1e-6:
        return False
    warnings.append(f"legacy table row '{h.label.strip()}': its change {h.cells[columns.index('diff')].raw} is "
                    f"not this year's figure less last year's, so its cells are out of order; not read")
    return True


def grid_columns(doc: Document, rows: list[RowHit]) -> Optional[dict[int, Optional[str]]]:
    """The period of each figure column of an HTML table whose header has more than one row, from
    the header cells that cover the column top to bottom (2014年 spanning 本年度 | 累计, 上年 beside
    them): {grid column: "year" | "cumulative" | None (another column)}; None when the header does
    not settle it (a cell's extent unknown, a figure column it names nothing for, two of a period)."""
    first = doc.cell_at(rows[0].label_start)
    if first is None:
        return None
    head = [c for c in doc.cells if c.table == first.table and c.row < first.row]
    if not head or any(c.span is None or c.col is None for c in head):
        return None             # (a header cell in no column: a div row short of an omitted element)
    words: dict[int, list[tuple[str, int]]] = {}
    for c in sorted(head, key=lambda c: c.row):
        text = doc.text[c.start:c.end]
        if TITLE_LINE.fullmatch(text):
            continue                # the table's title in its first row names no column
        kinds = [(m.lastgroup, int(m.group("year")) if m.lastgroup == "year" else 0) for m in COLUMN.finditer(text)]
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


def keep_grid(doc: Document, rows: list[RowHit], meaning: dict[int, Optional[str]], warnings: list[str]) -> int:
    """Each row's cells cut to those in the grid columns of this year and the cumulative; their number."""
    kept = [p for p in PERIODS if p in meaning.values()]
    at = {p: col for col, p in meaning.items() if p}
    for h in rows:
        by_col = {ref.col: t for t in h.cells if (ref := doc.cell_at(t.start)) is not None}
        if all(at[p] in by_col for p in kept):
            h.cells = [by_col[at[p]] for p in kept]
        else:
            h.cells = []
            warnings.append(f"legacy table row '{h.label.strip()}': no cell under a column its header "
                            f"names ({', '.join(kept)}); not read")
    return len(kept)
