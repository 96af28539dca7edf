"""Tables 二, 三 and 四 of the national templates (2019: 国办公开办函〔2019〕60号; 2021: 〔2021〕30号); table 四
itself in national_table4, the values a read row gives in national_emit."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Optional

import regex

from ..document import Document
from ..patterns import SENTENCE_ROW_UNITS
from ..schema import APPLICANTS, TABLE2_COLUMNS, TABLE2_KEPT, row_specs, table3_rows, template_markers
from .fragments import (LABEL_ALONE, LABELLESS_PIPE_ROW, LooseRow, assign_by_order, cut_pipe_row, label_alone_lines,
                        label_alone_rest, loose_rows, rejoined_row)
from .cut_end import cut_at_text_end, next_head_cut, prints_all_columns
from .dedup import dedup_problem, may_be_deduped
from .left_out import placed_cells, placements, unplaced
from .label_halves import from_halves, halves_apart, with_halves
from .lost_cell import missing_cell, one_cell_lost
from .national_emit import NationalTables, emit_row, emit_values, sums_to
from .national_table4 import table4
from .pipe_span import across_rows
from .line_damage import (WRAPPED_NOTE, cut_across_lines, may_be_collapsed, numeric_lines, on_lines_of_their_own,
                          stripped_lines, wrapped_figure)
from .rows import LabelIndex, RowHit, find_rows
from .solver import sums_to_last
from .table3_columns import column_major
from .table3_cut import past_furniture, past_label_furniture, repaired
from .table3_moved import moved_down
from .table3_rules import table3_constraints
from .tables import RUN_TOGETHER, read_row, settle, split_note
from .wrapped_cells import UNREAD_WRAPPED_CELL, singled_out, wrapped_at
from .table2_headers import header_headings, header_unit, names_no_column, own_columns
from .table2_padding import NOTE as PADDING_NOTE, padded_fit
from .table2_collapsed import collapsed_entry, collapsed_row, unproven_collapsed

_MARKERS = template_markers()
_T2_START = regex.compile(_MARKERS.starts["t2"])
_T3_START = regex.compile(_MARKERS.starts["t3"])
# table 三's header (申请人情况, then its first applicant column), said where none of its rows was found: the table is printed
# in a form the row search does not know, and is said unread, never left out in silence
_T3_HEADER = regex.compile(_MARKERS.starts["t3_header"])
# table 四's section heading (四、政府信息公开行政复议…)
_T4_TITLE = regex.compile(_MARKERS.starts["t4_title"])
_T2_HEADER = regex.compile("|".join(map(regex.escape, _MARKERS.t2_header)))


def detect_template(index: LabelIndex) -> Optional[str]:
    """2019 or 2021 from the tables' own wording (data/templates.tsv), or None."""
    return _MARKERS.template_of(index.compact)


def extract_national(doc: Document, index: LabelIndex, evidence: dict[str, float],
                     limit: int = 20_000, year: Optional[int] = None) -> Optional[NationalTables]:
    """Tables 二, 三, 四, or None when the text holds no national template.

    year: the report's year, for a text whose tables do not name their template (a fragment
    that holds only the first rows of table 三): 2019–2020 reports use the 2019 template.
    """
    template = detect_template(index)
    if template == "2021" and year is not None and 2019 <= year <= 2020 and _MARKERS.named_by_row_label(index.compact):
        # a row label only the 2021 template prints (申请人逾期未按收费通知要求缴纳费用) in a 2019–2020 report: it
        # names the template where a table holds it, else it is a sentence's words and the year's template stands
        out = _extract(doc, index, evidence, limit, year, "2021", False)
        if out is not None and (out.rows or any(i.source.method == "table" for i in out.indicators)):
            return out
        template = None
    guessed = template is None and year is not None and year >= 2019
    if guessed:
        template = "2019" if year <= 2020 else "2021"
    if template is None:
        return None
    return _extract(doc, index, evidence, limit, year, template, guessed)


def _extract(doc: Document, index: LabelIndex, evidence: dict[str, float], limit: int, year: Optional[int],
             template: str, guessed: bool) -> Optional[NationalTables]:
    out = NationalTables(template=template)
    t2_start = next(index.find(_T2_START), None)
    t2_at = t2_start[0] if t2_start else 0
    region = "" if doc.blanks_left_out else doc.text[t2_at:]
    lines = stripped_lines(region)
    figures = numeric_lines(lines)           # (found once for both tests)
    out.deduped = may_be_deduped(lines, figures, wide=doc.wide_figures)
    # a deduplicated text drops a cell equal to any earlier line, not only to its neighbour: no run is spread
    out.collapsed = not out.deduped and may_be_collapsed(lines, figures, wide=doc.wide_figures, source=region,
                                                         proven=True)
    t3_start = next(index.find(_T3_START), None)
    t3_at = t3_start[0] if t3_start else len(doc.text)
    _table2(doc, index, out, template, t3_at, evidence, limit)
    t3_end = _table3(doc, index, out, t3_at, evidence, limit) if t3_start else t3_at
    if out.wrapped and out.t2_lines:
        _unproven_t2(out)
    if not t3_start:        # (table 三 not in the text, e.g. pasted in as a picture: table 四 after table 二)
        t3_end = max((e for _s, e in out.regions), default=0)
        if next(index.find(_T3_HEADER, t3_end), None) is not None:
            out.warnings.append("table 三 (收到和处理政府信息公开申请情况): its header is printed but none of its rows "
                                "was found; not read")
    table4(doc, index, out, t3_end, limit)
    unproven_collapsed(doc, out)     # (table 二's rows read as collapsed runs stand where tables 三 and 四 prove a collapse)
    if guessed:
        # a copy that kept only a part of table 二 (its (八) and (九) sections, under their 第二十条 headings) and no
        # table 三 still gives that part's figures
        if not out.rows and not any(i.key.startswith(("disclosure.", "review.", "litigation.")) for i in out.indicators):
            return None
        out.warnings.append(f"template {template} taken from the year {year}: the tables do not name it")
    return out


def _table2(doc: Document, index: LabelIndex, out: NationalTables, template: str, end: int,
            evidence: dict[str, float], limit: int) -> None:
    start = next(index.find(_T2_START, 0, end), None)
    if start is None:
        return
    keys_read = [*TABLE2_COLUMNS[template], *TABLE2_KEPT.get(template, ())]
    specs = [s for s in row_specs("t2") if s.key in keys_read]
    raw = find_rows(index, specs, start[0], end, skip_notes=True, near=True)
    # a long label wrapped around its row's figures ('| 行政规范 |' / '| 23 | 9 |' / '| 71 |' / '| 性文件 |')
    raw = with_halves(doc.text, raw, halves_apart(doc.text, specs, start[0], end))
    found = [h if from_halves(h) else label_alone_rest(doc.text, h) or h for h in raw]
    sections = [m[0] for m in index.find(_T2_START, start[0], end)]
    labels = sorted(h.label_start for h in found)
    bounds = sorted(set(labels) | set(sections) | {end})
    # each block's columns from its own header: its 信息内容 row where printed, else its 第二十条 heading (a copy that
    # dropped the headings still prints a header over each block)
    heads = sorted(set(sections) | {m[0] for m in index.find(_T2_HEADER, start[0], end)})

    known: dict[int, Optional[tuple[str, ...]]] = {}     # each row's columns, worked out once (padded_fit asks again)

    def columns(g: RowHit, k: int | None = -1) -> Optional[tuple[str, ...]]:   # k: its header's headings, if counted
        if id(g) not in known:
            k = header_headings(doc.text, heads, labels, g) if k == -1 else k
            known[id(g)] = own_columns(index, sections, g, template, k, heads)
        return known[id(g)]

    # a pipe row cut after its label whose figures a converter cut over lines too ('| 规章 |' / '| 20 | 42 |' /
    # '| 44 |'): no total proves the join, its columns and the next line (a label, a heading: no figures) do
    found = [g if (n := len(columns(h) or ())) == 0 or from_halves(g) or g is not h and len(g.cells) == n else (
        label_alone_lines(doc.text, h, n) or g) for h, g in zip(raw, found)]
    hits = [h for h in found if h.cells]
    out.regions.append((start[0], hits[-1].region_end if hits else start[1]))
    # a row whose label stands in the table with no figure after it (its cells left out, or a layout
    # the cell reader does not know) is said, never dropped in silence
    bare = {h.spec.key: h for h in reversed(found) if not h.cells}
    for key in sorted(bare.keys() - {h.spec.key for h in hits}, key=keys_read.index):
        out.warnings.append(f"table 二 row '{' '.join(bare[key].label.split())}': its label is printed but no figure "
                            "follows it; not read")
    # the table's copy keeps cells apart (a page that draws nothing for a blank, a row of explicit cells, a row of
    # two or more figures printed apart): one figure alone under several columns may be a row whose blanks were
    # left out as well as digits run together
    apart = doc.blanks_left_out or any(len(h.cells) > 1 and (h.pipe_row or all(t.raw for t in h.cells) and all(
        b.start > a.end for a, b in zip(h.cells, h.cells[1:]))) for h in hits) or _labels_apart(doc.text, hits)
    seen = set()

    for h in hits:
        if h.spec.key in seen:
            continue
        seen.add(h.spec.key)
        k = header_headings(doc.text, heads, labels, h)
        names = columns(h, k)
        if names is None:
            # (a row the template dropped, 其他对外管理服务事项 in a 2021 table, under no header naming its columns)
            out.warnings.append(f"table 二 row '{' '.join(h.label.split())}': a row the {template} template does not "
                                "print, and its block's header names none of its columns: not read")
            continue
        if h is hits[-1] and (trimmed := next_head_cut(doc.text, h, len(names))):
            h = trimmed         # (the copy ends inside the next section's heading: its opening words are no cell)
        if h.pipe_row and k and k < len(names) and names_no_column(index, sections, h):
            # (a 2019 table whose block prints one 2021 column under a word none names: its lone figure is in no
            # column the text settles, never the template's first)
            out.warnings.append(f"table 二 row '{' '.join(h.label.split())}': its block's header prints {k} column "
                                f"heading(s) where the template has {len(names)}, in words that name none of them: "
                                "which columns its figures stand in is not settled; not read")
            continue
        if (h.note == LABEL_ALONE or from_halves(h)) and len(h.cells) != len(names):
            # (the figures' line is the row's only where it fills the row's columns: else whose they are is unknown)
            how = "its label alone on its line, then a line" if h.note == LABEL_ALONE else "its label's halves around lines"
            out.warnings.append(f"table 二 row '{' '.join(h.label.split())}': {how} of {len(h.cells)} figures where it "
                                f"has {len(names)} columns; not read")
            continue
        signed = names.index("items_change") if "items_change" in names else None
        keys = [f"{h.spec.key}.{c}" for c in names]
        if h is hits[-1] and (cut := cut_at_text_end(doc.text, h, len(names), lambda: prints_all_columns(
                hits[:-1], [len(columns(g) or ()) for g in hits[:-1]]))):
            # a copy that ends inside the row, its cells one a line (cut_end.py): the figures printed are its
            # first columns; the rest are not in the text
            out.warnings.append(f"table 二 row '{' '.join(h.label.split())}': " + _cut_said(cut, len(names), h))
            r = read_row(replace(h, cells=h.cells[:cut]), cut, None, limit, text=doc.text)
            emit_row(doc, out, r, keys[:cut], settle({h.spec.key: r}, [], {}, limit),
                     header_unit(doc.text, sections, h))
            continue
        at = bisect_right(heads, h.label_start) - 1
        if h.pipe_row and len(h.cells) > len(names) and (fit := padded_fit(
                doc.text, h, len(names), [(g, len(columns(g) or ())) for g in hits if g is not h and g.pipe_row],
                heads[at] if at >= 0 else None)):
            h = replace(h, cells=fit, note=f"{h.note}; {PADDING_NOTE}" if h.note else PADDING_NOTE)
        r = unplaced(doc, h, len(names)) or read_row(h, len(names), None, limit, signed_cell=signed,
                                                     collapsed=out.collapsed, pictures=True, text=doc.text,
                                                     wide=doc.wide_figures)
        printed = [t for t in h.cells if t.raw]
        if r.damage == RUN_TOGETHER and (any(b.start > a.end for a, b in zip(printed, printed[1:])) or (
                apart and len(printed) == 1 and not printed[0].raw.startswith("0"))):
            # no arithmetic holds in table 二: figures printed apart but fewer than its columns ("规章 2 17"),
            # or, where other rows print their cells apart, one figure that can stand alone ("400", not "000"),
            # may be a row whose blank cells a PDF's copy left out as well as digits run together
            r.candidates, r.problem = [], (f"{len(printed)} figures where the template has {len(names)}: blank cells "
                                           "left out or digits run together, which nothing in the table settles")
        elif r.split and _cut_by_text(doc.text, h, bounds):
            # fewer figures than columns, then text that is no cell before the next row: the row was cut (a
            # page's furniture or prose between its cells), neither collapsed nor run together
            r.candidates, r.problem = [], (f"{len(printed)} figures where the template has {len(names)}, then text "
                                           "that is no cell before the next row (the row cut)")
        elif (printed and r.candidates and not from_halves(h) and "\n" not in doc.text[h.label_end:printed[0].start]
              and cut_across_lines(doc.text, printed)):
            # no total in table 二 tells a cell from half of a figure a wrapped line cut (a row from its label's
            # halves starts its figures on a line of their own: its head's line ends before them)
            r.candidates, r.problem = [], ("its figures go on from its label's line to the next with digits both "
                                           "sides of the break (a wrapped line may have cut a figure): not settled")
        if out.deduped:
            if wrapped_figure(doc.text, h.cells, len(names)):
                out.wrapped = True
            elif r.candidates and on_lines_of_their_own(doc.text, h.label_end, h.cells):
                out.t2_lines[h.spec.key] = " ".join(h.label.split())
        # a figure the text states ("本年制发行政规范性文件73件") settles an ambiguous split
        ev = {(h.spec.key, i): evidence[k] for i, k in enumerate(keys) if r.split and k in evidence}
        emit_row(doc, out, r, keys, settle({h.spec.key: r}, [], ev, limit), header_unit(doc.text, sections, h))
        if collapsed_row(r):
            out.t2_collapsed[h.spec.key] = collapsed_entry(r, keys, evidence, header_unit(doc.text, sections, h))


def _labels_apart(text: str, hits: list[RowHit]) -> bool:
    """Does every row of two or more print its figures apart from its label ("行政规范性文件      138"), where a
    copy that runs cells together runs them into the label too ("行政规范性文件94121")?"""
    return len(hits) > 1 and all(h.cells[0].start > h.label_end and text[h.label_end:h.cells[0].start].isspace()
                                 for h in hits)


CUT_NOTE = "the copy ends inside the row: the figures it printed are its first columns"


def _cut_said(cut: int, n: int, h: RowHit) -> str:
    if cut < n:
        return f"the text ends after {cut} of its {n} cells (the copy cut); its first {cut} read"
    return (f"the text ends inside a figure after its {n} cells (the copy cut: '{h.cells[-1].raw}' is none of "
            "its cells); read")


def _cut_by_text(text: str, h: RowHit, bounds: list[int]) -> bool:
    """Text other than pipes stands between the row's last cell and the next row, heading or table end."""
    last = max((t.end for t in h.cells), default=h.label_end)
    nxt = bounds[bisect_right(bounds, h.label_start)] if bisect_right(bounds, h.label_start) < len(bounds) else len(text)
    return bool(text[last:nxt].strip(" \t\n|"))


# a row label said in a sentence, its one figure counted in 件 with the clause going on after it (本年新收政府信息公开申请
# 52件,上年结转3件,…; 同意公开或部分公开247件。): prose that names a row, no table's; a table 三 whose every row is such
# is prose only (its start word 本年新收 said in a sentence too), and its span is left to the narrative
_COUNTED = regex.compile("[" + "".join(SENTENCE_ROW_UNITS) + "][,，。;；]")


def _in_a_sentence(text: str, h: RowHit) -> bool:
    return not h.pipe_row and len(h.cells) == 1 and _COUNTED.match(text, h.cells[0].end) is not None


def _t3_rows(index: LabelIndex, start: int) -> list[RowHit]:
    """Table 三's row labels in order. A table flattened to its labels, then its figures, leaves (七)总计 with no
    figure after it: the search looks on for 总计 with figures and may find table 四's header word past the 四、
    heading (table 三's labels before it, one 'row' after it): the labels are then looked for before that heading."""
    found = find_rows(index, row_specs("t3"), start, None, sequential=True, label_tail=True)
    fence = next(index.find(_T4_TITLE, start), None)
    if fence is None or not found or found[-1].label_start < fence[0] \
            or sum(h.label_start < fence[0] for h in found) < 10:
        return found
    return find_rows(index, row_specs("t3"), start, fence[0], sequential=True, label_tail=True)


def _table3(doc: Document, index: LabelIndex, out: NationalTables, start: int,
            evidence: dict[str, float], limit: int) -> int:
    hits = across_rows(doc.text, _t3_rows(index, start), 7)
    counted = [h for h in hits if h.cells]
    if counted and len(hits) < 10 and all(_in_a_sentence(doc.text, h) for h in counted):
        return start            # (…本年新收434件…。同意公开或部分公开247件。: sentences, the narrative's to read)
    # a pipe row cut after its label ('| (七)总计 |'), its figures the next part's pipe row(s): the row's only where
    # they fill its seven columns (else whose they are is unknown; a middle row's may still be placed by order below)
    hits = [label_alone_lines(doc.text, h, 7, _row_total_ok) or h for h in hits]
    # a row label followed directly by the next label is a group heading ((六)其他处理 in 2021);
    # a pipe row of blank cells is a row of nulls
    labelled = hits
    out.t3_labels = len(labelled)
    hits = [h for h in hits if any(t.raw for t in h.cells) or (h.pipe_row and len(h.cells) >= 7)]
    if len(hits) < len(labelled):
        hits = _past_label_furniture(doc.text, labelled, hits, out.collapsed)
    if len(hits) <= 1 and len(labelled) >= 10:
        # every label without figures but the last: the table may be printed column by column (or row by row)
        found = column_major(doc, labelled, out.template, _row_total_ok, limit)
        if found is not None:
            out.rows.update(found[0])
            out.regions.append((start, found[1]))
            out.warnings.append(f"{found[2]}, as R1, R2 and each row's total hold")
            _settle_table3(doc, out, evidence, limit)
            return found[1]
    if not hits:
        return start
    # (a row cut over a page leaves a pipe row of figures and no label: none in the table, no row looked at)
    cut = LABELLESS_PIPE_ROW.search(doc.text, start, hits[-1].region_end + 400) is not None
    hits = [_rejoined(doc, h) for h in hits] if cut else hits
    end = hits[-1].region_end
    out.regions.append((start, end))
    total_ok = _row_total_ok
    bounds = sorted({h.label_start for h in labelled} | {past_furniture(doc.text, end)})
    for h in hits:
        if h is hits[-1] and (trimmed := next_head_cut(doc.text, h, 7)):
            h = trimmed
        if h is hits[-1] and (k := cut_at_text_end(
                doc.text, h, 7, lambda: prints_all_columns(hits[:-1], [7] * (len(hits) - 1)), total_last=True)):
            out.warnings.append(f"table 三 row '{' '.join(h.label.split())}': " + _cut_said(k, 7, h))
            h = replace(h, cells=h.cells[:k])
            if k < 7:           # the applicants' first k columns, no total to check: out of the table's arithmetic
                r = read_row(h, k, None, limit, text=doc.text)
                if r.candidates and len(r.candidates) == 1:
                    emit_values(doc, out, r, [h.spec.key] * k, list(APPLICANTS)[:k], list(r.candidates[0]), CUT_NOTE)
                out.cut_rows.add(h.spec.key)
                continue
        r = placements(doc, h, 7, total_ok)
        if r is None:
            r = read_row(h, 7, total_ok, limit, collapsed=out.collapsed, across=True, pictures=True, text=doc.text,
                         wide=doc.wide_figures)
            r = repaired(doc.text, h, r, bounds, total_ok, limit, out.collapsed)
            if (out.deduped or out.collapsed) and (why := dedup_problem(doc.text, h, r, 7, total_ok, out.collapsed)):
                r.problem, r.candidates = why, []
            elif not r.candidates and (not out.collapsed or r.refuted) and (
                    lost := one_cell_lost(h, 7, total_ok, not placed_cells(doc, h))):
                r = lost
        if cut and r.candidates and h.pipe_row and cut_pipe_row(doc.text, h):
            r.problem, r.candidates = ("fewer cells than the pipe row above it, and after a break the next pipe row "
                                       "opens with figures and no label that do not fill it (a row cut between two "
                                       "parts of the table): its columns are not settled"), []
        if r.problem:
            out.warnings.append(f"table 三 row '{h.label.strip()}': {r.problem}; not read")
        out.rows[h.spec.key] = r
    if out.deduped and not out.wrapped:        # (a row here may show it too: table 二's rows are judged after)
        out.wrapped = any(wrapped_figure(doc.text, h.cells, 7) for h in hits)
    _loose_rows(doc, index, out, hits, start, end, total_ok, limit, labelled)
    # a template row whose label is printed but gives no figure (and no loose row took its place) is
    # said apart from a row the document does not print
    bare = {h.spec.key: h for h in reversed(labelled) if h.label_start < end}
    _group_line(out, bare)
    missing = [k for k in table3_rows(out.template) if k not in out.rows and k not in out.cut_rows]
    absent = [k for k in missing if k not in bare]
    for k in missing:
        if k in bare and k not in out.in_doubt:
            out.warnings.append(f"table 三 row '{' '.join(bare[k].label.split())}': its label is printed but no figure "
                                "follows it; not read")
    if absent:
        out.warnings.append(f"table 三: {len(absent)} of its rows are not in the document: " + ", ".join(absent))
    _settle_table3(doc, out, evidence, limit)
    return end


def _past_label_furniture(text: str, labelled: list[RowHit], hits: list[RowHit], collapsed: bool) -> list[RowHit]:
    """`hits` with the rows whose label a page's furniture line parts from their figures (table3_cut)."""
    found = {}
    for h, nxt in zip(labelled, labelled[1:] + [None]):         # (the last row's figures end where figure lines do)
        if not h.cells and (whole := past_label_furniture(text, h, nxt and nxt.label_start, _row_total_ok,
                                                          collapsed)) is not None:
            found[h.label_start] = whole
    return sorted(hits + list(found.values()), key=lambda h: h.label_start) if found else hits


def _rejoined(doc: Document, h: RowHit) -> RowHit:
    """A pipe row cut over a page whose rest (the next part's first row, figures and no label) fills it to the width
    of the row above: the row with its rest (fragments.rejoined_row), said in its note; else the row as found."""
    cut = cut_pipe_row(doc.text, h) if h.pipe_row else None
    return rejoined_row(doc.text, h, cut[:2]) if cut and cut[2] else h


def _unproven_t2(out: NationalTables) -> None:
    """Table 二's rows read one figure a line, in a text that wraps figures and may have dropped lines: no total in
    table 二 tells a figure from the half of one whose other half was dropped ('418' as '18'), so none is read."""
    prefixes = tuple(f"{k}." for k in out.t2_lines)
    out.indicators = [i for i in out.indicators if not i.key.startswith(prefixes)]
    for label in out.t2_lines.values():
        out.warnings.append(f"table 二 row '{label}': " + WRAPPED_NOTE.format(
            how="", proof="no total in table 二 proves it; not read"))


def _settle_table3(doc: Document, out: NationalTables, evidence: dict[str, float], limit: int) -> None:
    ev = {(k, 6): v for k, v in evidence.items() if k in out.rows and out.rows[k].split}
    constraints = table3_constraints(out.rows)
    outcome = settle(out.rows, constraints, ev, limit)
    if outcome.exhausted:
        out.warnings.append("table 三: too many readings of run-together digits; ambiguous rows not read")
    if outcome.relaxed and any(r.split for r in out.rows.values()):
        out.warnings.append("table 三: no reading of its inferred cells satisfies R1 and R2; they were read "
                            "with each row's own total only, and the failing checks show the gap")
    for key, r in out.rows.items():
        values = outcome.values.get(key)
        if (r.left_out or r.lost) and (outcome.relaxed or values is None or tuple(values) not in r.candidates):
            # (the row's own total alone never places them: R1 and R2 must hold with the one placement kept)
            what = (f"{r.left_out} blank cell(s) left out (a row short of its empty cells, or its figures set in one "
                    "cell)") if r.left_out else "one cell short (a crawler dropped a cell)"
            out.warnings.append(f"table 三 row '{r.hit.label.strip()}': {what}, and where they stand neither the "
                                "row's total nor R1 and R2 settle; not read")
            continue
        if r.wrapped is not None and (outcome.relaxed or values is None or tuple(values) != r.wrapped) and \
                not singled_out(key, out.rows, constraints):
            # (wrapped cells whose joined reading R1 and R2 do not single out: unread, the row's other cells read)
            r.left_unread = dict.fromkeys(wrapped_at(r.cells), UNREAD_WRAPPED_CELL)
            values = list(r.wrapped)
        elif r.wrapped is not None:
            values = list(r.wrapped)
        if r.lost:
            missing_cell(r, values)
        if values is not None and r.fits and tuple(values) not in r.candidates:
            out.warnings.append(f"table 三 row '{r.hit.label.strip()}': blank cells at both ends of the row, or a blank "
                                "first cell and a separator printed twice, and which of them are its columns neither "
                                "the row nor R1 and R2 settle; not read")
            continue
        if values is not None:
            emit_values(doc, out, r, [key] * 7, list(APPLICANTS), values, split_note(r, key, outcome))


def _group_line(out: NationalTables, bare: dict) -> None:
    """Figures on the (六)其他处理 line of a 2021 table, which prints none there, while a sub-row's label
    stands without figures: the sub-row's cells set on its group's line (a label centred over its rows, read
    line by line) or a group total — which, the text does not say: not read (the sub-rows stay unread)."""
    if out.template != "2021" or "requests.other" not in out.rows:
        return
    bare_parts = [k for k in table3_rows("2021") if k.startswith("requests.other.") and k in bare and k not in out.rows]
    if bare_parts:
        del out.rows["requests.other"]
        out.warnings.append(f"table 三 row '{' '.join(bare['requests.other'].label.split())}': figures on the group's "
                            "own line, which the 2021 template does not print, while its sub-rows "
                            f"{', '.join(bare_parts)} print no figures (their cells moved to the group's line, or a "
                            "group total?); not read")


@sums_to_last
def _row_total_ok(g: tuple) -> bool:
    """A table 三 row's seven cells: the total (blank allowed) is the sum of the six applicants."""
    return sums_to(g[:6], g[6])


def _loose_rows(doc: Document, index: LabelIndex, out: NationalTables, hits: list[RowHit], start: int, end: int,
                total_ok, limit: int, labelled: list[RowHit]) -> None:
    """Rows whose label fell out of a fragmented table, or that repeat a read row's label,
    placed by the template's order."""
    used = {h.label_start for h in hits}
    bare = [h for h in labelled if not any(t.raw for t in h.cells) and h not in hits]
    # a label printed again inside a row that was read (a merged label cell a converter repeated into
    # each column it spans) is that row's, not another
    rows_read = [(r.hit.label_start, r.hit.region_end) for r in out.rows.values() if r.candidates]
    again = [LooseRow(h.label_start, h.region_end, h.cells, h.label.strip(), h.pipe_row)
             for h in find_rows(index, row_specs("t3"), start, end, label_tail=True,
                                keep=lambda at, spec: at not in used and spec.key in out.rows
                                and not any(s < at < e for s, e in rows_read))
             if any(t.raw for t in h.cells)]
    taken = [(h.label_start, h.region_end) for h in hits if h.cells] + [(r.start, r.end) for r in again]
    # a label printed without figures may have had them moved down a line: the table's last row then
    # leaves a row of figures on the line after the table as read (table3_moved)
    after = doc.text.find("\n", end + 1) if bare else end
    after = len(doc.text) if after < 0 else after
    loose = sorted(loose_rows(doc.text, start, after, 7, taken) + again, key=lambda r: r.start)
    moved = moved_down(doc, index, out, loose, bare, start, after, taken, total_ok, limit) if bare else set()
    loose = [row for row in loose if row.start not in moved]
    if not loose:
        return
    read = {k: r.hit.label_start for k, r in out.rows.items() if r.candidates}
    specs = {s.key: s for s in row_specs("t3")}
    assigned, warnings = assign_by_order(table3_rows(out.template), read, loose, specs)
    out.warnings += warnings
    for h in assigned:
        r = read_row(h, 7, total_ok, limit)
        if r.problem:
            out.warnings.append(f"table 三 row {h.spec.key} ({h.note}): {r.problem}; not read")
        out.rows[h.spec.key] = r


