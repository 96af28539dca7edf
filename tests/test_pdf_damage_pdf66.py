"""PDF damage classes read at stop 66 (pdf66), left by stop 65's sweep4 (never WRONG, lost):

1. Table 二's tracked figures set smaller than the table's text (5.5-6 pt figures, 8 pt words): its parts of one
   figure ('行政许可  2 2 6 4') lost their header: `header_rows` stopped at a band in a font 1.3 times the
   *figures'* height, and the header words (8 pt) are that much larger than 5.5 pt figures. With no header word
   over it a lone spaced figure settles nothing: 'digits spaced apart outside any table', 4 values a report. The
   header's "larger font" is now larger than the table's text (its labels) and its figures; the header stops at
   the row of the part above (a taken figure), so a part never takes the header of the part before.
   The 收费 part's header word is set over a wider merged cell, off its figure ('2 . 3 4'): a row of one figure
   under one header word is settled where its edge is an edge line at least `told_line_lone` (3) settled
   figures of the page keep (pdf_spaced.row_on_lines); a chain of two cells' figures would stand under two words.
2. A figure wrapped onto two lines whose digits are tracked ('4 9 3' / '1'): the pieces are digits with spaces
   between them, and only tight pieces were offered to the table reader. Now each piece whose digits stand at one
   step (tracked, or a last line distributed over its cell: '2 5 8' / '3   5') is offered too; the table reader
   still joins it only where the row's sums prove it (extract/wrapped_cells.py), else it stays unread.
3. A table 二 or 三 over a page break whose part on the next page stands under a caption line ('续表', '表三（续）':
   `--with continued_caption`): the line was the next page's first block, so a row cut by the break (its label
   above, its figures below) was not joined (ruled: pdf_tables.merge_continued_table; borderless: pdf_cut_row): 3-7
   values lost. A short line right over the part (`caption_share` of its width, `caption_gap` of its height above:
   pdf_furniture.is_caption) is stepped over where the part's first row is the rest of the cut row.
Guards: the lone-row rule off (told_line_lone 99) → the 收费 figure unread, never WRONG; a lone figure on a line two figures keep, or
a part under two header words: not settled; pieces whose digits stand at two steps are not offered; a line as wide as a heading is no caption (the cut row unread, never WRONG); a caption over a
part that holds no cut row keeps the two parts two tables.
"""
import dataclasses

import pytest

from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_aligned_cells import Run
from reportparse.layout.pdf_aligned_stacked import joined_text, wrapped_texts
from reportparse.layout.pdf_furniture import is_caption
from reportparse.layout.pdf_model import Item, Line
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT
from reportparse.layout.pdf_spaced import ToldLines, row_on_lines
from reportparse.settings import DEFAULT_SETTINGS

from test_pdf_damage_pdf63 import _band, _fig  # hand-drawn runs and bands
from pdf_variants import draw_county, parse_pdf, table3_cells, variants3, wrong_values


def _small(template, seed, width, total, rules, tracking, centre_cells, size, centred):
    """The sweep4 report: table 三 narrow (`width` pt columns, the total's `total`), every figure tracked
    `tracking` em and set at `size` pt under the tables' 8 pt words (table 二's too)."""
    return draw_county(template, seed, t3_split=variants3().t3_narrow((16, 40, 84), width, total, centred),
                       rules=rules, centre_cells=centre_cells, figure_spacing=tracking, spaced_every=1, figure_size=size)


def _cells(data, want, prefix):
    got, warnings = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    part = {k: v for k, v in want.items() if k.startswith(prefix)}
    assert part
    for key, drawn in part.items():
        assert got.get(key) == drawn, key
    return got, warnings


# ---------------------------------------------------------------- 1. table 二's parts of one tracked figure

T2_SMALL = [
    # (template, seed, columns, total, rules, tracking, centre_cells, figure size, table centred): 4 lost at base
    ("2021", 7000, 20, 24, "none", 0.4, False, 5.5, True),
    ("2019", 7001, 20, 20, "none", 0.7, True, 5.5, True),
    ("2021", 7011, 21, 24, "horizontal", 0.4, False, 6.0, True),
]


@pytest.mark.parametrize("template,seed,width,total,rules,tracking,centre_cells,size,centred", T2_SMALL)
def test_table_two_tracked_figures_smaller_than_the_text_read_cell_by_cell(template, seed, width, total, rules,
                                                                          tracking, centre_cells, size, centred):
    data, want = _small(template, seed, width, total, rules, tracking, centre_cells, size, centred)
    _, warnings = _cells(data, want, "disclosure.")
    assert not any("outside any table" in w for w in warnings)


def test_each_part_of_table_two_keeps_its_own_header_only():
    data, want = _small("2021", 7000, 20, 24, "none", 0.4, False, 5.5, True)
    text = load_pdf(data, DEFAULT_SETTINGS).text
    # (two parts under 本年处理决定数量: the second part does not take the first's header too)
    assert text.count("| 信息内容 | 本年处理决定数量 |") == 2
    assert "| 行政许可 | 2264 |" in text and "| 行政事业性收费 | 2.34 |" in text
    assert want["disclosure.licensing.decisions"] == 2264 and want["disclosure.fees.amount"] == 23400      # (万元 → 元)


def test_guard_with_the_lone_row_rule_off_the_fee_stays_unread_never_wrong():
    data, want = _small("2021", 7000, 20, 24, "none", 0.4, False, 5.5, True)
    got, warnings = parse_pdf(data, dataclasses.replace(DEFAULT_PDF_LAYOUT, told_line_lone=99))
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    assert got.get("disclosure.fees.amount") is None
    assert got.get("disclosure.licensing.decisions") == want["disclosure.licensing.decisions"]
    assert any("outside any table" in w and "2 . 3 4" in w for w in warnings)


def _told(*figures):
    """ToldLines of settled figures given as (x0, text), 6 pt high, each on a line of its own."""
    return ToldLines([_fig(x, 100 + 20 * k, text, 6.0) for k, (x, text) in enumerate(figures)])


def test_a_lone_figure_on_a_line_three_settled_figures_keep_is_settled():
    # (centres at 300: '6', '2264', '338' – three lengths: the column's centre line)
    lines = _told((298.5, "6"), (292.5, "2264"), (295.5, "338"))
    lone = [_fig(293, 200, "2.34", 6.0)]                    # 4 characters of 3 pt: centre 299
    assert row_on_lines(lone, [(200, 260)], lines, 2, 1.8, 3)


def test_guard_a_lone_figure_on_a_line_two_figures_keep_or_under_two_words_is_not_settled():
    lone = [_fig(293, 200, "2.34", 6.0)]
    two = _told((298.5, "6"), (292.5, "2264"), (120, "55"))
    assert not row_on_lines(lone, [(200, 260)], two, 2, 1.8, 3)
    lines = _told((298.5, "6"), (292.5, "2264"), (295.5, "338"))
    assert not row_on_lines(lone, [(200, 260), (280, 320)], lines, 2, 1.8, 3)      # (two header words)
    assert not row_on_lines(lone, [(200, 260)], lines, 2, 1.8, 0)                  # (the rule off)
    assert not row_on_lines([_fig(310, 200, "2.34", 6.0)], [(200, 260)], lines, 2, 1.8, 3)  # (off the line)


# ---------------------------------------------------------------- 2. wrapped figures, their digits tracked

WRAPPED = [
    # (template, seed, columns, total, rules, tracking, centre_cells, figure size, table centred): 33-37 lost at base
    ("2021", 7002, 19, 19, "three_line", 1.0, False, 5.5, False),
    ("2019", 7045, 19, 19, "none", 0.4, True, 5.5, False),
    ("2019", 7064, 19, 19, "none", 0.4, False, 5.5, True),
]


@pytest.mark.parametrize("template,seed,width,total,rules,tracking,centre_cells,size,centred", WRAPPED)
def test_wrapped_tracked_figures_read_cell_by_cell(template, seed, width, total, rules, tracking, centre_cells,
                                                   size, centred):
    data, want = _small(template, seed, width, total, rules, tracking, centre_cells, size, centred)
    _, warnings = _cells(data, want, "requests.")
    assert any("read joined only where" in w for w in warnings)


def _spaced(x, top, digits, step, h=5.5):
    """A piece of a tracked figure: its digits `step` points apart, middle to middle, one run ('4 9 3')."""
    items = [Item(d, x + k * step - 1.5, top, x + k * step + 1.5, top + h) for k, d in enumerate(digits)]
    return Run(items, " ".join(digits), items[0].x0, top, items[-1].x1, top + h, True)


def test_tracked_pieces_of_a_wrapped_figure_are_offered_joined():
    upper, lower = _spaced(200, 100, "493", 4.0), _spaced(200, 108, "1", 4.0)
    assert joined_text(upper, lower, None, None) == "493⏎1"
    # (a last line distributed over its cell: another step than the line above)
    assert joined_text(_spaced(200, 100, "258", 4.0), _spaced(200, 108, "35", 8.0), None, None) == "258⏎35"
    over = lambda r: [0]                                    # noqa: E731
    assert wrapped_texts(_band(upper), _band(lower), over) == {0: "493⏎1"}


def test_guard_pieces_whose_digits_stand_at_two_steps_are_not_offered():
    # ('49' and '3': two figures side by side, maybe)
    upper = _spaced(200, 100, "493", 4.0)
    upper.items[2].x0 += 3.0
    upper.items[2].x1 += 3.0
    lower = _spaced(200, 108, "1", 4.0)
    assert joined_text(upper, lower, None, None) is None
    assert wrapped_texts(_band(upper), _band(lower), lambda r: [0]) is None


def test_guard_tracked_pieces_not_proved_by_the_sums_stay_unread_never_wrong():
    # (a part of the row printed blank: its sum proves no joined total, which stays unread)
    key = "requests.denied.prohibited_by_law|applicant="
    data, want = draw_county("2019", 7045, t3_split=variants3().t3_narrow((16, 40, 84), 19, 19, False), rules="none",
                             centre_cells=True, figure_spacing=0.4, spaced_every=1, figure_size=5.5,
                             edit=table3_cells([(5, 0, "", key + "natural_person", None)]))
    got, warnings = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    assert want[key + "total"] >= 1000 and got.get(key + "total") is None
    assert got.get(key + "commercial") == want[key + "commercial"]
    assert any("2.其他法律行政法规禁止公开" in w and "read joined only where" in w for w in warnings)


# ---------------------------------------------------------------- 3. a table's part under a caption line ('续表')

def _continued(table, template, seed, at, cut, repeat, caption, place, rules):
    """Table 二 or 三 over a page break (`cut`: a row's label above it, its figures below), the next page's part
    under a caption line (tools/pdf_reports/variants3.continued)."""
    split = variants3().continued(table, at, cut, repeat, caption, place)
    return draw_county(template, seed, rules=rules, **({"t3_split": split} if table == "三" else {"t2_split": split}))


CONTINUED = [
    # (table, template, seed, row, cut, header repeated, caption, place, rules): 3-7 values lost at base
    ("三", "2021", 315958, 4, True, False, "表三（续）", "left", "grid"),
    ("三", "2019", 428384, 11, True, True, "续上表", "right", "grid"),
    ("二", "2019", 832711, 3, True, False, "续表", "left", "grid"),
    ("二", "2019", 413895, 10, True, False, "续上表", "left", "none"),
    ("二", "2021", 560838, 2, True, False, "表三（续）", "right", "none"),
]


@pytest.mark.parametrize("table,template,seed,at,cut,repeat,caption,place,rules", CONTINUED)
def test_a_row_cut_by_the_break_under_a_caption_line_read_cell_by_cell(table, template, seed, at, cut, repeat,
                                                                       caption, place, rules):
    data, want = _continued(table, template, seed, at, cut, repeat, caption, place, rules)
    got, _ = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    for key, drawn in want.items():
        assert got.get(key) == drawn, key


def test_guard_a_heading_over_the_next_page_table_is_no_caption_never_wrong():
    # (a line as wide as a section heading: the cut row's label stays a line, its figures unread)
    data, want = _continued("三", "2021", 315958, 4, True, False, "三、收到和处理政府信息公开申请情况（续表）", "left", "grid")
    got, _ = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    assert got.get("requests.denied.state_secret|applicant=total") is None


def test_guard_a_caption_over_a_part_that_holds_no_cut_row_keeps_two_tables():
    # (no row cut: the part under the caption is merged only where it holds the rest of the row above the break)
    data, want = _continued("三", "2021", 315958, 4, False, False, "续表", "left", "grid")
    got, _ = parse_pdf(data)
    assert wrong_values({k: got.get(k) for k in want}, want) == {}
    doc = load_pdf(data, DEFAULT_SETTINGS)
    pages = {}
    for c in doc.cells:
        pages.setdefault(c.table, set()).add(c.page)
    assert not any(len(p) > 1 for p in pages.values())


def test_a_caption_is_a_short_line_right_over_the_table():
    line = Line("续表", 56, 65, 77, 75.5)
    assert is_caption(line, 480, 81, DEFAULT_PDF_LAYOUT)
    assert not is_caption(line, 480, 110, DEFAULT_PDF_LAYOUT)                      # (far above it)
    assert not is_caption(Line("三、收到和处理政府信息公开申请情况", 56, 65, 260, 75.5), 480, 81, DEFAULT_PDF_LAYOUT)
    assert not is_caption(Line("12", 56, 65, 66, 75.5), 480, 81, DEFAULT_PDF_LAYOUT)   # (a figure alone)
