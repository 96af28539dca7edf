"""heldout65b's classes, with invented reports (names and figures made up):
A. the issuer trying or closing reviews as the review body (审理/审结 the matter's reviews: 审理政府信息公开行政复议案件N起,
其中结果维持…; 作为行政复议机关办理…) is no review.* of its own; the respondent's wordings (被申请, 引发, 办理因…引起的,
发生) stay read; B. a lawsuit or review count of none said in 条 (行政复议0件,行政诉讼0条); a count of some in 条 never;
C. a website's count of 政务公开信息 (通过市政府门户网站,发布政务公开信息N条); D. the website named as the way of all of
them in a bracket after the whole (公开政府信息N条(网站公开)): the site's count too, never another channel's bracket nor a
part's; E. two websites joined as the one way (通过A政务外网及B门户网站主动发布信息N条): the websites' count too, never a
site joined with a medium; F. 网上公开N条 in a channel list after the whole, beside another channel's count: the
website's share."""
from __future__ import annotations

import pytest

import reportparse

TITLE = "岚峰县人民政府2023年政府信息公开工作年度报告\n"
PROACTIVE = "二、主动公开政府信息情况\n"
REVIEWS = "五、政府信息公开行政复议、行政诉讼情况\n"


def values(text: str, title: str = TITLE) -> dict:
    """The report's values, a request key's total under its bare key (requests.new)."""
    got = reportparse.parse_text(title + text + "\n").values()
    return {k.removesuffix("|applicant=total"): v for k, v in got.items()}


def reviews(text: str) -> dict:
    return {k: v for k, v in values(REVIEWS + text).items() if k.startswith("review.")}


# ---------------------------------------------------------------- A. the issuer as the review body

@pytest.mark.parametrize("said", [
    "审理政府信息公开行政复议案件9起,其中:结果维持4起,结果纠正3起,其他结果2起。",
    "2023年,县政府审理政府信息公开类行政复议案件9件,其中维持4件,纠正3件。",
    "全年共审结因政府信息公开引发的行政复议案件6件,均维持原答复。",
    "县政府审理了涉及信息公开的行政复议8件。",
    "县政府作为行政复议机关,全年办理政府信息公开行政复议案件11件,其中结果纠正2件。",
    "作为行政复议机构,共办理行政复议案件13件。",
])
def test_the_issuer_trying_reviews_as_the_review_body_gives_no_review(said):
    assert reviews(said) == {}, said


@pytest.mark.parametrize("said, want", [
    ("2023年本机关因政府信息公开被申请行政复议6件,其中结果维持4件,结果纠正2件。",
     {"review.total": 6, "review.upheld": 4, "review.corrected": 2}),
    ("办理因政府信息公开引起的行政复议3件,办理因政府信息公开引起的行政诉讼2件。", {"review.total": 3}),
    ("2023年发生政府信息公开行政复议案件7件,其中维持5件,纠正2件。",
     {"review.total": 7, "review.upheld": 5, "review.corrected": 2}),
    # 审理 after the count is the case's state, not the issuer's act
    ("因政府信息公开被申请行政复议2件,目前正在审理中。", {"review.total": 2, "review.pending": 2}),
    # a lawsuit tried by a court in the clause before: the review's own clause is read
    ("行政诉讼1件由法院审理,被申请行政复议4件,其中维持3件,纠正1件。",
     {"review.total": 4, "review.upheld": 3, "review.corrected": 1}),
])
def test_the_respondents_reviews_are_still_read(said, want):
    got = reviews(said)
    assert {k: got.get(k) for k in want} == want, got


# ---------------------------------------------------------------- B. none said in 条

def test_a_lawsuit_count_of_none_in_tiao_is_none():
    got = values("三、收到和处理政府信息公开申请情况\n2023年共收到依申请公开0件,行政复议0件,行政诉讼0条。")
    assert got.get("review.total") == 0
    assert got.get("litigation.direct.total") == 0 and got.get("litigation.after_review.total") == 0


def test_a_review_count_of_none_in_tiao_is_none():
    assert reviews("2023年政府信息公开行政复议0条,行政诉讼0件。").get("review.total") == 0


@pytest.mark.parametrize("said", [
    "2023年政府信息公开行政复议3条,行政诉讼0件。",
    "2023年行政诉讼10条。",
])
def test_a_count_of_some_in_tiao_is_not_read(said):
    got = values(REVIEWS + said)
    assert got.get("review.total") != 3 and "litigation.total" not in got and got.get("litigation.direct.total") in (None, 0)


# ---------------------------------------------------------------- C. 政务公开信息 on the website

@pytest.mark.parametrize("said", [
    "2023年,通过县政府门户网站,发布政务公开信息2468条,公开县政府文件17件。",
    "2023年,通过县政府门户网站发布政务公开信息2468条。",
])
def test_a_websites_count_of_affairs_information(said):
    got = values(PROACTIVE + said)
    assert got.get("disclosure.via_website") == 2468 and "disclosure.total" not in got, got


# ---------------------------------------------------------------- D. the website in a bracket after the whole

@pytest.mark.parametrize("said", [
    "全年累计公开政府信息3517条(网站公开)。",
    "2023年主动公开政府信息3517条(均通过县政府网站发布)。",
])
def test_the_website_as_the_way_of_all_in_a_bracket(said):
    got = values(PROACTIVE + said)
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (3517, 3517), got


@pytest.mark.parametrize("said, site", [
    ("2023年主动公开政府信息3517条(新媒体公开)。", None),            # another channel
    ("2023年主动公开政府信息3517条(网站、微信公众号公开)。", None),   # more than the site
    ("2023年主动公开政府信息3517条(网站公开412条)。", None),           # a part, not the way of all
])
def test_a_bracket_naming_another_channel_or_a_part_gives_no_site_count(said, site):
    got = values(PROACTIVE + said)
    assert got.get("disclosure.total") == 3517 and got.get("disclosure.via_website") == site, got


# ---------------------------------------------------------------- E. two websites as the one way

@pytest.mark.parametrize("said", [
    "2023年,我办通过县某办政务外网及县政府门户网站主动发布信息总量达318条。",
    "2023年,我办通过县某办网站和县人民政府门户网站共公开政府信息318条。",
])
def test_two_websites_joined_as_the_way(said):
    got = values(PROACTIVE + said, "岚峰县某办公室2023年政府信息公开工作年度报告\n")
    assert got.get("disclosure.via_website") == 318, got


@pytest.mark.parametrize("said", [
    "2023年,我办通过县某办网站及微信公众号主动公开政府信息318条。",
    "2023年,我办通过县某办网站及政务公开栏主动公开政府信息318条。",
    "2023年,我办通过县某办网站、县政府门户网站和微信公众号主动公开政府信息318条。",
])
def test_a_website_joined_with_another_outlet_gives_no_site_count(said):
    got = values(PROACTIVE + said, "岚峰县某办公室2023年政府信息公开工作年度报告\n")
    assert "disclosure.via_website" not in got, got


# ---------------------------------------------------------------- F. 网上 in a channel list

@pytest.mark.parametrize("said", [
    "2012年,我委共主动公开政府信息1286条。从内容看,规划计划5条,其他信息81条;从渠道和形式看,网上公开703条,"
    "新闻媒体公开 59条,其他形式公开524 条。",
    "2012年,我委共主动公开政府信息1286条,其中网上公开703条,新闻媒体公开59条。",
])
def test_the_internet_in_a_channel_list_is_the_websites_share(said):
    got = values(PROACTIVE + said, "岚峰县某委员会2012年政府信息公开工作年度报告\n")
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (1286, 703), got


@pytest.mark.parametrize("said", [
    "2012年,我委共主动公开政府信息1286条,其中网上公开703条。",                        # no other channel beside it
    "2012年,我委共主动公开政府信息1286条,网上公开703条,新闻媒体公开59条。",           # no list opened
    "2012年,我委共主动公开政府信息1286条,其中网上公开703条,微信平台公开59条。",       # another online outlet
])
def test_the_internet_alone_or_beside_an_online_outlet_is_not_the_website(said):
    got = values(PROACTIVE + said, "岚峰县某委员会2012年政府信息公开工作年度报告\n")
    assert got.get("disclosure.total") == 1286 and "disclosure.via_website" not in got, got


def test_a_site_named_in_the_list_leaves_the_internet_unread():
    got = values(PROACTIVE + "2012年,我委共主动公开政府信息1286条,其中网上公开703条,政府网站公开650条,新闻媒体公开59条。",
                 "岚峰县某委员会2012年政府信息公开工作年度报告\n")
    assert got.get("disclosure.via_website") == 650, got


# ---------------------------------------------------------------- G. a place's portal named …信息网 (heldout64b's left class)

def test_a_places_portal_named_xinxiwang_is_the_website():
    got = values(PROACTIVE + "全年主动公开政府信息8254条。一是印发政府公报3期。二是通过岚峰信息网向社会主动公开信息8016条,"
                 "其中包括政务动态2417条,公示公告165条。三是通过政务微博公开政务信息89条。", "岚峰区人民政府2015年政府信息公开工作年度报告\n")
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (8254, 8016), got


@pytest.mark.parametrize("said", [
    "2015年通过省政府采购信息网主动公开信息33条,通过政务微博公开政务信息70条。",     # a trade's site
    "2015年通过县信用信息网主动公开信息33条,通过政务微博公开政务信息70条。",         # a register's site
    "2015年通过政府信息网络平台发布信息15条,通过政务微博公开政务信息70条。",          # 信息网络: no site's name
])
def test_a_trade_or_register_site_is_not_the_website(said):
    assert "disclosure.via_website" not in values(PROACTIVE + said, "岚峰区人民政府2015年政府信息公开工作年度报告\n")
