"""Two centred figures run over the rule into each other with a digit of one over a digit of the other
(pdf37: full-width figures tracked half an em, a five-digit 总计 wider than its cell: '４ ２ ８ ２３ ７ ２ ９ １'
for 4283 | 27291, the '２' under the '３'). pdf_centred refused every chain whose digits overlap (their order
is not in the page by position: a first try read 4805 | 26490 as 4802 | 56490), so table 三's first row and
总计 stayed unread (14 values a document; pdf_attack seed 47 doc 49). Each overlapping pair is now weighed
both ways: the order whose figures stand centred with their digits at one pitch is read, where every other
order leaves a figure off its centre or its digits uneven by PDFLayoutSettings.tangled_pitch_margin more."""
import pytest

from pdf_variants import read_county, wrong_values

from reportparse.layout.pdf_centred import _orders, settle_centred
from reportparse.layout.pdf_model import Cell, Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings


@pytest.mark.parametrize("template, seed, tracking", [
    ("2021", 3741, 0.5), ("2021", 3742, 0.5), ("2021", 3745, 0.5), ("2019", 3747, 0.5),
])
def test_overlapping_centred_figures_are_dealt_by_their_pitch(template, seed, tracking):
    got, want, report = read_county(template, seed, fullwidth_figures=True, glyph_tracking=tracking)
    assert wrong_values(got, want) == {}
    assert got == want and len(want) >= 198
    assert not any("runs across the rule" in w for w in report.warnings)


def _figure(text, x0, pitch, width=8.0):
    return [Item(ch, x0 + k * pitch, 16.0, x0 + k * pitch + width, 24.0) for k, ch in enumerate(text)]


def _settle(first, second):
    """The table's last two cells (40.5 pt wide, as table 三's) holding a chain, the three before them a
    centred figure each."""
    cells = [Cell(x0, 10.0, x0 + 40.5, 30.0, row=0, col=k) for k, x0 in enumerate((-121.5, -81.0, -40.5, 0.0, 40.5))]
    cont = [_figure("517", -117.25, 12.0), _figure("36", -70.75, 12.0), _figure("902", -36.25, 12.0), [], []]
    for it in first + second:
        cont[3 if (it.x0 + it.x1) / 2 < 40.5 else 4].append(it)
    found = [(3, 1, max(cont[3], key=lambda o: o.x0))]
    left = settle_centred(cells, cont, found, DEFAULT_PDF_LAYOUT, set())
    return left, ["".join(o.text for o in sorted(c, key=lambda o: o.x0)) for c in cont[3:]]


def test_the_order_that_keeps_both_pitches_is_read():
    # 4283 centred on 20.25, 27291 on 60.75 (over the table's border too), both at a 12 pt pitch: the
    # second's first '2' (32.75) stands before the first's '3' (34.25), under it
    first, second = _figure("4283", -1.75, 12.0), _figure("27291", 32.75, 12.0)
    left, cells = _settle(first, second)
    assert left == [] and cells == ["4283", "27291"]


def test_guard_pitches_that_do_not_tell_the_order_settle_nothing():
    # the second figure at 11.5 pt, its '2' 0.5 pt before the '3': the other order is uneven by 0.5 pt only
    first, second = _figure("4283", -1.75, 12.0), _figure("27291", 33.75, 11.5)
    left, cells = _settle(first, second)
    assert len(left) == 1 and cells == ["42823", "7291"]       # (as placed: the finding stays, both unread)


def test_orders_weighed():
    a, b, c = Item("1", 0, 0, 8, 8), Item("2", 1, 0, 9, 8), Item("3", 20, 0, 28, 8)
    assert _orders([a, b, c]) == [[a, b, c], [b, a, c]]
    assert _orders([a, b, Item("4", 2, 0, 10, 8)]) is None           # three over each other
    assert PDFLayoutSettings().tangled_pitch_margin == 0.5
