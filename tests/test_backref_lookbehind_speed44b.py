"""Two more pieces of the narrative cut's proof (extract/narrative_cut): a back-reference is another match of its
group's body (it matches exactly what the group matched), so a group that never holds a line break keeps its
row line-local; a negation inside a look-behind (or look-ahead) that must hold and cannot read a line break lies on
the match's own line. Invented patterns and texts."""
from __future__ import annotations

import random

import pytest
import regex

from reportparse.extract import narrative_cut as B


@pytest.mark.parametrize("pattern, units", [
    (r"(?<=收到(?P<n>\d+)(?P<u>件|条)，)(?:(?P=n)(?P=u))?申请人", [frozenset("件条")]),   # groups of a look-behind
    (r"共(?P<n>\d+)件(?P=n)", [frozenset("件")]),           # the reference after the unit
    (r"(?P<w>[甲乙])共(?P<n>\d+)(?P=w)", []),               # a reference in the unit's place: may be nothing
])
def test_a_back_reference_is_another_match_of_its_group(pattern, units):
    assert B.units_after_count(pattern) == units


@pytest.mark.parametrize("pattern", [
    r"(?P<g>[^件])(?P<n>\d+)件(?P=g)",        # its group may hold a line break
    r"(?P<n>\d+)件(?P<m>(?P=n))(?P=m)",       # its group holds a reference itself
    r"(?P<n>\d+)(?P<n>\d+)件(?P=n)",          # a name twice (the regex module allows it): not read alike
])
def test_back_references_the_proof_refuses(pattern):
    assert B.units_after_count(pattern) == []


@pytest.mark.parametrize("pattern, proved", [
    (r"(?<=未)收到申请", True),
    (r"(?<=(?:无|未|没有)[^\n，。]{0,9})(?:收取|收费)", True),     # the look-behind's class keeps it in the line
    (r"(?=[^\n]{0,5}未)收到申请", True),                         # a look-ahead alike
    (r"(?<=(?:无|未)[^，。]{0,9})(?:收取|收费)", False),          # [^，。] takes a line break
    (r"(?<=(?:无|已))收取", False),                              # one path holds none
])
def test_a_negation_in_a_line_local_look_around(pattern, proved):
    assert B.needs_one_of(B.NEGATIONS, pattern) is proved


def test_the_cut_texts_find_what_the_whole_text_finds():
    counted = [regex.compile(p) for p in (r"(?<=收到(?P<n>\d+)(?P<u>件|条)，)(?:(?P=n)(?P=u))?申请人",
                                          r"共(?P<n>\d+)件(?P=n)")]
    negated = [regex.compile(p) for p in (r"(?<=未)收到申请", r"(?<=(?:无|未|没有)[^\n，。]{0,9})(?:收取|收费)")]
    pair, local = B.plan(tuple((p.pattern, 0) for p in counted))
    assert all(local) and all(B.needs_one_of(B.NEGATIONS, p.pattern) for p in negated)
    rng = random.Random(4402)
    pieces = ["收到", "共", "7", "13", "件", "条", "，", "申请人", "申请", "未", "无", "没有", "收取", "收费", "|",
              "| 38 | 4 |", "\n", "\n|", "已", "。", " "]
    seen = cut_off = 0
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(5, 90)))
        cut, negation = B.cut_texts(text, (pair, B.NEGATION_PAIR))
        cut_off += len(text) - len(cut.text) + len(text) - len(negation.text)
        for patterns, read in ((counted, cut), (negated, negation)):
            for p in patterns:
                plain = [(m.span(), [m.span(g) for g in p.groupindex], m.group()) for m in p.finditer(text)]
                assert [(m.span(), [m.span(g) for g in p.groupindex], m.group()) for m in read.finditer(p)] == plain
                seen += len(plain)
    assert seen > 150 and cut_off > 0


def test_every_row_with_a_back_reference_or_a_look_behind_negation_reads_alike_on_its_cut_text():
    from reportparse.extract import narrative as N
    from reportparse.extract.narrative_compact import Compact
    pair, local = N._scan_plan()
    negation = N._negation_plan()
    rows = [(row[-1], local[i]) for i, row in enumerate(N._patterns()) if (local[i] or negation[i])
            and ("(?P=" in row[-1].pattern or "(?<=(?:无|未" in row[-1].pattern)]
    assert len(rows) >= 2
    rng = random.Random(4403)
    cells = ["收到申请", "受理申请", "共", "3", "12", "二十", "件", "条", "，", "申请人", "均", "为", "是", "自然人",
             "公民", "。", "未", "无", "没有", "不存在", "收取", "收费", "检索", "费", "处理费", "|", "| 27 | 5 |",
             "\n", "\n|", "2021年度", " ", "收到申请12件，", "收到申请二十件，", "12件", "申请人均为自然人",
             "申请人为公民", "未发生行政诉讼、行政申诉", "无诉讼或申诉案件", "诉讼", "申诉", "、",
             "收到申请12件，申请人均为自然人，", "受理申请二十件，二十件申请人为公民。", "收到申请12件，12条申请人是公民",
             "收到申请3条，3条申请的申请人都是公民"]
    seen = 0
    for _ in range(600):
        text = N.fold_traditional(Compact("".join(rng.choice(cells) for _ in range(rng.randint(5, 120)))).text)
        cut, negated = B.cut_texts(text, (pair, B.NEGATION_PAIR))
        for pattern, count_local in rows:
            names = list(pattern.groupindex)
            plain = [[m.span()] + [m.span(g) for g in names] + [m.group()] for m in pattern.finditer(text)]
            read = cut if count_local else negated
            assert [[m.span()] + [m.span(g) for g in names] + [m.group()] for m in read.finditer(pattern)] == plain
            seen += len(plain)
    assert seen > 200
