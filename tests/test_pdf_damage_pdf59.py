"""PDF damage class read at stop 59 (pdf59), found with the campaign's drawing of stop 58
(`tools/pdf_attack.py --with t4_narrow`): table 四 in narrow columns (18-22 pt), its header words wrapped
one character a line and set at the cell's LEFT edge (not centred) over centred figures tracked 0.55-0.8
em, borderless (no rules, three-line, rules between rows).

The tracked digits of neighbouring cells then run into chains over two cells, which the header words cut
into their digits (pdf_spaced.split_figures); a word's digits were joined into one figure only where the
word stood centred over them. A word set flush left stands off its figure's middle by half the cell's
spare width: every such run of digits was left unread, and table 四 with it (15 values a report: 30 of
54 reports of a sweep). The offset is the cells' and the same for every column: where a row's figures,
`offset_head_figures` (4) at least, each word's digits taken as one, stand each at one offset from its
word's middle (pdf_spaced._shift), the digits under a word are one figure centred at that offset. A chain
over two cells or one-digit figures of two columns under one word stand off it by half a digit or more.

Then (centred header words too, 18 pt columns, 0.55 / 0.8 em): a chain over three cells ('2 5 3': the
last digit of one figure, a one-digit figure, the first of the next) cut and its digits joined to their
neighbours' ('3' + '2', '5', '3' + '5') leaves the row with as many figures as before, so the columns
found from the chain were kept and '5' and '35' stood in one ('crowded'): table 四 unread. The columns
are found again from the figures wherever a run's digits went to two figures (pdf_aligned._parted), not
only where the row holds more figures than before.
"""
import pytest

from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
from reportparse.layout.pdf_spaced_split import split_figures

from pdf_variants import T4, draw_county, variants3, wrong_values
from test_pdf_damage_pdf58 import _draw, _values        # (the narrow table 四 drawn as at stop 58)
from test_pdf_damage_pdf58 import test_table_four_under_header_words_set_one_character_a_line_reads as \
    narrow_table_four_reads

LEFT = [
    # (template, seed, column width, rules, tracking, header words centred): at the cells' left edge
    ("2021", 150, 20, "none", 0.7, False),
    ("2019", 131, 18, "none", 0.55, False),
    ("2021", 149, 20, "three_line", 0.8, False),
    ("2019", 143, 18, "horizontal", 0.7, False),
    ("2021", 151, 20, "horizontal", 0.8, False),
    ("2021", 141, 18, "three_line", 0.55, False),
    # centred, a chain over three cells cut and joined to its neighbours
    ("2021", 141, 18, "three_line", 0.55, True),
    ("2019", 161, 18, "horizontal", 0.8, True),
]


@pytest.mark.parametrize("template,seed,width,rules,tracking,centred", LEFT)
def test_table_four_under_header_words_at_the_cells_left_edge_reads(template, seed, width, rules, tracking,
                                                                     centred):
    narrow_table_four_reads(template, seed, width, rules, tracking, centred)     # (every value, none wrong)


def test_without_the_offset_rule_the_table_stays_unread():
    data, want = _draw("2021", 150, 20, "none", 0.7, False)
    got = _values(data, want, DEFAULT_PDF_LAYOUT.with_(offset_head_figures=99))
    assert all(got[key] is None for key in T4) and wrong_values(got, want) == {}


def test_the_setting_is_validated():
    with pytest.raises(ValueError):
        PDFLayoutSettings(offset_head_figures=0)


# ---------------------------------------------------------------- the rule alone

def _digit(x, text, w=4.0):
    return Run([Item(text, x, 100.0, x + w, 108.0)], text, x, 100.0, x + w, 108.0, True)


def _join(items):
    return Run(items, "".join(it.text for it in items), items[0].x0, items[0].top, items[-1].x1,
               items[-1].bottom, True)


def _figure(text, centre, pitch=9.3):
    """A figure's digits, one run each, tracked at `pitch`, centred on `centre`."""
    first = centre - (pitch * (len(text) - 1) + 4.0) / 2
    return [_digit(first + k * pitch, c) for k, c in enumerate(text)]


WORDS = [(58.5 + 20 * k, 66.5 + 20 * k) for k in range(6)]     # (flush left in cells 55 + 20 k, 20 pt wide)


def _split(texts, centres, words=WORDS, least=4):
    digits = [d for t, c in zip(texts, centres) for d in _figure(t, c)]
    rows = [Band(digits, 100.0, 108.0)]
    return split_figures(rows, words, [[d.x0, d.x1] for d in digits], lambda r: [], _join, 3, least)


def test_digits_at_one_offset_from_their_words_are_one_figure_each():
    _, changed, unsettled = _split(["7", "13", "46", "5", "28", "91"], [66.5 + 20 * k for k in range(6)])
    assert unsettled == {}
    assert [r.text for r in sorted(changed[0], key=lambda r: r.x0)] == ["7", "13", "46", "5", "28", "91"]


def test_a_figure_off_the_others_offset_leaves_the_row_unread():
    # (its digits half a pitch right: the second digit of a neighbouring cell's chain would stand so)
    centres = [66.5 + 20 * k for k in range(6)]
    centres[2] += 4.6
    _, changed, unsettled = _split(["7", "13", "46", "5", "28", "91"], centres)
    assert 0 in unsettled and 0 not in changed


def test_too_few_figures_at_one_offset_settle_nothing():
    _, changed, unsettled = _split(["7", "13", "46"], [66.5 + 20 * k for k in range(3)], WORDS[:3])
    assert 0 in unsettled and 0 not in changed


def test_without_the_rule_digits_off_their_words_middle_stay_unread():
    _, changed, unsettled = _split(["7", "13", "46", "5", "28", "91"], [66.5 + 20 * k for k in range(6)], least=0)
    assert 0 in unsettled and 0 not in changed


def test_a_chain_dealt_to_two_figures_is_parted():
    from reportparse.layout.pdf_aligned import _parted
    a, b, c = _digit(85.2, "2"), _digit(99.2, "5"), _digit(113.1, "3")
    chain = _join([a.items[0], b.items[0], c.items[0]])
    three, five = _digit(77.1, "3"), _digit(121.2, "5")
    was = [three, chain, five]
    joined = [_join([three.items[0], a.items[0]]), b, _join([c.items[0], five.items[0]])]
    assert len(joined) == len(was) and _parted(was, joined)
    assert not _parted(was, [three, _join(chain.items), five])


# ---------------------------------------------------------------- left: table 四 beside a column of prose

@pytest.mark.parametrize("rules,prose_left", [("none", True), ("three_line", False)])
def test_table_four_beside_a_column_of_prose_is_never_misread(rules, prose_left):
    # (a two-column page: the prose's lines share the header's and the row's bands; the row keeps a line of
    # prose for its label and the header is lost, so table 四 is unread, never read wrong. Ruled: read.)
    data, want = draw_county("2021", 95, t4_split=variants3().t4_beside(18, prose_left), rules=rules)
    got = _values(data, want)
    assert wrong_values(got, want) == {}
    assert all(got[k] == want[k] for k in want if not k.startswith(("review.", "litigation.")))
