"""speed50: the sentence cuts (extract/narrative_cut) cut every line of 4 characters or more holding no pair (12
before), build only the cuts some row reads (`cut_texts(…, read=)`: no row reads the negation's line cut), and join
a finer cut's text from its slices in one comprehension. Each fast path against the plain one, over invented texts
rich in short lines; the tests of the real rows fail when the proof or the `read` flags are loosened."""
from __future__ import annotations

import itertools
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


def test_the_cuts_not_read_are_not_built_and_the_others_are_the_same():
    texts = _texts(random.Random(5003), 120) + ["", "\n", "|4|", "共收到申请5件。无结转。|说明说明|"]
    for text in texts:
        plain = [_state(c) for c in B.cut_texts(text, PAIRS, pieces=True)]
        for read in itertools.product((False, True), repeat=4):
            got = [_state(c) for c in B.cut_texts(text, PAIRS, pieces=True, read=read)]
            assert got == [p if r else None for p, r in zip(plain, read)]
        assert [_state(c) for c in B.cut_texts(text, PAIRS, read=(True, True))] == plain[:2]


def test_the_cuts_read_are_those_the_rows_read(monkeypatch):
    rows, built = N._row_cuts()
    assert built == (True, False, True, True)          # the negation's line cut: no row reads it, none built
    for row, local, negation, local_finer, negation_finer in zip(
            rows, N._scan_plan()[1], N._negation_plan(), *N._sentence_plan()):
        assert row == ((2 if local_finer else 0) if local else (3 if negation_finer else 1) if negation else None)
    # built exactly where a row reads it: the test fails if a flag is loosened (or a cut built for no row)
    assert {i for i, f in enumerate(built) if f} == set(rows) - {None}
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.rglob("*.txt"))][:40]
    fast = [N.narrative_figures(t, year=2021) for t in texts]
    assert sum(map(len, fast)) > 20
    monkeypatch.setattr(N, "_row_cuts", lambda: (rows, (True,) * 4))
    assert [N.narrative_figures(t, year=2021) for t in texts] == fast
    # a plan replaced (as the earlier rounds' tests do) is read: every row on the whole text, none built
    monkeypatch.undo()
    monkeypatch.setattr(N, "_sentence_plan", lambda: (tuple(False for _ in N._patterns()),) * 2)
    assert N._row_cuts()[1] == (True, True, False, False) and 2 not in N._row_cuts()[0]


def _at_plain(text: str, cuts: list[tuple[int, int]]) -> str:
    """The finer cut's text as speed49 joined it."""
    kept, pos = [], 0
    for a, b in cuts:
        kept += (text[pos:a], B.FILLER)
        pos = b
    kept.append(text[pos:])
    return "".join(kept)


def test_the_finer_cut_joins_its_slices_as_the_loop_did():
    rng = random.Random(5004)
    for _ in range(2000):
        text = "".join(rng.choice("共收到申请5件。\n|") for _ in range(rng.randint(0, 60)))
        # cuts in order, never touching: each ends before the next starts (a line break or full stop between)
        bounds = sorted(rng.sample(range(len(text) + 1), 2 * rng.randint(0, (len(text) + 1) // 2)))
        cuts = [(a, b) for a, b in zip(bounds[0::2], bounds[1::2]) if a < b]
        cuts = [c for i, c in enumerate(cuts) if i == 0 or c[0] > cuts[i - 1][1]]
        assert B.CutText._at(text, cuts).text == (_at_plain(text, cuts) if cuts else text)
