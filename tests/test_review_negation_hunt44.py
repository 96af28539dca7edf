"""Reviews and lawsuits said none (hunt44). 以及 joins the two as 、/和/及 do (无因信息公开导致行政复议以及行政诉讼的情况),
in either order; a negation said of another matter's caseload (行政执法工作均无被申请行政复议…, 无因行政处罚引起的
行政复议、诉讼) is that matter's, not the report's, and stays unread. Texts and figures are invented."""
from __future__ import annotations

import reportparse

HEAD = "白梧县林业局2012年政府信息公开工作年度报告\n一、主动公开政府信息情况\n2012年,我局主动公开政府信息83条。\n"


def _values(body: str) -> dict:
    return {i.key: i.value for i in reportparse.parse_text(HEAD + body).indicators if not i.derived}


def test_review_and_lawsuit_joined_by_yiji():
    vals = _values("二、行政复议和行政诉讼情况\n全年无因信息公开导致行政复议以及行政诉讼的情况。\n")
    assert vals.get("disclosure.total") == 83
    assert vals.get("review.total") == 0
    assert vals.get("litigation.total") == 0


def test_lawsuit_named_first_joined_by_yiji():
    vals = _values("二、行政复议和行政诉讼情况\n未发生因政府信息公开而产生的行政诉讼以及行政复议。\n")
    assert vals.get("review.total") == 0
    assert vals.get("litigation.total") == 0


def test_enforcement_caseload_is_not_the_reports():
    vals = _values("二、其他情况\n本年度作出行政处罚7宗。2012年度行政执法工作均无被申请行政复议和提起行政诉讼。\n"
                   "全年无因行政处罚引起的行政复议、诉讼。\n")
    assert vals.get("disclosure.total") == 83
    assert "review.total" not in vals
    assert "litigation.total" not in vals


def test_reports_own_none_still_read_beside_enforcement():
    vals = _values("二、行政复议和行政诉讼情况\n行政执法工作均无被申请行政复议和提起行政诉讼。"
                   "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。\n")
    assert vals.get("review.total") == 0
    assert vals.get("litigation.total") == 0
