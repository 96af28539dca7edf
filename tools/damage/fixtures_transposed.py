"""Table 四 printed transposed (round 20, national tables): its fifteen column headings turned into
rows, each heading followed by its figure, as text lines, as pipe rows and as a web table.

Invented counties, wording and numbers. A careful reader settles every figure from the headings
above it: the group (行政复议; 行政诉讼 split into 未经复议直接起诉 / 复议后起诉) and the outcome
(结果维持 … 总计) of its row.
"""
from __future__ import annotations

from .data import T2_2019_LABEL, T2_2019_SECTIONS, T4_LABELS, Numbers, random_t3, t3_values
from .fixtures_heldout import distinct_t4, t2_2021
from .fixtures_wild import pipe_table_3, report_2021, t3_lines
from .render import CLOSING, INTRO_2019, fmt, grid_t3, meta, narrative, pipe, t2_2019_cells, t2_2019_values, write

_GROUPS = (("review", "行政复议"), ("litigation.direct", "未经复议直接起诉"), ("litigation.after_review", "复议后起诉"))


def _t2_2021_lines(t2: dict, fee: str) -> list[str]:
    """Table 二 (2021) as PDF text lines."""
    def row(label, key, cols):
        return " ".join([label] + [fmt(t2[f"disclosure.{key}.{c}"]) for c in cols])
    return ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数",
            row("规章", "regulations", ("issued", "repealed", "in_force")),
            row("行政规范性文件", "normative_docs", ("issued", "repealed", "in_force")),
            "第二十条第（五）项", "信息内容 本年处理决定数量", row("行政许可", "licensing", ("decisions",)),
            "第二十条第（六）项", "信息内容 本年处理决定数量", row("行政处罚", "penalty", ("decisions",)),
            row("行政强制", "coercion", ("decisions",)), "第二十条第（八）项", "信息内容 本年收费金额（单位：万元）",
            f"行政事业性收费 {fee}"]


def fixture_t4_transposed_lines() -> None:
    county, year, published = "澄岚县", 2023, "2024-01-26"
    title, office, t4, values3, lines = report_2021(
        county, year, "办公室", {"review": [6, 3, 8, 2], "litigation.direct": [5, 9, 1, 13],
                                 "litigation.after_review": [7, 12, 10, 11]}, 2311, 240, "发布日期", published,
        "0000-5172093")
    fee = "4.3"
    t2 = t2_2021((2, 1, 19), (16, 4, 118), 3657, 742, 58, fee)
    lines += _t2_2021_lines(t2, fee) + ["三、收到和处理政府信息公开申请情况"] + t3_lines(values3, "2021")
    # table 四 turned on its side: a line per heading, the figure after the outcome's
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "类别 数量（件）"]
    for key, word in _GROUPS:
        if key == "litigation.direct":
            lines.append("行政诉讼")
        lines.append(("（一）" if key == "litigation.direct" else "（二）" if key == "litigation.after_review" else "")
                     + word)
        lines += [f"{o} {fmt(t4[f'{key}.{k}'])}" for o, k in zip(T4_LABELS, ("upheld", "corrected", "other",
                                                                               "pending", "total"))]
    lines += CLOSING + [office]
    exp = meta(title, year, "2021", published,
               "2021 report as text copied from a PDF. Table 四 is printed transposed: no header row of its fifteen "
               "columns; a line per heading instead (行政复议, then 结果维持 6 … 总计 19; 行政诉讼; （一）未经复议直接起诉 "
               "and its five outcome lines; （二）复议后起诉 and its five). Each figure is the group heading above it "
               "× the outcome heading it follows; read because every one of the fifteen is identified once.")
    exp["values"] = dict(t2, **values3, **t4)
    write("t4_transposed_lines_2021.txt", "\n".join(lines) + "\n", exp)


def fixture_t4_transposed_pipes() -> None:
    county, year, published = "漱桐区", 2019, "2020-01-31"
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + "办公室"
    rows = {"disclosure.regulations": [3, 2, 36], "disclosure.normative_docs": [21, 19, 264],
            "disclosure.licensing": [143, 7, 4518], "disclosure.other_services": [77, -5, 2263],
            "disclosure.penalty": [268, 4, 1937], "disclosure.coercion": [26, -3, 181],
            "disclosure.fees": [18, -4], "disclosure.procurement": [52, 3416000]}
    t2 = t2_2019_values(rows)
    # 复议后起诉's 尚未审结 cell is left blank by the publisher: null, never a guessed 0
    t4 = distinct_t4({"review": [4, 9, 3, 5], "litigation.direct": [8, 2, 6, 11],
                      "litigation.after_review": [14, 7, 1, 16]})
    t4["litigation.after_review.pending"] = None
    t4["litigation.after_review.total"] = 14 + 7 + 1
    nums = Numbers(20194, avoid=[v for cells in rows.values() for v in cells if v > 40])
    values3 = t3_values(random_t3(nums, "2019", hi=300))
    lines = [title, f"发布时间：{published}", INTRO_2019.format(issuer=issuer, year=year, office=office,
                                                              phone="0000-7740316")]
    lines += narrative(county, year) + ["二、主动公开政府信息情况"]
    for heading, header, keys in T2_2019_SECTIONS:
        lines += [pipe([heading]), pipe(header)]
        lines += [pipe([T2_2019_LABEL[k]] + t2_2019_cells(k, t2)) for k in keys]
    lines += pipe_table_3(values3)
    # table 四 turned on its side; the merged group cells repeated into every row they span
    lines += ["四、政府信息公开行政复议、行政诉讼情况", pipe(["项目", "", "", "数量"])]
    for key, word in _GROUPS:
        head = ["行政复议", ""] if key == "review" else ["行政诉讼", word]
        for o, k in zip(T4_LABELS, ("upheld", "corrected", "other", "pending", "total")):
            v = t4[f"{key}.{k}"]
            lines.append(pipe(head + [o, "" if v is None else fmt(v)]))
    lines += CLOSING + [office]
    exp = meta(title, year, "2019", published,
               "2019 report as crawler text of a web table (pipe rows). Table 四 is printed transposed: a header row "
               "`| 项目 | | | 数量 |`, then a row per outcome, each carrying its group cells (`| 行政诉讼 | 复议后起诉 | "
               "结果维持 | 14 |`; a converter repeated the merged cells into every row). 复议后起诉's 尚未审结 cell is "
               "blank: null, not 0. Each figure is read from its row's group and outcome headings.")
    exp["values"] = dict(t2, **values3, **t4)
    write("t4_transposed_pipes_2019.txt", "\n".join(lines) + "\n", exp)


def _tr(cells: list[str]) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def fixture_t4_transposed_html() -> None:
    county, year, published = "枫渚镇", 2022, "2023-01-18"
    title, office, t4, values3, _lines = report_2021(
        county, year, "党政办公室", {"review": [3, 5, 2, 7], "litigation.direct": [9, 4, 6, 1],
                                    "litigation.after_review": [8, 10, 14, 12]}, 2207, 220, "发布时间", published,
        "0000-3906621")
    fee = "2.9"
    t2 = t2_2021((4, 2, 25), (12, 3, 87), 2915, 436, 71, fee)
    h = ['<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">', f"<title>{title}</title>\n</head>\n<body>",
         '<div class="crumb"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 年度报告</div>',
         f'<div class="article">\n<h2>{title}</h2>', f'<div class="info">发布时间：{published}　信息来源：{office}</div>',
         '<div class="content">']
    h += [f"<p>{x}</p>" for x in _lines[2:]]
    h.append("<p>二、主动公开政府信息情况</p>")
    h.append('<table border="1">')
    for line in _t2_2021_lines(t2, fee)[1:]:
        h.append(_tr(line.split(" ") if not line.startswith("第二十条") else [line]))
    h.append("</table>")
    h.append("<p>三、收到和处理政府信息公开申请情况</p>")
    h.append('<table border="1">')
    h += [_tr([c.strip() for c in line.strip("|").split("|")]) for line in grid_t3(values3, "2021")
          if not line.startswith("|---")]
    h.append("</table>")
    # table 四 turned on its side: the group cells span their rows (rowspan), a unit column after the figure
    h.append("<p>四、政府信息公开行政复议、行政诉讼情况</p>")
    h.append('<table border="1">')
    h.append('<tr><td colspan="3">类别</td><td>数量</td><td>单位</td></tr>')
    for key, word in _GROUPS:
        for i, (o, k) in enumerate(zip(T4_LABELS, ("upheld", "corrected", "other", "pending", "total"))):
            lead = ""
            if i == 0 and key == "review":
                lead = '<td rowspan="5" colspan="2">行政复议</td>'
            elif i == 0:
                lead = ('<td rowspan="10">行政诉讼</td>' if key == "litigation.direct" else "") + f'<td rowspan="5">{word}</td>'
            h.append(f"<tr>{lead}<td>{o}</td><td>{fmt(t4[f'{key}.{k}'])}</td><td>件</td></tr>")
    h.append("</table>")
    h += [f"<p>{x}</p>" for x in CLOSING] + [f'<p style="text-align:right">{office}</p>', "</div>\n</div>",
                                             "</body>\n</html>\n"]
    exp = meta(title, year, "2021", published,
               "2021 township web page; table 四 is a web table turned on its side: a row per outcome, the group "
               "cells spanning their rows (行政复议 rowspan 5 × colspan 2; 行政诉讼 rowspan 10 over 未经复议直接起诉 "
               "and 复议后起诉, rowspan 5 each), then the figure and a unit cell (件). Each figure is read from the "
               "group and outcome headings of its row.")
    exp["values"] = dict(t2, **values3, **t4)
    write("t4_transposed_2021.html", "\n".join(h), exp)

