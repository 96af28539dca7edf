"""Fixtures for the damage classes a held-out evaluation on real reports found (notes/heldout C1-C6).

Invented counties, wording and numbers; the held-out documents only showed the shape of the damage:
C1 a PDF page with a truncated, headless table 三; C2 markdown headings that repeat a row label;
C3 table 四 cut into sub-tables or interrupted by a 注： line; C4 value rows carrying label fragments;
C5 legacy appendix rows outside the vocabulary; C6 run-together digits the narrative settles.
"""
from __future__ import annotations

from .data import APPLICANTS, T3_NOTE, T4_IDS, T4_LABELS, Numbers, random_t3, t3_rows, t3_values, t4_values
from .render import CLOSING, INTRO_2021, fmt, grid_t3, meta, narrative, pipe, write

LABEL = {k: lbl for k, _g, lbl in t3_rows("2021")}
GROUP = {k: g for k, g, _l in t3_rows("2021")}
T2_HEAD = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]


def cells(values3: dict, key: str) -> list[str]:
    return [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS]


def t2_2021(reg: tuple, norm: tuple, licensing: int, penalty: int, coercion: int, fee: str) -> dict:
    """Table 二 (2021) value ids; the fee is printed in 万元 and stored in 元."""
    out = {f"disclosure.{k}.{c}": v for k, row in (("regulations", reg), ("normative_docs", norm))
           for c, v in zip(("issued", "repealed", "in_force"), row)}
    out.update({"disclosure.licensing.decisions": licensing, "disclosure.penalty.decisions": penalty,
                "disclosure.coercion.decisions": coercion, "disclosure.fees.amount": round(float(fee) * 10000)})
    return out


def distinct_t4(parts: dict[str, list[int]]) -> dict[str, int]:
    """Table 四 value ids from the four outcomes per group; all 15 figures distinct and non-zero."""
    t4 = t4_values(parts)
    assert len(set(t4.values())) == 15 and 0 not in t4.values(), t4
    return t4


def md_t2(t2: dict, fee: str) -> list[str]:
    """Table 二 as one small pipe table per 第二十条 section, each under a ### heading (as OCR converters do)."""
    def row(label, key):
        return pipe([label] + [fmt(t2[f"disclosure.{key}.{c}"]) for c in ("issued", "repealed", "in_force")])
    out = ["## 二、主动公开政府信息情况", "", "### 第二十条第（一）项", pipe(T2_HEAD), "|---|---|---|---|",
           row("规章", "regulations"), row("行政规范性文件", "normative_docs"), ""]
    for heading, header, rows in (("第二十条第（五）项", "本年处理决定数量", [("行政许可", "licensing")]),
                                  ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "penalty"), ("行政强制", "coercion")])):
        out += [f"### {heading}", pipe(["信息内容", header]), "|---|---|"]
        out += [pipe([label, fmt(t2[f"disclosure.{key}.decisions"])]) for label, key in rows] + [""]
    out += ["### 第二十条第（八）项", pipe(["信息内容", "本年收费金额（单位：万元）"]), "|---|---|",
            pipe(["行政事业性收费", fee]), ""]
    return out


def t4_header_15() -> list[str]:
    return [pipe(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9), "|" + "---|" * 15,
            pipe(T4_LABELS + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]),
            pipe([""] * 5 + T4_LABELS * 2)]


def md_report(county: str, year: int, published: str, t2: dict, fee: str, t3_lines: list[str],
              t4_lines: list[str]) -> str:
    issuer = county + "人民政府"
    office = issuer + "办公室"
    lines = [f"{issuer}{year}年政府信息公开工作年度报告", "", f"发布日期：{published}", "",
             INTRO_2021.format(year=year, office=office, phone="0000-5512807"), ""]
    lines += [x for p in narrative(county, year) for x in (p, "")]
    lines += md_t2(t2, fee) + ["## 三、收到和处理政府信息公开申请情况", ""] + t3_lines + [""]
    lines += ["## 四、政府信息公开行政复议、行政诉讼情况", ""] + t4_lines + [""]
    lines += [x for p in CLOSING for x in (p, "")] + [office]
    return "\n".join(lines) + "\n"


# C1 -----------------------------------------------------------------------------------------

PAGE_ROWS = ["requests.new", "requests.carried_over", "requests.granted", "requests.partially_granted",
             "requests.denied.state_secret", "requests.denied.prohibited_by_law",
             "requests.denied.security_stability", "requests.denied.third_party",
             "requests.denied.internal_affairs", "requests.denied.process_info"]


def page_rows(values3: dict, keys: list[str]) -> list[str]:
    """Table 三 rows as PDF text lines: `label v v v v v v v`, long labels wrapped, group names broken."""
    out = []
    for key in keys:
        if key == "requests.granted":
            out += ["三、", "本年", "度办", "理结", "果"]
        if key == "requests.denied.state_secret":
            out += ["（三）不", "予公开"]
        label, nums = LABEL[key], " ".join(cells(values3, key))
        if key == "requests.partially_granted":
            out += [label[:18], f"{label[18:]} {nums}"]
        else:
            out.append(f"{label} {nums}")
    return out


def page_header() -> list[str]:
    note = T3_NOTE
    return ["三、收到和处理政府信息公开申请情况", note[:22], note[22:], "申请人情况", "自然人", "法人或其他组织",
            "总计商 业 企", "业", "科研机", "构", "社会公益", "组织", "法 律 服 务", "机构", "其他"]


def fixture_truncated_table3() -> None:
    t4 = distinct_t4({"review": [7, 3, 2, 5], "litigation.direct": [4, 1, 8, 6], "litigation.after_review": [9, 11, 12, 10]})
    values3 = t3_values(random_t3(Numbers(1101, avoid=t4.values()), "2021", hi=900))
    fee = "8123.4"
    lines = ["- 5 -", "第二十条 第（八）项", "信息内容 本年收费金额（单位：万元）", f"行政事业性收费 {fee}"]
    lines += page_header() + page_rows(values3, PAGE_ROWS)
    values = {f"{k}|applicant={w}": values3[f"{k}|applicant={w}"] for k in PAGE_ROWS for w in APPLICANTS}
    values["disclosure.fees.amount"] = round(float(fee) * 10000)
    exp = meta(None, None, "2021", None,
               "One page of a PDF's text (page number '- 5 -', no title, no heading 一、总体情况): it starts inside "
               "table 二 at 第二十条 第（八）项 (fee 8123.4 万元 = 81234000 元), then table 三's header broken over "
               "lines and its first ten rows as space-separated cells (一、二、（一）（二）（三）1-6; 三、本年度办理结果 "
               "and （三）不予公开 broken into pieces, （二）'s label wrapped with the cells on its second line); the "
               "page ends before 7.属于行政执法案卷. Every printed row is read; the absent rows are said in a warning; "
               "no title is a warning, not NotAnnualReportError. Cells distinct and non-zero.")
    exp["values"] = values
    exp["warnings_contain"] = ["no title"]
    write("truncated_table3_2021.txt", "\n".join(lines) + "\n", exp)

    keys = PAGE_ROWS[:8]
    t4 = distinct_t4({"review": [6, 2, 9, 3], "litigation.direct": [5, 8, 1, 4], "litigation.after_review": [7, 10, 13, 11]})
    values3 = t3_values(random_t3(Numbers(1102, avoid=t4.values()), "2021", hi=700))
    title = "汀石县交通运输局2023年政府信息公开工作年度报告"
    lines = [title] + page_header() + page_rows(values3, keys)
    exp = meta(title, 2023, "2021", None,
               "The title line, then only table 三's header and rows 一、二、（一）（二）（三）1-4 as space-separated "
               "PDF text lines (nothing after 4.保护第三方合法权益, no table 二 or 四). Every printed row is read.")
    exp["values"] = {f"{k}|applicant={w}": values3[f"{k}|applicant={w}"] for k in keys for w in APPLICANTS}
    write("truncated_table3_titled_2021.txt", "\n".join(lines) + "\n", exp)


# C2 -----------------------------------------------------------------------------------------

DATA_HEAD = [pipe(["类别"] + [f"数据{i}" for i in range(1, 7)] + ["总计"]), "|" + "---|" * 8]


def fixture_md_heading_repeats_label() -> None:
    county, year, published = "棠溪县", 2021, "2022-01-26"
    t4 = distinct_t4({"review": [8, 2, 5, 3], "litigation.direct": [6, 4, 1, 9], "litigation.after_review": [11, 13, 12, 10]})
    values3 = t3_values(random_t3(Numbers(1201, avoid=t4.values()), "2021", hi=760))
    fee = "37.85"
    t2 = t2_2021((2, 1, 19), (14, 6, 97), 6318, 2745, 83, fee)
    bare = {"requests.new": "本年新收政府信息公开申请数量", "requests.carried_over": "上年结转政府信息公开申请数量",
            "requests.granted": "予以公开", "requests.partially_granted": LABEL["requests.partially_granted"][3:],
            "requests.answered": "总计", "requests.carried_forward": "结转下年度继续办理"}
    t3 = [T3_NOTE, ""]
    last = None
    for key, group, label in t3_rows("2021"):
        if key == "requests.granted":
            t3 += ["### 三、本年度办理结果", ""]
        if group is None or group != last:
            heading = group or label
            t3 += [f"### {heading}"] + DATA_HEAD
        last = group
        t3.append(pipe([bare.get(key, label)] + cells(values3, key)))
        if group is None or key.endswith(("admin_query", "unclear", "confirmation", "misc")):
            t3.append("")
    t4_lines = t4_header_15() + [pipe([fmt(t4[i]) for i in T4_IDS])]
    text = md_report(county, year, published, t2, fee, t3, t4_lines)
    exp = meta(f"{county}人民政府{year}年政府信息公开工作年度报告", year, "2021", published,
               "2021 report as OCR markdown: table 三 is one pipe table per row group, each under a ### heading "
               "that repeats its label (### 一、本年新收政府信息公开申请数量, ### （一）予以公开, ### （七）总计, "
               "### 四、结转下年度继续办理 ...) and a header row | 类别 | 数据1 … | 总计 |; the value row's first "
               "cell is the label without its numbering. A heading is never a data row: the row under it is read. "
               "Tables 二 and 四 are clean. Cells distinct and non-zero.")
    exp["values"] = dict(t2, **values3, **t4)
    write("md_heading_repeats_label_2021.md", text, exp)


# C3 -----------------------------------------------------------------------------------------


def fixture_table4_split() -> None:
    county, year, published = "岑川县", 2022, "2023-01-18"
    parts = {"review": [13, 4, 7, 2], "litigation.direct": [5, 9, 1, 6], "litigation.after_review": [3, 8, 12, 11]}
    t4 = distinct_t4(parts)
    values3 = t3_values(random_t3(Numbers(1301, avoid=t4.values()), "2021", hi=640))
    fee = "126.3"
    t2 = t2_2021((3, 2, 24), (17, 5, 132), 9427, 1836, 64, fee)
    row = {g: pipe([fmt(t4[f"{g}.{o}"]) for o in ("upheld", "corrected", "other", "pending", "total")])
           for g in parts}
    t4_lines = ["### 行政复议", pipe(T4_LABELS), "|---|---|---|---|---|", row["review"], "",
                "### 行政诉讼（未经复议直接起诉）", row["litigation.direct"], "",
                "### 行政诉讼（复议后起诉）", row["litigation.after_review"]]
    text = md_report(county, year, published, t2, fee, grid_t3(values3, "2021"), t4_lines)
    exp = meta(f"{county}人民政府{year}年政府信息公开工作年度报告", year, "2021", published,
               "2021 markdown report, tables 二 and 三 clean; table 四 cut into three pipe tables under the headings "
               "### 行政复议 (with its header row 结果维持 … 总计), ### 行政诉讼（未经复议直接起诉） and ### 行政诉讼"
               "（复议后起诉） (both WITHOUT a header row: only the five values). The 15 numbers are taken by heading, "
               "five each; R4 holds per group. All distinct and non-zero.")
    exp["values"] = dict(t2, **values3, **t4)
    write("table4_split_2021.md", text, exp)

    county, year, published = "桦亭县", 2021, "2022-01-21"
    t4 = distinct_t4({"review": [12, 5, 3, 8], "litigation.direct": [2, 9, 6, 4], "litigation.after_review": [7, 1, 11, 10]})
    values3 = t3_values(random_t3(Numbers(1302, avoid=t4.values()), "2021", hi=580))
    fee = "54.7"
    t2 = t2_2021((1, 3, 15), (22, 9, 148), 7215, 3062, 47, fee)
    t4_lines = t4_header_15() + ["注：行政复议、行政诉讼数量含上年度结转数量。", pipe([fmt(t4[i]) for i in T4_IDS])]
    text = md_report(county, year, published, t2, fee, grid_t3(values3, "2021"), t4_lines)
    exp = meta(f"{county}人民政府{year}年政府信息公开工作年度报告", year, "2021", published,
               "2021 markdown report, tables 二 and 三 clean; in table 四 a footnote line 注：行政复议、行政诉讼数量含"
               "上年度结转数量。 stands between the header rows and the row of 15 values. A 注： line inside a table "
               "region is skipped; all 15 values read (R4 holds per group, all distinct and non-zero).")
    exp["values"] = dict(t2, **values3, **t4)
    write("table4_note_2021.md", text, exp)
