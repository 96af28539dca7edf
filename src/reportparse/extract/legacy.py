"""The 2008–2018 appendix tables (附表 / 统计表): label rows with one or two value columns."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from ..document import Document
from ..model import Indicator
from ..schema import RowSpec, legacy_sum_rows, row_specs
from .rows import LabelIndex, RowHit, find_rows, may_be_collapsed
from .solver import Constraint
from .tables import RowRead, cell_spans, read_row, settle, split_note
from .values import RowValues

PERIODS = ("year", "cumulative")
_HEADER = regex.compile(r"指标名称|统计表|附表|计量单位")
_CUMULATIVE_HEADER = regex.compile(r"累\s*计")
_CODE_HEADER = regex.compile(r"代\s*码")
_CODE = regex.compile(r"^\d{1,2}(?:\.\d{1,2})?$")
_GAP = 400
_UNITS = "件条项个份起人次元万宗例"        # a count's unit in prose (当面申请1宗，占10%)
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


def _clusters(hits: list[RowHit]) -> list[list[RowHit]]:
    groups: list[list[RowHit]] = []
    for hit in hits:
        if groups and hit.label_start - groups[-1][-1].region_end <= _GAP:
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return groups


def extract_legacy(doc: Document, index: LabelIndex, evidence: dict[str, float],
                   limit: int = 20_000) -> Optional[LegacyTable]:
    hits = [h for h in find_rows(index, row_specs("legacy"))
            if h.cells and any(t.raw for t in h.cells) and not _in_sentence(doc.text, h)]
    groups = [g for g in _clusters(hits) if len({h.spec.key for h in g}) >= 3]
    if not groups:
        return None
    rows = max(groups, key=len)
    table = LegacyTable(region=(rows[0].label_start, rows[-1].region_end))
    table.warnings += _unmapped_rows(doc.text, rows)
    header = doc.text[max(0, rows[0].label_start - 300):rows[0].label_start]
    head_at = max((m.end() for m in _HEADER.finditer(header)), default=0)
    header = header[max(0, head_at - 60):]
    two = bool(_CUMULATIVE_HEADER.search(header))
    counts = [len([t for t in h.cells if t.raw]) for h in rows]
    has_code = bool(_CODE_HEADER.search(header))
    if has_code:
        for h in rows:
            if h.cells and _CODE.match(h.cells[0].raw) and len(h.cells) > 1:
                h.cells = h.cells[1:]
        counts = [len(h.cells) for h in rows]
    if not two and counts and sum(c == 2 for c in counts) > len(counts) / 2:
        two = True
    n = 2 if two else 1
    table.columns = n
    # run-together tables: most rows hold fewer cells than columns
    runs = sum(c < n for c in counts) > len(counts) / 2

    collapsed = may_be_collapsed(doc.text, rows[0].label_start, rows[-1].region_end)
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
            if v is None and r.split:
                table.warnings.append(f"{key} ({period}): its {r.damage} allow several readings; not read")
                continue
            raw, start, end = span if span else (str(v), r.hit.cells[0].start, r.hit.cells[-1].end)
            table.indicators.append(row.indicator(key, raw, v, start, end, applicant, period, row_unit=row_unit))
    return table


_UNMAPPED = regex.compile(r"(?:[0-9]{1,2}[、.]\s*)?(\p{Han}[\p{Han}、,，()（）]{2,30}?)\s*(?:[条件项个份起人次元万]{1,2}\s+)?[0-9][0-9,.]*")


def _unmapped_rows(text: str, rows: list[RowHit]) -> list[str]:
    """A labelled row with numbers between two read rows that the vocabulary has no key for."""
    out = []
    for hit, nxt in zip(rows, rows[1:]):
        gap = text[hit.region_end:nxt.label_start]
        for m in _UNMAPPED.finditer(gap):
            out.append(f"legacy table: the row '{m.group(1)}' has figures but no key in the vocabulary; not read")
    return out


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
