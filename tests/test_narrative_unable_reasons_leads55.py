"""Requests answered as unable to provide, with their reasons said before the count (leads55). Texts and figures are
invented.

- the reasons ending with 等 (因本机关不掌握等原因无法提供58件, 因不掌握、需另行制作等无法提供3宗): other reasons too, so the
  count is the group's, requests.unable (table 三's (四)无法提供); never where none of the group's own reasons is
  named (因材料不全等原因), nor in a sentence on reviews or on other business;
- one reason said alone before 无法提供 (因本机关不掌握相关政府信息无法提供58件): that reason's row,
  requests.unable.not_held, and no group count.
"""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_HEAD = "青禾市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n"


@pytest.mark.parametrize("sentence, granted", [
    ("全年共办理政府信息公开申请215件。予以公开96件，占44.7%；因本机关不掌握等原因无法提供58件，占27%；不予处理7件。", 96),
    ("答复政府信息公开申请215件，其中予以公开96件，因本级机关不掌握等原因无法提供58件。", 96),
    ("全年收到政府信息公开申请215件，予以公开96件，因不掌握、需另行制作等原因无法提供58宗。", 96),
    ("全年收到政府信息公开申请215件，予以公开96件，均因本单位不掌握等情形而无法提供的58件。", 96),
])
def test_reasons_ending_with_deng_give_the_groups_count(sentence, granted):
    v = _values(_HEAD + sentence)
    assert v["requests.unable"] == 58
    assert v["requests.granted"] == granted
    assert "requests.unable.not_held" not in v


@pytest.mark.parametrize("sentence", [
    "全年收到政府信息公开申请215件，予以公开96件，因本机关不掌握相关政府信息无法提供58件。",
    "全年收到政府信息公开申请215件，予以公开96件，因本机关不掌握而无法提供58件。",
    "全年收到政府信息公开申请215件，予以公开96件，其中因属于本机关不掌握的政府信息无法提供58件。",
])
def test_one_reason_said_alone_is_that_reasons_row(sentence):
    v = _values(_HEAD + sentence)
    assert v["requests.unable.not_held"] == 58
    assert v["requests.granted"] == 96
    assert "requests.unable" not in v


@pytest.mark.parametrize("sentence", [
    "本年度政务服务中心办理事项1200件，因材料不全等原因无法提供58件。",         # none of the group's reasons
    "被申请行政复议3件，因本机关不掌握等原因无法提供58件。",                     # a review's
    "办理人大代表建议12件，因不掌握等原因无法提供58件。",                       # another business's
])
def test_not_the_requests_group(sentence):
    v = _values(_HEAD + sentence)
    assert not {k for k in v if k.startswith("requests.unable")}, v


def test_proactive_part_reads_none():
    v = _values("青禾市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n"
                "主动公开政府信息320条。因本机关不掌握等原因无法提供58件。")
    assert "requests.unable" not in v
