"""tidy65: behaviour-preserving tidies of issue 12's "one copy of each piece of knowledge" — the money units after a
figure spelled once (patterns.MONEY_UNIT), … Old literals are spelled here as they stood at 9772d10 and matched against
the new ones on generated strings; invented texts throughout."""
import itertools
import random

import regex

from reportparse import cells, patterns
from reportparse.extract import narrative_families, ocr_pipes, tables


def _generated(alphabet, seed, n=6000, short=3, longest=14):
    rng = random.Random(seed)
    out = ["".join(p) for k in range(0, short + 1) for p in itertools.product(alphabet, repeat=k)]
    return out + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, longest))) for _ in range(n)]


def _same_matches(old, new, texts, finditer=False):
    """Two patterns match alike on every text: the same span (and groups) at each probe."""
    a = regex.compile(old)
    b = new if hasattr(new, "fullmatch") else regex.compile(new)
    for text in texts:
        for probe in ("fullmatch", "match", "search"):
            got_a, got_b = getattr(a, probe)(text), getattr(b, probe)(text)
            assert (got_a and (got_a.span(), got_a.groupdict())) == (got_b and (got_b.span(), got_b.groupdict())), \
                (old, probe, text)
        if finditer:
            assert [(m.span(), m.groupdict()) for m in a.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in b.finditer(text)], (old, text)


# ---- (1) the money units after a figure, spelled once (patterns.MONEY_UNIT) ---------------------------------------

_MONEY_ALPHABET = ["0", "7", "1", ",", ".", "+", "-", "|", " ", "\t", "\n", "万", "元", "万元", "件", "a"]


def test_the_money_unit_is_built_from_the_money_units():
    assert patterns.MONEY_UNIT == "(?:万元|元)"
    assert regex.fullmatch(patterns.MONEY_UNIT, "万元") and regex.fullmatch(patterns.MONEY_UNIT, "元")
    assert not regex.fullmatch(patterns.MONEY_UNIT, "万")


def test_the_cell_readers_match_the_old_literals():
    texts = _generated(_MONEY_ALPHABET, 651)
    _same_matches(r"[+-]?[0-9|][0-9,.|]*(?:万元|元)?", cells._OCR_PIPED, texts)
    _same_matches(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?:万元|元)?", tables._GROUPED, texts)
    old_pipe = (r"(?<![^ \t\n])[+-]?[0-9][0-9,]*(?:\|[0-9,]*[0-9][0-9,]*)+(?![^ \t\n])"
                r"|(?:(?<=[ \t])|(?<![^ \t\n])[+-])\|,?[0-9][0-9,]*(?:万元|元)?(?![^ \t\n])"
                r"|(?<![^ \t\n])[+-]?[0-9][0-9,]*\|(?=[ \t]+[|0-9])|(?<![^ \t\n])[0-9][0-9,.|]*\|[0-9,.]*(?:万元|元)"
                r"|(?P<end>(?<![^ \t\n])[+-]?[0-9][0-9,]*\|(?=[ \t]*(?:\n|$)))"
                r"|(?<![^\n])\|,?[0-9][0-9,]*(?=[ \t]+\|[ \t]*(?:\n|$))"
                r"|(?P<end>(?<![^\n])\|,?[0-9][0-9,]*(?=[ \t]*(?:\n|$)))")
    _same_matches(old_pipe, ocr_pipes._OCR_PIPE, texts, finditer=True)


def test_no_module_spells_the_money_units_in_a_pattern():
    import pathlib
    root = pathlib.Path(patterns.__file__).parent
    spelled = [p.name for p in list(root.rglob("*.py")) + list(root.rglob("*.tsv"))
               if "万元|元" in p.read_text(encoding="utf-8") and p.name != "patterns.py"]
    assert spelled == []


def test_narrative_money_rows_match_the_old_literal():
    family = narrative_families.families()["$MONEY_UNIT"]
    assert family == patterns.MONEY_UNIT
    texts = _generated(["1", "2", ".", "万", "元", "万元", "件", "收费", "金额"], 652, n=3000, longest=10)
    _same_matches(r"金额(?P<n>\d+(?:\.\d+)?)(?P<u>万元|元)", r"金额(?P<n>\d+(?:\.\d+)?)(?P<u>" + family + ")", texts,
                  finditer=True)


def test_a_fee_said_in_wan_yuan_still_reads_in_yuan():
    import reportparse
    text = ("2021年度某县政府信息公开工作年度报告\n一、总体情况\n本年度依申请公开收取费用3.5万元。\n"
            "行政事业性收费本年收费金额41.25万元。\n")
    report = reportparse.parse_text(text)
    assert report.value("fees.collected") == 35000
    # guard: a rate is no amount (每件5元)
    assert reportparse.parse_text(text.replace("收取费用3.5万元", "收费标准为每件5元")).value("fees.collected") is None


def test_the_exports_take_the_money_units_from_patterns():
    from reportparse import display, frames
    assert frames.MONEY_UNITS is patterns.MONEY_UNITS and set(frames.MONEY_UNITS) == {"元", "万元"}
    assert display.number(1234.5, "万元") == "1,234.50 万元" and display.number(12, "元") == "12.00 元"
    assert display.number(12, "件") == "12"
