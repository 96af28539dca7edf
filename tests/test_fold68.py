"""Stop 68's folds (fold68): behaviour-preserving shapes named in stop 67's review and issue 12's audit.
Invented texts, invented numbers.

1. NationalTables.t2_collapsed holds a named record (table2_collapsed.CollapsedRow), not a 5-tuple.
2. patterns.LazyPattern owns its source (.pattern) and, where no flag is set inside it, its .flags without compiling
   (narrative's _RowPattern gone: its rows are plain LazyPatterns)."""
import dataclasses

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
    assert not hasattr(narrative, "_RowPattern")
    assert type(narrative._patterns()[0][-1]).__name__ == "LazyPattern"
