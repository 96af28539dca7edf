"""Table damage families of stop 66 (tools/crawler_attack.py, run with --only: the seeded pools stay as they were):

t2_cell_line_dropped: table 二 printed one cell a line (its pipe rows taken apart by a crawler, or so already), and one
figure line of it gone — dropped, not a run of equal lines kept once. Where no two equal lines stand together in the
page (table 二's figures all differ, tables 三 and 四 in rows), a reader that takes every short row for collapsed runs
(17 23 = 17,17|23,23 or 17,23|23) reads a dropped first or last cell wrong; only a collapse the page proves elsewhere
(a table 三 row whose sums hold only so) may read it.

legacy_cell_line_dropped: the same for a 2008–2018 report's appendix (指标名称 / 单位 / 本年度 / 累计): the table one cell
a line (its `label unit v v` rows taken apart) and one figure line gone."""
from __future__ import annotations

from .crawl_damage import _is_figure
from .crawl_tables63 import table_spans


def _one_a_line(lines, s, e):
    """A table's pipe rows and `label unit v v` rows (lines s..e) one cell a line, their '|---|' lines gone."""
    out = []
    for ln in lines[s:e]:
        st = ln.strip()
        if not st.startswith("|") and " " in st and any(_is_figure(c) for c in st.split()):
            out += st.split()
        elif st.startswith("|") and st.endswith("|"):
            cells = [c.strip() for c in st[1:-1].split("|")]
            if all(set(c) <= set(":-") for c in cells):
                continue
            out += [c for c in cells if c]
        elif st:
            out.append(st)
    return out


def _dropped(lines, rnd, table):
    span = next(((s, e) for name, s, e in table_spans(lines) if name == table), None)
    if span is None:
        return lines
    s, e = span
    cells = _one_a_line(lines, s, e)
    figs = [i for i, ln in enumerate(cells) if _is_figure(ln)]
    if not figs:
        return lines
    del cells[rnd.choice(figs)]
    return lines[:s] + cells + lines[e:]


def t2_cell_line_dropped(lines, rnd):
    """Table 二 one cell a line and one of its figure lines dropped."""
    return _dropped(lines, rnd, "t2")


def legacy_cell_line_dropped(lines, rnd):
    """A legacy report's appendix one cell a line and one of its figure lines dropped."""
    return _dropped(lines, rnd, "legacy")


TEXT = (t2_cell_line_dropped, legacy_cell_line_dropped)
