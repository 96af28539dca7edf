"""speed53: the single-character maps of normalize (search_form's, fold_traditional's, the load's extra one) split the
text at the characters to map and map those pieces in C, not a Python call a match; the last long texts mapped are
kept with their results (a parse maps a report's whole text several times). Each map against str.translate, the plain
reading, over invented texts: long ones repeated, interleaved, and differing only far from their start, so that a
kept text found by its length or its opening, or kept too few or too many, gives another answer."""
from __future__ import annotations

import random

from reportparse import normalize as N

_TABLES = {"search": N._SEARCH_TRANS, "fold": str.maketrans(N._TRADITIONAL, N._SIMPLIFIED), "extra": N._EXTRA}
_MAPS = {"search": N._search, "fold": N._fold, "extra": N._extra}

# simplified and traditional vocabulary, the punctuation search_form rounds, the radicals the load maps, ASCII
_PIECES = ["政府信息公开", "政府資訊公開", "申請", "行政復議", "結果維持", "總計", "條", "件", "、", "“", "”", "【", "】",
           "〔", "〕", "[", "]", "'", "＂", "（", "）", "，", "；", "：", "．", "⻅", "⻓", "⺠", "其它", "其他", "2021",
           "12", " ", "\n", "|", "abc", "X局", "。", "萬", "区", "區"]


def _texts(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        short = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        long_ = "".join(rng.choice(_PIECES) for _ in range(rng.randint(300, 900)))
        out.append(short if rng.random() < 0.5 else long_)
        if len(long_) >= N._KEPT_TEXT and rng.random() < 0.5:
            # the same long text again (an equal copy, not the object) later on, or one of its length and opening
            # differing near its end: one character changed for another of the maps, or for one no map holds
            twin = long_[:-3] + rng.choice(["區", "、", "区", "[", "其"]) + long_[-2:]
            out.extend(rng.sample([long_[:5] + long_[5:], twin, short], 3))
    return out


def test_maps_read_as_str_translate():
    rng = random.Random(53)
    texts = _texts(rng, 3000)
    assert sum(len(t) >= N._KEPT_TEXT for t in texts) > 1000
    for name, table in _TABLES.items():
        mapped = _MAPS[name]
        assert [i for i, t in enumerate(texts) if mapped(t) != t.translate(table)] == [], name
        # … and the same texts in another order (what was kept before is other texts)
        order = rng.sample(texts, len(texts))
        assert [i for i, t in enumerate(order) if mapped(t) != t.translate(table)] == [], name


def test_search_form_and_fold():
    text = "行政復議【結果維持】“其它”、總計" * 120
    assert N.search_form(text) == ('行政复议(结果维持)"其他",总计' * 120)
    assert N.fold_traditional(text) == "行政复议【结果维持】“其它”、总计" * 120
    assert N.fold_traditional("abc") == "abc" and N.search_form("") == ""


def test_a_long_text_mapped_again_is_kept():
    # the fast path's own mark (the base maps it afresh: another string object each time)
    text = "政府資訊公開，行政復議" * 200
    first = N.fold_traditional(text)
    N.fold_traditional("申請條件" * 400)          # another long text between the two
    assert N.fold_traditional(text[:10] + text[10:]) is first
    # short texts are not kept
    short = "行政復議" * 10
    assert N.fold_traditional(short) is not N.fold_traditional(short[:2] + short[2:])


def test_mutated_keeps_are_caught(monkeypatch):
    """The kept-text check loosened (a text found by its length, or by its opening) gives another answer."""
    rng = random.Random(7)
    texts = _texts(rng, 1500)
    table = _TABLES["fold"]

    def differences(make) -> int:
        mapped = make(table)
        return sum(mapped(t) != t.translate(table) for t in texts)
    assert differences(N._translator) == 0

    class SameLength(str):
        def __eq__(self, other):
            return len(self) == len(other)
        __hash__ = str.__hash__

    class SameOpening(str):
        def __eq__(self, other):
            return self[:200] == other[:200]
        __hash__ = str.__hash__

    for loose in (SameLength, SameOpening):
        def make(tbl, loose=loose):
            inner = N._translator(tbl)
            return lambda t: inner(loose(t))        # (each kept text compares as `loose` does)
        assert differences(make) > 0, loose.__name__
