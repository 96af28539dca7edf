"""PDF damage classes read at stop 67 (pdf67), all invented reports drawn by the fixtures' writer (STSong-Light,
not embedded: the pdfminer path, no CJK font needed):

1. Table 三 narrow, its figures tracked 1.0 em and distributed over their cells (sweep4, 6 of 160 reports, 7-14
   values each, never WRONG): two neighbouring cells' digits stand at one pitch ('9 3' | '5 4' → one chain '9354'
   over two columns), and every figure of those columns fills its cell whatever its length ('92', '2 5 3', '3187'
   all from the cell's left edge to its right), so each column's figures share all three edges and no single edge
   told the cut (pdf_aligned_chains._cut needed one). Columns whose figures of two lengths or more share every edge
   (`_filled`) say the cell's extent itself: the chain is cut where each group's extent stands at all three of its
   column's edges (first digit to last, evenly spaced), the one grouping that can. And a row whose label wraps over
   three lines stands its figures farther than `table_gap` heights from the rows around, middle to middle, while the
   table's regions measure the gap between the lines: `_near` measures the gap too, so such a row's chain is cut
   with its table's columns.
2. Table 四's header words each over their unit on a second line in the cell ('结果维持' / '（件）', `--with
   header_units`): the header was matched as a run of its words' characters, which the unit ended before 总计, so
   the table was not read (15 values lost in every such report, ruled or not). The units a header word carries
   (data/templates.tsv, t4_header units: 件 个 条 项, bracketed or not) continue the header.
Guards: columns whose figures are all of one length (no proof the figures fill their cells) keep the chain uncut; a
grouping off the columns' extent is not made; a header word over a unit that is no count (（万元）) still ends the
header (table 四 unread with its warning, never WRONG).
"""
import pytest

from reportparse import parse, parse_text
from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_aligned_cells import Run
from reportparse.layout.pdf_aligned_chains import _cut
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT
from reportparse.settings import DEFAULT_SETTINGS

from pdf_variants import T4, draw_county, parse_pdf, variants3, wrong_values


# ---------------------------------------------------------------- 1. chains over columns whose figures fill their cells

SWEEP4 = [
    # (template, seed, columns, total, rules, tracking, centre_cells, figure size, table centred): 7-14 lost at base
    ("2019", 7004, 21, 21, "none", 1.0, False, 5.5, True),          # '9354' over two filled columns
    ("2019", 7023, 21, 21, "horizontal", 1.0, True, 5.5, True),     # two rows so
    ("2021", 211057, 21, 21, "none", 1.0, False, 5.5, False),       # a row far from the rows around (label of 3 lines)
]


def _narrow(template, seed, width, total, rules, tracking, centre_cells, size, centred):
    return draw_county(template, seed, t3_split=variants3().t3_narrow((16, 40, 84), width, total, centred),
                       rules=rules, centre_cells=centre_cells, figure_spacing=tracking, spaced_every=1, figure_size=size)


@pytest.mark.parametrize("template,seed,width,total,rules,tracking,centre_cells,size,centred", SWEEP4)
def test_tracked_chains_over_filled_columns_are_cut_and_read_cell_by_cell(template, seed, width, total, rules,
                                                                          tracking, centre_cells, size, centred):
    data, want = _narrow(template, seed, width, total, rules, tracking, centre_cells, size, centred)
    got, warnings = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    t3 = {k: v for k, v in want.items() if k.startswith("requests.")}
    assert len(t3) > 150
    for key, drawn in t3.items():
        assert got.get(key) == drawn, key
    assert not any("may be one figure or one per column" in w for w in warnings)


def test_the_chain_of_two_filled_cells_reads_as_their_two_figures():
    data, want = _narrow(*SWEEP4[0])
    row = [want[f"requests.not_processed.duplicate|applicant={a}"]
           for a in ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")]
    assert row[1:3] == [93, 54]                                     # (drawn '9 3' | '5 4': one chain at base)
    text = load_pdf(data, DEFAULT_SETTINGS).text
    line = next(ln for ln in text.splitlines() if ln.startswith("| 2.重复申请 |"))
    assert line.count("|") == 9 and "| 93 | 54 |" in line            # (seven cells; the tracked '1 2 7' read so)


def _digit(x, text, top=100.0, w=2.5, h=5.5):
    return Item(text, x, top, x + w, top + h)


def _run(items):
    return Run(items, "".join(it.text for it in items), items[0].x0, items[0].top, items[-1].x1, items[0].bottom,
               True, len(items) > 1)


def _filled_refs(lengths):
    """Figures of two columns ([319, 332.2], [340, 353.2]), each spread from its cell's left edge to its right,
    of the digit counts `lengths` (one figure a row)."""
    refs = []
    for k, n in enumerate(lengths):
        for x0 in (319.0, 340.0):
            step = (13.2 - 2.5) / (n - 1)
            refs.append(_run([_digit(x0 + i * step, str(k + i + 1), 120 + 20 * k) for i in range(n)]))
    return refs


COLS = [[319.0, 332.2], [340.0, 353.2]]
# '9 3' spread over the first cell, '5 4' over the second: four digits at one pitch, one chain
CHAIN = _run([_digit(319.0, "9"), _digit(329.7, "3"), _digit(340.0, "5"), _digit(350.7, "4")])


def test_a_chain_over_two_filled_columns_is_cut_at_their_extents():
    groups = _cut(CHAIN, _filled_refs([2, 3, 4, 2]), COLS, [0, 1], 1.65, DEFAULT_PDF_LAYOUT)
    assert ["".join(it.text for it in g) for g in groups] == ["93", "54"]


def test_guard_columns_of_one_length_keep_the_chain_uncut():
    # (every figure two digits: sharing all edges proves nothing of how a longer one would stand)
    assert _cut(CHAIN, _filled_refs([2, 2, 2, 2]), COLS, [0, 1], 1.65, DEFAULT_PDF_LAYOUT) is None


def test_guard_a_chain_off_the_filled_extents_is_not_cut():
    off = _run([_digit(322.0, "9"), _digit(332.7, "3"), _digit(343.0, "5"), _digit(353.7, "4")])    # 3 pt right
    assert _cut(off, _filled_refs([2, 3, 4, 2]), COLS, [0, 1], 1.65, DEFAULT_PDF_LAYOUT) is None
    uneven = _run([_digit(319.0, "9"), _digit(329.7, "3"), _digit(333.0, "5"), _digit(350.7, "4")])
    assert _cut(uneven, _filled_refs([2, 3, 4, 2]), COLS, [0, 1], 1.65, DEFAULT_PDF_LAYOUT) is None


# ---------------------------------------------------------------- 2. table 四's header words over their unit

UNITS = [
    # (template, seed, rules, centre_cells, unit): table 四 lost at base (15 values)
    ("2019", 995589, "grid", False, "（件）"),
    ("2021", 223177, "none", True, "（件）"),
    ("2019", 355810, "three_line", False, "(件)"),
    ("2021", 243117, "horizontal", True, "件"),
    ("2021", 568997, "grid", True, "（条）"),
    ("2019", 374865, "none", False, "（个）"),
]


def _units(template, seed, rules, centre_cells, unit, tables="二三四"):
    edit, draw = variants3().header_units(unit, tables)
    return draw_county(template, seed, rules=rules, centre_cells=centre_cells, edit=edit,
                       t3_split=draw if "三" in tables else None)


@pytest.mark.parametrize("template,seed,rules,centre_cells,unit", UNITS)
def test_table_four_under_header_words_over_their_unit_reads_cell_by_cell(template, seed, rules, centre_cells, unit):
    data, want = _units(template, seed, rules, centre_cells, unit)
    report = parse(data)
    got, warnings = report.values(), report.warnings
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    assert len(want) == len([k for k in want if got.get(k) is not None])        # (tables 二, 三 and 四: every value)
    for key in T4:
        assert got.get(key) == want[key], key
    assert len({want[k] for k in T4}) > 10                          # (distinct figures: a shifted cell cannot pass)
    assert not any(w.startswith("table 四") for w in warnings)


def test_guard_a_header_word_over_a_unit_that_is_no_count_still_ends_the_header():
    # (（万元）: no unit of table 四's counts; the header stops at it, 总计 unseen: unread and said, never WRONG)
    data, want = _units("2019", 995589, "grid", False, "（万元）", "四")
    report = parse(data)
    got, warnings = report.values(), report.warnings
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    assert all(got.get(k) is None for k in T4)
    assert any(w.startswith("table 四") for w in warnings)
    assert got.get("requests.new|applicant=total") == want["requests.new|applicant=total"]


def test_table_four_header_with_units_in_a_text_report():
    rows = ["| 行政复议 | 行政诉讼 |",
            "| 结果维持（件） | 结果纠正（件） | 其他结果（件） | 尚未审结（件） | 总计（件） | 未经复议直接起诉 | 复议后起诉 |",
            "| " + " | ".join([f"{w}（件）" for w in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")] * 2) + " |",
            "| 3 | 5 | 7 | 2 | 17 | 4 | 6 | 1 | 8 | 19 | 9 | 11 | 12 | 13 | 45 |"]
    text = "清水县人民政府2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n" + "\n".join(rows) + "\n五、存在的主要问题及改进情况\n无。\n"
    got = parse_text(text).values()
    assert [got.get(k) for k in T4] == [3, 5, 7, 2, 17, 4, 6, 1, 8, 19, 9, 11, 12, 13, 45]
