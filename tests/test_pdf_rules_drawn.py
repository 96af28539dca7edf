"""Ruling lines drawn in other ways than one stroke per boundary (invented reports only)."""
import io

import pytest

import reportparse
from reportparse.layout import pdf_tables
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT

from conftest import pdf_fixture_generator


def _read(style: str, seed: int, **opts):
    gen = pdf_fixture_generator()
    buf = io.BytesIO()
    exp = gen.variants.report_rule_style(buf, style=style, seed=seed, **opts)
    got = reportparse.parse(buf.getvalue()).values()
    return {k: got.get(k, "missing") for k in exp["values"]}, exp["values"]


@pytest.mark.parametrize("spacing", [3.5, 4.5, 6.0, 7.5])
def test_cells_boxed_apart_are_one_grid(spacing):
    # each cell boxed on its own, `spacing` points from its neighbours (a browser's print of an
    # HTML table with cellspacing): the strip between two boxes made a column (row) of empty cells
    # between every two, and the row reader read none of the figures (196 of 200 values lost)
    got, want = _read("separate", 1620 + int(spacing), spacing=spacing)
    assert got == want


@pytest.mark.parametrize("style", ["dashed", "pieces", "filled"])
def test_dashed_broken_and_filled_rules_are_read(style):
    """Guard: rules dashed (one path, a dash pattern), drawn per cell 0.5 pt short of the corners,
    or no rules at all but each cell a filled light rectangle (read from the text's alignment)."""
    got, want = _read(style, 1630)
    assert got == want


def _box(x0, top, x1, bottom):
    return [(top, x0, x1), (bottom, x0, x1)], [(x0, top, bottom), (x1, top, bottom)]


def test_tables_a_few_points_apart_stay_two_tables():
    """Guard: two ruled tables stacked 5 pt apart (an empty strip between the first one's bottom
    rule and the second one's top rule, the verticals of the two not overlapping) are two tables,
    each cell where it was drawn: only rules doubled at three boundaries each way are folded."""
    h, v = [], []
    xs = [50.0, 150.0, 200.0, 250.0]
    for top in (100.0, 165.0):
        for r in range(3):
            for c in range(3):
                hh, vv = _box(xs[c], top + 20 * r, xs[c + 1], top + 20 * r + 20)
                h += hh
                v += vv
    items = [Item(str(k), x + 10, y + 5, x + 18, y + 13) for k, (x, y) in
             enumerate((x, top + 20 * r) for top in (100.0, 165.0) for r in range(3) for x in xs[:3])]
    tables = pdf_tables._find_tables(h, v, 1, DEFAULT_PDF_LAYOUT, [], None, items)
    assert [(t.top, t.bottom, len(t.cells)) for t in tables] == [(100.0, 160.0, 9), (165.0, 225.0, 9)]
