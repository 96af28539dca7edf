"""A figure run over the rule into its row's label cell (full-width figures tracked 0.8 em: table
三's first and total rows, whose label cells stand right before the natural_person column). The
overrun's cells were left unread by blanking them, the label cell too: the row had no label, and
table 三, found row by row in order from its first row, was lost whole (161-175 values a document,
silently). A label cell keeps its words, the run-in digits at its end dropped; its row's figure
cells stay unread (which cell the digits belong to is not in the page)."""
import pytest

from pdf_variants import read_county, wrong_values

UNREAD = {"requests.new", "requests.answered"}


@pytest.mark.parametrize("template, seed, opts", [
    ("2021", 3621, dict(glyph_tracking=0.8)),
    ("2019", 3622, dict(glyph_tracking=0.8)),
    ("2021", 3623, dict(figure_spacing=0.8, spaced_every=1)),
])
def test_a_label_cell_a_figure_runs_into_keeps_its_row(template, seed, opts):
    got, want, report = read_county(template, seed, fullwidth_figures=True, **opts)
    assert wrong_values(got, want) == {}
    # every other cell of table 三 read as drawn, cell by cell; the two overrun rows unread
    for vid, drawn in want.items():
        key = vid.split("|")[0]
        if key.startswith("requests.") and "|applicant=" in vid:
            assert got[vid] == (None if key in UNREAD else drawn), vid
    warned = [w for w in report.warnings if "runs across the rule" in w]
    assert any("'一、本年新收政府信息公开申请数量'" in w for w in warned)
    assert any("'（七）总计'" in w for w in warned)
