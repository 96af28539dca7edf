"""A table 二 本年增/减 cell printing the year's increase and decrease apart ('+(0) -(0)', '+2/-5', '增加3 减少1')
states no net change: that cell is not read (and said), the row's other cells are, in text and HTML alike."""
from pathlib import Path

import pytest

import reportparse

FIXTURE = Path(__file__).parent / "fixtures" / "national" / "t2019_source_unbalanced.txt"
ROW = "| 行政许可 | 196 | -4 | 7352 |"


def _licensing(report):
    return {i.key: i.value for i in report.indicators if i.key.startswith("disclosure.licensing")}


@pytest.mark.parametrize("cell", ["+(0) -(0)", "+0/-0", "增加0 减少0", "+(2)-(5)", "增加3项，减少1项", "减1 增3"])
def test_change_printed_as_increase_and_decrease_leaves_the_row_readable(cell):
    text = FIXTURE.read_text(encoding="utf-8").replace(ROW, f"| 行政许可 | 196 | {cell} | 7352 |")
    report = reportparse.parse_text(text)
    assert _licensing(report) == {"disclosure.licensing.items_prev_year": 196,
                                  "disclosure.licensing.decisions": 7352}
    assert any(w.startswith("disclosure.licensing.items_change: its cell prints an increase and a decrease")
               for w in report.warnings)
    # the next row reads as before
    other = {i.key: i.value for i in report.indicators if i.key.startswith("disclosure.other_services")}
    assert other == {"disclosure.other_services.items_prev_year": 41, "disclosure.other_services.items_change": 3,
                     "disclosure.other_services.decisions": 1288}


def test_change_pair_in_an_html_table_and_in_a_last_column():
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    body, rows = [], []
    for line in lines + [""]:
        if line.startswith("|"):
            line = line.replace("| 行政许可 | 196 | -4 | 7352 |", "| 行政许可 | 196 | +(6) -(2) | 7352 |")
            line = line.replace("| 行政事业性收费 | 5 | 0 |  |", "| 行政事业性收费 | 5 | 新增1 取消2 |  |")
            rows.append("<tr>" + "".join(f"<td>{c.strip()}</td>" for c in line.strip().strip("|").split("|")) + "</tr>")
            continue
        if rows:
            body.append("<table>" + "".join(rows) + "</table>")
            rows = []
        body.append(f"<p>{line}</p>")
    html = "<html><head><meta charset='utf-8'></head><body>" + "\n".join(body) + "</body></html>"
    report = reportparse.parse_text(html)
    assert _licensing(report) == {"disclosure.licensing.items_prev_year": 196,
                                  "disclosure.licensing.decisions": 7352}
    fees = {i.key: i.value for i in report.indicators if i.key.startswith("disclosure.fees")}
    assert fees == {"disclosure.fees.items_prev_year": 5}


def test_a_cell_of_two_bare_figures_still_leaves_the_row_unread():
    # '0/0' names no increase or decrease: which column is which the row does not say
    text = FIXTURE.read_text(encoding="utf-8").replace(ROW, "| 行政许可 | 196 | 0/0 | 7352 |")
    assert _licensing(reportparse.parse_text(text)) == {}
