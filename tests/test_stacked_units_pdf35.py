"""A figure set over its unit word in a borderless table ('12' over '件', the cell's two lines
centred in a row whose other cells hold one line), found by tools/pdf_attack.py (pdf35: stacked_units
with borderless damage). The figure stood half a line above the row's line and its unit half a line
below: three text bands for one row, the upper one's figures in no column of the row's (a table cut
in two) and the units' band taken for a next table's header; the tables' checks failed and nearly
every figure was withheld. The pair's middle is the row's (pdf_aligned_units.units_folded)."""
import pytest

from conftest import pdf_fixture_generator
from pdf_variants import read_county, wrong_values


def units_under(every: int, unit: str, table2: bool):
    """An `edit` setting every `every`-th figure cell of tables 三 and 四 (and 二) over `unit`."""
    C = pdf_fixture_generator().C

    def edit(values, t2, body, t4):
        k = 0
        for row in (list(t2) if table2 else []) + list(body) + list(t4):
            for j, cell in enumerate(row):
                if cell.text.isdigit():
                    k += 1
                    if k % every == 1:
                        row[j] = C(cell.text + "\n" + unit, cell.cs, cell.rs, cell.bold)
    return edit


# (table 二 counts 项 and 元 too: a 件 printed there is dropped as another row's unit, rightly)
@pytest.mark.parametrize("template, seed, rules, every, table2", [
    ("2021", 3521, "none", 3, False),
    ("2019", 3522, "three_line", 4, False),
    ("2021", 3523, "horizontal", 5, True),
    ("2019", 3524, "none", 2, False),
])
def test_figures_over_their_units_in_a_borderless_table_are_read(template, seed, rules, every, table2):
    # before: 17/200, 61/198, 0/200 and 29/198 values read (rows cut in two, the checks failed, figures withheld)
    got, want, report = read_county(template, seed, edit=units_under(every, "件", table2), rules=rules,
                                    centre_cells=True)
    assert wrong_values(got, want) == {}
    assert {k: v for k, v in got.items() if v != want[k]} == {}          # cell by cell, tables 二, 三, 四
    assert not [w for w in report.warnings if "not assigned" in w or "withheld" in w]
