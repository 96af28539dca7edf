"""Wordings of the proactive-disclosure and requests prose a held-out set's reports were read short on (leads60), each a
class with a guard that a near case is not read. Texts and figures are invented.

- the issuer's website said by other names: a place's administrative portal (通过区行政网站…), the body's own site by its
  kind (在本部门网站…), a site's 政务公开平台 as its disclosure section, 编发 as the verb that put items out, and a list of
  kinds closed by 等共N条 after the site's verb; never another body's or each department's site (各部门网站), a list of
  outlets (网站和微信共…), nor a count of visits or messages (访问量, 留言);
- the proactive total said as the sum closing a list of channels' counts (通过网站…A条,微信公众号…B条,共计N条), read only
  where the shares fit in it (their sum or more); a count said as 累计 after the year whose parts after 其中 add up to it and
  close the sentence; the documents' count (主动公开文件N件) and 政务信息数N条, each only where nothing else is
  counted beside it; never a sum over other business (咨询, 接待), a kind of document (规范性文件) nor what was sent up (报送);
- requests said from the applicants' side by the Regulations' words (公民、法人提交的申请N件; 公民、法人或其他组织提交的政府信息
  公开申请共N件): the year's requests; never one category's (公民提交…, 自然人提交…) nor another matter's (行政复议申请);
- a title-less page opening with the county office's compiling sentence that speaks as a town (我镇) or gives its figures
  under one town's name: the town's report, its figures kept; a county text speaking of its whole stays the county's.
"""
from __future__ import annotations

import pytest

import reportparse
from values_read import values_read as _values

_HEAD = "岚峰县青禾镇2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
_REQUESTS = "\n（二）依申请公开情况\n2023年共收到政府信息公开申请3件。\n"


# ---- the issuer's website said by other names -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023年，通过区行政网站公开信息326条，通过政务微博公开信息57条。", 326),
    ("2023年，我局在本部门网站公开政府信息148条，在微信公众号发布信息61条。", 148),
    ("2023年，通过部门网站主动公开信息139条，通过微信公众号发布信息44条。", 139),
    ("2023年，在县政府门户网站发布政务信息、政策文件、通知公告等共472条，在政务微博发布信息38条。", 472),
    ("2023年，在镇政府门户网站发布政务信息等共254条，在政务微博发布信息38条。", 254),
    ("2023年，门户网站编发信息593条，微信公众号编发信息127条。", 593),
    ("2023年，县政府门户网站编发信息518条，微信公众号发布信息127条。", 518),
    ("2023年，在县政府网站政务公开平台公开各类信息681条，在政务新媒体公开信息91条。", 681),
])
def test_the_website_by_another_name_beside_a_medium_is_the_sites_count(sentence, count):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.via_website"] == count
    assert "disclosure.total" not in v


@pytest.mark.parametrize("sentence, count", [
    ("2023年，门户网站编发信息593条。", 593),
    ("2023年，在县政府网站政务公开平台公开各类信息681条。", 681),
])
def test_the_website_by_another_name_alone_is_the_sites_count(sentence, count):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.via_website"] == count


@pytest.mark.parametrize("sentence", [
    "2023年，通过省政府网站转载信息43条，通过微信公众号发布信息61条。",        # another body's site, items it carried
    "2023年，通过各部门网站公开信息245条，通过微信公众号发布信息61条。",        # each department's site: the parts'
    "2023年，各部门网站编发信息245条，微信公众号发布信息61条。",
    "2023年，通过门户网站和政务公开平台共编发信息85条，通过政务微博发布信息21条。",   # a list of outlets
    "2023年，门户网站访问量达12万人次，收到留言37条，微信公众号发布信息61条。",   # visits, messages
    "2023年，门户网站编发留言回复37条，微信公众号发布信息61条。",
    "2023年，在县政府门户网站收到网民留言、咨询、建议等共472条，在政务微博发布信息38条。",
])
def test_no_website_count_of_another_body_a_list_or_visits(sentence):
    assert "disclosure.via_website" not in _values(_HEAD + sentence + _REQUESTS)


# ---- the proactive total said otherwise -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, total", [
    ("2023年，通过政府网站公开信息326条，微信公众号发布信息85条，共计411条。", 411),
    ("2023年，通过政府网站公开信息326条，通过微信公众号发布信息85条，通过政务微博发布信息47条，共计458条。", 458),
    ("2023年，在镇政府网站公开信息163条，在镇公示栏张贴信息29条，合计192条。", 192),
    ("2023年，通过政府网站公开信息326条，通过微信公众号发布信息85条，共计411条，其中政策文件32条。", 411),
    ("2023年，通过政府网站公开信息326条，微信公众号发布信息85条，共计460条。", 460),     # an outlet left uncounted
])
def test_the_sum_closing_a_list_of_channels_is_the_total(sentence, total):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.total"] == total


@pytest.mark.parametrize("sentence", [
    "2023年，通过政府网站公开信息326条，微信公众号发布信息85条，共计370条。",        # less than its shares
    "2023年，公开政策文件326条，微信公众号发布信息85条，共计411条。",             # a kind, not a channel, first
    "2023年，通过政府网站公开信息326条，微信公众号发布信息85条；接待群众咨询54人次，共计465条。",
    "2023年，通过政府网站公开信息326条，微信公众号发布信息85条。受理咨询23件，共计108件。",
])
def test_a_sum_not_closing_the_channels_list_is_no_total(sentence):
    assert "disclosure.total" not in _values(_HEAD + sentence + _REQUESTS)


@pytest.mark.parametrize("sentence, total", [
    ("2023年，我局主动公开文件73件。", 73),
    ("2023年，主动公开政府文件81件。", 81),
    ("2023年，全县政务信息数612条。", 612),
    ("2023年，政务信息数347条。", 347),
    ("2023年，累计公开政府信息411条，其中政府网站公开326条、微信公众号公开85条。", 411),
])
def test_the_total_said_of_documents_or_as_the_information_count(sentence, total):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.total"] == total


@pytest.mark.parametrize("sentence", [
    "2023年，我局主动公开规范性文件73件。",                # a kind of document
    "2023年，我局主动公开文件73件，政策解读12件。",         # beside another count
    "2023年，报送政务信息数612条。",                      # what was sent up
    "2023年，全县政务信息数612条，微信公众号发布信息85条。",
    "截至2023年底，累计公开政府信息4110条，其中政府网站公开3260条、微信公众号公开850条。",   # several years' running total
])
def test_documents_kinds_and_running_totals_are_no_total(sentence):
    assert "disclosure.total" not in _values(_HEAD + sentence + _REQUESTS)


@pytest.mark.parametrize("sentence, total", [
    ("2023年，累计发布政务信息287条，其中政策文件113条、工作动态174条。", 287),
    ("2023年，累计发布政务信息411条，其中门户网站326条，微信公众号85条。", 411),
    ("本年度累计公开政府信息152条，其中通知公告67条、人事信息85条。", 152),
])
def test_a_count_said_as_accumulated_whose_parts_add_up_is_the_total(sentence, total):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.total"] == total


def test_the_accumulated_counts_channel_part_is_still_the_sites():
    v = _values(_HEAD + "2023年，累计发布政务信息411条，其中门户网站326条，微信公众号85条。" + _REQUESTS)
    assert v["disclosure.via_website"] == 326


@pytest.mark.parametrize("sentence", [
    "2023年，累计发布政务信息287条，其中政策文件113条、工作动态96条。",          # parts not adding up
    "2023年，累计发布政务信息287条，其中政策文件113条、工作动态174条，受理咨询6件。",   # the sentence goes on
    "截至2023年底，累计发布政务信息2870条，其中政策文件1130条、工作动态1740条。",  # over the years
])
def test_an_accumulated_count_not_settled_as_the_years_is_no_total(sentence):
    assert "disclosure.total" not in _values(_HEAD + sentence + _REQUESTS)


def test_the_documents_count_yields_to_the_information_count():
    v = _values(_HEAD + "2023年，我局主动公开政府信息214条，主动公开文件73件。" + _REQUESTS)
    assert v["disclosure.total"] == 214


# ---- requests said from the applicants' side ------------------------------------------------------------------------

_PRO = _HEAD + "2023年，主动公开政府信息214条。\n（二）依申请公开情况\n"


@pytest.mark.parametrize("sentence, count", [
    ("2023年，公民、法人提交的申请37件。", 37),
    ("2023年，公民、法人或其他组织提交的政府信息公开申请共42件。", 42),
    ("2023年，自然人、法人提交的申请26件，其中自然人提交的申请19件。", 26),
    ("2023年，共收到公民、法人和其他组织提交的政府信息公开申请53件。", 53),
    ("全年共收到公民、法人和其他组织依法提交的政府信息公开申请61件。", 61),
])
def test_requests_said_of_citizens_and_legal_persons_are_the_years(sentence, count):
    assert _values(_PRO + sentence + "\n")["requests.new"] == count


@pytest.mark.parametrize("sentence", [
    "2023年，公民提交的申请29件。",                       # one category
    "2023年，法人提交的申请29件。",
    "2023年，自然人提交的政府信息公开申请29件。",
    "2023年，公民、法人提交的行政复议申请37件。",          # another matter
    "2023年，收到公民、法人和其他组织提交的咨询37件。",
])
def test_one_category_or_another_matter_is_no_years_requests(sentence):
    assert "requests.new" not in _values(_PRO + sentence + "\n")


def test_a_part_after_the_whole_is_one_categorys():
    v = reportparse.parse_text(_PRO + "2023年，共收到公民、法人和其他组织提交的政府信息公开申请37件，其中自然人提交的申请29件。\n")
    assert v.values()["requests.new|applicant=total"] == 37
    assert v.values()["requests.new|applicant=natural_person"] == 29


# ---- a town's page opening with its county office's compiling sentence ---------------------------------------------

# (a real county's name: its region code is the point; the town is invented)
_OPENING = ("本报告根据《中华人民共和国政府信息公开条例》和有关要求，由岳西县人民政府办公室编制。本报告所列数据统计期限自2023年1月1日"
            "起至2023年12月31日止。\n")


def _town(subject):
    return ("一、总体情况\n（一）主动公开情况\n" f"2023年，{subject}主动公开政府信息214条。\n"
            "（二）依申请公开情况\n" f"2023年，{subject}共收到政府信息公开申请3件。\n")


@pytest.mark.parametrize("subject, name", [("青禾镇", "青禾镇"), ("柳岸街道", "柳岸街道"), ("我镇", None)])
def test_a_town_under_the_county_offices_opening_is_the_issuer(subject, name):
    extra = "我镇坚持公开为常态。\n" if subject == "我镇" else ""
    doc = reportparse.parse_text(_OPENING + extra + _town(subject))
    assert doc.issuer.name == name
    assert doc.issuer.kind == "township"
    assert doc.issuer.region.code == "340828"
    values = doc.values()
    assert values["disclosure.total"] == 214
    assert values["requests.new|applicant=total"] == 3


def test_the_towns_title_after_the_opening_names_it():
    doc = reportparse.parse_text(_OPENING + "青禾镇2023年政府信息公开工作年度报告\n" + _town("我镇"))
    assert doc.issuer.name == "青禾镇"
    assert doc.values()["disclosure.total"] == 214


@pytest.mark.parametrize("body", [
    "一、总体情况\n2023年，全县坚持公开为常态。\n（一）主动公开情况\n2023年，我县主动公开政府信息214条。\n"
    "（二）依申请公开情况\n2023年，全县共收到政府信息公开申请3件。\n",
    "一、总体情况\n2023年，全县坚持公开为常态。\n（一）主动公开情况\n2023年，青禾镇主动公开政府信息214条。\n"
    "（二）依申请公开情况\n2023年，全县共收到政府信息公开申请3件。\n",
])
def test_a_county_text_under_the_opening_stays_the_countys(body):
    doc = reportparse.parse_text(_OPENING + body)
    assert doc.issuer.kind != "township"
    assert doc.issuer.region.code == "340828"
