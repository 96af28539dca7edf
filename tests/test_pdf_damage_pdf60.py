"""PDF damage classes read at stop 60 (pdf60).

1. Table 四 printed BESIDE a column of prose on a stretch of a one-column page (`tools/pdf_attack.py --with
   t4_beside`: narrow columns, the prose left or right, borderless, three-line or ruled between rows, figures
   tracked or not): the prose's lines shared the table's bands, a line of prose became the row's label and the
   header was lost (15 values a report, none wrong). The stretch is cut at its gutter (pdf_beside.py, with
   pdf_nup.gaps) where one side is a paragraph and the other holds a table. Guards: two columns of prose, a
   borderless table whose labels stand apart from its figures, prose holding a figure, a column of labels as
   long as prose lines but ending no sentence: never cut.
2. A one-figure part of table 二 (a row's last cell) printed alone at the top of the next page, ruled or
   borderless, its header repeated or not (pdf_lone_figure.py): joined to the row the page before left
   exactly that cell short, in that cell's column. Guards: two cells below the break, a row short of two
   cells, a figure off the blank cell's column: left unread, and said.
"""
import pytest

from reportparse.layout.pdf_beside import read_beside
from reportparse.layout.pdf_lines import bands
from reportparse.layout.pdf_lone_figure import join_lone_figure
from reportparse.layout.pdf_model import Cell, Item, PageData, Table
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT

from pdf_variants import T4, draw_t2_broken, draw_t4, parse_pdf as _parse, variants3, wrong_values


# ---------------------------------------------------------------- 1. table 四 beside a column of prose

BESIDE = [
    # (template, seed, column width, prose left, rules, tracking, header words centred)
    ("2021", 95, 18, True, "none", 0.0, True),
    ("2021", 95, 20, False, "three_line", 0.7, False),
    ("2019", 95, 18, True, "horizontal", 0.0, True),
    ("2019", 95, 20, False, "none", 0.7, True),
    ("2019", 95, 18, False, "three_line", 0.7, False),     # (table 三 borderless above, on the same page)
    ("2021", 123, 18, False, "horizontal", 0.55, True),
]


def _beside(template, seed, width, left, rules, tracking, centred):
    return draw_t4(template, seed, variants3().t4_beside(width, left), rules, tracking, centred)


@pytest.mark.parametrize("template,seed,width,left,rules,tracking,centred", BESIDE)
def test_table_four_beside_a_column_of_prose_reads(template, seed, width, left, rules, tracking, centred):
    data, want = _beside(template, seed, width, left, rules, tracking, centred)
    got, _ = _parse(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    for key in T4:
        assert got.get(key) == want[key], key
    assert len({want[k] for k in T4}) >= 12          # (distinct figures: a shifted column cannot pass)
    assert all(got.get(k) == want[k] for k in want)


def _chars(text, x, top, size=10.0):
    """One Item a character from x (no gap), on the line at `top`."""
    return [Item(ch, x + k * size, top, x + (k + 1) * size, top + size) for k, ch in enumerate(text)]


PROSE = ["说明：本栏所列事项依照办结时间统", "计，尚未办结的事项计入下一年度之", "中。相关事项已逐项整改到位，后续", "继续加强审查。"]


def _page(left_lines, right_lines, right_x=300.0, pitch=18.0):
    """A one-column page (a line across it above and below) with a stretch set in two: `left_lines` from
    x 56, `right_lines` ((text, x) pieces) from `right_x`, on the same baselines."""
    items = _chars("本年度依法依规办理各类申请事项，答复及时规范，群众满意度稳步提升。", 56, 40)
    for n in range(max(len(left_lines), len(right_lines))):
        top = 70 + n * pitch
        if n < len(left_lines):
            items += _chars(left_lines[n], 56, top)
        for text, x in (right_lines[n] if n < len(right_lines) else []):
            items += _chars(text, right_x + x, top)
    items += _chars("下一步将继续完善制度建设，进一步提升政务公开工作的质量和实效。", 56, 80 + 8 * pitch)
    return items


TABLE = [[("行政复议", 0), ("行政诉讼", 110)], [("维持", 0), ("纠正", 40), ("维持", 110), ("纠正", 150)],
         [("14", 5), ("23", 45), ("37", 115), ("52", 155)]]


def _cut(items):
    return read_beside(items, bands(items), [], 1, DEFAULT_PDF_LAYOUT, [], [])


def test_a_table_beside_a_paragraph_is_cut_from_it():
    cut = _cut(_page(PROSE, TABLE))
    assert cut is not None
    rest, tables, lines = cut
    assert [[c.text for c in row] for row in tables[0].rows][-1] == ["14", "23", "37", "52"]
    assert [ln.text for ln in lines][:2] == PROSE[:2]
    assert not any(it.text in "1234567" for it in rest)


def test_two_columns_of_prose_stay_prose():
    other = [[(t, 0)] for t in ["上一年度各项工作按计划推进，各", "部门协同配合，形成了工作合力，", "取得了良好成效。"]]
    assert _cut(_page(PROSE, other)) is None


def test_a_table_whose_labels_stand_apart_from_its_figures_is_not_cut():
    labels = ["行政许可", "其他对外管理服务事项", "行政处罚", "行政强制"]
    figures = [[("171", 0), ("452", 60)], [("143", 0), ("298", 60)], [("241", 0), ("193", 60)], [("122", 0), ("276", 60)]]
    assert _cut(_page(labels, figures)) is None


def test_labels_as_long_as_prose_lines_ending_no_sentence_are_not_cut():
    labels = ["本年新收政府信息公开申请数量合计", "上年结转政府信息公开申请数量合计", "结转下年度继续办理的申请数量合计"]
    figures = [[("4246", 0), ("4641", 60)], [("364", 0), ("196", 60)], [("35", 0), ("71", 60)]]
    assert _cut(_page(labels, figures)) is None


def test_prose_holding_a_figure_is_not_cut():
    prose = ["说明：本栏所列事项依照办结时间统", "计，尚未办结的3件事项计入下一年", "度。相关事项已逐项整改到位，后续", "继续加强审查。"]
    assert _cut(_page(prose, TABLE)) is None


# ---------------------------------------------------------------- 2. a lone figure of table 二 over the break

def _t2(template, at, last, repeat, rules, edit=None):
    return draw_t2_broken(template, at, rules, repeat, last, edit)


LONE = [
    # (template, row at the break, header repeated, rules, the value below the break)
    ("2021", 2, False, "grid", "disclosure.regulations.in_force"),
    ("2021", 2, False, "none", "disclosure.regulations.in_force"),
    ("2021", 2, True, "three_line", "disclosure.regulations.in_force"),
    ("2021", 2, True, "horizontal", "disclosure.regulations.in_force"),
    ("2019", 6, False, "grid", "disclosure.licensing.decisions"),
    ("2019", 10, True, "grid", "disclosure.penalty.decisions"),
    ("2019", 6, True, "three_line", "disclosure.licensing.decisions"),
]


@pytest.mark.parametrize("template,at,repeat,rules,key", LONE)
def test_a_rows_last_figure_alone_over_the_break_joins_its_row(template, at, repeat, rules, key):
    data, want = _t2(template, at, 1, repeat, rules)
    got, warnings = _parse(data)
    assert got.get(key) == want[key]
    assert all(got.get(k) == want[k] for k in want)
    assert not any("alone at the top" in w for w in warnings)


@pytest.mark.parametrize("rules", ["grid", "none"])
def test_two_cells_below_the_break_stay_unread(rules):
    data, want = _t2("2021", 2, 2, False, rules)
    got, _ = _parse(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    assert got.get("disclosure.regulations.in_force") is None


def _cell(text, x0, x1, top=700.0, page=1):
    return Cell(x0, top, x1, top + 12, text=text, page=page)


def _pages(row_texts, lone_x):
    """A ruled table ending page 1 with a row of `row_texts` (label, figures; '' blank), and page 2 its
    continuation, the first row one figure in the column starting at `lone_x` (115 pt columns)."""
    xs = [56, 206, 321, 436, 551]
    row = [_cell(t, xs[k], xs[k + 1]) for k, t in enumerate(row_texts)]
    a = Table(list(row), 56, 600, 551, 712, 1, rows=[row])
    lone = _cell("70", lone_x, lone_x + 115, top=60, page=2)
    b = Table([lone], 56, 60, 551, 72, 2, rows=[[lone]])
    b.continues = a
    return PageData(1, 595, 842, blocks=[a]), PageData(2, 595, 842, blocks=[b]), a, b


def test_a_lone_figure_joins_the_row_one_cell_short_in_its_column():
    pa, pb, a, b = _pages(["规章", "69", "66", ""], 436)
    assert join_lone_figure(pa, pb, DEFAULT_PDF_LAYOUT) is None
    assert [c.text for c in a.rows[-1]] == ["规章", "69", "66", "70"] and b.rows == []


@pytest.mark.parametrize("texts,lone_x", [(["规章", "69", "", ""], 436),       # two cells short
                                          (["规章", "69", "66", ""], 321),     # the figure off the blank's column
                                          (["", "69", "66", ""], 436)])        # no label
def test_a_lone_figure_anywhere_else_is_left_and_said(texts, lone_x):
    pa, pb, a, b = _pages(texts, lone_x)
    note = join_lone_figure(pa, pb, DEFAULT_PDF_LAYOUT)
    assert note and "alone at the top" in note and "'70'" in note
    assert [c.text for c in a.rows[-1]] == texts and len(b.rows) == 1
