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

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "tests")]

from damage.data import APPLICANTS, Numbers, random_t3, t3_values  # noqa: E402
from damage.render import CLOSING, INTRO_2019, INTRO_2021, LEGACY_INTRO, legacy_prose, narrative  # noqa: E402
from damage.word_layout import (distinct_t4, legacy_expected, legacy_grid, t2_2019_grid, t2_2019_values,  # noqa: E402
                                t2_2021_grid, t3_grid, t4_grid, write)
from doc_gen import Cell, Para, Table, document  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "doc"


def cell(text="", span: int = 1, vmerge=None) -> Cell:
    return Cell(text, span, vmerge)


def figure(text: str) -> str:
    return text


def label(text: str, _kind: str) -> str:
    return text


def wide(text="", span: int = 1, vmerge=None) -> Cell:
    """A cell spanning grid columns written with the older merge (fFirstMerged then fMerged cells)."""
    return Cell(text, span, vmerge, old_merge=True)


def t3_table(rows3: dict, template: str, revised: str = "", blank_zero: bool = False) -> Table:
    """Table 三 (word_layout.t3_grid); `revised`: the row whose 自然人 figure was changed with tracked
    changes (the old figure, 100 more, deleted); blank_zero: zeros printed as blank cells."""
    def figures(key):
        out = []
        for j, _who in enumerate(APPLICANTS):
            v = rows3[key][j]
            text = "" if blank_zero and v == 0 else str(v)
            out.append(Cell([(str(v + 100), "deleted"), (text, None)]) if key == revised and j == 0 else Cell(text))
        return out
    return Table(t3_grid(template, cell, label, figures))


def t4_table(t4: dict) -> Table:
    return Table(t4_grid(t4, cell, figure))


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
    rows = t2_2021_grid(t2, "17.4", cell, figure)
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
    write(OUT, "t2021_word.doc", data, {
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
    t2 = t2_2019_values(239)
    t4 = distinct_t4(240, [abs(v) for v in t2.values()])
    nums3 = Numbers(241, avoid=[abs(v) for v in t2.values()] + list(t4.values()))
    rows3 = random_t3(nums3, "2019", hi=250, zero={"requests.denied.state_secret": "100111",
                                                   "requests.unable.unclear": "110110"})
    blocks = [Para(title), Para(INTRO_2019.format(issuer=issuer, year=year, office=office, phone="0000-3917264"))]
    blocks += [Para(line) for line in narrative(county, year)]
    blocks.append(Para("二、主动公开政府信息情况"))
    rows = t2_2019_grid(t2, cell, figure)
    blocks.append(Table(rows))
    blocks.append(Para("三、收到和处理政府信息公开申请情况"))
    blocks.append(t3_table(rows3, "2019", blank_zero=True))
    blocks.append(Para("四、政府信息公开行政复议、行政诉讼情况"))
    blocks.append(t4_table(t4))
    blocks += [Para(line) for line in CLOSING]
    blocks += [Para(office), Para("2020年1月14日")]
    data = document(blocks, title=title, table_stream="0Table", pieces="utf16", itap=True, vert_sprm=True)
    values = dict(t2, **t3_values(rows3, null_zero=True), **t4)
    write(OUT, "t2019_word.wps", data, {
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
    figures = [(2847, 11362), (2519, 10274), (93, 381), (68, 274), (21, 97), (35, 131), (12, 46), (64, 263),
               (43, 182), (9, 34), (5, 19), (7, 28), (3, 14), (2, 10)]
    blocks = [Para(title), Para(LEGACY_INTRO.format(year=year, office=office, phone="0000-7405281"))]
    blocks += [Para(line) for line in legacy_prose(county, year)]
    # a hidden run holding last year's draft total, which Word does not show
    blocks.append(Para([("本年度主动公开工作按计划推进。", None), ("主动公开政府信息数共计8615条。", "hidden")]))
    blocks.append(Para("附表"))
    grid = legacy_grid(county, year, figures, cell, figure, wide)
    blocks.append(Table(grid))
    blocks += [Para(office), Para("2015年3月6日")]
    stale = f"{county}人民政府2011年政府信息公开工作年度报告"
    data = document(blocks, title=stale, table_stream="1Table", pieces="mixed")
    values = legacy_expected(figures)
    write(OUT, "legacy_word.doc", data, {
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
