"""Proactive totals (stop 30, hunt30a): after 各类 (共公开各类政府信息…条), under a numbered label sentence that names
the topic (1.主动公开政府信息数量及类别。…), and said with 发布 where the year and the issuer open the clause under a
proactive heading (2025年我镇共发布信息…条): the 发布 rule is one row of data/narrative.tsv. Invented sentences and
numbers, each class seen on real pages."""
import pytest

from test_narrative_wordings_hunt28a import HEAD, PROACTIVE
from test_narrative_wordings_hunt29a import read
TOWN_HEAD = "岚峰县青石镇人民政府2025年政府信息公开工作年度报告\n发布日期：2026-01-20\n"


# ---- near misses, written first -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    # a site's posts, another year's, a label that names no proactive disclosure, a count with no sum word
    (PROACTIVE + "2025年网站共发布信息3972条。", "disclosure.total"),
    (PROACTIVE + "2024年，共公开各类政府信息12888条。", "disclosure.total"),
    ("三、政府网站建设情况\n2025年我镇共发布信息2049条。", "disclosure.total"),
    ("（二）政府信息公开情况\n1.政务新媒体建设情况。2025年，我局通过微博、微信等方式，及时发布工作动态、通知公告等信息共16条。",
     "disclosure.total"),
])
def test_near_misses_are_not_read(text, key):
    got = read(text)
    if isinstance(key, tuple):      # (key, value): the key may be read, not as that value
        assert got.get(key[0]) != key[1]
    else:
        assert key not in got


# ---- proactive totals ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, head, total", [
    (PROACTIVE + "2025年，共公开各类政府信息13457条，其中新闻动态1402条，通知公告611条。", HEAD, 13457),
    ("（二）政府信息公开情况\n1.主动公开政府信息数量及类别。2025年，我局通过官方网站、政务新媒体、公告栏等方式，及时公开"
     "政策法规、业务工作、办事指南、工作动态等政府信息共19条。内容包括综合信息、公示公告等信息。", HEAD, 19),
    ("（一）主动公开情况。一是主动公开总数。2025年我镇共发布信息2187条，其中网上公开1805条，微信公开382条。",
     TOWN_HEAD, 2187),
])
def test_proactive_totals(text, head, total):
    assert read(text, head)["disclosure.total"] == total
