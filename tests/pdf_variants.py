"""The invented damaged reports of tools/pdf_reports (variants2's 2021 report, the county reports drawn
with variants3's tables), parsed, for the PDF damage tests: what was read against what was drawn."""
from __future__ import annotations

import io

import reportparse
from reportparse.api import parse_document
from reportparse.layout.pdf import load_pdf
from reportparse.layout.pdf_aligned import _columns
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT
from reportparse.settings import DEFAULT_SETTINGS

from conftest import pdf_fixture_generator

WHO = "清水县人民政府"
#: table 四's value ids
T4 = [f"{g}.{o}" for g in ("review", "litigation.direct", "litigation.after_review")
      for o in ("upheld", "corrected", "other", "pending", "total")]


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
    data, want = draw_county(template, seed, **writer)
    report = reportparse.parse(post(data) if post else data)
    got = report.values()
    return {k: got.get(k) for k in want}, want, report


def draw_county(template, seed, **writer):
    """(PDF bytes, drawn values) of `template`'s invented county report of `seed` drawn with `writer`'s
    options (tools/pdf_reports.county_report)."""
    buf = io.BytesIO()
    exp = pdf_fixture_generator().county_report(buf, WHO, template, seed, **writer)
    return buf.getvalue(), exp["values"]


def variants3():
    """tools/pdf_reports' variants3: the drawings of tables split, narrow or beside prose."""
    return pdf_fixture_generator().variants3


def draw_t4(template, seed, split, rules, tracking, centred):
    """draw_county with table 四 drawn by `split` (a variants3 drawing), every figure tracked by
    `tracking` em, header words centred in their cells or not."""
    return draw_county(template, seed, t4_split=split, rules=rules, figure_spacing=tracking, spaced_every=1,
                       centre_cells=centred)


def draw_t2_broken(template, at, rules, repeat=False, last=1, edit=None, seed=95):
    """draw_county with table 二 over a page break at row `at` (variants3.t2_across_pages), its header
    repeated or not, that row's last `last` cells below the break, the rest above (0: the break before it)."""
    return draw_county(template, seed, t2_split=variants3().t2_across_pages(at, False, repeat, last), rules=rules,
                       edit=edit)


def parse_pdf(data, layout=DEFAULT_PDF_LAYOUT):
    """(values, warnings) of the PDF `data` read with `layout`."""
    doc = load_pdf(data, DEFAULT_SETTINGS, layout=layout)
    return parse_document(doc).values(), doc.warnings


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
