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
