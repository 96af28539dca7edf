"""A sentence that opens with 其中 goes on with the one before it: one rule (narrative_channels.goes_on) for the topic
of its counts (narrative_lists.topic_start) and for the channels listed as a total's parts (narrative_channels).
Before stop 35 the two were spelt apart: the topic rule took only 。/； before 其中 and no digit after it, the channel
rule any sentence end. Invented bodies and figures, distinct per value."""
import pytest

import reportparse
from reportparse.extract.narrative_channels import goes_on


@pytest.mark.parametrize("text, at, expected", [
    ("信息2339条;其中,政府网站公开1903条", 8, True),
    ("信息2339条。其中，网站公开1903条", 8, True),
    ("信息2339条；其中网站1903条", 8, True),
    ("信息2339条\n其中网站公开1903条", 8, True),      # a wrapped line: the sentence goes on
    ("信息2339条。其中1903条在网站公开", 8, True),     # a count right after 其中
    ("信息2339条,其中网站公开1903条", 8, False),       # a clause inside the sentence, not an opening
    ("信息2339条。网站公开1903条", 8, False),          # no 其中
    ("其中网站公开1903条", 0, False),                   # nothing before it
])
def test_goes_on(text, at, expected):
    assert goes_on(text, at) is expected


def _values(body: str) -> dict:
    text = f"岚峰县某某局2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n{body}\n(二)依申请公开情况\n"
    return {(i.key, i.applicant): i.value for i in reportparse.parse_text(text).indicators if not i.derived}


@pytest.mark.parametrize("body", [
    "2024年,全年通过多种渠道主动公开政府信息6183条。其中,政府网站公开5231条,政务微博公开952条。",
    "2024年,全年通过多种渠道主动公开政府信息6183条;其中政府网站公开5231条,政务微博公开952条。",
])
def test_channels_after_a_sentence_opening_with_qizhong_are_the_totals_parts(body):
    vals = _values(body)
    assert vals[("disclosure.total", None)] == 6183
    assert vals[("disclosure.via_website", None)] == 5231
