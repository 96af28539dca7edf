"""PDF damage class read at stop 62 (pdf62).

Table 二 narrow (`variants3.t2_narrow`: a 110-130 pt label column, figure columns of 36-46 pt), borderless or
three-line, its figures tracked: the 2021 fee part (第二十条第（八）项) is one row under one merged cell, its
header word 本年收费金额（单位：万元） nearly as wide as the cell. The part's tracked figure ('1 . 8 7') stands
apart from the columns above, so the part is a table of its own, of one row and one figure: read only under a
header word. The header search stopped at any line wider than 0.6 of the table's width from its labels to its
figures' end, taking it for prose, and the header word was that wide: the part was no table, the fee lost. A line
that wide is now a header word where it stands right of the row labels and its middle over the figure columns
(`pdf_aligned_cells.header_rows`). Guards: a line from the labels' side (prose, a heading), one whose middle stands
off the figure columns, any wide line over a table with no row labels (table 四): prose, as before.
"""
import pytest

from reportparse.layout.pdf_aligned_cells import Band, Run, header_rows
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT as GEO

from pdf_variants import draw_county, parse_pdf, variants3, wrong_values

FEE = "disclosure.fees.amount"

NARROW = [
    # (template, label column, figure columns, rules, tracking, figures centred)
    ("2021", 110, 42, "none", 0.7, True),
    ("2021", 130, 42, "three_line", 0.7, True),
    ("2021", 110, 46, "horizontal", 0.7, True),
    ("2021", 120, 44, "none", 0.55, True),
    ("2019", 110, 42, "none", 0.7, True),             # (2019: 采购总金额（元） over two columns: read before too)
]


def _narrow(template, label, width, rules, tracking, centred, seed=95):
    return draw_county(template, seed, t2_split=variants3().t2_narrow(label, width), rules=rules,
                       figure_spacing=tracking, spaced_every=1, centre_cells=centred)


@pytest.mark.parametrize("template,label,width,rules,tracking,centred", NARROW)
def test_a_narrow_table_twos_one_figure_part_reads_under_its_wide_header_word(template, label, width, rules,
                                                                           tracking, centred):
    data, want = _narrow(template, label, width, rules, tracking, centred)
    got, warnings = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    assert all(got.get(k) == want[k] for k in want)
    if template == "2021":
        assert got[FEE] == want[FEE] and want[FEE] > 10000          # (万元 as 元: 1.87 → 18700)
    assert not any("outside any table" in w for w in warnings)


@pytest.mark.parametrize("rules,tracking", [("none", 0.0), ("grid", 0.7), ("three_line", 0.0)])
def test_a_narrow_table_two_untracked_or_ruled_reads_as_before(rules, tracking):
    data, want = _narrow("2021", 130, 36, rules, tracking, False, seed=211)
    got, _ = parse_pdf(data)
    assert all(got.get(k) == want[k] for k in want)


# ---------------------------------------------------------------- the header search, by hand

H = 8.0


def _run(text, x0, top, figure=False):
    """`text` set tight from x0, one character `H` wide a Han character, half that a digit or a point."""
    items, x = [], x0
    for ch in text:
        w = H / 2 if ch.isascii() else H
        items.append(Item(ch, x, top, x + w, top + H))
        x += w
    return Run(items, text, x0, top, x, top + H, figure)


def _band(*runs):
    return Band(list(runs), min(r.top for r in runs), max(r.bottom for r in runs))


COLS = [[233.0, 263.0]]          # the part's one figure (tracked '1 . 8 7'), centred in its merged cell
LEFT, LABELS_END = 76.0, 132.0   # the row label 行政事业性收费 from 76 to 132: width 187, 0.6 of it 112


def _header(line, labels_end=LABELS_END):
    heading = _band(_run("第二十条第（八）项", LEFT, 600))
    above = [heading, _band(_run("信息内容", LEFT + 14, 618), line)]
    return header_rows(above, set(), COLS, LEFT, H, GEO, labels_end)


def _texts(header):
    return [" ".join(r.text for r in block) for row in header for block in row]


def test_a_merged_cells_header_word_right_of_the_labels_over_the_figure_is_the_header():
    word = _run("本年收费金额（单位：万元）", 196, 618)                  # 13 Han wide: 104 pt, middle 248
    word.x1 = 310.0                                                   # (the cell's width: 114 pt, past 0.6 of 187)
    assert word.x1 - word.x0 > 0.6 * (COLS[-1][1] - LEFT)
    assert _texts(_header(word)) == ["第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）"]
    assert _header(word, labels_end=float("inf")) == []               # (no row labels: prose, as before)


def test_a_wide_line_from_the_labels_side_is_prose():
    line = _run("本栏数据依照办结时间统计尚未办结", LEFT, 618)
    line.x1 = 306.0
    assert _header(line) == []


def test_a_wide_line_right_of_the_labels_off_the_figure_column_is_prose():
    line = _run("本栏数据依照办结时间统计尚未", 140, 618)
    line.x1 = 262.0                                                   # (middle 201: left of the column 233-263)
    assert line.x1 - line.x0 > 0.6 * (COLS[-1][1] - LEFT) and (line.x0 + line.x1) / 2 < COLS[0][0]
    assert _header(line) == []


def test_a_narrow_header_word_reads_as_before():
    word = _run("本年收费金额", 224, 618)
    assert _texts(_header(word, labels_end=float("inf"))) == ["第二十条第（八）项", "信息内容", "本年收费金额"]
