"""What tables 二, 三 and 四 read (NationalTables) and how a settled row becomes its values, with provenance."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from ..cells import PICTURE_CELL, parse_cell, wrapped_pieces
from ..model import Indicator
from .solver import Outcome
from .split_spans import cell_spans
from .tables import RowRead, split_note
from .values import RowValues, money_unit_unknown

if TYPE_CHECKING:                      # the entry's record (table2_collapsed imports this module)
    from .table2_collapsed import CollapsedRow


@dataclass
class NationalTables:
    template: Optional[str] = None
    indicators: list[Indicator] = field(default_factory=list)
    regions: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: dict[str, RowRead] = field(default_factory=dict)      # table 三 rows, for the checks
    t4: Optional[RowRead] = None
    in_doubt: set[str] = field(default_factory=set)            # table 三 rows left unread as moved down a line
    collapsed: bool = False      # the text may print a run of equal cells once (crawler damage)
    deduped: bool = False        # the text may print each distinct line once (crawler damage)
    wrapped: bool = False        # … and a row prints a figure wrapped over two lines (line_damage.wrapped_figure)
    t2_lines: dict[str, str] = field(default_factory=dict)     # table 二 rows read one figure a line: key → label
    t2_collapsed: dict[str, CollapsedRow] = field(default_factory=dict)  # table 二 rows read as collapsed runs: key → their entry
    cut_rows: set[str] = field(default_factory=set)            # table 三 rows the copy ends inside (cut_end.py)
    t3_labels: int = 0           # table 三 row labels found in the text (0: the table is not in it, cut away or a picture)

    @property
    def unread(self) -> dict[str, list[tuple]]:
        """Table 三 rows that could not be read, with their re-joined readings (for the checks)."""
        return {k: r.alternatives for k, r in self.rows.items() if not r.candidates}


def sums_to(parts: tuple, total) -> bool:
    # called for every candidate reading of a run (the solver's inner loop): the plain sum when no cell is blank
    if total is None:
        return True
    return (sum(parts) if None not in parts else sum(v or 0 for v in parts)) == total


def emit_row(doc, out: NationalTables, r: RowRead, keys: list[str], outcome: Outcome,
              header_unit: Optional[str] = None) -> None:
    if r.problem:
        out.warnings.append(f"table 二 row '{r.hit.label.strip()}': {r.problem}; not read")
    values = outcome.values.get(r.hit.spec.key)
    if not r.candidates or values is None:
        return
    emit_values(doc, out, r, keys, [None] * len(keys), values, split_note(r, r.hit.spec.key, outcome), header_unit)


def _unread_said(out: NationalTables, key: str, who: Optional[str], raw: str, why: Optional[str]) -> bool:
    """Says that a cell is not read and why (cells.unread_cell, or RowRead.left_unread's reason); False: it is left out."""
    why = why or ("its cell shows a picture, not text" if raw == PICTURE_CELL
                  else "its figure wrapped onto two lines in its cell ({} / {}), and no sum of the row proves the pieces "
                  "one figure".format(*pieces) if (pieces := wrapped_pieces(raw))
                  else f"its cell prints '{raw}', its sign twice: its value is not settled")
    out.warnings.append(f"{key}{'|' + who if who else ''}: {why}; not read (the row's other cells are read)")
    return False


OCR_NOTE = "a figure with a letter among its digits (OCR) read as the digits it looks like: the row's total proves it"


def emit_values(doc, out: NationalTables, r: RowRead, keys: list[str], applicants: list, values: list,
                 note: Optional[str], header_unit: Optional[str] = None) -> None:
    if r.ocr:
        label = " ".join(r.hit.label.split())
        for i, proven in r.ocr.items():
            cell = r.cells[i].raw
            out.warnings.append(f"row '{label}': '{cell}' is not surely a number (a letter among its digits, as an OCR "
                                f"misreads them); " + ("read as the digits it looks like, which the row's total proves"
                                                       if proven else "not read"))
        if any(r.ocr.values()):
            note = f"{note}; {OCR_NOTE}" if note else OCR_NOTE
    row = RowValues(doc, r.hit, note)
    indicator, emit = row.indicator, out.indicators.append
    cells = zip(keys, applicants, values, cell_spans(r, values))
    if r.pictures or r.ocr or r.left_unread:      # (rare: the common loop stays as it was)
        # a cell that shows a figure no one can read is unread, not blank: no value (null is a blank cell's)
        unread = {k for k, proven in r.ocr.items() if not proven} | set(r.pictures) | set(r.left_unread)
        cells = [c for k, c in enumerate(cells) if k not in unread or (k in r.pictures or k in r.left_unread)
                 and _unread_said(out, c[0], c[1], r.cells[k].raw, r.left_unread.get(k))]
    for key, who, v, span in cells:
        if v is None and r.split:
            out.warnings.append(f"{key}{'|' + who if who else ''}: its {r.damage} allow several readings; not read")
            continue
        if span:
            raw, s, e = span
        else:
            first = next(t for t in r.hit.cells if t.raw)
            raw, s, e = str(v), first.start, r.hit.cells[-1].end
        # a unit the cell prints itself outranks its column header's
        unit = header_unit if header_unit and parse_cell(raw).unit is None else None
        if money_unit_unknown(key, raw, v, unit):
            out.warnings.append(f"{key}: '{raw}' printed with no unit (元 or 万元: neither its cell nor its column "
                                "header says); not read")
            continue
        emit(indicator(key, raw, v, s, e, who, row_unit=unit))
