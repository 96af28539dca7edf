"""The sentence rows' character gate (speed55): a row one of whose required characters the text lacks is not
scanned. Every answer must stay the same: each gate against the plain scan."""
import random

import regex

from reportparse.extract import narrative as N
from reportparse.extract.narrative_cut import FILLER, gate_chars, missing_chars, required_chars


def test_required_chars_of_invented_patterns():
    assert required_chars(r"(?:收到|受理)申请(?P<n>\d+)件") == set("申请件")
    assert required_chars(r"(?:无|没有)结转") == set("结转")
    assert required_chars(r"(?:无结转|上年无结转)") == set("无结转")
    assert required_chars(r"申?请[件条]") == {"请"}
    assert required_chars(r"(?=网站)\d+") == set("网站")
    assert required_chars(r"(?<=复议)\d+") == set("复议")
    assert required_chars(r"(?!网站)\d+(?<!复议)") == set()
    assert required_chars(r"(?:费){0,2}(?:费用){1,3}[零]") == set("费用零")
    assert required_chars(r"(?>收取)(?P<n>\d+)元") == set("收取元")
    assert required_chars(r"[^件]条") == {"条"}
    # where a letter's case may not matter, or the regex module reads the syntax otherwise: nothing is promised
    assert required_chars(r"ab", regex.IGNORECASE) == set()
    assert required_chars(r"(?i)ab") == set()
    assert required_chars(r"ab{e<=1}") == set()
    assert required_chars("a" + FILLER) == {"a"}


def _random_pattern(rnd: random.Random, depth: int = 0) -> str:
    pieces = []
    for _ in range(rnd.randint(1, 3)):
        kind = rnd.randrange(11 if depth < 2 else 3)
        if kind == 0:
            pieces.append(rnd.choice("abc"))
        elif kind == 1:
            pieces.append(rnd.choice(["[ab]", "[a]", "[^a]", "[bc]"]))
        elif kind == 2:
            pieces.append(rnd.choice("abc") + rnd.choice(["?", "*", "+", "{0,2}", "{1,2}", "??"]))
        elif kind == 3:
            pieces.append("(?:" + "|".join(_random_pattern(rnd, depth + 1) for _ in range(rnd.randint(2, 3))) + ")")
        elif kind == 4:
            pieces.append("(?=" + _random_pattern(rnd, depth + 1) + ")")
        elif kind == 5:
            pieces.append("(?!" + _random_pattern(rnd, depth + 1) + ")")
        elif kind == 6:
            pieces.append("(?<=" + rnd.choice("abc") + rnd.choice(["", "b", "[ac]"]) + ")")
        elif kind == 7:
            pieces.append("(?<!" + rnd.choice("abc") + ")")
        elif kind == 8:
            pieces.append("(?>" + _random_pattern(rnd, depth + 1) + ")")
        elif kind == 9:
            pieces.append("(?:" + _random_pattern(rnd, depth + 1) + ")" + rnd.choice(["?", "*", "+", "{0,1}", "{1,2}"]))
        else:
            pieces.append("(?P<g%d>" % rnd.randrange(10**6) + _random_pattern(rnd, depth + 1) + ")")
    return "".join(pieces)


def test_a_text_without_a_required_character_has_no_match():
    """Thousands of invented patterns over invented texts: wherever a pattern matches (an empty match too), the text
    holds every character required_chars names. (Counting an optional piece, a negative look-around or one branch
    of several as required breaks this.)"""
    rnd = random.Random(55)
    texts = ["".join(rnd.choice("abcd") for _ in range(rnd.randint(0, 7))) for _ in range(400)]
    required_somewhere = 0
    for _ in range(3000):
        source = _random_pattern(rnd)
        try:
            pattern = regex.compile(source)
        except regex.error:
            continue
        chars = required_chars(source)
        required_somewhere += bool(chars)
        for text in texts:
            if pattern.search(text) is not None:
                assert chars <= set(text), (source, text, chars)
    assert required_somewhere > 1000


def test_missing_chars():
    assert missing_chars("收到申请3件", ("件", "费", "申", "网")) == {"费", "网"}
    assert missing_chars("", ("件",)) == {"件"}
    assert missing_chars("abc", ()) == set()


def test_gate_chars_take_a_pattern_own_character():
    gates = gate_chars(((r"收到申请\d+件", 0), (r"收到复议\d+件", 0), (r"(?:a|b)", 0)))
    assert gates == (("申", "复", None), ("复", "申"))


_SENTENCES = (
    "本机关全年共收到政府信息公开申请{}件，其中自然人提出申请{}件。",
    "本年度新收政府信息公开申请{}件，上年结转{}件。",
    "结转下年度继续办理{}件。",
    "全年主动公开政府信息{}条，通过门户网站公开{}条。",
    "发生行政复议案件{}件，行政诉讼{}件。",
    "行政复议结果维持{}件，纠错{}件。",
    "未收取任何费用。",
    "无上年结转的政府信息公开申请。",
    "本年度未发生政府信息公开行政复议、行政诉讼案件。",
    "共收取信息处理费{}元。",
    "予以公开{}件，部分公开{}件，不予公开{}件。",
    "| 收到申请数 | {} | {} | {} |",
    "制发规范性文件{}件，废止{}件。",
    "行政处罚{}件，行政许可{}件。",
)


def _invented_texts(rnd: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        lines = []
        for template in rnd.sample(_SENTENCES, rnd.randint(1, 6)):
            values = [rnd.randint(1, 400) for _ in range(template.count("{}"))]
            lines.append(template.format(*values))
        out.append("\n".join(lines))
    return out


def _figures(text):
    return [(f.keys if hasattr(f, "keys") else None, repr(f)) for f in N.narrative_figures(text, year=2023)]


def test_gated_scan_reads_what_the_plain_scan_reads(monkeypatch):
    """The rows' real patterns over invented texts: the same figures with the gate as with every row scanned, and
    the gate skips rows there (so it is exercised)."""
    texts = _invented_texts(random.Random(12), 300)
    gates, gated = N._gate_plan()
    assert sum(g is not None for g in gates) > 0.8 * len(gates)
    skipped = sum(len([g for g in gates if g in missing_chars(text, gated)]) for text in texts)
    assert skipped > 10 * len(texts)
    gated_out = [_figures(t) for t in texts]
    monkeypatch.setattr(N, "_gate_plan", lambda: ((None,) * len(gates), ()))
    plain_out = [_figures(t) for t in texts]
    assert gated_out == plain_out
    assert sum(map(len, plain_out)) > len(texts)


def test_each_gated_row_finds_nothing_where_its_character_is_missing():
    texts = _invented_texts(random.Random(7), 200)
    gates, _ = N._gate_plan()
    for text in texts:
        for row, gate in zip(N._patterns(), gates):
            if gate is not None and gate not in text:
                assert row[-1].search(text) is None, (row[0], gate)
