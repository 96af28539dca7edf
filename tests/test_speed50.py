"""speed50: the sentence cuts (extract/narrative_cut) cut every line of 4 characters or more holding no pair (12
before). Each row reading a cut against the whole text, over invented texts rich in short lines; the test of the real
rows fails when the proof is loosened."""
from __future__ import annotations

import random
from pathlib import Path

import regex

from reportparse.extract import narrative as N
from reportparse.extract import narrative_cut as B
from reportparse.extract.narrative_compact import Compact

FIXTURES = Path(__file__).parent / "fixtures"
PAIRS = (N._scan_plan()[0], B.NEGATION_PAIR)


def _texts(rng: random.Random, n: int) -> list[str]:
    """Texts of short pipe rows and short lines (4 to 11 characters: cut since speed50) among sentences."""
    cells = ["|4|", "|27|", "|12件|", "|说明|", "3件", "共5件", "无", "未收到", "收到申请", "二十件", "条", "元",
             "，", "。", "；", "\n", "\n", "\n", "\n", "\n", "\n|", "|\n", "| 27 | 5 |", "|行政复议|", "未收费", "无结转", "共收到申请",
             "申请人", "其中", "维持3件", "累计", "主动公开政府信息", "12条", " ", "2021年度", "收取检索费5元",
             "全年共收到政府信息公开申请12件。", "本年度无因政府信息公开被申请行政复议的情况。", "尚未审结的行政复议2件",
             "依法依规作出答复的申请共有十四件，", "本机关对各类申请均依法依规作出答复"]
    return [N.fold_traditional(Compact("".join(rng.choice(cells) for _ in range(rng.randint(2, 90)))).text)
            for _ in range(n)]


def _state(cut):
    return None if cut is None else (cut.text, cut._starts, cut._shifts)


def _reads(pattern, found):
    names = list(pattern.groupindex)
    return [[m.span()] + [m.span(g) for g in names] + [m.group()] for m in found]


def _differences(texts, local, negation, local_finer, negation_finer) -> int:
    """How many (row, text) read otherwise on the cut narrative_figures picks for the row (by the plans given) than
    on the whole text."""
    differ = 0
    for text in texts:
        cut, negated, cut_finer, negated_finer = B.cut_texts(text, PAIRS, pieces=True)
        for row, lo, ne, lf, nf in zip(N._patterns(), local, negation, local_finer, negation_finer):
            read = (cut_finer if lf else cut) if lo else (negated_finer if nf else negated) if ne else None
            if read is not None:
                pattern = row[-1]
                differ += _reads(pattern, read.finditer(pattern)) != _reads(pattern, pattern.finditer(text))
    return differ


def test_short_lines_are_cut():
    text = "|4|\n|说明|\n|27|5|\n共收到申请5件\n|短|\n|12件|"
    cut, negated = B.cut_texts(text, PAIRS)
    assert cut.text.split("\n") == ["|4|", B.FILLER, B.FILLER, "共收到申请5件", "|短|", "|12件|"]
    assert negated.text.split("\n") == ["|4|"] + [B.FILLER] * 3 + ["|短|", B.FILLER]
    assert _state(B.CutText(text, PAIRS[0])) == _state(cut)         # the plain walk cuts the same lines


def test_every_proved_row_reads_its_cut_as_the_whole_text():
    texts = _texts(random.Random(5001), 500)
    texts += [N.fold_traditional(Compact(p.read_text(encoding="utf-8", errors="replace")).text)
              for p in sorted(FIXTURES.rglob("*.txt"))[:60]]
    short = sum(len(line) for t in texts for line in t.split("\n") if 4 <= len(line) < 12)
    assert short > 5000        # the texts are rich in the lines cut since speed50
    assert _differences(texts, N._scan_plan()[1], N._negation_plan(), *N._sentence_plan()) == 0


def test_the_proof_is_needed_on_short_lines():
    """Loosened to every row, the line cut of short lines loses matches: the test above would fail."""
    everything = [True] * len(N._patterns())
    texts = _texts(random.Random(5002), 200)
    assert _differences(texts, everything, everything, [False] * len(everything), [False] * len(everything)) > 0
    # a row reading across a line break, which the proof refuses, on a text whose cut lines are all short
    across = regex.compile(r"收到申请\n[^\n]*\n共")
    assert B.units_after_count(across.pattern) == []
    text = "收到申请\n|说明|\n共收到申请5件"
    assert list(across.finditer(text)) and not list(B.cut_texts(text, PAIRS)[0].finditer(across))
