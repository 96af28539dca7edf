"""Wordings of the requests' narrative read since hunt39 (texts and figures invented): no request said with the bare
noun 公开申请 or with 政府信息依申请公开 after the verb of receiving; the requests received listed by channel and then
summed (合计); the requests still being handled at the year's end (N件正在办理中) as carried forward."""
from __future__ import annotations

import reportparse

HEAD = "青禾县文化局2023年政府信息公开工作年度报告\n一、总体情况\n"


def _values(body: str) -> dict:
    return {(i.key, i.applicant): i.value for i in reportparse.parse_text(HEAD + body).indicators if not i.derived}


def test_bare_public_request_noun_after_the_verb_is_none_received():
    vals = _values("(二)依申请公开情况\n本年度在网站公开信息46条次,未收到过公开申请,未发生行政复议。\n")
    assert vals[("requests.new", "total")] == 0
    # a word between verb and noun is not the bare noun
    assert ("requests.new", "total") not in _values("(二)依申请公开情况\n本年度未收到主动公开申请表格。\n")


def test_information_named_before_yishenqing_after_the_verb_is_none_received():
    vals = _values("(二)依申请公开情况\n2023年,我局没有受理过政府信息依申请公开;没有受理过投诉。\n")
    assert vals[("requests.new", "total")] == 0


def test_channels_listed_then_summed_give_the_new_requests():
    vals = _values("(二)依申请公开情况\n全年共收到群众网上申请38件,信函9件,当面4件,合计51件,上年结转6件,"
                   "截至12月底已答复52件,5件正在办理中。\n")
    assert vals[("requests.new", "total")] == 51
    assert vals[("requests.carried_over", "total")] == 6
    assert vals[("requests.carried_forward", "total")] == 5


def test_a_sum_that_takes_in_last_years_requests_is_no_new_count():
    vals = _values("(二)依申请公开情况\n全年共收到申请38件,上年结转6件,合计44件。\n")
    assert vals.get(("requests.new", "total")) != 44


def test_a_review_still_being_handled_is_no_request_carried_forward():
    vals = _values("(二)依申请公开情况\n全年共收到申请38件。\n(三)复议情况\n收到行政复议申请7件,3件正在办理中。\n")
    assert ("requests.carried_forward", "total") not in vals
