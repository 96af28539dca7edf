"""Fixtures of crawler damage to national-template text (round 24).

Invented counties, wording and numbers; real pages only showed the shape. F1: footnote marks glued
after table figures ("184¹", "251①", "60*", "2371[1]", "57(注)"): a superscript or circled digit is no
digit of the figure (NFKC would make "184¹" 1841), and a mark is neither the row's end nor a reason to
split the figures before it. F2: pipe rows whose cells a crawler moved one line down: a label printed
without figures, each following label on a line with the figures of the row above, then a row of figures
with no label. F3: one cell a line, a table 二 row cut by a line of page furniture or prose after its
first figures (the crawler kept a page's chrome between cells). F4: one cell a line, a bare page number
among table 四's fifteen figures. F5: F2 on PDF-text lines (`label v v …`), with a page's chrome between. F6: separator-counted closed cells: a row's line holds its label and first
figure ("行政许可 | 236 |"), then each further cell on a line of its own, opened and closed ("| 4815 |"),
a blank cell a lone "|", no line marking the row's end.
"""
from __future__ import annotations

from .data import APPLICANTS, T2_2019_LABEL, T2_2019_SECTIONS, T4_IDS, Numbers, random_t3, t3_heads, t3_values
from .fixtures_heldout import distinct_t4, md_report, t2_2021, t4_header_15
from .fixtures_spaced import _t4_header_lines
from .fixtures_transposed import _t2_2021_lines
from .fixtures_wild import pipe_table_3, pipe_table_4, t3_lines
from .render import CLOSING, INTRO_2021, cells_2019, fmt, header_2019, meta, narrative, pipe, t2_2019_cells, t2_2019_values, write

# the marks a crawler keeps after a figure (the site's <sup>, a circled note number, an asterisk)
MARKS = ("¹", "①", "*", "²", "[1]", "(注)", "※", "③")


def _finish(name: str, text: str, exp: dict, values: dict, warning: str | None = None) -> None:
    exp["values"] = values
    if warning:
        exp["warnings_contain"] = [warning]
    write(name, text, exp)


def _marked(line: str, figure: str, mark: str) -> str:
    """`line` with `mark` glued after its (whole) figure `figure`."""
    head, sep, tail = line.rpartition(" " + figure)
    assert sep and (not tail or tail[0] == " "), (line, figure)
    return head + sep + mark + tail


def fixture_footnote_marks_2019() -> None:
    county, year, published = "苍梧坪县", 2020, "2021-01-26"
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + "办公室"
    rows = {"disclosure.regulations": [3, 2, 41], "disclosure.normative_docs": [18, 13, 276],
            "disclosure.licensing": [143, 8, 3519], "disclosure.other_services": [62, -6, 1847],
            "disclosure.penalty": [211, 4, 1693], "disclosure.coercion": [27, -3, 148],
            "disclosure.fees": [15, -2], "disclosure.procurement": [74, 2463500]}
    t2 = t2_2019_values(rows)
    t4 = distinct_t4({"review": [6, 2, 9, 4], "litigation.direct": [5, 11, 7, 3],
                      "litigation.after_review": [8, 1, 13, 10]})
    nums = Numbers(20243, avoid=[*t4.values(), *(abs(v) for v in t2.values())])
    values3 = t3_values(random_t3(nums, "2019", hi=290))
    lines = header_2019(title, published, county, year, office, "0000-5817362") + narrative(county, year)
    lines += ["二、主动公开政府信息情况"]
    marks = iter(MARKS * 3)
    for heading, header, keys in T2_2019_SECTIONS:
        lines += [heading, " ".join(header)]
        for k in keys:
            cells = t2_2019_cells(k, t2)
            line = " ".join([T2_2019_LABEL[k]] + cells)
            # a mark on the first figure of a row of two (60* 2463500元) and on a middle figure
            if k in ("disclosure.procurement", "disclosure.regulations", "disclosure.licensing", "disclosure.fees"):
                line = _marked(line, cells[0], next(marks))
            lines.append(line)
    lines += ["三、收到和处理政府信息公开申请情况"]
    t3 = t3_lines(values3, "2019")
    for n in (6, 9, 13, 17, 21, 24):       # rows of table 三 (after the five header lines)
        key = next(k for k in values3 if k.endswith("|applicant=natural_person") and
                   " " + fmt(values3[k]) + " " in t3[n])
        who = APPLICANTS[n % 6]
        figure = fmt(values3[key.replace("natural_person", who)])
        t3[n] = _marked(t3[n], figure, next(marks))
    lines += t3 + ["四、政府信息公开行政复议、行政诉讼情况"] + _t4_header_lines()
    t4_cells = [fmt(t4[i]) for i in T4_IDS]
    t4_cells[2] += "①"
    t4_cells[9] += "*"
    lines += [" ".join(t4_cells)] + CLOSING + [office]
    exp = meta(title, year, "2019", published,
               "2019 report as PDF text (label v v … lines) with footnote marks glued after figures in tables 二, 三 "
               "and 四: superscript and circled digits (184¹, 251①), *, ※, [1], (注). A mark is part of its cell: the "
               "figure is read without it, never with a superscript as a further digit; a mark after the first "
               "figure of a row is not its end (its other figures are read, never split out of the first).")
    _finish("footnote_marks_2019.txt", "\n".join(lines) + "\n", exp, dict(t2, **values3, **t4))


def shift_down(lines: list[str], first: int, count: int) -> list[str]:
    """Pipe rows lines[first:first+count] as a crawler moved their cells one line down: the first label
    alone, each next label with the seven figures of the row above, the last row's figures on a line after."""
    heads = [ln.split(" | ")[:-7] for ln in lines[first:first + count]]
    cells = [ln.rstrip(" |").split(" | ")[-7:] for ln in lines[first:first + count]]
    moved = [" | ".join(heads[0]) + " |"] + [" | ".join(h) + " | " + " | ".join(c) + " |"
                                               for h, c in zip(heads[1:], cells)] + [pipe(cells[-1])]
    return lines[:first] + moved + lines[first + count:]


def _row_at(lines: list[str], label: str) -> int:
    return next(i for i, ln in enumerate(lines) if f"| {label} |" in ln)


def fixture_shifted_cells_2021() -> None:
    county, year, published = "鹤汀县", 2022, "2023-01-18"
    t4 = distinct_t4({"review": [5, 8, 3, 11], "litigation.direct": [7, 2, 9, 6],
                      "litigation.after_review": [4, 13, 1, 10]})
    fee = "4.6"
    t2 = t2_2021((2, 1, 36), (17, 4, 183), 3817, 742, 58, fee)
    values3 = t3_values(random_t3(Numbers(20244, avoid=[*t4.values(), *t2.values()]), "2021", hi=270))
    t3 = [pipe(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"]),
          pipe(["自然人", "法人或其他组织", "总计"]), pipe(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])]
    t3 += [pipe(head + [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS]) for key, head in t3_heads("2021")]
    # (三)4 printed alone; 5 and 6 each carry the figures of the row above; 6's figures on a line of their own
    t3 = shift_down(t3, _row_at(t3, "4.保护第三方合法权益"), 3)
    text = md_report(county, year, published, t2, fee, t3, t4_header_15() + [pipe([fmt(t4[i]) for i in T4_IDS])])
    exp = meta(f"{county}人民政府{year}年政府信息公开工作年度报告", year, "2021", published,
               "2021 markdown of pipe rows; table 三's rows (三)4-6 as a crawler moved their cells one line down: "
               "'| 4.保护第三方合法权益 |' alone, 5 and 6 each on a line with the figures of the row above, a row of "
               "figures with no label after 6. Read each label with the line after it: R1 and R2 hold only so.")
    _finish("shifted_cells_2021.md", text, exp, dict(t2, **values3, **t4), "read each from the line after its label")


def fixture_shifted_cells_end_2019() -> None:
    county, year, published = "栗山县", 2019, "2020-01-23"
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + "办公室"
    rows = {"disclosure.regulations": [4, 2, 53], "disclosure.normative_docs": [21, 14, 318],
            "disclosure.licensing": [167, 5, 4382], "disclosure.other_services": [71, -8, 2046],
            "disclosure.penalty": [236, 9, 1875], "disclosure.coercion": [31, -4, 162],
            "disclosure.fees": [19, -3], "disclosure.procurement": [52, 3185400]}
    t2 = t2_2019_values(rows)
    t4 = distinct_t4({"review": [7, 1, 10, 3], "litigation.direct": [6, 12, 2, 9],
                      "litigation.after_review": [5, 8, 14, 4]})
    values3 = t3_values(random_t3(Numbers(20245, avoid=[*t4.values(), *(abs(v) for v in t2.values())]), "2019", hi=260))
    lines = header_2019(title, published, county, year, office, "0000-5730214") + narrative(county, year)
    lines += ["二、主动公开政府信息情况"]
    for heading, header, keys in T2_2019_SECTIONS:
        lines += [pipe([heading]), pipe(header)] + [pipe([T2_2019_LABEL[k]] + t2_2019_cells(k, t2)) for k in keys]
    t3 = pipe_table_3(values3)
    # the table's last two rows: （七）总计 alone, 四、结转… with its figures, then 结转's figures after the table
    t3 = shift_down(t3, _row_at(t3, "（七）总计"), 2)
    lines += t3 + pipe_table_4(t4)
    lines += CLOSING + [office]
    exp = meta(title, year, "2019", published,
               "2019 crawler pipe rows; table 三's last two rows moved one line down: '| （七）总计 |' alone, "
               "'| 四、结转下年度继续办理 |' with 总计's figures, 结转's figures on a row with no label after the table. "
               "Read each label with the line after it: R1 and R2 hold only so.")
    _finish("shifted_cells_end_2019.txt", "\n".join(lines) + "\n", exp, dict(t2, **values3, **t4), "read each from the line after its label")


def fixture_t2_cut_cells_2019() -> None:
    county, year, published = "杉浦县", 2020, "2021-01-25"
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + "办公室"
    rows = {"disclosure.regulations": [52, 42, 283], "disclosure.normative_docs": [37, 56, 561],
            "disclosure.licensing": [808, 23, 4740], "disclosure.other_services": [90, -7, 3821],
            "disclosure.penalty": [568, 28, 5292], "disclosure.coercion": [48, -26, 293],
            "disclosure.fees": [43, -46], "disclosure.procurement": [89, 2161320]}
    t2 = t2_2019_values(rows)
    t4 = distinct_t4({"review": [6, 3, 11, 2], "litigation.direct": [9, 4, 1, 7],
                      "litigation.after_review": [5, 12, 8, 10]})
    values3 = t3_values(random_t3(Numbers(20246, avoid=[*t4.values(), *(abs(v) for v in t2.values() if abs(v) > 40)]), "2019",
                                  hi=270))
    lines = header_2019(title, published, county, year, office, "0000-5276031") + narrative(county, year)
    body = cells_2019(t2, values3, t4)
    # a page's chrome after the first figure(s) of three table 二 rows: 808 | 打印本页 | +23 4740 …
    for label, after, chrome in (("规章", 2, "分享到："), ("行政许可", 1, "打印本页 关闭窗口"),
                                 ("行政事业性收费", 1, "来源：县政府办公室  浏览次数：486")):
        at = body.index(label) + 1 + after
        body[at:at] = [chrome]
    lines += body + CLOSING + [office]
    cut = {"disclosure.regulations", "disclosure.licensing", "disclosure.fees"}
    exp = meta(title, year, "2019", published,
               "2019 crawler text, one cell a line; three table 二 rows cut by a line of page chrome after their first "
               "figure(s) (规章 52 42 | 分享到： | 283; 行政许可 808 | 打印本页 关闭窗口 | +23 4740; 行政事业性收费 43 | "
               "来源… | -46). Table 二 has no arithmetic: fewer figures than columns then text that is no cell is a cut "
               "row, never a collapsed one (52 42 42) nor run-together digits (8|0|8); those rows are not read, with "
               "a warning. The rest reads.")
    _finish("t2_cut_cells_2019.txt", "\n".join(lines) + "\n", exp, dict({k: v for k, v in t2.items() if k.rsplit(".", 1)[0] not in cut}, **values3, **t4), "(the row cut)")


def fixture_t4_page_number_2019() -> None:
    county, year, published = "柞水湾县", 2019, "2020-01-24"
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + "办公室"
    rows = {"disclosure.regulations": [5, 3, 62], "disclosure.normative_docs": [24, 11, 297],
            "disclosure.licensing": [184, 7, 4216], "disclosure.other_services": [76, -5, 2318],
            "disclosure.penalty": [259, 6, 1742], "disclosure.coercion": [35, -9, 171],
            "disclosure.fees": [14, -1], "disclosure.procurement": [63, 2874100]}
    t2 = t2_2019_values(rows)
    t4 = distinct_t4({"review": [8, 3, 12, 5], "litigation.direct": [4, 10, 2, 7],
                      "litigation.after_review": [6, 1, 13, 9]})
    values3 = t3_values(random_t3(Numbers(20247, avoid=[*t4.values(), *(abs(v) for v in t2.values() if abs(v) > 40)]),
                                  "2019", hi=270))
    lines = header_2019(title, published, county, year, office, "0000-5190372") + narrative(county, year)
    body = cells_2019(t2, values3, t4)
    # the page's number (11) printed on a line of its own after table 四's seventh figure, where page 11 began
    body[len(body) - 8:len(body) - 8] = ["11"]
    lines += body + CLOSING + [office]
    exp = meta(title, year, "2019", published,
               "2019 crawler text, one cell a line; a bare page number (11) on a line of its own among table 四's "
               "fifteen figures. 16 figures where the table has 15: the one figure whose removal makes R4 hold in all "
               "three groups is dropped (warning); a line of 16 figures stays unread as before.")
    _finish("t4_page_number_2019.txt", "\n".join(lines) + "\n", exp, dict(t2, **values3, **t4), "R4 holds only without '11'")


def fixture_shifted_lines_2021() -> None:
    county, year, published = "沅芷乡", 2023, "2024-01-22"
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + "党政综合办公室"
    t4 = distinct_t4({"review": [3, 9, 6, 2], "litigation.direct": [8, 5, 1, 12],
                      "litigation.after_review": [7, 4, 11, 10]})
    fee = "2.9"
    t2 = t2_2021((1, 3, 22), (16, 7, 148), 2953, 615, 43, fee)
    values3 = t3_values(random_t3(Numbers(20248, avoid=[*t4.values(), *t2.values()]), "2021", hi=280))
    lines = [title, f"发布时间：{published}", INTRO_2021.format(year=year, office=office, phone="0000-6349170")]
    lines += narrative(county, year) + _t2_2021_lines(t2, fee) + ["三、收到和处理政府信息公开申请情况"]
    t3 = t3_lines(values3, "2021")
    at = next(i for i, ln in enumerate(t3) if "5.要求行政机关确认" in ln)
    # (五)5 alone; (六)1 (its group heading before it) with (五)5's figures; a page's chrome; (六)1's figures alone
    heads = [ln.rsplit(" ", 7)[0] for ln in t3[at:at + 2]]
    figures = [" ".join(ln.rsplit(" ", 7)[1:]) for ln in t3[at:at + 2]]
    t3[at:at + 2] = [heads[0], heads[1] + " " + figures[0], "打印本页 关闭窗口", figures[1]]
    lines += t3 + ["四、政府信息公开行政复议、行政诉讼情况"] + _t4_header_lines()
    lines += [" ".join(fmt(t4[i]) for i in T4_IDS)] + CLOSING + [office]
    exp = meta(title, year, "2021", published,
               "2021 PDF text (label v v … lines); table 三's (五)5 printed alone, (六)1 (after its group heading) with "
               "(五)5's seven figures, a line of page chrome, then (六)1's figures on a line of their own. Each label "
               "is read with the figures after it: R1 and R2 hold only so.")
    _finish("shifted_lines_2021.txt", "\n".join(lines) + "\n", exp, dict(t2, **values3, **t4), "read each from the line after its label")


def _sep_counted(label_cells: list[str], cells: list[str]) -> list[str]:
    """A row as separator-counted closed cells: its label cell(s) and first figure on one line (the first
    figure is never blank here), then a line per further cell, a blank one a lone pipe."""
    assert cells[0]
    return [" | ".join(label_cells + [cells[0]]) + " |"] + [f"| {c} |" if c else "|" for c in cells[1:]]


def fixture_closed_sep_cells_2019() -> None:
    county, year, published = "蓼汀县", 2019, "2020-01-20"
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + "办公室"
    t4 = distinct_t4({"review": [9, 4, 2, 6], "litigation.direct": [5, 13, 8, 1],
                      "litigation.after_review": [3, 7, 12, 10]})
    t2 = t2_2019_values({"disclosure.regulations": [31, 17, 164], "disclosure.normative_docs": [58, None, 392],
                         "disclosure.licensing": [236, None, 4815], "disclosure.other_services": [47, -23, 1906],
                         "disclosure.penalty": [281, 54, None], "disclosure.coercion": [29, None, None],
                         "disclosure.fees": [18, None], "disclosure.procurement": [42, 3518270]})
    # zero cells print blank (null); the first cell of every row is non-zero (printed on the label's line)
    zero = {"requests.carried_over": "101101", "requests.denied.state_secret": "100000",
            "requests.unable.unclear": "110110", "requests.not_processed.duplicate": "111100",
            "requests.carried_forward": "110111"}
    t3 = random_t3(Numbers(20249, avoid=[*t4.values(), *(abs(v) for v in t2.values() if v and abs(v) > 40)]), "2019",
                   zero, hi=260)
    blank = {(k, j) for k in zero for j in range(6) if t3[k][j] == 0}
    values3 = t3_values(t3, blank)
    lines = header_2019(title, published, county, year, office, "0000-5021847") + narrative(county, year)
    lines += ["二、主动公开政府信息情况"]
    for heading, header, keys in T2_2019_SECTIONS:
        lines += [heading + " |"] + _sep_counted(header[:1], header[1:])
        for k in keys:
            lines += _sep_counted([T2_2019_LABEL[k]], t2_2019_cells(k, t2))
    lines += ["三、收到和处理政府信息公开申请情况"] + pipe_table_3(values3)[1:4]
    for key, head in t3_heads("2019"):
        lines += _sep_counted(head, [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS])
    lines += pipe_table_4(t4)
    lines += CLOSING + [office]
    exp = meta(title, year, "2019", published,
               "2019 crawler text of web tables as separator-counted closed cells: a row's line holds its label cell "
               "and first figure ('行政许可 | 236 |'), each further cell a line of its own opened and closed "
               "('| 4815 |'), a blank cell a lone '|', no row-end line; rows of one figure and blanks ('行政强制 | "
               "29 |', '|', '|'). A row line not opened by a pipe takes the cell lines after it; the template's "
               "cell count settles them (a blank is null).")
    _finish("closed_sep_cells_2019.txt", "\n".join(lines) + "\n", exp, dict(t2, **values3, **t4))
