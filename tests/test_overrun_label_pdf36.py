"""A figure run over the rule into its row's label cell (full-width figures tracked 0.8 em: table
三's first and total rows, whose label cells stand right before the natural_person column). The
overrun's cells were left unread by blanking them, the label cell too: the row had no label, and
table 三, found row by row in order from its first row, was lost whole (161-175 values a document,
silently). A label cell keeps its words, the run-in digits at its end dropped; its row's figure
cells stayed unread (which cell the digits belong to the cut alone does not show). Since stop 45 (pdf45,
pdf_centred._interleaved) those figures are dealt out where exactly one even, centred placement uses every digit:
here the whole table reads as drawn, and no row is left unread for it."""
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
    # every cell of table 三 read as drawn, cell by cell: the two overrun rows (labels kept) dealt out too
    table3 = [vid for vid in want if vid.split("|")[0].startswith("requests.") and "|applicant=" in vid]
    assert {vid.split("|")[0] for vid in table3} >= UNREAD
    for vid in table3:
        assert got[vid] == want[vid], vid
    assert not [w for w in report.warnings if "runs across the rule" in w]
