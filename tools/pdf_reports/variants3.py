"""Invented reports for the PDF damage classes of stop 26: table 三's applicant headers set one
character a line or wrapped over 3-4 lines; a bad ToUnicode map (Kangxi radicals for ideographs),
full-width figures, figures placed glyph by glyph with wide tracking; rows boxed apart, a grid
without its outer border, rules of many short strokes or dots; a table pasted in as a picture;
Word's cells holding a figure over its unit ('12' over '件'); table 四 over a page break (stop 54);
table 二 over a page break (stop 55); table 四 narrow (stop 58); table 四 beside a column of prose
(stop 59); table 二 narrow (stop 62); table 三 narrow, its applicant headers one character a line (stop 63);
table 二 or 三 over a page break, its continuation under a caption line ('续表', stop 66); the figure
columns' header words wrapped onto a second line holding their unit ('本年新制作数量' / '（件）', stop 67)."""
from __future__ import annotations

from .pieces import T2_WIDTHS, T3_HEADER, T3_WIDTHS, T4_WIDTHS
from .variants2 import ORDER, build, split_at
from .writer import MARGIN, C

# what a bad ToUnicode map gives for some ideographs: Kangxi radicals (U+2F00 block), which NFKC
# folds back ('⼀' for '一', '⽉' for '月', '⼈' for '人') … (not CJK compatibility ideographs: the
# fixtures' font is not embedded, and Adobe-GB1 has no glyph for them: no reader sees them)
KANGXI = {"一": "⼀", "二": "⼆", "人": "⼈", "月": "⽉", "日": "⽇", "行": "⾏", "自": "⾃",
          "大": "⼤", "工": "⼯", "文": "⽂", "方": "⽅", "用": "⽤", "入": "⼊", "力": "⼒", "金": "⾦",
          "立": "⽴", "生": "⽣", "网": "⽹"}
# … and CJK radicals supplement (U+2E80 block), which NFKC leaves: '⻅' for '见', '⻔' for '门'
SUPPLEMENT = {"见": "⻅", "长": "⻓", "门": "⻔", "页": "⻚", "风": "⻛", "车": "⻋", "贝": "⻉", "马": "⻢",
              "青": "⻘", "黄": "⻩", "西": "⻄", "龙": "⻰", "食": "⻝", "齐": "⻬", "鱼": "⻥", "鸟": "⻦"}


def t3_header(style: str) -> list[list[C]]:
    """Table 三's header with its applicant cells set `style`: "vertical" (one character a line, a
    narrow header) or "wrapped" (two characters a line: 3-4 lines)."""
    def cut(text: str) -> str:
        step = 1 if style == "vertical" else 2
        return "\n".join(text[k:k + step] for k in range(0, len(text), step))
    out = []
    for row in T3_HEADER:
        out.append([C(cut(c.text) if c.text in ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
                                             "其他", "总计") else c.text, c.cs, c.rs, c.bold) for c in row])
    return out


def report_t3_header(target, *, seed: int, rules: str, style: str) -> dict:
    """Table 三 whose applicant headers are set one character a line or wrapped over 3-4 lines."""
    from .pieces import T3_WIDTHS

    def draw(w, body, rows):
        w.room(600)
        w.table(T3_WIDTHS, t3_header(style) + body, header_rows=len(T3_HEADER))
    return build(target, "竹溪县人民政府", seed, t3_split=draw, rules=rules)


def report_bad_map(target, *, seed: int, rules: str, fullwidth: bool = False, supplement: bool = False) -> dict:
    """Labels and headings with Kangxi radicals for ideographs (a bad ToUnicode map), and radicals of
    the supplement too (`supplement`); `fullwidth`: the figures in full-width digits."""
    return build(target, "兰溪县人民政府", seed, rules=rules, char_map=dict(KANGXI, **(SUPPLEMENT if supplement else {})),
                 fullwidth_figures=fullwidth)


def report_fullwidth(target, *, seed: int, rules: str) -> dict:
    return build(target, "桂溪县人民政府", seed, rules=rules, fullwidth_figures=True)


def report_glyphs(target, *, seed: int, rules: str, tracking: float) -> dict:
    """Figures drawn one glyph at a time, `tracking` ems apart as far as the figure fits its cell
    (a negative `tracking`: -tracking ems apart whatever the cell, the widest figures over its edges)."""
    return build(target, "莲溪县人民政府", seed, rules=rules, glyph_tracking=tracking)


def report_rules(target, *, seed: int, style: str, spacing: float = 3.0) -> dict:
    """A grid drawn `style`: "inner" (no outer border), "rows" (each row boxed apart), "dotted", "dots"."""
    return build(target, "杏溪县人民政府", seed, rules="grid", rule_style=style, cell_spacing=spacing)


def report_image_table(target, *, seed: int, rules: str, tables: tuple = (2,)) -> dict:
    """`tables` (0 二, 1 三, 2 四) pasted in as pictures of tables: their figures cannot be read."""
    exp = build(target, "梨溪县人民政府", seed, rules=rules, image_tables=tables)
    lost = []
    if 2 in tables:
        lost += [k for k in exp["values"] if k.startswith(("review.", "litigation."))]
    if 1 in tables:
        lost += [k for k in exp["values"] if k.startswith("requests.")]
    exp["image_lost"] = lost
    return exp


def with_units(t3: bool = True, t2: bool = True, unit: str = "件"):
    """An `edit` setting each figure of tables 二 and 三 over its unit on a line of its own ('12' / '件')."""
    def edit(values, t2rows, body, t4):
        rows = (body if t3 else []) + (t2rows[2:4] if t2 else [])
        for row in rows:
            for k, cell in enumerate(row):
                if cell.text.isdigit():
                    row[k] = C(cell.text + "\n" + unit, cell.cs, cell.rs, cell.bold)
    return edit


def report_units(target, *, seed: int, rules: str, unit: str = "件") -> dict:
    """Word's save as PDF of cells holding a figure over its unit, centred."""
    return build(target, "橙溪县人民政府", seed, edit=with_units(unit=unit), rules=rules, centre_cells=True)


__all__ = ["ORDER", "report_t3_header", "report_bad_map", "report_fullwidth", "report_glyphs", "report_rules",
           "report_image_table", "report_units"]


def t4_across_pages(repeat: bool = False):
    """A `t4_split` (county_report) drawing table 四 over a page break as WPS leaves a table whose
    last row does not fit: its three header rows at the foot of the page, its row of figures at the
    top of the next, the header repeated over it or not (open at the break either way)."""
    def split(w, t4):
        w.table(T4_WIDTHS, t4[:3], header_rows=3, open_bottom=True)
        w.new_page()
        w.y -= 10
        w.table(T4_WIDTHS, (t4[:3] if repeat else []) + t4[3:], header_rows=3 if repeat else 0,
                open_top=not repeat)
    return split


def t4_narrow(width: float):
    """A `t4_split` (county_report) drawing table 四 in columns `width` points wide (a narrow page, or a
    table set in the text block's width): its header words wrapped one character a line (结 / 果 / 维 / 持)
    where a column holds one character only, two a line where it holds two."""
    def split(w, t4):
        w.room(170)
        w.table([width] * len(T4_WIDTHS), t4, header_rows=3)
    return split


def t2_narrow(label: float, width: float):
    """A `t2_split` (county_report) drawing table 二 narrow: its label column `label` points wide, its
    figure columns `width` (a table set in a narrow text block): a part's merged cell of one figure
    (本年收费金额（单位：万元）, 采购总金额（元）) is then little wider than its header word, which
    wraps where the cell is narrower."""
    def split(w, t2):
        w.room(300)
        w.table([label] + [width] * (len(T2_WIDTHS) - 1), t2, header_rows=2)
    return split


def t2_across_pages(at: int, cut: bool = False, repeat: bool = False, last: int = 0):
    """A `t2_split` (county_report) drawing table 二 over a page break before its row `at` (or inside
    it, `cut`: the label above the break, the figures below; `last`: the row's last `last` cells below,
    the rest above), the table left open at the break as WPS and Word leave it, its two header rows
    repeated below or not."""
    def split(w, t2):
        k = min(max(at, 1), len(t2) - 1)
        top, bottom = [list(r) for r in t2[:k]], [list(r) for r in t2[k:]]
        if cut or last:                 # (table 二 has no row spans: a row's cells above, the others below)
            row = t2[k]
            n = len(row) - min(last, len(row) - 1) if last else 1       # (cells above)
            top.append(list(row[:n]) + [C("", c.cs, c.rs) for c in row[n:]])
            bottom[0] = [C("", c.cs, c.rs) for c in row[:n]] + list(row[n:])
        w.table(T2_WIDTHS, top, header_rows=2, open_bottom=True)
        w.new_page()
        w.y -= 10
        w.table(T2_WIDTHS, (t2[:2] if repeat else []) + bottom, header_rows=2 if repeat else 0,
                open_top=not repeat)
    return split


# (invented; no figure in it: the report's values are the tables')
BESIDE_NOTE = ("说明：行政复议和行政诉讼案件按照办结时间统计，尚未办结的案件计入尚未审结一栏。"
               "本年度相关案件均依法依规办理，复议机关和人民法院的意见已逐项整改落实，"
               "并在后续工作中加强了答复文书的合法性审查。")


def t4_beside(width: float, prose_left: bool = True, size: float = 10.5):
    """A `t4_split` (county_report) drawing table 四 in columns `width` points wide in one column of a
    two-column page, a paragraph of prose (no figure) in the other beside it from the same height:
    the two columns' lines stand on the same baselines, or between them."""
    def split(w, t4):
        w.room(200)
        top, total = w.y, width * len(T4_WIDTHS)
        prose = w.frame[0] - 2 * MARGIN - total - 14
        table_x, prose_x = (MARGIN + prose + 14, MARGIN) if prose_left else (MARGIN, MARGIN + total + 14)
        w.table([width] * len(T4_WIDTHS), t4, header_rows=3, left=table_x)
        bottom, w.y = w.y, top
        w.para(BESIDE_NOTE, size, left=prose_x, width=prose)
        w.y = min(w.y, bottom)
    return split


def t3_narrow(labels: tuple = (18, 48, 96), width: float = 24, total: float = 28, centred: bool = False):
    """A `t3_split` (county_report) drawing table 三 narrow, as a portrait page prints it: its label columns
    `labels` points wide, the six applicant columns `width`, the total's `total`, its applicant headers set
    one character a line (自 / 然 / 人, 商 / 业 / 企 / 业 …) under 法人或其他组织 over five columns (wrapped
    where they are narrower than it); the table at the text block's left edge or (`centred`) in its middle."""
    widths = list(labels) + [width] * 6 + [total]
    assert len(widths) == len(T3_WIDTHS)

    def draw(w, body, rows):
        w.room(640)
        left = MARGIN + ((w.frame[0] - 2 * MARGIN - sum(widths)) / 2 if centred else 0)
        w.table(widths, t3_header("vertical") + body, header_rows=len(T3_HEADER), left=left)
    return draw


# the caption a continued table's part carries at the next page's top (Word users type it above the repeated header)
CAPTIONS = ("续表", "（续表）", "续上表", "表三（续）")


def continued(table: str, at: int, cut: bool = False, repeat: bool = False, caption: str = "续表",
              place: str = "left"):
    """A `t3_split` (table "三") or `t2_split` (table "二") drawing the table over a page break before its
    body row `at` (or inside it, `cut`: the label above the break, the figures below), the table left open
    at the break, its header rows repeated below or not, and the next page's part under a caption line
    (`caption` set flush `place`: "left", "right" or "centre" over the table, a line of its own)."""
    def head(w, widths):
        total = sum(widths)
        x = {"left": MARGIN, "right": MARGIN + total - 10.5 * len(caption), "centre": MARGIN + total / 2}[place]
        w.y -= 10.5 * 1.6
        w.string(x, w.y, caption, 10.5, centred=place == "centre")
        w.y -= 4

    if table == "三":
        def split3(w, body, rows):
            top, bottom = split_at(body, min(at, len(body) - 2), cut)
            w.room(540)
            w.table(T3_WIDTHS, T3_HEADER + top, header_rows=len(T3_HEADER), open_bottom=True)
            w.new_page()
            head(w, T3_WIDTHS)
            w.table(T3_WIDTHS, (T3_HEADER if repeat else []) + bottom, header_rows=len(T3_HEADER) if repeat else 0,
                    open_top=not repeat)
        return split3

    def split2(w, t2):
        k = min(max(at, 1), len(t2) - 1)
        top, bottom = [list(r) for r in t2[:k]], [list(r) for r in t2[k:]]
        if cut:
            row = t2[k]
            top.append(list(row[:1]) + [C("", c.cs, c.rs) for c in row[1:]])
            bottom[0] = [C("", c.cs, c.rs) for c in row[:1]] + list(row[1:])
        w.table(T2_WIDTHS, top, header_rows=2, open_bottom=True)
        w.new_page()
        head(w, T2_WIDTHS)
        w.table(T2_WIDTHS, (t2[:2] if repeat else []) + bottom, header_rows=2 if repeat else 0, open_top=not repeat)
    return split2


# the unit a figure column's header word wraps onto its second line (Word: '本年新制作数量' / '（件）')
HEAD_UNITS = ("（件）", "(件)", "件", "（条）", "（个）")
_T3_LEAVES = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
_T4_LEAVES = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


def _unit_under(cell: C, unit: str) -> C:
    return C(cell.text + "\n" + unit, cell.cs, cell.rs, cell.bold)


def header_units(unit: str, tables: str = "二三四"):
    """(edit, t3_split) for county_report: the header word of each figure column of tables 二 and 四 (the
    `edit`) and 三 (the `t3_split`, drawing table 三) over `unit` on a line of its own in its cell, for the
    tables named in `tables` (a header already naming its unit, '采购总金额（元）', kept)."""
    def edit(values, t2, body, t4):
        if "二" in tables:
            for row in t2:
                if row[0].text == "信息内容":
                    row[1:] = [c if "（" in c.text else _unit_under(c, unit) for c in row[1:]]
        if "四" in tables:
            for row in t4[1:3]:
                row[:] = [_unit_under(c, unit) if c.text in _T4_LEAVES else c for c in row]

    def draw(w, body, rows):
        w.room(560)
        head = [[_unit_under(c, unit) if c.text in _T3_LEAVES else c for c in row] for row in T3_HEADER]
        w.table(T3_WIDTHS, head + body, header_rows=len(T3_HEADER))
    return edit, draw
