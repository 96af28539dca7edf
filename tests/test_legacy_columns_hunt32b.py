"""A legacy statistics table whose header names the cumulative first (指标名称 | 单位 | 历年累计 | 2012年度, 累计 |
本年度): its cells stand in that order and are read by it, each to its period (every row was 'out of order' before,
and the table went unread). A row that still prints its 累计 below its 本年度 under such a header is not read, and a
header that names this year first over cells printed the other way round reads nothing. Invented report and figures
(each row's two figures distinct, so a swapped column cannot pass)."""
import pytest

import reportparse

ROWS = [("主动公开政府信息数", "条", "disclosure.total", 1520, 318),
        ("其中：政府网站公开数", "条", "disclosure.via_website", 1490, 301),
        ("政府公报公开数", "条", "disclosure.via_gazette", 30, 17),
        ("受理申请总数", "件", "requests.new", 46, 12),
        ("其中：当面申请数", "件", "requests.by_channel.in_person", 20, 5),
        ("网上申请数", "件", "requests.by_channel.online", 19, 4),
        ("信函申请数", "件", "requests.by_channel.letter", 7, 3),
        ("对申请的答复总数", "件", "requests.answered", 46, 12),
        ("其中：同意公开答复数", "件", "requests.granted", 30, 8),
        ("同意部分公开答复数", "件", "requests.partially_granted", 9, 3),
        ("不同意公开答复数", "件", "requests.denied", 7, 1),
        ("行政复议数", "件", "review.total", 3, 1),
        ("行政诉讼数", "件", "litigation.total", 2, 1)]
TITLE = "青岚县岚峰局2012年政府信息公开工作年度报告\n七、附表\n政府信息公开情况统计表\n"


def _pipe(cum, year):
    return TITLE + f"指标名称 | 单位 | {cum} | {year}\n" + "".join(f"{a} | {u} | {c} | {y}\n" for a, u, _, c, y in ROWS)


def _one_per_line(cum, year):
    return TITLE + f"指标名称\n单位\n{cum}\n{year}\n" + "".join(f"{a}\n{u}\n{c}\n{y}\n" for a, u, _, c, y in ROWS)


def _html(cum, year):
    cells = "".join(f"<tr><td>{a}</td><td>{u}</td><td>{c}</td><td>{y}</td></tr>" for a, u, _, c, y in ROWS)
    return ("<html><body><h1>青岚县岚峰局2012年政府信息公开工作年度报告</h1><table><tr><td>指标名称</td><td>单位</td>"
            f"<td>{cum}</td><td>{year}</td></tr>{cells}</table></body></html>").encode()


@pytest.mark.parametrize("form", [_pipe, _one_per_line, _html])
@pytest.mark.parametrize("cum, year", [("历年累计", "2012年度"), ("累计", "本年度")])
def test_a_header_naming_the_cumulative_first_is_read_in_its_order(form, cum, year):
    doc = form(cum, year)
    report = reportparse.parse(doc) if isinstance(doc, bytes) else reportparse.parse_text(doc)
    for _label, _unit, key, c, y in ROWS:
        this, total = report.get(key, period="year"), report.get(key, period="cumulative")
        assert (this.value, total.value) == (y, c), key
        assert (this.raw, total.raw) == (str(y), str(c)) and this.source.method == "table"
    assert all(ch.status == "pass" for ch in report.checks)


def test_a_row_below_its_year_under_such_a_header_is_still_not_read():
    bad = _pipe("历年累计", "2012年度").replace("行政复议数 | 件 | 3 | 1", "行政复议数 | 件 | 1 | 3")
    report = reportparse.parse_text(bad)
    assert report.get("review.total", period="year") is None and report.get("review.total", period="cumulative") is None
    assert report.value("disclosure.total") == 318 and any("行政复议数" in w for w in report.warnings)


def test_a_header_naming_this_year_first_over_cells_the_other_way_reads_nothing():
    # near-miss: the header is what the table says; cells that contradict it (累计 below 本年度) are not read
    report = reportparse.parse_text(_pipe("2012年度", "历年累计"))
    assert report.get("disclosure.total") is None and report.get("requests.new") is None
