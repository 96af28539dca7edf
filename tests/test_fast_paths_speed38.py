"""Stop 38's fast paths: a pass skipped where a cheap test proves it finds nothing, each checked against the plain
code it stands in front of (the same results on invented inputs that do and do not hold what it looks for)."""
from __future__ import annotations

import regex

from reportparse import academic
from reportparse.academic import academic_period
from reportparse.layout import text as text_layout
from reportparse.layout.html_rows import rows_cut_in_two
from reportparse.normalize import fold_traditional
from reportparse.patterns import PAGE_FURNITURE, PAGE_FURNITURE_WORDS, STATED_HEAD


# ---------------------------------------------------------------- a statistics period's academic year (academic.py)

def _plain_academic_period(text: str):
    """academic_period before its literal tests: both patterns tried on the head and its folded copy."""
    head = text[:STATED_HEAD]
    for form in (head, fold_traditional(head)):
        m = academic._PERIOD_YEAR.search(form) or academic._SPAN.search(form)
        if m:
            return m
    return None


_HEADS = [
    "本报告统计时间为2017年9月1日至2018年8月31日。本校共主动公开信息412条。",
    "本报告所列数据的统计期限自2020年9月1日起至2021年8月31日止。",
    "本報告中所列數據的統計期限自2022年 9 月 1 日起至2023年 8 月\n31 日止。",          # traditional script, spaced
    "统计周期：2015—2016学年。学院主动公开信息37条。",
    "所列數據為2013-2014學年的情況。",
    "二〇二三年度报告。统计时间为2023年1月1日至2023年12月31日。",                       # a calendar year: none
    "本年度受理申请17件，办结16件，8月31日前答复完毕。",                                    # 8月31日, no span
    "本报告无统计期间说明。",
]


def test_academic_period_reads_what_the_plain_search_reads():
    for head in _HEADS:
        got, want = academic_period(head), _plain_academic_period(head)
        assert (got and (got.group(), got["start"], got["end"])) == (want and (want.group(), want["start"], want["end"]))
    assert academic_period(_HEADS[0])["end"] == "2018"
    assert academic_period(_HEADS[2])["start"] == "2022"
    assert academic_period(_HEADS[4])["end"] == "2014"
    assert academic_period(_HEADS[5]) is None and academic_period(_HEADS[6]) is None


# ---------------------------------------------------------------- a scraped page's furniture lines (layout/text.py)

def _top_level_alternatives(pattern: str) -> list[str]:
    out, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


def test_every_furniture_wording_holds_one_of_the_words_the_fast_test_looks_for():
    for alternative in _top_level_alternatives(PAGE_FURNITURE):
        assert any(word in alternative for word in PAGE_FURNITURE_WORDS), alternative


def test_page_end_with_and_without_furniture():
    body = "一、总体情况\n本机关全年主动公开政府信息58条。\n" * 6
    for chrome in ("分享到：", "【打印本页】", "扫一扫在手机打开当前页", "网站地图"):
        text = body + chrome + "\n网站标识码 4403000012\n"
        end = text_layout._page_end(text)
        assert end == text.index(chrome)
        assert end == regex.search(rf"^\s*(?:{PAGE_FURNITURE})\s*$", text, regex.M).start()
    assert text_layout._page_end(body + "联系电话：0755-2631457\n") is None


# ---------------------------------------------------------------- rows cut in two inside an HTML table (html_rows.py)

def test_a_table_whose_rows_all_end_at_one_column_has_no_row_cut_in_two():
    from lxml import etree
    table = etree.fromstring("<table><tr><td>甲</td><td>13</td><td>4</td></tr>"
                             "<tr><td>乙</td><td>7</td><td>26</td></tr></table>")
    rows = table.findall("tr")
    # (row index, columns, spans, end column, taken, cells) as html_table's grid holds them
    grid = [(r, [0, 1, 2], [1, 1, 1], 3, None, list(tr)) for r, tr in enumerate(rows)]
    assert rows_cut_in_two(rows, grid, 50) == {}
    # a first row short of the width, the next a row of figures that fills it: still joined
    cut = etree.fromstring("<table><tr><td>甲</td><td>13</td></tr><tr><td>4</td></tr>"
                           "<tr><td>乙</td><td>7</td><td>26</td></tr><tr><td>丙</td><td>9</td><td>31</td></tr></table>")
    rows = cut.findall("tr")
    ends = [2, 1, 3, 3]
    grid = [(r, list(range(len(tr))), [1] * len(tr), end, None, list(tr)) for (r, tr), end in zip(enumerate(rows), ends)]
    assert rows_cut_in_two(rows, grid, 50) == {rows[0]: list(rows[1])}
