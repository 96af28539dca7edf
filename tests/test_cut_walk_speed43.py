"""Both sentence-text cuts built in one walk (extract/narrative_cut.cut_texts), the count cut's pair found at its
unit (plan(at_unit=True)): the same cut texts and position maps as the plain CutText walk with the pair found at
its count, over the fixtures and invented texts of table rows, prose, counts split from their unit by a line break,
numerals running into units (三万件), lines around the length a cut needs, empty and break-ended texts."""
from __future__ import annotations

import random
from pathlib import Path

import regex

from reportparse.extract import narrative as N
from reportparse.extract import narrative_cut as B
from reportparse.extract.narrative_compact import Compact

FIXTURES = Path(__file__).parent / "fixtures"
ROWS = tuple((row[-1].pattern, row[-1].flags) for row in N._patterns())


def _texts():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts += ["", "\n", "\n\n", "短行\n", "一二三四五六七八九十一二\n", "一二三四五六七八九十一\n",
              "本年度收到申请总数为二十\n七件，这一行的字数够了吧", "全年共收到三万件申请材料，均已办结完毕了\n"]
    rng = random.Random(43)
    cells = ["17", "8", "0", "2,415", "6.5", "三十一", "十四", "三万", "件", "条", "起", "项", "|", "||", "申请",
             "本年新收", "不予公开", "未收到", "无", "没有", "不存在", "主动公开政府信息", "共", "其中", "。", "，", "元",
             "万元", "结转", "维持", "网站", "１９", "٣", "余", "万条", "?", " ", "\n", "\n|", "行政复议案件"]
    for _ in range(400):
        texts.append("".join(rng.choice(cells) for _ in range(rng.randint(0, 150))))
    return [N.fold_traditional(Compact(text).text) for text in texts]


def _map(cut):
    return cut.text, cut._starts, cut._shifts


def test_one_walk_cuts_as_the_plain_walks_do():
    at_count, local = B.plan(ROWS)
    at_unit, local_at_unit = B.plan(ROWS, at_unit=True)
    assert local == local_at_unit and at_count.pattern != at_unit.pattern
    assert at_unit.search("共收到申请九件") and not at_unit.search("|申请|9|件|")
    cut_lines = 0
    for text in _texts():
        plain = [B.CutText(text, at_count), B.CutText(text, B.NEGATION_PAIR)]
        fast = B.cut_texts(text, (at_unit, B.NEGATION_PAIR))
        assert [_map(c) for c in fast] == [_map(c) for c in plain]
        cut_lines += len(plain[0]._starts)
        # (no pair: nothing cut)
        assert _map(B.cut_texts(text, (None,))[0]) == _map(B.CutText(text, None))
    assert cut_lines > 100          # the texts exercise the cut


def test_a_pattern_reads_the_one_walk_s_cut_text_as_the_whole_text():
    pair, local = N._scan_plan()
    text = N.fold_traditional(Compact("一、总体情况\n本年度共收到政府信息公开申请46件，办结39件。\n"
                                      "| 本年新收政府信息公开申请数量 | 21 | 25 |\n| 予以公开 | 11 | 28 |\n"
                                      "| 说明 | 本年度主动公开政府信息372条 |\n").text)
    cut, _ = B.cut_texts(text, (pair, B.NEGATION_PAIR))
    assert B.FILLER in cut.text
    row = regex.compile(r"主动公开政府信息(?P<n>\d+)条")
    [m] = cut.finditer(row)
    assert (m.span(), m.group("n")) == (row.search(text).span(), "372")


def test_a_row_s_tokens_read_alike_with_and_without_a_change_pair():
    from reportparse.extract import row_cells as R
    assert R._within([], 5) is None and R._within([(3, 9)], 5) == (3, 9)
    text = "主动公开政府信息数 43 +(2) -(5) 66\n本年新收 17 28 39\n"
    paired = R.cells_after(text, text.index(" "), text.index("\n"))[0]
    assert [t.raw for t in paired] == ["43", "+(2) -(5)", "66"]
    second = text.index("本年新收") + 4
    plain = R.cells_after(text, second, len(text))[0]
    assert [(t.raw, t.start) for t in plain] == [("17", second + 1), ("28", second + 4), ("39", second + 7)]
