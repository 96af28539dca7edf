"""All the year's requests said as one applicant category with 属/属于 and the noun 申请件 (…申请12件,全部属自然人申请件)
(hunt42): the natural persons' share is the count before it; never after 其中. Texts and figures are invented."""
from __future__ import annotations

import reportparse

HEAD = "青禾县文旅局2023年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"


def _shares(body: str) -> dict:
    return {i.applicant: i.value for i in reportparse.parse_text(HEAD + body).indicators if i.key == "requests.new"}


def test_all_requests_said_to_belong_to_natural_persons():
    assert _shares("2023年,我局共收到政府信息公开申请12件,全部属自然人申请件。\n") == {"total": 12, "natural_person": 12}
    assert _shares("2023年,我局共收到政府信息公开申请37件,均属于自然人申请。\n") == {"total": 37, "natural_person": 37}


def test_a_part_said_to_belong_to_natural_persons_stays_unread():
    assert "natural_person" not in _shares("2023年,我局共收到政府信息公开申请12件,其中5件全部属自然人申请件。\n")
