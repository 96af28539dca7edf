"""Proactive totals said with 内容 for the noun after a word for all of it (hunt32a): 共依法主动公开相关内容…条,
主动公开各类内容…条, under a proactive heading; one row of data/narrative.tsv. Never 法定主动公开内容 (a column's
name: 在“法定主动公开内容”栏目…), a part after 其中, nor what a body should publish (应主动公开…). Invented sentences
and numbers."""
import pytest

from test_narrative_wordings_hunt28a import PROACTIVE
from test_narrative_wordings_hunt29a import read


# ---- near misses, written first -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    PROACTIVE + "2025年，我局在法定主动公开内容栏目更新21条。",
    PROACTIVE + "2025年，我局主动公开信息情况良好，其中主动公开相关内容317条涉及疫情防控。",
    PROACTIVE + "按照要求，各科室应主动公开各类内容58条以上。",
])
def test_near_misses_are_not_read(text):
    assert "disclosure.total" not in read(text)


# ---- proactive totals ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, total", [
    (PROACTIVE + "2025年，我局在门户网站设置了执法公示专栏，共依法主动公开相关内容128条。", 128),
    (PROACTIVE + "全年通过政府网站主动公开各类内容2315条，其中政策文件41条。", 2315),
])
def test_proactive_totals_said_with_content(text, total):
    assert read(text)["disclosure.total"] == total
