"""Crawler-damaged tables (stop 60). Classes covered:

1. A numbered legacy row cut after its row number: the head line is the number alone ('13' / '8 28' /
   '其他类型答复数'), the figures after it, the label after them (plain or pipe rows, a break between, figures a line
   each, two such rows in a row, the table's last row). Read where the numbering proves the number a head (the row
   before is N-1, the next numbered row N+1 or none) and the label names the row; the figures must fill the row and
   its sums hold. Guards: a number out of the sequence, a table whose rows carry no numbers, a next row that is not
   N+1, and a row before whose last figure equals the number (that row left short: unread, never misread).
2. crawl_forms._table4_head finds table 四 only in the 2019/2021 templates' table: None on legacy prose that names
   行政复议 and 行政诉讼 in its sentences; _legacy_head repeats the appendix's header before a row's label only
   (numbered rows too), never between a label and its unit cell nor before the signature.

Invented tables, distinct numbers.
"""
import random

import pytest

import reportparse

_HEAD = ("岚峰县人民政府{year}年政府信息公开工作年度报告\n发布日期：{pub}-03-21\n一、概述\n本县政府信息公开工作稳步推进。\n"
         "六、附表\n岚峰县{year}年政府信息公开工作情况统计表\n指标名称 单位 本年度 累计\n")
_TAIL = "岚峰县人民政府办公室\n"

# each row's (本年度, 累计): channels sum to 86 | 437, replies to 79 | 412, site + gazette to the total
_TRUTH = {
    "disclosure.total": (734, 2915), "disclosure.via_website": (701, 2650), "disclosure.via_gazette": (33, 265),
    "requests.new": (86, 437), "requests.by_channel.in_person": (27, 119), "requests.by_channel.online": (41, 205),
    "requests.by_channel.letter": (11, 74), "requests.by_channel.fax": (7, 39), "requests.answered": (79, 412),
    "requests.granted": (48, 251), "requests.partially_granted": (13, 87), "requests.denied": (10, 46),
    "requests.reply.other": (8, 28), "review.total": (4, 19), "litigation.total": (6, 23),
}
_LABELS = {
    "disclosure.total": "主动公开政府信息数 条", "disclosure.via_website": "其中：政府网站公开数",
    "disclosure.via_gazette": "政府公报公开数", "requests.new": "受理政府信息公开申请总数 件",
    "requests.by_channel.in_person": "其中：当面申请数", "requests.by_channel.online": "网上申请数",
    "requests.by_channel.letter": "信函申请数", "requests.by_channel.fax": "传真申请数",
    "requests.answered": "对申请的答复总数 件", "requests.granted": "其中：同意公开答复数",
    "requests.partially_granted": "同意部分公开答复数", "requests.denied": "不予公开答复数",
    "requests.reply.other": "其他类型答复数", "review.total": "行政复议数 件", "litigation.total": "行政诉讼数 件",
}
_NUMBER = {k: n for n, k in enumerate(_TRUTH, 1)}


def _rows(numbered=True, pipe=False, truth=_TRUTH):
    out = {}
    for k, (y, c) in truth.items():
        label = f"{_NUMBER[k]}{_LABELS[k]}" if numbered else _LABELS[k]
        out[k] = f"| {label} | {y} | {c} |" if pipe else f"{label} {y} {c}"
    return out


def _parse(rows: dict, year=2013):
    return reportparse.parse_text(_HEAD.format(year=year, pub=year + 1) + "\n".join(rows.values()) + "\n" + _TAIL)


def _values(report):
    out = {}
    for i in report.indicators:
        if i.key in _TRUTH:
            out.setdefault(i.key, [None, None])[1 if i.period == "cumulative" else 0] = i.value
    return {k: tuple(v) for k, v in out.items()}


def _no_wrong(got, truth=_TRUTH):
    assert all(x is None or x == truth[k][i] for k, v in got.items() for i, x in enumerate(v)), got


_CUTS = [
    {"requests.reply.other": "13\n8 28\n其他类型答复数"},
    {"requests.granted": "10\n- 4 -\n48\n\n251\n其中：同意公开答复数"},
    {"requests.by_channel.online": "6\n41 205\n网上申请数", "requests.by_channel.letter": "7\n11\n第2页 共4页\n74\n信函申请数"},
    {"requests.partially_granted": "11\n13\n87\n同意部分公开答复数", "litigation.total": "15\n6 23\n行政诉讼数"},
    {"disclosure.via_gazette": "3\n33 265\n政府公报公开数", "requests.denied": "12\n10 46\n不予公开答复数"},
]


@pytest.mark.parametrize("cut", _CUTS)
def test_numbered_legacy_row_whose_head_is_its_number_alone(cut):
    report = _parse(dict(_rows(), **cut))
    assert _values(report) == _TRUTH
    for key in cut:
        note = next(i for i in report.indicators if i.key == key).source.note
        assert f"row number {_NUMBER[key]} alone" in note


def test_numbered_pipe_rows_whose_head_is_its_number_alone():
    rows = dict(_rows(pipe=True), **{"requests.reply.other": "| 13 |\n| 8 | 28 |\n| 其他类型答复数 |",
                                     "requests.by_channel.fax": "| 8 |\n| 7 |\n| 39 |\n| 传真申请数 |"})
    assert _values(_parse(rows)) == _TRUTH


def test_number_head_after_a_row_from_halves():
    """The row before is itself read from its halves ('9对申请的答复' / figures / '总数'): its number counts."""
    rows = dict(_rows(), **{"requests.answered": "9对申请的答复总数 件 79 412",
                            "requests.granted": "10其中：同意\n48 251\n公开答复数",
                            "requests.partially_granted": "11\n13 87\n同意部分公开答复数"})
    assert _values(_parse(rows)) == _TRUTH


@pytest.mark.parametrize("cut", ["14\n8 28\n其他类型答复数",            # a number out of the sequence (12 before)
                                 "12\n8 28\n其他类型答复数"])
def test_guard_number_out_of_sequence(cut):
    """(The row before then holds five figures: unread too, never read with the number as a figure.)"""
    got = _values(_parse(dict(_rows(), **{"requests.reply.other": cut})))
    assert "requests.reply.other" not in got and "requests.denied" not in got
    _no_wrong(got)


def test_guard_table_whose_rows_carry_no_numbers():
    got = _values(_parse(dict(_rows(numbered=False), **{"requests.reply.other": "13\n8 28\n其他类型答复数"})))
    assert "requests.reply.other" not in got and "requests.denied" not in got
    _no_wrong(got)


def test_guard_next_row_not_the_number_after():
    rows = _rows()
    rows["requests.reply.other"] = "13\n8 28\n其他类型答复数"
    rows["review.total"] = "16行政复议数 件 4 19"
    got = _values(_parse(rows))
    assert "requests.reply.other" not in got
    _no_wrong(got)


def test_guard_row_before_whose_last_figure_equals_the_number():
    """'12不予公开答复数' / '10' / '13' / '8 28' / '其他类型答复数': 13 may be row 12's 累计 (the next row's number lost)
    or row 13's number. Row 12 is left short and unread; nothing is read wrong either way."""
    truth = dict(_TRUTH, **{"requests.denied": (10, 13), "requests.answered": (79, 379)})
    rows = dict(_rows(truth=truth), **{"requests.denied": "12不予公开答复数\n10\n13",
                                       "requests.reply.other": "8 28\n其他类型答复数"})
    got = _values(_parse(rows))
    assert "requests.denied" not in got
    _no_wrong(got, truth)


def test_number_head_after_figures_equal_to_it():
    """'10…' / '11' / '11' / '11' / '13' / '87' / label: the row before fills its two columns with the first two 11s,
    so the third is row 11's number — the one head under which both rows hold as many figures."""
    truth = dict(_TRUTH, **{"requests.granted": (11, 11), "requests.answered": (42, 172)})
    rows = dict(_rows(truth=truth), **{"requests.granted": "10其中：同意公开答复数\n11\n11",
                                       "requests.partially_granted": "11\n13\n87\n同意部分公开答复数"})
    report = _parse(rows)
    assert _values(report) == truth
    note = next(i for i in report.indicators if i.key == "requests.partially_granted").source.note
    assert "row number 11 alone" in note


def test_guard_number_head_where_the_row_before_is_short():
    """The row before prints one figure (a blank cell, or one lost): no head makes the two rows alike; unread."""
    truth = dict(_TRUTH, **{"requests.granted": (48, 11)})
    rows = dict(_rows(truth=truth), **{"requests.granted": "10其中：同意公开答复数\n11",
                                       "requests.partially_granted": "11\n13\n87\n同意部分公开答复数"})
    got = _values(_parse(rows))
    assert "requests.partially_granted" not in got
    _no_wrong(got, truth)


def test_guard_number_line_is_never_a_figure_of_the_row_before():
    """A complete row before a number head keeps its own two figures (not three, not unread)."""
    got = _values(_parse(dict(_rows(), **{"requests.reply.other": "13\n8\n28\n其他类型答复数"})))
    assert got["requests.denied"] == (10, 46) and got["requests.reply.other"] == (8, 28)


# ---------------------------------------------------------------- the damage tools (tools/damage/crawl_forms.py)

from conftest import tool_module  # noqa: E402


def _document(want: str):
    attack = tool_module("crawler_attack")
    return next(attack.document(s) for s in range(9_600_000, 9_600_200) if attack.document(s)[0] == want)


@pytest.mark.parametrize("layout", ["legacy", "legacy_rows"])
def test_table4_head_finds_no_table_in_legacy_prose(layout):
    """A legacy report names 行政复议 and 行政诉讼 in a heading and a sentence, and has no table 四: None (before, the
    appendix's first figure row was cut there, and the family measured nothing of table 四)."""
    forms = tool_module("damage.crawl_forms")
    lines = _document(layout)[1].split("\n")
    assert any("行政复议" in ln and "行政诉讼" in ln for ln in lines)
    assert forms._table4_head(list(lines), random.Random(3)) is None


@pytest.mark.parametrize("layout", ["cells", "pipes", "rows"])
def test_table4_head_repeats_the_templates_header_inside_table4(layout):
    forms = tool_module("damage.crawl_forms")
    lines = _document(layout)[1].split("\n")
    out = forms._table4_head(list(lines), random.Random(3))
    assert out is not None and len(out) > len(lines)
    extra = [ln for ln in out if ln not in lines or out.count(ln) > lines.count(ln)]
    assert any("结果维持" in ln for ln in extra)


def test_row_number_alone_cuts_numbered_rows_after_their_number():
    forms = tool_module("damage.crawl_forms")
    lines = ["1主动公开政府信息数 条 734 2915", "2其中：政府网站公开数 701 2650", "3政府公报公开数 33 265", "9其中：同意公开答复数",
             "48", "251", "10同意部分公开答复数 13 87"]
    out = forms.row_number_alone(list(lines), random.Random(1))
    assert out != lines and out[0] == lines[0]         # (a row with its unit word stays whole)
    for n, label in (("2", "其中：政府网站公开数"), ("3", "政府公报公开数"), ("9", "其中：同意公开答复数"),
                     ("10", "同意部分公开答复数")):
        if n in out:
            i, j = out.index(n), out.index(label)
            assert i < j and all(any(c.isdigit() for c in x) or not x.strip() or "页" in x for x in out[i + 1:j])


@pytest.mark.parametrize("numbered", [False, True])
def test_legacy_head_repeats_the_header_between_rows_only(numbered):
    """The appendix's header printed again after a page break stands before a row's label (numbered or not), never
    between a label and its unit cell ('件') inside the row, nor before the signature after the table."""
    forms = tool_module("damage.crawl_forms")
    lines = ["六、附表", "岚峰县2013年政府信息公开工作情况统计表", "指标名称", "单位", "本年度", "累计"]
    for k, (y, c) in _TRUTH.items():
        label, _, unit = _LABELS[k].partition(" ")
        lines += [f"{_NUMBER[k]}{label}" if numbered else label] + ([unit] if unit else []) + [str(y), str(c)]
    lines += ["岚峰县人民政府办公室", "2014年3月"]
    labels = {ln for ln in lines[6:-2] if not ln.isdigit() and len(ln) > 1}
    seen = set()
    for seed in range(40):
        out = forms._legacy_head(list(lines), random.Random(seed))
        at = next(i for i in range(6, len(out)) if out[i] != lines[i])
        after = next(ln for ln in out[at:] if ln not in forms.FURNITURE and ln not in lines[1:6])
        assert after in labels, after
        seen.add(after)
    assert len(seen) > 5


def test_a_whole_row_between_a_head_and_a_tail_ends_the_halves():
    """PRECISION (speed60 found it, fixed at the merge): the run of lines between a label's head and its tail holds
    breaks and figures only — `kinds[j] in "bf"` was true for "" (any other line) too, so a whole row of another
    label between '传真申' and '请数' was swallowed into the fax row's label and its lone figure read as the fax count."""
    from reportparse.extract import label_halves as LH
    from reportparse.schema import row_specs
    specs = row_specs("legacy")
    text = "传真申\n| 同意公开答复数 | 1,306 |\n27\n请数\n"
    assert LH.halves_apart(text, specs, 0, len(text)) == []
    assert LH.halves_apart(text, specs, 0, len(text), kinds_of=LH.plain_kinds) == []
    joined = "传真申\n27\n请数\n"          # the halves with only their figures between: still one row
    hits = LH.halves_apart(joined, specs, 0, len(joined))
    assert [(h.spec.key, [t.raw for t in h.cells]) for h in hits] == [("requests.by_channel.fax", ["27"])]
