"""Cutting the lines no sentence pattern can match (extract/narrative_cut) changes no match: the proof's parts
on invented patterns, and every pattern it lets read the cut text finds what it finds on the whole text (the same
spans and groups), over the fixtures and invented texts of table rows, prose cells, cut sentences, numerals and units."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from reportparse.extract import narrative as N
from reportparse.extract import narrative_cut as B
from reportparse.extract.narrative_compact import Compact

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("pattern, unit", [
    (r"共(?P<n>\d+)件", "件"),
    (r"(?<=^|[,，\n])收到申请(?P<n>\d+|[一二三]{1,3})(?:余)?(?:件|条)", "余件条"),     # an optional word then the unit
    (r"(?<=(?P<n>\d+)(?:件|起)[,，])均已办结", "件起"),        # the count in a look-behind that must hold
    (r"(?:公开|发布)(?:政府)?信息(?:共计|共)?(?P<n>\d+(?:\.\d+)?)(?:万)?条(?=[。;；\n]|$)", "万条"),
])
def test_a_line_local_count_before_its_unit_is_proved(pattern, unit):
    assert B.units_after_count(pattern) == [frozenset(unit)]


@pytest.mark.parametrize("pattern", [
    "共\n(?P<n>\\d+)件",                    # consumes a line break
    r"未收到申请(?=\s*\Z)(?P<n>\d+)件",      # a look-ahead past the break (\s)
    "(?<=(?<!其中)[,\n])(?P<n>\\d+)件",      # a look-behind reading the line before the break
    r"共(?P<n>\d+)件?",                     # the unit is optional
    r"(?P<g>\s)(?P<n>\d+)(?P=g)件",          # a back-reference to a group that may hold a line break
    r"(?P<n>\d+)(?P=n)件",                  # a back-reference that may stand right before the unit (a digit)
    r"(?s)共.(?P<n>\d+)件",                 # '.' takes a break
    r"(?:收到){e<=1}(?P<n>\d+)件",          # fuzzy: read otherwise by Python's parser
    r"未收到任何申请",                       # no count at all
    r"共(?P<n>\D+)件",                       # not a number
])
def test_what_the_proof_cannot_settle_reads_the_plain_text(pattern):
    assert B.units_after_count(pattern) == []
    assert B.units_after_count(r"共(?P<n>\d+)件", regex.DOTALL) == []


def test_the_set_chosen_is_the_count_s_unit_where_a_numeral_stands_in_a_word_too():
    rows = ((r"属于第三方(?:的)?(?P<n>\d+)件", 0), (r"三类内部事务信息(?P<n>\d+)件", 0), (r"共(?P<n>\d+)件", 0))
    assert [frozenset("方"), frozenset("件")] == B.units_after_count(rows[0][0])
    pair, local = B.plan(rows)
    assert local == (True, True, True) and pair.pattern.endswith("[件]")


def test_a_line_is_cut_only_without_a_count_before_a_unit():
    pair, _ = B.plan(((r"共(?P<n>\d+)件", 0),))
    text = ("|本年新收政府信息公开申请数量|27|13|\n|说明|本年度共收到申请37件|\n|4|\n|行政复议|||行政诉讼|5|6|\n"
            "十二件之外的文字没有数字吗\n|结转下年度继续办理|8|9|10|")
    cut = B.CutText(text, pair)
    assert cut.text.split("\n") == [B.FILLER, "|说明|本年度共收到申请37件|", "|4|", B.FILLER, "十二件之外的文字没有数字吗",
                                     B.FILLER]
    # a match after the cuts is read at its place in the whole text
    [m] = cut.finditer(regex.compile(r"(?P<x>十二)件"))
    assert m.span() == m.span("x")[:1] + (m.end("x") + 1,) and text[m.start():m.end()] == "十二件"
    assert m.groupdict() == {"x": "十二"} and m.group() == "十二件"
    assert list(B.CutText(text, None).finditer(regex.compile("件"))) != []


def _plain_figures(text, monkeypatch, **kw):
    with monkeypatch.context() as m:
        m.setattr(N, "_scan_plan", lambda: (None, tuple(False for _ in N._patterns())))
        return N.narrative_figures(text, **kw)


def test_prose_in_table_rows_is_read_as_before(monkeypatch):
    text = ("一、总体情况\n本年度共收到政府信息公开申请58件，其中当面申请12件。\n"
            "| 项目 | 本年新收政府信息公开申请数量 | 予以公开 |\n| 第一季度 | 14 | 9 |\n| 第二季度 | 23 | 16 |\n"
            "| 说明 | 本年度主动公开政府信息463条 |\n| 本年度共收到 | 政府信息公开申请58件 |\n")
    fast = N.narrative_figures(text, year=2023)
    assert fast == _plain_figures(text, monkeypatch, year=2023)
    assert {(f.key, f.value) for f in fast} >= {("requests.new", 58), ("disclosure.total", 463)}
    pair, local = N._scan_plan()
    assert B.FILLER in B.CutText(N.fold_traditional(Compact(text).text), pair).text and any(local)


def _sentence_texts():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    rng = random.Random(41)
    cells = ["14", "9", "0", "1,236", "3.5", "二十三", "十二", "件", "条", "|", "||", "申请", "本年新收", "予以公开",
             "不予公开", "行政复议", "主动公开政府信息", "共", "收到", "其中", "。", "，", "(一)", "1.", "元", "万元", "起",
             "结转", "下一年度", "均已办结", "维持", "自然人", "均为", "网站", "１２", "٣", "余", "万条", "以上", "?", " ",
             "(含上年结转", "依申请公开", "答复", "\n", "\n|"]
    for _ in range(300):
        texts.append("".join(rng.choice(cells) for _ in range(rng.randint(5, 120))))
    out = []
    for text in texts:
        ctext = N.fold_traditional(Compact(text).text)
        out.append(N._HAN_STOP.sub("。", ctext) if "." in ctext else ctext)
    return out


def _read(m, names):
    return [m.span()] + [m.span(g) for g in names] + [m.groupdict(), m.group()]


def test_every_pattern_finds_on_the_cut_text_what_it_finds_on_the_whole_text():
    pair, local = N._scan_plan()
    assert sum(local) > len(local) // 2          # most rows gain (a count right before its unit)
    cut_off = 0
    for ctext in _sentence_texts():
        cut = B.CutText(ctext, pair)
        assert cut.text.count("\n") == ctext.count("\n")
        cut_off += len(ctext) - len(cut.text)
        for row, line_local in zip(N._patterns(), local):
            if line_local:
                names = list(row[-1].groupindex)
                plain = [_read(m, names) for m in row[-1].finditer(ctext)]
                assert [_read(m, names) for m in cut.finditer(row[-1])] == plain
    assert cut_off > 0
