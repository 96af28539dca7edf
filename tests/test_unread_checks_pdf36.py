"""The checks (validation.py) over a cell left unread: not checked on a guessed 0. A cell the PDF reader
blanked (a figure run over a rule) kept its label with a null value, which the sums took as a blank
cell's 0: R3 failed by the whole total ('expected 0, got 21846') and could as well have passed. The
cell is now marked (model.UNREAD_NOTE, from the page's CellRef.unread) and every identity over it is
not_assessable; a blank cell is still summed as 0 (assumed_zero), in every format."""
import pytest

from reportparse.model import UNREAD_NOTE, Indicator, ValueSource, unread
from reportparse.validation import national_checks

from pdf_variants import read_county

_PARTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org")


def _row(key, values, unread_at=()):
    out = []
    for who, v in zip(_PARTS + ("total",), values):
        note = UNREAD_NOTE if who in unread_at else None
        out.append(Indicator(key, v, "" if v is None else str(v), "", who, source=ValueSource("table", note=note)))
    return out


def _by_rule(checks, rule):
    return {c.scope: c for c in checks if c.rule == rule}


@pytest.mark.parametrize("unread_at, status", [((), "pass"), (("research",), "not_assessable"),
                                               (("total",), "not_assessable")])
def test_r3_over_an_unread_cell_is_not_assessable_and_a_blank_still_sums_as_zero(unread_at, status):
    # 17 + 23 + blank + 41 + 5 + 9 = 95: the blank research cell sums as 0 unless it was left unread
    values = [17, 23, None, 41, 5, 9, 95]
    if "total" in unread_at:
        values = [17, 23, 31, 41, 5, 9, None]
    checks = national_checks(_row("requests.new", values, unread_at), template="2021")
    r3 = _by_rule(checks, "R3")["key=requests.new"]
    assert r3.status == status
    if status == "pass":
        assert r3.assumed_zero == ["requests.new|applicant=research"]
        assert (r3.expected, r3.actual) == (95, 95)
    else:
        assert r3.expected is None and r3.actual is None
        assert "left unread" in r3.note and f"requests.new|applicant={unread_at[0]}" in r3.note


def test_unread_is_a_null_value_marked_so():
    blank = Indicator("requests.new", None, source=ValueSource("table"))
    marked = Indicator("requests.new", None, source=ValueSource("table", note=f"split inferred; {UNREAD_NOTE}"))
    figure = Indicator("requests.new", 12, "12", source=ValueSource("table", note=UNREAD_NOTE))
    assert [unread(blank), unread(marked), unread(figure)] == [False, True, False]


def test_a_pdf_figure_run_over_a_rule_leaves_its_identities_unchecked():
    # full-width figures tracked 0.28 em at 9 pt in a grid: table 三's first row blanked as runs over the
    # rules between its cells (at a quarter em, read since pdf37: pdf_centred._tangled_cut; its 总计 row,
    # blanked too until pdf47, is read since: every way of dealing its tangled digits reads it alike)
    got, want, report = read_county("2021", 3547, fullwidth_figures=True, glyph_tracking=0.28, rules="grid",
                                    table_size=9)
    marked = sorted(i.value_id for i in report.indicators if unread(i))
    assert marked == sorted(f"requests.new|applicant={who}" for who in _PARTS + ("total",))
    assert all(got[f"requests.answered|applicant={who}"] == want[f"requests.answered|applicant={who}"]
               for who in _PARTS + ("total",))
    r3 = _by_rule(report.checks, "R3")
    assert r3["key=requests.new"].status == "not_assessable"
    assert r3["key=requests.granted"].status == "pass"
    for rule, status in (("R1", "not_assessable"), ("R2", "pass")):      # (R2 over the 总计 row read)
        by = _by_rule(report.checks, rule)
        assert all(by[f"applicant={who}"].status == status for who in _PARTS + ("total",))
    assert not [c for c in report.checks if c.status == "fail"]
