"""The document families of tools/crawler_attack.py beyond its 2019/2021 text layouts: legacy reports
(2008–2018 appendix 统计表, 本年度 / 累计 columns, the narrative) and 2021 web pages with <table>s (rowspan /
colspan headers, cells wrapped in &nbsp;, <p>/<span> or Word's pasted styles, table 三 cut into two
<table>s). One <tr> per line, so line damage can reach single rows. Invented places and numbers."""
from __future__ import annotations

import html
import random

from .data import APPLICANTS, LEGACY_KEYS, T3_COLS, T3_NOTE, T4_IDS, T4_LABELS, Numbers, legacy_values, t3_rows
from .fixtures_html import page, t2_rows
from .render import LEGACY_INTRO, fmt, legacy_prose, legacy_table

# ---------------------------------------------------------------- legacy 统计表

LEGACY_CHANNELS = ("其中：当面申请数", "网上申请数", "信函申请数", "传真申请数")
LEGACY_REPLIES = ("其中：同意公开答复数", "同意部分公开答复数", "不予公开答复数", "其他类型答复数")


def legacy_rows(nums: Numbers, rnd: random.Random, first: bool = False) -> list[tuple[str, str, int, int]]:
    """(label, unit, this year, cumulative) of the legacy table; channels and replies add up in both columns,
    a cumulative never below its year, and equal to it in the Regulations' `first` year (2008)."""
    def pair(hi):
        y = nums.take(1, hi)
        return y, y + (0 if first else nums.take(1, 4 * hi))

    def parts(labels, hi):
        got = [pair(hi) for _ in labels]
        return [(lab, "", y, c) for lab, (y, c) in zip(labels, got)], sum(g[0] for g in got), sum(g[1] for g in got)

    site, gazette = pair(900), pair(60)
    channels, cy, cc = parts(LEGACY_CHANNELS[:rnd.choice((3, 4))], 40)
    replies, ry, rc = parts(LEGACY_REPLIES, 30)
    rows = [("主动公开政府信息数", "条", site[0] + gazette[0], site[1] + gazette[1]),
            ("其中：政府网站公开数", "", *site), ("政府公报公开数", "", *gazette),
            ("受理政府信息公开申请总数", "件", cy, cc)] + channels
    rows += [("对申请的答复总数", "件", ry, rc)] + replies
    rows += [(lab, "件", *pair(20)) for lab in ("行政复议数", "行政诉讼数", "接受行政申诉、举报数")]
    return rows


def legacy_document(seed: int, rnd: random.Random) -> tuple[str, str, dict]:
    """(layout, text, truth): one cell a line (`legacy`), or `label unit year cumulative` rows (`legacy_rows`)."""
    county, year = rnd.choice(("栖梧县", "鹤汀县", "栗山县", "澄溪区")), rnd.randint(2008, 2018)
    rows = legacy_rows(Numbers(seed), rnd, first=year == 2008)
    assert all(lab in LEGACY_KEYS for lab, *_ in rows)
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    office = f"{county}人民政府办公室"
    lines = [title, f"发布日期：{year + 1}-03-{rnd.randint(10, 28)}",
             LEGACY_INTRO.format(year=year, office=office, phone="0000-4471920")]
    lines += legacy_prose(county, year) + ["六、附表", f"{county}{year}年政府信息公开工作情况统计表"]
    number = rnd.random() < 0.4
    header = ("指标名称", "单位", "本年度", "累计")
    if rnd.random() < 0.5:
        layout = "legacy"
        lines += legacy_table(rows, header=header, number=number)
    else:
        layout = "legacy_rows"
        lines += [" ".join(header)] + [" ".join(x for x in (f"{i}{lab}" if number else lab, unit, fmt(y), fmt(c)) if x)
                                      for i, (lab, unit, y, c) in enumerate(rows, 1)]
    lines += [office, f"{year + 1}年3月"]
    return layout, "\n".join(lines) + "\n", legacy_values(rows)


# ---------------------------------------------------------------- HTML <table> pages

WORD_TD = ' style="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"'


def cell_markup(text: str, style: str) -> str:
    t = html.escape(text)
    if style == "nbsp":
        return f"&nbsp;{t}&nbsp;" if t else "&nbsp;"
    if style == "p":
        return f"<p><span>{t}</span></p>"
    if style == "word":
        return (f"<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US "
                f"style='font-size:10.5pt;font-family:宋体'>{t}<o:p></o:p></span></p>")
    return t


def td(text: str, style: str, colspan: int = 1, rowspan: int = 1) -> str:
    attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
    return f"<td{attrs}{WORD_TD if style == 'word' else ''}>{cell_markup(text, style)}</td>"


def t3_header_html(style: str) -> list[str]:
    return ["<tr>" + td(T3_NOTE, style, 3, 3) + td("申请人情况", style, 7) + "</tr>",
            "<tr>" + td("自然人", style, 1, 2) + td("法人或其他组织", style, 5) + td("总计", style, 1, 2) + "</tr>",
            "<tr>" + "".join(td(c, style) for c in T3_COLS) + "</tr>"]


def t3_body_html(values3: dict, style: str) -> list[str]:
    """Table 三's rows with the merged label columns as rowspans: 三、本年度办理结果 over every outcome row and
    the total, a group's name over its rows."""
    rows = t3_rows("2021")
    keys = [k for k, _g, _l in rows]
    first, last = keys.index("requests.granted"), keys.index("requests.answered")
    out = []
    for i, (key, group, label) in enumerate(rows):
        figures = "".join(td(fmt(values3[f"{key}|applicant={w}"]), style) for w in APPLICANTS)
        if i < first or i > last:
            lead = td(label, style, 3)
        else:
            lead = td("三、本年度办理结果", style, 1, last - first + 1) if i == first else ""
            if group is None:
                lead += td(label, style, 2)
            else:
                if rows[i - 1][1] != group:
                    lead += td(group, style, 1, sum(1 for r in rows if r[1] == group))
                lead += td(label, style)
        out.append("<tr>" + lead + figures + "</tr>")
    return out


def table(rows: list[str]) -> str:
    return "\n".join(['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'] + rows
                     + ["</table>"])


def html_document(seed: int, rnd: random.Random, t2: dict, fee: str, values3: dict, t4: dict) -> str:
    county, year = rnd.choice(("栖梧县", "鹤汀县", "栗山县", "澄溪区")), rnd.randint(2021, 2024)
    style = rnd.choice(("plain", "nbsp", "p", "word"))
    t2_html = table(["<tr>" + "".join(td(t, style, s) for t, s in row) + "</tr>" for row in t2_rows(t2, fee)])
    body = t3_body_html(values3, style)
    if rnd.random() < 0.4:          # cut into two <table>s (a page break in the source document)
        cut = rnd.randint(3, len(body) - 3)
        t3_html = table(t3_header_html(style) + body[:cut]) + "\n<p>&nbsp;</p>\n" + table(body[cut:])
    else:
        t3_html = table(t3_header_html(style) + body)
    t4_html = table(["<tr>" + td("行政复议", style, 5, 2) + td("行政诉讼", style, 10) + "</tr>",
                     "<tr>" + td("未经复议直接起诉", style, 5) + td("复议后起诉", style, 5) + "</tr>",
                     "<tr>" + "".join(td(x, style) for x in T4_LABELS * 3) + "</tr>",
                     "<tr>" + "".join(td(fmt(t4[i]), style) for i in T4_IDS) + "</tr>"])
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    return page(title, county, f"{year + 1}-01-{rnd.randint(10, 28)}", year, "0000-5512807",
                [t2_html, t3_html, t4_html])
