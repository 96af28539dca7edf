"""A class the crawler campaign (tools/crawler_attack.py, seed 52) lost table 三 rows to: a pipe row a crawler
wrapped at a fixed width whose rest on the next line ends in a figure with a footnote mark glued to it ("0 | 7* |"):
the rest is the row's, its mark the cell's (as in an unwrapped row), and the row's total proves a figure the wrap cut
in two. Before, a mark on the rest made it no row's rest and the row was short of cells."""
import pytest

import reportparse
from conftest import tool_module

CA = tool_module("crawler_attack")
APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
HEADS = dict(CA.t3_heads("2021"))


def _pipes(start: int) -> tuple[list[str], dict]:
    seed = next(s for s in range(start, start + 200) if CA.document(s)[0] == "pipes")
    _, text, truth = CA.document(seed)
    return text.split("\n"), truth


def _row(truth: dict, key: str) -> list:
    return [truth[f"{key}|applicant={w}"] for w in APPLICANTS]


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
