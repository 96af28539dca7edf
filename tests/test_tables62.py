"""Crawler-damaged tables (stop 62). Class covered:

A table printed one cell a line whose blank cells are lines holding only spaces (a full-width space '　', a
no-break space, several spaces): such a line among a row's cell lines is the row's blank cell and keeps its
column (layout/text_blanks.py gives it a null mark); the row's figures are read in their own columns and the blank
cells stay unread (never a guessed 0). Before the fix the line was skipped, the row's later figures moved left, and
a short row's arithmetic could be met by splitting and repeating its figures (25 19 _ 27 _ _ 71 read as
2 5 1 9 27 27 71). Blanks printed as marks ('-', '/', '—', '／') were read already and still are.

Guards: a page that sets a spaces line after every line, or at the head or the foot of every row's cells
(separators, not cells: rows read as before; with blank cells too, the head's or foot's separator is passed over and the
blanks read; blank cells and a separator after every line is not settled: nothing misread); spaces lines under a table's last row before the page's furniture (padding, not cells: the row keeps its figures); spaces
lines between prose paragraphs; a row short of a cell besides its blanks (unread, never misread).

Invented tables, invented numbers.
"""
import pytest

import reportparse
from reportparse.layout.text_blanks import mark_blank_cell_lines
from reportparse.normalize import normalize_text
from table3_lines import APPLICANTS, head, rows, tail, truth

_HEAD = head("栖梧县", "2021-01-19", "持续推进政务公开。")
_TAIL = tail("栖梧县", "部分单位信息更新不够及时。")
_APPLICANTS = APPLICANTS

# the six applicants' figures of the rows not all zero: columns add up (R1 = R2 + R4, R2 = outcomes)
_ROWS = rows({
    "requests.new": (37, 12, 0, 9, 0, 3),
    "requests.carried_over": (4, 0, 0, 2, 0, 0),
    "requests.granted": (18, 6, 0, 3, 0, 1),
    "requests.partially_granted": (5, 0, 0, 0, 0, 0),
    "requests.denied.third_party": (3, 2, 0, 0, 0, 0),
    "requests.unable.not_held": (7, 0, 0, 6, 0, 1),
    "requests.not_processed.petition": (2, 0, 0, 0, 0, 0),
    "requests.answered": (35, 8, 0, 9, 0, 2),
    "requests.carried_forward": (6, 4, 0, 2, 0, 1),
})
_TRUTH = truth(_ROWS)
_FIGURES = {vid: v for vid, v in _TRUTH.items() if v}


def _lines(blank="0", after=None, rows=_ROWS):
    """The table one cell a line, a zero cell printed as `blank`; `after`: a line set after every line."""
    lines = list(_HEAD)
    for _, lead, six in rows:
        lines += lead + [str(v) if v else blank for v in six + (sum(six),)]
    lines += _TAIL
    if after is not None:
        lines = [x for ln in lines for x in (ln, after)]
    return lines


def _read(lines):
    got = reportparse.parse_text("\n".join(lines) + "\n").values()
    return {vid: got.get(vid) for vid in _TRUTH}


def _no_wrong(got):
    wrong = {vid: (got[vid], _TRUTH[vid]) for vid in got if got[vid] is not None and got[vid] != _TRUTH[vid]}
    assert not wrong


@pytest.mark.parametrize("blank", [" ", "　", "\u00a0", "   ", "　　", " \t"])
def test_a_spaces_line_is_a_blank_cell_in_its_column(blank):
    got = _read(_lines(blank))
    _no_wrong(got)
    assert {vid: got[vid] for vid in _FIGURES} == _FIGURES
    # the blanks are no figure the page prints: never a guessed 0
    assert all(got[vid] is None for vid in _TRUTH if not _TRUTH[vid])


@pytest.mark.parametrize("blank", ["-", "/", "—", "／"])
def test_a_marked_blank_cell_reads_as_before(blank):
    got = _read(_lines(blank))
    _no_wrong(got)
    assert {vid: got[vid] for vid in _FIGURES} == _FIGURES


def test_spaces_blank_cells_among_empty_lines_after_every_line():
    got = _read(_lines("　", after=""))
    _no_wrong(got)
    assert {vid: got[vid] for vid in _FIGURES} == _FIGURES


def test_the_row_that_was_misread_keeps_its_columns():
    got = _read(_lines("　"))
    assert [got[f"requests.carried_over|applicant={w}"] for w in _APPLICANTS] == [4, None, None, 2, None, None, 6]


def test_the_null_mark_keeps_offsets_and_marks_only_cells():
    text = "\n".join(_lines("   "))
    marked = mark_blank_cell_lines(text)
    assert len(marked) == len(text)
    assert [ln for ln in marked.split("\n") if ln.startswith("/")] == ["/  "] * sum(1 for v in _TRUTH.values() if not v)


# ---------------------------------------------------------------- guards


@pytest.mark.parametrize("after", [" ", "　", "\u00a0 "])
def test_a_spaces_line_after_every_line_is_a_separator(after):
    lines = _lines("0", after=after)
    text = normalize_text("\n".join(lines))
    assert mark_blank_cell_lines(text) == text
    got = _read(lines)
    assert got == _TRUTH


def _separated_rows(where, blank):
    """A spaces line the page sets after each row's label (`head`) or after each row's cells (`foot`)."""
    lines = list(_HEAD)
    for _, lead, six in _ROWS:
        cells = [str(v) if v else blank for v in six + (sum(six),)]
        lines += lead + [" "] + cells if where == "head" else lead + cells + [" "]
    return lines + _TAIL


@pytest.mark.parametrize("where", ["head", "foot"])
def test_a_spaces_line_opening_or_closing_every_row_is_a_separator(where):
    assert _read(_separated_rows(where, "0")) == _TRUTH


@pytest.mark.parametrize("where", ["head", "foot"])
def test_blank_cells_in_rows_a_spaces_line_separates(where):
    got = _read(_separated_rows(where, "　"))
    _no_wrong(got)
    assert {vid: got[vid] for vid in _FIGURES} == _FIGURES


def test_spaces_blank_cells_and_a_spaces_line_after_every_line_are_never_misread():
    # a blank cell or a separator: the page does not say which; nothing is misread
    _no_wrong(_read(_lines("　", after=" ")))


def test_padding_under_the_tables_last_row_is_no_cell():
    rows = _ROWS[:-1] + [("requests.carried_forward", ["四、结转下年度继续办理"], (6, 4, 0, 2, 0, 1))]
    lines = _lines("0", rows=rows)
    at = lines.index("五、存在的主要问题及改进情况")
    lines[at:at] = ["     ", "", "     ", "附件下载", "扫一扫在手机上查看当前页面"]
    text = "\n".join(lines)
    assert mark_blank_cell_lines(text) == text
    assert _read(lines) == _TRUTH


def test_spaces_lines_between_prose_paragraphs_stay():
    text = ("2020年，栖梧县主动公开政府信息412条。\n　\n其中政府网站发布386条，政务新媒体发布26条。\n 　\n"
            "全年受理申请57件，均在法定期限内答复。\n")
    assert mark_blank_cell_lines(text) == text


def test_a_row_short_of_a_cell_besides_its_blanks_is_never_misread():
    lines = _lines("　")
    at = lines.index("二、上年结转政府信息公开申请数量")
    # 4 _ _ 2 _ _ 6 with one blank line lost: 4 _ 2 _ _ 6 (six cells for seven columns)
    del lines[at + 2]
    got = _read(lines)
    _no_wrong(got)
