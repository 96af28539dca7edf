"""A request count said with the information before 申请 and 申请公开 as a 件 (全市共收到政府信息申请公开件N件) is the year's
requests, as 收到申请公开N件 is (hunt38). Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse

HEAD = "青禾市人民政府2022年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况。"


@pytest.mark.parametrize("said", ["2022年全市共收到政府信息申请公开件436件,因政府信息公开引起的行政复议17件。",
                                  "全年共收到政务信息申请公开436件。", "全年收到申请公开件436件。"])
def test_information_before_the_request_and_its_jian(said):
    vals = {(i.key, i.applicant): i.value for i in reportparse.parse_text(HEAD + said + "\n").indicators}
    assert vals[("requests.new", "total")] == 436


def test_a_review_count_stays_its_own():
    vals = {(i.key, i.applicant): i.value
            for i in reportparse.parse_text(HEAD + "共收到政府信息申请公开件436件,行政复议17件。\n").indicators}
    assert vals[("review.total", None)] == 17
