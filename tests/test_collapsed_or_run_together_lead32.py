"""A one-cell-per-line text with no line printed twice may be collapsed (a crawler kept a run of equal cells
once): a row printed as one figure is then read as a run. But a crawler may also have run a row's cells
together into that one figure; when the figure can be split into the row's cells, the row does not say which
damage it shows, and it is not read (found by tools/crawler_attack.py, seed 32)."""
import reportparse
from conftest import FIXTURES

COLLAPSED = FIXTURES / "damage" / "collapsed_2019.txt"


def _with_row(label: str, printed: list[str], figures: str) -> str:
    text = COLLAPSED.read_text(encoding="utf-8")
    old = "\n".join([label] + printed) + "\n"
    assert old in text
    return text.replace(old, f"{label}\n{figures}\n", 1)


def test_the_collapsed_fixture_reads_its_lone_zero_row_as_a_run():
    values = reportparse.parse(COLLAPSED).values()
    assert [values[f"disclosure.regulations.{c}"] for c in ("made", "published", "published_total")] == [0, 0, 0]


def test_a_row_printed_as_one_long_figure_is_not_read_as_a_run_of_equal_cells():
    # 规范性文件's cells run together: '6427318' is 64 | 273 | 18, or a run 6427318 ×3? not settled
    report = reportparse.parse_text(_with_row("规范性文件", ["64", "273"], "6427318"))
    values = report.values()
    assert not any(k.startswith("disclosure.normative_docs.") for k in values)
    assert any("规范性文件" in w and "collapsed runs of equal cells and as cells run together" in w
               for w in report.warnings)
    # the rest of the text is still read as collapsed
    assert [values[f"disclosure.regulations.{c}"] for c in ("made", "published", "published_total")] == [0, 0, 0]


def test_a_lone_figure_shorter_than_its_row_is_still_a_run():
    # '64' cannot be three cells run together: it stands for a run (here the whole row) of equal cells
    values = reportparse.parse_text(_with_row("规范性文件", ["64", "273"], "64")).values()
    assert [values[f"disclosure.normative_docs.{c}"] for c in ("made", "published", "published_total")] == [64, 64, 64]


def test_a_figure_too_long_for_a_count_is_no_collapsed_run():
    # 本机关不掌握's six applicants run together (31|8|14|0|1|3 as '318140013', then more digits a crawler glued on:
    # no count) and its total on the next line: read as runs, the long figure was taken for blank cells and the
    # total for other_org as well; it is no run of equal cells, and the row is not read
    label = "1.本机关不掌握相关政府信息"
    report = reportparse.parse_text(_with_row(label, ["31", "8", "14", "0", "1", "3", "57"], "31814001399999999999\n57"))
    assert not any(k.startswith("requests.unable.not_held|") for k in report.values())
    assert any(label in w and "not read" in w for w in report.warnings)


def test_a_lone_zero_then_a_pages_line_and_more_figures_is_a_cut_row_not_a_run():
    # (crawler campaign seed 41, lead33) '0', a page's line, then five figures before the next row: the row was cut
    # by the furniture; read as a collapsed run of zeros it gave 0 for cells printed 37, 14 and 51 (wrong values).
    # Six figures for seven cells (a repeated 0 dropped too) settle nothing: not read
    label, key = "2.重复申请", "requests.not_processed.duplicate|"
    report = reportparse.parse_text(_with_row(label, ["0"], "0\n扫一扫在手机打开当前页\n0\n37\n14\n0\n51"))
    assert not any(k.startswith(key) for k in report.values())
    assert any(label in w and "the row cut" in w for w in report.warnings)
    # … seven figures with the furniture left out, its total holding: the row whole
    values = reportparse.parse_text(_with_row(label, ["0"], "0\n扫一扫在手机打开当前页\n0\n0\n37\n14\n0\n51")).values()
    assert [values[key + "applicant=" + a] for a in ("natural_person", "commercial", "research", "social_welfare",
                                                     "legal_service", "other_org", "total")] == [0, 0, 0, 37, 14, 0, 51]
    # a lone zero right before the next row's label is still a run, and so it is with a page's line between them
    # (or a line the row search does not know, then seven figures that make a row of their own: a row's label whose
    # numbering was lost, the lone zero still a run)
    for figures in ("0", "0\n扫一扫在手机打开当前页", "0\n另行处理\n12\n3\n4\n5\n6\n7\n37"):
        values = reportparse.parse_text(_with_row(label, ["0"], figures)).values()
        assert values[key + "applicant=total"] == 0 and values[key + "applicant=legal_service"] == 0, figures
