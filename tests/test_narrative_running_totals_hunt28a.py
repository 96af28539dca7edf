"""Running totals since the Regulations (period=cumulative) in wordings the last held-out set showed (stop 28): a start
said with 至今 or 起 right after 2008 (2008年至今累计…, 自2008年5月1日起累计…), and 历年累计 right after the year's count
with no noun of its own (…571条，历年累计8321条). A later start, a bare 累计 and a kind's count stay unread. Invented
sentences and numbers."""
import pytest

from test_narrative_wordings_hunt28a import LEGACY_HEAD, PROACTIVE
from test_narrative_wordings_hunt28a import read as _read


def read(text: str, head: str = LEGACY_HEAD) -> dict:
    return _read(text, head)


def test_the_years_count_then_the_running_total_since_the_regulations():
    got = read(PROACTIVE + "2012年主动公开政府信息571条，历年累计8321条。", LEGACY_HEAD)
    assert (got["disclosure.total"], got[("disclosure.total", "cumulative")]) == (571, 8321)
    got = read(PROACTIVE + "2012年主动公开政府信息572条（历年累计公开8322条）。", LEGACY_HEAD)
    assert (got["disclosure.total"], got[("disclosure.total", "cumulative")]) == (572, 8322)


@pytest.mark.parametrize("sentence, total", [
    ("2008年至今累计主动公开政府信息8323条。", 8323),
    ("从2008年起累计主动公开政府信息8324条。", 8324),
    ("自2008年5月1日起累计主动公开政府信息8325条。", 8325),
    ("2012年主动公开政府信息571条，2008年以来累计主动公开8326条。", 8326),
])
def test_a_running_total_since_2008_said_with_zhijin_or_qi(sentence, total):
    got = read(PROACTIVE + sentence, LEGACY_HEAD)
    assert got[("disclosure.total", "cumulative")] == total


def test_a_start_in_the_reports_own_year_is_the_years():
    """Guard: 自2012年1月1日起 in a 2012 report opens the year, not a running total."""
    got = read(PROACTIVE + "自2012年1月1日起至12月31日，共主动公开政府信息574条。", LEGACY_HEAD)
    assert got["disclosure.total"] == 574 and ("disclosure.total", "cumulative") not in got


@pytest.mark.parametrize("sentence", [
    "2012年主动公开政府信息571条，2010年以来累计主动公开8321条。",     # a later start than the Regulations
    "2010年至今累计主动公开政府信息8321条。",
    "自2010年起累计主动公开政府信息8321条。",
    "2012年主动公开政府信息571条，累计8321条。",                     # a bare 累计 says no start
    "2012年主动公开政府信息571条，其中政策文件12条，历年累计8321条。",   # after a kind's count
])
def test_running_totals_from_a_start_not_said_are_not_read(sentence):
    got = read(PROACTIVE + sentence, LEGACY_HEAD)
    assert ("disclosure.total", "cumulative") not in got
    assert got.get("disclosure.total") in (None, 571)
