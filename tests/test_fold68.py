"""Stop 68's folds (fold68): behaviour-preserving shapes named in stop 67's review and issue 12's audit.
Invented texts, invented numbers.

1. NationalTables.t2_collapsed holds a named record (table2_collapsed.CollapsedRow), not a 5-tuple."""
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
