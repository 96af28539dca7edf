"""HTML pages damaged as CMSs publish them: tables built of div/ul/li laid out by CSS (blank cells as empty
elements), and <table> rows cut short by broken markup or with several figures set in one cell."""
from __future__ import annotations

import html

from .data import APPLICANTS, T3_COLS, T3_NOTE, T4_IDS, T4_LABELS, Numbers, random_t3, t3_rows, t3_values, t4_values
from .fixtures_heldout import t2_2021
from .render import CLOSING, INTRO_2021, fmt, meta, narrative, t3_leads, write

T2_SECTIONS = (("第二十条第（五）项", "本年处理决定数量", [("行政许可", "licensing")]),
               ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "penalty"), ("行政强制", "coercion")]),
               ("第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", None)]))


def t2_rows(t2: dict, fee: str) -> list[list[tuple[str, int]]]:
    """Table 二 (2021) as rows of (text, colspan) on a 4-column grid."""
    rows = [[("第二十条第（一）项", 4)], [("信息内容", 1), ("本年制发件数", 1), ("本年废止件数", 1), ("现行有效件数", 1)]]
    for key, label in (("disclosure.regulations", "规章"), ("disclosure.normative_docs", "行政规范性文件")):
        rows.append([(label, 1)] + [(fmt(t2[f"{key}.{c}"]), 1) for c in ("issued", "repealed", "in_force")])
    for heading, header, items in T2_SECTIONS:
        rows += [[(heading, 4)], [("信息内容", 1), (header, 3)]]
        for label, key in items:
            rows.append([(label, 1), (fee if key is None else fmt(t2[f"disclosure.{key}.decisions"]), 3)])
    return rows


def t3_grid(values3: dict) -> list[list[tuple[str, int]]]:
    """Table 三 on its 10-column grid, merged label columns written out as blank cells (no rowspan)."""
    rows = [[(T3_NOTE, 3), ("申请人情况", 7)], [("", 3), ("自然人", 1), ("法人或其他组织", 5), ("总计", 1)],
            [("", 4)] + [(c, 1) for c in T3_COLS] + [("", 1)]]
    for key, lead in t3_leads("2021"):
        rows.append([(x, 1) for x in lead] + [(fmt(values3[f"{key}|applicant={w}"]), 1) for w in APPLICANTS])
    return rows


def t4_grid(t4: dict) -> list[list[tuple[str, int]]]:
    return [[("行政复议", 5), ("行政诉讼", 10)], [("", 5), ("未经复议直接起诉", 5), ("复议后起诉", 5)],
            [(x, 1) for x in T4_LABELS * 3], [(fmt(t4[i]), 1) for i in T4_IDS]]


def div_table(rows, layout: str) -> str:
    """A table as a CMS lays it out with CSS: `grid` (div rows of div/span cells, display:grid) or `list`
    (ul rows of floated li cells). A blank cell is an empty element; a merged cell spans by grid-column."""
    out = ['<div class="tbl" style="display:grid">' if layout == "grid" else '<div class="list-table">']
    for row in rows:
        out.append('<div class="tr">' if layout == "grid" else '<ul class="row">')
        for i, (text, span) in enumerate(row):
            tag = ("span" if i % 2 else "div") if layout == "grid" else "li"
            style = f' style="grid-column:span {span}"' if span > 1 else ""
            if layout == "list":
                style = f' style="float:left;width:{6 * span}%{";grid-column:span %d" % span if span > 1 else ""}"'
            out.append(f'<{tag} class="td"{style}>{html.escape(text)}</{tag}>')
        out.append("</div>" if layout == "grid" else "</ul>")
    out.append("</div>")
    return "\n".join(out)


def page(title: str, county: str, published: str, year: int, phone: str, tables: list[str]) -> str:
    office = f"{county}人民政府办公室"
    h = ['<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">', f"<title>{title}</title>\n</head>\n<body>",
         f'<div class="nav"><a href="/">{county}人民政府</a> &gt; <a href="/zwgk/">政务公开</a></div>',
         f'<div class="article">\n<h1>{title}</h1>', f'<div class="info">发布时间：{published}</div>',
         '<div class="content">', f"<p>{INTRO_2021.format(year=year, office=office, phone=phone)}</p>"]
    h += [f"<p>{line}</p>" for line in narrative(county, year)]
    for heading, table in zip(("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                               "四、政府信息公开行政复议、行政诉讼情况"), tables):
        h += [f"<p><strong>{heading}</strong></p>", table]
    h += [f"<p>{line}</p>" for line in CLOSING]
    h += [f'<p style="text-align:right">{office}</p>', "</div>\n</div>", '<div class="footer">网站标识码：0000000000</div>',
          "</body>\n</html>\n"]
    return "\n".join(h)


def _report(seed: int, zero: dict, t2: dict, fee: str, t4_parts: dict):
    t4 = t4_values(t4_parts)
    nums = Numbers(seed, avoid=list(t4.values()) + [v for v in t2.values() if v])
    t3 = random_t3(nums, "2021", zero, hi=280)
    return t3_values(t3, null_zero=True), {k: (v or None) for k, v in t4.items()}


def fixture_html_div_tables() -> None:
    """Two pages whose tables are built of div/span (CSS grid) and of ul/li (floats), blank cells empty."""
    for name, county, layout, seed, published, phone in (
            ("html_div_grid_2021.html", "栖梧县", "grid", 211, "2022-01-27", "0000-5318642"),
            ("html_list_table_2021.html", "澜沧湾区", "list", 223, "2022-02-11", "0000-7724015")):
        year = 2021
        title = f"{county}人民政府{year}年政府信息公开工作年度报告"
        fee = "8.6" if layout == "grid" else "21.3"
        t2 = t2_2021((None, 3, 17), (14, None, 236), 4127 if layout == "grid" else 3561,
                     1208 if layout == "grid" else 977, None, fee)
        zero = {"requests.carried_over": "101101", "requests.denied.state_secret": "000000",
                "requests.denied.prohibited_by_law": "100010", "requests.unable.unclear": "110001",
                "requests.not_processed.duplicate": "010100", "requests.carried_forward": "111011"}
        t4_parts = ({"review": [9, 4, 0, 2], "litigation.direct": [0, 0, 0, 0], "litigation.after_review": [3, 0, 1, 0]}
                    if layout == "grid" else
                    {"review": [7, 0, 5, 0], "litigation.direct": [2, 0, 0, 0], "litigation.after_review": [0, 0, 0, 0]})
        values3, t4 = _report(seed, zero, t2, fee, t4_parts)
        tables = [div_table(t2_rows(t2, fee), layout), div_table(t3_grid(values3), layout),
                  div_table(t4_grid(t4), layout)]
        values = dict(t2, **values3, **t4)
        exp = meta(title, year, "2021", published,
                   "2021 web page whose three tables are built of "
                   + ("div/span rows and cells laid out by CSS grid" if layout == "grid" else "ul rows of floated li cells")
                   + " (no <table>): every cell an element, blank cells empty elements, merged cells spanning by "
                   "grid-column. Read as a table: a blank cell is null and no figure moves into its column.")
        exp["values"] = values
        write(name, page(title, county, published, year, phone, tables), exp)


def table_html(rows, damage: dict[int, str] | None = None) -> str:
    """A <table>; `damage` maps a row index to how its markup is broken: 'stray' (a </tr> before its last
    cell, which the parser then leaves outside any row), 'br' / 'nbsp' (its figure cells set in one cell, apart by <br> or
    &nbsp;&nbsp;)."""
    damage = damage or {}
    out = ['<table border="1" cellspacing="0">']
    for r, row in enumerate(rows):
        cells = [f'<td{f" colspan={s}" if s > 1 else ""}>{html.escape(t)}</td>' for t, s in row]
        how = damage.get(r)
        if how == "stray":
            cells[-1] = "</tr>" + cells[-1]
        elif how in ("br", "nbsp"):
            first = next(i for i, (t, _s) in enumerate(row) if t and t[0].isdigit())
            sep = "<br>" if how == "br" else "&nbsp;&nbsp;"
            cells[first:] = ["<td>" + sep.join(html.escape(t) for t, _s in row[first:]) + "</td>"]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def fixture_html_short_rows() -> None:
    """<table> rows cut short: a stray </tr> before the 总计 cell (libxml2 leaves the cell after it outside any row),
    rows with merged label columns written as blank cells; figure cells set in one cell apart by <br>/&nbsp;."""
    county, year, published, phone = "枫溪县", 2021, "2022-01-20", "0000-3390725"
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    fee = "5.4"
    t2 = t2_2021((2, 1, 19), (23, 8, 305), 2684, 713, 46, fee)
    values3, t4 = _report(239, {"requests.denied.state_secret": "000000", "requests.carried_over": "110110"}, t2, fee,
                          {"review": [6, 3, 1, 2], "litigation.direct": [4, 0, 1, 0], "litigation.after_review": [2, 1, 0, 0]})
    t3 = t3_grid(values3)
    keys = [k for k, _g, _l in t3_rows("2021")]
    stray = {3 + keys.index("requests.new"): "stray", 3 + keys.index("requests.granted"): "stray",
             3 + keys.index("requests.denied.third_party"): "stray"}
    t2_table = t2_rows(t2, fee)
    split = {2: "br", 3: "nbsp"}        # 规章 and 行政规范性文件: their three figures in one cell
    tables = [table_html(t2_table, split), table_html(t3, stray), table_html(t4_grid(t4))]
    values = dict(t2, **values3, **t4)
    exp = meta(title, year, "2021", published,
               "2021 web page with broken table markup. Table 三: three rows (本年新收, 予以公开, 会损害第三方合法权益) "
               "carry a stray </tr> before their 总计 cell; the HTML parser leaves the cell after it outside any row "
               "(a browser starts a new row with it). It fills its row exactly to the table's width, so it is read "
               "as that row's end: the six applicant figures keep their columns and the total is read (a warning "
               "says so). Table 二: the three figures of 规章 and of 行政规范性文件 are set in one cell apart by <br> "
               "and by &nbsp;&nbsp; (the row lacks exactly the two cells): one figure per column.")
    exp["values"] = values
    write("html_short_rows_2021.html", page(title, county, published, year, phone, tables), exp)


def fixture_html_wrapped_tables() -> None:
    """Pages as crawlers and page savers store them: the report in an <iframe srcdoc> (a saved frame), only
    inside <noscript> (the script-built copy not saved), or its tables hidden by style until a script shows them."""
    for name, county, how, seed, published, phone in (
            ("html_frame_srcdoc_2021.html", "云岫县", "iframe", 307, "2022-01-25", "0000-6402318"),
            ("html_noscript_2021.html", "石磬镇", "noscript", 311, "2022-02-08", "0000-2217940"),
            ("html_hidden_tables_2021.html", "鹭洲区", "hidden", 313, "2022-01-30", "0000-8831562")):
        year = 2021
        title = f"{county}人民政府{year}年政府信息公开工作年度报告"
        fee = {"iframe": "3.9", "noscript": "16.2", "hidden": "7.5"}[how]
        t2 = t2_2021((1, 4, 12) if how != "hidden" else (5, 2, 31), (19, 7, 158), 1736 + seed, 604 + seed,
                     83 + seed % 7, fee)
        t4_parts = {"review": [8, 3, 2, 1], "litigation.direct": [5, 1, 0, 2], "litigation.after_review": [4, 0, 3, 0]}
        values3, t4 = _report(seed, {"requests.denied.state_secret": "000000", "requests.carried_over": "110011"},
                              t2, fee, t4_parts)
        style = ' style="display:none"' if how == "hidden" else ""
        tables = [f'<div class="tab-pane"{style}>{table_html(rows)}</div>'
                  for rows in (t2_rows(t2, fee), t3_grid(values3), t4_grid(t4))]
        inner = page(title, county, published, year, phone, tables)
        if how == "iframe":
            shell = (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n'
                     f'<div class="nav"><a href="/">{county}人民政府</a></div>\n<div class="main">\n'
                     f'<iframe width="100%" height="3000" srcdoc="{html.escape(inner, quote=True)}"></iframe>\n'
                     '</div>\n</body></html>\n')
        elif how == "noscript":
            body = inner[inner.index('<div class="article">'):inner.index('<div class="footer">')]
            shell = (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n'
                     '<div id="app">正在加载……</div>\n<script src="/static/js/app.js"></script>\n'
                     f"<noscript>\n{body}</noscript>\n</body></html>\n")
        else:
            # prose long enough to outweigh the hidden tables (a page mostly hidden is read as shown anyway)
            more = "".join(f"<p>（{n}）{county}{topic}，{year}年共开展专题检查{n + 2}次，督促相关单位逐项整改，整改情况在门户网站专栏"
                           "集中发布，并接受社会监督；同时完善台账管理，做到发布有审核、更新有记录、问题有反馈。</p>"
                           for n, topic in enumerate(("政策解读", "重点领域信息公开", "政务新媒体管理", "政府公报发行",
                                                      "政府开放日活动", "依申请公开办理规范", "基层政务公开标准化",
                                                      "公开目录动态调整", "信息发布保密审查", "网站集约化建设",
                                                      "政务公开培训", "考核评议"), 6))
            inner = inner.replace("<p><strong>二、", more + "\n<p><strong>二、", 1)
            shell = inner.replace("</body>", '<script>document.querySelectorAll(".tab-pane").forEach('
                                               'function (e) { e.style.display = "block"; });</script>\n</body>')
        values = dict(t2, **values3, **t4)
        exp = meta(title, year, "2021", published, {
            "iframe": "2021 web page saved with its report frame inline (<iframe srcdoc=\"…\">, as page savers store "
                      "frames): the frame's page is read in place, as a browser shows it",
            "noscript": "2021 web page whose visible body is built by a script; the crawler saved only the "
                        "<noscript> copy of the report: its tables are read from there",
            "hidden": "2021 web page whose three tables sit in tab panes hidden by style (display:none) until a "
                      "script shows them, the prose visible: the report tables are read as shown"}[how])
        exp["values"] = values
        write(name, shell, exp)
