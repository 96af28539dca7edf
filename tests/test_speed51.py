"""speed51: the header's date fields found without trying the spaced form's opening at every position
(published._FieldDate). The fast path against the one pattern over invented headers; the test fails when its gates are
loosened."""
from __future__ import annotations

import random

import pytest

from reportparse import published as P

# pieces of a CMS header: the field names (spaced out too), separators, dates and times, the spaces and line breaks
# the spaced form's opening reads (and characters that are no line break to ^: \r, \x85, \u2028), other fields' names
_PIECES = ["发布时间", "发 布 时 间", "发布日期", "公开日期", "公 开 日 期", "发布于", "发 布 于", "成文日期", "发文日期",
           "印发日期", "生成日期", "生 成 日 期", "印发文日期", "发发布日期", "公公开日期",
           ":", "：", "|", " | ", ": ", "：[", "【", "(", "- ", "• ",
           "2021-02-20", "2019-1-5", "2022年01月28日", "2020/3/4", "1998.12.31", " 09:00", " 10:11:12", "2021", "12",
           " ", " ", "  ", "\t", "\u3000", "\n", "\n", "\r", "\x85", "\u2028", "\x0b", "\x0c",
           "来源", "发布机构", "索引号", "公开方式", "文号", "url", "主题分类",
           "X局", "政府信息公开", "年度报告", "字", "a", "1", "。", "，"]


def _texts(rng: random.Random, n: int) -> list[str]:
    """Texts of header fields (a name, a separator or spaces, a date, a time, what follows) among loose pieces."""
    names, seps = _PIECES[:15], ["：", ":", "|", " | ", ": ", "：[", "【", " ", "  ", "\u3000", "\t", "", " \n"]
    dates, after = _PIECES[25:30], ["", "", " ", "\n", " 来源：X", " 发布机构", "  索引号", " 字", "字", "\r", " \u2028"]

    def field() -> str:
        return (rng.choice(["", "", " ", "\n", "X", "\u3000", "。", "\r", "\x85"]) + rng.choice(names) + rng.choice(seps)
                + rng.choice(dates) + rng.choice(["", "", " 09:00", " 10:11:12"]) + rng.choice(after))
    return ["".join(field() if rng.random() < 0.4 else rng.choice(_PIECES) for _ in range(rng.randint(1, 30)))
            for _ in range(n)]


def _read(m):
    return None if m is None else (m["y"], m["m"], m["d"], m.span("y"), m.span("m"), m.span("d"))


def _differences(fast: P._FieldDate, texts: list[str]) -> int:
    return sum(_read(fast.search(t)) != _read(fast.plain.search(t)) for t in texts)


@pytest.mark.parametrize("line", [0, 2])
def test_field_dates_found_as_the_one_pattern_finds_them(line):
    fast = P._DATE_LINES[line]
    texts = _texts(random.Random(51 + line), 6000)
    found = sum(fast.plain.search(t) is not None for t in texts)
    spaced = sum((m := fast.plain.search(t)) is not None and not any(c in m.group() for c in ":：|") for t in texts)
    assert found > 2000 and spaced > 80          # (the texts hold both forms, often)
    assert _differences(fast, texts) == 0


def test_known_headers():
    fast = P._DATE_LINES[0]
    for text, want in [("发布时间：2021-02-20", "2021"), ("公开目录 年度报告 发布日期 2021-02-20 09:00", "2021"),
                       ("X发布日期 2021-02-20", None), ("发布日期 2021-02-20 来源：X局", "2021"),
                       ("来源 X\n发 布 日 期   2019-1-5\n", "2019"), ("X 发布于 2020-3-4 字 发布时间:2021-1-1", "2021"),
                       ("发布时间 2020-3-4 字\n发布日期:2021-1-1", "2021"), ("发布时间 2020-3-4\n发布日期:2021-1-1", "2020")]:
        assert _read(fast.search(text)) == _read(fast.plain.search(text))
        assert (fast.search(text)["y"] if want else fast.search(text)) == want


def test_loosened_gates_are_caught(monkeypatch):
    texts = _texts(random.Random(7), 6000)
    fast = P._DATE_LINES[0]
    monkeypatch.setattr(P, "_SPACED_BEFORE", " \t\u3000\n字X")       # a name after a word read as the spaced form's
    assert _differences(fast, texts) > 0
    monkeypatch.setattr(P, "_SPACED_BEFORE", " \t\u3000")            # a line's first name no longer tried
    assert _differences(fast, texts) > 0
    monkeypatch.undo()

    class NotOverlapped(P._FieldDate):      # the spaced form tried after the colon form's match too
        def search(self, text):
            colon = self._colon.search(text)
            for name in self._names.finditer(text, overlapped=True):
                at = name.start()
                if (at == 0 or text[at - 1] in P._SPACED_BEFORE) and (m := self._spaced.match(text, at)) is not None:
                    return m
            return colon
    assert _differences(NotOverlapped(P.field_names(P.PUBLISH_FIELDS)), texts) > 0
