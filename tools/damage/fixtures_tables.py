"""The damaged 2019/2021 table fixtures: blank HTML cells, blank pipe cells, a collapsed crawler text,
a fragmented markdown conversion, misprinted labels."""
from __future__ import annotations

from .data import (
    APPLICANTS,
    Numbers,
    T2_2019_COLS,
    T2_2019_LABEL,
    T2_2019_SECTIONS,
    T3_COLS,
    T3_NOTE,
    T4_GROUPS,
    T4_IDS,
    T4_LABELS,
    UNSETTLED,
    collapse,
    complete_t3,
    random_t3,
    row_total_ok,
    runs,
    settle,
    t3_rows,
    t3_values,
    t4_ok,
    t4_values,
)
from .render import (
    CLOSING,
    INTRO_2019,
    INTRO_2021,
    cells_2019,
    fmt,
    grid_t3,
    header_2019,
    meta,
    narrative,
    pipe,
    t2_2019_cells,
    t2_2019_values,
    td,
    wrapped,
    write,
)

# 1 ------------------------------------------------------------------------------------------


def fixture_html_blank_cells() -> None:
    county, year = "青禾县", 2021
    issuer = county + "人民政府"
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    published = "2022-01-24"
    t4 = t4_values({"review": [5, 0, 2, 1], "litigation.direct": [0, 0, 0, 0], "litigation.after_review": [3, 4, 0, 0]})
    nums = Numbers(101, avoid=t4.values())
    all_zero = {k: "000000" for k in ("requests.denied.state_secret", "requests.denied.security_stability",
                                      "requests.denied.admin_query", "requests.not_processed.publication",
                                      "requests.other.fee_unpaid")}
    zero = dict(all_zero, **{
        "requests.carried_over": "110010", "requests.partially_granted": "110010",
        "requests.denied.prohibited_by_law": "100000", "requests.denied.third_party": "110000",
        "requests.denied.internal_affairs": "100001", "requests.denied.process_info": "110000",
        "requests.denied.enforcement_file": "100100", "requests.unable.needs_creation": "101000",
        "requests.unable.unclear": "100000", "requests.not_processed.petition": "100000",
        "requests.not_processed.duplicate": "110000", "requests.not_processed.excessive": "100000",
        "requests.not_processed.confirmation": "100000", "requests.other.no_correction": "110000",
        "requests.other.misc": "100100", "requests.carried_forward": "111101"})
    t3 = random_t3(nums, "2021", zero, hi=260)
    # the publisher also left two 总计 cells blank although the row has figures
    blank_totals = {("requests.carried_over", 6), ("requests.denied.process_info", 6)}
    values3 = t3_values(t3, blank_totals, null_zero=True)
    t2 = {"disclosure.regulations.issued": None, "disclosure.regulations.repealed": None,
          "disclosure.regulations.in_force": None, "disclosure.normative_docs.issued": 6,
          "disclosure.normative_docs.repealed": None, "disclosure.normative_docs.in_force": 47,
          "disclosure.licensing.decisions": 3128, "disclosure.penalty.decisions": 905,
          "disclosure.coercion.decisions": None}
    fee = "12.7"
    t4 = {k: (v or None) for k, v in t4.items()}

    h = []
    h.append('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">')
    h.append(f"<title>{title}</title>\n</head>\n<body>")
    h.append(f'<div class="nav"><a href="/">{issuer}门户网站</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
             '<a href="/zwgk/ndbg/">年度报告</a></div>')
    h.append(f'<div class="article">\n<h1>{title}</h1>')
    h.append(f'<div class="meta">发布日期：{published}　来源：{county}人民政府办公室　浏览次数：<span id="hits"></span></div>')
    h.append('<div class="body">')
    office = f"{county}人民政府办公室"
    h.append(f"<p>{INTRO_2021.format(year=year, office=office, phone='0000-6213457')}</p>")
    for line in narrative(county, year):
        h.append(f"<p>{line}</p>")
    h.append("<p><strong>二、主动公开政府信息情况</strong></p>")
    h.append('<table border="1" cellspacing="0">')
    h.append('<tr><td colspan="4">第二十条第（一）项</td></tr>')
    h.append("<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>")
    for key, label in (("disclosure.regulations", "规章"), ("disclosure.normative_docs", "行政规范性文件")):
        h.append(f"<tr><td>{label}</td>" + "".join(td(t2[f'{key}.{c}']) for c in ("issued", "repealed", "in_force"))
                 + "</tr>")
    for heading, header, rows in (("第二十条第（五）项", "本年处理决定数量", [("行政许可", "licensing")]),
                                  ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "penalty"), ("行政强制", "coercion")]),
                                  ("第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", None)])):
        h.append(f'<tr><td colspan="4">{heading}</td></tr>')
        h.append(f'<tr><td>信息内容</td><td colspan="3">{header}</td></tr>')
        for label, key in rows:
            cell = fee if key is None else fmt(t2[f"disclosure.{key}.decisions"])
            h.append(f'<tr><td>{label}</td><td colspan="3">{cell}</td></tr>')
    h.append("</table>")
    h.append("<p><strong>三、收到和处理政府信息公开申请情况</strong></p>")
    h.append('<table border="1" cellspacing="0">')
    h.append(f'<tr><td colspan="3" rowspan="3">{T3_NOTE}</td><td colspan="7">申请人情况</td></tr>')
    h.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
    h.append("<tr>" + "".join(f"<td>{c}</td>" for c in T3_COLS) + "</tr>")
    order = t3_rows("2021")
    group_size = {}
    for _k, g, _l in order:
        if g:
            group_size[g] = group_size.get(g, 0) + 1
    seen = set()
    for key, group, label in order:
        cells = "".join(td(values3[f"{key}|applicant={w}"]) for w in APPLICANTS)
        lead = ""
        if key == "requests.granted":
            lead += f'<td rowspan="{len(order) - 3}">三、本年度办理结果</td>'
        if group:
            if group not in seen:
                lead += f'<td rowspan="{group_size[group]}">{group}</td>'
                seen.add(group)
            lead += f"<td>{label}</td>"
        elif key in ("requests.new", "requests.carried_over", "requests.carried_forward"):
            lead += f'<td colspan="3">{label}</td>'
        else:
            lead += f'<td colspan="2">{label}</td>'
        h.append(f"<tr>{lead}{cells}</tr>")
    h.append("</table>")
    h.append("<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>")
    h.append('<table border="1" cellspacing="0">')
    h.append('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>')
    h.append("<tr>" + "".join(f'<td rowspan="2">{x}</td>' for x in T4_LABELS)
             + '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>')
    h.append("<tr>" + "".join(f"<td>{x}</td>" for x in T4_LABELS * 2) + "</tr>")
    h.append("<tr>" + "".join(td(t4[i]) for i in T4_IDS) + "</tr>")
    h.append("</table>")
    for i, line in enumerate(CLOSING):
        h.append(f"<p><strong>{line}</strong></p>" if i % 2 == 0 else f"<p>{line}</p>")
    h.append(f'<p style="text-align:right">{office}</p>\n<p style="text-align:right">2022年1月24日</p>')
    h.append('</div>\n</div>\n<div class="foot">主办：青禾县人民政府办公室　网站标识码：0000000000</div>')
    h.append('<script>document.getElementById("hits").innerText = "1";</script>\n</body>\n</html>\n')

    values = dict(t2)
    values["disclosure.fees.amount"] = 127000
    values.update(values3)
    values.update(t4)
    exp = meta(title, year, "2021", published,
               "2021 template web page whose publisher left every zero cell blank (<td></td>): five outcome rows "
               "entirely blank (state_secret, security_stability, admin_query, publication, fee_unpaid), zero "
               "cells of other rows blank, table 二 规章 row and two other cells blank, table 四 zeros blank "
               "(litigation.direct entirely blank, its 总计 too). Two 总计 cells are blank although their rows "
               "have figures: 二、上年结转 and （三）6.属于四类过程性信息. Every blank is a null record, no row "
               "dropped, no 0 guessed. Blank counts as 0 in the checks: R1|total fails (carried_over total "
               "blank), R2|total and R3 of process_info fail; the per-applicant identities pass.")
    exp["values"] = values
    exp["checks"] = {"R1|applicant=total": "fail", "R2|applicant=total": "fail",
                     "R3|key=requests.denied.process_info": "fail", "R1|applicant=natural_person": "pass",
                     "R1|applicant=commercial": "pass", "R2|applicant=natural_person": "pass",
                     "R2|applicant=legal_service": "pass", "R4|group=review": "pass",
                     "R4|group=after_review": "pass"}
    write("html_blank_cells_2021.html", "\n".join(h), exp)


# 2 ------------------------------------------------------------------------------------------


def fixture_pipe_blank_total() -> None:
    county, year = "石塘县", 2019
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2020-01-21"
    t4 = t4_values({"review": [8, 3, 1, 2], "litigation.direct": [6, 4, 0, 5], "litigation.after_review": [9, 0, 0, 0]})
    nums = Numbers(202, avoid=t4.values())
    zero = {"requests.carried_over": "110001", "requests.denied.state_secret": "100000",
            "requests.denied.security_stability": "110000", "requests.denied.internal_affairs": "100100",
            "requests.unable.unclear": "110000", "requests.not_processed.publication": "100000",
            "requests.not_processed.confirmation": "101000", "requests.carried_forward": "101110"}
    t3 = random_t3(nums, "2019", zero, hi=240)
    # zero cells of these rows are printed blank (the others print 0); two rows lose their 总计
    blank_zero_rows = {"requests.denied.security_stability", "requests.unable.unclear", "requests.carried_forward",
                       "requests.not_processed.confirmation"}
    blank = {(k, j) for k in blank_zero_rows for j in range(6) if t3[k][j] == 0}
    blank |= {("requests.unable.unclear", 6), ("requests.carried_forward", 6)}
    values3 = t3_values(t3, blank)
    t2rows = {"disclosure.regulations": [2, 1, 14], "disclosure.normative_docs": [23, 19, 176],
              "disclosure.licensing": [341, 7, 12864], "disclosure.other_services": [58, -3, 2417],
              "disclosure.penalty": [1093, 11, 3350], "disclosure.coercion": [26, None, 87],
              "disclosure.fees": [9, None], "disclosure.procurement": [35, 4718250]}
    t2 = t2_2019_values(t2rows)
    blank4 = {"litigation.direct.other", "litigation.after_review.corrected", "litigation.after_review.other"}
    t4 = {k: (None if k in blank4 else v) for k, v in t4.items()}

    office = f"{county}人民政府办公室"
    lines = [title, "", f"来源：{office}　发布时间：{published} 09:40", "",
             INTRO_2019.format(issuer=county + "人民政府", year=year, office=office, phone="0000-5378160"), ""]
    lines += [x for p in narrative(county, year) for x in (p, "")]
    lines += ["二、主动公开政府信息情况", ""]
    first = True
    for heading, header, keys in T2_2019_SECTIONS:
        lines.append(pipe([heading, "", "", ""]))
        if first:
            lines.append("|---|---|---|---|")
            first = False
        lines.append(pipe(header + [""] * (4 - len(header))))
        for k in keys:
            cells = t2_2019_cells(k, t2)
            lines.append(pipe([T2_2019_LABEL[k]] + cells + [""] * (3 - len(cells))))
    lines += ["", "三、收到和处理政府信息公开申请情况", ""]
    lines += grid_t3(values3, "2019")
    lines += ["", "四、政府信息公开行政复议、行政诉讼情况", ""]
    lines.append(pipe(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9))
    lines.append("|" + "---|" * 15)
    lines.append(pipe(T4_LABELS + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]))
    lines.append(pipe([""] * 5 + T4_LABELS * 2))
    lines.append(pipe([fmt(t4[i]) for i in T4_IDS]))
    lines += [""] + [x for p in CLOSING for x in (p, "")]
    exp = meta(title, year, "2019", published,
               "2019 template as pipe rows (table 三 in the 10-column grid: three label columns, then the seven "
               "value cells). Some cells are empty between pipes (|  |): the zero cells of four rows, the 总计 "
               "(last cell) of （四）3.补正后申请内容仍不明确 and of 四、结转下年度继续办理, table 二 行政强制 and "
               "行政事业性收费 本年增/减, three table 四 cells. Read by position: an empty cell is null, the cells "
               "after it keep their columns. R1|total fails only because the blank carried_forward 总计 counts as 0.")
    exp["values"] = dict(t2, **values3, **t4)
    exp["checks"] = {"R1|applicant=total": "fail", "R1|applicant=natural_person": "pass",
                     "R1|applicant=other_org": "pass", "R2|applicant=commercial": "pass",
                     "R2|applicant=total": "fail", "R4|group=review": "pass", "R4|group=direct": "pass"}
    write("pipe_blank_total_2019.txt", "\n".join(lines), exp)


# 3 ------------------------------------------------------------------------------------------


def fixture_collapsed_2019() -> None:
    county, year = "榆岭县", 2020
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2021-01-19"
    z = [0] * 6
    outcomes = {
        "requests.granted": [23, 5, 0, 0, 0, 0],            # 23 5 0 28
        "requests.partially_granted": [7, 0, 0, 0, 0, 0],   # 7 0 7
        "requests.denied.state_secret": z,                  # 0
        "requests.denied.prohibited_by_law": z,
        "requests.denied.security_stability": z,
        "requests.denied.third_party": [4, 2, 0, 0, 0, 0],   # 4 2 0 6
        "requests.denied.internal_affairs": z,
        "requests.denied.process_info": [9, 0, 0, 0, 0, 29],  # 9 0 29 38
        "requests.denied.enforcement_file": z,
        "requests.denied.admin_query": [11, 0, 0, 0, 0, 0],  # 11 0 11
        "requests.unable.not_held": [31, 8, 14, 0, 1, 3],    # seven printed values
        "requests.unable.needs_creation": [0, 12, 12, 0, 0, 0],  # 0 12 0 24: where the 12s sit is open
        "requests.unable.unclear": [15, 0, 0, 0, 0, 0],
        "requests.not_processed.petition": [16, 0, 0, 0, 0, 0],
        "requests.not_processed.duplicate": z,
        "requests.not_processed.publication": z,
        "requests.not_processed.excessive": [20, 0, 0, 0, 0, 0],
        "requests.not_processed.confirmation": z,
        "requests.other": [13, 0, 0, 0, 36, 21],            # 13 0 36 21 70
    }
    order = t3_rows("2019")
    t3 = complete_t3(outcomes, z, [17, 35, 19, 0, 39, 41], order)   # carried_over all 0: one printed 0
    t2rows = {"disclosure.regulations": [0, 0, 0], "disclosure.normative_docs": [64, 64, 273],
              "disclosure.licensing": [212, 0, 0], "disclosure.other_services": [47, -2, 318],
              "disclosure.penalty": [134, 25, 1275], "disclosure.coercion": [48, 0, 52],
              "disclosure.fees": [0, 0], "disclosure.procurement": [18, 1835200]}
    t4 = t4_values({g: [0, 0, 0, 0] for g in T4_GROUPS})

    values, unresolved = {}, []

    def take(ids, cells, ok):
        for vid, v, s in zip(ids, cells, settle(cells, ok)):
            if s is UNSETTLED:
                unresolved.append(vid)
            else:
                assert s == v
                values[vid] = v
    for k, cells in t2rows.items():
        take([f"{k}.{c}" for c in T2_2019_COLS[k]], cells, lambda c: True)
    for k, cells in t3.items():
        take([f"{k}|applicant={w}" for w in APPLICANTS], cells, row_total_ok)
    take(T4_IDS, [t4[i] for i in T4_IDS], t4_ok)

    office = f"{county}人民政府办公室"
    lines = header_2019(title, published, county, year, office, "0000-3152694") + narrative(county, year)
    lines += cells_2019(t2_2019_values(t2rows), t3_values(t3), t4) + CLOSING + [office, "2021年1月19日"]
    full = "\n".join(lines)
    text = collapse(full)
    dropped = sum(len(c) - len(runs(c)) for c in list(t2rows.values()) + list(t3.values())) + 14
    assert full.count("\n") - text.count("\n") == dropped, "a line outside the tables collapsed too"
    exp = meta(title, year, "2019", published,
               "2019 template as crawler text, one cell per line, where every line equal to the line before it was "
               "dropped (tools/make_damage_fixtures.py collapse()): 7|0|0|0|0|0|7 prints 7 0 7, an all-zero row one "
               "0, table 四 (all 0) a single 0, table 二 0|0|0 one 0. Settled cells (listed) are those on which "
               "every reading agrees, a reading being a spreading of the printed values as runs over the row's "
               "cells that satisfies the row's identity: table 三 row total = sum of the six applicants only "
               "(conservative: R1/R2 across rows not used), table 四 R4 per group, table 二 none. Unresolved: "
               "table 二 rows printing two values for three cells (规范性文件 64 273 is 64|64|273 or 64|273|273; 行政许可 "
               "212 0), and （四）2.没有现成信息需要另行制作 printed 0 12 0 24 (the two 12s may sit in any two "
               "adjacent applicant columns after the first; R2 down the columns would settle it, the row alone "
               "does not).")
    exp["values"] = values
    exp["unresolved"] = unresolved
    exp["checks"] = {"R1|applicant=total": "pass", "R4|group=review": "pass"}
    write("collapsed_2019.txt", text + "\n", exp)


# 5 ------------------------------------------------------------------------------------------


def fixture_fragmented_md() -> None:
    county, year = "澄湖县", 2022
    issuer = county + "人民政府"
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    published = "2023-01-30"
    t4 = t4_values({"review": [11, 4, 2, 6], "litigation.direct": [7, 1, 3, 9], "litigation.after_review": [5, 13, 10, 12]})
    nums = Numbers(505, avoid=t4.values())
    t3 = random_t3(nums, "2021", hi=380)
    values3 = t3_values(t3)
    t2 = {"disclosure.regulations.issued": 3, "disclosure.regulations.repealed": 1, "disclosure.regulations.in_force": 17,
          "disclosure.normative_docs.issued": 21, "disclosure.normative_docs.repealed": 8,
          "disclosure.normative_docs.in_force": 164, "disclosure.licensing.decisions": 4372,
          "disclosure.penalty.decisions": 1288, "disclosure.coercion.decisions": 59,
          "disclosure.fees.amount": 463000}
    def vals(key):
        return pipe([fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS])

    def lab(key, *labels):
        return pipe(list(labels) + [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS])

    def sep(n):
        return "|" + "---|" * n
    office = f"{county}人民政府办公室"
    L = [title, ""]
    L += ["根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与", "政务公开办公室印发的年度报告格式要求，编制本报告。报告全文由",
          "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、", "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、",
          "其他需要报告的事项六部分组成。", f"发布日期：{published}", ""]
    L += [x for p in narrative(county, year) for x in (p,)] + [""]
    L += ["二、主动公开政府信息情况", "第二十条第（一）项", "### 主动公开情况表",
          pipe(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]), sep(4),
          pipe(["规章", "3", "1", "17"]), pipe(["行政规范性文件", "21", "8", "164"]), "",
          "第二十条第（五）项", "信息内容本年处理决定数量", "行政许可 4372",
          "第二十条第（六）项", "信息内容本年处理决定数量", "行政处罚 1288", "行政强制 59",
          "第二十条第（八）项", "信息内容本年收费金额（单位：万元）", "行政事业性收费 46.3", ""]
    label = {k: lbl for k, _g, lbl in t3_rows("2021")}

    def loose(key, group=None):
        """A bare row's label as the converter left it: wrapped every 9 characters, a group heading
        (wrapped every 3) fused line by line onto the front."""
        lines = wrapped(label[key], 9)
        if group:
            heading = wrapped(group, 3)
            n = max(len(heading), len(lines))
            lines = [a + b for a, b in zip(heading + [""] * (n - len(heading)), lines + [""] * (n - len(lines)))]
        return lines
    note = wrapped(T3_NOTE, 14)
    L += ["三、收到和处理政府信息公开申请情况", "申请人情况", note[0] + "法人或其他组织", *note[1:], "自然人 总计",
          "".join(c[:2] for c in T3_COLS), "### 依申请公开情况表", pipe([c[2:] for c in T3_COLS] + ["", "", ""]), sep(8)]
    # fragment 1: new, carried_over, granted labelled; partially_granted bare (its label is loose below)
    L += [lab("requests.new", label["requests.new"]), lab("requests.carried_over", label["requests.carried_over"]),
          lab("requests.granted", "三、", label["requests.granted"]), vals("requests.partially_granted"), sep(7), ""]
    L += loose("requests.partially_granted", "三、本年度办理结果") + loose("requests.denied.prohibited_by_law")
    # fragment 2: state_secret labelled, prohibited_by_law bare, security_stability and third_party labelled
    L += [lab("requests.denied.state_secret", label["requests.denied.state_secret"]), sep(8),
          vals("requests.denied.prohibited_by_law"), sep(7),
          lab("requests.denied.security_stability", label["requests.denied.security_stability"]), sep(8),
          lab("requests.denied.third_party", label["requests.denied.third_party"]), ""]
    # fragment 3: internal_affairs bare (its label fused with the group heading （三）), process_info and
    # enforcement_file labelled
    L += loose("requests.denied.internal_affairs", "（三）不予公开")
    L += [vals("requests.denied.internal_affairs"), sep(7),
          lab("requests.denied.process_info", label["requests.denied.process_info"]), sep(8),
          lab("requests.denied.enforcement_file", label["requests.denied.enforcement_file"]), ""]
    # fragment 4: admin_query, not_held, needs_creation, unclear bare (labels loose, wrapped, fused)
    L += [label["requests.denied.admin_query"]] + loose("requests.unable.not_held", "（四）无法提供")
    L += [vals("requests.denied.admin_query"), sep(7), vals("requests.unable.not_held"), sep(7), ""]
    L += loose("requests.unable.needs_creation") + loose("requests.unable.unclear")
    L += [vals("requests.unable.needs_creation"), sep(7), vals("requests.unable.unclear"), sep(7)]
    # fragment 5: petition, duplicate, publication labelled; excessive, confirmation, no_correction bare
    L += [lab("requests.not_processed.petition", label["requests.not_processed.petition"]), sep(8),
          lab("requests.not_processed.duplicate", label["requests.not_processed.duplicate"]),
          lab("requests.not_processed.publication", label["requests.not_processed.publication"]), ""]
    L += (loose("requests.not_processed.excessive", "（五）不予处理") + loose("requests.not_processed.confirmation")
          + loose("requests.other.no_correction", "（六）其他处理"))
    L += [vals("requests.not_processed.excessive"), sep(7), vals("requests.not_processed.confirmation"), sep(7),
          vals("requests.other.no_correction"), sep(7), ""]
    # fragment 6: fee_unpaid bare, misc, answered, carried_forward labelled
    L += loose("requests.other.fee_unpaid")
    L += [vals("requests.other.fee_unpaid"), sep(7), lab("requests.other.misc", label["requests.other.misc"]), sep(8),
          lab("requests.answered", label["requests.answered"]),
          lab("requests.carried_forward", label["requests.carried_forward"]), ""]
    L += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "".join(T4_LABELS), "未经复议直接起诉 复议后起诉",
          pipe([x[-2:] for x in T4_LABELS] * 2), sep(10), pipe([fmt(t4[i]) for i in T4_IDS]), sep(15), ""]
    L += CLOSING + ["", office]
    labelled = {"requests.new", "requests.carried_over", "requests.granted", "requests.denied.state_secret",
                "requests.denied.security_stability", "requests.denied.third_party", "requests.denied.process_info",
                "requests.denied.enforcement_file", "requests.not_processed.petition", "requests.not_processed.duplicate",
                "requests.not_processed.publication", "requests.other.misc", "requests.answered",
                "requests.carried_forward"}
    text = "\n".join(L) + "\n"
    # the unlabelled rows are assignable by template order: check the fixture keeps the value rows in that order
    rows_in_text = [line for line in L if line.startswith("| ") and line.count("|") >= 8
                    and not line.startswith("| 企业") and not line.startswith("| 维持")][:-1]
    assert len(rows_in_text) == len(t3_rows("2021")), len(rows_in_text)
    for (key, _g, _l), line in zip(t3_rows("2021"), rows_in_text):
        assert line.endswith(vals(key)[1:]) and ((key in labelled) == (line != vals(key))), key
    exp = meta(title, year, "2021", published,
               "2021 report as markdown converted from a PDF: table 二 (一) a pipe table, (五)(六)(八) plain lines "
               "'行政许可 4372'; fee 46.3 万元 = 463000 元. Table 三 cut into six pipe fragments with |---| lines; "
               "14 value rows carry their label in the first cell (三、 and （一）予以公开 in two cells), 11 are bare pipe "
               "rows of the seven numbers whose labels fell out as loose text lines near their fragment, wrapped "
               "every 9 characters, some with the group heading (wrapped every 3) fused line by line onto their "
               "front (（三）5.属于三类内部事 / 不予公务信息 / 开). The value rows keep template order: between "
               "two labelled rows there are exactly as many bare rows as template rows without a labelled row, so "
               "every bare row is assigned by position. Table 四's header is mangled but its 15 values are one "
               "pipe row. All cells distinct and non-zero.")
    exp["values"] = dict(t2, **values3, **t4)
    exp["checks"] = {"R1|applicant=total": "pass", "R2|applicant=research": "pass", "R2|applicant=total": "pass",
                     "R4|group=after_review": "pass"}
    write("fragmented_2021.md", text, exp)


# 7 ------------------------------------------------------------------------------------------


def fixture_label_variants() -> None:
    county, year = "砚溪县", 2019
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    published = "2020-01-17"
    t4 = t4_values({"review": [6, 2, 3, 1], "litigation.direct": [4, 5, 8, 2], "litigation.after_review": [9, 7, 10, 13]})
    nums = Numbers(707, avoid=t4.values())
    t3 = random_t3(nums, "2019", hi=320)
    values3 = t3_values(t3)
    t2rows = {"disclosure.regulations": [4, 3, 27], "disclosure.normative_docs": [16, 15, 143],
              "disclosure.licensing": [287, 12, 7735], "disclosure.other_services": [66, -5, 1904],
              "disclosure.penalty": [958, 21, 2781], "disclosure.coercion": [38, -1, 109],
              "disclosure.fees": [11, -2], "disclosure.procurement": [42, 3960480]}
    t2 = t2_2019_values(t2rows)
    misprints = {"requests.denied.prohibited_by_law": "2.其他法律行政法规禁上公开",
                 "requests.denied.third_party": "4.保护第三方合发权益",
                 "requests.denied.process_info": "6.属于四类过程信息",
                 "requests.unable.not_held": "1.本机关不掌握相关政府信",
                 "requests.not_processed.confirmation": "5.要求行政机关确认或重新出具已获信息"}
    office = f"{county}人民政府办公室"
    lines = header_2019(title, published, county, year, office, "0000-7724105") + narrative(county, year)
    lines += cells_2019(t2, values3, t4, labels=misprints, bar=True) + CLOSING + [office, "2020年1月17日"]
    exp = meta(title, year, "2019", published,
               "2019 template, one cell per line (last cell of a row ends ' |'), clean except five misprinted long "
               "row labels of table 三 (one wrong or missing character each): 禁止→禁上, 合法→合发, 过程性→过程 "
               "(missing 性), 政府信息→政府信 (missing 息), 已获取→已获 (missing 取). A fuzzy match of long labels "
               "reads them; short labels are printed correctly. All cells distinct and non-zero.")
    exp["values"] = dict(t2, **values3, **t4)
    exp["checks"] = {"R1|applicant=total": "pass", "R2|applicant=total": "pass", "R2|applicant=commercial": "pass"}
    write("label_variants_2019.txt", "\n".join(lines) + "\n", exp)
