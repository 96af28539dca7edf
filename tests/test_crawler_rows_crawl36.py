"""Classes the crawler campaign (tools/crawler_attack.py, seeds 51–52) lost table 三 rows to.

- A pipe row a crawler wrapped at a fixed width whose rest on the next line ends in a figure with a footnote mark glued
  to it ("0 | 7* |"): the rest is the row's, its mark the cell's (as in an unwrapped row), and the row's total proves a
  figure the wrap cut in two. Before, a mark on the rest made it no row's rest and the row was short of cells.
- A report printed one figure a line in which no line repeats the one before it (so it may be collapsed: a run of
  equal lines kept once), where a crawler joined a row's figure lines into one ("0\\n0\\n224\\n0\\n224" as
  "00224 0224"). No collapsed run reads such a row; its digits run together do. Before, a text that may be collapsed
  never had a row's digits cut, and the row was lost. Now every reading under both damages at once (a joined line's
  piece may stand for a run of equal cells) is a candidate, and R1/R2 across the table keep one or none
  (joined_runs.py).
"""
import pytest

import reportparse
from conftest import tool_module
from reportparse.extract.joined_runs import mixed_readings

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
HEADS = dict(CA.t3_heads("2021"))


def _document(layout: str, start: int) -> tuple[list[str], dict]:
    seed = next(s for s in range(start, start + 300) if CA.document(s)[0] == layout)
    _, text, truth = CA.document(seed)
    return text.split("\n"), truth


def _pipes(start: int) -> tuple[list[str], dict]:
    return _document("pipes", start)


def _collapsed_cells(start: int) -> tuple[list[str], dict]:
    lines, truth = _document("cells", start)
    return CA.collapse("\n".join(lines)).split("\n"), truth


def _row(truth: dict, key: str) -> list:
    return [truth.get(f"{key}|applicant={w}") for w in APPLICANTS]


def _read(lines: list[str], key: str) -> list:
    got = reportparse.parse_text("\n".join(lines)).values()
    return [got.get(f"{key}|applicant={w}") for w in APPLICANTS]


# ---------------------------------------------------------------- a wrapped pipe row's marked rest

@pytest.mark.parametrize("mark", ["*", "[2]", "※"])
@pytest.mark.parametrize("cut", ["between", "inside"])
def test_a_wrapped_pipe_row_whose_rest_ends_in_a_marked_figure_is_read(mark, cut):
    lines, truth = _pipes(3600000)
    keys = [k for k in HEADS if all(_row(truth, k)) and _row(truth, k)[2] >= 10]
    assert len(keys) >= 2
    for key in keys[:2]:
        want = _row(truth, key)
        i = next(j for j, ln in enumerate(lines) if ln.startswith("|") and HEADS[key][-1] in ln)
        row = lines[i]
        at = row.index(f"| {want[2]} |") + (2 if cut == "between" else 3)   # before the third figure, or inside it
        damaged = lines[:i] + [row[:at], row[at:].rstrip(" |") + mark + " |"] + lines[i + 1:]
        got = reportparse.parse_text("\n".join(damaged)).values()
        assert [got.get(f"{key}|applicant={w}") for w in APPLICANTS] == want, (key, damaged[i:i + 2])


def test_a_marked_rest_that_overfills_the_row_leaves_it_unread():
    # figures past the template's seven after a row (a stray line taken as its rest): the row is not read, never
    # read from the wrong cells
    lines, truth = _pipes(3600000)
    key = next(k for k in HEADS if all(_row(truth, k)))
    i = next(j for j, ln in enumerate(lines) if ln.startswith("|") and HEADS[key][-1] in ln)
    damaged = lines[:i + 1] + [" 12 | 34* |"] + lines[i + 1:]
    got = reportparse.parse_text("\n".join(damaged)).values()
    assert [got.get(f"{key}|applicant={w}") for w in APPLICANTS] == [None] * 7


# ---------------------------------------------------------------- a joined row in a text that may be collapsed


def _joined(lines: list[str], key: str, n: int) -> list[str]:
    """The row's first n figure lines (after its label's line) joined into one."""
    at = next(i for i, ln in enumerate(lines) if ln.strip() == HEADS[key][-1]) + 1
    assert all(lines[i].strip().isdigit() for i in range(at, at + n))
    return lines[:at] + ["".join(ln.strip() for ln in lines[at:at + n])] + lines[at + n:]


def test_a_row_joined_into_one_line_of_a_text_that_may_be_collapsed_is_read_where_r1_r2_settle_it():
    lines, truth = _collapsed_cells(3600000)
    keys = [k for k in HEADS if f"{k}|applicant=total" in truth and len(set(_row(truth, k))) == 7]
    assert len(keys) >= 2
    for key in keys[:3]:
        assert _read(lines, key) == _row(truth, key)          # (no equal neighbours: the collapse left it whole)
        assert _read(_joined(lines, key, 7), key) == _row(truth, key), key
        assert _read(_joined(lines, key, 4), key) == _row(truth, key), key      # four lines joined, three apart


def test_a_joined_row_that_a_mixed_reading_also_fits_is_never_misread():
    lines, truth = _collapsed_cells(3600000)
    for key in [k for k in HEADS if f"{k}|applicant=total" in truth][:12]:
        at = next(i for i, ln in enumerate(lines) if ln.strip() == HEADS[key][-1]) + 1
        n = next(j for j in range(at, len(lines)) if not lines[j].strip().isdigit()) - at
        if n < 2:
            continue
        read = _read(_joined(lines, key, n), key)
        assert read in (_row(truth, key), [None] * 7), key


def test_mixed_readings_hold_both_damages_at_once():
    # '00002240224' for seven cells: 0|0|0|0|224|0|224 run together, or 0|0|0|0|0|2240224|2240224 with the total's run
    # holding the last part — both are readings; R1/R2 choose
    assert mixed_readings(["00002240224"], 7) == {(0, 0, 0, 0, 224, 0, 224), (0, 0, 0, 0, 0, 2240224, 2240224)}
    # a piece standing for a run: '5', '0', '5' as 5|0|0|0|0|0|5
    assert mixed_readings(["5", "0", "5"], 7) == {(5, 0, 0, 0, 0, 0, 5)}
    assert mixed_readings(["12", "9", "4"], 7) == set()          # no cut and no runs make 4 the sum
