"""The invented damaged 2021 report of tools/pdf_reports' variants2, parsed, for the PDF damage tests
(test_pdf_damage30.py, test_pdf_damage31.py): what was read against what was drawn."""
from __future__ import annotations

import io

import reportparse
from reportparse.layout.pdf_aligned import _columns
from reportparse.layout.pdf_model import Item

from conftest import pdf_fixture_generator


def read_variant(**opts):
    """(read, expected, report) of the invented 2021 report of seed `seed` drawn with `opts`."""
    seed = opts.pop("seed")
    buf = io.BytesIO()
    exp = pdf_fixture_generator().variants2.build(buf, "清水县人民政府", seed, **opts)
    report = reportparse.parse(buf.getvalue())
    got = report.values()
    return {k: got.get(k) for k in exp["values"]}, exp["values"], report


def read_county(template, seed, post=None, **writer):
    """(read, drawn, report) of `template`'s invented county report of `seed` drawn with `writer`'s
    options (tools/pdf_reports.county_report), its bytes passed through `post` first."""
    buf = io.BytesIO()
    exp = pdf_fixture_generator().county_report(buf, "清水县人民政府", template, seed, **writer)
    report = reportparse.parse(post(buf.getvalue()) if post else buf.getvalue())
    got = report.values()
    return {k: got.get(k) for k in exp["values"]}, exp["values"], report


def wrong_values(got, want):
    """{value id: (drawn, read)} of every value read as another number."""
    return {k: (want[k], v) for k, v in got.items() if v is not None and v != want[k]}


def table3_cells(cells):
    """An `edit` setting the given (row, column, text, key, value) cells of table 三."""
    def edit(values, t2, body, t4):
        for r, j, text, key, value in cells:
            row = body[r]
            k = len(row) - 7 + j
            row[k] = row[k].__class__(text, row[k].cs, row[k].rs)
            values[key] = value
    return edit


def units_under(unit):
    """An `edit` setting every figure of tables 二, 三 and 四 over its unit ('12' / '件')."""
    C = pdf_fixture_generator().C

    def edit(values, t2, body, t4):
        for row in list(t2) + list(body) + list(t4):
            for k, cell in enumerate(row):
                if cell.text.isdigit():
                    row[k] = C(cell.text + "\n" + unit, cell.cs, cell.rs, cell.bold)
    return edit


def text_items(text, x, top, size=9.0):
    """The characters of `text` as layout items set tight from `x` on one line (half an em wide each)."""
    out = []
    for ch in text:
        out.append(Item(ch, x, top, x + size / 2, top + size))
        x += size / 2
    return out


def spans_columns(spans, gap=2.0):
    """Figures' spans merged into columns where they overlap or stand within `gap` (the `columns`
    pdf_spaced.unsettled_rows is given, for tests that build rows by hand): pdf_aligned's own."""
    return _columns(spans, gap)
