"""The second cut (extract/narrative_cut.needs_one_of): a line-local row that reads a zero stated by negation
(未收到…申请, 无结转) finds on the text without its lines holding no negation what it finds on the whole text; the
proof's parts on invented patterns, every such row over the fixtures and invented texts, and the figures read."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from reportparse.extract import narrative as N
from reportparse.extract import narrative_cut as B
from reportparse.extract.narrative_compact import Compact

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("pattern", [
    r"(?:未|没有)(?:收到|受理)申请(?=[,，。]|$)",
    r"(?<=^|[,，。])(?:无|没有)结转(?:的)?(?:申请|件)?",
    r"(?=无|没有)(?<=办结[,，])(?:无|没有)结转",               # the look-arounds read no character of the match
    r"(?:本年)?(?:不存在|无)行政复议",                          # an optional piece first, the negation after it
])
def test_rows_needing_a_negation_are_proved(pattern):
    assert B.needs_one_of(B.NEGATIONS, pattern)


@pytest.mark.parametrize("pattern", [
    r"(?:未|没有)?收到申请",                 # the negation optional
    r"(?<=未[\s\S])收到申请",                # only a look-behind that may read past a line break reads it
    r"(?<!未)收到申请",                      # a negative look-behind
    r"(?:未|已)收到申请",                    # a match may hold none
    r"未收到[\s\S]{0,5}申请",                # reads past a line break
    r"(?:未收到)*",                          # may match empty
    r"(?s)未.申请",                          # '.' reads a break
])
def test_rows_the_second_cut_refuses(pattern):
    assert not B.needs_one_of(B.NEGATIONS, pattern)


def _texts():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    rng = random.Random(42)
    cells = ["17", "6", "0", "2,418", "十三", "件", "|", "||", "申请", "未收到", "没有", "无", "不存在", "无法提供",
             "结转", "下一年度", "上年", "办结", "，", "。", "行政复议", "行政诉讼", "依申请公开", "政府信息公开",
             "不予公开", "收到", "受理", "情况", "\n", "\n|", "(一)", "本年度", "为零", "申诉", "规章", "规范性文件"]
    for _ in range(300):
        texts.append("".join(rng.choice(cells) for _ in range(rng.randint(5, 120))))
    return [_sentence_text(text) for text in texts]


def _sentence_text(text: str) -> str:
    """The text as narrative_figures scans it."""
    folded = N.fold_traditional(Compact(text).text)
    return N._HAN_STOP.sub("。", folded) if "." in folded else folded


def test_every_row_needing_a_negation_finds_on_the_cut_text_what_it_finds_on_the_whole_text():
    negation = N._negation_plan()
    count_local = N._scan_plan()[1]
    assert sum(n and not c for n, c in zip(negation, count_local)) >= 10    # rows the count cut leaves whole
    cut_off = 0
    for ctext in _texts():
        cut = B.CutText(ctext, B.NEGATION_PAIR)
        assert cut.text.count("\n") == ctext.count("\n")
        cut_off += len(ctext) - len(cut.text)
        for row, needs in zip(N._patterns(), negation):
            if needs:
                names = list(row[-1].groupindex)
                plain = [[m.span()] + [m.span(g) for g in names] + [m.groupdict(), m.group()]
                         for m in row[-1].finditer(ctext)]
                assert [[m.span()] + [m.span(g) for g in names] + [m.groupdict(), m.group()]
                        for m in cut.finditer(row[-1])] == plain
    assert cut_off > 0


def test_negated_zeros_among_table_lines_are_read_as_before(monkeypatch):
    text = ("二、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请，没有上年结转的申请。\n"
            "| 项目 | 自然人 | 商业企业 | 总计 |\n| 本年新收政府信息公开申请数量 | 0 | 0 | 0 |\n"
            "| 予以公开情况登记 | 0 | 0 | 0 |\n| (四)无法提供 | 0 | 0 | 0 |\n"
            "四、行政复议和行政诉讼情况\n本年度不存在因政府信息公开引起的行政复议、行政诉讼案件。\n")
    fast = N.narrative_figures(text, year=2023)
    with monkeypatch.context() as m:
        m.setattr(N, "_scan_plan", lambda: (None, tuple(False for _ in N._patterns())))
        m.setattr(N, "_negation_plan", lambda: tuple(False for _ in N._patterns()))
        plain = N.narrative_figures(text, year=2023)
    assert fast == plain
    assert {("requests.new", 0), ("review.total", 0), ("litigation.total", 0)} <= {(f.key, f.value) for f in fast}
    assert B.FILLER in B.CutText(N.fold_traditional(Compact(text).text), B.NEGATION_PAIR).text
