"""The website's count said in the sentence right after a proactive total said as rough (全年主动公开信息300余条。政府网站公开
信息208条 / …1200多条。通过镇政府网站公开信息316条): the site's count is exact and is read as disclosure.via_website; the
rough total stays unread. Before, the channel was lost with its total. Invented figures."""
import pytest

import reportparse

HEAD = "某某县某某局2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开方面\n"


@pytest.mark.parametrize("sentence, site", [
    ("2021年,全年主动公开信息300余条。政府网站公开信息208条,其中政策文件3条、办事指南74条;依托宣传栏公开信息100余条。", 208),
    ("2021年,我镇主动公开政府信息1200多条。通过镇政府网站公开信息316条,通过微信公众号发布信息800余条。", 316),
    ("2021年,我局主动公开政府信息95条。通过政府网站公开信息60条,政务微博公开35条。", 60),
])
def test_the_site_after_a_rough_or_exact_total(sentence, site):
    report = reportparse.parse_text(HEAD + sentence, require_report=False)
    assert report.value("disclosure.via_website") == site
    total = report.get("disclosure.total")
    assert total is None or total.value == 95      # a rough total (300余条, 1200多条) is never read
