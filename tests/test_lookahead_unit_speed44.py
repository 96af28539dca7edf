"""The count cut (extract/narrative_cut) reads a look-ahead after a count as its unit: where the only thing a
pattern requires after a count is a look-ahead that must hold ((?=[二三]是): 事项3二是…), the character after
the count's last digit is one its body starts with, so the row may read the cut text too. Its matches on the cut
text are those on the whole text (invented patterns and texts)."""
from __future__ import annotations

import random

import pytest
import regex

from reportparse.extract import narrative_cut as B


@pytest.mark.parametrize("pattern, unit", [
    (r"共(?P<n>\d+)(?:件|(?=[二三]是))", "件二三"),           # a unit, or a look-ahead in its place
    (r"共(?P<n>\d+)(?=[条项])", "条项"),                    # a look-ahead alone
    (r"共(?P<n>\d+)(?<=共\d{1,3})(?=起)(?:起)?", "起"),     # a look-behind first reads nothing after the count
    (r"共(?P<n>\d+)(?:了)?(?=件)", "了件"),                  # an optional word before it may stand there too
])
def test_a_look_ahead_after_the_count_is_its_unit(pattern, unit):
    assert B.units_after_count(pattern) == [frozenset(unit)]


@pytest.mark.parametrize("pattern", [
    r"共(?P<n>\d+)(?:件|(?=[二三]是|$))",      # the look-ahead may hold at the line's end: no character there
    r"共(?P<n>\d+)(?:件|(?=\n))",             # … or on the line break
    r"共(?P<n>\d+)(?:件|(?![二三]))",         # a negative look-ahead says what is not there
    r"共(?P<n>\d+)(?:件|(?=(?:是)?))",        # a look-ahead that may read nothing
    r"共(?P<n>\d+)(?:件|(?=\d))",             # a digit: the count's own
])
def test_a_look_ahead_that_does_not_settle_the_character_proves_nothing(pattern):
    assert B.units_after_count(pattern) == []


def test_the_cut_text_finds_what_the_whole_text_finds():
    patterns = [regex.compile(p) for p in (r"收到(?P<n>\d+|[一二三]{1,3})(?:件|(?<=事项\d{1,4})(?=[二三四]是))",
                                           r"共(?P<n>\d+)(?=[条项])", r"有(?P<n>\d+)(?:了)?(?=件)")]
    pair, local = B.plan(tuple((p.pattern, 0) for p in patterns), at_unit=True)
    assert all(local)
    rng = random.Random(44)
    pieces = ["收到7", "收到二", "事项3", "共15", "有26", "了", "二是", "三是", "四", "件", "条", "项", "|", "| 38 |",
              "是", "申请", "，", "。", "\n", "\n|", "十二", "二十", " "]
    seen = cut_off = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(5, 90)))
        cut = B.cut_texts(text, (pair,))[0]
        cut_off += len(text) - len(cut.text)
        for p in patterns:
            plain = [(m.span(), m.span("n"), m.group()) for m in p.finditer(text)]
            assert [(m.span(), m.span("n"), m.group()) for m in cut.finditer(p)] == plain
            seen += len(plain)
    assert seen > 150 and cut_off > 0


def test_a_class_of_colons_is_no_posix_class():
    # [:：] is a class of two colons to both parsers; [[:alpha:]] is the regex module's own
    assert B.units_after_count(r"新收[:：]?(?P<n>\d+)件") == [frozenset("件")]
    assert B.units_after_count(r"新收[[:alpha:]]?(?P<n>\d+)件") == []
    assert B.units_after_count(r"新收[:alpha:](?P<n>\d+)件") == []       # (refused: read alike, but not worth telling)


def test_a_count_written_as_a_digit_is_a_count():
    assert B.units_after_count(r"复议(?:共|为)?(?:0|零)(?:件|起)") == [frozenset("件起")]
    assert B.units_after_count(r"复议为(?:0|零)(?![\d.])") == []          # no unit after it


@pytest.mark.parametrize("pattern, proved", [
    (r"(?:(?:无|没有)结转|上年(?:无|没有)结转)(?:的)?申请", True),    # a negation on every path
    (r"(?:无结转|上年结转为零)", False),                             # one path holds none
    (r"(?:上年(?:无|没有))+结转", True),                             # a repeat taken at least once
    (r"(?:上年(?:无|没有))*结转", False),                            # … or not at all
])
def test_a_negation_inside_every_path_is_needed(pattern, proved):
    assert B.needs_one_of(B.NEGATIONS, pattern) is proved


def _sentence_texts():
    from reportparse.extract import narrative as N
    from reportparse.extract.narrative_compact import Compact
    rng = random.Random(4444)
    cells = ["收到", "受理", "新收", "事项", "3", "12", "0", "零", "二是", "三是", "十二", "件", "起", "|", "| 27 | 5 |",
             "申请", "依申请公开", "政府信息公开", "：", ":", "共", "为", "行政复议", "、", "行政诉讼", "无", "没有", "上年",
             "结转", "的", "，", "。", "\n", "\n|", "本年度", "全年", "信息", " "]
    texts = ["".join(rng.choice(cells) for _ in range(rng.randint(5, 120))) for _ in range(300)]
    return [N.fold_traditional(Compact(text).text) for text in texts]


def test_every_row_finds_on_its_cut_text_what_it_finds_on_the_whole_text():
    from reportparse.extract import narrative as N
    pair, local = N._scan_plan()
    negation = N._negation_plan()
    seen = 0
    for ctext in _sentence_texts():
        cut, negated = B.cut_texts(ctext, (pair, B.NEGATION_PAIR))
        for row, count_local, needs in zip(N._patterns(), local, negation):
            if count_local or needs:
                names = list(row[-1].groupindex)
                plain = [[m.span()] + [m.span(g) for g in names] + [m.group()] for m in row[-1].finditer(ctext)]
                read = cut if count_local else negated
                assert [[m.span()] + [m.span(g) for g in names] + [m.group()] for m in read.finditer(row[-1])] == plain
                seen += len(plain)
    assert seen > 80
