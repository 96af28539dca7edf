"""Table damage family of stop 67 (tools/crawler_attack.py, run with --only: the seeded pools stay as they were):

t2_dropped_stated: stop 66's t2_cell_line_dropped (table 二 one cell a line, one figure line of it gone) on a page whose
prose states one figure of table 二's 规章 or 行政规范性文件 row ("本年废止行政规范性文件9件。", as many reports repeat the
table's counts in their 总体情况). A dropped line in table 二 leaves nothing in the table to tell it from runs of equal
cells kept once; the stated figure can (extract/table2_collapsed.settled_cells): a reader must read only the cells every
reading agreeing with it settles, never shift the row."""
from __future__ import annotations

from .crawl_damage import _is_figure
from .crawl_tables63 import table_spans
from .crawl_tables66 import _one_a_line

_ROWS = ("规章", "行政规范性文件")
_SAID = ("本年制发{label}{n}件。", "本年废止{label}{n}件。", "现行有效{label}{n}件。")


def t2_dropped_stated(lines, rnd):
    """Table 二 one cell a line, one of its figure lines dropped, and a sentence of the prose stating one figure of
    its 规章 or 行政规范性文件 row (2021 template: 本年制发 / 本年废止 / 现行有效)."""
    span = next(((s, e) for name, s, e in table_spans(lines) if name == "t2"), None)
    if span is None:
        return lines
    s, e = span
    cells = _one_a_line(lines, s, e)
    rows = [i for i, c in enumerate(cells) if c.strip("| ") in _ROWS and i + 3 < len(cells)
            and all(_is_figure(x) for x in cells[i + 1:i + 4])]
    if not rows or not any("本年废止" in c or "废止件数" in c for c in cells):
        return lines
    at = rnd.choice(rows)
    k = rnd.randrange(3)
    said = _SAID[k].format(label=cells[at].strip("| "), n=cells[at + 1 + k].strip("| "))
    figs = [i for i, c in enumerate(cells) if _is_figure(c)]
    del cells[rnd.choice(figs)]
    head = next((i for i, ln in enumerate(lines[:s]) if ln.strip().startswith("一、")), None)
    out = lines[:s] + cells + lines[e:]
    if head is not None:
        out[head + 1:head + 1] = [said]
    return out


TEXT = (t2_dropped_stated,)
