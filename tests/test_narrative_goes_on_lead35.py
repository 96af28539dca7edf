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


@pytest.mark.parametrize("body, total", [
    # a count that 其中 opens is a part of the one before it, never the proactive total, the sentence before saying
    # the total (its kinds listed) or no total read at all (…其他类信息9条。其中主动公开政府信息17条: a wrong 17 before)
    ("2024年,我局共主动公开政府信息263条,其中:机构职能类信息38条,其他类信息225条。其中主动公开政府信息41条,"
     "作为依申请公开信息数19条。", 263),
    ("2024年,县政府及政府办共主动公开政府信息263条,其中:机构职能类信息38条,其他类信息225条。其中主动公开政府信息41条,"
     "作为依申请公开信息数19条。", None),
    # … but the proactive part of all the information made stays the total
    ("2024年,我局共制作政府信息517条,其中主动公开政府信息436条。", 436),
])
def test_a_proactive_count_opened_by_qizhong_is_a_part(body, total):
    assert _values(body).get(("disclosure.total", None)) == total


@pytest.mark.parametrize("body, total", [
    # the information made or obtained, said with its own words, then its proactive part (the part opened by 其中
    # is the total here: the merge of stop 35 lost it before this row took these wordings)
    ("2024年,我局共计制作、获取政府信息总数372条,其中主动公开信息有319条,涉及国家秘密的信息0条。", 319),
    ("2024年,我局共制作政府信息数量为645条,其中主动公开政府信息数为598条。", 598),
])
def test_the_proactive_part_of_the_information_made_or_obtained(body, total):
    assert _values(body).get(("disclosure.total", None)) == total
