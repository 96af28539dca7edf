"""Stop 68's folds (fold68): behaviour-preserving shapes named in stop 67's review and issue 12's audit.
Invented texts, invented numbers.

1. NationalTables.t2_collapsed holds a named record (table2_collapsed.CollapsedRow), not a 5-tuple.
2. patterns.LazyPattern owns its source (.pattern) and, where no flag is set inside it, its .flags without compiling
   (narrative's _RowPattern gone: its rows are plain LazyPatterns).
3. issue 12's audit (tidy67): unit words and the page number's openings spelled by their owner, patterns.py, alone;
   metadata_period's words are rows of data/metadata.tsv (the year's digits, YEAR, metadata_words');
   batch.run_batch and api.parse_document read as steps (each ≈ 110 lines, nesting 5, before); the borderless PDF
   readers' alignment tolerance (0.3 of a character height, 19 bare numbers in six modules) one named constant,
   pdf_settings.ALIGN_SHARE; the two PDF engines' unreadable-character rule and angle sample one definition
   (pdf_chars.unreadable, ANGLE_SAMPLE)."""
import ast
import dataclasses
from pathlib import Path

import pytest
import reportparse
from reportparse.extract import national, table2_collapsed
from reportparse.extract.table2_collapsed import CollapsedRow

from test_tables66 import _page


def test_a_collapsed_table2_row_is_kept_as_a_named_record(monkeypatch):
    seen = []
    real = national.unproven_collapsed

    def spy(doc, out):
        seen.append(dict(out.t2_collapsed))
        return real(doc, out)

    monkeypatch.setattr(national, "unproven_collapsed", spy)
    # (规章 17 23 58 printed 17 / 58 — the 23 dropped: a collapsed reading kept until the page proves one; 23 stated)
    got = reportparse.parse_text(_page(drop=("规章", 1), narrative=["本年废止规章23件。"])).values()
    row = seen[0]["disclosure.regulations"]
    assert isinstance(row, CollapsedRow)
    assert row.label == "规章" and row.keys[1] == "disclosure.regulations.repealed"
    assert row.stated == {1: 23}
    assert got.get("disclosure.regulations.in_force") == 58


def test_the_collapsed_record_names_its_fields_and_is_frozen():
    assert [f.name for f in dataclasses.fields(CollapsedRow)] == ["label", "read", "keys", "stated", "unit"]
    row = CollapsedRow("规章", None, [], {}, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.label = "行政规范性文件"
    assert table2_collapsed.collapsed_entry.__annotations__["return"] == "CollapsedRow"


def test_a_lazy_pattern_knows_its_source_and_flags_uncompiled():
    import regex
    from reportparse.patterns import LazyPattern
    for source, flags, text in (("本年度?收到(?P<n>\\d+)件", 0, "本年收到37件"), ("abc", regex.I, "ABC"),
                                (b"charset=([a-z]+)", regex.I, b"CHARSET=utf")):
        lazy = LazyPattern(source, flags)
        assert (lazy.pattern, lazy.flags) == (source, regex.compile(source, flags).flags)
        assert "_compiled" not in vars(lazy)
        assert lazy.search(text).span()[0] == 0
    broken = LazyPattern("收到(?P<n>")         # (never compiled: its source and flags read all the same)
    assert broken.pattern == "收到(?P<n>" and broken.flags == regex.compile("").flags


def test_a_flag_set_inside_is_known_by_compiling():
    import regex
    from reportparse.patterns import LazyPattern
    for source in ("(?i)abc件", "(?V1)[[a-z]--[b]]\\d+条"):
        lazy = LazyPattern(source)
        assert lazy.flags == regex.compile(source).flags != regex.compile("").flags
        assert "_compiled" in vars(lazy)
    scoped = LazyPattern("a(?i:b)c")          # (a group's flag only: the pattern's own flags are the plain ones)
    assert scoped.flags == regex.compile("a(?i:b)c").flags and "_compiled" not in vars(scoped)


def test_every_lazy_pattern_of_the_package_knows_what_it_compiles_to():
    import gc
    import importlib
    import pkgutil
    import regex
    from reportparse.extract import narrative
    from reportparse.patterns import LazyPattern
    for module in pkgutil.walk_packages(reportparse.__path__, "reportparse."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    narrative._patterns()
    lazies = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]
    assert len(lazies) > 900
    for lazy in lazies:
        plain = regex.compile(*lazy._source)
        assert (lazy.pattern, lazy.flags) == (plain.pattern, plain.flags), lazy.pattern


def test_narrative_keeps_no_pattern_class_of_its_own():
    from reportparse.extract import narrative
    from reportparse.extract.narrative_ahead import StoredPattern
    from reportparse.patterns import LazyPattern
    assert not hasattr(narrative, "_RowPattern")
    # (the one subclass, made from stored programs, is narrative_ahead's: speed68)
    row = narrative._patterns()[0][-1]
    assert type(row) is StoredPattern and isinstance(row, LazyPattern)


_SRC = Path(reportparse.__file__).resolve().parent


def _literals(path):
    """The string constants of a module but its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_the_tables_spell_no_unit_word_of_their_own():
    # (national's row said in a sentence, legacy's count in prose: patterns.SENTENCE_ROW_UNITS, PROSE_UNITS)
    import re
    for name in ("extract/national.py", "extract/legacy.py"):
        spelled = [s for s in _literals(_SRC / name) if re.search("[件条宗例个项份次篇户]", s)]
        assert not spelled, (name, spelled)


def test_the_named_unit_variants_are_the_owners_words():
    from reportparse.patterns import PROSE_UNITS, SENTENCE_ROW_UNITS, UNIT_WORDS
    assert not set(PROSE_UNITS) & set(UNIT_WORDS)
    assert set(SENTENCE_ROW_UNITS) <= set(UNIT_WORDS + PROSE_UNITS)


def test_a_sentence_row_and_a_prose_unit_read_as_before():
    from reportparse.extract import legacy, national
    assert national._COUNTED.match("宗，") and national._COUNTED.match("个;") and not national._COUNTED.match("项，")
    assert {"宗", "例", "件", "次", "人"} <= legacy._UNITS and "页" not in legacy._UNITS


def test_the_page_number_gate_is_the_owners():
    import re
    from reportparse.layout import text_furniture
    from reportparse.patterns import PAGE_NUMBER_LINE, PAGE_NUMBER_OPENING
    assert PAGE_NUMBER_OPENING in text_furniture._OPENING.pattern
    assert not [s for s in _literals(_SRC / "layout/text_furniture.py") if "第[" in s or "{1,4}" in s]
    opening = re.compile(PAGE_NUMBER_OPENING)
    for line in ("— 3 —", "第3页 共9页", "第 12 页", "3/9", "12 / 共15页", "-7-", "__4__"):
        assert PAGE_NUMBER_LINE.fullmatch(line) and opening.match(line), line
    # (guards: the Page N form is a page number the gate leaves to no one; a figure line opens none)
    assert PAGE_NUMBER_LINE.fullmatch("Page 3 of 9") and not opening.match("Page 3 of 9")
    assert not opening.match("375") and not opening.match("第二十条")


def test_metadata_period_spells_no_word_of_its_own():
    import regex
    from reportparse import metadata_period
    from reportparse.metadata_words import wordings
    han = {c for s in _literals(_SRC / "metadata_period.py") for c in regex.findall(r"\p{Han}", s)}
    assert han <= set("年月日"), han          # (a date's and a year count's characters: code-shaped)
    for name in ("BODY_TITLE_YEAR", "OVERVIEW_YEAR", "OPENING_YEAR", "_BODY_YEAR", "_SINCE_YEAR", "_STATUTE_REVISION"):
        assert getattr(metadata_period, name)._source[0] == wordings()[name.lstrip("_")], name


def test_the_body_year_reads_as_before():
    from reportparse import metadata_period
    assert metadata_period.body_year("一、总体情况\n。2021年，我局主动公开信息58条。")[0] == 2021
    assert metadata_period.since_year("2022年以来，某某区人民政府办公室严格按照要求，公开信息73条。")[0] == 2022
    assert metadata_period.OVERVIEW_YEAR.search("一、概述\n2017年,我街道主动公开信息41条").group("year") == "2017"
    # guards: a plan states no year; a date is no opening year; a span since the statute's year names none
    assert metadata_period.body_year("一、总体情况\n。2024年，我局将继续深化公开。") is None
    assert metadata_period.OPENING_YEAR.search("2019年5月，召开会议") is None
    assert metadata_period.since_year("2019年以来，我局共公开信息29条。") is None


def _function(path, name):
    return next(n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(n, ast.FunctionDef) and n.name == name)


def _depth(node, level=0):
    nested = (ast.For, ast.While, ast.If, ast.With, ast.Try)
    return max([level] + [_depth(c, level + isinstance(c, nested)) for c in ast.iter_child_nodes(node)])


def test_the_batch_run_and_the_pipeline_read_as_steps():
    for path, name in ((_SRC / "batch.py", "run_batch"), (_SRC / "api.py", "parse_document")):
        fn = _function(path, name)
        assert fn.end_lineno - fn.lineno <= 45, (name, fn.end_lineno - fn.lineno)
        assert _depth(fn) <= 2, name
    for path in (_SRC / "batch.py", _SRC / "api.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        longest = max((n.end_lineno - n.lineno, n.name) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))
        assert longest[0] <= 60, longest


def test_the_borderless_readers_align_by_one_named_share():
    from reportparse.layout import pdf_settings
    assert pdf_settings.ALIGN_SHARE == 0.3
    for name in ("pdf_aligned", "pdf_aligned_chains", "pdf_aligned_cells", "pdf_aligned_units", "pdf_spaced",
                 "pdf_spaced_split"):
        tree = ast.parse((_SRC / "layout" / f"{name}.py").read_text(encoding="utf-8"))
        bare = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value == 0.3]
        assert not bare, (name, bare)


def test_the_two_pdf_engines_share_one_unreadable_character_rule():
    from reportparse.layout.pdf_chars import ANGLE_SAMPLE, unreadable
    assert ANGLE_SAMPLE == 8
    assert all(unreadable(c) for c in (0xFFFD, 0, 31, 0xE000, 0xF8FF))
    # guards: a space, a figure, a Han character and the code points right past the private use area are readable
    assert not any(unreadable(c) for c in (32, ord("7"), ord("件"), 0xDFFF, 0xF900, 0xFFFC))
    for name in ("pdf_chars", "pdf_textpage"):
        tree = ast.parse((_SRC / "layout" / f"{name}.py").read_text(encoding="utf-8"))
        spelled = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value in (0xFFFD, 0xE000, 0xF8FF)]
        assert len(spelled) == (3 if name == "pdf_chars" else 0), (name, spelled)
