"""More damage classes of tools/crawler_attack.py (lines in, lines out): text damage real crawlers show
(a figure line dropped, two cells of a row swapped, a label's numbering lost, a unit column interleaved)
and HTML damage on pages with one <tr> a line (a <td> dropped, two cells merged, a row split in two, the
header rows repeated after a page break, a stray <br> beside a figure).

DESTRUCTIVE classes change what the document says (a dropped figure, two figures swapped): the damaged
text can be a different self-consistent document, so a value they make unreadable or different is
counted apart (`ambiguous`) by the tool, not as a library failure."""
from __future__ import annotations

import re

# a label's number, never a figure's digits (31.5元, 5元 stay whole)
NUMBERING = re.compile(r"^(\|\s*)?(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d)|\d{1,2}(?=[\u4e00-\u9fff]{2}))")
UNITS = ("件", "条")
FIGURE = re.compile(r"^[+-]?\d+(\.\d+)?$")
TD = re.compile(r"<td[^>]*>.*?</td>")
SEPARATOR = re.compile(r"^\|(\s*:?-+:?\s*\|)+$")
FIGURE_TEXT = re.compile(r"(?<=[>;])[+-]?\d+(\.\d+)?(?=[<&])")     # a cell's figure, not its style's


def _is_figure(cell: str) -> bool:
    return bool(FIGURE.match(cell.strip()))


def _row_cells(ln: str) -> list[str] | None:
    """The cells of a pipe or `label v v` row with at least two figures (a legacy row has two), else None (a pipe row cut by a
    hard wrap is left as it is: rewriting it would close it)."""
    if ln.startswith("|") and not ln.rstrip().endswith("|"):
        return None
    cells = [c.strip() for c in (ln.strip().strip("|").split("|") if ln.startswith("|") else ln.split(" "))]
    return cells if sum(_is_figure(c) for c in cells) >= 2 else None


def _join(ln: str, cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |" if ln.startswith("|") else " ".join(cells)


def drop_line(lines, rnd):
    """One figure gone: a one-cell line, or one figure cell of a row."""
    idx = [i for i, ln in enumerate(lines) if _is_figure(ln) or _row_cells(ln)]
    if not idx:                 # earlier damage left no figure line
        return lines
    i = rnd.choice(idx)
    if _is_figure(lines[i]):
        del lines[i]
    else:
        cells = _row_cells(lines[i])
        del cells[rnd.choice([k for k, c in enumerate(cells) if _is_figure(c)])]
        lines[i] = _join(lines[i], cells)
    return lines


def swap_cells(lines, rnd):
    """Two neighbouring figures of a row in the other order (two one-cell lines, or two cells of a row)."""
    idx = [i for i, ln in enumerate(lines[:-1]) if _is_figure(ln) and _is_figure(lines[i + 1]) and ln != lines[i + 1]]
    rows = [i for i, ln in enumerate(lines) if _row_cells(ln)]
    if idx and (not rows or rnd.random() < 0.5):
        i = rnd.choice(idx)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
        return lines
    if not rows:
        return lines
    i = rnd.choice(rows)
    cells = _row_cells(lines[i])
    ks = [k for k in range(len(cells) - 1) if _is_figure(cells[k]) and _is_figure(cells[k + 1])]
    if not ks:
        return lines
    k = rnd.choice(ks)
    cells[k], cells[k + 1] = cells[k + 1], cells[k]
    lines[i] = _join(lines[i], cells)
    return lines


def numbering_lost(lines, rnd):
    """Labels' leading numbers （一） 一、 1. 12 cut off (a crawler that drops list markers)."""
    return [NUMBERING.sub(lambda m: m.group(1) or "", ln) if rnd.random() < 0.6 and len(ln) < 80 else ln
            for ln in lines]


def unit_column(lines, rnd):
    """A unit (件 / 条) between a label and its figures: its own line, or a cell of the row."""
    unit = rnd.choice(UNITS)
    out = []
    for i, ln in enumerate(lines):
        cells = _row_cells(ln)
        k = next((k for k, c in enumerate(cells or []) if _is_figure(c)), 0)
        if k and cells[k - 1] not in UNITS:
            out.append(_join(ln, cells[:k] + [unit] + cells[k:]))
        elif not _is_figure(ln) and ln.strip() not in UNITS + ("",) and i + 1 < len(lines) and _is_figure(lines[i + 1]) and len(ln) < 60:
            out += [ln, unit]
        else:
            out.append(ln)
    return out


def open_pipe_rows(lines, rnd):
    """A converter's tables: each row's cells joined by ' | ' with no opening pipe and no separator line, padded with
    empty cells to its table's widest row ('一、本年新收… | 12 | … | 95 | ||', '51 | 41 | … | 161 ||')."""
    out, table = [], []
    for ln in lines + [""]:
        st = ln.strip()
        if st.startswith("|") and st.endswith("|"):
            if not SEPARATOR.match(st):
                table.append([c.strip() for c in st[1:-1].split("|")])
            continue
        width = max((len(r) for r in table), default=0)
        out += [" | ".join(r) + " |" + (" " + "|" * (width - len(r)) if len(r) < width and rnd.random() < 0.8 else "")
                for r in table]
        table = []
        out.append(ln)
    return out[:-1]


# ---------------------------------------------------------------- HTML (one <tr> a line)


def _figure_rows(lines):
    return [i for i, ln in enumerate(lines) if ln.startswith("<tr>") and
            sum(_is_figure(re.sub(r"<[^>]+>|&nbsp;", "", td)) for td in TD.findall(ln)) >= 3]


def _figure_tds(ln):
    return [m for m in TD.finditer(ln) if _is_figure(re.sub(r"<[^>]+>|&nbsp;", "", m.group()))]


def html_td_dropped(lines, rnd):
    i = rnd.choice(_figure_rows(lines))
    m = rnd.choice(_figure_tds(lines[i]))
    lines[i] = lines[i][:m.start()] + lines[i][m.end():]
    return lines


def html_cells_merged(lines, rnd):
    """Two neighbouring figure cells as one, the figures apart by a space, &nbsp;, <br> or nothing (colspan kept or not)."""
    i = rnd.choice(_figure_rows(lines))
    tds = _figure_tds(lines[i])
    k = rnd.randrange(len(tds) - 1)
    a, b = tds[k], tds[k + 1]
    if lines[i][a.end():b.start()]:
        return lines
    text = [re.sub(r"<[^>]+>|&nbsp;", "", m.group()).strip() for m in (a, b)]
    span = ' colspan="2"' if rnd.random() < 0.5 else ""
    merged = f"<td{span}>{rnd.choice((' ', '&nbsp;', '<br>', '')).join(text)}</td>"     # '': no separator left
    lines[i] = lines[i][:a.start()] + merged + lines[i][b.end():]
    return lines


def html_row_split(lines, rnd):
    """A <tr> cut in two before one of its figure cells (the rest of the row its own <tr>)."""
    i = rnd.choice(_figure_rows(lines))
    m = rnd.choice(_figure_tds(lines[i])[1:])
    lines[i:i + 1] = [lines[i][:m.start()] + "</tr>", "<tr>" + lines[i][m.start():]]
    return lines


def html_header_repeated(lines, rnd):
    """A table's header rows printed again inside it after a page break (Word's repeated header rows)."""
    starts = [i for i, ln in enumerate(lines) if ln.startswith("<table")]
    s = rnd.choice(starts)
    end = next(j for j in range(s, len(lines)) if lines[j] == "</table>")
    body = [j for j in range(s + 1, end) if j in set(_figure_rows(lines))]
    if len(body) < 2:
        return lines
    head = lines[s + 1:body[0]]
    at = rnd.choice(body[1:])
    lines[at:at] = head
    return lines


def html_stray_br(lines, rnd):
    """A <br> before or after a figure inside its cell (never inside the number)."""
    for i in rnd.sample(_figure_rows(lines), min(3, len(_figure_rows(lines)))):
        m = rnd.choice(_figure_tds(lines[i]))
        cell = FIGURE_TEXT.sub(lambda d: rnd.choice(("<br>" + d.group(), d.group() + "<br>", d.group() + "<br/>")),
                               m.group(), count=1)
        lines[i] = lines[i][:m.start()] + cell + lines[i][m.end():]
    return lines


TEXT = (drop_line, swap_cells, numbering_lost, unit_column)
# (a class outside the seeded pools, run with --only: the pools' documents, which tests pin by seed, stay as they were)
ONLY = (open_pipe_rows,)
HTML = (html_td_dropped, html_cells_merged, html_row_split, html_header_repeated, html_stray_br)
DESTRUCTIVE = {"drop_line", "swap_cells", "html_td_dropped"}
