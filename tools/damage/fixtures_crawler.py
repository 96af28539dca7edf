"""Fixtures of crawler damage to national-template text (round 24).

Invented counties, wording and numbers; real pages only showed the shape. F1: footnote marks glued
after table figures ("184¹", "251①", "60*", "2371[1]", "57(注)"): a superscript or circled digit is no
digit of the figure (NFKC would make "184¹" 1841), and a mark is neither the row's end nor a reason to
split the figures before it.
"""
from __future__ import annotations

from .data import APPLICANTS, T2_2019_LABEL, T2_2019_SECTIONS, T4_IDS, Numbers, random_t3, t3_values
from .fixtures_heldout import distinct_t4
from .fixtures_spaced import _t4_header_lines
from .fixtures_wild import t3_lines
from .render import CLOSING, fmt, header_2019, meta, narrative, t2_2019_cells, t2_2019_values, write

# the marks a crawler keeps after a figure (the site's <sup>, a circled note number, an asterisk)
MARKS = ("¹", "①", "*", "²", "[1]", "(注)", "※", "③")


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
    exp["values"] = dict(t2, **values3, **t4)
    write("footnote_marks_2019.txt", "\n".join(lines) + "\n", exp)
