"""Counts of other business said in the part of a report on requests (leads55): deputies' suggestions and proposals
(人大代表建议, 政协提案), petitions (信访), a hotline's work orders (12345), complaints. Their sentences count the same
way as the requests' (办理人大代表建议12件，上年结转3件，结转下年度2件) and the section heading on requests made any
count in them read as the requests'. A request count is read only where its sentence is about requests: the last
business named before it is disclosure requests. Texts and figures are invented.
"""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_HEAD = "青禾区某某街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n"
_REQUESTS = "2021年，本街道共收到政府信息公开申请6件，全部按时答复。"


@pytest.mark.parametrize("sentence", [
    "办理人大代表建议12件，上年结转3件，结转下年度2件。",
    "承办政协提案9件（上年结转3件），结转下年度继续办理2件。",
    "办理信访事项41件，上年结转3件，结转下年度2件。",
    "12345热线工单受理230件，上年结转3件，结转下一年度继续办理2件。",
    "受理群众投诉举报17件，上年结转3件，转入下年度办理2件。",
    "全年办理人大建议和政协提案共21件，其中上年结转3件，新收18件，已全部办结，结转下年度2件。",
    "信访件上年结转3件，结转下年度2件。",
    "办理人大代表建议12件。其中上年结转3件，结转下年度2件。",
])
def test_another_business_carry_over_is_none_of_the_requests(sentence):
    v = _values(_HEAD + _REQUESTS + sentence)
    assert v["requests.new"] == 6
    assert "requests.carried_over" not in v
    assert "requests.carried_forward" not in v


@pytest.mark.parametrize("sentence", [
    "全年办理人大建议和政协提案21件，本年度共受理18件，上年结转3件。",
    "全年共收到信访事项25件，其中本年新收22件、上年结转3件。",
    "全年受理信访事项41件，已办结39件，正在办理中2件。",
    "全年共受理人大代表建议15件，其中同意公开7件。",
])
def test_another_business_new_answered_or_granted_is_none_of_the_requests(sentence):
    v = _values(_HEAD + sentence)
    assert not {k for k in v if k.startswith("requests.")}, v


@pytest.mark.parametrize("sentence, carried, forward", [
    # the requests named after the other business in the same sentence: theirs again
    ("办理人大代表建议12件，收到政府信息公开申请6件，上年结转3件，结转下年度2件。", 3, 2),
    ("本年度新收政府信息公开申请6件，上年结转政府信息公开申请3件，结转下年度继续办理2件，另办理政协提案9件。", 3, 2),
    # no other business named: the section's topic stands
    ("2021年，本街道共收到政府信息公开申请6件，上年结转3件，结转下年度2件。", 3, 2),
    ("办理人大代表建议12件。本年度新收政府信息公开申请6件，上年结转3件，结转下年度2件。", 3, 2),
    # a way of applying, or the requests' own demands, are no other business
    ("本年度新收政府信息公开申请6件，上年结转3件，其中当面来访申请2件，结转下年度2件。", 3, 2),
    ("本年度新收政府信息公开申请6件，积极回应申请人诉求，上年结转3件，结转下年度2件。", 3, 2),
])
def test_the_requests_own_carry_over_is_read(sentence, carried, forward):
    v = _values(_HEAD + sentence)
    assert v["requests.new"] == 6
    assert v["requests.carried_over"] == carried
    assert v["requests.carried_forward"] == forward


def test_a_request_about_a_petition_is_still_a_request():
    # 信访举报投诉类申请 names a kind of request (不予处理), not the petitions' business
    v = _values(_HEAD + "本年度新收政府信息公开申请6件，其中予以公开4件，属于信访举报投诉类申请不予处理2件，结转下年度1件。")
    assert v["requests.new"] == 6
    assert v["requests.carried_forward"] == 1
