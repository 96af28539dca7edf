"""Crawler-damaged tables (stop 62, blanks62). Class covered:

A table printed one cell a line with a separator line after every line, where a cell's figure was lost (its line
left blank). With EMPTY separator lines a repeat across a separator (0 / 0) shows the crawler collapsed no equal
lines (line_damage.may_be_collapsed), and the short row is read only where the table's arithmetic settles where its
lost cell stood. With separator lines holding only SPACES, each spaces line was taken for a page number the loader
blanked in place, parting the lines around it: no repeat proved anything, the table was read as one whose equal
lines may have been collapsed, and the short row's figures could shift left a column and be read wrong. Rule: a
line holding only whitespace, where such lines follow a quarter or more of the lines (the crawler's habit, not one
page number a page), is an empty line for that test: the row's figures are unread or right, never shifted.

Guards: empty separators read as before; a lone blanked page number (spaces, rare) still parts two equal lines;
a whole table among separators reads whole (tests/test_tables62.py holds the blank-cell cases).

Invented table, invented numbers.
"""
import pytest

import reportparse
from reportparse.extract.line_damage import may_be_collapsed, stripped_lines
from table3_lines import APPLICANTS, head, rows, tail, truth

_HEAD = head("云岫县", "2021-01-22", "深入推进政务公开工作。")
_TAIL = tail("云岫县", "个别栏目更新不够及时。")
_APPLICANTS = APPLICANTS
# the six applicants' figures of the rows not all zero: new + carried over = answered + carried forward, answered =
# the outcomes' sum, column by column
_ROWS = rows({
    "requests.new": (412, 58, 23, 17, 31, 46),
    "requests.carried_over": (29, 13, 8, 5, 11, 7),
    "requests.granted": (251, 37, 14, 9, 19, 28),
    "requests.partially_granted": (64, 12, 6, 3, 8, 10),
    "requests.unable.not_held": (83, 15, 5, 4, 6, 9),
    "requests.answered": (398, 64, 25, 16, 33, 47),
    "requests.carried_forward": (43, 7, 6, 6, 9, 6),
})
_TRUTH = truth(_ROWS)


def _lines(sep, lost=None, blank=None):
    """The table one cell a line, `sep` after every line; `lost`: (row key, column) whose figure line is `blank`."""
    lines = list(_HEAD)
    for key, lead, six in _ROWS:
        cells = [str(v) for v in six + (sum(six),)]
        if lost and lost[0] == key:
            cells[lost[1]] = sep if blank is None else blank
        lines += lead + cells
    lines += _TAIL
    return [x for ln in lines for x in (ln, sep)]


def _read(lines):
    got = reportparse.parse_text("\n".join(lines) + "\n").values()
    return {vid: got.get(vid) for vid in _TRUTH}


def _wrong(got):
    return {vid: (got[vid], _TRUTH[vid]) for vid in got if got[vid] is not None and got[vid] != _TRUTH[vid]}


def test_arithmetic_of_the_invented_table():
    six = {key: s for key, _, s in _ROWS}
    outcomes = [s for key, _, s in _ROWS if key.startswith(("requests.granted", "requests.partially", "requests.denied",
                                                             "requests.unable", "requests.not_processed", "requests.other"))]
    for c in range(6):
        assert six["requests.answered"][c] == sum(s[c] for s in outcomes)
        assert six["requests.new"][c] + six["requests.carried_over"][c] == \
            six["requests.answered"][c] + six["requests.carried_forward"][c]


_SPACES = ["  ", " ", "　", "\u00a0\u00a0", " \t"]


@pytest.mark.parametrize("sep", _SPACES)
def test_a_lost_cell_among_spaces_separators_leaves_its_row_unshifted(sep):
    # (carried forward 43 7 6 6 9 _ 77: the lost 6 was read as 9 and 9 as 6 — the figures moved left a column)
    got = _read(_lines(sep, ("requests.carried_forward", 5)))
    assert not _wrong(got)
    assert [got[f"requests.carried_forward|applicant={w}"] for w in _APPLICANTS] == [43, 7, 6, 6, 9, None, 77]
    # the other rows are whole
    assert {vid: v for vid, v in got.items() if not vid.startswith("requests.carried_forward")} == \
        {vid: v for vid, v in _TRUTH.items() if not vid.startswith("requests.carried_forward")}


@pytest.mark.parametrize("blank", [None, ""])
@pytest.mark.parametrize("key", ["requests.new", "requests.granted", "requests.answered", "requests.carried_forward"])
@pytest.mark.parametrize("col", range(7))
def test_a_lost_cell_among_spaces_separators_reads_as_among_empty_ones(key, col, blank):
    spaced = _read(_lines("  ", (key, col), blank))
    assert not _wrong(spaced)
    if blank is None:
        # (stop 65, tables65: the cell's line of spaces makes a run of three where any two cells have one — its
        # column shows, so the row reads whole but for it, where empty lines leave a 6 beside a 6 undecided)
        assert spaced == dict(_TRUTH, **{f"{key}|applicant={_APPLICANTS[col]}": None})
    else:
        assert spaced == _read(_lines("", (key, col)))


# ---------------------------------------------------------------- guards


@pytest.mark.parametrize("col", range(7))
def test_empty_separators_read_as_before(col):
    got = _read(_lines("", ("requests.carried_forward", col)))
    assert not _wrong(got)
    row = [got[f"requests.carried_forward|applicant={w}"] for w in _APPLICANTS]
    expected = list(_ROWS[-1][2]) + [77]
    expected[2 if col == 3 else col] = None        # (a lost 6 beside a 6: the one left stands in the second column)
    assert row == expected


@pytest.mark.parametrize("sep", ["", "  ", "　"])
def test_a_whole_table_among_separators_reads_whole(sep):
    assert _read(_lines(sep)) == _TRUTH


def _figure_lines(between):
    """Figure lines with a repeat (31, 31) parted by `between`; an empty line after each of the others."""
    lines = []
    for v in (412, 58, 23, 31):
        lines += [str(v), ""]
    return lines[:-1] + between + ["31", "", "46", "", "17"]


def test_a_lone_blanked_page_number_still_parts_two_equal_lines():
    # (rare spaces lines: a page number the loader blanked in place, seen by the crawler: the two 31s were no
    # neighbours to it, so they prove no collapse ruled out; across an empty separator alone they do)
    parted = "\n".join(_figure_lines(["", "    ", ""]))
    assert may_be_collapsed(stripped_lines(parted), source=parted, proven=True)
    kept = "\n".join(_figure_lines([""]))
    assert not may_be_collapsed(stripped_lines(kept), source=kept, proven=True)


@pytest.mark.parametrize("sep", ["  ", " \t"])
def test_spaces_lines_after_every_line_are_empty_lines_there(sep):
    source = "\n".join(ln or sep for ln in _figure_lines([""]))
    assert not may_be_collapsed(stripped_lines(source), source=source, proven=True)
