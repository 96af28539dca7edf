"""tidy64: behaviour-preserving tidies (one public reader of the data files; the strict number spelled once). The old
reader and literals are spelled here as they stood at 99262a1; invented texts throughout."""
import itertools
import random
import re

import regex

import reportparse
from reportparse import patterns
from reportparse.layout import text as layout_text, text_furniture

# ---- (1) one public reader of the package's tab-separated data files ----------------------------------------------


def _old_read_tsv(name):
    """schema._read_tsv as it stood at 99262a1 (crosswalk_rows read its file the same way, spelled again)."""
    import csv
    from importlib import resources
    text = resources.files("reportparse").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_data_files_have_one_public_reader():
    from reportparse import schema
    assert not hasattr(schema, "_read_tsv")
    for name in ("indicators.tsv", "rows.tsv", "templates.tsv", "narrative.tsv", "crosswalk.tsv"):
        assert schema.read_tsv(name) == _old_read_tsv(name), name


def test_no_module_imports_the_private_reader():
    import pathlib
    root = pathlib.Path(reportparse.__file__).parent
    assert [p.name for p in root.rglob("*.py") if "_read_tsv" in p.read_text(encoding="utf-8")] == []


def test_the_crosswalk_reads_as_before():
    from reportparse import schema
    old = _old_read_tsv("crosswalk.tsv")
    assert [(r.key, r.note) for r in schema.crosswalk_rows()] == [(r["key"], r["note"]) for r in old]
    assert "requests.unable.not_held" in schema.folded_into("requests.reply.not_exist")


# ---- (2) the strict number, spelled once (patterns.STRICT_FIGURE) --------------------------------------------------

_ALPHABET = ["0", "7", "1", ",", ".", "+", "-", "|", " ", "\t", "件", "※", "a", "增", "减", "\n"]


def _lines(seed=64, n=6000):
    rng = random.Random(seed)
    short = ["".join(p) for k in range(0, 4) for p in itertools.product(_ALPHABET, repeat=k)]
    return short + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def _same(old, new, compile_with=regex.compile):
    a = compile_with(old)
    b = new if hasattr(new, "fullmatch") else compile_with(new)
    for line in _lines():
        for probe in ("fullmatch", "match", "search"):
            got_a, got_b = getattr(a, probe)(line), getattr(b, probe)(line)
            assert (got_a and got_a.span()) == (got_b and got_b.span()), (old, probe, line)


def test_the_strict_number_family_matches_the_old_literals():
    _same(r"[+-]?[0-9][0-9,]*(?:\.[0-9]+)?", patterns.NUMBER)
    _same(r"[增减][0-9][0-9,]*(?:\.[0-9]+)?", patterns.SIGNED_WORD_NUMBER)
    _same(r"[+-]{2,}[0-9][0-9,]*(?:\.[0-9]+)?", patterns.DOUBLED_SIGN_NUMBER)
    _same(r"[ \t]*[+-]?[0-9][0-9,]*(?:\.[0-9]+)?[ \t]*\|?[ \t]*", patterns.FIGURE_LINE_PIPED)
    _same(r"[0-9][0-9,]*(?:\.[0-9]+)?", layout_text._FIG)


def test_the_row_line_of_text_furniture_matches_the_old_literal():
    old = r"[^\n]*[^\s0-9|.,:-](?:[ \t|]+[-+]?[0-9][0-9,]*(?:\.[0-9]+)?)+[ \t|]*"
    _same(old, text_furniture._ROW_LINE, compile_with=re.compile)
    assert text_furniture._ROW_LINE.fullmatch("2.重复申请 | 12 | 3,400 | 5.5")
    assert not text_furniture._ROW_LINE.fullmatch("2.重复申请 12 3.4.5")      # (no 3.4.5: not a row of figures)
