"""Stop 31's narrative readings (invented sentences shaped like held-out pages' that no wording read) and the
clauses each must leave alone: the request fallback's own rule (needs=fallback: it yields to any other figure of
its key and reads no clause another row read, whatever else its paragraph counts)."""
import pytest

from reportparse.extract.narrative import _patterns, narrative_figures


def _new(text, year=2025):
    return [f.value for f in narrative_figures(text, year=year) if f.key == "requests.new" and f.applicant is None]


def test_the_fallback_row_has_its_own_needs_and_runs_last():
    needs = [row[3] for row in _patterns()]
    assert "fallback" in needs
    assert needs.index("fallback") > max(i for i, n in enumerate(needs) if n != "fallback")


@pytest.mark.parametrize("text, value", [
    # other counts in its paragraph (done, carried forward, a review) no longer hide the request count
    ("2025年我局共接收通过邮寄、邮件、现场等方式提交的各类政府信息公开申请13件,共办结9件,结转2026年度继续办理4件。"
     "全年受理政府信息公开行政复议3件。", 13),
    ("2025年主动公开政府信息212条。全年接到依申请公开办件17件,均已按时答复。", 17),
])
def test_the_fallback_reads_its_clause_beside_other_counts(text, value):
    assert _new(text) == [value]


@pytest.mark.parametrize("text", [
    # another row read a figure in the clause (the granted count): the fallback does not read it a second time
    "2025年收到依申请公开申请并予以公开17件。",
    # its own exclusions stand: a review, a part after 其中, a change
    "2025年我局接收行政复议申请涉及信息公开6件。",
    "2025年共收到依申请公开申请，其中现场提交的申请5件。",
    "2025年接到依申请公开办件较上年增加5件。",
])
def test_near_misses_the_fallback_leaves(text):
    assert _new(text) == []


def test_the_clause_another_row_reads_keeps_that_rows_reading():
    # the fallback ran first and took the span before: 17 was read as new requests, and the granted row lost it
    got = [(f.key, f.value) for f in narrative_figures("2025年收到依申请公开申请并予以公开17件。", year=2025)]
    assert got == [("requests.granted", 17)]


def test_it_still_yields_to_another_rows_count_anywhere_in_the_report():
    text = "2025年共收到政府信息公开申请12件。附：全年接到依申请公开办件15件,办结14件。"
    assert _new(text) == [12]
