"""Figures beside spaced digits no table took, on one line (pdf35, found by tools/pdf_attack.py:
borderless, shrunk and uneven_gaps damage). A one-row table (政府集中采购: projects, amount) set
with uneven tracking: the amount's digits spread evenly ('5 3 7 7 8 0', a letter-spaced run the
page does not settle), the projects' two digits not ('4 3'). The spaced run was left unread and
the rest of the line read by position: '4' and '3' became the projects and the amount (WRONG).
Which cells the figures beside loose digits are, the loose digits leave open: they stay unread
too, said in the same note (pdf_aligned.find_aligned_tables)."""
import pytest

from pdf_variants import read_county, wrong_values


@pytest.mark.parametrize("seed", [3501, 3502, 3503, 3504])
def test_figures_beside_unsettled_spaced_digits_are_not_read_by_position(seed):
    # before: procurement projects 72 read as 7 and amount 107790 as 2 (seed 3501; the same each seed)
    got, want, report = read_county("2019", seed, rules="none", table_size=10, figure_size=6.5, glyph_tracking=0.5)
    assert wrong_values(got, want) == {}
    # Since pdf66 the part's header words (10 pt over 6.5 pt figures) are measured against the table's text height
    # and kept, so each spaced run stands under its own heading: both cells are read, by their columns, not by
    # position on the line — and right (stop 66; until then both stayed unread with the note below).
    assert got["disclosure.procurement.projects"] == want["disclosure.procurement.projects"]
    assert got["disclosure.procurement.amount"] == want["disclosure.procurement.amount"]
    assert not [w for w in report.warnings if "nor the figures beside them on their lines" in w]
    assert sum(got[k] == v for k, v in want.items()) == len(want)        # every table read
