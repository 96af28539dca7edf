"""A row's label wrapped over two lines with the row's figures between its halves ('其中：当面申' / '32 86' / '请数',
'| 行政规范 |' / '| 23 | 9 |' / '| 71 |' / '| 性文件 |'): the halves joined make a label of the vocabulary whole, the
figures between are that row's (before: the row unknown, and in a legacy appendix its channel or reply sums failed
and the whole group was dropped). Stays unread: halves that join to no label, a tail with figures of its own after it
(a row, not a label's rest), a row whose sums then fail. Invented tables, distinct numbers; tests named *guard* pass
on the start tree."""
import pytest

import reportparse

_HEAD = ("鹭洲县人民政府{year}年政府信息公开工作年度报告\n发布日期：{pub}-03-18\n一、概述\n本县政府信息公开工作平稳有序。\n"
         "六、附表\n鹭洲县{year}年政府信息公开工作情况统计表\n指标名称 单位 本年度 累计\n")
_TAIL = "鹭洲县人民政府办公室\n"

# the truth: each row's (本年度, 累计); the channels sum to 73 | 418, the replies to 64 | 392
_TRUTH = {
    "disclosure.total": (612, 2381), "disclosure.via_website": (587, 2204), "disclosure.via_gazette": (25, 177),
    "requests.new": (73, 418), "requests.by_channel.in_person": (31, 95), "requests.by_channel.online": (22, 176),
    "requests.by_channel.letter": (8, 61), "requests.by_channel.fax": (12, 86), "requests.answered": (64, 392),
    "requests.granted": (41, 263), "requests.partially_granted": (9, 58), "requests.denied": (6, 33),
    "requests.reply.other": (8, 38), "review.total": (3, 17), "litigation.total": (5, 21),
}
_ROWS = {
    "disclosure.total": "主动公开政府信息数 条 612 2381", "disclosure.via_website": "其中：政府网站公开数 587 2204",
    "disclosure.via_gazette": "政府公报公开数 25 177", "requests.new": "受理政府信息公开申请总数 件 73 418",
    "requests.by_channel.in_person": "其中：当面申请数 31 95", "requests.by_channel.online": "网上申请数 22 176",
    "requests.by_channel.letter": "信函申请数 8 61", "requests.by_channel.fax": "传真申请数 12 86",
    "requests.answered": "对申请的答复总数 件 64 392", "requests.granted": "其中：同意公开答复数 41 263",
    "requests.partially_granted": "同意部分公开答复数 9 58", "requests.denied": "不予公开答复数 6 33",
    "requests.reply.other": "其他类型答复数 8 38", "review.total": "行政复议数 件 3 17",
    "litigation.total": "行政诉讼数 件 5 21",
}


def _parse(rows: dict, year=2012):
    return reportparse.parse_text(_HEAD.format(year=year, pub=year + 1) + "\n".join(rows.values()) + "\n" + _TAIL)


def _values(report):
    out = {}
    for i in report.indicators:
        if i.period == "cumulative":
            out.setdefault(i.key, [None, None])[1] = i.value
        elif i.key in _TRUTH:
            out.setdefault(i.key, [None, None])[0] = i.value
    return {k: tuple(v) for k, v in out.items()}


def _no_wrong(got):
    assert all(_TRUTH[k] == v for k, v in got.items() if None not in v), got
    assert all(x is None or x == _TRUTH[k][i] for k, v in got.items() for i, x in enumerate(v)), got


_HALVES = [
    {"requests.by_channel.in_person": "其中：当面申\n31 95\n请数"},
    {"requests.by_channel.in_person": "其中：当\n31\n- 4 -\n95\n面申请数",
     "requests.partially_granted": "同意\n9\n第3页 共5页\n58\n部分公开答复数"},
    {"disclosure.via_website": "其中\n587\n2204\n：政府网站公开数", "requests.reply.other": "其他\n8 38\n类型答复数",
     "requests.by_channel.fax": "传\n12 86\n\n真申请数"},
    {"disclosure.via_gazette": "政府公报公\n25 177\n开数", "requests.granted": "其中：\n41 263\n同意公开答复数",
     "requests.denied": "不予公开答\n6\n33\n复数"},
]


@pytest.mark.parametrize("cut", _HALVES)
def test_legacy_rows_whose_label_halves_stand_around_their_figures(cut):
    report = _parse(dict(_ROWS, **cut))
    assert _values(report) == _TRUTH
    note = next(i for i in report.indicators if i.key == next(iter(cut))).source.note
    assert "two halves" in note


def test_numbered_rows_cut_with_their_number_on_the_head():
    rows = {k: f"{n}{v}" for n, (k, v) in enumerate(_ROWS.items(), 1)}
    rows["requests.by_channel.in_person"] = "5其中：当\n31 95\n面申请数"
    rows["requests.by_channel.letter"] = "7信\n8 61\n函申请数"
    rows["requests.partially_granted"] = "11同意部\n9\n58\n分公开答复数"
    assert _values(_parse(rows)) == _TRUTH


def test_guard_halves_that_join_to_no_label():
    """'当面申' + '报数' is no label: the row stays unread, nothing read wrong."""
    got = _values(_parse(dict(_ROWS, **{"requests.by_channel.in_person": "其中：当面申\n31 95\n报数"})))
    assert "requests.by_channel.in_person" not in got
    _no_wrong(got)


def test_guard_a_tail_with_figures_of_its_own():
    """'请数' followed by figures is a row of its own (one cell a line): the halves are not joined over it."""
    rows = dict(_ROWS, **{"requests.by_channel.in_person": "其中：当面申\n31\n95\n请数\n44\n57"})
    got = _values(_parse(rows))
    assert "requests.by_channel.in_person" not in got
    _no_wrong(got)


def test_a_row_from_halves_whose_sums_fail_stays_unread():
    """The channels then sum to 74 | 418, not 73: the halves' row is not proved, and not read."""
    rows = dict(_ROWS, **{"requests.by_channel.in_person": "其中：当面申\n32 95\n请数"})
    report = _parse(rows)
    got = _values(report)
    assert "requests.by_channel.in_person" not in got
    assert got["disclosure.total"] == (612, 2381) and got["requests.granted"] == (41, 263)
    assert any("two halves" in w and "not read" in w for w in report.warnings)


# ---------------------------------------------------------------- table 二's pipe rows

from test_table2_label_alone56 import _FIVE, _H2021, _got as _t2_got, _parse as _t2_parse  # noqa: E402

_REG = "| 规章 | 14 | 6 | 52 |\n"
_NORMATIVE = {"normative_docs.issued": 23, "normative_docs.repealed": 9, "normative_docs.in_force": 71}


@pytest.mark.parametrize("cut", ["| 行政规范 |\n| 23 | 9 |\n| 71 |\n| 性文件 |\n",
                                 "| 行政 |\n| 23 | 9 | 71 |\n| 规范性文件 |\n",
                                 "| 行政规 |\n| 23 |\n\n| 9 | 71 |\n| 范性文件 |\n",
                                 "| 行政规范性 |\n| 23 |\n- 2 -\n| 9 |\n| 71 |\n| 文件 |\n"])
def test_table2_row_whose_label_halves_stand_around_its_figures(cut):
    report = _t2_parse(_H2021 + _REG + cut + _FIVE)
    assert _t2_got(report, "regulations", "normative_docs", "licensing") == dict(
        _NORMATIVE, **{"regulations.issued": 14, "regulations.repealed": 6, "regulations.in_force": 52,
                       "licensing.decisions": 317})


def test_table2_2019_signed_change_between_the_halves():
    head = "| 第二十条第（五）项 |\n| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n|---|---|---|---|\n"
    report = _t2_parse(head + "| 行政许可 | 615 | -301 | 177 |\n| 其他对外管 |\n| 727 | +398 |\n| 163 |\n"
                              "| 理服务事项 |\n", year=2019)
    assert _t2_got(report, "licensing", "other_services") == {
        "licensing.items_prev_year": 615, "licensing.items_change": -301, "licensing.decisions": 177,
        "other_services.items_prev_year": 727, "other_services.items_change": 398, "other_services.decisions": 163}


@pytest.mark.parametrize("cut", ["| 行政规范 |\n| 23 | 9 |\n| 性文件 |\n",          # fewer figures than columns
                                 "| 行政规范 |\n| 23 | 9 | 71 | 44 |\n| 性文件 |\n",    # more
                                 "| 行政规范 |\n| 23 | 9 | 71 |\n| 文件性 |\n"])      # no label joined
def test_guard_table2_halves_not_settled(cut):
    report = _t2_parse(_H2021 + _REG + cut + _FIVE)
    assert _t2_got(report, "normative_docs") == {}
    assert _t2_got(report, "regulations", "licensing") == {
        "regulations.issued": 14, "regulations.repealed": 6, "regulations.in_force": 52, "licensing.decisions": 317}


@pytest.mark.parametrize("cut", ["其中：当面申\n3195\n请数", "其中：当面申\n31\n请数", "其中：当面申\n31 95 44\n请数"])
def test_guard_legacy_halves_whose_figures_do_not_fill_the_columns(cut):
    """One figure (digits run together, or a cell lost) or three between the halves of a two-column row: unread."""
    got = _values(_parse(dict(_ROWS, **{"requests.by_channel.in_person": cut})))
    assert "requests.by_channel.in_person" not in got
    _no_wrong(got)


_PLAIN_H = "第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
_PLAIN_5 = "第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 317\n"


@pytest.mark.parametrize("cut", ["规章 14 6 52\n行政规范\n23 9 71\n性文件\n",
                                 "规章\n14\n6\n52\n行政规范\n23\n9\n71\n性文件\n",
                                 "规章 14 6 52\n行政\n23 9\n- 2 -\n71\n规范性文件\n"])
def test_table2_plain_rows_whose_label_halves_stand_around_their_figures(cut):
    report = _t2_parse(_PLAIN_H + cut + _PLAIN_5)
    assert _t2_got(report, "regulations", "normative_docs", "licensing") == dict(
        _NORMATIVE, **{"regulations.issued": 14, "regulations.repealed": 6, "regulations.in_force": 52,
                       "licensing.decisions": 317})


def test_the_length_gate_skips_no_piece():
    """halves_apart tries its piece pattern only on lines no longer than a half's words plus a row number (the pattern
    is quadratic on long prose lines): every line the pattern takes as a piece passes the gate (invented lines)."""
    import random

    from reportparse.extract import label_halves as L
    rng = random.Random(59)
    alphabet = list("当面申请数行政规范性文件其中") + list("0123456789|., \t") + ["其中：", "| ", " |", "12.", "3,"]
    pieces = 0
    for _ in range(20000):
        if rng.random() < 0.5:      # (near the bound: a row number, a half's words of 20 to 24 characters, pipes)
            words = "".join(rng.choice("当面申请数行政规范性文件其中 ") for _ in range(rng.randint(20, 24)))
            line = rng.choice(["", "| ", "|"]) + rng.choice(["", "1", "12", "12."]) + words + rng.choice(["", " |", "|"])
        else:
            line = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        m = L._PIECE.fullmatch(line)
        if m and len(m.group("words")) <= L._LONGEST:
            pieces += 1
            assert L.may_be_piece(line, 0, len(line)), line
    assert pieces > 500
