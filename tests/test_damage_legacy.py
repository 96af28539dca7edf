"""Crawler damage to legacy (2008–2018) 统计表 that would put a figure under the wrong column: each
test pins one mechanism on invented tables (two variants, distinct non-zero numbers): a damaged
row loses its figures, with a warning naming it, and never gains a wrong one."""
import pytest

import reportparse

# (label, unit, this year, cumulative): channels and replies add up in both columns
VARIANTS = {
    "云岫县": [("主动公开政府信息数", "条", 1734, 6281), ("其中：政府网站公开数", "", 1652, 5937),
            ("政府公报公开数", "", 47, 318), ("受理政府信息公开申请总数", "件", 53, 214),
            ("其中：当面申请数", "", 18, 79), ("网上申请数", "", 26, 98), ("信函申请数", "", 9, 37),
            ("对申请的答复总数", "件", 51, 208), ("其中：同意公开答复数", "", 32, 131),
            ("同意部分公开答复数", "", 7, 29), ("不予公开答复数", "", 4, 19), ("其他类型答复数", "", 8, 29),
            ("行政复议数", "件", 3, 11), ("行政诉讼数", "件", 2, 8), ("接受行政申诉、举报数", "件", 6, 24)],
    "檀溪县": [("主动公开政府信息数", "条", 2109, 8452), ("其中：政府网站公开数", "", 1987, 7960),
            ("政府公报公开数", "", 61, 406), ("受理政府信息公开申请总数", "件", 71, 296),
            ("其中：当面申请数", "", 23, 104), ("网上申请数", "", 35, 141), ("信函申请数", "", 13, 51),
            ("对申请的答复总数", "件", 68, 287), ("其中：同意公开答复数", "", 41, 176),
            ("同意部分公开答复数", "", 12, 48), ("不予公开答复数", "", 6, 27), ("其他类型答复数", "", 9, 36),
            ("行政复议数", "件", 5, 17), ("行政诉讼数", "件", 4, 13), ("接受行政申诉、举报数", "件", 8, 33)],
}
KEYS = {"主动公开政府信息数": "disclosure.total", "其中：政府网站公开数": "disclosure.via_website",
        "政府公报公开数": "disclosure.via_gazette", "受理政府信息公开申请总数": "requests.new|applicant=total",
        "其中：当面申请数": "requests.by_channel.in_person|applicant=total",
        "网上申请数": "requests.by_channel.online|applicant=total",
        "信函申请数": "requests.by_channel.letter|applicant=total", "对申请的答复总数": "requests.answered|applicant=total",
        "其中：同意公开答复数": "requests.granted|applicant=total",
        "同意部分公开答复数": "requests.partially_granted|applicant=total",
        "不予公开答复数": "requests.denied|applicant=total", "其他类型答复数": "requests.reply.other|applicant=total",
        "行政复议数": "review.total", "行政诉讼数": "litigation.total", "接受行政申诉、举报数": "complaints.total"}


def _report(county: str, table: list[str], year: int = 2012) -> str:
    return "\n".join([f"{county}人民政府{year}年政府信息公开工作年度报告", "一、概述",
                      f"{year}年，我县扎实推进政府信息公开工作，各项数据详见附表。",
                      f"附表：{county}{year}年政府信息公开情况统计表"] + table) + "\n"


def _lines(rows, drop=(), swap=(), header=("指标名称", "单位", "本年度", "累计")) -> list[str]:
    """The table one cell per line; `drop`: (label, 0|1) cells left out; `swap`: labels whose two cells
    are printed in the other order."""
    out = list(header)
    for label, unit, y, c in rows:
        out.append(label)
        if unit:
            out.append(unit)
        cells = [c, y] if label in swap else [y, c]
        out += [str(v) for i, v in enumerate(cells) if (label, i) not in drop]
    return out


def _want(rows, skip=()) -> dict:
    out = {}
    for label, _u, y, c in rows:
        if label not in skip:
            out[KEYS[label]] = y
            out[KEYS[label] + "|period=cumulative"] = c
    return out


def _values(report) -> dict:
    return {k: v for k, v in report.values().items() if not k.startswith("derived")}


@pytest.mark.parametrize("county", VARIANTS)
def test_a_lost_cell_in_a_summed_row_is_settled_by_the_sums_and_others_are_not_read(county):
    # a crawler dropped lines: a channel's cumulative, a reply's 本年度 (the sums settle both, in both columns),
    # and 行政复议数's 本年度 (in no sum: its figure could be either column; once read as x|x)
    rows = VARIANTS[county]
    text = _report(county, _lines(rows, drop={("网上申请数", 1), ("不予公开答复数", 0), ("行政复议数", 0)}))
    report = reportparse.parse_text(text)
    want = _want(rows, skip={"行政复议数"})
    online, denied = want.pop("requests.by_channel.online|applicant=total|period=cumulative"), \
        want.pop("requests.denied|applicant=total")
    assert _values(report) == want          # the cells the sums give but no line prints are not read
    note = report.get("requests.by_channel.online", "total").source.note
    assert "settled by the table's sums" in note
    assert any(f"'网上申请数': its 累计 is {online} by the table's sums, but no line prints it" in w for w in report.warnings)
    assert any(f"'不予公开答复数': its 本年度 is {denied} by the table's sums" in w for w in report.warnings)
    assert any("the rows '行政复议数' print one figure" in w for w in report.warnings)


@pytest.mark.parametrize("county", VARIANTS)
def test_two_lost_cells_the_sums_cannot_settle_are_not_read(county):
    # two channels each lost a cell: the channel sums leave two unknowns in one column; the rows are not read
    rows = VARIANTS[county]
    text = _report(county, _lines(rows, drop={("其中：当面申请数", 1), ("网上申请数", 1)}))
    report = reportparse.parse_text(text)
    assert _values(report) == _want(rows, skip={"其中：当面申请数", "网上申请数"})
    assert any("当面申请数', '网上申请数' print one figure" in w for w in report.warnings)


@pytest.mark.parametrize("county", VARIANTS)
def test_a_cumulative_below_this_years_figure_is_not_read(county):
    # two lines of a row swapped (one cell per line), or two cells of a pipe row: the running total
    # can never be below the year's figure, so the row's cells are out of order
    rows = VARIANTS[county]
    for table in (_lines(rows, swap={"信函申请数", "行政诉讼数"}),
                  ["| 指标名称 | 单位 | 本年度 | 累计 |"] + [f"| {label} | {u or '件'} | {c if label in ('信函申请数', '行政诉讼数') else y} | "
                                                   f"{y if label in ('信函申请数', '行政诉讼数') else c} |"
                                                   for label, u, y, c in rows]):
        report = reportparse.parse_text(_report(county, table))
        assert _values(report) == _want(rows, skip={"信函申请数", "行政诉讼数"})
        assert any("'行政诉讼数': its 累计" in w and "out of order" in w for w in report.warnings)


def _coded(rows, header=True, cut=None, lose_code=None) -> list[str]:
    """A statistics form with a code column (1, 1.1, 1.2, 2, 2.1 …) as pipe rows."""
    out = ["| 指标名称 | 计量单位 | 代码 | 本年度 | 累计 |"] if header else []
    major, minor = 0, 0
    for label, unit, y, c in rows:
        if unit:
            major, minor = major + 1, 0
            code = str(major)
        else:
            minor += 1
            code = f"{major}.{minor}"
        cells = [code, str(y), str(c)]
        if label == cut:
            cells = [str(y), code, str(c)]      # the code and the figure after it swapped
        if label == lose_code:
            cells = cells[1:]
        out.append(f"| {label} | {unit or '件'} | " + " | ".join(cells) + " |")
    return out


@pytest.mark.parametrize("county", VARIANTS)
def test_a_code_out_of_order_or_lost_leaves_its_row_unread(county):
    rows = VARIANTS[county]
    report = reportparse.parse_text(_report(county, _coded(rows, cut="行政诉讼数")))
    got, want = _values(report), _want(rows, skip={"行政诉讼数"})
    # a figure equal to the row above's code (檀溪县: 4 | 4) leaves either code out of order: neither row is read
    assert all(want[k] == v for k, v in got.items()) and set(want) - set(got) <= {"review.total", "review.total|period=cumulative"}
    assert any("'行政诉讼数': its code" in w and "out of order" in w for w in report.warnings)
    report = reportparse.parse_text(_report(county, _coded(rows, lose_code="信函申请数")))
    assert _values(report) == _want(rows, skip={"信函申请数"})
    assert any("'信函申请数': its" in w and "not read" in w for w in report.warnings)


@pytest.mark.parametrize("county", VARIANTS)
def test_a_code_column_whose_header_line_was_lost_is_told_by_its_codes(county):
    # no header line: the first cells 1, 1.1, 1.2, 2, 2.1 … are codes (a count has no point), never 本年度;
    # the two figures after them are read by their count, as in any table without a header
    rows = VARIANTS[county]
    report = reportparse.parse_text(_report(county, _coded(rows, header=False)))
    assert _values(report) == _want(rows)


def _compared(rows, swapped=()) -> list[str]:
    out = ["| 指标名称 | 单位 | 2012年 | 2011年 | 比上年增减 |"]
    for i, (label, unit, y, _c) in enumerate(rows):
        prev = y - 2 * i + 5 if i % 2 else y + i + 3          # last year's: above or below this year's
        cells = [prev, y] if label in swapped else [y, prev]
        out.append(f"| {label} | {unit or '件'} | {cells[0]} | {cells[1]} | {y - prev} |")
    return out


@pytest.mark.parametrize("county", VARIANTS)
def test_a_change_column_that_is_not_this_year_less_last_year_leaves_its_row_unread(county):
    rows = VARIANTS[county]
    report = reportparse.parse_text(_report(county, _compared(rows, swapped={"网上申请数", "行政复议数"})))
    want = {k: v for k, v in _want(rows, skip={"网上申请数", "行政复议数"}).items() if not k.endswith("cumulative")}
    assert _values(report) == want
    assert any("'行政复议数': its change" in w for w in report.warnings)


@pytest.mark.parametrize("county", VARIANTS)
def test_a_pipe_rows_last_figure_cut_onto_the_next_line_is_not_read(county):
    # "| 对申请的答复总数 | 件 | 51 | 20" over "8": a line break inside the last figure (no closing pipe)
    rows = VARIANTS[county]
    table = [f"| {label} | {u or '件'} | {y} | {c}" for label, u, y, c in rows]
    at = next(i for i, r in enumerate(rows) if r[0] == "对申请的答复总数")
    table[at], cut = table[at][:-1], table[at][-1]
    table.insert(at + 1, cut)
    report = reportparse.parse_text(_report(county, ["指标名称 | 单位 | 本年度 | 累计"] + table))
    assert _values(report) == _want(rows, skip={"对申请的答复总数"})
    assert any("'对申请的答复总数': its line ends in a figure" in w for w in report.warnings)


@pytest.mark.parametrize("county", VARIANTS)
def test_a_table_of_two_rows_is_read_when_its_header_settles_the_columns(county):
    rows = [r for r in VARIANTS[county] if r[0] in ("受理政府信息公开申请总数", "对申请的答复总数")]
    header = ["指标名称 | 单位 | 本年度 | 累计"]
    for table in (header + [f"{label} | {u} | {y} | {c}" for label, u, y, c in rows], _lines(rows)):
        report = reportparse.parse_text(_report(county, table))
        assert _values(report) == _want(rows)
    # no header naming the columns, or a row whose figures do not fill them: not read, and said why
    report = reportparse.parse_text(_report(county, ["一、统计数据"] + [f"{label} | {u} | {y} | {c}" for label, u, y, c in rows]))
    assert not _values(report)
    assert any("only two of its rows were seen ('受理政府信息公开申请总数', '对申请的答复总数') and no header" in w
               for w in report.warnings)
    table = header + [f"{label} | {u} | {y}" + (f" | {c}" if i else "") for i, (label, u, y, c) in enumerate(rows)]
    report = reportparse.parse_text(_report(county, table))
    assert not _values(report)
    assert any("their figures (1, 2) do not fill the 2 columns" in w for w in report.warnings)


@pytest.mark.parametrize("county", VARIANTS)
def test_a_list_line_cut_inside_its_figure_is_not_read(county):
    # "其中：政府网站公开数：本年度16" over "52条，累计5937条": the line ends inside a figure, which the next
    # line goes on; a list line whose next line opens with a row number ("2.") is read as it stands
    rows = VARIANTS[county][:4]
    lines = [f"{label}：本年度{y}{u or '条'}，累计{c}{u or '条'}" for label, u, y, c in rows]
    cut = lines[1].index("本年度") + 5
    lines[1:2] = [lines[1][:cut], lines[1][cut:]]
    report = reportparse.parse_text(_report(county, lines))
    assert _values(report) == _want(rows, skip={"其中：政府网站公开数"})
    numbered = [f"{i}.{label.removeprefix('其中：')}：本年度{y}件，累计{c}件" for i, (label, _u, y, c) in enumerate(rows, 1)]
    assert _values(reportparse.parse_text(_report(county, numbered))) == _want(rows)
