"""Table 四 printed transposed (its fifteen column headings as rows, each followed by its figure):
read when every group and outcome heading is identified once, never otherwise. Invented text derived
from the generated fixtures (tests/fixtures/damage/t4_transposed_*)."""
import pytest

import reportparse
from conftest import FIXTURES, load_expected

DAMAGE = FIXTURES / "damage"
LINES = DAMAGE / "t4_transposed_lines_2021.txt"
T4_KEYS = [f"{g}.{o}" for g in ("review", "litigation.direct", "litigation.after_review")
           for o in ("upheld", "corrected", "other", "pending", "total")]


def _t4(report) -> dict:
    return {k: v for k, v in report.values().items() if k in T4_KEYS}


def _want(path) -> dict:
    values = load_expected(path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json"))["values"]
    return {k: values[k] for k in T4_KEYS}


@pytest.mark.parametrize("name", ["t4_transposed_lines_2021.txt", "t4_transposed_pipes_2019.txt",
                                  "t4_transposed_2021.html"])
def test_a_transposed_table4_is_read_from_its_row_headings(name):
    report = reportparse.parse(DAMAGE / name)
    assert _t4(report) == _want(DAMAGE / name)
    for key in T4_KEYS:
        ind = report.get(key)
        assert "printed transposed" in ind.source.note
        s, e = ind.source.span                            # the figure's own cell (grounded by the pipeline)
        assert e - s == len(ind.raw) and (ind.value is None or ind.raw == str(ind.value))
    if name.endswith(".html"):                           # the web table's cell: row and column
        total = report.get("litigation.after_review.total")
        assert total.source.table is not None and total.source.col == 3


def _table4_lines(text: str) -> tuple[str, str, str]:
    head, rest = text.split("四、政府信息公开行政复议、行政诉讼情况\n")
    table, tail = rest.split("五、", 1)
    return head + "四、政府信息公开行政复议、行政诉讼情况\n", table, "五、" + tail


def test_a_transposed_table4_one_cell_per_line_is_read():
    # a crawler's web table: each cell on its own line ending " |"
    head, table, tail = _table4_lines(LINES.read_text(encoding="utf-8"))
    cells = "".join(c + " |\n" for line in table.splitlines() for c in line.split(" "))
    report = reportparse.parse_text(head + cells + tail)
    assert _t4(report) == _want(LINES)


def test_a_transposed_table4_with_joined_headings_is_read():
    # each row's headings joined in one cell (行政诉讼-复议后起诉-总计 | 40)
    head, table, tail = _table4_lines(LINES.read_text(encoding="utf-8"))
    rows, group = [], ""
    for line in table.splitlines()[1:]:
        words = line.split(" ")
        if len(words) == 1:
            group = words[0] if words[0] in ("行政复议", "行政诉讼") else group.split("-")[0] + "-" + words[0][3:]
            continue
        rows.append(f"| {group}-{words[0]} | {words[1]} |")
    report = reportparse.parse_text(head + "\n".join(rows) + "\n" + tail)
    assert _t4(report) == _want(LINES)


@pytest.mark.parametrize("damage, why", [
    (lambda t: t.replace("其他结果 10\n", ""), "14 of its 15 headings"),            # a heading lost
    (lambda t: t.replace("尚未审结 2\n", "尚未审结 2 5\n"), "stands under no heading"),  # a second figure
    (lambda t: t.replace("（一）未经复议直接起诉\n", ""), "stands under no group"),     # a group lost
    (lambda t: t.replace("结果纠正 12\n", "结果纠正 12\n结果纠正 12\n"), "printed twice"),
])
def test_a_transposed_table4_whose_structure_is_not_settled_is_not_read(damage, why):
    text = LINES.read_text(encoding="utf-8")
    assert damage(text) != text
    report = reportparse.parse_text(damage(text))
    assert _t4(report) == {}
    assert any("printed transposed" in w and why in w for w in report.warnings), report.warnings


def test_a_table4_with_its_header_says_nothing_of_transposition():
    report = reportparse.parse(DAMAGE / "t4_wrapped_header_2021.txt")
    assert len(_t4(report)) == 15
    assert not any("transposed" in w for w in report.warnings)


# ---- table 四 as a grid: a header row naming one half of each key, a row per the other half (round 21)

GRIDS = ["t4_grid_pipes_2019.txt", "t4_grid_lines_2021.txt", "t4_partly_transposed_2021.txt"]


@pytest.mark.parametrize("name", GRIDS)
def test_a_table4_printed_as_a_grid_is_read_by_its_row_and_column_headings(name):
    report = reportparse.parse(DAMAGE / name)
    assert _t4(report) == _want(DAMAGE / name)
    for key in T4_KEYS:
        ind = report.get(key)
        s, e = ind.source.span
        assert e - s == len(ind.raw) and (ind.value is None or ind.raw == str(ind.value))


def test_a_grid_web_table_is_read_by_position():
    # the groups as rows of a web table (行政诉讼 spanning two rows), the outcomes as its header's columns
    cells = lambda row: "".join(f"<td>{c}</td>" for c in row)
    outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    html = ("<html><head><meta charset='utf-8'><title>青苇县人民政府2022年政府信息公开工作年度报告</title></head><body>"
            "<p>青苇县人民政府2022年政府信息公开工作年度报告</p>"
            "<p>三、收到和处理政府信息公开申请情况</p><table>"
            f"<tr><td>一、本年新收政府信息公开申请数量</td>{cells([31, 4, 2, 3, 1, 5, 46])}</tr>"
            f"<tr><td>四、结转下年度继续办理</td>{cells([6, 1, 0, 0, 0, 2, 9])}</tr></table>"
            "<p>四、政府信息公开行政复议、行政诉讼情况</p><table>"
            f"<tr><td colspan='2'>类别</td>{cells(outcomes)}</tr>"
            f"<tr><td colspan='2'>行政复议</td>{cells([3, 5, 2, 7, 17])}</tr>"
            f"<tr><td rowspan='2'>行政诉讼</td><td>未经复议直接起诉</td>{cells([9, 4, 6, 1, 20])}</tr>"
            f"<tr><td>复议后起诉</td>{cells([8, 10, 14, 12, 44])}</tr></table>"
            "<p>五、存在的主要问题及改进情况</p></body></html>")
    report = reportparse.parse(html.encode("utf-8"))
    got = _t4(report)
    assert [got[k] for k in T4_KEYS] == [3, 5, 2, 7, 17, 9, 4, 6, 1, 20, 8, 10, 14, 12, 44]


@pytest.mark.parametrize("damage, why", [
    (lambda t: t.replace("结果维持 2 7 8", "结果维持 2 7"), "a row of 2 cells stands under a header of 3 columns"),
    (lambda t: t.replace("其他结果 9 12 1\n", ""), "12 of its 15"),
    (lambda t: t.replace("结果纠正 6 3 11", "结果维持 6 3 11"), "given twice"),
])
def test_a_grid_whose_rows_do_not_fit_its_header_is_not_read(damage, why):
    text = (DAMAGE / "t4_grid_lines_2021.txt").read_text(encoding="utf-8")
    assert damage(text) != text
    report = reportparse.parse_text(damage(text))
    assert _t4(report) == {}
    assert any(why in w and w.startswith("table 四 printed as a grid") for w in report.warnings), report.warnings
