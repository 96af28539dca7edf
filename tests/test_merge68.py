"""Stop 68's merge: leads68 reads a medium's count further from its name (…微信…,及时发布…信息N条), which made an all-ways
proactive total whose list of ways holds 公开资料 (public materials, a channel) look like one website's count beside a
medium's: the total was dropped. 公开资料 names a channel, no verb, so the list is all the ways and the total stands.
Invented texts, distinct figures."""
import reportparse

_HEAD = "某某市某某区2024年度政府信息公开工作年度报告\n一、总体情况\n"


def _disclosure(body: str) -> dict:
    report = reportparse.parse_text(_HEAD + body)
    return {v.key: v.value for v in report.indicators if v.key.startswith("disclosure")}


def test_all_ways_with_public_materials_keep_the_total():
    got = _disclosure("(一)主动公开。2024年,全区各级行政机关通过政府网站、政务微博(微信)、新闻媒体、公示栏(屏)、公开资料等"
                      "渠道和方式主动公开政府信息12647条。其中,政府网站3518条;利用“某某发布”微信、微博,今日头条等新媒体平台,"
                      "及时发布反映全区经济社会发展成效等时政信息7093条;通过公示栏(屏)、公开资料等渠道发布信息2036条。\n")
    assert got.get("disclosure.total") == 12647


def test_one_site_beside_a_pushed_medium_stays_the_sites():
    # guard: a website's own count with a medium's count pushed out later in the paragraph is the site's alone
    got = _disclosure("(一)主动公开。2024年,通过区政府网站主动公开政府信息321条;加强区政府微信公众号的运维管理,"
                      "全年累计推送发布工作动态等信息57期204条。\n")
    assert "disclosure.total" not in got
    assert got.get("disclosure.via_website") == 321
