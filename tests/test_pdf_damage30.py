"""PDF damage of stop 30 (invented reports only, tools/pdf_reports): found by a randomised campaign
combining the generator's damage options (2-4 a report). A figure too wide for its ruled cell runs
over the rule into the next cell: its first or last digit was read as a digit of the neighbour's
figure (WRONG values on both sides). Which cell such a digit belongs to is not in the page: both
cells are left unread, with a warning naming the row (pdf_overrun.py)."""
import pytest

from reportparse.layout.pdf_model import Cell, Item, Table
from reportparse.layout.pdf_overrun import over_rule, runs_on

from pdf_variants import read_variant as _read, table3_cells as _stacked_at, wrong_values as _wrong


def test_full_width_figures_over_an_inner_rule_are_never_read_into_the_neighbour():
    # full-width digits letter-spaced in 40.5 pt cells: table 三's 4-digit other_org figure runs
    # over the rule into the total's cell (4234 | 24996 read 42342 | 4996: two WRONG values a row).
    # Both cells were left unread (stop 30; stop 35: the '4' over the '2', their order not in the page
    # by position). pdf37: every figure of the table is centred and each keeps one pitch (11.2 pt)
    # only in one order, the other 1.3 pt uneven: pdf_centred._tangled_cut reads them as drawn
    got, want, report = _read(seed=3001, rules="grid", fullwidth_figures=True, figure_spacing=0.4)
    assert _wrong(got, want) == {}
    assert got["requests.new|applicant=other_org"] == want["requests.new|applicant=other_org"]
    assert got["requests.new|applicant=total"] == want["requests.new|applicant=total"]
    assert got["requests.granted|applicant=total"] == want["requests.granted|applicant=total"]
    assert got == want
    assert not any("runs across the rule between two cells" in w for w in report.warnings)


def test_tracked_figures_set_flush_right_past_the_rule_are_read():
    # figures set flush right, then drawn glyph by glyph with tracking the exporter did not count:
    # their last digit lands past the cell's rule ('1 1 | 0', each 3.2 pt apart) and was read as the
    # first digit of the next figure (167 WRONG values). The run going on over the rule at its own
    # spacing, a digit right at it, left both cells unread; since pdf38 the row's chains, each parted
    # from the next by a wide gap, settle whose each tail is (pdf_chains.py): every value read
    got, want, report = _read(seed=3002, rules="grid", glyph_tracking=0.4, right_figures=True)
    assert _wrong(got, want) == {}
    assert got["requests.new|applicant=natural_person"] == want["requests.new|applicant=natural_person"]
    assert got == want
    # a last digit run over the table's outer border, right at it, at the figure's own spacing:
    # no other cell is there, the figure is read whole; so too where the cell's last digit is cut
    # by the border and the run goes on past it (licensing: '2 4 7|7', read whole since pdf34)
    for key in ("disclosure.coercion.decisions", "requests.denied.security_stability|applicant=total",
                "disclosure.licensing.decisions"):
        assert got[key] == want[key]


@pytest.mark.parametrize("opts", [dict(glyph_tracking=0.4), dict(figure_spacing=0.8, right_figures=True),
                                  dict(fullwidth_figures=True)])
def test_guard_tracked_or_wide_figures_that_fit_their_cells_are_read(opts):
    """A guard: tracked or full-width figures that fit their cells (the padding kept at the rule)
    are read whole, with no warning."""
    got, want, report = _read(seed=3002, rules="grid", **opts)
    assert got == want
    assert not [w for w in report.warnings if "runs across" in w]


def _table(*cells):
    cs = [Cell(x0, 10.0, x1, 30.0, row=0, col=k) for k, (x0, x1) in enumerate(cells)]
    return Table(cs, cells[0][0], 10.0, cells[-1][1], 30.0, 1)


def _digits(text, x, gap, w=4.0):
    out = []
    for ch in text:
        out.append(Item(ch, x, 15.0, x + w, 25.0))
        x += w + gap
    return out


def test_near_misses_a_glyph_a_hair_over_its_rule_or_a_padded_neighbour():
    # a digit's box 0.3 pt over the rule (a figure that just fits): no overrun
    assert over_rule(Item("7", 96.3, 15.0, 100.3, 25.0), 60.0, 100.0, 0.0, 200.0) == 0
    # ... 1.5 pt over an inner rule: an overrun; over the table's outer border: not this rule's
    assert over_rule(Item("7", 97.5, 15.0, 101.5, 25.0), 60.0, 100.0, 0.0, 200.0) == 1
    assert over_rule(Item("7", 197.5, 15.0, 201.5, 25.0), 160.0, 200.0, 0.0, 200.0) == 0
    # tracked figures 3.2 pt apart, each cell padded 2.5 pt: 5 pt across the rule, no run over it
    t = _table((60.0, 100.0), (100.0, 140.0))
    left = _digits("123", 100.0 - 2.5 - 3 * 4.0 - 2 * 3.2, 3.2)
    right = _digits("456", 102.5, 3.2)
    assert runs_on(t, [left, right], 60.0, 140.0) == []
    # the same run going on over the rule at its own spacing, its next digit right at the rule
    right = _digits("0", 100.2, 3.2) + _digits("45", 120.0, 3.2)
    assert runs_on(t, [_digits("11", 100.2 - 3.2 - 2 * 4.0 - 3.2, 3.2), right], 60.0, 140.0)


def _stacked(second: str):
    """An `edit` setting a second figure under three figures of table 三 ('4185' over '1'): the
    cells hold two figures (their truth: unread)."""
    def edit(values, t2, body, t4):
        for r, j, key in ((0, 0, "requests.new|applicant=natural_person"),
                          (5, 3, "requests.denied.prohibited_by_law|applicant=social_welfare"),
                          (9, 6, "requests.denied.process_info|applicant=total")):
            row = body[r]
            k = len(row) - 7 + j
            row[k] = row[k].__class__(row[k].text + "\n" + second, row[k].cs, row[k].rs)
            values[key] = None
    return edit


@pytest.mark.parametrize("size", [8, 10.5])
def test_two_figures_one_over_the_other_in_a_ruled_cell_are_unread(size):
    # a ruled cell holding '4185' over '1': its lines were joined as one wrapped figure (41851:
    # 3 WRONG values); the upper line is far too short for a wrap to have cut it there
    got, want, report = _read(seed=3011, rules="grid", table_size=size, edit=_stacked("1"))
    assert _wrong(got, want) == {}
    assert got["requests.new|applicant=natural_person"] is None
    assert got["requests.new|applicant=commercial"] == want["requests.new|applicant=commercial"]
    said = [w for w in report.warnings if "two figures one over the other" in w]
    assert len(said) == 3 and any("一、本年新收政府信息公开申请数量" in w for w in said)


def test_near_miss_a_figure_wrapped_in_a_narrow_cell_is_one_figure():
    from reportparse.layout.pdf_model import Line
    from reportparse.layout.pdf_two_figures import stacked_figures
    # '24598' filling its 30 pt cell's line, '0' below: one figure wrapped (read 245980, joined)
    assert not stacked_figures([Line("24598", 62.0, 10.0, 82.0, 18.0), Line("0", 62.0, 19.0, 66.0, 27.0)], 60.0, 90.0)
    # '4185' in a 40.5 pt cell with 20 pt to spare, '1' below: two figures
    assert stacked_figures([Line("4185", 72.0, 10.0, 88.0, 18.0), Line("1", 78.0, 19.0, 82.0, 27.0)], 60.0, 100.5)
    # a figure over its unit is no second figure
    assert not stacked_figures([Line("12", 75.0, 10.0, 83.0, 18.0), Line("件", 75.0, 19.0, 83.0, 27.0)], 60.0, 100.5)


def test_the_overrun_distances_are_typed_settings():
    from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT, PDFLayoutSettings
    digit = Item("7", 97.5, 15.0, 101.5, 25.0)          # 1.5 pt over the rule at 100
    assert over_rule(digit, 60.0, 100.0, 0.0, 200.0) == 1
    assert over_rule(digit, 60.0, 100.0, 0.0, 200.0, DEFAULT_PDF_LAYOUT.with_(overrun_over=1.5)) == 0
    with pytest.raises(ValueError):
        PDFLayoutSettings(overrun_hug=-0.8)


@pytest.mark.parametrize("rules", ["none", "three_line", "horizontal"])
@pytest.mark.parametrize("size", [8, 10.5])
def test_two_figures_one_over_the_other_in_a_borderless_cell_are_unread(rules, size):
    # a borderless cell holding '34' over '1' (its row's label wrapped, its other figures between
    # the two lines): the upper stood on the label's first line and was read as the row's
    # (social_welfare 34, WRONG), the row's other figures lost as a row with no label. Both lines
    # left unread, the row's figures read, a warning naming each row
    got, want, report = _read(seed=3011, rules=rules, table_size=size, edit=_stacked("1"))
    assert _wrong(got, want) == {}
    assert got["requests.denied.prohibited_by_law|applicant=social_welfare"] is None
    for who in ("natural_person", "commercial", "total"):
        key = f"requests.denied.prohibited_by_law|applicant={who}"
        assert got[key] == want[key] is not None
    assert got["requests.new|applicant=commercial"] == want["requests.new|applicant=commercial"]
    assert [k for k, v in want.items() if v is not None and got[k] is None] == []
    said = [w for w in report.warnings if "two figures one over the other" in w]
    assert len(said) == 3
    assert any("2.其他法律行政法规禁止公开" in w and "(34 / 1)" in w for w in said)
    assert any("一、本年新收政府信息公开申请数量" in w for w in said)


def test_stacked_figures_in_a_borderless_cell_never_join_a_row():
    # '65' over '74' in the petition row, '46' over '84' in the admin_query row: the lower joined
    # its own row where that cell stood blank (84 read, WRONG), or made a row with no label given
    # to the row above
    edit = _stacked_at([(15, 0, "65\n74", "requests.not_processed.petition|applicant=natural_person", None),
                        (11, 2, "46\n84", "requests.denied.admin_query|applicant=research", None),
                        (14, 6, "1096\n3", "requests.unable.unclear|applicant=total", None)])
    for rules in ("none", "three_line"):
        got, want, report = _read(seed=3012, rules=rules, table_size=8, edit=edit)
        assert _wrong(got, want) == {}
        assert got["requests.unable.unclear|applicant=natural_person"] == want[
            "requests.unable.unclear|applicant=natural_person"]
        assert got["requests.not_processed.petition|applicant=commercial"] == want[
            "requests.not_processed.petition|applicant=commercial"]
        said = [w for w in report.warnings if "two figures one over the other" in w]
        assert len(said) == 3 and any("(65 / 74)" in w for w in said)


def test_near_miss_borderless_rows_one_line_apart_and_a_figure_over_its_unit_are_read():
    from reportparse.layout.pdf_aligned_cells import Band, Run
    from reportparse.layout.pdf_aligned_stacked import stacked_pairs
    from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT as geo
    cols = [[100.0, 115.0], [140.0, 155.0]]
    col = lambda r: [k for k, (a, b) in enumerate(cols) if r.x0 <= b and a <= r.x1]
    fig = lambda t, x, top: Run([], t, x, top, x + 4 * len(t), top + 8.0, True)
    row = lambda a, b, top, drift=0.0: [Band([fig(a, 103.0, top - drift)], top - drift, top - drift + 8),
                                        Band([fig(b, 143.0, top + drift)], top + drift, top + drift + 8)]
    # a table of rows 16 pt apart with '317' over '4' (10 pt apart) and '52' between them: a pair
    table = row("23", "61", 0.0) + row("88", "19", 16.0) + [Band([fig("317", 103.0, 32.0)], 32.0, 40.0),
                                                             Band([fig("52", 143.0, 37.0)], 37.0, 45.0),
                                                             Band([fig("4", 103.0, 42.0)], 42.0, 50.0)] \
        + row("75", "36", 58.0) + row("142", "97", 74.0)
    (a, c, band, j), = stacked_pairs(table, col, 8.0, geo, set())
    assert (a.text, c.text, j, band is table[5]) == ("317", "4", 0, True)
    # the same with a figure over its unit (12 / 件): no second figure
    unit = Band([Run([], "件", 103.0, 42.0, 111.0, 50.0, False)], 42.0, 50.0)
    assert stacked_pairs(table[:6] + [unit] + table[7:], col, 8.0, geo, set()) == []
    # a tight table, rows 9.5 pt apart, each row's figures drifted 1.8 pt up and down (an OCR layer):
    # a figure stands between two of the next column's, but they are two rows
    tight = [b for k, (a, c) in enumerate([("12", "345"), ("78", "9"), ("90", "354"), ("41", "26")])
             for b in row(a, c, 100 + 9.5 * k, 1.8)]
    assert stacked_pairs(tight, col, 8.0, geo, set()) == []
