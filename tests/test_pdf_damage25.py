"""PDF damage classes of stop 25 (invented reports only, tools/pdf_reports/variants2.py): figures
after leaders, …"""
import io

import pytest

import reportparse
from reportparse.cells import parse_cell

from conftest import pdf_fixture_generator


def _read(make, *args, **opts):
    """Every expected value of the invented report `make` builds, as read ("missing" where not)."""
    buf = io.BytesIO()
    exp = make(pdf_fixture_generator().variants2)(buf, *args, **opts)
    report = reportparse.parse(buf.getvalue())
    got = report.values()
    return {k: got.get(k, "missing") for k in exp["values"]}, exp["values"], report


@pytest.mark.parametrize("rules", ["grid", "none"])
@pytest.mark.parametrize("lead", ["...", "…"])
def test_figures_after_a_dot_leader_are_read(rules, lead):
    # figures set flush right after a dot leader (Word's tab leader): the cell's text '. 90' or
    # '…90' was no number, and no table was read (200 of 200 values lost; 43 with '…' unruled)
    got, want, _ = _read(lambda v: v.report_leaders, seed=2101, rules=rules, lead=lead)
    assert got == want


def test_a_leader_is_never_a_decimal_point():
    assert parse_cell(". 90").value == 90 and parse_cell("……1,204").value == 1204
    assert parse_cell("·· 7").value == 7 and parse_cell("0.90").value == 0.9
    assert not parse_cell(".90").ok and not parse_cell("...").ok
