"""heldout60b's and heldout60c's classes, with invented reports (names and figures made up):
A. the issuer as the review body (全县共受理行政复议N件: its caseload of every matter) is no review.total, and the
outcomes after it are none either; B. review outcomes in the narrative said as 维持具体行政行为的N宗, 结果被纠正N宗,
尚未审结N宗 in a list after 其中 (clauses split by ；), and 均维持原办理结果 after the count (every review upheld)."""
from __future__ import annotations

import pytest

import reportparse

TITLE = "岚峰县人民政府2023年政府信息公开工作年度报告\n"
REVIEWS = "五、政府信息公开行政复议、行政诉讼情况\n"


def values(text: str) -> dict:
    return reportparse.parse_text(TITLE + text + "\n").values()


# ---------------------------------------------------------------- A. the issuer as the review body

@pytest.mark.parametrize("said", [
    "2023年全县共受理行政复议14件,其中维持具体行政行为3件。",
    "2023年,全县受理各类行政复议案件26件。",
    "全年县政府受理了行政复议申请17件,纠正2件,维持11件。",
    "2023年全县共受理行政复议案件8宗,其中:维持具体行政行为的5宗;尚未审结2宗。",
])
def test_the_issuers_caseload_as_review_body_is_not_read(said):
    got = values(REVIEWS + said)
    assert not any(k.startswith("review.") for k in got), (said, got)


@pytest.mark.parametrize("said, total", [
    ("2023年本机关被申请行政复议6件,其中维持具体行政行为4件。", 6),
    ("2023年受理因政府信息公开引发的行政复议5件。", 5),        # the disclosure named: its reviews
    ("2023年发生政府信息公开行政复议案件7件。", 7),
])
def test_reviews_of_the_disclosure_are_still_read(said, total):
    assert values(REVIEWS + said)["review.total"] == total


# ---------------------------------------------------------------- B. outcomes said in other wordings

@pytest.mark.parametrize("said, want", [
    ("2023年岚峰县信息公开类行政复议案件9宗,其中:维持具体行政行为的6宗;结果被纠正2宗;尚未审结1宗。",
     {"review.total": 9, "review.upheld": 6, "review.corrected": 2, "review.pending": 1}),
    ("2023年因政府信息公开被申请行政复议8件,其中维持具体行政行为5件;被纠正2件;尚未审结1件。",
     {"review.total": 8, "review.upheld": 5, "review.corrected": 2, "review.pending": 1}),
    ("全年信息公开类行政复议案件7宗,其中维持具体行政行为的4宗,结果纠正3宗。",
     {"review.total": 7, "review.upheld": 4, "review.corrected": 3}),
])
def test_review_outcomes_in_a_list_after_the_count(said, want):
    got = values(REVIEWS + said)
    assert {k: got.get(k) for k in want} == want, got


def test_a_lawsuits_list_after_the_reviews_is_never_theirs():
    got = values(REVIEWS + "2023年信息公开类行政复议案件9宗,其中:维持具体行政行为的6宗;尚未审结3宗。"
                 "2023年信息公开类行政诉讼案件5宗,其中:维持具体行政行为的4宗;尚未审结1宗。")
    assert (got["review.upheld"], got["review.pending"]) == (6, 3)


@pytest.mark.parametrize("said", [
    "因政府信息公开申请引发行政复议3件,均维持原办理结果。",
    "因政府信息公开申请引发行政复议3件,全部维持原处理结果。",
    "因政府信息公开申请引发行政复议3件,均维持原答复。",
])
def test_all_upheld_after_the_count(said):
    got = values(REVIEWS + said)
    assert (got["review.total"], got.get("review.upheld")) == (3, 3)


@pytest.mark.parametrize("said", [
    "因政府信息公开申请引发行政复议3件,均已办结。",
    "因政府信息公开申请引发行政复议3件,均依法答复。",
    "因政府信息公开申请引发行政复议3件,维持原办理结果的占多数。",
])
def test_no_outcome_said_of_them_all_is_none(said):
    got = values(REVIEWS + said)
    assert got["review.total"] == 3 and "review.upheld" not in got, got
