"""Crawler-damaged tables (stop 63, tables63). Class covered:

A printed page's header and footer — the page's address, the print date (and time), the site's name, the page's
number — left between two rows of a table where the page broke (tools/damage/crawl_tables63.page_furniture_mid_table).
A date line after a row's last figure read as more of its cells (2021-01-21: 2021, 01, 21), so the row, ten cells
where the template has seven, was lost; in a legacy appendix printed a row a line the row before the date was lost.
Rule (layout/text_furniture.py): a block of such lines holding an address, a date line or a page's number, right
after a line ending in a figure and right before a table's line, goes with its line breaks (blanked in place).

Also: table 三 printed with all its row labels first, then each row's seven figures in turn (a table flattened
column-wise, its figures' block row by row: tools/damage/crawl_tables63.labels_then_figures) had been left unread
(only the column-by-column block was read, extract/table3_columns.py); it is read where each row's total, R1 and R2
hold for that reading and not for the column-by-column one. Guard: a block whose arithmetic fails is not read.

Guards: a date line under a table's last row with no row after it (the signing date), a date in prose, a site's name
alone between two rows (no address, date or number beside it), furniture before prose: all left as they were; no row
read with another row's figures.

Invented tables, invented numbers.
"""
import reportparse
from reportparse.layout.text_furniture import blank_furniture_between_rows
from table3_lines import head, rows, tail, truth

_HEAD = head("岚溪县", "2021-01-26", "稳步推进政务公开。")
_TAIL = tail("岚溪县", "部分栏目更新不够及时。")
# columns add up: new + carried over = answered + carried forward, answered = the outcomes' sum
_ROWS = rows({
    "requests.new": (214, 37, 11, 8, 5, 19),
    "requests.carried_over": (13, 4, 2, 1, 3, 6),
    "requests.granted": (121, 18, 6, 3, 2, 9),
    "requests.partially_granted": (47, 9, 3, 2, 1, 5),
    "requests.unable.not_held": (29, 6, 2, 1, 4, 3),
    "requests.answered": (197, 33, 11, 6, 7, 17),
    "requests.carried_forward": (30, 8, 2, 3, 1, 8),
})
_TRUTH = truth(_ROWS)


def _cells(after=None, block=()):
    """Table 三 one cell a line; `block` set after the row of key `after`."""
    lines = list(_HEAD)
    for key, lead, six in _ROWS:
        lines += lead + [str(v) for v in six + (sum(six),)]
        if key == after:
            lines += list(block)
    return "\n".join(lines + _TAIL) + "\n"


def _read(text):
    got = reportparse.parse_text(text).values()
    return {vid: got.get(vid) for vid in _TRUTH}


def _wrong(got):
    return {vid: (v, _TRUTH[vid]) for vid, v in got.items() if v is not None and v != _TRUTH[vid]}


_BLOCKS = [
    ["2021-01-26", "https://www.lanxi.gov.cn/art/2021/1/26/art_3312_58271.html"],
    ["第 3 页 共 5 页", "岚溪县人民政府门户网站", "2021/1/26 下午15:42"],
    ["打印时间：2021-01-26 09:37"],
    ["http://zwgk.lanxi.gov.cn/xxgk/202101/t20210126_4471.shtml 3/5", "岚溪县政务公开"],
]


def test_furniture_after_an_all_zero_row_keeps_the_row():
    for block in _BLOCKS:
        got = _read(_cells("requests.not_processed.duplicate", block))
        assert got == _TRUTH, block


def test_furniture_after_a_row_of_figures_keeps_the_row():
    for block in _BLOCKS:
        got = _read(_cells("requests.partially_granted", block))
        assert got == _TRUTH, block


def test_furniture_between_two_cells_of_a_row_keeps_the_row():
    # (a page broken inside a row printed a cell a line: 47 / 9 / <footer, header> / 3 / 2 …)
    lines = _cells().split("\n")
    at = lines.index("（二）部分公开（区分处理的，只计这一情形，不计其他情形）") + 3
    for block in _BLOCKS:
        assert _read("\n".join(lines[:at] + block + lines[at:])) == _TRUTH, block


_LEGACY = ["岚溪县2013年政府信息公开工作年度报告", "一、概述", "2013年，岚溪县认真贯彻《条例》。", "六、附表",
           "岚溪县2013年政府信息公开工作情况统计表", "指标名称 单位 本年度 累计",
           "主动公开政府信息数 条 731 2864", "其中：政府网站公开数 688 2517", "政府公报公开数 43 347",
           "受理政府信息公开申请总数 件 57 243", "其中：当面申请数 21 92", "网上申请数 29 118", "信函申请数 7 33",
           "对申请的答复总数 件 52 236", "其中：同意公开答复数 38 171", "同意部分公开答复数 9 41",
           "不予公开答复数 5 24", "行政复议数 件 3 14", "行政诉讼数 件 2 8", "岚溪县人民政府办公室", "2014年3月"]


def _legacy(at=None, block=()):
    lines = list(_LEGACY)
    if at is not None:
        lines[at:at] = list(block)
    return "\n".join(lines) + "\n"


def test_a_date_line_between_legacy_rows_keeps_the_row_before():
    at = _LEGACY.index("行政复议数 件 3 14")
    plain = reportparse.parse_text(_legacy()).values()
    assert plain.get("requests.denied|applicant=total") == 5
    for block in (["2014-03-12"], ["2014/3/12 上午10:45", "http://www.lanxi.gov.cn/art/2014/3/12/art_5_9.html"]):
        got = reportparse.parse_text(_legacy(at, block)).values()
        assert {k: v for k, v in got.items() if v is not None} == {k: v for k, v in plain.items() if v is not None}, block


# ---------------------------------------------------------------- guards


def test_the_signing_date_under_the_table_stays():
    text = _legacy()
    assert blank_furniture_between_rows(text) == text
    cut = "\n".join(_LEGACY[:-2] + ["2014-03-10", "岚溪县人民政府办公室"]) + "\n"
    assert blank_furniture_between_rows(cut) == cut


def test_a_date_before_prose_or_in_prose_stays():
    text = "\n".join(["表格最后一行 12 31", "2021-01-26", "五、存在的主要问题及改进情况",
                      "一是部分单位信息更新不够及时，二是政策解读形式较为单一，下一步将完善机制。",
                      "2021年，全县共召开会议3次。"]) + "\n"
    assert blank_furniture_between_rows(text) == text


def test_a_site_name_alone_between_rows_stays():
    text = _cells("requests.partially_granted", ["岚溪县人民政府门户网站"])
    assert blank_furniture_between_rows(text) == text
    assert not _wrong(_read(text))


def test_furniture_between_rows_never_moves_a_figure():
    # every row boundary of table 三, furniture after it: each value read is the truth
    for key, _, _ in _ROWS:
        got = _read(_cells(key, _BLOCKS[0]))
        assert not _wrong(got), key


def test_furniture_between_two_equal_figures_stays():
    # (44 / 第2页 共3页 / 44: the page's line parts a repeat, evidence of what the crawler kept; joined, the two equal
    # lines would prove that the crawler collapsed nothing)
    for block in (["第2页 共3页"], ["2021-01-26", "https://www.lanxi.gov.cn/art/2021/1/26/art_3312_58271.html"]):
        text = "\n".join(_LEGACY[:6] + ["对申请的答复总数", "件", "44"] + block + ["44", "行政复议数", "件", "3"]) + "\n"
        assert blank_furniture_between_rows(text) == text


def test_offsets_kept():
    text = _cells("requests.granted", _BLOCKS[1])
    out = blank_furniture_between_rows(text)
    assert len(out) == len(text) and out != text
    assert "gov.cn" not in blank_furniture_between_rows(_cells("requests.granted", _BLOCKS[0]))


# ---------------------------------------------------------------- table 三: labels first, then figures


def _labels_then(form, bad=False):
    labels = [ln for _, lead, _ in _ROWS for ln in lead]
    rows = [[str(v) for v in six + (sum(six),)] for _, _, six in _ROWS]
    if bad:
        rows[3][2] = str(int(rows[3][2]) + 1)        # (a row whose total no longer holds)
    if form == "rows":
        figures = [" ".join(r) for r in rows]
    elif form == "row-major":
        figures = [f for r in rows for f in r]
    else:
        figures = [r[k] for k in range(7) for r in rows]
    return "\n".join(_HEAD + labels + figures + _TAIL) + "\n"


def test_labels_then_each_rows_figures_are_read():
    for form in ("rows", "row-major"):
        report = reportparse.parse_text(_labels_then(form))
        got = report.values()
        assert {vid: got.get(vid) for vid in _TRUTH} == _TRUTH, form
        assert any("all its labels first, then each row's figures" in w for w in report.warnings), form


def test_labels_then_each_columns_figures_read_as_before():
    report = reportparse.parse_text(_labels_then("column-major"))
    assert _read(_labels_then("column-major")) == _TRUTH
    assert any("column by column" in w for w in report.warnings)


def test_labels_then_figures_whose_sums_fail_stay_unread():
    for form in ("rows", "row-major", "column-major"):
        got = _read(_labels_then(form, bad=True))
        assert all(v is None for v in got.values()), form
