"""PDF damage classes read at stop 52 (pdf52b), found by tools/pdf_attack.py.

- A borderless table (rules between rows only) whose figures are tracked 0.8 em and set flush right:
  a figure of the next-to-last column and a four-digit total after it stand at one pitch, one chain
  of digits ('1 8 2 1 3 7 1'). The table's other rows say where the columns are, but every figure of
  those two columns is of one length (three tracked digits, or four set tight, one width): their
  figures share every edge, so the columns alone do not say where the chain is cut, it stayed whole,
  the rows with it did not fit the table's columns, and the table was cut in two under its second
  row: the lower part, with no header words over it, settled none of its spaced figures (2019
  table 三: 169 values lost, none wrong). The table's other columns tell the edge its figures keep
  (figures of several lengths, all flush right): where at least `chain_edge_evidence` columns tell
  one edge alone and every column's figures share it, the chain is cut at that edge
  (pdf_aligned_chains._table_edge). Columns telling two edges, or too few telling one, leave it
  whole (unread, as before).
"""
import pytest
from pdf_variants import read_county, wrong_values

from reportparse.layout.pdf_aligned import _columns, _joined, _over
from reportparse.layout.pdf_aligned_cells import Band, Run
from reportparse.layout.pdf_aligned_chains import cut_chains
from reportparse.layout.pdf_model import Item
from reportparse.layout.pdf_settings import DEFAULT_PDF_LAYOUT

TRACKED = dict(rules="horizontal", right_figures=True, figure_lead="", figure_spacing=0.8, spaced_every=1)


@pytest.mark.parametrize("template, seed", [("2019", 15), ("2019", 5201), ("2021", 5201)])
def test_tracked_flush_right_table_with_a_chained_total_is_read_whole(template, seed):
    # (before: table 三 cut in two under its second row, its lower rows unread: 169, 157, 161 lost)
    got, want, report = read_county(template, seed, **TRACKED)
    assert wrong_values(got, want) == {}
    for key in want:
        if key.startswith(("requests.", "review.", "litigation.")):
            assert got[key] == want[key], key
    assert not any("table 三 row" in w for w in report.warnings)
    if template == "2021":              # (2019's table 二 keeps pdf42's leftover)
        assert [k for k, v in got.items() if v is None] == []


H, DIGIT, PITCH, STEP, LEFT = 7.5, 3.75, 10.1, 40.4, 100.0   # digits tracked ~0.85 em, columns 40.4 pt


def _items(text, right, centred=False):
    """A figure's digits at PITCH, flush right at `right` (or centred on it)."""
    width = (len(text) - 1) * PITCH + DIGIT
    x = right - (width / 2 if centred else width)
    return [Item(ch, x + k * PITCH, 0.0, x + k * PITCH + DIGIT, H) for k, ch in enumerate(text)]


def _run(items):
    text = "".join(it.text for it in items)
    return Run(items, text, items[0].x0, items[0].top, items[-1].x1, items[0].bottom, True, len(items) > 1)


def _band(figures, top, chained=(), centred=()):
    """One row of figures, column k's flush right at LEFT + STEP * (k + 1) (centred on its middle for
    k in `centred`); the figures of columns `chained` (adjacent) one chain of digits."""
    per = []
    for k, f in enumerate(figures):
        right = LEFT + STEP * (k + 1) - (STEP / 2 if k in centred else 0)
        per.append([Item(it.text, it.x0, top, it.x1, top + H) for it in _items(f, right, k in centred)])
    runs, k = [], 0
    while k < len(per):
        if k in chained:
            runs.append(_run([it for j in chained for it in per[j]]))
            k += len(chained)
        else:
            runs.append(_run(per[k]))
            k += 1
    return Band([Run([Item("行", 40.0, top, 47.5, top + H)], "行", 40.0, top, 47.5, top + H, False, False)] + runs,
                top, top + H)


def _cut(rows, centred=()):
    """Row 2's figures after cut_chains, the other rows (the chain's references) around it."""
    bands = [_band(f, 20.0 * k, chained=(5, 6) if k == 2 else (), centred=centred) for k, f in enumerate(rows)]
    cut_chains(bands, DEFAULT_PDF_LAYOUT, _columns, _over, _joined)
    return [r.text for r in bands[2].figures]


CHAINED = ["64", "129", "317", "88", "240", "182", "1371"]     # (the last two: one chain)
ROWS = [["215", "16", "301", "48", "152", "113", "962"],       # columns 0-4: figures of several
        ["56", "371", "82", "205", "17", "236", "948"],        # lengths, flush right; 5 and 6:
        CHAINED,                                               # all of one length
        ["301", "162", "252", "164", "310", "327", "815"],
        ["77", "93", "45", "19", "28", "140", "606"]]


def test_the_chain_is_a_chain():
    assert [r.text for r in _band(CHAINED, 40.0, chained=(5, 6)).figures][-1] == "1821371"


def test_a_chain_over_columns_of_one_length_is_cut_at_the_edge_the_other_columns_keep():
    assert _cut(ROWS) == CHAINED


def test_guard_no_column_tells_the_edge_the_chain_stays():
    # every column's figures of one length: each shares every edge (one-digit columns alike)
    rows = [["215", "316", "301", "348", "152", "113", "962"], ["556", "371", "382", "205", "417", "236", "948"],
            CHAINED, ["301", "162", "252", "164", "310", "327", "815"], ["677", "893", "445", "319", "228", "140", "606"]]
    assert _cut(rows)[-1] == "1821371"


def test_guard_too_few_columns_tell_the_edge_the_chain_stays():
    # columns 0 and 1 tell it, 2 to 4 hold figures of one length: 2 < chain_edge_evidence
    rows = [["215", "16", "301", "348", "152", "113", "962"], ["56", "371", "282", "205", "317", "236", "948"],
            CHAINED, ["301", "162", "252", "164", "310", "327", "815"], ["77", "93", "145", "219", "128", "140", "606"]]
    assert DEFAULT_PDF_LAYOUT.chain_edge_evidence == 3
    assert _cut(rows)[-1] == "1821371"


def test_guard_columns_telling_two_edges_the_chain_stays():
    # columns 0-2 flush right, columns 3 and 4 centred: the table keeps no one edge
    assert _cut(ROWS, centred=(3, 4))[-1] == "1821371"


def test_guard_one_digit_columns_the_chain_stays():
    # columns 5 and 6 hold one digit a row: they may be one figure's spread digits, each a run (the
    # fixture report_figure_spaced's spread total: 888 read 8), whatever edge the table keeps
    rows = [["215", "16", "301", "48", "152", "3", "9"], ["56", "371", "82", "205", "17", "6", "4"],
            ["64", "129", "317", "88", "240", "18", "37"], ["301", "162", "252", "164", "310", "7", "5"],
            ["77", "93", "45", "19", "28", "2", "8"]]
    assert _cut(rows)[-1] == "1837"
