"""A table 三 row printed without its label, blank cells at both of its ends ('|  | 194 | … | 248 |  |':
a borderless PDF table whose label column and blank total both print as cells). The label-less row
(extract/fragments.loose_rows) dropped the trailing blank first, so the leading one was taken for
the first figure's column and every figure read one column over (12 WRONG values in one document).
Both ends are now kept and the row's arithmetic (R3) weighs the two placements: the shifted one is
refuted, the one left is read; where neither is refuted the row is not read."""
import reportparse
from conftest import FIXTURES

PIPE_2021 = FIXTURES / "national" / "t2021_pipe_rows.txt"
PARTIAL_ROW = "|  | （二）部分公开（区分处理的，只计这一情形，不计其他情形） |  | 16 | 4 | 0 | 0 | 1 | 0 | 21 |"
KEY = "requests.partially_granted"
WHO = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")


def _read(row):
    text = PIPE_2021.read_text(encoding="utf-8")
    assert PARTIAL_ROW in text
    report = reportparse.parse_text(text.replace(PARTIAL_ROW, row))
    return {who: report.values().get(f"{KEY}|applicant={who}") for who in WHO}, report


def test_a_label_less_row_blank_at_both_ends_reads_the_placement_its_sum_leaves():
    # shifted (the leading blank natural_person's): 16 + 4 + 13 + 2 + 7 = 42, not the 5 it would give
    # as the total; as printed the row's total is blank and nothing refutes it (the total, 21, is
    # then the narrative's: 部分公开21件)
    got, report = _read("|  |  |  | 16 | 4 | 13 | 2 | 7 | 5 |  |")
    assert got == {"natural_person": 16, "commercial": 4, "research": 13, "social_welfare": 2,
                   "legal_service": 7, "other_org": 5, "total": 21}
    assert "label lost" in report.get(KEY, "commercial").source.note
    assert report.get(KEY, "total").source.method == "narrative"


def test_guard_a_label_less_row_whose_two_placements_both_hold_is_not_read():
    # shifted, 3 + 5 + 6 + 2 + 4 = 20 holds as well: which blank is a column the page does not say
    got, report = _read("|  |  |  | 3 | 5 | 6 | 2 | 4 | 20 |  |")
    assert got == {who: None for who in WHO[:-1]} | {"total": 21}
    assert any("blank cells at both ends of the row" in w and KEY in w for w in report.warnings)
