"""PDF damage of stop 36: wide tracked figures over their cells' rules, the last digit of one figure
overlapping the same digit of the next cell's figure. The two glyphs stood 1.1 pt apart, within a
fifth of their height: read as one glyph drawn twice (a shadow), the next cell's first digit was
dropped and its figure read one digit short (25966 as 5966, a WRONG value)."""
from reportparse.layout import pdf_textpage
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT

from pdf_variants import read_county, wrong_values


def _items(chars):
    frame = pdf_textpage.Frame(0.0, 0.0, 0.0, 595.0, 842.0)
    return frame.items(chars, DEFAULT_PDF_LAYOUT.dedupe, DEFAULT_PDF_LAYOUT.dedupe_share, DEFAULT_PDF_LAYOUT.layer_reach)


def _run(text, x, base, pitch=11.25, size=9.0):
    return [(ch, x + k * pitch, base, x + k * pitch + size, base + size) for k, ch in enumerate(text)]


def test_the_joint_digit_of_two_overlapping_figures_is_kept_twice():
    # 4718 ends at 512.3, 86052 starts at 511.2: the two eights overlap 1.1 pt apart, no other
    # glyph of either figure drawn again
    chars = _run("4718", 478.55, 500) + _run("86052", 511.2, 500)
    assert "".join(it.text for it in _items(chars)) == "471886052"


def test_guard_a_figure_drawn_twice_is_still_read_once():
    # fake bold / a shadow 1.2 pt aside: every digit has its copy, the copies are dropped; a
    # one-digit figure (no neighbour to tell) too
    for text in ("86052", "7"):
        chars = _run(text, 300, 500)
        copy = [(ch, x0 + 1.2, b, x1 + 1.2, t) for ch, x0, b, x1, t in chars]
        assert "".join(it.text for it in _items(chars + copy)) == text


def test_overlapping_joint_digits_in_a_ruled_table_are_kept_and_never_read_into_the_neighbour():
    # full-width figures tracked by a quarter em at 9 pt in a grid: each overruns its cell both
    # ways; in table 三's total row other_org's 3832 and total's 25966 overlap at their twos (1.1 pt
    # apart): both twos kept. Both cells were left unread (pdf36); since pdf37 each figure keeps its
    # one pitch in one order only (the other 1.1 pt uneven): read as drawn (pdf_centred._tangled_cut)
    got, want, report = read_county("2021", 3547, fullwidth_figures=True, glyph_tracking=0.25, rules="grid",
                                    table_size=9)
    assert wrong_values(got, want) == {}
    assert got == want
    assert not any("runs across the rule" in w for w in report.warnings)


def test_guard_one_digit_in_fake_bold_among_plain_words_is_read_once():
    # fake bold ~0.3 pt (within PDFLayoutSettings.dedupe) is one glyph whatever stands beside it
    chars = [("共", 100, 500, 109, 509), ("5", 109, 500, 113.5, 509), ("5", 109.3, 500, 113.8, 509),
             ("件", 113.5, 500, 122.5, 509)]
    assert "".join(it.text for it in _items(chars)) == "共5件"
