"""Prose counts (hunt44). The proactive total over channels closed by 等, with the public named as the receiver:
通过政府网站、公示栏等途径向社会公开各类政府信息215条次 is the year's total (条次 counted as 条); a part after 其中
stays a part. The request count named as the work's own number with no 申请 after it (依申请公开数为17件), as
依申请公开17件 is read; a count with no unit of cases stays unread. Texts and figures are invented."""
from __future__ import annotations

import reportparse


def test_channels_to_the_public_give_the_total():
    report = reportparse.parse_text(
        "松岭乡人民政府2023年政府信息公开工作年度报告\n一、总体情况\n1.主动公开政府信息情况\n"
        "2023年全乡通过政府网站、公示栏、村民会议等途径向社会公开各类政府信息215条次,其中:通过政府网站公开"
        "通知文件31条,通过微信公众号公开工作动态各类信息176条。\n2.依申请公开政府信息情况\n"
        "2023年,共受理依申请公开事项4件。\n")
    vals = {i.key: i.value for i in report.indicators if not i.derived}
    assert vals.get("disclosure.total") == 215
    assert vals.get("requests.new") == 4


def _requests_new(sentence: str):
    report = reportparse.parse_text("榆溪镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n"
                                    + sentence + "\n")
    return {i.key: i.value for i in report.indicators if not i.derived}.get("requests.new")


def test_request_count_named_as_the_works_number():
    assert _requests_new("2023年度依申请公开数为17件,已答复17件。") == 17


def test_work_number_without_a_case_unit_stays_unread():
    assert _requests_new("2023年度依申请公开数为17项,涉及信息23条。") is None
