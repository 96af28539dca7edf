"""A table cell printing a unit its row does not count in ('4条' or '5126项' in a row of 件) is a sign of a cell
shifted from a neighbouring column or misread: it is read only where the document settles its figure (a passing
check over it), else dropped and said. The row's other cells still read."""
from pathlib import Path

import reportparse

SAMPLE = (Path(__file__).parent.parent / "samples" / "national-2023.txt").read_text(encoding="utf-8")


def _values(report, prefix):
    return {i.value_id: i.value for i in report.indicators if i.key.startswith(prefix)}


def test_a_table2_cell_in_another_unit_is_dropped_and_said():
    text = SAMPLE.replace("| 行政规范性文件 | 11 | 4 | 83 |", "| 行政规范性文件 | 11件 | 4条 | 83件 |")
    text = text.replace("| 行政许可 | 5126 |", "| 行政许可 | 5126项 |")
    report = reportparse.parse_text(text)
    assert _values(report, "disclosure.normative_docs") == {
        "disclosure.normative_docs.issued": 11, "disclosure.normative_docs.in_force": 83}
    assert "disclosure.licensing.decisions" not in _values(report, "disclosure.licensing")
    said = [w for w in report.warnings if "dropped: its cell prints" in w]
    assert len(said) == 2 and "'4条'" in said[0] and "'5126项'" in said[1]
    # the other rows of table 二 read as before
    assert _values(report, "disclosure.penalty") == {"disclosure.penalty.decisions": 2371}


def test_a_cell_in_its_own_unit_or_a_money_unit_reads():
    text = SAMPLE.replace("| 行政规范性文件 | 11 | 4 | 83 |", "| 行政规范性文件 | 11件 | 4件 | 83件 |")
    text = text.replace("| 行政事业性收费 | 208.4 |", "| 行政事业性收费 | 208.4万元 |")
    report = reportparse.parse_text(text)
    assert _values(report, "disclosure.normative_docs") == {
        "disclosure.normative_docs.issued": 11, "disclosure.normative_docs.repealed": 4,
        "disclosure.normative_docs.in_force": 83}
    assert _values(report, "disclosure.fees")["disclosure.fees.amount"] == 2084000
    assert not [w for w in report.warnings if "dropped: its cell prints" in w]


def test_table3_cell_in_another_unit_reads_only_where_the_sums_settle_it():
    row = "| 14 | 0 | 0 | 0 | 0 | 1 | 15 |"
    settled = reportparse.parse_text(SAMPLE.replace(row, "| 14 | 0 | 0 | 0 | 0 | 1条 | 15 |"))
    got = {i.applicant: i.value for i in settled.indicators if i.key == "requests.not_processed.duplicate"}
    assert got == {"natural_person": 14, "commercial": 0, "research": 0, "social_welfare": 0,
                   "legal_service": 0, "other_org": 1, "total": 15}
    unsettled = reportparse.parse_text(SAMPLE.replace(row, "| 14 | 0 | 0 | 0 | 0 | 3条 | 15 |"))
    got = {i.applicant: i.value for i in unsettled.indicators if i.key == "requests.not_processed.duplicate"}
    assert got == {"natural_person": 14, "commercial": 0, "research": 0, "social_welfare": 0,
                   "legal_service": 0, "total": 15}
    assert any("applicant=other_org: value '3条' dropped" in w for w in unsettled.warnings)


def test_a_unit_the_report_prints_in_its_cells_as_a_rule_reads():
    # every table 二 cell prints 条 (the report's own way, as Word's '12' over '次' in each cell): no shifted cell
    text = SAMPLE
    for row in ("| 规章 | 0 | 0 | 0 |", "| 行政规范性文件 | 11 | 4 | 83 |", "| 行政许可 | 5126 |", "| 行政处罚 | 2371 |",
                "| 行政强制 | 96 |"):
        cells = row.strip("|").split("|")
        text = text.replace(row, "|" + cells[0] + "|" + "|".join(f" {c.strip()}条 " for c in cells[1:]) + "|")
    report = reportparse.parse_text(text)
    assert _values(report, "disclosure.normative_docs") == {
        "disclosure.normative_docs.issued": 11, "disclosure.normative_docs.repealed": 4,
        "disclosure.normative_docs.in_force": 83}
    assert _values(report, "disclosure.coercion") == {"disclosure.coercion.decisions": 96}
    assert not [w for w in report.warnings if "dropped: its cell prints" in w]
