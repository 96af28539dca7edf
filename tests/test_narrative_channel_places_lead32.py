"""A count said as the place it went out, then other places' counts in the same sentence: each is one channel's,
none the proactive total. The places a town names are more than websites: the county's 外网 or 政务网, a notice
board (公示栏, 政务公开栏, 宣传栏). (A possible false positive seen on a held-out town's report, stop 32.)"""
import pytest

import reportparse

REPORT = "柘林镇人民政府2019年政府信息公开工作年度报告\n一、总体情况\n{}\n二、主动公开政府信息情况\n"


def total(sentence: str):
    ind = reportparse.parse_text(REPORT.format(sentence)).get("disclosure.total")
    return ind and ind.value


@pytest.mark.parametrize("sentence", [
    "2019年，我镇在县人民政府外网主动公开政府信息数21条，通过政务APP发布信息34条，公示栏公开信息187条，报纸刊登7条。",
    "2019年，我镇在区政务网主动公开政府信息数21条，在镇公示栏公开信息187条。",
    "2019年，我镇在区政务网主动公开政府信息数21条，政务公开栏公开信息187条。",
])
def test_a_places_count_beside_another_places_is_no_total(sentence):
    assert total(sentence) is None


@pytest.mark.parametrize("sentence", [
    "2019年，我镇在县政府外网主动公开政府信息21条。",                                  # one place said alone
    "2019年，我镇主动公开政府信息21条，其中在县政府外网公开12条，公示栏公开9条。",       # the places are its parts
    "2019年，我镇主动公开政府信息21条，并在政务公开栏公示。",                           # a board named, no count
])
def test_a_total_said_with_its_places_is_still_read(sentence):
    assert total(sentence) == 21
