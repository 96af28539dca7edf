"""A crawler that drops the separators inside a pipe row prints its figures in one cell ('| 1202 |' for 12|0|2:
tools/crawler_attack.py run_together). The row's cells are read as digits run together where the row has three
columns or more and its one cell holds a digit a column at least; the solver keeps the readings that the row's total
and R1/R2 leave, and reads a cell only where they all agree. A long row (29 digits for 7 cells) is searched to the
end by the total-first search, bounded by its own steps, where the plain search gives up; so are table 四's three
groups of five, each summing to its 总计 (found by the crawler campaign, seeds 41/42: run_together lost a fifth of
the figures of the documents it damaged)."""
import reportparse
from conftest import tool_module

CA = tool_module("crawler_attack")
WHO = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
NEW = "| 一、本年新收政府信息公开申请数量 | 2828 | 2117 | 2467 | 1877 | 2591 | 1478 | 13358 |"
DUP = "| 2.重复申请 | 66 | 0 | 167 | 306 | 0 | 0 | 539 |"


def _run_together(row: str) -> str:
    cells = row.strip("|").split("|")
    return "| " + cells[0].strip() + " | " + "".join(c.strip() for c in cells[1:]) + " |"


def _pipes() -> tuple[str, dict]:
    layout, text, truth = CA.document(3300001)
    assert layout == "pipes" and NEW in text and DUP in text
    return text, truth


def test_a_pipe_row_printed_in_one_cell_is_read_cell_by_cell():
    text, truth = _pipes()
    report = reportparse.parse_text(text.replace(NEW, _run_together(NEW)).replace(DUP, _run_together(DUP)))
    got = report.values()
    assert [got[f"requests.new|applicant={w}"] for w in WHO] == [2828, 2117, 2467, 1877, 2591, 1478, 13358]
    assert [got[f"requests.not_processed.duplicate|applicant={w}"] for w in WHO] == [66, 0, 167, 306, 0, 0, 539]
    ind = report.get("requests.new", "research")
    assert ind.raw == "2467" and "run-together" in ind.source.note
    # the rest of the table as printed
    assert all(got[k] == v for k, v in truth.items() if v is not None and k.split(".")[0] in ("requests", "review"))


def test_a_pipe_row_short_of_cells_is_no_run_together_row():
    text, _ = _pipes()
    # two cells where seven stand: a cell missing, which the explicit separators say (not split)
    report = reportparse.parse_text(text.replace(DUP, "| 2.重复申请 | 66 | 0167306 |"))
    assert not any(k.startswith("requests.not_processed.duplicate|") for k in report.values())
    # one cell of fewer digits than the row's columns: no reading
    report = reportparse.parse_text(text.replace(DUP, "| 2.重复申请 | 539 |"))
    assert not any(k.startswith("requests.not_processed.duplicate|") for k in report.values())


def test_the_total_first_search_finds_every_reading_of_a_long_row():
    from reportparse.extract.national import _row_total_ok
    from reportparse.extract.solver import readings
    digits = "".join(c.strip() for c in NEW.strip("|").split("|")[1:])
    assert len(digits) == 29
    assert readings([digits], [7], _row_total_ok, 20_000) == [(2828, 2117, 2467, 1877, 2591, 1478, 13358)]
    # a step bound still holds: one step is too few for any row
    assert readings([digits], [7], _row_total_ok, 0) is None


def _table4_run_together(seed: int) -> tuple[str, dict]:
    """A one-cell-a-line document with table 四's fifteen lines joined into one run of digits."""
    layout, text, truth = CA.document(seed)
    assert layout == "cells"
    figures = [str(truth[k]) for k in CA.T4_IDS]
    lines = text.split("\n")
    at = next(i for i in range(len(lines)) if [x.strip() for x in lines[i:i + 15]] == figures)
    return "\n".join(lines[:at] + ["".join(figures)] + lines[at + 15:]), truth


def test_table_four_run_together_in_one_line_is_read_group_by_group():
    # 30 digits: the plain search gives up; each group of five summing to its 总计, searched total-first, leaves one
    text, truth = _table4_run_together(3300011)
    got = reportparse.parse_text(text).values()
    assert [got.get(k) for k in CA.T4_IDS] == [37, 10, 17, 43, 107, 31, 26, 15, 16, 88, 2, 50, 59, 0, 111]
    assert [got.get(k) for k in CA.T4_IDS] == [truth[k] for k in CA.T4_IDS]
    # 25 digits and two readings ('…4 0 3 30 37' and '…4 0 33 0 37'): the two cells they differ in are not read
    text, truth = _table4_run_together(3300008)
    report = reportparse.parse_text(text)
    got = report.values()
    assert [got.get(k) for k in CA.T4_IDS] == [9, 59, 30, 0, 98, 22, 14, 0, 53, 89, 4, 0, None, None, 37]
    assert [truth[k] for k in CA.T4_IDS][12:14] == [33, 0]
    assert any(w.startswith("litigation.after_review.other: its run-together digits allow several readings")
               for w in report.warnings)
