"""Request counts a held-out set of real reports lost (stop 30, hunt30a): the count before 请求, or after
依申请公开办理事项 / 信息依申请公开; carried forward with the count first (1件结转下年办理, 转结); none received
来自社会; 受理并办结 as the year's requests; the clauses after one that names where last year's cases came from
(2024年结转…，共办结…) as the report's year; a disclosure system named after a government (县政府信息依申请公开系统) as
no part. And a wrong-value risk made unread: requests addressed to another body (向市政府…提出的申请). Invented
sentences and numbers; each class was seen on real pages."""
import pytest

from test_narrative_wordings_hunt28a import PROACTIVE, REQUESTS
from test_narrative_wordings_hunt29a import read
TOWN_HEAD = "岚峰县青石镇人民政府2025年政府信息公开工作年度报告\n发布日期：2026-01-20\n"


# ---- near misses, written first -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    # 请求 / 办理事项 of a review, a complaint, a deputy's proposal; another year's count
    (REQUESTS + "2025年共收到3件行政复议请求。", "requests.new"),
    (REQUESTS + "2025年共收到人大代表建议办理事项7件。", "requests.new"),
    (REQUESTS + "2025年收到信息公开投诉共2件。", "requests.new"),
    (REQUESTS + "2024年，共收到10件依申请公开请求。", "requests.new"),
    # carried forward to a year that is not the next one
    (REQUESTS + "2025年共收到政府信息公开申请6件，0件转结2025年办结。", "requests.carried_forward"),
    (REQUESTS + "2025年共收到政府信息公开申请6件，2件结转本年度办理。", "requests.carried_forward"),
    # no complaint, no review is no zero of requests
    (REQUESTS + "2025年，我镇未收到来自社会的信息公开投诉。", "requests.new"),
    (REQUESTS + "2025年，我镇未收到因信息公开申请引起的行政复议申请。", "requests.new"),
    # 受理并办结 of a review
    (REQUESTS + "2025年受理并办结行政复议申请2件。", "requests.new"),
    # requests addressed to another body: the city's government, a district's, by the applicant named in between
    (REQUESTS + "2025年受理公民、法人和其他组织向市政府及市政府办公室提出的政府信息公开申请5件，均按时答复。", "requests.new"),
    (REQUESTS + "2025年共收到公民向区政府申请政府信息公开6件。", "requests.new"),
])
def test_near_misses_are_not_read(text, key):
    got = read(text)
    if isinstance(key, tuple):      # (key, value): the key may be read, not as that value
        assert got.get(key[0]) != key[1]
    else:
        assert key not in got


def test_a_disclosure_system_named_after_a_government_is_no_part():
    got = read(REQUESTS + "2025年，我局在岚峰县政府信息依申请公开系统收到政府信息公开申请7条。")
    assert got["requests.new"] == 7
    assert "requests.new" not in read(REQUESTS + "2025年，县政府信息中心收到政府信息公开申请7条。")


def test_requests_addressed_to_the_issuer_itself_are_read():
    got = read(REQUESTS + "2025年受理公民、法人和其他组织向本机关提出的政府信息公开申请5件，均按时答复。")
    assert got["requests.new"] == 5


# ---- request counts -----------------------------------------------------------------------------------------

def test_request_counts_around_last_years_carried_over_cases():
    got = read(REQUESTS + "2025年，共收到14件依申请公开请求，2024年结转政府信息公开申请3件，共办结15件，"
               "结转2026年度继续办理2件；全县发生政府信息公开行政复议案件1起。")  # (全市 in a county body's report: the city above, stop 68)
    assert (got["requests.new"], got["requests.carried_over"], got["requests.answered"],
            got["requests.carried_forward"], got["review.total"]) == (14, 3, 15, 2, 1)


@pytest.mark.parametrize("text, new, carried_forward", [
    ("2025年，共收到依申请公开办理事项9件，其中，8件均严格按时限答复，1件结转下年办理。", 9, 1),
    ("2025年，收到信息依申请公开共6件，其中书面申请2件，邮件申请4件，3件转结2026年办结。", 6, 3),
])
def test_requests_and_carried_forward_with_the_count_first(text, new, carried_forward):
    got = read(REQUESTS + text)
    assert (got["requests.new"], got["requests.carried_forward"]) == (new, carried_forward)


def test_no_request_from_society():
    assert read("（二）依申请公开情况。截止2025年12月31日，我镇未收到来自社会的信息公开申请，无行政复议和行政诉讼。",
                TOWN_HEAD)["requests.new"] == 0


def test_received_and_closed_are_the_years_requests():
    got = read(PROACTIVE + "年内我镇主动公开各类信息1186条；年内受理并办结依申请公开27件。", TOWN_HEAD)
    # all that came in were closed: the answered too (stop 63, leads63; tests/test_leads63.py)
    assert got["requests.new"] == 27 and got["requests.answered"] == 27
