"""Borderless PDF tables (layout/pdf_aligned.py): grids read from the alignment of the text.

The whole-report fixtures (tools/make_pdf_fixtures.py: no rules, rules between rows only, three-line
with thin filled rectangles, three-line across a page break, blank cells with figures flush right)
are checked value by value in tests/test_fixtures.py and with hidden fonts in test_pdf_fonts.py;
here: the rendered grid cell by cell, provenance, and the geometry on small invented pages.
"""
import json
from pathlib import Path

import pytest

import reportparse
from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_aligned import find_aligned_tables
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from reportparse.settings import DEFAULT_SETTINGS

from conftest import pdf_fixture_generator

PDF = Path(__file__).resolve().parent / "fixtures" / "pdf"
UNRULED = ["borderless_2021", "borderless_blanks_2021", "horizontal_rules_2021", "three_line_thin_2019",
           "three_line_split_2021", "letter_spaced_borderless_2021", "letter_spaced_three_line_2019",
           "figure_spaced_borderless_2021", "figure_spaced_three_line_2019", "figure_spaced_rows_2019"]


def test_row_numbers_before_the_labels_stay_in_their_column():
    # a 序号 column of row numbers is a column of figures left of the labels: the labels stand
    # between columns and are still each row's label, on both pages of the table
    rows = pipe_rows("numbered_legacy_2010")
    assert ["序号", "统计指标", "单位", "统计数"] in rows
    assert ["1", "(一)主动公开政府信息数", "条", "1268"] in rows
    assert ["17", "7.告知作出更改补充数", "件", "8"] in rows          # page 2, no header there
    assert ["28", "六、依申请公开收费", "元", "260"] in rows
    assert ["二、依申请公开情况"] in rows


def test_legacy_three_line_table_label_unit_figure():
    rows = pipe_rows("three_line_legacy_2010")
    assert ["统计指标", "单位", "统计数"] in rows
    # the unit column stays one cell a row (never stacked into one), section rows stay in place
    k = rows.index(["一、主动公开情况"])
    assert rows[k + 1:k + 4] == [["(一)主动公开政府信息数", "条", "1268"], ["其中:主动公开规范性文件数", "条", "47"],
                                 ["(二)通过不同渠道和方式公开政府信息的情况"]]


def pipe_rows(name: str) -> list[list[str]]:
    text = load_pdf((PDF / f"{name}.pdf").read_bytes(), DEFAULT_SETTINGS, path=name).text
    return [[c.strip() for c in line.strip().strip("|").split("|")] for line in text.splitlines()
            if line.startswith("|")]


def row_of(rows: list[list[str]], label: str) -> list[str]:
    found = [r for r in rows if any(c.startswith(label) for c in r)]
    assert len(found) == 1, (label, found)
    return found[0]


def expected_row(name: str, key: str) -> list:
    values = json.loads((PDF / f"{name}.expected.json").read_text(encoding="utf-8"))["values"]
    whos = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]
    return [values[f"{key}|applicant={w}"] for w in whos]


def cells(row: list[str]) -> list:
    return [int(c) if c else None for c in row[-7:]]


# ---------------------------------------------------------------- the grid, cell by cell

def test_borderless_table3_rows_cell_by_cell():
    rows = pipe_rows("borderless_2021")
    # one label per row and seven figures, each in its applicant column
    assert cells(row_of(rows, "一、本年新收")) == expected_row("borderless_2021", "requests.new")
    assert cells(row_of(rows, "(七)总计")) == expected_row("borderless_2021", "requests.answered")
    # a label wrapped over two lines around its figures is one cell again
    partly = row_of(rows, "(二)部分公开")
    assert partly[0] == "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"
    assert cells(partly) == expected_row("borderless_2021", "requests.partially_granted")
    # a three-line label of (六)其他处理 joined; the group heading beside it is a cell of its own
    fee = row_of(rows, "2.申请人逾期未按收费通知要求缴纳费用")
    assert fee[:2] == ["(六)其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]
    assert cells(fee) == expected_row("borderless_2021", "requests.other.fee_unpaid")
    # the heading stacked two characters a line in a narrow column is one cell, in the first row it spans
    assert any(r[0] == "三、本年度办理结果" for r in rows)


def test_borderless_header_words_wrapped_in_narrow_columns_are_whole():
    rows = pipe_rows("borderless_2021")
    assert ["结果维持", "结果纠正", "其他结果", "尚未审结"] in rows
    assert ["自然人", "社会公益组织", "法律服务机构", "总计"] in rows


def test_blank_cells_are_null_by_position_with_figures_flush_right():
    rows = pipe_rows("borderless_blanks_2021")
    granted = cells(row_of(rows, "(一)予以公开"))
    assert granted[0] is None and granted == expected_row("borderless_blanks_2021", "requests.granted")
    fee = cells(row_of(rows, "2.申请人逾期未按收费通知要求缴纳费用"))
    assert fee[6] is None and fee == expected_row("borderless_blanks_2021", "requests.other.fee_unpaid")
    # table 四's one row: the blank column is known from the header word above it
    t4 = [r for r in rows if len(r) == 15]
    assert len(t4) == 1 and t4[0][7] == "" and all(c for k, c in enumerate(t4[0]) if k != 7)


def test_section_rows_split_table2_into_its_parts():
    rows = pipe_rows("three_line_thin_2019")
    values = json.loads((PDF / "three_line_thin_2019.expected.json").read_text(encoding="utf-8"))["values"]
    assert row_of(rows, "规章")[1:] == [str(values[f"disclosure.regulations.{c}"])
                                      for c in ("made", "published", "published_total")]
    assert row_of(rows, "行政强制")[1:] == [str(values["disclosure.coercion.items_prev_year"]),
                                        f"{values['disclosure.coercion.items_change']:+d}",
                                        str(values["disclosure.coercion.decisions"])]
    # each part has its own header row, not the one above it repeated
    assert rows.count(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]) == 2


# ---------------------------------------------------------------- provenance and checks

@pytest.mark.parametrize("name", UNRULED)
def test_values_say_they_were_placed_by_alignment(name):
    report = reportparse.parse(PDF / f"{name}.pdf")
    table = [i for i in report.indicators if i.source.method == "table" and not i.derived]
    assert len(table) > 150
    for ind in table:
        s = ind.source
        assert s.page and s.table is not None and s.row is not None and s.col is not None and s.bbox, ind
        assert "text alignment" in (s.note or ""), ind
    failed = [(c.rule, c.scope) for c in report.checks if c.status == "fail"]
    if name != "borderless_blanks_2021":
        assert report.checks and not failed, failed


def test_blank_cell_keeps_its_place_in_provenance():
    report = reportparse.parse(PDF / "borderless_blanks_2021.pdf")
    blank = report.get("requests.granted", "natural_person")
    assert blank.value is None
    assert blank.source.table is not None and blank.source.col is not None and blank.source.bbox


def test_ruled_tables_are_not_read_by_alignment():
    report = reportparse.parse(PDF / "report_2021.pdf")
    assert not any("text alignment" in (i.source.note or "") for i in report.indicators)


# ---------------------------------------------------------------- geometry on invented pages

def words(text: str, x: float, top: float, size: float = 9.0, align: str = "left", width: float = 0.0) -> list[Item]:
    """Items of one string: CJK one em wide, digits and ASCII half an em; aligned in a cell of `width`."""
    advance = [size if ord(ch) > 0x2E80 else size * 0.5 for ch in text]
    if align == "right":
        x += width - sum(advance)
    elif align == "centre":
        x += (width - sum(advance)) / 2
    out = []
    for ch, a in zip(text, advance):
        if ch != " ":
            out.append(Item(ch, x, top, x + a, top + size))
        x += a
    return out


def grid(rows, xs=(60, 200, 260, 320), align="centre", pitch=16.0, top=100.0):
    items = []
    for k, row in enumerate(rows):
        y = top + k * pitch
        items += words(row[0], xs[0], y)
        for j, text in enumerate(row[1:]):
            items += words(text, xs[j + 1], y, align=align, width=50)
    return items


@pytest.mark.parametrize("align", ["left", "centre", "right"])
def test_columns_from_left_centred_and_right_aligned_figures(align):
    items = grid([["甲项", "7", "1234", "56"], ["乙项", "890", "2", "34567"], ["丙项", "11", "", "9"]], align=align)
    tables, rest = find_aligned_tables(items, 1, DEFAULT_PDF_LAYOUT)
    assert len(tables) == 1 and not rest
    got = [[c.text for c in row] for row in tables[0].rows]
    assert got == [["甲项", "7", "1234", "56"], ["乙项", "890", "2", "34567"], ["丙项", "11", "", "9"]]


def test_prose_with_figures_is_not_a_table():
    items = []
    for k, line in enumerate(["全年共受理申请123件,办结118件,", "其中网上申请56件,当面申请12件。"]):
        items += words(line, 60, 100 + k * 16)
    tables, rest = find_aligned_tables(items, 1, DEFAULT_PDF_LAYOUT)
    assert tables == [] and len(rest) == len(items)


def test_one_row_of_three_figures_stays_text():
    items = grid([["甲项", "7", "1234", "56"]])
    tables, rest = find_aligned_tables(items, 1, DEFAULT_PDF_LAYOUT)
    assert tables == [] and len(rest) == len(items)


def test_a_heading_across_the_columns_ends_the_table():
    items = grid([["甲项", "7", "1234", "56"], ["乙项", "890", "2", "34567"]])
    items += words("二、这是一行横跨全部栏目的正文文字，说明上下两张表格各自的来历与口径。", 60, 140)
    items += grid([["丙项", "11", "3", "9"], ["丁项", "45", "678", "21"]], top=170)
    tables, _ = find_aligned_tables(items, 1, DEFAULT_PDF_LAYOUT)
    assert [[r[0].text for r in t.rows] for t in tables] == [["甲项", "乙项"], ["丙项", "丁项"]]


def test_settings_are_validated():
    with pytest.raises(ValueError):
        PDFLayoutSettings(cell_gap=-1)
    with pytest.raises(ValueError):
        PDFLayoutSettings(min_aligned_rows=0)
    assert find_aligned_tables(grid([["甲项", "7", "1234", "56"], ["乙项", "890", "2", "34567"]]), 1,
                               DEFAULT_PDF_LAYOUT.with_(min_aligned_rows=3))[0] == []


@pytest.mark.parametrize("gap", [10.0, 14.0, 30.0])
def test_embedded_font_borderless_table_any_row_spacing(gap):
    # PDFium's fast path (embedded Latin font), figures flush right, every 7th cell blank, rows
    # from tight (1 pt between lines: a wrapped label looks the same) to loose
    from pdf_gen import aligned_figures_pdf
    data, want = aligned_figures_pdf(pages=2, gap=gap)
    d = load_pdf(data, DEFAULT_SETTINGS)
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in d.text.splitlines()
            if line.startswith("|")]
    body = [r for r in rows if r and r[0].startswith("item ")]
    assert body == want
    assert ["Col1", "Col2", "Col3", "Col4", "Col5", "Col6", "Col7", "Col8"] in rows
    assert all(c.aligned for c in d.cells)


# ---------------------------------------------------------------- the class, not one file

LAYOUTS = [  # (font size, row padding in pt, figures flush right, rules, template): a seeded sweep
    (7.5, 0.3, False, "none", "2019"), (7.5, 0.3, True, "horizontal", "2021"),
    (7.5, 1.5, True, "none", "2021"), (7.5, 3.5, False, "three_line", "2019"),
    (9.0, 0.3, True, "three_line", "2019"), (9.0, 0.3, True, "horizontal", "2021"),
    (9.0, 1.5, False, "horizontal", "2019"), (9.0, 3.5, True, "none", "2021"),
]


@pytest.mark.parametrize("size,pad,right,rules,template", LAYOUTS)
def test_typesetting_sweep_reads_every_value(size, pad, right, rules, template):
    # the same invented report typeset every way a word processor does: tight rows (0.3 pt: a
    # wrapped label and the next row's label look alike), loose ones, centred and flush-right
    # figures, 7.5 and 9 pt (header words of narrow columns nearly touch), three kinds of rules
    import io
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.report_unruled(buf, template=template, seed=int(size * 100 + pad * 10) + len(rules), rules=rules,
                             size=size, pad=pad, right_figures=right)
    got = {i.value_id: i.value for i in reportparse.parse(buf.getvalue()).indicators if not i.derived}
    wrong = [f"{k}: want {v}, got {got.get(k, '-')}" for k, v in exp["values"].items() if got.get(k, "-") != v]
    assert not wrong, "\n".join(wrong)
    assert set(got) == set(exp["values"])


# ---------------------------------------------------------------- letter-spaced cell text

def spaced(text: str, x: float, top: float, gap: float, size: float = 9.0) -> list[Item]:
    """Items of one string with `gap` points after every character (WPS's justified and distributed
    cells: the Tc operator), as words() otherwise."""
    out = []
    for ch in text:
        a = size if ord(ch) > 0x2E80 else size * 0.5
        out.append(Item(ch, x, top, x + a, top + size))
        x += a + gap
    return out


@pytest.mark.parametrize("gap", [3.0, 6.0, 12.0])
def test_letter_spaced_labels_and_header_words_are_whole(gap):
    # each character of a label or header word farther from the next than the gap between two
    # cells: the label was one cell per character (and a header word a blank column each)
    items = spaced("项目", 60, 80, gap) + spaced("甲类", 200, 80, gap) + spaced("乙类", 260, 80, gap)
    for k, (label, figs) in enumerate([("规章", ("7", "1234")), ("行政规范性文件", ("890", "2")), ("其他事项", ("11", "9"))]):
        y = 100 + k * 16
        items += spaced(label, 60, y, gap) + words(figs[0], 200, y, align="centre", width=50) + \
            words(figs[1], 260, y, align="centre", width=50)
    tables, rest = find_aligned_tables(items, 1, DEFAULT_PDF_LAYOUT)
    assert len(tables) == 1
    got = [[c.text for c in row] for row in tables[0].rows]
    assert got[-3:] == [["规章", "7", "1234"], ["行政规范性文件", "890", "2"], ["其他事项", "11", "9"]]


def test_letter_spaced_words_need_an_even_gap_and_chinese():
    from reportparse.layout.pdf_lines import letter_spaced, runs

    def parts(items):
        return [("".join(it.text for it in p), joined) for p, joined in
                letter_spaced(runs(items, DEFAULT_PDF_LAYOUT.cell_gap, DEFAULT_PDF_LAYOUT.cjk_cell_gap),
                              DEFAULT_PDF_LAYOUT.letter_gap)]

    assert parts(spaced("1.属于国家秘密", 60, 100, 5.0)) == [("1.属于国家秘密", True)]
    # two one-character words of neighbouring columns, or words at uneven gaps, stay apart
    assert parts(spaced("是", 60, 100, 0) + spaced("否", 100, 100, 0)) == [("是", False), ("否", False)]
    assert parts(spaced("甲乙", 60, 100, 4.0) + spaced("丙丁", 90, 100, 4.0))[-1] == ("丙丁", True)
    assert len(parts(spaced("甲乙", 60, 100, 4.0) + spaced("丙丁", 90, 100, 4.0))) == 2
    # spaced digits are a spaced figure or one-digit figures in narrow columns: not read as a figure
    assert parts(spaced("4681", 60, 100, 5.0)) == [("4681", None)]
    items = words("甲项", 60, 100) + spaced("4681", 200, 100, 5.0) + words("52", 300, 100) + words("13", 360, 100)
    items += words("乙项", 60, 116) + words("77", 200, 116) + words("52", 300, 116) + words("13", 360, 116)
    tables, _ = find_aligned_tables(items, 1, DEFAULT_PDF_LAYOUT)
    assert all(c.text != "4" for t in tables for c in t.cells)


# ---------------------------------------------------------------- words set a little high or low

@pytest.mark.parametrize("drift", [1.5, 1.8, -1.5])
def test_figures_set_a_little_off_their_row_stay_in_it(drift):
    # an OCR layer puts each word where it boxed it: a row's label and first figure 1.5 pt above
    # its baseline, its other figures 1.5 pt below (8 pt) made two rows, the second without label
    items = words("项目", 60, 80, size=8) + words("甲类", 200, 80, size=8) + words("乙类", 260, 80, size=8) + \
        words("丙类", 320, 80, size=8)
    for k, (label, a, b, c) in enumerate([("规章", "12", "345", "6"), ("其他", "78", "9", "101"),
                                          ("合计", "90", "354", "107")]):
        y = 100 + k * 9.5                   # a tight table: rows 1.2 character heights apart
        items += words(label, 60, y - drift, size=8) + words(a, 200, y - drift, size=8) + \
            words(b, 260, y + drift, size=8) + words(c, 320, y + drift, size=8)
    tables, rest = find_aligned_tables(items, 1, DEFAULT_PDF_LAYOUT)
    assert len(tables) == 1
    got = [[c.text for c in row] for row in tables[0].rows]
    assert got[-3:] == [["规章", "12", "345", "6"], ["其他", "78", "9", "101"], ["合计", "90", "354", "107"]]


@pytest.mark.parametrize("drift,seed", [(1.2, 561), (1.5, 562)])
def test_ocr_layer_with_words_off_the_baseline_reads_every_value(drift, seed):
    import io
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.report_ocr_layer(buf, seed=seed, who="松岗县人民政府", date="2024-01-22", on="2024年1月22日", drift=drift)
    got = {i.value_id: i.value for i in reportparse.parse(buf.getvalue()).indicators if not i.derived}
    wrong = [f"{k}: want {v}, got {got.get(k, '-')}" for k, v in exp["values"].items() if got.get(k, "-") != v]
    assert not wrong, "\n".join(wrong)


# ---------------------------------------------------------------- letter-spaced figures

def spaced_figure(text: str, x: float, top: float, gap: float, width: float = 50, size: float = 9.0) -> list[Item]:
    """A figure centred in a cell of `width` with `gap` points between its digits (Tc)."""
    span = len(text) * size * 0.5 + gap * (len(text) - 1)
    return spaced(text, x + (width - span) / 2, top, gap, size)


@pytest.mark.parametrize("gap", [5.0, 8.0, 11.0])
def test_spaced_figures_under_one_header_word_are_one_figure(gap):
    # tracked numerals: the digits of one figure farther apart than two cells (> cell_gap); the
    # header names one column over each figure: one figure, never a value per digit
    items = words("项目", 60, 80) + words("甲类", 200, 80, align="centre", width=50) + \
        words("乙类", 260, 80, align="centre", width=50) + words("丙类", 320, 80, align="centre", width=50)
    rows = [("规章", "1234", "56", "789"), ("行政规范性文件", "91", "2345", "67")]
    for k, (label, *figs) in enumerate(rows):
        y = 100 + k * 16
        items += words(label, 60, y)
        for x, fig in zip((200, 260, 320), figs):
            items += spaced_figure(fig, x, y, gap)
    notes = []
    tables, rest = find_aligned_tables(items, 1, DEFAULT_PDF_LAYOUT, notes=notes)
    assert len(tables) == 1 and not notes
    got = [[c.text for c in row] for row in tables[0].rows]
    assert got[-2:] == [["规章", "1234", "56", "789"], ["行政规范性文件", "91", "2345", "67"]]


def test_spaced_digits_the_columns_do_not_settle_are_not_read():
    # one-digit figures in narrow columns look like a spaced figure: another row with a figure in
    # each of those columns says a column boundary runs between the digits; the row is not read
    # and a note names it, never a joined guess nor a value per digit
    xs = [200 + 14 * j for j in range(4)]
    items = words("规章", 60, 100) + spaced("3521", xs[0] + 2.25, 100, 9.5)
    for x, fig in zip(xs, ("12", "40", "17", "10")):
        items += words(fig, x, 116)
    items = words("其他", 60, 116) + items
    notes = []
    tables, rest = find_aligned_tables(items, 1, DEFAULT_PDF_LAYOUT, notes=notes)
    cells = [c.text for t in tables for c in t.cells]
    assert not any(c in ("3521", "3", "5", "2", "1") for c in cells)
    assert not any(it.text.isdigit() and it.top == 100 for it in rest)   # nor left as a line of digits
    assert notes and "spaced apart" in notes[0]
    # and outside any table (no column at all): not read either, with a note
    notes = []
    tables, rest = find_aligned_tables(words("合计", 60, 100) + spaced("4681", 200, 100, 6.0), 1,
                                       DEFAULT_PDF_LAYOUT, notes=notes)
    assert not tables and not any(it.text.isdigit() for it in rest) and "spaced apart" in notes[0]


@pytest.mark.parametrize("spacing,rules,template,every", [(0.6, "none", "2021", 1), (0.6, "three_line", "2019", 1),
                                                          (0.7, "none", "2021", 2), (0.65, "none", "2021", 3)])
def test_figure_spaced_tables_read_every_value(spacing, rules, template, every):
    # every figure (or every 2nd / 3rd row's) letter-spaced 0.6-0.7 em: before, table 四's
    # figures were read one value per digit (15 wrong values) and most of the rest lost
    import io
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.report_figure_spaced(buf, rules=rules, template=template, seed=900 + every, spacing=spacing,
                                   every=every)
    got = {i.value_id: i.value for i in reportparse.parse(buf.getvalue()).indicators if not i.derived}
    wrong = [f"{k}: want {v}, got {got.get(k, '-')}" for k, v in exp["values"].items() if got.get(k, "-") != v]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("spacing,rules,template,every", [(0.6, "none", "2021", 1), (0.65, "three_line", "2021", 1),
                                                          (0.8, "three_line", "2019", 1), (0.7, "three_line", "2019", 2)])
def test_figure_spaced_flush_right_never_reads_a_wrong_value(spacing, rules, template, every):
    # flush right and spaced to fill its cell, a figure's last digit stands as far from the next
    # cell's first digit as from its own: what the columns do not settle is left unread, not guessed
    import io
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.report_figure_spaced(buf, rules=rules, template=template, seed=910 + every, spacing=spacing,
                                   every=every, right=True)
    report = reportparse.parse(buf.getvalue())
    got = {i.value_id: i.value for i in report.indicators if not i.derived}
    wrong = [f"{k}: want {v}, got {got[k]}" for k, v in exp["values"].items() if k in got and got[k] != v]
    assert not wrong, "\n".join(wrong)
    if len(got) < len(exp["values"]):
        assert any("spaced apart" in w for w in report.warnings)


@pytest.mark.parametrize("rules,template,seed,spacing,every,right,column", [
    # one column spread (its digits farther apart than `letter_gap`: a run each): before, table 四's
    # spread cell made a 16th column and its digits were read as values (1-3 wrong a report)
    ("three_line", "2021", 1002, 2.0, 1, False, -1), ("none", "2019", 1004, 2.5, 1, False, -2),
    ("horizontal", "2021", 1009, 2.0, 1, False, -3), ("three_line", "2021", 1010, 2.0, 1, False, -4),
    ("none", "2019", 1022, 3.5, 1, False, -1), ("none", "2021", 1027, 1.6, 2, False, None),
    ("three_line", "2021", 1038, 2.0, 3, True, -3),
    # the whole table spread, digit gaps larger than the gaps between cells, flush right
    ("none", "2021", 700, 2.5, 1, False, None), ("three_line", "2021", 701, 4.0, 1, False, None),
    ("horizontal", "2019", 702, 2.5, 2, False, None), ("none", "2021", 716, 2.5, 1, True, None),
    # flush right and spread in a ruled grid: the cell's rules settle every figure
    ("grid", "2021", 720, 0.6, 1, True, None), ("grid", "2021", 722, 4.0, 1, True, -1)])
def test_figures_spread_wider_than_a_cell_gap_never_read_per_digit(rules, template, seed, spacing, every, right,
                                                                    column):
    import io
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.report_figure_spaced(buf, rules=rules, template=template, seed=seed, spacing=spacing, every=every,
                                   right=right, column=column)
    report = reportparse.parse(buf.getvalue())
    got = {i.value_id: i.value for i in report.indicators if not i.derived}
    wrong = [f"{k}: want {v}, got {got[k]}" for k, v in exp["values"].items() if k in got and got[k] != v]
    assert not wrong, "\n".join(wrong)
    if rules == "grid":
        assert got == exp["values"]
    if column is not None and not right:
        # one column spread, its header word centred over it: the header settles its figures (a
        # one-figure table of table 二 may keep its row unread); before, 28-160 values were lost
        assert len(got) >= len(exp["values"]) - 5
    if len(got) < len(exp["values"]):       # what is unread is said (the layout's note, or the row's)
        assert any("spaced apart" in w or "not read" in w for w in report.warnings)


@pytest.mark.parametrize("note", ["（其中3件）", "(含3件)", "*"])
def test_figure_with_a_note_wrapped_in_its_cell_is_never_blank(note):
    # a figure cell of a borderless table holding a note after its figure ("170（其中3件）"), wrapped
    # to a line above and one below the row's line: before, the cell was read as blank (null
    # where the page prints 170). Now the cell holds the text: not read, and said
    import io
    gen = pdf_fixture_generator()
    values, t2, rows, t4v, outcomes = gen.report_tables(801, "2021")
    body = gen.table3_rows(rows, outcomes)
    order = ["requests.new", "requests.carried_over"] + [k for k, _g, _l in outcomes]
    for key, j in (("requests.granted", 0), ("requests.denied.state_secret", 3)):
        row = body[order.index(key)]
        row[len(row) - 7 + j] = gen.C(row[len(row) - 7 + j].text + note)
    buf = io.BytesIO()
    w = gen.Writer(buf, rules="none")
    w.title("云岭县人民政府", "2023年政府信息公开工作年度报告")
    gen.write_report(w, who="云岭县人民政府", year=2023, t2=t2, t3=body, t4=gen.table4_rows(t4v))
    w.save()
    report = reportparse.parse(buf.getvalue())
    got = {i.value_id: i.value for i in report.indicators if not i.derived}
    wrong = [f"{k}: want {v}, got {got[k]}" for k, v in values.items() if k in got and got[k] != v]
    assert not wrong, "\n".join(wrong)
    for label in ("予以公开", "属于国家秘密"):
        vid = "requests." + ("granted" if label == "予以公开" else "denied.state_secret") + "|applicant=total"
        if note == "*":         # a footnote mark is part of its cell, never text that hides the figure (stop 24)
            assert got[vid] == values[vid]
            continue
        assert vid not in got
        assert any(label in w and "not read" in w for w in report.warnings)


def test_digits_spread_under_one_header_word_are_one_figure():
    # three one-digit runs, evenly spaced, under one header word centred over them: one figure
    # (the header names fewer columns than the digits make); the same digits under no header
    # word, or unevenly spaced, are not read and a note names the row
    h = 9.0
    head = words("甲类", 196, 84) + words("乙类", 256, 84)
    rows = (words("规章", 60, 100) + words("35", 200, 100) + [Item(d, x, 100, x + 4.5, 100 + h)
                                                            for d, x in zip("471", (242.0, 261.0, 280.0))])
    rows += words("其他", 60, 116) + words("12", 200, 116) + words("860", 260, 116)
    notes = []
    tables, _ = find_aligned_tables(head + rows, 1, DEFAULT_PDF_LAYOUT, notes=notes)
    cells = [[c.text for c in r] for r in tables[0].rows if any(c.text == "规章" for c in r)]
    assert cells == [["规章", "35", "471"]] and not notes
    # uneven: a column boundary may run between them
    rows[4:7] = [Item(d, x, 100, x + 4.5, 100 + h) for d, x in zip("471", (242.0, 258.0, 280.0))]
    notes = []
    tables, _ = find_aligned_tables(head + rows, 1, DEFAULT_PDF_LAYOUT, notes=notes)
    texts = [c.text for t in tables for c in t.cells]
    assert not any(t in ("471", "4", "7", "1", "47", "71") for t in texts)
    assert notes and "'规章'" in notes[0]


@pytest.mark.parametrize("spacing,rules,template", [(0.3, "none", "2021"), (0.6, "three_line", "2021"),
                                                    (1.2, "horizontal", "2019")])
def test_letter_spaced_tables_read_every_value(spacing, rules, template):
    # the Chinese text of every cell letter-spaced (Tc) by `spacing` ems, wrapped where it no longer
    # fits: before, 0.3 em lost 199 of 200 values (the labels cut into pieces), 0.6 em all of them
    import io
    gen = pdf_fixture_generator()
    values, t2, rows, t4v, outcomes = gen.report_tables(600 + int(spacing * 10), template)
    buf = io.BytesIO()
    w = gen.Writer(buf, rules=rules, letter_spacing=spacing)
    w.title("青溪县人民政府", "2023年政府信息公开工作年度报告")
    gen.write_report(w, who="青溪县人民政府", year=2023, t2=t2, t3=gen.table3_rows(rows, outcomes),
                     t4=gen.table4_rows(t4v))
    w.save()
    got = {i.value_id: i.value for i in reportparse.parse(buf.getvalue()).indicators if not i.derived}
    wrong = [f"{k}: want {v}, got {got.get(k, '-')}" for k, v in values.items() if got.get(k, "-") != v]
    assert not wrong, "\n".join(wrong)
