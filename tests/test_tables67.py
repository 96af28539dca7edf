"""Crawler-damaged tables (stop 67, tables67). Invented tables, invented numbers.

A table 二 row printed one cell a line with one figure fewer than its columns, in a page no row of whose tables 三 or
四 proves a collapse, was left unread whole (stop 66: collapsed runs or a dropped line, nothing telling which). Where
the text states a figure for one of the row's cells ("本年废止行政规范性文件9件"), the readings that agree with it —
as collapsed runs, or as the row with one cell dropped (unknown there) — may give other cells one value: those are
read (extract/table2_collapsed.settled_cells), the rest stay unread.

Guards: a stated first cell settles nothing else; a row two figures short stays unread; a whole row is read whole.
"""
import reportparse

from test_tables66 import _NORM, _OTHER, _REG, _page, _read, _wrong


def test_a_stated_middle_cell_settles_the_last_after_a_dropped_first():
    # (规章 17 23 58 printed 23 / 58; the text says 23 were repealed: the in-force 58 is the last cell either way)
    got = _read(_page(drop=("规章", 0), narrative=["本年废止规章23件。"]), _REG)
    assert not _wrong(got, _REG)
    assert got == {**_REG, "disclosure.regulations.issued": None}


def test_a_stated_middle_cell_settles_the_whole_row_after_it_was_dropped():
    # (行政规范性文件 41 9 127 printed 41 / 127; 9 stated: no collapsed reading agrees, only the dropped middle)
    got = _read(_page(drop=("行政规范性文件", 1), narrative=["本年废止行政规范性文件9件。"]), _NORM)
    assert got == _NORM


def test_a_stated_middle_cell_settles_the_first_after_a_dropped_last():
    # (行政规范性文件 41 9 127 printed 41 / 9: the issued 41 is the first cell either way; the in-force unknown)
    got = _read(_page(drop=("行政规范性文件", 2), narrative=["本年废止行政规范性文件9件。"]), _NORM)
    assert got == {**_NORM, "disclosure.normative_docs.in_force": None}


def test_a_real_collapse_with_a_stated_middle_cell():
    # (规章 17 17 58 printed 17 / 58, the run kept once; 17 stated repealed: in force 58, the issued still unsure)
    t2 = list(__import__("test_tables66")._T2)
    at = t2.index("规章")
    t2[at + 1:at + 4] = ["17", "58"]
    got = _read(_page(t2=t2, narrative=["本年废止规章17件。"]), _REG)
    assert got == {"disclosure.regulations.issued": None, "disclosure.regulations.repealed": 17,
                   "disclosure.regulations.in_force": 58}


def test_the_row_says_which_cells_it_read():
    res = reportparse.parse_text(_page(drop=("规章", 0), narrative=["本年废止规章23件。"]))
    assert any("'规章'" in str(w) and "states" in str(w) for w in res.warnings)
    got = res.values()
    assert {k: got.get(k) for k in {**_NORM, **_OTHER}} == {**_NORM, **_OTHER}


# ---- guards


def test_guard_a_stated_first_cell_settles_nothing_else():
    # (58 gone: 17 / 23; the text states the issued 17, which every reading prints first: the rest still unsure)
    got = _read(_page(drop=("规章", 2), narrative=["本年制发规章17件。"]), _REG)
    assert got == {**dict.fromkeys(_REG), "disclosure.regulations.issued": 17}


def test_a_stated_first_cell_unlike_the_printed_first_proves_the_drop():
    # (17 gone: 23 / 58; the text states the issued 17, which no collapsed reading prints: the first cell was dropped)
    got = _read(_page(drop=("规章", 0), narrative=["本年制发规章17件。"]), _REG)
    assert got == _REG


def test_guard_a_row_two_figures_short_stays_unread():
    t2 = list(__import__("test_tables66")._T2)
    at = t2.index("规章")
    t2[at + 1:at + 4] = ["58"]
    got = _read(_page(t2=t2, narrative=["本年废止规章23件。"]), _REG)
    assert not _wrong(got, _REG)
    assert got["disclosure.regulations.in_force"] is None and got["disclosure.regulations.issued"] is None


def test_guard_a_whole_row_with_a_stated_cell_reads_whole():
    got = _read(_page(narrative=["本年废止行政规范性文件9件。"]), {**_REG, **_NORM})
    assert got == {**_REG, **_NORM}
