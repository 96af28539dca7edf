"""PDF damage classes of stop 26 (invented reports only, tools/pdf_reports/variants3.py): a figure
run over its table's outer rule, a grid drawn without its outer border, Word's cells holding a
figure over its unit, table 三's applicant headers set one character a line."""
import io

import pytest

import reportparse
from reportparse.cells import parse_cell

from conftest import pdf_fixture_generator


def _read(make, **opts):
    """Every expected value of the invented report `make` builds, as read ("missing" where not)."""
    buf = io.BytesIO()
    exp = make(pdf_fixture_generator().variants3)(buf, **opts)
    report = reportparse.parse(buf.getvalue())
    got = report.values()
    return {k: got.get(k, "missing") for k in exp["values"]}, exp["values"], report


def test_a_figure_run_over_the_tables_outer_rule_is_read_whole():
    # figures placed glyph by glyph 0.8 em apart: the widest (table 三's 5-digit totals) run over the
    # last column's rule, the glyph past it was left as text below the table and the total read
    # short (25621 as 2562: 2 WRONG values); a glyph straddling the table's edge is its edge cell's.
    # Stop 30: those totals run over the inner rule too, their first digit 0.1 pt from other_org's
    # last ('4 2 2 0 2 5 6 2 1' across the rule): which cell it is is not in the page, both
    # cells were left unread (pdf_overrun.py, test_pdf_damage30.py). Stop 35: the table sets every
    # figure centred, and one cut only leaves both figures centred, their digits evenly spaced
    # (pdf_centred.py): all read
    got, want, report = _read(lambda v: v.report_glyphs, seed=2511, rules="grid", tracking=-0.8)
    assert got == want
    assert not [w for w in report.warnings if "runs across the rule between two cells" in w]


def test_a_grid_without_its_outer_border_is_read():
    # inner rules only: the rules end at a border that is not drawn; no cell of the first and last
    # rows and columns was closed (196 of 200 values lost)
    got, want, report = _read(lambda v: v.report_rules, seed=2601, style="inner")
    assert got == want
    assert not [w for w in report.warnings if "not read" in w or "not found" in w]


@pytest.mark.parametrize("rules", ["grid", "none"])
def test_word_cells_with_a_figure_over_its_unit(rules):
    # Word's save as PDF: '12' over '次' in one ruled cell reads '12次', which was no number (181 lost)
    got, want, _ = _read(lambda v: v.report_units, seed=2802, rules=rules, unit="次")
    assert got == want
    assert parse_cell("12次").value == 12 and parse_cell("3份").value == 3


@pytest.mark.parametrize("style", ["vertical", "wrapped"])
def test_guard_vertical_applicant_headers(style):
    """A guard (read before this stop too): table 三's applicant headers one character a line
    (自/然/人) or over 3-4 lines leave its columns where they are, cell by cell."""
    got, want, _ = _read(lambda v: v.report_t3_header, seed=2401, rules="none", style=style)
    assert got == want


def test_guard_horizontal_rules_only_get_no_border():
    """A guard: horizontal rules ending together with no vertical rule between them (a table ruled
    across only) get no side lines: it is still read from its text's alignment."""
    from reportparse.layout.pdf_edges import close_border
    sides = [(56.0, 100.0, 120.0), (56.0, 120.0, 140.0), (550.0, 100.0, 120.0), (550.0, 120.0, 140.0)]
    assert close_border([], sides, 1.0) == ([], [])
    inner = [(200.0, 90.0, 150.0), (300.0, 90.0, 150.0)]
    add_v, add_h = close_border(inner, sides, 1.0)
    assert add_v == [(56.0, 90.0, 150.0), (550.0, 90.0, 150.0)]
    assert add_h == [(90.0, 56.0, 550.0), (150.0, 56.0, 550.0)]


def test_radicals_of_a_bad_tounicode_map_are_their_characters():
    # an embedded font's bad ToUnicode map gives radicals for ideographs: NFKC folds the Kangxi ones
    # ('⼯', '⼀'), not the radicals supplement ('⻓' for '长', '⻔' for '门'): '⻓沙县' was read as 沙县
    # of Fujian (a WRONG region code). The fixtures' non-embedded font is read through Adobe-GB1's
    # CIDs (pdf_chars.py), which give the ideographs: so the text layer is given as text here
    from reportparse.normalize import normalize_text
    text = "⻓沙县人民政府2023年政府信息公开⼯作年度报告\n⼀、总体情况\n2023年，通过政府⻔户网站主动公开政府信息1357条。\n"
    d = reportparse.parse_text(text).to_dict()
    assert d["title"] == "长沙县人民政府2023年政府信息公开工作年度报告"
    assert d["issuer"]["region"]["code"] == "430121"
    assert normalize_text("⻅⻚⻋⻢⻩⻰⺠") == "见页车马黄龙民"


@pytest.mark.parametrize("tables, page", [((1,), 2), ((2,), 2)])
def test_a_table_pasted_in_as_a_picture_is_said_and_the_others_read(tables, page):
    # table 三 (or 四) drawn as an image beside the text tables: its figures cannot be read, and
    # nothing said so; with table 三 a picture, table 四 (in the text layer) was not looked for either
    got, want, report = _read(lambda v: v.report_image_table, seed=2701 + tables[0], rules="grid", tables=tables)
    pictured = ("requests.",) if tables == (1,) else ("review.", "litigation.")
    assert {k: v for k, v in got.items() if not k.startswith(pictured)} == \
        {k: v for k, v in want.items() if not k.startswith(pictured)}
    assert all(v == "missing" for k, v in got.items() if k.startswith(pictured))
    assert any(w.startswith(f"page {page}: a picture of ") and "not read" in w for w in report.warnings)


def test_a_centred_dash_among_flush_right_figures_is_a_blank_cell_of_their_column():
    # no rules, figures flush right, a blank printed '—' centred in its cell: the dash stood apart
    # from the figures of its column and made a column of its own, table 二's 规章 row had 4 cells
    # where the template has 3 and was not read (3 values lost)
    buf = io.BytesIO()
    exp = pdf_fixture_generator().variants2.report_blank_marks(buf, seed=2112, rules="none", mark="—", right=True)
    got = reportparse.parse(buf.getvalue()).values()
    keys = [f"disclosure.regulations.{c}" for c in ("issued", "repealed", "in_force")]
    assert [got.get(k, "missing") for k in keys] == [exp["values"][k] for k in keys]
    assert exp["values"]["disclosure.regulations.repealed"] is None
    assert {k: got.get(k, "missing") for k in exp["values"]} == exp["values"]


def test_an_ocr_cell_with_its_glyphs_set_apart_leaves_the_rows_other_cells_read():
    # an OCR layer with every 1 read as 'l': the total 1117 of one row came out as 'l 7' (glyphs set
    # apart); that cell was text, and the whole row was not read (4 readable cells lost). It is an
    # unsure figure now: not read (its sums cannot prove it), the row's other figures are
    from reportparse.cells import ocr_reading
    assert ocr_reading("l 7", cell=True) == 17 and ocr_reading("l 7") is None and ocr_reading("1 7", cell=True) is None
    buf = io.BytesIO()
    exp = pdf_fixture_generator().variants2.report_ocr_misread(buf, seed=2302, misread={"1": "l"}, every=1)
    got = reportparse.parse(buf.getvalue()).values()
    row = {k: v for k, v in exp["values"].items() if k.startswith("requests.partially_granted|")}
    readable = {k: v for k, v in row.items() if str(v) not in exp["misread"]}
    assert len(readable) == 4 and {k: got.get(k, "missing") for k in readable} == readable
    assert all(got.get(k, v) == v for k, v in row.items())          # (a misread cell: unread, or proven)
