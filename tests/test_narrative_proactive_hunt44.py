"""The proactive total over channels closed by 等, with the public named as the receiver (hunt44):
通过政府网站、公示栏等途径向社会公开各类政府信息215条次 is the year's total (条次 counted as 条); a part after 其中
stays a part. Texts and figures are invented."""
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
