"""Request-handling sentences read by family, not one wording at a time (prose32; tools/probe_narrative.py measures
the cross-product): the measure words of a request count ($REQUEST_COUNT: 件, 宗, 条, 个, 份 after the request's own
noun or topic; $CASE: 件, 宗 where nothing else says they are requests), the nouns 申请事项 / 依申请件 / 请求 after
新收, 转入 and 延续 for carried cases, 依申请公开申请 after 办结/答复, 准予公开 and 不予以公开, and 接收 in the
zero forms. Near misses first: a review's or a complaint's count, another year's, a part after 其中, a channel's,
items (项), visits (次), an outcome in 条 outside a request topic. Invented sentences and numbers."""
import pytest

from test_narrative_wordings_hunt28a import PROACTIVE, REQUESTS
from test_narrative_wordings_hunt29a import read


# ---- near misses, written first -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, key, value", [
    # a review's, a complaint's count in the new measure words
    (REQUESTS + "2025年，收到行政复议申请17条。", "requests.new", None),
    (REQUESTS + "2025年，共收到信息公开投诉5宗。", "requests.new", None),
    (REQUESTS + "2025年，收到行政复议申请3宗，其中2宗转入下年度办理。", "requests.carried_forward", None),
    (REQUESTS + "2025年收到政府信息公开申请20件，上年度转入行政复议案件2件。", "requests.carried_over", None),
    # another year's count
    (REQUESTS + "2024年，收到申请17条。", "requests.new", None),
    # a part after 其中 (a channel's count) is never the whole
    (REQUESTS + "2025年，收到政府信息公开申请20件，其中网上申请17条。", "requests.new", 20),
    # items of information asked for (项) and visits (次) are no count of requests
    (REQUESTS + "2025年，收到政府信息公开申请5件，涉及信息17项。", "requests.new", 5),
    (REQUESTS + "2025年，接待依申请公开咨询40次。", "requests.new", None),
    # replies to messages said bare in 条 are no answered requests
    (REQUESTS + "2025年收到网民留言30条，答复17条。", "requests.answered", None),
    # an outcome in 条 outside a request topic may count proactive items; 不准予 is no grant
    (PROACTIVE + "2025年，经审核予以公开17条。", "requests.granted", None),
    (REQUESTS + "2025年收到政府信息公开申请9件，不准予公开4件。", "requests.granted", None),
    # a review's outcome said with 不予以公开
    (REQUESTS + "2025年被申请行政复议3件，涉及不予以公开3件。", "requests.denied", None),
])
def test_near_misses_stay_unread_or_their_own(text, key, value):
    assert read(text).get(key) == value


# ---- the families, cell by cell ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # measure words after the request's own noun or topic
    (REQUESTS + "2025年，收到申请17条。", {"requests.new": 17}),
    (REQUESTS + "2025年，受理依申请件23宗。", {"requests.new": 23}),
    (REQUESTS + "2025年，全年新收政府信息公开请求9个。", {"requests.new": 9}),
    (REQUESTS + "2025年，共接到31条政府信息公开申请。", {"requests.new": 31}),
    (REQUESTS + "2025年，收到政府信息公开申请事项14件。", {"requests.new": 14}),
    # carried over: 转入, 的 before the noun, a count in 条/宗/个
    (REQUESTS + "2025年收到政府信息公开申请26件，上年度转入4条。", {"requests.new": 26, "requests.carried_over": 4}),
    (REQUESTS + "2025年收到政府信息公开申请27件，上年度结转的申请6宗。",
     {"requests.new": 27, "requests.carried_over": 6}),
    (REQUESTS + "2025年收到政府信息公开申请28件，2024年结转3个。", {"requests.new": 28, "requests.carried_over": 3}),
    # carried forward: 转入 / 延续, either order
    (REQUESTS + "2025年收到政府信息公开申请29件，5条转入下年度办理。",
     {"requests.new": 29, "requests.carried_forward": 5}),
    (REQUESTS + "2025年收到政府信息公开申请32件，7件延续至下年度办理。",
     {"requests.new": 32, "requests.carried_forward": 7}),
    (REQUESTS + "2025年收到政府信息公开申请33件，延续至下一年度办理8宗。",
     {"requests.new": 33, "requests.carried_forward": 8}),
    # answered: 依申请公开申请 as the noun, 条 after the noun, 宗 bare
    (REQUESTS + "2025年收到政府信息公开申请34件，办结依申请公开申请12件。",
     {"requests.new": 34, "requests.answered": 12}),
    (REQUESTS + "2025年收到政府信息公开申请35条，答复政府信息公开申请19条。",
     {"requests.new": 35, "requests.answered": 19}),
    (REQUESTS + "2025年收到政府信息公开申请36宗，办结15宗。", {"requests.new": 36, "requests.answered": 15}),
    # outcomes: 准予公开, 不予以公开, 宗
    (REQUESTS + "2025年收到政府信息公开申请37件，其中准予公开11件，部分公开2宗，不予以公开3件。",
     {"requests.new": 37, "requests.granted": 11, "requests.partially_granted": 2, "requests.denied": 3}),
    # none received, said with 接收 (no 到)
    (REQUESTS + "2025年，本机关未接收政府信息公开申请。", {"requests.new": 0}),
    (REQUESTS + "2025年，无接收政府信息公开申请。", {"requests.new": 0}),
])
def test_family_members_read_cell_by_cell(text, expected):
    got = read(text)
    assert {k: got.get(k) for k in expected} == expected
