"""Table 三 rows a crawler moved one line down: each label's figures printed on the next label's line,
a label without figures above and a row of figures without a label below. Read only where R1 and R2
hold for the moved reading and not for the text as printed; otherwise the rows are said in doubt."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ..document import Document
from ..schema import row_specs, table3_rows
from .fragments import LooseRow, figure_lines
from .rows import LabelIndex, RowHit, find_rows
from .tables import RowRead, read_row
from .table3_rules import table3_constraints

if TYPE_CHECKING:                      # the tables' record
    from .national_emit import NationalTables


def moved_down(doc: Document, index: LabelIndex, out: NationalTables, loose: list[LooseRow], bare: list[RowHit],
               start: int, after: int, taken: list[tuple[int, int]], total_ok, limit: int) -> set[int]:
    """Where table 三 has labels printed without figures (`bare`): read the rows moved down a line into
    out.rows, and return the starts of the loose rows of figures they account for (no gap's rows)."""
    # a whitespace-separated table's rows moved down leave a line of seven figures alone
    lines = figure_lines(doc.text, start, after, 7, taken)
    # a row of figures that a label without figures and the labelled rows after it account for is theirs
    # (moved down a line), never a gap's row
    rows_at = sorted(r.start for r in loose + lines)
    slots = table3_rows(out.template)

    def apart(a: int, b: int) -> bool:
        # a row of figures or a row label of the template (not a group's heading) stands between a and b
        return bisect_right(rows_at, a) != bisect_left(rows_at, b) or any(
            h.label_start >= a and h.spec.key in slots for h in find_rows(index, row_specs("t3"), a, b))
    moved = {row.start for row in sorted(loose + lines, key=lambda r: r.start)
             if not row.printed and _shifted_rows(out, row, bare, apart, total_ok, limit)}
    for key, r in list(out.rows.items()):
        # whitespace-separated rows moved down with no line between: a label's reading ran on into the
        # label-less line after it (14 cells); its own line's seven and that line tried as the pattern
        h, cells = r.hit, r.hit.cells
        if h.pipe_row or len(cells) != 14 or "\n" in doc.text[h.label_end:cells[6].end] \
                or doc.text.count("\n", cells[6].end, cells[7].start) != 1 or "\n" in doc.text[cells[7].start:cells[13].end]:
            continue
        out.rows[key] = read_row(RowHit(h.spec, h.label, h.label_start, h.label_end, cells[:7], False, cells[6].end),
                                 7, total_ok, limit)
        line = LooseRow(cells[7].start, cells[13].end, cells[7:], pipe=False)
        if not _shifted_rows(out, line, bare, apart, total_ok, limit):
            out.rows[key] = r
        elif r.problem:             # said again by the shift's own warning
            out.warnings.remove(f"table 三 row '{h.label.strip()}': {r.problem}; not read")
    return moved


def _shifted_rows(out: NationalTables, row: LooseRow, bare: list[RowHit], apart, total_ok, limit: int) -> bool:
    """A label printed without figures, the next labels each on a line with figures, then a row of figures
    with no label: a crawler moved each row's cells onto the next label's line. That reading (each label
    takes the figures of the line after it) is read where R1/R2 hold for it and not for the text as
    printed; otherwise the labelled rows in between are in doubt and not read. Never a silent guess."""
    slots = table3_rows(out.template)
    before = [r for r in out.rows.values() if r.hit.region_end <= row.start]
    if not before:
        return False
    chain = [max(before, key=lambda r: r.hit.label_start)]
    if chain[0].hit.spec.key not in slots:      # a group's own row ((六)其他处理 with figures): no template slot
        return False
    while True:           # the rows read back from the loose row, one template slot each, in printed order
        at = slots.index(chain[0].hit.spec.key)
        head = next((h for h in bare if at and h.spec.key == slots[at - 1] and h.label_start < chain[0].hit.label_start
                     and slots[at - 1] not in out.rows), None)
        if head is not None:
            break
        prev = out.rows.get(slots[at - 1]) if at else None
        if prev is None or prev.hit.label_start >= chain[0].hit.label_start or len(chain) >= 3:
            return False
        chain.insert(0, prev)
    # one after the other: no other label nor row of figures between them (a fragmented table's labels
    # drift away from their rows: that is another damage, assign_by_order's)
    ends = [head.label_end] + [r.hit.label_end for r in chain]
    starts = [r.hit.label_start for r in chain] + [row.start]
    if any(apart(a, b) for a, b in zip(ends, starts)):
        return False
    keys = [head.spec.key] + [r.hit.spec.key for r in chain]
    labels = [head] + [r.hit for r in chain]
    lines = [r.hit for r in chain] + [RowHit(chain[-1].hit.spec, "", row.start, row.start, row.cells, row.pipe, row.end)]
    shifted = {lb.spec.key: read_row(RowHit(lb.spec, lb.label, lb.label_start, lb.label_end, line.cells, line.pipe_row,
                                            line.region_end), 7, total_ok, limit)
               for lb, line in zip(labels, lines)}
    trial = dict(out.rows, **shifted)
    names = ", ".join(keys)
    if _identities_hold(trial, keys) and not _identities_hold(out.rows, keys):
        for k, r in shifted.items():
            r.hit.note = "each row's cells printed on the next label's line"
        out.rows.update(shifted)
        out.warnings.append(f"table 三: rows {names} read each from the line after its label (a label printed without "
                            "figures, a row of figures without a label after them): R1 and R2 hold only so")
        return True
    for r in chain:
        del out.rows[r.hit.spec.key]
    out.in_doubt.update(keys)
    out.warnings.append(f"table 三: rows {names}: a label without figures and a row of figures without a label around "
                        "them (cells moved onto the next label's line?), which R1 and R2 do not settle; not read")
    return True


def _identities_hold(rows: dict[str, RowRead], keys: list[str]) -> bool:
    """R1 and R2 hold in every column, for rows with one reading each, where they bear on `keys`."""
    if any(len(r.candidates) != 1 for r in rows.values()):
        return False
    one = {k: r.candidates[0] for k, r in rows.items()}
    tests = [c for c in table3_constraints(rows) if set(keys) & set(c.rows)]
    return bool(tests) and all(c.test(one) for c in tests)
