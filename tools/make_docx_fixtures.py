#!/usr/bin/env python3
"""Generate the Word (.docx) fixtures of tests/fixtures/docx/ with tests/docx_gen.py.

Invented counties, wording and numbers (distinct and non-zero wherever the template allows). Each
report is written as Word writes one, with what a plain-text reading of its XML gets wrong: list
numbers kept in numbering.xml (一、 （一） 1. — in table 三's label cells too), merged cells
(w:gridSpan, w:vMerge restart/continue), figures split over several runs, tracked changes (the
old figure in w:del), hidden text holding a stale figure, fields (a DATE field's instruction),
a text box, and docProps/core.xml dates (and, in one, a stale title) that are not the report's.
Deterministic: running it again rewrites identical files.

    python tools/make_docx_fixtures.py
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
from docx_gen import (deleted, field, inserted, numbering, package, para, run, runs, styles, table,  # noqa: E402
                      textbox)

OUT = ROOT / "tests" / "fixtures" / "docx"

# list 1: headings 一、 (level 0) and （一） (level 1); list 2: table 三's outcome rows （一） / 1.;
# list 3: table 三's 一、 二、 三、 四、 column; list 4: legacy headings in 甲、乙 (ideographTraditional)
NUMBERING = numbering({1: [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")],
                       2: [("chineseCounting", "（%1）"), ("decimal", "%2.")],
                       3: [("chineseCounting", "%1、")],
                       4: [("ideographTraditional", "%1、")]})


def bare(label: str) -> str:
    """A printed label without its list number ("（三）不予公开" → "不予公开"): Word keeps the number apart."""
    i = 0
    while i < len(label) and label[i] in "一二三四五六七八九十、（）.0123456789":
        i += 1
    return label[i:]


def heading(text: str, level: int = 0) -> str:
    return para(bare(text), num=(1, level))


def prose(county: str, year: int) -> list[str]:
    out = []
    for line in narrative(county, year):
        if line.startswith("一、"):
            out.append(heading(line))
        elif line.startswith("（"):
            head, rest = line.split("。", 1)
            out.append(para(bare(head) + "。" + rest, num=(1, 1)))
        else:
            out.append(para(line))
    return out


def closing() -> list[str]:
    return [heading(line) if i % 2 == 0 else para(line) for i, line in enumerate(CLOSING)]


def split(value) -> str:
    """A figure written over several runs (as revision marks and spell-check leave it)."""
    return runs(str(value), 1)


LABEL_LISTS = {"head": (3, 0), "results": (3, 0), "group": (2, 0), "item": (2, 1), "outcome": (2, 0)}


def cell(text: str = "", span: int = 1, vmerge=None) -> dict:
    return {"text": text, "span": span, "vmerge": vmerge}


def figure(text: str) -> str:
    return para(split(text))


def label(text: str, kind: str) -> str:
    """A table 三 label: its number comes from numbering.xml, not the text."""
    return para(bare(text), num=LABEL_LISTS[kind])


def t3_table(values3: dict, template: str, changed: str) -> str:
    """Table 三 (word_layout.t3_grid); `changed`: the row whose 自然人 figure was revised (the old
    figure in w:del, the new one in w:ins)."""
    def figures(key):
        return [para(deleted(str(values3[f"{key}|applicant={w}"] + 100)), inserted(str(values3[f"{key}|applicant={w}"])))
                if key == changed and w == "natural_person" else figure(values3[f"{key}|applicant={w}"])
                for w in APPLICANTS]
    return table(t3_grid(template, cell, label, figures), grid=10)


def t4_table(t4: dict) -> str:
    return table(t4_grid(t4, cell, figure), grid=15)


def signature(office: str, date: str) -> list[str]:
    """The signature set in a text box (Word writes the box twice: DrawingML and its VML fallback)."""
    return [para(textbox(para(office), para(date)))]


def fixture_2021() -> None:
    county, year = "澄湾县", 2021
    issuer = county + "人民政府"
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    office = f"{county}人民政府办公室"
    t2 = {"disclosure.regulations.issued": 3, "disclosure.regulations.repealed": 2,
          "disclosure.regulations.in_force": 41, "disclosure.normative_docs.issued": 17,
          "disclosure.normative_docs.repealed": 6, "disclosure.normative_docs.in_force": 138,
          "disclosure.licensing.decisions": 4265, "disclosure.penalty.decisions": 917,
          "disclosure.coercion.decisions": 58}
    t4 = distinct_t4(211, t2.values())
    nums = Numbers(212, avoid=list(t2.values()) + list(t4.values()))
    values3 = t3_values(random_t3(nums, "2021", hi=280))
    blocks = [para(title), para(INTRO_2021.format(year=year, office=office, phone="0000-7351946"))]
    blocks += prose(county, year)
    blocks.append(heading("二、主动公开政府信息情况"))
    rows = t2_2021_grid(t2, "23.6", cell, figure)
    blocks.append(table(rows, grid=4))
    blocks.append(heading("三、收到和处理政府信息公开申请情况"))
    blocks.append(t3_table(values3, "2021", "requests.granted"))
    blocks.append(heading("四、政府信息公开行政复议、行政诉讼情况"))
    blocks.append(t4_table(t4))
    blocks += closing()
    blocks += signature(office, "2022年1月19日")
    data = package(blocks, NUMBERING, title=title, created="2021-12-28T02:00:00Z", modified="2022-03-07T06:15:00Z")
    values = dict(t2, **{"disclosure.fees.amount": 236000}, **values3, **t4)
    write(OUT, "t2021_word.docx", data, {
        "title": title, "year": year, "template": "2021", "published": "2022-01-19",
        "note": "2021 template saved by Word: headings and table 三's labels numbered by numbering.xml (一、 （一） "
                "1. are not in the text); table 三's note, 三、本年度办理结果 and group cells merged with w:vMerge, "
                "header cells with w:gridSpan; table 四's header a vMerge over two rows; every figure split into "
                "one run per digit; （一）予以公开's 自然人 figure revised with tracked changes (the old figure, "
                "100 more, in w:del); the signature and its date in a text box (written twice, DrawingML and VML). "
                "core.xml's created (2021-12-28) and modified (2022-03-07) dates are not the publish date: the "
                "printed date is.",
        "values": values,
        "checks": {"R1|applicant=total": "pass", "R2|applicant=total": "pass", "R4|group=review": "pass"}})


def fixture_2019() -> None:
    county, year = "栖梧县", 2019
    issuer = county + "人民政府"
    title = f"{issuer}{year}年政府信息公开工作年度报告"
    office = f"{county}人民政府办公室"
    t2 = t2_2019_values(219)
    t4 = distinct_t4(220, [abs(v) for v in t2.values()])
    nums3 = Numbers(221, avoid=[abs(v) for v in t2.values()] + list(t4.values()))
    values3 = t3_values(random_t3(nums3, "2019", hi=250))
    blocks = [para(title), para(INTRO_2019.format(issuer=issuer, year=year, office=office, phone="0000-4129837"))]
    # headings numbered through their style (styles.xml: Heading1 → list 1, level 0)
    for line in narrative(county, year):
        blocks.append(para(bare(line), style="Heading1") if line.startswith("一、") else para(line))
    blocks.append(para("主动公开政府信息情况", style="Heading1"))
    rows = t2_2019_grid(t2, cell, figure)
    blocks.append(table(rows, grid=4))
    blocks.append(para("收到和处理政府信息公开申请情况", style="Heading1"))
    blocks.append(t3_table(values3, "2019", "requests.answered"))
    blocks.append(para("政府信息公开行政复议、行政诉讼情况", style="Heading1"))
    blocks.append(t4_table(t4))
    for i, line in enumerate(CLOSING):
        blocks.append(para(bare(line), style="Heading1") if i % 2 == 0 else para(line))
    blocks.append(para(office))
    # the date a DATE field printed when the file was last saved: its instruction holds digits too
    blocks.append(para(field('CREATEDATE \\@ "yyyy年M月d日" \\* MERGEFORMAT 2019', "2020年1月16日")))
    data = package(blocks, NUMBERING, styles({"Heading1": (1, 0)}), title=title,
                   created="2019-12-20T01:00:00Z", modified="2020-02-11T08:00:00Z")
    values = dict(t2, **values3, **t4)
    write(OUT, "t2019_word.docx", data, {
        "title": title, "year": year, "template": "2019", "published": "2020-01-16",
        "note": "2019 template saved by Word: the headings numbered through their paragraph style (styles.xml "
                "Heading1 carries the list), table 二's (八)/(九) last cells w:gridSpan=2, signed 本年增/减, the "
                "procurement amount in 元, every figure one run per character; table 三 merged as in the 2021 "
                "fixture, （七）总计's 自然人 figure revised with tracked changes; the closing date printed by a "
                "CREATEDATE field (its instruction, with its digits, is never text). core.xml dates are not read.",
        "values": values,
        "checks": {"R1|applicant=total": "pass", "R2|applicant=total": "pass", "R4|group=review": "pass"}})


def fixture_legacy() -> None:
    county, year = "芦汀县", 2015
    title = f"{county}人民政府{year}年政府信息公开工作年度报告"
    office = f"{county}人民政府办公室"
    figures = [(3182, 12947), (2976, 11853), (84, 413), (77, 296), (26, 108), (39, 139), (12, 49), (74, 287),
               (52, 198), (9, 37), (5, 22), (8, 30), (4, 15), (2, 11)]
    blocks = [para(title), para(LEGACY_INTRO.format(year=year, office=office, phone="0000-5830172"))]
    for line in legacy_prose(county, year):
        blocks.append(para(bare(line), num=(1, 0)) if line[:2] in ("一、", "二、", "三、", "四、", "五、") else para(line))
    # a hidden paragraph: last year's draft figure, which Word does not show
    blocks.append(para(run("主动公开政府信息数共计9517条。", hidden=True)))
    blocks.append(para("附表", num=(1, 0)))
    blocks.append(para("统计口径", num=(4, 0)))
    blocks.append(para("数据来源", num=(4, 0)))
    grid = legacy_grid(county, year, figures, cell, figure)
    blocks.append(table(grid, grid=5))
    blocks.append(para(office))
    blocks.append(para("2016年3月4日"))
    stale = f"{county}人民政府2012年政府信息公开工作年度报告"
    data = package(blocks, NUMBERING, title=stale, created="2013-02-01T00:00:00Z", modified="2016-03-09T00:00:00Z")
    values = legacy_expected(figures)
    write(OUT, "legacy_word.docx", data, {
        "title": title, "year": year, "template": "legacy", "published": "2016-03-04",
        "note": "Legacy 附表 in a Word file made from the 2012 report's: core.xml keeps the 2012 title (not printed, "
                "so not used: a warning says so) and dates from 2013 and after the report; the 指标名称 header a "
                "w:gridSpan over the group column (w:vMerge) and the label column; headings numbered by numbering.xml "
                "(一、 and 甲、 乙、); a hidden paragraph holds a stale total (9517) Word does not show.",
        "values": values, "warnings_contain": ["title property"],
        "checks": {"legacy_channels|period=year": "pass", "legacy_replies|period=year": "pass"}})


def main() -> None:
    fixture_2021()
    fixture_2019()
    fixture_legacy()


if __name__ == "__main__":
    main()
