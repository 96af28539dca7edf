"""A site's posts said bare beside the count of its disclosure column (leads55): 全年政府网站共发布信息8231条，在政府信息公开
专栏发布信息1734条. The site's count (发布, no 公开 nor 政府信息) is everything it posted, the column's items among them:
no channel's share of the proactive total, and the text does not say which share is the site's, so no
disclosure.via_website is read. Said alone, or beside another channel's count, the site's count stays the site's
(the fallback the library has always read), and so does one whose column's count is a part of it after 其中 (stop 68).
Texts and figures are invented.
"""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_HEAD = "青禾县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n"


@pytest.mark.parametrize("sentence", [
    "全年政府网站共发布信息8231条，在政府信息公开专栏发布信息1734条。",
    "（一）主动公开情况\n全年政府网站共发布信息8231条。在政府信息公开专栏发布信息1734条，做到应公开尽公开。",
    "（一）主动公开情况\n全年通过政府门户网站共发布信息8231条，通过信息公开专栏发布政府信息1734条。",
])
def test_a_sites_posts_beside_its_disclosure_column_are_no_website_share(sentence):
    v = _values(_HEAD + sentence)
    assert "disclosure.via_website" not in v
    assert v.get("disclosure.total") in (None, 1734)


@pytest.mark.parametrize("sentence, site", [
    ("全年政府网站共发布信息8231条。", 8231),
    # (the column's count a part of the site's, after 其中: the site's count, as the wild sets' gold convention reads a
    # site's 发布 count followed by 其中…政府信息公开…N条; classes68q)
    ("全年政府网站共发布信息8231条，其中政府信息公开专栏发布1734条。", 8231),
    ("（一）主动公开情况\n全年通过政府网站发布信息8231条，通过政务微博发布信息532条。", 8231),
    ("全年主动公开政府信息1734条，其中通过政府网站公开1600条，在信息公开专栏发布1500条。", 1600),
])
def test_the_sites_own_count_without_a_column_beside_it_stays(sentence, site):
    assert _values(_HEAD + sentence)["disclosure.via_website"] == site
