"""Fixtures of a crawler's one-closed-cell-a-line tables whose blank cells are lone pipes (round 23).

Invented counties, wording and numbers; real pages only showed the shape: every cell on a line of its
own closed by " |" ("12 |"), a blank cell a lone "|", each row's end a line of pipes alone ("|", or
"||" after a row with a spanning cell: one pipe more per spanned column), the last row of each table
without its end line. A lone "|" of a blank and of a row end look alike: a row's end is its last pipe
line before the next label cell;
a lone "|" right after a row's label is its blank first cell (the label's words settle that it is no
header row's end).
"""
from __future__ import annotations

from .data import APPLICANTS, T2_2019_LABEL, T2_2019_SECTIONS, T3_COLS, T3_NOTE, T4_IDS, T4_LABELS, Numbers, random_t3, t3_heads, t3_values
from .fixtures_heldout import distinct_t4, t2_2021
from .render import CLOSING, INTRO_2021, fmt, header_2019, meta, narrative, t2_2019_cells, t2_2019_values, write


def _row(cells: list[str], end: str | None) -> list[str]:
    """One printed row: each cell closed by its pipe on a line of its own, a blank cell a lone pipe,
    then the row's end line (None: the table's last row, printed without one)."""
    return [f"{c} |" if c else "|" for c in cells] + ([end] if end else [])


def _t3(values3: dict, template: str) -> list[str]:
    """Table 三: the note and the three header rows, then a row per template row; the label columns
    span, so each row's end line has a pipe for the spanned column besides its own."""
    out = _row([T3_NOTE, "申请人情况"], "|" * 8) + _row(["自然人", "法人或其他组织", "总计"], "|" * 7)
    out += _row(T3_COLS, "|" * 5)
    rows = list(t3_heads(template))
    for n, (key, head) in enumerate(rows):
        cells = [fmt(values3[f"{key}|applicant={w}"]) for w in APPLICANTS]
        out += _row(head + cells, "||" if n < len(rows) - 1 else None)
    return out


def _t4(t4: dict) -> list[str]:
    out = _row(["行政复议", "行政诉讼"], "|" * 11) + _row(T4_LABELS + ["未经复议直接起诉", "复议后起诉"], "|" * 6)
    out += _row(T4_LABELS * 2, "|")
    return out + _row([fmt(t4[i]) for i in T4_IDS], None)


def fixture_closed_cell_blanks_2019() -> None:
    county, year, published = "云溪县", 2019, "2020-01-17"
    title, office = f"{county}卫生健康局{year}年政府信息公开工作年度报告", f"{county}卫生健康局办公室"
    t4 = distinct_t4({"review": [7, 2, 9, 4], "litigation.direct": [3, 11, 5, 8], "litigation.after_review": [6, 12, 14, 10]})
    zero = {"requests.carried_over": "011101", "requests.denied.third_party": "100000",
            "requests.unable.not_held": "111110", "requests.not_processed.duplicate": "110011",
            "requests.carried_forward": "101011"}
    t2 = t2_2019_values({"disclosure.regulations": [34, 19, 172], "disclosure.normative_docs": [57, None, 418],
                         "disclosure.licensing": [236, None, 4815], "disclosure.other_services": [47, -25, 1932],
                         "disclosure.penalty": [None, 63, 2764], "disclosure.coercion": [29, None, None],
                         "disclosure.fees": [18, None], "disclosure.procurement": [41, 3627150]})
    t3 = random_t3(Numbers(2319, avoid=[*t4.values(), *(abs(v) for v in t2.values() if v)]), "2019", zero, hi=260)
    # the zero cells of these rows print blank (the others print their 0); two rows lose their 总计 too
    blank = {(k, j) for k in zero for j in range(6) if t3[k][j] == 0}
    blank |= {("requests.unable.not_held", 6), ("requests.not_processed.duplicate", 6)}
    values3 = t3_values(t3, blank)
    lines = header_2019(title, published, county, year, office, "0000-4418207") + narrative(county, year)
    lines += ["二、主动公开政府信息情况"]
    for heading, header, keys in T2_2019_SECTIONS:
        end = "|" if len(header) == 4 else "||"          # (八)(九): the last column spans two
        lines += _row([heading], "||||") + _row(header, end)
        for n, k in enumerate(keys):
            table_end = heading == T2_2019_SECTIONS[-1][0] and n == len(keys) - 1
            lines += _row([T2_2019_LABEL[k]] + t2_2019_cells(k, t2), None if table_end else end)
    lines += ["三、收到和处理政府信息公开申请情况"] + _t3(values3, "2019")
    lines += ["四、政府信息公开行政复议、行政诉讼情况"] + _t4(t4) + CLOSING
    exp = meta(title, year, "2019", published,
               "2019 report as crawler text of web tables: every cell on its own line closed by ' |', a blank cell a "
               "lone '|', each row's end a line of pipes alone ('|', '||' after a row with a spanning cell), a table's "
               "last row with no end line. A row's end is its last pipe line before the next label cell; the pipe "
               "lines before it are blank cells (null). A lone pipe right after a row's label (its words known) is "
               "its blank first cell; after table 四's header it is the header row's end.")
    exp["values"] = dict(t2, **values3, **t4)
    write("closed_cell_blanks_2019.txt", "\n".join(lines) + "\n", exp)


def fixture_closed_cell_blanks_2021() -> None:
    county, year, published = "白沙镇", 2021, "2022-01-20"
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    office = f"{county}人民政府党政综合办公室"
    t4 = distinct_t4({"review": [5, 9, 2, 13], "litigation.direct": [8, 4, 11, 3], "litigation.after_review": [7, 15, 6, 12]})
    zero = {"requests.carried_over": "100111", "requests.denied.process_info": "011111",
            "requests.unable.needs_creation": "111100", "requests.not_processed.excessive": "101101",
            "requests.other.fee_unpaid": "110010"}
    fee = "5.25"
    t2 = t2_2021((48, 1, 126), (19, 36, 143), 3185, 624, 87, fee)
    t2["disclosure.regulations.repealed"] = None
    t3 = random_t3(Numbers(2321, avoid=[*t4.values(), *(v for v in t2.values() if v)]), "2021", zero, hi=280)
    blank = {(k, j) for k in zero for j in range(6) if t3[k][j] == 0} | {("requests.other.fee_unpaid", 6)}
    values3 = t3_values(t3, blank)
    lines = [title, f"发布时间：{published}", INTRO_2021.format(year=year, office=office, phone="0000-6120395")]
    lines += narrative(county, year) + ["二、主动公开政府信息情况"]
    for heading, header, rows in (
            ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
             [("规章", "regulations", ("issued", "repealed", "in_force")),
              ("行政规范性文件", "normative_docs", ("issued", "repealed", "in_force"))]),
            ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", "licensing", ("decisions",))]),
            ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
             [("行政处罚", "penalty", ("decisions",)), ("行政强制", "coercion", ("decisions",))]),
            ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", "fees", None)])):
        end = "|" if len(header) == 4 else "|||"         # a two-cell row: its last cell spans three columns
        lines += _row([heading], "||||") + _row(header, end)
        for label, key, cols in rows:
            cells = [fmt(t2[f"disclosure.{key}.{c}"]) for c in cols] if cols else [fee]   # the fee in 万元
            lines += _row([label] + cells, None if key == "fees" else end)
    lines += ["三、收到和处理政府信息公开申请情况"] + _t3(values3, "2021")
    lines += ["四、政府信息公开行政复议、行政诉讼情况"] + _t4(t4) + CLOSING + [office]
    exp = meta(title, year, "2021", published,
               "2021 report as crawler text of web tables, laid out as closed_cell_blanks_2019 (blank cells lone "
               "'|' lines, each row's end a line of pipes alone, a table's last row with none); blanks in other "
               "columns, a blank 总计 before its row's end line, and a blank in table 二.")
    exp["values"] = dict(t2, **values3, **t4)
    write("closed_cell_blanks_2021.txt", "\n".join(lines) + "\n", exp)
