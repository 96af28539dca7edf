"""A crawler that wraps a report's lines at a fixed width (tools/crawler_attack.py hard_wrap) cuts table rows
anywhere: between cells, inside a label, inside a figure. A pipe row goes on at the next line (its cells explicit,
the line break inside one of them where a figure was cut); a row of figures apart by spaces prints one figure
more than its columns, two parted by a bare line break. A cut figure is read joined only where the row's sums
hold with it so and with no other joining; else not read, and a warning says why (found by the crawler campaign,
seeds 41/42: hard_wrap lost a quarter of the figures of the documents it damaged)."""
import pytest

import reportparse
from conftest import tool_module

CA = tool_module("crawler_attack")
SUMMED = ("requests", "review", "litigation")      # tables 三 and 四: each row has its total


class _Width:
    """The campaign's random source, its wrap width fixed."""

    def __init__(self, width: int):
        self.width = width

    def randint(self, a: int, b: int) -> int:
        return self.width


def _wrapped(seed: int, width: int) -> tuple[str, dict]:
    _, text, truth = CA.document(seed)
    return "\n".join(CA.hard_wrap(text.split("\n"), _Width(width))), truth


@pytest.mark.parametrize("seed, width", [(3300001, 24), (3300001, 31), (3300001, 44), (3310006, 27), (3310006, 41)])
def test_a_wrapped_document_reads_tables_three_and_four_cell_by_cell(seed, width):
    text, truth = _wrapped(seed, width)
    got = reportparse.parse_text(text).values()
    summed = {k: v for k, v in truth.items() if v is not None and k.split(".")[0] in SUMMED}
    assert {k: got.get(k) for k in summed} == summed
    # table 二 has no sums: a figure cut there is not read, never read as a half
    assert all(got[k] == v for k, v in truth.items() if v is not None and got.get(k) is not None)


def _pipes() -> tuple[str, dict]:
    layout, text, truth = CA.document(3300001)
    assert layout == "pipes"
    return text, truth


NEW = "| 一、本年新收政府信息公开申请数量 | 2828 | 2117 | 2467 | 1877 | 2591 | 1478 | 13358 |"


def test_a_figure_cut_inside_a_pipe_cell_is_read_joined_where_the_row_total_proves_it():
    text, _ = _pipes()
    assert NEW in text
    report = reportparse.parse_text(text.replace(NEW, NEW.replace("| 2117 | 24", "| 21\n17 | 24")))
    got = report.values()
    assert [got[f"requests.new|applicant={w}"] for w in ("natural_person", "commercial", "research", "social_welfare",
                                                          "legal_service", "other_org", "total")] == \
        [2828, 2117, 2467, 1877, 2591, 1478, 13358]
    ind = report.get("requests.new", "commercial")
    assert ind.raw == "21\n17" and "wrapped line cut it" in ind.source.note


def test_a_cut_figure_whose_join_fails_the_row_total_is_not_read():
    text, _ = _pipes()
    report = reportparse.parse_text(text.replace(NEW, NEW.replace("| 2117 | 24", "| 21\n18 | 24")))
    assert not any(k.startswith("requests.new|") for k in report.values())
    assert any("row's sum does not hold with it joined" in w for w in report.warnings)


def test_a_row_cut_after_a_pipe_and_after_its_label_goes_on_at_the_next_lines():
    text, _ = _pipes()
    # the wrap right after a pipe (the next line opens with a figure) and right after the label (no pipe left)
    text = text.replace(NEW, NEW.replace("| 2467 |", "| 2467 |\n").replace("数量 |", "数量\n |"))
    got = reportparse.parse_text(text).values()
    assert [got[f"requests.new|applicant={w}"] for w in ("natural_person", "research", "social_welfare", "total")] == \
        [2828, 2467, 1877, 13358]


def test_closed_cells_a_line_each_are_no_wrapped_row():
    text, _ = _pipes()
    cells = NEW.split("|")[2:-1]
    # '| label |' then '2828 |' a line: the layout of closed cells, read as it was before (not taken for a wrap)
    moved = "| 一、本年新收政府信息公开申请数量 |\n" + "\n".join(f"{c.strip()} |" for c in cells)
    from reportparse.extract.row_cells import wrapped_row_end
    end = moved.index("\n")
    assert wrapped_row_end(moved, end, len(moved), True) == end
    assert reportparse.parse_text(text.replace(NEW, moved)).values().get("requests.new|applicant=total") in (None, 13358)


ROW = "2.重复申请 166 199 91 346 230 315 1347"


def test_a_text_row_one_figure_over_its_columns_is_joined_only_where_one_joining_holds():
    layout, text, truth = CA.document(3310006)
    assert layout == "rows" and ROW in text
    # '… 230 31' / '5 1347': the one joining of the eight figures that the row's total holds with
    report = reportparse.parse_text(text.replace(ROW, ROW.replace("31", "31\n", 1)))
    got = report.values()
    keys = [k for k in truth if k.startswith("requests.not_processed.duplicate|")]
    assert {k: got.get(k) for k in keys} == {k: truth[k] for k in keys}
    # two figures of a cut row and the row's total: 15+13+31+35+36+3126 and 15+13+3135+36+31+26 both make 3256
    report = reportparse.parse_text(text.replace(ROW, "2.重复申请 15 13 31 35 36 31\n26 3256"))
    assert not any(k.startswith("requests.not_processed.duplicate|") for k in report.values())
    assert any("重复申请" in w and "8 cells where the template has 7" in w for w in report.warnings)
