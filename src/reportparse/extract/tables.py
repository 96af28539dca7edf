"""Reading anchored rows into values: exact cells where the row has them, run recovery where not."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

import regex

from ..cells import CellValue, parse_cell
from .rows import RowHit, Token
from .solver import Constraint, Outcome, readings, solve
from .values import fit_cells

_RUN = regex.compile(r"^[+-]?\d+(?:\.\d+)?$")


@dataclass
class RowRead:
    hit: RowHit
    n: int
    cells: Optional[list[Token]] = None          # exact fit: one token per cell
    candidates: list[tuple] = field(default_factory=list)
    split: bool = False                           # candidates come from cutting digit runs
    problem: Optional[str] = None                 # why the row could not be read
    alternatives: list[tuple] = field(default_factory=list)   # readings with two cells re-joined (not emitted)


def read_row(hit: RowHit, n: int, group_ok: Optional[Callable[[tuple], bool]] = None,
             limit: int = 20_000, allow_split: bool = True, signed_cell: Optional[int] = None) -> RowRead:
    row = RowRead(hit, n)
    cells = fit_cells(hit, n)
    if cells is not None:
        row.cells = cells
        parsed = [parse_cell(t.raw) for t in cells]
        row.candidates = [tuple(c.value for c in parsed)]
        if any(not c.ok for c in parsed):
            row.problem = "a cell holds text that is not a number"
            row.candidates = []
        return row
    raw = [t.raw.replace(",", "").removesuffix("万元").removesuffix("元") for t in hit.cells if t.raw != ""]
    if allow_split and raw and len(raw) < n and all(_RUN.match(r) for r in raw):
        found = readings(raw, [n], group_ok, limit, signed_cell)
        row.split = True
        if found is None:
            row.problem = "too many readings of its run-together digits"
        else:
            row.candidates = found
            if not found:
                row.problem = "no reading of its run-together digits satisfies the row's arithmetic"
        return row
    row.problem = f"{len(hit.cells)} cells where the template has {n}"
    raw = [t.raw for t in hit.cells]
    if len(raw) == n + 1 and all(r.isdigit() for r in raw):
        # a scraper may have split one number in two ("1 2" for 12): keep the re-joined readings
        # that balance the row, as evidence for the checks — never as values
        for i in range(n):
            joined = raw[:i] + [raw[i] + raw[i + 1]] + raw[i + 2:]
            cand = tuple(int(x) for x in joined)
            if (len(raw[i + 1]) == 1 or raw[i] != "0") and (group_ok is None or group_ok(cand)):
                row.alternatives.append(cand)
    return row


SPLIT_ONLY = "split of run-together digits: the only reading of this row"
SPLIT_INFERRED = "split of run-together digits inferred from the template's arithmetic (the row alone allows several readings)"
SPLIT_EVIDENCE = "split of run-together digits settled with a figure the text states (the arithmetic allows several readings)"


def split_note(row: RowRead, row_id: str, outcome: Outcome) -> Optional[str]:
    """What a user should know about how a split row's cells were settled."""
    if not row.split:
        return None
    if any(r == row_id for r, _ in outcome.evidence_used):
        return SPLIT_EVIDENCE
    return SPLIT_ONLY if len(row.candidates) == 1 else SPLIT_INFERRED


def settle(rows: dict[str, RowRead], constraints: list[Constraint],
           evidence: Optional[dict[tuple[str, int], float]] = None, limit: int = 20_000) -> Outcome:
    candidates = {rid: r.candidates for rid, r in rows.items() if r.candidates}
    return solve(candidates, constraints, evidence, limit)


def cell_spans(row: RowRead, values: list) -> list[Optional[tuple[str, int, int]]]:
    """(raw, start, end) of each settled cell of a split row, walking the runs left to right."""
    if row.cells is not None:
        return [(t.raw, t.start, t.end) for t in row.cells]
    out: list[Optional[tuple[str, int, int]]] = []
    tokens = [t for t in row.hit.cells if t.raw != ""]
    ti, pos = 0, 0
    for v in values:
        if v is None or ti >= len(tokens):
            return out + [None] * (len(values) - len(out))
        tok = tokens[ti]
        text = tok.raw
        if isinstance(v, float) and not float(v).is_integer() or (isinstance(v, float) and "." in text[pos:]):
            piece = text[pos:].removesuffix("万元").removesuffix("元")
        else:
            piece = str(int(v))
        if not text.startswith(piece, pos):
            return out + [None] * (len(values) - len(out))
        out.append((piece, tok.start + pos, tok.start + pos + len(piece)))
        pos += len(piece)
        if pos >= len(text.removesuffix("万元").removesuffix("元")):
            ti, pos = ti + 1, 0
    return out


def as_cell(raw: str, unit: Optional[str] = None) -> CellValue:
    cell = parse_cell(raw)
    return CellValue(cell.value, cell.raw, unit or cell.unit, cell.ok)
