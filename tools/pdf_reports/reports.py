"""The invented reports of tests/fixtures/pdf/, one function per kind of page a real site prints."""
from __future__ import annotations

import json
import random
import re

from reportlab.pdfbase import pdfmetrics

from damage.data import T3_OUTCOMES_2019, T3_OUTCOMES_2021, Numbers

from .pieces import (APPLICANTS, OUT, OVERVIEW, PROBLEMS, T3_HEADER, T3_WIDTHS, expected, t3_expected, table2_2019,
                     table2_2021, table3_rows, table3_values, table4_rows, table4_values, write_report)
from .writer import FONT, MARGIN, W, C, Writer


def report_tables(seed: int, template: str) -> tuple[dict, list, list, dict, tuple]:
    """The invented numbers of one report: (expected values, table 二 rows, table 三 values,
    table 四 values, table 三 outcome rows of the template)."""
    nums = Numbers(seed)
    values: dict = {}
    t2 = (table2_2019 if template == "2019" else table2_2021)(nums, values)
    outcomes = T3_OUTCOMES_2019 if template == "2019" else T3_OUTCOMES_2021
    rows = table3_values(nums, outcomes)
    t4v = table4_values(nums)
    values.update(t3_expected(rows))
    values.update(t4v)
    return values, t2, rows, t4v, outcomes


def report_2021(target, *, seed: int = 2021, encrypt=None, fake_bold: bool = False, thin: bool = False,
                title_meta: bool = True) -> dict:
    """A 2021-template county report with all three tables (table 三 on one page)."""
    values, t2, rows, t4v, _ = report_tables(seed, "2021")
    title = "安吉县人民政府2022年政府信息公开工作年度报告"
    w = Writer(target, encrypt=encrypt, title=title if title_meta else None, fake_bold=fake_bold, thin_rect_rules=thin)
    w.title("安吉县人民政府", "2022年政府信息公开工作年度报告")
    write_report(w, who="安吉县人民政府", year=2022, t2=t2, t3=table3_rows(rows, T3_OUTCOMES_2021, bold_labels=fake_bold),
                 t4=table4_rows(t4v))
    w.save()
    return expected(2022, "2021", "330523", values)


def report_unruled(target, *, template: str, seed: int, rules: str, thin: bool = False, size: float = 8,
                   pad: float = 2.5, right_figures: bool = False) -> dict:
    """A report whose tables are not boxed: three-line, horizontal rules only, or no rules at all;
    the columns are seen only in the alignment of the text. `size`, `pad` (points between a cell's
    text and its row's edge) and `right_figures` vary the typesetting (tests sweep them)."""
    who = {"none": "桐庐县人民政府", "horizontal": "淳安县人民政府", "three_line": "建德市人民政府"}[rules]
    code = {"none": "330122", "horizontal": "330127", "three_line": "330182"}[rules]
    return county_report(target, who, template, seed, code, thin_rect_rules=thin, rules=rules,
                          right_figures=right_figures, table_size=size, table_pad=pad)


def county_report(target, who: str, template: str, seed: int, code: str | None = None, after=None,
                  t3_split=None, edit=None, t4_split=None, t2_split=None, **writer) -> dict:
    """`who`'s report of `template` (tables from `seed`) drawn by a Writer with `writer`'s options, and
    its expected values; no region code where `code` is None (an invented county). `after(w)`
    draws more after the report (a closing, a seal); `t3_split(w, body, rows)` draws table 三;
    `t4_split(w, t4)` draws table 四, `t2_split(w, t2)` table 二; `edit(values, t2, body, t4)` changes the printed rows (and
    the expected values) first."""
    values, t2, rows, t4v, outcomes = report_tables(seed, template)
    year = 2020 if template == "2019" else 2023
    w = Writer(target, title=f"{who}{year}年政府信息公开工作年度报告", **writer)
    w.title(who, f"{year}年政府信息公开工作年度报告")
    body, t4 = table3_rows(rows, outcomes), table4_rows(t4v)
    if edit:
        edit(values, t2, body, t4)
    write_report(w, who=who, year=year, t2=t2, t3=body, t4=t4,
                 t3_split=t3_split and (lambda w: t3_split(w, body, rows)),
                 t4_split=t4_split and (lambda w: t4_split(w, t4)),
                 t2_split=t2_split and (lambda w: t2_split(w, t2)))
    if after:
        after(w)
    w.save()
    exp = expected(year, template, code, values)
    if code is None:
        del exp["region_code"]
    return exp


def report_watermark(target, *, rules: str, mark: str, size: float, seed: int, angle: float | None = None,
                     gray: float = 0.82, alpha: float = 1.0, who: str = "", table_gray: float | None = None) -> dict:
    """A report stamped with a watermark over its tables (grey, at a slant, with figures in it: a
    date, a telephone number), a large stamp or a small one tiled over the page; `angle` 0: set
    upright, `gray` and `alpha` its grey level and opacity; `table_gray`: the tables' header rows
    and last rows printed in that grey too (the report's own grey text)."""
    values, t2, rows, t4v, outcomes = report_tables(seed, "2021")
    who = who or {"grid": "青溪县人民政府", "none": "白鹭县人民政府"}[rules]
    w = Writer(target, title=f"{who}2023年政府信息公开工作年度报告", rules=rules, watermark=mark,
               watermark_size=size, watermark_angle=angle, watermark_gray=gray, watermark_alpha=alpha,
               table_gray=table_gray)
    w.title(who, "2023年政府信息公开工作年度报告")
    write_report(w, who=who, year=2023, t2=t2, t3=table3_rows(rows, outcomes), t4=table4_rows(t4v))
    w.save()
    exp = expected(2023, "2021", None, values)
    del exp["region_code"]                      # invented counties: no region code
    exp["warnings_contain"] = ["(a watermark) was left out" if angle != 0 else
                               "large light or transparent text over the page (a watermark) was left out" if size >= 30
                               else "light or transparent text drawn over the page's text"]
    return exp


def report_letter_spaced(target, *, rules: str, template: str, seed: int, spacing: float) -> dict:
    """A report whose tables have no vertical rules and whose Chinese cell text is letter-spaced
    (`spacing` ems between characters, the Tc operator: WPS's justified and distributed cells):
    each character stands farther from the next than the gap that separates two cells."""
    who = {"none": "松岗县人民政府", "three_line": "梅林县人民政府"}[rules]
    return county_report(target, who, template, seed, rules=rules, letter_spacing=spacing)


def report_figure_spaced(target, *, rules: str, template: str, seed: int, spacing: float, every: int = 1,
                         right: bool = False, column: int | None = None) -> dict:
    """A report whose tables have no vertical rules and whose figures are letter-spaced (`spacing`
    ems between digits as far as the figure fits its cell, in every `every`-th row of a table: WPS's
    tracked or justified numerals): the digits of one figure stand farther apart than two cells."""
    who = {"none": "石湾县人民政府", "three_line": "柳溪县人民政府", "horizontal": "枫桥县人民政府",
           "grid": "桃坞县人民政府"}[rules]
    return county_report(target, who, template, seed, rules=rules, figure_spacing=spacing, spaced_every=every,
                          right_figures=right, spaced_column=column)


def report_footnote_marks(target, *, rules: str, seed: int, mark: str) -> dict:
    """2021 template; a few figures of tables 三 and 四 carry a footnote mark set small and raised
    right after them (`170¹`, `24518*`): the mark is no digit of the figure."""
    values, t2, rows, t4v, outcomes = report_tables(seed, "2021")
    body = table3_rows(rows, outcomes)
    order = ["requests.new", "requests.carried_over"] + [k for k, _g, _l in outcomes] + \
            ["requests.answered", "requests.carried_forward"]
    for key, j in (("requests.granted", 0), ("requests.denied.state_secret", 3), ("requests.answered", 6)):
        row = body[order.index(key)]
        row[len(row) - 7 + j] = C(row[len(row) - 7 + j].text + "^" + mark, bold=row[len(row) - 7 + j].bold)
    t4 = table4_rows(t4v)
    t4[-1][4] = C(t4[-1][4].text + "^" + mark)
    who = {"grid": "云岭县人民政府", "none": "石门县人民政府"}[rules]
    w = Writer(target, title=f"{who}2023年政府信息公开工作年度报告", rules=rules)
    w.title(who, "2023年政府信息公开工作年度报告")
    write_report(w, who=who, year=2023, t2=t2, t3=body, t4=t4)
    w.save()
    exp = expected(2023, "2021", None, values)
    del exp["region_code"]                      # invented counties: no region code
    exp["warnings_contain"] = ["footnote marks set small and raised after figures"]
    return exp


def report_ocr_layer(target, *, seed: int, who: str, date: str, on: str, drift: float = 0.4, rules: str = "grid") -> dict:
    """A scanned report made searchable by OCR (invisible text over page images; the table rules
    are in the images only), its last page holding only the closing: the issuer and the date."""
    values, t2, rows, t4v, outcomes = report_tables(seed, "2021")
    w = Writer(target, title=f"{who}2023年政府信息公开工作年度报告", ocr_layer=True, ocr_drift=drift, rules=rules)
    w.title(who, "2023年政府信息公开工作年度报告")
    write_report(w, who=who, year=2023, t2=t2, t3=table3_rows(rows, outcomes), t4=table4_rows(t4v))
    w.new_page()
    w.y -= 40
    for line in (who + "办公室", on):
        w.string(w.frame[0] - MARGIN - pdfmetrics.stringWidth(line, FONT, 12), w.y, line, 12)
        w.y -= 24
    w.save()
    exp = expected(2023, "2021", None, values, published=date)
    del exp["region_code"]                      # invented counties: no region code
    return exp


def report_unruled_blanks(target) -> dict:
    """No rules, figures flush right in a 9-point table, and cells left blank: a blank cell is null
    by its position in the row (never a 0, never the next figure moved over)."""
    values, t2, rows, t4v, outcomes = report_tables(407, "2021")
    blanks = {("requests.granted", 0), ("requests.denied.state_secret", 3), ("requests.other.fee_unpaid", 6),
              ("requests.carried_forward", 5)}
    body = table3_rows(rows, outcomes)
    order = ["requests.new", "requests.carried_over"] + [k for k, _g, _l in outcomes] + \
            ["requests.answered", "requests.carried_forward"]
    assert {k for k, _j in blanks} <= set(order)
    for r, key in enumerate(order):
        for key_, j in blanks:
            if key_ == key:
                body[r][len(body[r]) - 7 + j] = C("")
                values[f"{key}|applicant={(APPLICANTS + ('total',))[j]}"] = None
    t4 = table4_rows(t4v)
    t4[-1][7] = C("")                             # litigation.direct.other left blank
    values["litigation.direct.other"] = None
    who, year = "富阳区人民政府", 2022
    w = Writer(target, title=f"{who}{year}年政府信息公开工作年度报告", rules="none", right_figures=True)
    w.title(who, f"{year}年政府信息公开工作年度报告")
    write_report(w, who=who, year=year, t2=t2, t3=body, t4=t4)
    w.save()
    return expected(year, "2021", "330111", values)


def legacy_three_line(target, numbered: bool = False) -> dict:
    """A 2010 report (the legacy statistics table: label, unit, one figure) typeset as a three-line
    table with no vertical rules, cut by a page break with no header on the second page. The text
    and values are those of the invented tests/fixtures/legacy/national_statistics.txt.
    `numbered`: no rules at all, and a 序号 column of row numbers before the labels."""
    src = OUT.parent / "legacy" / "national_statistics"
    text = (src.with_suffix(".txt")).read_text(encoding="utf-8")
    exp = json.loads(src.with_suffix(".expected.json").read_text(encoding="utf-8"))
    head, table = text.split("统计指标", 1)
    w = Writer(target, title=head.strip().splitlines()[0])
    for para in head.strip().splitlines()[1:]:
        if para.strip():
            w.para(para.strip())
    c, y = w.c, w.y - 20

    left = MARGIN + 4 + (40 if numbered else 0)
    number = 0

    def row(label: str, unit: str, figure: str, indent: int, no: str = "") -> None:
        c.setFont(FONT, 10)
        if no:
            c.drawCentredString(MARGIN + 18, y, no)
        c.drawString(left + indent * 5, y, label)
        c.drawString(400, y, unit)
        c.drawRightString(500, y, figure)

    def rule(at: float) -> None:
        if not numbered:
            c.line(MARGIN, at, W - MARGIN, at)

    c.setLineWidth(0.6)
    rule(y + 14)
    row("统计指标", "单位", "统计数", 0, "序号" if numbered else "")
    y -= 16
    rule(y + 12)
    for line in table.splitlines()[1:]:
        if not line.strip():
            continue
        m = re.match(r"^(\s*)(\S.*?)\s{2,}(\S+)\s+(\d+)$", line)
        indent = len(line) - len(line.lstrip())
        if m:
            number += 1
        row(*(m.group(2, 3, 4) if m else (line.strip(), "", "")), indent, str(number) if m and numbered else "")
        y -= 16
        if y < 560 and "5.不属于" in line:          # the page break falls inside the table
            w.new_page()
            y = w.y - 10
    rule(y + 12)
    w.save()
    return exp


def report_2019_open_break(target, *, seed: int = 2019, city: str = "南京市", who: str = "玄武区人民政府",
                           code: str | None = "320102", furniture: dict | None = None) -> dict:
    """2019 template; table 三 runs over a page break the way WPS leaves it: no bottom rule above
    the break, no top rule below it, no repeated header, and the (六)其他处理 row cut in two —
    its label above the break, its values below. `furniture`: a running header and footer, or a
    browser's, printed on every page (Writer.furnish): between the two halves of the cut row."""
    values, t2, rows, t4v, _ = report_tables(seed, "2019")
    body = table3_rows(rows, T3_OUTCOMES_2019)
    cut = 2 + 18           # rows 0..19: new, carried_over, 18 outcome rows; then (六)其他处理

    def split(w: Writer) -> None:
        w.room(200)
        first = T3_HEADER + body[:cut]
        # the big 三、本年度办理结果 cell covers rows up to the break on this page
        first = [list(r) for r in first]
        first[3 + 2][0] = C("三、本年度办理结果", rs=19)
        # (五)不予处理 fits on this page (its 5 rows end above the cut row)
        other = body[cut]                     # [(六)其他处理 cs=2] + 7 numbers
        label_only = [C(other[0].text, cs=2)] + [C("") for _ in range(7)]
        # how many rows fit above the bottom margin
        w.table(T3_WIDTHS, first + [label_only], open_bottom=True)
        w.new_page()
        values_only = [C(""), C("", cs=2)] + other[1:]
        rest = [[C("", rs=2)] + [c for c in values_only[1:]]] + [body[cut + 1]] + [body[cut + 2]]
        w.table(T3_WIDTHS, rest, open_top=True)

    w = Writer(target, title=f"{who.replace('人民政府', '')}2019年政府信息公开工作年度报告", furniture=furniture)
    w.title(city + who, "2019年政府信息公开工作年度报告")
    write_report(w, who=who, year=2019, t2=t2, t3=body, t4=table4_rows(t4v), t3_split=split)
    w.save()
    exp = expected(2019, "2019", code, values)
    if code is None:
        del exp["region_code"]
    return exp


def header_repeat_split(w: Writer, body: list, rows: dict) -> None:
    """Table 三 over a page break, its header rows repeated on the next page and the label of
    5.要求行政机关确认或重新出具已获取信息 wrapped across the break. body rows: 0 new, 1 carried_over,
    2.. outcomes (granted=2, partially=3, denied 4..11, unable 12..14, not_processed 15..19, other
    20..22), 23 answered, 24 carried_forward."""
    confirm = 2 + 17                          # 5.要求行政机关确认或重新出具已获取信息
    first = [list(r) for r in T3_HEADER + body[:confirm]]
    first[3 + 2][0] = C("三、本年度办理结果", rs=confirm - 2 + 1)
    first[3 + 15][0] = C("（五）不予处理", rs=5)       # rows 15..19: on this page 15..18 and the cut row
    top_half = [C("5.要求行政机关确认或")] + [C(str(v)) for v in rows["requests.not_processed.confirmation"]]
    w.room(560)
    w.table(T3_WIDTHS, first + [top_half], header_rows=len(T3_HEADER))
    w.new_page()
    w.y -= 10
    rest = [[C("", rs=1 + 3 + 1), C("", rs=1), C("重新出具已获取信息")] + [C("") for _ in range(7)]]
    rest += [list(r) for r in body[confirm + 1:]]
    w.table(T3_WIDTHS, T3_HEADER + rest, header_rows=len(T3_HEADER))


def report_2021_header_repeat(target, rules: str = "grid") -> dict:
    """2021 template; table 三 breaks across two pages (header_repeat_split)."""
    values, t2, rows, t4v, _ = report_tables(2023, "2021")
    body = table3_rows(rows, T3_OUTCOMES_2021)

    def split(w: Writer) -> None:
        header_repeat_split(w, body, rows)

    w = Writer(target, title="江宁区人民政府2023年政府信息公开工作年度报告", rules=rules)
    w.title("南京市江宁区人民政府", "2023年政府信息公开工作年度报告")
    write_report(w, who="江宁区人民政府", year=2023, t2=t2, t3=body, t4=table4_rows(t4v), t3_split=split,
                 narrative="全年在政府网站主动公开政府信息4821条，全年未收取信息处理费。")
    w.save()
    values["disclosure.total"] = 4821
    values["fees.collected"] = 0
    return expected(2023, "2021", "320115", values,
                    unresolved=["disclosure.via_website"])


def report_rotated(target) -> dict:
    """2021 template; table 三 on a landscape page (portrait media, /Rotate 90, content turned)."""
    values, t2, rows, t4v, _ = report_tables(77, "2021")
    body = table3_rows(rows, T3_OUTCOMES_2021)

    def landscape(w: Writer) -> None:
        w.new_page(landscape_rotated=True)
        w.y = w.frame[1] - 30
        w.table([30, 90, 250] + [50] * 7, T3_HEADER + body, size=7.5, pad=1.5)
        w.new_page()

    w = Writer(target, title="余杭区2021年政府信息公开工作年度报告")
    w.title("杭州市余杭区人民政府2021年政府信息公开工作年度报告", size=15)
    write_report(w, who="余杭区人民政府", year=2021, t2=t2, t3=body, t4=table4_rows(t4v), t3_page=landscape)
    w.save()
    return expected(2021, "2021", "330110", values)


def big_report(target, pages: int = 200) -> None:
    """A long report for the benchmark: the 2021 report, then annex pages of prose and tables."""
    w = Writer(target, title="示例县人民政府政府信息公开工作年度报告（长文档）")
    nums = Numbers(9)
    values: dict = {}
    w.title("安吉县人民政府", "2022年政府信息公开工作年度报告")
    t2 = table2_2021(nums, values)
    rows = table3_values(nums, T3_OUTCOMES_2021)
    write_report(w, who="安吉县人民政府", year=2022, t2=t2, t3=table3_rows(rows, T3_OUTCOMES_2021),
                 t4=table4_rows(table4_values(nums)))
    rnd = random.Random(1)
    k = 0
    while w.page_no < pages:
        k += 1
        w.heading(f"附件{k}：政府信息公开目录更新情况")
        w.para(OVERVIEW.format(y=2022, who="各部门") * 3)
        body = [[C("栏目", bold=True), C("更新条数", bold=True), C("其中政策文件", bold=True), C("解读材料", bold=True)]]
        body += [[C(f"第{r + 1}类信息"), C(str(rnd.randint(1, 900))), C(str(rnd.randint(1, 90))), C(str(rnd.randint(1, 40)))]
                 for r in range(12)]
        w.room(12 * 18 + 40)
        w.table([200, 95, 95, 95], body, size=9)
        w.para(PROBLEMS)
    w.save()
