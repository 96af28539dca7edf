#!/usr/bin/env python3
"""Generate the Word 97-2003 fixtures (.doc, and a WPS .wps) of tests/fixtures/doc/ with tests/doc_gen.py.

Nothing on this machine writes the Word binary format: tests/doc_gen.py writes it from [MS-CFB] and
[MS-DOC]. Invented counties, wording and numbers (distinct and non-zero wherever the template allows),
the reports laid out as the .docx fixtures are (tools/make_docx_fixtures.py), with what the binary
format keeps apart from the plain text: 8-bit and UTF-16 pieces stored out of order, cell and row
marks told apart only by paragraph properties, merges in TC80 flags, a field's instruction holding
digits, deleted and hidden runs, a header story after the main text, a stale title property.
Deterministic: running it again rewrites identical files.

    python tools/make_doc_fixtures.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "tests")]

from damage.data import (APPLICANTS, LEGACY_KEYS, T2_2019, T2_2019_SECTIONS, T3_COLS, T3_NOTE, T4_IDS,  # noqa: E402
                         T4_LABELS, Numbers, random_t3, t3_rows, t3_values, t4_values)
from damage.render import CLOSING, INTRO_2019, INTRO_2021, LEGACY_INTRO, legacy_prose, narrative, signed  # noqa: E402
from doc_gen import Cell, Para, Table, document  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "doc"


def write(name: str, data: bytes, expected: dict) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_bytes(data)
    (OUT / (name.rsplit(".", 1)[0] + ".expected.json")).write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def t3_table(rows3: dict, template: str, revised: str = "", blank_zero: bool = False) -> Table:
    """Table 三 merged as Word merges it: the note over 3 columns and 3 rows, 三、本年度办理结果 and each
    group a vertical merge; `revised`: the row whose 自然人 figure was changed with tracked changes
    (the old figure, 100 more, deleted)."""
    rows = [[Cell(T3_NOTE, 3, "restart"), Cell("申请人情况", 7)],
            [Cell("", 3, "continue"), Cell("自然人", vmerge="restart"), Cell("法人或其他组织", 5),
             Cell("总计", vmerge="restart")],
            [Cell("", 3, "continue"), Cell(vmerge="continue")] + [Cell(c) for c in T3_COLS]
            + [Cell(vmerge="continue")]]
    seen = set()
    for key, group, label in t3_rows(template):
        figures = []
        for j, _who in enumerate(APPLICANTS):
            v = rows3[key][j]
            text = "" if blank_zero and v == 0 else str(v)
            figures.append(Cell([(str(v + 100), "deleted"), (text, None)]) if key == revised and j == 0 else Cell(text))
        if key in ("requests.new", "requests.carried_over", "requests.carried_forward"):
            lead = [Cell(label, 3)]
        else:
            lead = [Cell("三、本年度办理结果", vmerge="restart") if key == "requests.granted" else Cell(vmerge="continue")]
            if group:
                lead += [Cell(vmerge="continue") if group in seen else Cell(group, vmerge="restart"), Cell(label)]
                seen.add(group)
            else:
                lead.append(Cell(label, 2))
        rows.append(lead + figures)
    return Table(rows)


def t4_table(t4: dict) -> Table:
    return Table([[Cell("行政复议", 5), Cell("行政诉讼", 10)],
                  [Cell(x, vmerge="restart") for x in T4_LABELS] + [Cell("未经复议直接起诉", 5), Cell("复议后起诉", 5)],
                  [Cell(vmerge="continue") for _ in range(5)] + [Cell(x) for x in T4_LABELS * 2],
                  [Cell(str(t4[i])) for i in T4_IDS]])


def distinct_t4(seed: int, avoid) -> dict:
    nums = Numbers(seed, avoid=avoid)
    return t4_values({g: [nums.take(1, 60) for _ in range(4)] for g in ("review", "litigation.direct",
                                                                       "litigation.after_review")})


def fixture_2021() -> None:
    county, year = "岚溪县", 2021
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    office = f"{county}人民政府办公室"
    t2 = {"disclosure.regulations.issued": 4, "disclosure.regulations.repealed": 1,
          "disclosure.regulations.in_force": 37, "disclosure.normative_docs.issued": 19,
          "disclosure.normative_docs.repealed": 8, "disclosure.normative_docs.in_force": 152,
          "disclosure.licensing.decisions": 3871, "disclosure.penalty.decisions": 846,
          "disclosure.coercion.decisions": 63}
    t4 = distinct_t4(231, t2.values())
    nums = Numbers(232, avoid=list(t2.values()) + list(t4.values()))
    rows3 = random_t3(nums, "2021", hi=280)
    blocks = [Para(title), Para(INTRO_2021.format(year=year, office=office, phone="0000-6284013"))]
    blocks += [Para(line) for line in narrative(county, year)]
    blocks.append(Para("二、主动公开政府信息情况"))
    rows = [[Cell("第二十条第（一）项", 4)], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]]
    for key, label in (("regulations", "规章"), ("normative_docs", "行政规范性文件")):
        rows.append([label] + [str(t2[f"disclosure.{key}.{c}"]) for c in ("issued", "repealed", "in_force")])
    for head, header, items in (("第二十条第（五）项", "本年处理决定数量", [("行政许可", "licensing")]),
                                ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "penalty"), ("行政强制", "coercion")]),
                                ("第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", None)])):
        rows += [[Cell(head, 4)], ["信息内容", Cell(header, 3)]]
        for label, key in items:
            rows.append([label, Cell("17.4" if key is None else str(t2[f"disclosure.{key}.decisions"]), 3)])
    blocks.append(Table(rows))
    blocks.append(Para("三、收到和处理政府信息公开申请情况"))
    blocks.append(t3_table(rows3, "2021", revised="requests.granted"))
    blocks.append(Para("四、政府信息公开行政复议、行政诉讼情况"))
    blocks.append(t4_table(t4))
    blocks += [Para(line) for line in CLOSING]
    blocks.append(Para(office))
    # the date a CREATEDATE field printed: its instruction holds digits that are never text
    blocks.append(Para('\x13CREATEDATE \\@ "yyyy年M月d日" \\* MERGEFORMAT 2021\x142022年1月21日\x15'))
    data = document(blocks, title=title, table_stream="1Table", pieces="mixed", reverse=True,
                    header=f"{county}人民政府 2099年 第9999号")
    values = dict(t2, **{"disclosure.fees.amount": 174000}, **t3_values(rows3), **t4)
    write("t2021_word.doc", data, {
        "title": title, "year": year, "template": "2021", "published": "2022-01-21",
        "note": "2021 template in a Word 97-2003 .doc (1Table): the text in 8-bit pieces (every ASCII stretch: the "
                "figures, the cell and row marks) and UTF-16 pieces, stored in the stream in reverse order, a Prc "
                "before the piece table; table 三's note, 三、本年度办理结果 and group cells vertically merged (TC80 "
                "flags), header cells wide cells spanning grid columns; （一）予以公开's 自然人 figure revised with "
                "tracked changes (the old figure, 100 more, a deleted run); the date printed by a CREATEDATE field "
                "whose instruction holds digits; a header story after the main text (a year and a number never "
                "read); the SummaryInformation title (GBK).",
        "values": values,
        "checks": {"R1|applicant=total": "pass", "R2|applicant=total": "pass", "R4|group=review": "pass"}})


def fixture_2019() -> None:
    county, year = "桐屿县", 2019
    issuer = county + "人民政府"
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    office = f"{county}人民政府办公室"
    t2 = {}
    nums = Numbers(239)
    for key, _label, cols in T2_2019:
        for col in cols:
            t2[f"{key}.{col}"] = (nums.take(1, 40) * (1 if nums.rnd.random() < 0.5 else -1) if col == "items_change"
                                  else nums.take(100, 3000) if col == "decisions" else nums.take(1, 400))
    t4 = distinct_t4(240, [abs(v) for v in t2.values()])
    nums3 = Numbers(241, avoid=[abs(v) for v in t2.values()] + list(t4.values()))
    rows3 = random_t3(nums3, "2019", hi=250, zero={"requests.denied.state_secret": "100111",
                                                   "requests.unable.unclear": "110110"})
    blocks = [Para(title), Para(INTRO_2019.format(issuer=issuer, year=year, office=office, phone="0000-3917264"))]
    blocks += [Para(line) for line in narrative(county, year)]
    blocks.append(Para("二、主动公开政府信息情况"))
    rows = []
    for head, header, keys in T2_2019_SECTIONS:
        rows.append([Cell(head, 4)])
        last = len(header) == 3
        rows.append(header[:-1] + [Cell(header[-1], 2)] if last else header)
        for key in keys:
            label = next(lbl for k, lbl, _c in T2_2019 if k == key)
            cols = next(c for k, _l, c in T2_2019 if k == key)
            cells = []
            for col in cols:
                v = t2[f"{key}.{col}"]
                cells.append(signed(v) if col == "items_change" else f"{v}元" if col == "amount" else str(v))
            rows.append([label] + cells[:-1] + [Cell(cells[-1], 2)] if last else [label] + cells)
    blocks.append(Table(rows))
    blocks.append(Para("三、收到和处理政府信息公开申请情况"))
    blocks.append(t3_table(rows3, "2019", blank_zero=True))
    blocks.append(Para("四、政府信息公开行政复议、行政诉讼情况"))
    blocks.append(t4_table(t4))
    blocks += [Para(line) for line in CLOSING]
    blocks += [Para(office), Para("2020年1月14日")]
    data = document(blocks, title=title, table_stream="0Table", pieces="utf16", itap=True, vert_sprm=True)
    values = dict(t2, **t3_values(rows3, null_zero=True), **t4)
    write("t2019_word.wps", data, {
        "title": title, "year": year, "template": "2019", "published": "2020-01-14",
        "note": "2019 template in a WPS Office .wps (the Word 97-2003 binary; 0Table): one UTF-16 piece; table "
                "paragraphs marked with sprmPItap as well as sprmPFInTable; vertical merges by sprmTVertMerge (as "
                "Word 2000 and later write them) rather than TC80 flags; table 二's (八)/(九) last cells wide "
                "cells over two grid columns, signed 本年增/减, the procurement amount in 元; in table 三 four "
                "cells printed blank (1.属于国家秘密's 商业企业 and 科研机构, 3.补正后申请内容仍不明确's 科研机构 and "
                "其他): null, never 0.",
        "values": values,
        "checks": {"R4|group=review": "pass"}})


def fixture_legacy() -> None:
    county, year = "苇塘县", 2014
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    office = f"{county}人民政府办公室"
    rows = [("主动公开", "主动公开政府信息数", "条", 2847, 11362), ("主动公开", "其中：政府网站公开数", "条", 2519, 10274),
            ("主动公开", "政府公报公开数", "条", 93, 381), ("依申请公开", "受理政府信息公开申请总数", "件", 68, 274),
            ("依申请公开", "其中：当面申请数", "件", 21, 97), ("依申请公开", "网上申请数", "件", 35, 131),
            ("依申请公开", "信函申请数", "件", 12, 46), ("依申请公开", "对申请的答复总数", "件", 64, 263),
            ("依申请公开", "其中：同意公开答复数", "件", 43, 182), ("依申请公开", "同意部分公开答复数", "件", 9, 34),
            ("依申请公开", "不予公开答复数", "件", 5, 19), ("依申请公开", "其他类型答复数", "件", 7, 28),
            ("复议诉讼", "行政复议数", "件", 3, 14), ("复议诉讼", "行政诉讼数", "件", 2, 10)]
    blocks = [Para(title), Para(LEGACY_INTRO.format(year=year, office=office, phone="0000-7405281"))]
    blocks += [Para(line) for line in legacy_prose(county, year)]
    # a hidden run holding last year's draft total, which Word does not show
    blocks.append(Para([("本年度主动公开工作按计划推进。", None), ("主动公开政府信息数共计8615条。", "hidden")]))
    blocks.append(Para("附表"))
    grid = [[Cell(f"{county}{year}年政府信息公开情况统计表", 5, old_merge=True)],
            [Cell("指标名称", 2, "restart", old_merge=True), Cell("单位", vmerge="restart"), Cell(f"{year}年", 2)],
            [Cell("", 2, "continue", old_merge=True), Cell(vmerge="continue"), Cell("本年度"), Cell("累计")]]
    for i, (group, label, unit, y, c) in enumerate(rows):
        first = i == 0 or rows[i - 1][0] != group
        grid.append([Cell(group, vmerge="restart") if first else Cell(vmerge="continue"), Cell(label), Cell(unit),
                     Cell(str(y)), Cell(str(c))])
    blocks.append(Table(grid))
    blocks += [Para(office), Para("2015年3月6日")]
    stale = f"{county}人民政府2011年政府信息公开工作年度报告"
    data = document(blocks, title=stale, table_stream="1Table", pieces="mixed")
    values = {}
    for _g, label, _u, y, c in rows:
        values[LEGACY_KEYS[label]] = y
        values[LEGACY_KEYS[label] + "|period=cumulative"] = c
    write("legacy_word.doc", data, {
        "title": title, "year": year, "template": "legacy", "published": "2015-03-06",
        "note": "Legacy 附表 in a .doc made from the 2011 report's: the SummaryInformation title names 2011, which the "
                "document does not print (not used: a warning says so); the title row and 指标名称 written with the "
                "older horizontal merge (one cell mark a grid column: TC80 fFirstMerged then fMerged), the group "
                "column vertically merged; a hidden run holds a stale total (8615) Word does not show.",
        "values": values, "warnings_contain": ["title property"],
        "checks": {"legacy_channels|period=year": "pass", "legacy_replies|period=year": "pass"}})


def main() -> None:
    fixture_2021()
    fixture_2019()
    fixture_legacy()


if __name__ == "__main__":
    main()
