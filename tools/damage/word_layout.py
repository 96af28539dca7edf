"""The reports both Word generators write (.docx through tests/docx_gen.py, .doc/.wps through
tests/doc_gen.py): their tables' structure and merges, built through the caller's constructors,
so each generator says only how its format writes a cell, a figure and a numbered label.

cell(text="", span=1, vmerge=None) -> a cell; figure(text) -> a cell holding a printed figure;
label(text, kind) -> a table 三 label cell's content, kind one of "head" (一、二、 rows), "results"
(三、本年度办理结果), "group" (（三）不予公开 …), "item" (1.属于国家秘密 …), "outcome" (（一）予以公开 …).
"""
from __future__ import annotations

import json
from pathlib import Path

from damage.data import (LEGACY_KEYS, T2_2019, T2_2019_SECTIONS, T3_COLS, T3_NOTE, T4_IDS, T4_LABELS,
                         Numbers, t3_rows, t4_values)

# the legacy 附表's rows: (group, label, unit); each generator prints its own figures in them
LEGACY_ROWS = [("主动公开", "主动公开政府信息数", "条"), ("主动公开", "其中：政府网站公开数", "条"),
               ("主动公开", "政府公报公开数", "条"), ("依申请公开", "受理政府信息公开申请总数", "件"),
               ("依申请公开", "其中：当面申请数", "件"), ("依申请公开", "网上申请数", "件"),
               ("依申请公开", "信函申请数", "件"), ("依申请公开", "对申请的答复总数", "件"),
               ("依申请公开", "其中：同意公开答复数", "件"), ("依申请公开", "同意部分公开答复数", "件"),
               ("依申请公开", "不予公开答复数", "件"), ("依申请公开", "其他类型答复数", "件"),
               ("复议诉讼", "行政复议数", "件"), ("复议诉讼", "行政诉讼数", "件")]


def write(out: Path, name: str, data: bytes, expected: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / name).write_bytes(data)
    (out / (name.rsplit(".", 1)[0] + ".expected.json")).write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def distinct_t4(seed: int, avoid) -> dict:
    nums = Numbers(seed, avoid=avoid)
    return t4_values({g: [nums.take(1, 60) for _ in range(4)] for g in ("review", "litigation.direct",
                                                                       "litigation.after_review")})


def t2_2019_values(seed: int) -> dict:
    """Table 二 of 2019: signed 本年增/减, decisions in the hundreds, the rest under 400."""
    t2 = {}
    nums = Numbers(seed)
    for key, _label, cols in T2_2019:
        for col in cols:
            t2[f"{key}.{col}"] = (nums.take(1, 40) * (1 if nums.rnd.random() < 0.5 else -1) if col == "items_change"
                                  else nums.take(100, 3000) if col == "decisions" else nums.take(1, 400))
    return t2


def t2_2021_grid(t2: dict, fee: str, cell, figure) -> list:
    """Table 二 of 2021: 第二十条第（一）项's three columns, then the one-figure sections, the figure
    cell merged over three columns."""
    rows = [[cell("第二十条第（一）项", 4)], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]]
    for key, label in (("regulations", "规章"), ("normative_docs", "行政规范性文件")):
        rows.append([label] + [figure(str(t2[f"disclosure.{key}.{c}"])) for c in ("issued", "repealed", "in_force")])
    for head, header, items in (("第二十条第（五）项", "本年处理决定数量", [("行政许可", "licensing")]),
                                ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "penalty"), ("行政强制", "coercion")]),
                                ("第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", None)])):
        rows += [[cell(head, 4)], ["信息内容", cell(header, 3)]]
        for label, key in items:
            text = fee if key is None else str(t2[f"disclosure.{key}.decisions"])
            rows.append([label, cell(figure(text), 3)])
    return rows


def t2_2019_grid(t2: dict, cell, figure) -> list:
    """Table 二 of 2019: the sections whose header has three cells print their last figure over two
    grid columns; 本年增/减 signed, the procurement amount in 元."""
    from damage.render import signed
    rows = []
    for head, header, keys in T2_2019_SECTIONS:
        rows.append([cell(head, 4)])
        last = len(header) == 3
        rows.append(header[:-1] + [cell(header[-1], 2)] if last else header)
        for key in keys:
            label = next(lbl for k, lbl, _c in T2_2019 if k == key)
            cols = next(c for k, _l, c in T2_2019 if k == key)
            cells = []
            for col in cols:
                v = t2[f"{key}.{col}"]
                cells.append(figure(signed(v) if col == "items_change" else f"{v}元" if col == "amount" else str(v)))
            rows.append([label] + cells[:-1] + [cell(cells[-1], 2)] if last else [label] + cells)
    return rows


def t3_grid(template: str, cell, label, figures) -> list:
    """Table 三 as Word merges it: the note over 3×3, 三、本年度办理结果 and each group a vertical merge;
    figures(key) -> the row's seven figure cells."""
    rows = [[cell(T3_NOTE, 3, "restart"), cell("申请人情况", 7)],
            [cell("", 3, "continue"), cell("自然人", vmerge="restart"), cell("法人或其他组织", 5),
             cell("总计", vmerge="restart")],
            [cell("", 3, "continue"), cell(vmerge="continue")] + [cell(c) for c in T3_COLS]
            + [cell(vmerge="continue")]]
    seen = set()
    for key, group, text in t3_rows(template):
        if key in ("requests.new", "requests.carried_over", "requests.carried_forward"):
            lead = [cell(label(text, "head"), 3)]
        else:
            lead = [cell(label("三、本年度办理结果", "results"), vmerge="restart") if key == "requests.granted"
                    else cell(vmerge="continue")]
            if group:
                lead += [cell(vmerge="continue") if group in seen else cell(label(group, "group"), vmerge="restart"),
                         label(text, "item")]
                seen.add(group)
            else:
                lead.append(cell(label(text, "outcome"), 2))
        rows.append(lead + figures(key))
    return rows


def t4_grid(t4: dict, cell, figure) -> list:
    return [[cell("行政复议", 5), cell("行政诉讼", 10)],
            [cell(x, vmerge="restart") for x in T4_LABELS] + [cell("未经复议直接起诉", 5), cell("复议后起诉", 5)],
            [cell(vmerge="continue") for _ in range(5)] + [cell(x) for x in T4_LABELS * 2],
            [figure(str(t4[i])) for i in T4_IDS]]


def legacy_grid(county: str, year: int, figures: list, cell, figure, wide=None) -> list:
    """The legacy 附表 with the group column merged down; figures: (本年度, 累计) per LEGACY_ROWS row;
    wide: the constructor of the title and 指标名称 cells (the .doc writes them with the older merge)."""
    wide = wide or cell
    grid = [[wide(f"{county}{year}年政府信息公开情况统计表", 5)],
            [wide("指标名称", 2, "restart"), cell("单位", vmerge="restart"), cell(f"{year}年", 2)],
            [wide("", 2, "continue"), cell(vmerge="continue"), "本年度", "累计"]]
    for i, ((group, label, unit), (y, c)) in enumerate(zip(LEGACY_ROWS, figures)):
        first = i == 0 or LEGACY_ROWS[i - 1][0] != group
        grid.append([cell(group, vmerge="restart") if first else cell(vmerge="continue"), label, unit,
                     figure(str(y)), figure(str(c))])
    return grid


def legacy_expected(figures: list) -> dict:
    values = {}
    for (_g, label, _u), (y, c) in zip(LEGACY_ROWS, figures):
        values[LEGACY_KEYS[label]] = y
        values[LEGACY_KEYS[label] + "|period=cumulative"] = c
    return values

