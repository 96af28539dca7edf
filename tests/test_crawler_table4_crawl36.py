"""Classes the crawler campaign (tools/crawler_attack.py, seeds 51–52) lost the whole of table 四 to:

- table 四 one figure short (a figure line dropped, a cell of its pipe row or a <td> gone): R4 holds in each group
  of five and nothing ties one group to another, so each group is read where every placement of the lost cell
  gives it alike (the lost cell itself never), the group that holds it stays unread where R4 cannot place it;
- a page's furniture line between table 四's figures one a line with a blank line or a unit cell alone (件) after
  it: passed over where R4 holds past it, as without them.
"""
import pytest

import reportparse
from conftest import tool_module

CA = tool_module("crawler_attack")
T4 = list(CA.T4_IDS)


def _document(layout: str, start: int) -> tuple[list[str], dict]:
    seed = next(s for s in range(start, start + 300) if CA.document(s)[0] == layout
                and all(CA.document(s)[2][k] for k in T4))          # (no zero cell: a lost 0 reads alike anywhere)
    _, text, truth = CA.document(seed)
    return text.split("\n"), truth


def _t4_lines(lines: list[str]) -> list[int]:
    """The one-figure lines of table 四 in a cells report (after its header's last word)."""
    head = max(i for i, ln in enumerate(lines) if ln.strip() == "总计")
    return [i for i in range(head + 1, len(lines)) if lines[i].strip().isdigit()][:15]


def _read(lines: list[str]) -> tuple[list, list[str]]:
    report = reportparse.parse_text("\n".join(lines))
    got = report.values()
    return [got.get(k) for k in T4], report.warnings


@pytest.mark.parametrize("layout", ["cells", "pipes"])
def test_table4_one_figure_short_reads_the_groups_every_placement_gives_alike(layout):
    lines, truth = _document(layout, 3600000)
    want = [truth[k] for k in T4]
    if layout == "cells":
        at = _t4_lines(lines)
        del lines[at[6]]                   # 未经复议直接起诉's 结果纠正 line dropped
    else:
        i = next(j for j, ln in enumerate(lines) if ln.startswith("|") and ln.count("|") == 16
                 and all(c.strip().isdigit() for c in ln.strip().strip("|").split("|")))
        cells = lines[i].strip().strip("|").split("|")
        lines[i] = "|" + "|".join(cells[:6] + cells[7:]) + "|"
    read, warnings = _read(lines)
    # the first and last groups read cell by cell; the middle group's four printed parts may stand anywhere
    assert read == want[:5] + [None] * 5 + want[10:]
    assert any("one figure short" in w and "litigation.direct" in w for w in warnings)


def test_table4_total_lost_where_r4_places_it_reads_the_group_but_its_total():
    lines, truth = _document("cells", 3600000)
    want = [truth[k] for k in T4]
    # the review group's total dropped: placed among its parts the group reads only where the fourth part is
    # at least the sum of the three before it; else the total is lost and R4 gives its value
    at = _t4_lines(lines)
    del lines[at[4]]
    read, warnings = _read(lines)
    assert read[5:] == want[5:]
    if want[3] < sum(want[:3]):
        assert read[:5] == want[:4] + [None]
        assert any(f"give it as {want[4]}, not printed" in w and "review.total" in w for w in warnings)
    else:
        assert read[:5] == [None] * 5


def test_table4_two_figures_short_stays_unread():
    lines, truth = _document("cells", 3600000)
    at = _t4_lines(lines)
    del lines[at[7]]
    del lines[at[2]]
    assert _read(lines)[0] == [None] * 15


@pytest.mark.parametrize("chrome, after", [("【打印本页】【关闭窗口】", [""]), ("- 3 -", ["件"]),
                                           ("分享到：", ["条"]), ("第2页 共4页", ["", "条", ""])])
def test_table4_page_furniture_then_a_blank_or_unit_line_between_its_figures(chrome, after):
    lines, truth = _document("cells", 3600000)
    want = [truth[k] for k in T4]
    at = _t4_lines(lines)
    lines[at[7] + 1:at[7] + 1] = [chrome] + after
    read, warnings = _read(lines)
    assert read == want
    # (a page number alone on its line the loader already takes out)
    assert any("passed over (a page's furniture)" in w for w in warnings) or chrome[0] in "-第"


def test_table4_furniture_where_r4_fails_past_it_stays_unread():
    lines, truth = _document("cells", 3600000)
    at = _t4_lines(lines)
    lines[at[11]] = str(int(lines[at[11]]) + 1)           # one figure misprinted past the furniture
    lines[at[7] + 1:at[7] + 1] = ["【打印本页】", ""]
    assert _read(lines)[0] == [None] * 15


@pytest.mark.parametrize("collapsed", [False, True])
def test_table4_cut_by_a_line_of_unknown_chrome_before_more_figures_is_not_read_short(collapsed):
    # a line of words no pattern knows between table 四's figures one a line (a site's own chrome), figures after it:
    # the figures before it are no whole table, whatever collapsed runs or a lost cell would make of them
    lines, truth = _document("cells", 3600000)
    at = _t4_lines(lines)
    lines[at[6] + 1:at[6] + 1] = ["返回顶部"]
    if collapsed:
        lines = CA.collapse("\n".join(lines)).split("\n")
    read, warnings = _read(lines)
    assert read == [None] * 15
    assert any("a line of other text ('返回顶部') and more figures" in w for w in warnings)
