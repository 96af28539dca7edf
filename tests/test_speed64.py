"""A sum check looks for unread cells only where a cell's value is None (speed64): an unread cell (model.unread) has no
value, so a check whose cells all hold one has none to find. Every check must stay the same: the fast path against the
plain reading (every cell asked) over invented rows, and the cases it must keep (an unread cell makes the check not
assessable; a blank cell is a zero said; a split with several readings blames the extraction)."""
import random

from reportparse.model import UNREAD_NOTE, Check, Indicator, ValueSource, unread
from reportparse.validation import _sum_check


def _plain(rule, scope, left, right):
    """_sum_check as it read before speed64: every cell asked whether it was left unread."""
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


_NOTES = (None, None, None, UNREAD_NOTE, "split inferred among several readings", f"aligned; {UNREAD_NOTE}")


def _cell(rnd: random.Random, key: str, who: str) -> Indicator:
    value = rnd.choice((None, 0, 3, 17, 241, 5.5, 1309))
    return Indicator(key, value, "" if value is None else str(value), "", who,
                     source=ValueSource("table", note=rnd.choice(_NOTES)))


def test_sum_check_same_as_plain_reading_over_invented_rows():
    rnd = random.Random(64)
    kinds = set()
    for n in range(3000):
        left = [_cell(rnd, f"requests.row{n}", "total")]
        right = [_cell(rnd, f"requests.row{n}.part{k}", "total") for k in range(rnd.randint(1, 6))]
        if rnd.random() < 0.3:          # a row that sums (its total the parts')
            left[0].value = sum(p.value or 0 for p in right)
        got, want = _sum_check("R3", "key=x", left, right), _plain("R3", "key=x", left, right)
        assert got == want
        kinds.add((got.status, got.suspect, bool(got.assumed_zero)))
    # not vacuous: every outcome met
    assert {("not_assessable", None, False), ("pass", None, False), ("pass", None, True),
            ("fail", "source", False), ("fail", "extraction", False)} <= kinds


def test_unread_cell_not_assessable_blank_cell_a_zero_said():
    total = Indicator("requests.granted", 58, "58", "", "total", source=ValueSource("table"))
    parts = [Indicator("requests.granted", v, "" if v is None else str(v), "", who, source=ValueSource("table", note=note))
             for v, who, note in ((21, "natural_person", None), (None, "commercial", UNREAD_NOTE), (37, "research", None))]
    check = _sum_check("R3", "key=requests.granted", [total], parts)
    assert check.status == "not_assessable" and check.note.endswith("requests.granted|applicant=commercial")
    assert check.cells == [i.value_id for i in [total] + parts]
    # guard: the same cell blank (no unread note) is a zero said, and the row sums
    parts[1].source.note = None
    check = _sum_check("R3", "key=requests.granted", [total], parts)
    assert (check.status, check.expected, check.actual) == ("pass", 58, 58)
    assert check.assumed_zero == ["requests.granted|applicant=commercial"]
