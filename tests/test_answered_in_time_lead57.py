"""The requests answered in time, said beside the late ones (我办按时办结数526件,延期办结8件), are a part of those
answered, never their count (heldout57c found 按时办结数 read as requests.answered, the late ones left out); said
alone (按时办结…526件) or without a manner (办结…526件) the count still reads. Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse

_HEAD = "岚峰市人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n2023年共收到政府信息公开申请534件。"


def _requests(body: str) -> dict:
    return {k.split("|")[0]: v for k, v in reportparse.parse_text(_HEAD + body).values().items() if k.startswith("requests")}


@pytest.mark.parametrize("body", [
    "我办按时办结数526件,延期办结8件。",
    "按期办结政府信息公开申请526件，逾期办结8件。",
    "延期办结8件,按期办结政府信息公开申请526件。",
    "如期答复完毕申请526件，超期答复8件。",
])
def test_the_ones_in_time_beside_the_late_ones_are_no_count_of_the_answered(body):
    assert _requests(body) == {"requests.new": 534}


@pytest.mark.parametrize("body", ["按时办结政府信息公开申请526件。", "办结政府信息公开申请526件，全部按时办结。"])
def test_answered_said_without_the_late_ones_still_reads(body):
    assert _requests(body) == {"requests.new": 534, "requests.answered": 526}
