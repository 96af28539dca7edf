"""Prose that says no review or lawsuit happened (hunt42). The legacy wording with the body and the matter after 针对
(未发生针对本部门有关政府信息公开事务的行政复议案), its lawsuit said in a clause of its own. A request clause whose full stop
was lost before the review's (未收到依申请公开申请没有因…而被申请行政复议、提起行政诉讼): each negation reads its own
clause. A year whose 年 was lost before 以来 (2023以来，未发生…) is the report's own start, as 2023年以来 is; another
year's stays unread. Texts and figures are invented."""
from __future__ import annotations

import reportparse

HEAD = "青禾县文旅局2023年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"


def _values(body: str) -> dict:
    return {i.key: i.value for i in reportparse.parse_text(HEAD + body).indicators}


def test_review_none_against_the_body_about_disclosure_matters():
    vals = _values("2023年,我局未发生针对本部门有关政府信息公开事务的行政复议案;全年受理申请17件。\n")
    assert vals.get("review.total") == 0
    assert vals.get("requests.new") == 17
    assert "litigation.total" not in vals


def test_request_none_run_into_review_none_reads_both():
    vals = _values("2023年度,我局未收到依申请公开申请没有因政府信息公开而被申请行政复议、提起行政诉讼。"
                   "主动公开政府信息43条。\n")
    assert vals.get("requests.new") == 0
    assert vals.get("review.total") == 0
    assert vals.get("litigation.total") == 0
    assert vals.get("disclosure.total") == 43


def test_year_without_its_character_before_since():
    vals = _values("2023以来,我局未发生针对本部门有关政府信息公开事务的行政复议案;全年受理申请17件。\n")
    assert vals.get("review.total") == 0
    assert vals.get("requests.new") == 17
    assert "review.total" not in _values("2019以来,我局未发生针对本部门有关政府信息公开事务的行政复议案。\n")
