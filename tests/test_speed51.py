"""speed51: the header's date fields found without trying the spaced form's opening at every position
(published._FieldDate), and a sum check's unread cells looked for only where a cell has no value
(validation._sum_check). Each fast path against the plain one over invented inputs; the tests fail when the gates are
loosened."""
from __future__ import annotations

import random

import pytest

from reportparse import published as P
from reportparse import validation as V
from reportparse.model import UNREAD_NOTE, Check, Indicator, ValueSource, unread

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


# ---- validation._sum_check: unread cells looked for only where a cell has no value

def _plain_sum_check(rule, scope, left, right):
    """_sum_check as it was: every cell asked whether it is unread."""
    both = left + right
    lost = [i.value_id for i in both if unread(i)]
    if lost:
        return Check(rule, scope, "not_assessable", cells=[i.value_id for i in both],
                     note="a figure of it was left unread: " + ", ".join(lost))
    values = [i.value for i in both]
    cells = [i.value_id for i in both]
    zeros = [c for c, v in zip(cells, values) if v is None]
    expected, actual = sum(v or 0 for v in values[:len(left)]), sum(v or 0 for v in values[len(left):])
    if abs(expected - actual) < 1e-6:
        return Check(rule, scope, "pass", expected, actual, cells, zeros)
    ambiguous = any(v.source.note and "several readings" in v.source.note for v in both)
    return Check(rule, scope, "fail", expected, actual, cells, zeros, "extraction" if ambiguous else "source")


def _cells(rng: random.Random, n: int) -> list[Indicator]:
    out = []
    for k in range(n):
        value = rng.choice([None, None, 0, 0, 3, 5, 8, 13, 2.5])
        note = rng.choice([None, None, UNREAD_NOTE, f"x; {UNREAD_NOTE}", "split among several readings", "other"])
        out.append(Indicator(f"requests.k{k}", value, "" if value is None else str(value), applicant=rng.choice(
            [None, "total", "natural"]), source=ValueSource("table", note=note)))
    return out


def test_sum_checks_as_the_plain_check():
    rng = random.Random(51)
    unread_cases = 0
    for _ in range(4000):
        left, right = _cells(rng, rng.randint(1, 3)), _cells(rng, rng.randint(0, 8))
        fast, plain = V._sum_check("R3", "s", left, right), _plain_sum_check("R3", "s", left, right)
        assert fast.to_dict() == plain.to_dict()
        unread_cases += plain.status == "not_assessable"
    assert unread_cases > 500


def test_sum_check_unread_cell_not_checked():
    """A cell left unread (no value, the unread note) makes the check not assessable; a blank cell is a 0."""
    total = Indicator("requests.answered", 13, "13", source=ValueSource("table"))
    parts = [Indicator("requests.a", 5, "5", source=ValueSource("table")),
             Indicator("requests.b", None, "", source=ValueSource("table", note=UNREAD_NOTE))]
    assert V._sum_check("R2", "s", [total], parts).status == "not_assessable"
    parts[1].source.note = None
    check = V._sum_check("R2", "s", [total], parts)
    assert (check.status, check.assumed_zero) == ("fail", ["requests.b"])
