"""More table forms of crawled pages (tools/crawler_attack.py, run with --only: the seeded pools stay as they were).

blank_cell_marks: table 三's and table 四's zero cells printed blank — in a table one cell a line, a line holding only
spaces, a lone full-width space '　', '-', '/', '—' or '／'; in a pipe row an empty or marked cell; in a `label v v`
row a mark. The zero the truth holds is no figure the page prints: such a cell read or lost is counted apart
(`blanked`), what matters is that every other figure keeps its column."""
from __future__ import annotations

from .crawl_damage import _is_figure

BLANKS = (" ", "   ", "　", "-", "/", "—", "／", "\u00a0")
MARKS = ("-", "/", "—", "／")


def _table34_span(lines):
    s = next((i for i, ln in enumerate(lines) if "申请人情况" in ln), None)
    if s is None:
        return None
    e = next((i for i in range(s, len(lines)) if lines[i].startswith(("五、", "## 五"))), len(lines))
    return s, e


def blank_cell_marks(lines, rnd):
    span = _table34_span(lines)
    if span is None:
        return lines
    s, e = span
    style = rnd.choice(BLANKS)
    out = lines[:s]
    for ln in lines[s:e]:
        st = ln.strip()
        if st == "0":
            out.append(style)
        elif st.startswith("|") and st.endswith("|"):
            cells = [c.strip() for c in st[1:-1].split("|")]
            mark = rnd.choice(("", "-", "/", "—"))
            out.append("| " + " | ".join(mark if c == "0" else c for c in cells) + " |")
        elif " " in st and any(c == "0" for c in st.split(" ")):
            mark = rnd.choice(MARKS)
            out.append(" ".join(mark if c == "0" else c for c in st.split(" ")))
        else:
            out.append(ln)
    return out + lines[e:]


TEXT = (blank_cell_marks,)
BLANKING = {"blank_cell_marks"}
