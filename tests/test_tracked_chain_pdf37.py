"""Tracked figures chained over the columns of a borderless table (pdf37): four-digit figures letter-spaced
to fill narrow cells stand at nearly the gap between two cells, so a row's digits made one even chain
('4 0 2 7 4 3 5 9 3 3 1 0 …') that no column settled: table 三's first row and its 总计 unread (21-28 values
a document: pdf_attack seed 47 docs 129, 291; seed 46 doc 246). pdf_aligned_chains cuts a chain where each
column gets the digits standing at the edge line its other figures share (centred here), to
centred_slack of the digits' pitch; where no cut does, the chain stays unread."""
import pytest

from pdf_variants import read_county, wrong_values

from reportparse.layout.pdf_aligned import _columns, _over
from reportparse.layout.pdf_aligned_cells import Run
from reportparse.layout.pdf_aligned_chains import _cut
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import PDFLayoutSettings


@pytest.mark.parametrize("template, seed, rules, spacing", [
    ("2019", 3731, "three_line", 0.8),
    ("2021", 3732, "horizontal", 0.8),
    ("2021", 3735, "three_line", 0.8),
    ("2019", 3736, "none", 0.8),
])
def test_a_chain_of_tracked_figures_is_cut_at_its_columns(template, seed, rules, spacing):
    got, want, report = read_county(template, seed, rules=rules, figure_spacing=spacing, spaced_every=1)
    assert wrong_values(got, want) == {}
    assert got == want and len(want) >= 198
    assert not any("spaced apart" in w for w in report.warnings)


def _fig(x, text, pitch=10.0, w=4.0, spaced=True):
    items = [Item(ch, x + k * pitch, 100.0, x + k * pitch + w, 108.0) for k, ch in enumerate(text)]
    return Run(items, text, items[0].x0, 100.0, items[-1].x1, 108.0, True, spaced)


# digits 4 pt wide: other rows' figures centred at 290 and 330 (two columns), or flush right at 310 and 350
CENTRED = [_fig(278.0, "123"), _fig(283.0, "45"), _fig(328.0, "7"), _fig(316.0, "6789", 8.0)]
RIGHT = [_fig(286.0, "123"), _fig(306.0, "6"), _fig(336.0, "45"), _fig(316.0, "7890")]
MIXED = [_fig(278.0, "123"), _fig(306.0, "6"), _fig(328.0, "7"), _fig(316.0, "6789", 8.0)]


@pytest.mark.parametrize("refs, start, text, cut", [
    (CENTRED, 273.0, "43594310", ["4359", "4310"]),       # centred at 290 | 330
    (CENTRED, 278.0, "43594310", ["435", "94310"]),       # (another length each: the same lines)
    (RIGHT, 286.0, "1234567", ["123", "4567"]),           # flush right at 310 | 350
    (CENTRED, 273.0, "4359431", None),                    # the second group off its line by half a pitch
    (CENTRED, 273.0, "435943105555", None),               # digits past the last column
    (MIXED, 273.0, "43594310", None),                     # the first column's figures share no edge
])
def test_the_cut_is_where_each_column_has_its_figure_at_its_line(refs, start, text, cut):
    cols = _columns([(r.x0, r.x1) for r in refs], 2.4)
    chain = _fig(start, text)
    groups = _cut(chain, refs, cols, _over(cols, chain.x0, chain.x1, 2.4), 2.4, PDFLayoutSettings())
    assert (None if groups is None else ["".join(it.text for it in g) for g in groups]) == cut


def test_guard_one_column_is_no_chain_to_cut():
    cols = _columns([(r.x0, r.x1) for r in CENTRED], 2.4)
    chain = _fig(275.0, "4359", 8.0)                      # one figure letter-spaced in its column
    assert _cut(chain, CENTRED, cols, _over(cols, chain.x0, chain.x1, 2.4), 2.4, PDFLayoutSettings()) is None


def test_guard_figures_of_one_length_leave_the_columns_edge_open():
    # one figure a column, each of two digits: centred, flush left and flush right all hold: no cut
    # (the chain's 12 | 34 would stand where they do: its digits at the columns' pitch)
    refs = [_fig(278.0, "56"), _fig(298.0, "78"), _fig(318.0, "91")]
    cols = _columns([(r.x0, r.x1) for r in refs], 2.4)
    chain = _fig(278.0, "1234")
    assert _cut(chain, refs, cols, _over(cols, chain.x0, chain.x1, 2.4), 2.4, PDFLayoutSettings()) is None
    wider = refs + [_fig(283.0, "3"), _fig(303.0, "6")]              # figures of two lengths: centred
    cols = _columns([(r.x0, r.x1) for r in wider], 2.4)
    groups = _cut(chain, wider, cols, _over(cols, chain.x0, chain.x1, 2.4), 2.4, PDFLayoutSettings())
    assert ["".join(it.text for it in g) for g in groups] == ["12", "34"]
