"""Crawler damage the campaign (tools/crawler_attack.py, seed 67) lost whole rows to.

- A unit column's cell merged into the first figure's, set apart by a space ('| 件 317 | 122 |'): the unit is no
  figure, the cell is read as the figure (a count unit only: '万元 3' would change the value, never read).
- A figure a hard wrap cut ('| 2\n2 |') where joining the neighbour across a pipe balances the row as well (a two-digit
  figure of one digit repeated: 2|25 sums as 22|5): a pipe parts two cells for certain, so only the bare break is a cut.
"""
import reportparse
from reportparse.cells import parse_cell
from test_crawler_damage_crawl39 import APPLICANTS, LINES, NEW, T4

HEAD, TAIL = LINES[:21], LINES[22:]         # (the report around table 四's figure row)
T4_FIGURES = [3, 22, 5, 1, 31, 9, 12, 5, 8, 34, 6, 15, 1, 3, 25]

def _t4(got: dict) -> list:
    return [got.get(k) for k in T4]


def _new(got: dict) -> list:
    return [got.get(f"requests.new|applicant={a}") for a in APPLICANTS]


def test_a_unit_cell_merged_into_the_first_figures_cell_is_no_figure():
    for unit in ("件", "条", "项"):
        row = "| 一、本年新收政府信息公开申请数量 | " + unit + " " + " | ".join(map(str, NEW)) + " |"
        got = reportparse.parse_text("\n".join(LINES[:13] + [row] + LINES[14:]) + "\n").values()
        assert _new(got) == NEW


def test_guard_a_money_unit_before_a_figure_is_not_read_as_the_figure():
    assert (parse_cell("件 317").value, parse_cell("万元 3").value, parse_cell("件317").value) == (317, None, None)


def test_a_figure_cut_by_a_wrap_is_joined_at_the_bare_break_never_across_a_pipe():
    figures = "| " + " | ".join(map(str, T4_FIGURES)) + " |"
    cut = figures.replace("| 22 |", "| 2\n2 |")
    assert cut != figures
    got = reportparse.parse_text("\n".join(HEAD + [cut] + TAIL) + "\n").values()
    assert _t4(got) == T4_FIGURES
