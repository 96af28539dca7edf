"""speed48: pdf_overrun.near_across's two gates find what the plain order of its tests finds.

- a cell of the next column whose rows reach no digit's top (a NaN top is in no rows) is passed over;
- a digit ending farther than `letter_gap` of its height before the first (non-NaN) start of the
  neighbour cell's digits is passed over: the digit the gap test reads starts there or after.
Both are compared with the plain order of the tests (tests/test_pdf_speed46's, which asks the neighbour's
digits on the line first, as near_across does: a glyph with a NaN or infinite coordinate has no line, and
_fill_tables puts none in a cell) on ruled rows whose glyphs stand anywhere, NaN and infinities included,
and on rows whose figures meet at the rule (findings to keep).
"""
import math
import random
from types import SimpleNamespace

from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_overrun import near_across
from tests.test_pdf_speed46 import _plain_near_across


def _coord(rng, near: float) -> float:
    return rng.choice([near, near + rng.uniform(-3, 3), near + rng.uniform(-40, 40), math.nan, math.inf, -math.inf,
                       -0.0, near + 1e-13])


def _table(rng, odd: float):
    xs, ys = [0.0], [100.0]
    for _c in range(rng.randint(2, 4)):
        xs.append(xs[-1] + rng.choice([20.0, 30.0, 40.0]))
    for _r in range(rng.randint(1, 6)):
        ys.append(ys[-1] + rng.choice([15.0, 30.0]))
    cells = [SimpleNamespace(x0=a, x1=b, top=t, bottom=u) for t, u in zip(ys, ys[1:]) for a, b in zip(xs, xs[1:])]
    if rng.random() < 0.3:          # a cell over two rows
        rng.choice(cells).bottom += 15.0
    cont = []
    for c in cells:
        its = []
        for _g in range(rng.randint(0, 6)):
            h = rng.choice([10.0, 10.0, 9.4, 8.0])
            y = c.top + rng.choice([2.0, 2.0, 2.6, 10.0, 0.0, -2.0])
            # most glyphs near the rule at the cell's right (figures meeting there), some anywhere in it
            x = rng.choice([c.x1 - h * 0.55 - rng.uniform(0, 2), c.x0 + rng.uniform(-1, 3), rng.uniform(c.x0 - 4, c.x1)])
            x0, top, x1, bottom = x, y, x + h * rng.choice([0.5, 0.55]), y + h
            if rng.random() < odd:      # a coordinate gone wrong: NaN, an infinity, far off
                k = rng.randrange(4)
                x0, top, x1, bottom = [_coord(rng, v) if i == k else v for i, v in enumerate((x0, top, x1, bottom))]
            its.append(Item(rng.choice("0123456789 a"), x0, top, x1, bottom))
        cont.append(sorted(its, key=lambda it: it.x0) if rng.random() < 0.7 else its)
    return cells, cont


def test_near_across_finds_what_the_plain_order_finds():
    rng = random.Random(4801)
    seen = 0
    for k in range(4000):
        cells, cont = _table(rng, 0.0 if k % 2 else 0.25)
        found = near_across(cells, cont)
        assert found == _plain_near_across(cells, cont)
        seen += bool(found)
    assert seen > 300


def test_a_figure_meeting_the_next_at_the_rule_is_found_and_one_apart_is_not():
    """'2 | 2' at one gap across the rule: found; the same with the right figure 20 pt on: not (its first
    digit starts beyond letter_gap of the left digit's height, the gate's case)."""
    cells = [SimpleNamespace(x0=0.0, x1=40.0, top=100.0, bottom=130.0),
             SimpleNamespace(x0=40.0, x1=80.0, top=100.0, bottom=130.0)]
    near = [[Item("2", 34.0, 110.0, 39.5, 120.0)], [Item("2", 40.5, 110.0, 46.0, 120.0)]]
    assert near_across(cells, near) == [(0, 1, near[0][0])] == _plain_near_across(cells, near)
    apart = [[Item("2", 34.0, 110.0, 39.5, 120.0)], [Item("2", 60.5, 110.0, 66.0, 120.0)]]
    assert near_across(cells, apart) == [] == _plain_near_across(cells, apart)
