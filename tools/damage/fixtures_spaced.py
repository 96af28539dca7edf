"""Round 21, national tables: letter-spaced labels and table 四 printed as a grid.

Invented counties, wording and numbers; real pages only showed the shape. S1: a report copied out of
a PDF (or a justified web cell) prints every table word letter-spaced (予 以 公 开, 其 他), and a long
label wraps, its rest (、 行 政 机 关) standing between the label and its cells. S2: table 四 as a grid,
a header row naming the outcomes (or the groups) as columns and a row per group (or outcome), or mixed
with rows of one heading and one figure.
"""
from __future__ import annotations

import regex

from .data import T2_2019_LABEL, T2_2019_SECTIONS, T4_IDS, T4_LABELS, Numbers, random_t3, t3_rows, t3_values
from .fixtures_heldout import distinct_t4, t2_2021
from .fixtures_transposed import _t2_2021_lines
from .fixtures_wild import pipe_table_3, report_2021, t3_lines
from .render import CLOSING, INTRO_2019, fmt, meta, narrative, pipe, t2_2019_cells, t2_2019_values, write

_SPACED = regex.compile(r"(?<=[\p{Han}、，（）“”：])(?=[\p{Han}、，（）“”：])")
_OUTCOME_KEYS = ("upheld", "corrected", "other", "pending", "total")
_GROUPS = (("review", "行政复议"), ("litigation.direct", "未经复议直接起诉"), ("litigation.after_review", "复议后起诉"))


def spaced(line: str) -> str:
    """A line as a letter-spaced copy prints it: a blank between every two characters of words."""
    return _SPACED.sub(" ", line)


def _t3_wrapped(values3: dict, template: str, cut: dict[str, int]) -> list[str]:
    """Table 三 as PDF text lines, letter-spaced; a label in `cut` wraps after that many characters: its
    first piece, the row's cells, then its rest on the next line."""
    out = []
    for line in t3_lines(values3, template):
        key = next((k for k, _g, label in t3_rows(template) if k in cut and label in line), None)
        if key is None:
            out.append(spaced(line))
            continue
        label = next(lb for k, _g, lb in t3_rows(template) if k == key)
        head, figures = line.split(label)
        out += [spaced(head + label[:cut[key]]) + "   " + figures.strip(), spaced(label[cut[key]:])]
    return out


def _t4_header_lines() -> list[str]:
    return ["行政复议 行政诉讼", "未经复议直接起诉 复议后起诉", " ".join(T4_LABELS * 3)]


def fixture_letter_spaced_2021() -> None:
    county, year, published = "岚溪县", 2022, "2023-01-20"
    title, office, t4, values3, lines = report_2021(
        county, year, "办公室", {"review": [4, 7, 2, 9], "litigation.direct": [3, 11, 6, 8],
                                 "litigation.after_review": [5, 13, 10, 1]}, 2221, 260, "发布日期", published,
        "0000-6620418")
    fee = "3.7"
    t2 = t2_2021((3, 2, 24), (18, 6, 132), 4173, 865, 47, fee)
    lines += [spaced(x) for x in _t2_2021_lines(t2, fee)] + ["三、收到和处理政府信息公开申请情况"]
    # the two longest labels wrap after 行政机关: the rest of their first line stands between the label and its cells
    lines += _t3_wrapped(values3, "2021", {"requests.other.no_correction": 20, "requests.other.fee_unpaid": 24})
    lines += ["四、政府信息公开行政复议、行政诉讼情况"] + [spaced(x) for x in _t4_header_lines()]
    lines += [" ".join(fmt(t4[i]) for i in T4_IDS)] + CLOSING + [office]
    exp = meta(title, year, "2021", published,
               "2021 report copied out of a PDF: every word of tables 二, 三 and 四 letter-spaced (予 以 公 开, 本 年 收 费 "
               "金 额 （ 单 位 ： 万 元 ）); the two （六） labels wrap, their rest (、 行 政 机 关 / 缴 纳 费 用 、 …) "
               "standing between the label and its seven cells, the remainder on the next line. Every figure is read; "
               "the fee header's 万元 scales the fee.")
    exp["values"] = dict(t2, **values3, **t4)
    write("letter_spaced_2021.txt", "\n".join(lines) + "\n", exp)


def fixture_letter_spaced_2019() -> None:
    county, year, published = "棠川区", 2020, "2021-01-27"
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + "办公室"
    rows = {"disclosure.regulations": [2, 1, 31], "disclosure.normative_docs": [17, 15, 208],
            "disclosure.licensing": [126, 9, 3874], "disclosure.other_services": [64, -7, 1952],
            "disclosure.penalty": [233, 5, 1764], "disclosure.coercion": [29, -2, 157],
            "disclosure.fees": [16, -3], "disclosure.procurement": [43, 2861.5]}
    t2 = t2_2019_values(rows)
    t2["disclosure.procurement.amount"] = 28615000              # 2861.5 万元, the header's unit
    t4 = distinct_t4({"review": [6, 2, 8, 3], "litigation.direct": [5, 12, 7, 4],
                      "litigation.after_review": [9, 1, 14, 11]})
    nums = Numbers(20201, avoid=[v for cells in rows.values() for v in cells if v > 40])
    values3 = t3_values(random_t3(nums, "2019", hi=280))
    lines = [title, f"发布时间：{published}", INTRO_2019.format(issuer=issuer, year=year, office=office,
                                                              phone="0000-5518027")]
    lines += narrative(county, year) + ["二、主动公开政府信息情况"]
    for heading, header, keys in T2_2019_SECTIONS:
        header = [h + "（单位：万元）" if h == "采购总金额" else h for h in header]
        lines += [heading, spaced(" ".join(header))]
        cells = {k: t2_2019_cells(k, t2) for k in keys}
        if "disclosure.procurement" in cells:
            cells["disclosure.procurement"][1] = "2861.5"
        lines += [spaced(T2_2019_LABEL[k]) + " " + " ".join(cells[k]) for k in keys]
    lines += ["三、收到和处理政府信息公开申请情况"]
    lines += _t3_wrapped(values3, "2019", {"requests.partially_granted": 21})
    lines += ["四、政府信息公开行政复议、行政诉讼情况"] + [spaced(x) for x in _t4_header_lines()]
    lines += [" ".join(fmt(t4[i]) for i in T4_IDS)] + CLOSING + [office]
    exp = meta(title, year, "2019", published,
               "2019 report copied out of a PDF: every word of the tables letter-spaced; （二）部分公开's label wraps "
               "after its first comma (the rest, 只 计 这 一 情 形 ，, before the cells); 采 购 总 金 额 （ 单 位 ： 万 元 ） "
               "scales the procurement amount printed 2861.5 (→ 28615000 元). Every figure is read.")
    exp["values"] = dict(t2, **values3, **t4)
    write("letter_spaced_2019.txt", "\n".join(lines) + "\n", exp)


def fixture_t4_grid_pipes() -> None:
    """2019, pipe rows: a header of the five outcomes, a row per group (the parent cell repeated)."""
    county, year, published = "蔚桥县", 2019, "2020-01-22"
    issuer = county + "人民政府"
    title, office = f"{issuer}{year}年政府信息公开工作年度报告", issuer + "办公室"
    rows = {"disclosure.regulations": [4, 3, 28], "disclosure.normative_docs": [19, 16, 241],
            "disclosure.licensing": [152, 6, 4021], "disclosure.other_services": [81, -4, 2107],
            "disclosure.penalty": [247, 3, 1893], "disclosure.coercion": [33, -5, 176],
            "disclosure.fees": [21, -2], "disclosure.procurement": [47, 2754000]}
    t2 = t2_2019_values(rows)
    t4 = distinct_t4({"review": [7, 3, 9, 2], "litigation.direct": [6, 10, 4, 13],
                      "litigation.after_review": [8, 5, 1, 11]})
    t4["litigation.direct.other"] = None                  # left blank by the publisher: null, never 0
    t4["litigation.direct.total"] = 6 + 10 + 13
    nums = Numbers(20197, avoid=[v for cells in rows.values() for v in cells if v > 40])
    values3 = t3_values(random_t3(nums, "2019", hi=300))
    lines = [title, f"发布时间：{published}", INTRO_2019.format(issuer=issuer, year=year, office=office,
                                                              phone="0000-4407713")]
    lines += narrative(county, year) + ["二、主动公开政府信息情况"]
    for heading, header, keys in T2_2019_SECTIONS:
        lines += [pipe([heading]), pipe(header)] + [pipe([T2_2019_LABEL[k]] + t2_2019_cells(k, t2)) for k in keys]
    lines += pipe_table_3(values3)
    lines += ["四、政府信息公开行政复议、行政诉讼情况", pipe(["类别", ""] + T4_LABELS)]
    for key, word in _GROUPS:
        head = ["行政复议", ""] if key == "review" else ["行政诉讼", word]
        lines.append(pipe(head + [fmt(t4[f"{key}.{o}"]) for o in _OUTCOME_KEYS]))
    lines += CLOSING + [office]
    exp = meta(title, year, "2019", published,
               "2019 crawler pipe rows; table 四 printed as a grid: a header row naming the five outcomes as columns "
               "(`| 类别 | | 结果维持 | … | 总计 |`), then a row per group (`| 行政诉讼 | 复议后起诉 | 8 | 5 | … |`). "
               "未经复议直接起诉's 其他结果 cell is blank: null. Each figure is its row's group × its column's outcome.")
    exp["values"] = dict(t2, **values3, **t4)
    write("t4_grid_pipes_2019.txt", "\n".join(lines) + "\n", exp)


def fixture_t4_grid_lines() -> None:
    """2021, PDF text lines: the groups as columns, a line per outcome; and a report mixing the layouts."""
    county, year, published = "石渠镇", 2023, "2024-01-19"
    title, office, t4, values3, lines = report_2021(
        county, year, "党政综合办公室", {"review": [2, 6, 9, 4], "litigation.direct": [7, 3, 12, 5],
                                        "litigation.after_review": [8, 11, 1, 14]}, 2324, 230, "发布时间", published,
        "0000-2281964")
    fee = "1.6"
    t2 = t2_2021((1, 3, 22), (14, 5, 96), 2684, 517, 39, fee)
    lines += _t2_2021_lines(t2, fee) + ["三、收到和处理政府信息公开申请情况"] + t3_lines(values3, "2021")
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "项目 行政复议 未经复议直接起诉 复议后起诉"]
    lines += [" ".join([o] + [fmt(t4[f"{g}.{k}"]) for g, _w in _GROUPS]) for o, k in zip(T4_LABELS, _OUTCOME_KEYS)]
    lines += CLOSING + [office]
    exp = meta(title, year, "2021", published,
               "2021 township report as PDF text; table 四 printed as a grid turned the other way: a header line naming "
               "the three groups as columns (项目 行政复议 未经复议直接起诉 复议后起诉), then a line per outcome "
               "(结果维持 2 7 8 …). Each figure is its line's outcome × its column's group.")
    exp["values"] = dict(t2, **values3, **t4)
    write("t4_grid_lines_2021.txt", "\n".join(lines) + "\n", exp)


def fixture_t4_partly_transposed() -> None:
    """2021 text: 行政复议 a heading a line with its figure, 行政诉讼 as a grid under a header of outcomes."""
    county, year, published = "芦湾乡", 2022, "2023-01-16"
    title, office, t4, values3, lines = report_2021(
        county, year, "综合办公室", {"review": [5, 8, 1, 6], "litigation.direct": [9, 2, 13, 4],
                                    "litigation.after_review": [3, 12, 7, 10]}, 2217, 210, "发布日期", published,
        "0000-7725310")
    fee = "0.8"
    t2 = t2_2021((2, 4, 17), (11, 3, 74), 1932, 408, 26, fee)
    lines += _t2_2021_lines(t2, fee) + ["三、收到和处理政府信息公开申请情况"] + t3_lines(values3, "2021")
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议"]
    lines += [f"{o} {fmt(t4[f'review.{k}'])}" for o, k in zip(T4_LABELS, _OUTCOME_KEYS)]
    lines += ["行政诉讼", "类别 " + " ".join(T4_LABELS)]
    lines += [" ".join([w] + [fmt(t4[f"{g}.{k}"]) for k in _OUTCOME_KEYS]) for g, w in _GROUPS[1:]]
    lines += CLOSING + [office]
    exp = meta(title, year, "2021", published,
               "2021 village report as PDF text; table 四 partly transposed: 行政复议 a heading line, then a line per "
               "outcome with its figure (结果维持 5 …); 行政诉讼 a heading line, then a header line of the five "
               "outcomes and a line per group (未经复议直接起诉 9 2 13 4 28). Each figure is its group × outcome.")
    exp["values"] = dict(t2, **values3, **t4)
    write("t4_partly_transposed_2021.txt", "\n".join(lines) + "\n", exp)
