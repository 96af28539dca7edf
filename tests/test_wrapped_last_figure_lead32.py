"""A hard-wrapped line can cut a row's last figure: the row prints its columns on one line and the figure's tail
opens the next line ('… 0 1 2' / '8'). Read as printed, the last cell is a wrong number; the row's sum settles
it where the row has one (read joined, with a note), and a table 二 row, which has none, is not read (found by
tools/crawler_attack.py, seed 32)."""
import reportparse
from conftest import FIXTURES

NATIONAL = FIXTURES / "national"


def _cut(path, line: str, at: int, gap: str = "\n") -> str:
    """The fixture with `line` cut `at` characters before its end (the tail on a line of its own, after `gap`)."""
    text = path.read_text(encoding="utf-8")
    assert line in text
    return text.replace(line, line[:-at] + gap + line[-at:].lstrip(), 1) if at else text


def test_a_table3_total_cut_by_a_wrap_is_read_joined_in_text_rows():
    row = "2.重复申请                             5         0         0           0           0       0       5"
    text = _cut(NATIONAL / "t2021_whitespace.txt", row, 0)     # nothing cut: the control
    assert reportparse.parse_text(text).values()["requests.not_processed.duplicate|applicant=total"] == 5
    # (予以公开: 21 2 1 3 0 1 | 28 → '… 1 2' / '' / '8', the crawler's blank line between)
    row = "（一）予以公开                                          21         2         1           3           0       1      28"
    report = reportparse.parse_text(_cut(NATIONAL / "t2021_whitespace.txt", row, 1, "\n\n"))
    ind = report.get("requests.granted", "total")
    assert ind.value == 28 and ind.raw == "2\n\n8" and ind.source.method == "table"
    assert "wrapped line cut it" in ind.source.note
    assert report.values()["requests.granted|applicant=natural_person"] == 21
    # with no blank line the tail is an eighth figure, parted from the seventh by a bare line break: the one
    # re-joining the row's sum holds with, read joined (crawl33: before, the row was not read)
    report = reportparse.parse_text(_cut(NATIONAL / "t2021_whitespace.txt", row, 1))
    ind = report.get("requests.granted", "total")
    assert ind.value == 28 and ind.raw == "2\n8" and "wrapped line cut it" in ind.source.note
    assert report.values()["requests.granted|applicant=natural_person"] == 21


def test_a_pipe_row_total_cut_by_a_wrap_is_read_joined():
    row = "|  |  | 2.重复申请 | 14 | 0 | 0 | 0 | 0 | 1 | 15 |"
    report = reportparse.parse_text(_cut(NATIONAL / "t2021_pipe_rows.txt", row, 3))    # '… | 1' / '5 |'
    assert report.values()["requests.not_processed.duplicate|applicant=total"] == 15
    assert report.values()["requests.not_processed.duplicate|applicant=natural_person"] == 14


def test_a_table2_row_cut_by_a_wrap_is_not_read():
    # no sum in table 二: '… 2' / '34' may be 2 and a stray 34, or 234
    report = reportparse.parse_text(_cut(NATIONAL / "t2021_pipe_rows.txt", "| 行政规范性文件 | 11 | 4 | 83 |", 3))
    values = report.values()
    assert "disclosure.normative_docs.in_force" not in values
    # (the pipe row goes on at the next line, its cells explicit: the cut figure alone is not read — crawl33)
    assert any(w.startswith("disclosure.normative_docs.in_force: its figure is cut over two lines") for w in report.warnings)
    assert values["disclosure.normative_docs.issued"] == 11 and values["disclosure.normative_docs.repealed"] == 4
    assert "disclosure.regulations.issued" in values      # the table's other rows still read
