"""The sentence rows' word gate (speed65): past the character gate (speed55), a row is scanned only where the text
it reads holds a word of each of its two rarest word sets (required_words: runs of plain characters every match
reads; of a branch, one word of each alternative). Every answer must stay the same: the gate against the plain scan."""
import random

import regex

from reportparse.extract import narrative as N
from reportparse.extract.narrative_cut import FILLER, gate_words, holds_words, required_words
from test_speed55 import _invented_texts, _random_pattern


def _sets(source, flags=0):
    return {tuple(sorted(words)) for words in required_words(source, flags)}


def test_required_words_of_invented_patterns():
    assert _sets(r"(?:收到|受理)申请(?P<n>\d+)件") == {("受理", "收到"), ("申请",), ("件",)}
    assert _sets(r"(?:无|没有)结转") == {("无", "没有"), ("结转",)}
    assert _sets(r"(?:上年无结转|无结转)") == {("上年无结转", "无结转")}
    assert _sets(r"申?请[件条]") == {("请",)}       # (an optional piece is no word; a class of two, none)
    assert _sets(r"(?=网站)\d+") == {("网站",)}
    assert _sets(r"(?<=复议)\d+") == {("复议",)}
    assert _sets(r"(?!网站)\d+(?<!复议)") == set()
    assert _sets(r"(?:费){0,2}(?:费用){1,3}[零]") == {("费用",), ("零",)}
    assert _sets(r"(?>收取)(?P<n>\d+)元") == {("收取",), ("元",)}
    assert _sets(r"[^件]条") == {("条",)}
    assert _sets(r"公开[申]请") == {("公开申请",)}            # ([申]: one character, read as it)
    assert _sets(r"(?:收到(?:申请|请求)|接到申请)") == {("接到申请", "收到")}   # (each branch's longest-worded set)
    assert _sets(r"(?:收到|)申请") == {("申请",)}             # (an empty branch: no word of the branches)
    # where a letter's case may not matter, or the regex module reads the syntax otherwise: nothing is promised
    assert _sets(r"ab", regex.IGNORECASE) == set()
    assert _sets(r"(?i)ab") == set()
    assert _sets(r"ab{e<=1}") == set()
    assert _sets("a" + FILLER) == {("a" + FILLER,)}


def test_a_text_without_a_required_word_has_no_match():
    """Thousands of invented patterns over invented texts: wherever a pattern matches (an empty match too), the text
    holds a word of each set required_words names. (Counting an optional piece, a negative look-around, or a
    branch's words as every branch's, breaks this.)"""
    rnd = random.Random(65)
    texts = ["".join(rnd.choice("abcd") for _ in range(rnd.randint(0, 9))) for _ in range(400)]
    with_words = several = 0
    for _ in range(3000):
        source = _random_pattern(rnd)
        try:
            pattern = regex.compile(source)
        except regex.error:
            continue
        sets = required_words(source)
        with_words += bool(sets)
        several += any(len(words) > 1 or len(next(iter(words))) > 1 for words in sets)
        for text in texts:
            if pattern.search(text) is not None:
                assert all(any(w in text for w in words) for words in sets), (source, text, sets)
    assert with_words > 1000 and several > 300


def test_gate_words_take_a_pattern_own_words_and_holds_words_looks_once():
    patterns = ((r"收到申请\d+件", 0), (r"收到复议\d+件", 0), (r"(?:公开|答复)\d+件", 0), (r"(?i)ab", 0))
    assert gate_words(patterns, keep=1) == (((("收到申请",),), (("收到复议",),), (("公开", "答复"),), ()))
    # (件, which every row needs, comes second)
    assert gate_words(patterns) == ((("收到申请",), ("件",)), (("收到复议",), ("件",)), (("公开", "答复"), ("件",)), ())
    known = {}
    assert holds_words("收到申请3件", (("复议", "申请"), ("件",)), known) is True
    assert known == {"复议": False, "申请": True, "件": True}
    known["件"] = False             # (a word looked for is not looked for again)
    assert holds_words("收到申请3件", (("件",),), known) is False
    assert holds_words("", (), {}) is True


def _figures(text):
    return [repr(f) for f in N.narrative_figures(text, year=2023)]


def test_word_gated_scan_reads_what_the_plain_scan_reads(monkeypatch):
    """The rows' real patterns over invented texts: the same figures with the word gate as with none (and the
    character gate off too, so the word gate alone decides), and the gate skips rows there (so it is exercised)."""
    texts = _invented_texts(random.Random(65), 300)
    plan = N._word_plan()
    assert sum(bool(sets) for sets in plan) > 0.9 * len(plan)
    skipped = sum(not holds_words(text, sets, {}) for text in texts for sets in plan)
    assert skipped > 50 * len(texts)
    gates = N._gate_plan()[0]
    monkeypatch.setattr(N, "_gate_plan", lambda: ((None,) * len(gates), ()))
    gated_out = [_figures(t) for t in texts]
    monkeypatch.setattr(N, "_word_plan", lambda: ((),) * len(plan))
    plain_out = [_figures(t) for t in texts]
    assert gated_out == plain_out
    assert sum(map(len, plain_out)) > len(texts)


def test_each_word_gated_row_finds_nothing_where_its_words_are_missing():
    texts = _invented_texts(random.Random(8), 200)
    gated = 0
    for text in texts:
        for row, sets in zip(N._patterns(), N._word_plan()):
            if not holds_words(text, sets, {}):
                gated += 1
                assert row[-1].search(text) is None, (row[0], sets)
    assert gated > 50 * len(texts)
