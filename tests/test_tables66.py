"""Crawler-damaged tables (stop 66, tables66). Invented tables, invented numbers.

A table 二 row printed one cell a line with one figure fewer than its columns, in a page where no two equal lines stand
together, was read as collapsed runs of equal cells (17 / 58 for three cells: 17 first, 58 last, the middle unsure).
A crawler that DROPPED a line makes the same text: 23 / 58 (17 gone) then read 23 as the first cell — a wrong value
(tools/damage/crawl_tables66 t2_cell_line_dropped). Table 二 has no total to tell the two damages apart. Rule
(extract/table2_collapsed): the collapsed reading stands only where a short row of table 三 or 四 reads as collapsed
runs its sums hold (the page proves the crawler kept runs once); else the row is unread, with a warning.

Guards: a page whose table 三 or 四 proves a collapse keeps the table 二 row's reading; a whole table 二 reads whole; a
whole table 四 proves nothing; a sentence stating one of the row's figures does not prove a collapse either.
"""
import reportparse

_HEAD = ["云岫县人民政府2021年政府信息公开工作年度报告", "发布日期：2022-01-24", "一、总体情况",
         "2021年，云岫县深入推进政务公开工作。", "二、主动公开政府信息情况"]
_T2 = ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
       "规章", "17", "23", "58", "行政规范性文件", "41", "9", "127",
       "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "4416",
       "第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "739", "行政强制", "46",
       "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费", "35.2"]
_TAIL = ["五、存在的主要问题及改进情况", "个别栏目更新不够及时。", "云岫县人民政府办公室"]
_REG = {"disclosure.regulations.issued": 17, "disclosure.regulations.repealed": 23,
        "disclosure.regulations.in_force": 58}
_NORM = {"disclosure.normative_docs.issued": 41, "disclosure.normative_docs.repealed": 9,
         "disclosure.normative_docs.in_force": 127}
_OTHER = {"disclosure.licensing.decisions": 4416, "disclosure.penalty.decisions": 739,
          "disclosure.coercion.decisions": 46}

# table 三 (2021 template) as `label v v v v v v v` rows: no line of it is a lone figure
_T3_ROWS = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人 法人或其他组织 总计",
            "商业企业 科研机构 社会公益组织 法律服务机构 其他"]


def _page(t2=_T2, drop=None, narrative=()):
    """The report; `drop`: (label, k) — the k-th figure line after that row label gone."""
    t2 = list(t2)
    if drop:
        t2.pop(t2.index(drop[0]) + 1 + drop[1])
    return "\n".join(_HEAD[:4] + list(narrative) + _HEAD[4:] + t2 + _T3_ROWS + _TAIL) + "\n"


def _read(text, want):
    got = reportparse.parse_text(text).values()
    return {vid: got.get(vid) for vid in want}


def _wrong(got, want):
    return {k: (v, want[k]) for k, v in got.items() if v is not None and v != want[k]}


def test_whole_table_two_read_whole():
    assert _read(_page(), {**_REG, **_NORM, **_OTHER}) == {**_REG, **_NORM, **_OTHER}


def test_a_dropped_first_cell_is_not_read_as_a_collapsed_run():
    # (17 gone: 23 / 58 read 23 as the issued count before)
    got = _read(_page(drop=("规章", 0)), _REG)
    assert not _wrong(got, _REG)
    assert got == dict.fromkeys(_REG)


def test_a_dropped_last_cell_is_not_read_as_a_collapsed_run():
    # (58 gone: 17 / 23 read 23 as the in-force count before)
    got = _read(_page(drop=("行政规范性文件", 2)), _NORM)
    assert not _wrong(got, _NORM)
    assert got == dict.fromkeys(_NORM)


def test_the_unread_row_is_said_and_the_others_stay():
    res = reportparse.parse_text(_page(drop=("规章", 1)))
    assert any("'规章'" in str(w) and "dropped line" in str(w) for w in res.warnings)
    got = res.values()
    assert {k: got.get(k) for k in {**_NORM, **_OTHER}} == {**_NORM, **_OTHER}


# ---- guard: a page whose table 三 proves the crawler kept runs of equal lines once

_T3_ONE_A_LINE = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业",
                  "科研机构", "社会公益组织", "法律服务机构", "其他"]
# (key, label lines, six figures); every row's total is the six's sum; R1 and R2 hold column by column
_T3 = [("requests.new", ["一、本年新收政府信息公开申请数量"], (31, 7, 0, 0, 0, 0)),
       ("requests.carried_over", ["二、上年结转政府信息公开申请数量"], (0, 0, 0, 0, 0, 0)),
       ("requests.granted", ["三、本年度办理结果", "（一）予以公开"], (19, 5, 0, 0, 0, 0)),
       ("requests.answered", ["（七）总计"], (31, 7, 0, 0, 0, 0))]


def _collapsed_page():
    """Table 二 with 规章 17 17 58 and table 三 one cell a line, every run of equal lines kept once."""
    t2 = list(_T2)
    t2[t2.index("规章") + 2] = "17"
    lines = _HEAD + t2 + _T3_ONE_A_LINE
    for _, lead, six in _T3:
        lines += lead + [str(v) for v in six + (sum(six),)]
    lines += _TAIL
    return "\n".join(ln for i, ln in enumerate(lines) if i == 0 or ln != lines[i - 1]) + "\n"


def test_a_collapse_table_three_proves_keeps_the_row_read():
    text = _collapsed_page()
    assert "规章\n17\n58\n" in text and "\n0\n38\n" in text     # (collapsed: 0 once for five zeros)
    got = _read(text, _REG)
    assert got["disclosure.regulations.issued"] == 17 and got["disclosure.regulations.in_force"] == 58
    assert got["disclosure.regulations.repealed"] in (None, 17)


def test_a_figure_the_page_states_for_one_cell_does_not_prove_a_collapse():
    # (17 gone: 23 / 58; a sentence gives the in-force 58, which both readings print: the issued count is still unsure)
    text = _page(drop=("规章", 0), narrative=["截至年底，现行有效规章58件。"])
    got = _read(text, _REG)
    assert not _wrong(got, _REG)
    assert got["disclosure.regulations.issued"] is None


_T4 = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
       "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
       "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
# review 3 0 0 2 5; lawsuits direct 4 1 0 0 5; after review 0 0 0 0 0: printed with each run once
_T4_FIGURES = ["3", "0", "2", "5", "4", "1", "0", "5", "0"]


def test_a_collapse_table_four_proves_keeps_the_row_read():
    # (规章 17 17 58 printed 17 58: the crawler kept the run once)
    text = "\n".join(_HEAD + _T2[:_T2.index("规章") + 1] + ["17", "58"] + _T2[_T2.index("规章") + 4:] + _T3_ROWS + _T4
                      + _T4_FIGURES + _TAIL) + "\n"
    assert "规章\n17\n58\n" in text
    got = _read(text, {**_REG, "review.total": 5, "litigation.direct.total": 5})
    assert got["review.total"] == 5 and got["litigation.direct.total"] == 5     # (table 四 read as collapsed runs)
    assert got["disclosure.regulations.issued"] == 17 and got["disclosure.regulations.in_force"] == 58


def test_no_proof_from_a_whole_table_four():
    # (table 四 printed whole, one cell a line, no run in it: nothing proves a collapse; the short row stays unread)
    t4 = ["7", "2", "1", "3", "13", "4", "1", "6", "2", "13", "8", "9", "12", "11", "40"]
    text = "\n".join(_HEAD + _T2[:_T2.index("规章") + 1] + ["23", "58"] + _T2[_T2.index("规章") + 4:] + _T3_ROWS + _T4
                      + t4 + _TAIL) + "\n"
    got = _read(text, {**_REG, "review.total": 13})
    assert got["review.total"] == 13
    assert got == {**dict.fromkeys(_REG), "review.total": 13}
