"""PDF damage class read at stop 58 (pdf58), found with a new drawing of the campaign
(`tools/pdf_attack.py --with t4_narrow`): table 四 in narrow columns (18-22 pt: a narrow page), its
header words wrapped one character a line (结 / 果 / 维 / 持) where a column holds one character only,
borderless (no rules, three-line, rules between rows), its figures tracked (0.55-0.8 em).

The characters of one header line then stand alone at the columns' pitch, at one gap: a letter-spaced
word to pdf_lines.letter_spaced, as wide as the table, so the header was taken for prose and lost, and
the tracked figures under it were settled by nothing: table 四 unread (15 values). A letter-spaced run of
a line with no figure whose every character stands in a stack of lone characters of its width, a line
apart, half of them in stacks of three lines or more (`stacked_head_pitch`, `stacked_head_chars`), is cut
back into its characters (pdf_aligned_heads.py), and the header's cells join each stack into its word.
Then a chain of digits the header words cut into their cells' figures ('1 0 | 4 | 3 9' at one gap by
chance: centred figures of two, one and two digits in equal columns) leaves the columns found from the
chain: they are found again from the figures (pdf_aligned._table), else two figures stood in one column.
"""
import pytest

from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_aligned_heads import unstacked
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT

from pdf_variants import T4, draw_t4, parse_pdf, variants3, wrong_values


def _draw(template, seed, width, rules, tracking, centred):
    return draw_t4(template, seed, variants3().t4_narrow(width), rules, tracking, centred)


def _values(data, want, layout=DEFAULT_PDF_LAYOUT):
    got, _ = parse_pdf(data, layout)
    return {k: got.get(k) for k in want}


NARROW = [
    # (template, seed, column width, rules, tracking, header words centred in their cells)
    ("2019", 275, 20, "none", 0.55, True),
    ("2021", 300, 20, "three_line", 0.8, True),
    ("2019", 253, 18, "horizontal", 0.55, True),
    ("2019", 275, 20, "none", 0.55, False),
    ("2021", 300, 20, "horizontal", 0.8, True),
]


@pytest.mark.parametrize("template,seed,width,rules,tracking,centred", NARROW)
def test_table_four_under_header_words_set_one_character_a_line_reads(template, seed, width, rules, tracking,
                                                                       centred):
    data, want = _draw(template, seed, width, rules, tracking, centred)
    got = _values(data, want)
    assert wrong_values(got, want) == {}
    for key in T4:
        assert got[key] == want[key], key
    assert len(set(want[k] for k in T4)) >= 12          # (distinct figures: a shifted column cannot pass)


def test_stacked_header_lines_left_as_words_leave_the_table_unread():
    data, want = _draw("2021", 300, 20, "three_line", 0.8, True)
    got = _values(data, want, DEFAULT_PDF_LAYOUT.with_(stacked_head_pitch=0))
    assert all(got[key] is None for key in T4)
    assert wrong_values(got, want) == {}


def test_untracked_figures_under_stacked_header_words_still_read():
    data, want = _draw("2019", 91, 20, "none", 0.0, False)
    got = _values(data, want)
    assert wrong_values(got, want) == {} and all(got[key] == want[key] for key in T4)


# ---------------------------------------------------------------- the rule alone

def _line(chars, x0, top, pitch, size=8.0):
    items = [Item(c, x0 + k * pitch, top, x0 + k * pitch + size, top + size) for k, c in enumerate(chars)]
    return Band([Run(items, "".join(chars), items[0].x0, top, items[-1].x1, top + size, False)], top, top + size)


def _figures(figures, x0, top, pitch, size=8.0):
    """A row of figures, each centred in its column of `pitch` points from `x0`."""
    runs = []
    for k, text in enumerate(figures):
        w = 0.5 * size * len(text)
        a = x0 + k * pitch + size / 2 - w / 2
        items = [Item(c, a + j * size / 2, top, a + (j + 1) * size / 2, top + size) for j, c in enumerate(text)]
        runs.append(Run(items, text, a, top, a + w, top + size, True))
    return Band(runs, top, top + size)


def _cut(bands):
    return [len(b.runs) for b in unstacked(bands, DEFAULT_PDF_LAYOUT)]


STACKS = ["结结其尚", "果果他未", "维纠结审", "持正果结"]


def test_a_line_of_four_line_stacks_over_figures_is_cut_into_its_characters():
    bands = [_line(w, 60, 600 + 10 * k, 20) for k, w in enumerate(STACKS)] + [_figures(["27", "6", "13", "85"], 60, 650, 20)]
    assert _cut(bands)[:4] == [4, 4, 4, 4]


def test_stacks_over_no_figure_stay_words():
    # (a justified label wrapped over lines of as many characters, in the labels' column: figures right of it)
    bands = [_line(w, 60, 600 + 10 * k, 20) for k, w in enumerate(STACKS)] + [_figures(["27", "6", "13", "85"], 160, 650, 20)]
    assert _cut(bands)[:4] == [1, 1, 1, 1]


def test_a_justified_label_wrapped_over_two_lines_stays_a_word():
    bands = [_line("本年新收", 60, 600, 20), _line("政府信息", 60, 610, 20), _figures(["27", "6", "13", "85"], 60, 630, 20)]
    assert _cut(bands)[:2] == [1, 1]


def test_a_letter_spaced_word_over_other_words_stays_a_word():
    bands = [_line("行政复议", 60, 600, 20), _line("结果维持", 40, 610, 30), _line("纠正其他", 40, 620, 30),
             _figures(["27", "6", "13", "85"], 60, 640, 20)]
    assert _cut(bands)[:3] == [1, 1, 1]
