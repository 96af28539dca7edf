"""Requests answered said as 办理 (全年办理1503件, 本年度已办理5件（全部办理）) or 答复完毕 (stop 30, hunt30a); invented
sentences and numbers, each class seen on real pages."""
import pytest

from test_narrative_wordings_hunt28a import REQUESTS
from test_narrative_wordings_hunt29a import read


# ---- near misses, written first -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    # 办理 of a proposal, of a review, still in hand, another year's, a count that is not right after 办理
    (REQUESTS + "2025年全年办理人大建议13件。", "requests.answered"),
    (REQUESTS + "2025年受理行政复议申请2件，全年办理2件。", "requests.answered"),
    (REQUESTS + "2025年共收到政府信息公开申请7件，办理中1件。", "requests.answered"),
    (REQUESTS + "2024年全年办理1503件。", "requests.answered"),
    (REQUESTS + "2025年全年办理政务服务事项1503件。", "requests.answered"),
    (REQUESTS + "2025年共收到政府信息公开申请7件，全部按期办理并答复完毕。", "requests.answered"),
])
def test_near_misses_are_not_read(text, key):
    got = read(text)
    if isinstance(key, tuple):      # (key, value): the key may be read, not as that value
        assert got.get(key[0]) != key[1]
    else:
        assert key not in got


# ---- answered -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, answered", [
    ("全年接收政府信息公开申请1618件，2024年结转141件；全年办理1566件，结转2026年193件。", 1566),
    ("2025年，共受理政府信息公开申请8件，本年度已办理8件（全部办理），部分公开3件。", 8),
    ("2025年度，我局共收到依申请公开申请11件，其中网络申请4件，信函申请7件；答复完毕9件，办理中2件。", 9),
])
def test_answered_said_as_handled_or_replied_in_full(text, answered):
    assert read(REQUESTS + text)["requests.answered"] == answered
