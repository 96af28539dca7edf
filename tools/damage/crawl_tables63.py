"""Table damage families of stop 63 (tools/crawler_attack.py, run with --only: the seeded pools stay as they were):

page_furniture_mid_table: a printed page's header and footer (the site's name, 第 3 页 共 5 页, the page's URL, a
date line) left between two rows of a table where the page broke;
header_rows_dropped: the column-heading lines of tables lost, their row labels and figures kept;
labels_then_figures: a table flattened column-wise, all its row labels first, then all its figures (each row's a line,
one a line row by row, or column by column);
spaced_lost_cell: a line of spaces (or a full-width or no-break space) after every line, and one figure of a table
printed one cell a line lost (its line blanked, or gone with its separator)."""
from __future__ import annotations

import re

from .crawl_damage import _is_figure

SITES = ("{place}人民政府门户网站", "{place}人民政府", "{place}政务公开")
URLS = ("http://www.qx{n}.gov.cn/art/{y}/1/21/art_{a}_{b}.html", "https://zwgk.sx{n}.gov.cn/xxgk/{y}01/t{y}0121_{a}.shtml")
PAGES = ("第 {p} 页 共 {q} 页", "第{p}页 共{q}页", "{p}/{q}", "- {p} -")
DATES = ("{y}/1/21 上午10:{m}", "{y}-01-21", "{y}年1月21日", "打印时间：{y}-01-21 09:{m}")
SPACES = ("  ", " ", "　", "\u00a0\u00a0", " \t")
_ROW_FIGURES = re.compile(r"^(.*?[^\d\s|.+-])[\s|]+((?:[+-]?\d+(?:\.\d+)?[\s|]*)+)$")


def _heading(ln: str, words: str) -> bool:
    return words in ln and len(ln) < 60 and not _is_figure(ln)


def table_spans(lines: list[str]) -> list[tuple[str, int, int]]:
    """(name, first line, end) of the tables a document holds: 二, 三, 四 of the national template, the legacy appendix."""
    def find(pred, start=0):
        return next((i for i in range(start, len(lines)) if pred(lines[i])), None)
    spans = []
    t2 = find(lambda ln: _heading(ln, "主动公开政府信息情况") and "二" in ln)
    t3 = find(lambda ln: _heading(ln, "收到和处理政府信息公开申请情况"))
    t4 = find(lambda ln: _heading(ln, "行政复议") and "四" in ln[:6] and "行政诉讼" in ln, t3 or 0)
    t5 = find(lambda ln: ln.lstrip("# ").startswith("五、"), t4 or 0)
    if t2 is not None and t3 is not None:
        spans.append(("t2", t2 + 1, t3))
    if t3 is not None and t4 is not None:
        spans.append(("t3", t3 + 1, t4))
    if t4 is not None and t5 is not None:
        spans.append(("t4", t4 + 1, t5))
    lg = find(lambda ln: "统计表" in ln and len(ln) < 60)
    if lg is not None:
        last = max((i for i in range(lg, len(lines)) if any(c.isdigit() for c in lines[i]) and len(lines[i]) < 80
                    and not lines[i].startswith("20")), default=None)
        if last is not None:
            spans.append(("legacy", lg + 1, last + 1))
    return spans


def _has_figure(ln: str) -> bool:
    return _is_figure(ln) or bool(_ROW_FIGURES.match(ln.strip()))


def _row_starts(lines, s, e):
    """Lines inside a table where a row begins after a row's figures (a page can break there)."""
    return [i for i in range(s + 1, e) if _has_figure(lines[i - 1]) and lines[i].strip()
            and not lines[i].strip().lstrip("+-")[:1].isdigit()]      # (595.5元, -827: cells of the row, no row's start)


def _furniture(rnd, place="栗山县", year=2022):
    n, a, b = rnd.randint(1, 99), rnd.randint(1000, 9999), rnd.randint(10000, 99999)
    q = rnd.randint(3, 9)
    p = rnd.randint(2, q)
    parts = [rnd.choice(PAGES).format(p=p, q=q), rnd.choice(URLS).format(n=n, y=year, a=a, b=b),
             rnd.choice(DATES).format(y=year, m=rnd.randint(10, 59)), rnd.choice(SITES).format(place=place)]
    rnd.shuffle(parts)
    return parts[:rnd.randint(1, 4)]


def _place_year(lines):
    head = lines[0] if lines else ""
    m = re.match(r"(.{2,6}?[县区镇])", head)
    y = re.search(r"(20\d\d)年", head)
    return (m.group(1) if m else "栗山县"), (int(y.group(1)) + 1 if y else 2022)


def page_furniture_mid_table(lines, rnd):
    """A page's footer and the next page's header (1–4 lines) between two rows of a table, once or twice."""
    place, year = _place_year(lines)
    spans = table_spans(lines)
    starts = [i for _, s, e in spans for i in _row_starts(lines, s, e)]
    if not starts:
        return lines
    for at in sorted(rnd.sample(starts, min(len(starts), rnd.randint(1, 2))), reverse=True):
        lines[at:at] = _furniture(rnd, place, year)
    return lines


def _first_row(lines, s, e):
    return next((i for i in range(s, e) if _has_figure(lines[i])), None)


_HEAD_WORD = re.compile(r"申请人情况|自然人|法人或其他组织|总计|商业企业|科研机构|社会公益组织|法律服务机构|其他|商业|科研|"
                        r"社会公益|法律服务|企业|机构|组织|信息内容|行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结|"
                        r"未经复议直接起诉|复议后起诉|指标名称|单位|本年度|累计|:?-+:?|本年增/减|"
                        r"(本年|上一年|现行有效|采购|处理决定|采购总).{0,6}(数量|件数|金额)(（[^）]*）)?")


def _heading_row(ln: str) -> bool:
    cells = [c for c in re.split(r"[\s|]+", ln.strip()) if c]
    return bool(cells) and all(_HEAD_WORD.fullmatch(c) for c in cells)


def header_rows_dropped(lines, rnd):
    """The column-heading lines of one to all of a document's tables dropped: lines whose every cell is a column's
    heading (申请人情况, 自然人 …, 信息内容 / 本年新制作数量 …, 结果维持 …, 指标名称 / 单位 / 本年度 / 累计); row labels,
    figures and table 二's 第二十条 subheadings kept."""
    spans = table_spans(lines)
    if not spans:
        return lines
    drop = {i for _, s, e in rnd.sample(spans, rnd.randint(1, len(spans))) for i in range(s, e)
            if _heading_row(lines[i])}
    return [ln for i, ln in enumerate(lines) if i not in drop]


_T3_LABEL = re.compile(r"^(\| )?(一、|二、|三、|四、|（[一二三四五六七]）|[1-8][.．])")
_UNIT = re.compile(r"件|条|人次|个")


def _is_row_label(ln, name):
    """A label line above a one-cell-a-line row's figures (table 三's group heading and its first row, a legacy row's
    label and unit)."""
    if name == "t3":
        return bool(_T3_LABEL.match(ln.strip()))
    return not _heading_row(ln)


def _split_row(ln):
    """(label, figures) of a `label v v` or pipe row, else None."""
    st = ln.strip()
    if st.startswith("|"):
        cells = [c.strip() for c in st.strip("|").split("|")]
        k = next((j for j, c in enumerate(cells) if _is_figure(c)), None)
        if k is None or not all(_is_figure(c) for c in cells[k:] if c):
            return None
        return " ".join(c for c in cells[:k] if c), [c for c in cells[k:] if c]
    m = _ROW_FIGURES.match(st)
    return (m.group(1).strip(), m.group(2).replace("|", " ").split()) if m else None


def labels_then_figures(lines, rnd):
    """Table 三 or the legacy appendix flattened column-wise: its row labels, one a line, then its figures — each row's
    on one line, one a line row by row, or one a line column by column."""
    spans = [sp for sp in table_spans(lines) if sp[0] in ("t3", "legacy")]
    if not spans:
        return lines
    name, s, e = rnd.choice(spans)
    first = _first_row(lines, s, e)
    if first is None:
        return lines
    if _is_figure(lines[first]):
        b = first - 1
        while b > s and not _has_figure(lines[b - 1]) and (_is_row_label(lines[b - 1], name)):
            b -= 1
    else:
        b = first
    labels, rows, cur = [], [], None
    for ln in lines[b:e]:
        parts = _split_row(ln) if not _is_figure(ln) else None
        if _is_figure(ln):
            if cur is None:
                cur = []
                rows.append(cur)
            cur.append(ln.strip())
        elif parts:
            labels.append(parts[0])
            rows.append(list(parts[1]))
            cur = None
        elif _UNIT.fullmatch(ln.strip()) and labels and cur is None:
            labels[-1] += " " + ln.strip()          # (a legacy row's unit cell: its label's)
        elif ln.strip():
            labels.append(ln.strip().strip("|").strip())
            cur = None
    form = rnd.choice(("rows", "row-major", "column-major"))
    if form == "rows":
        figures = [" ".join(r) for r in rows]
    elif form == "row-major" or len({len(r) for r in rows}) != 1:
        figures = [f for r in rows for f in r]
    else:                                   # (a PDF's text taken column by column: each column's figures in turn)
        figures = [r[k] for k in range(len(rows[0])) for r in rows]
    return lines[:b] + labels + figures + [""] * (not lines[e - 1].strip()) + lines[e:]


def spaced_lost_cell(lines, rnd):
    """A spaces line after every line, and one figure of a table printed one cell a line lost: its line blanked as the
    separators are, or gone with its separator."""
    sep = rnd.choice(SPACES)
    spans = table_spans(lines)
    figs = [i for _, s, e in spans for i in range(s, e) if _is_figure(lines[i])]
    lost = rnd.choice(figs) if figs else None
    gone = rnd.random() < 0.5
    out = []
    for i, ln in enumerate(lines):
        if i == lost:
            if not gone:
                out += [sep, sep]
            continue
        out += [ln, sep]
    return out


TEXT = (page_furniture_mid_table, header_rows_dropped, labels_then_figures, spaced_lost_cell)
