"""heldout60b's and heldout60c's classes, with invented reports (names and figures made up):
A. the issuer as the review body (全县共受理行政复议N件: its caseload of every matter) is no review.total, and the
outcomes after it are none either; B. review outcomes in the narrative said as 维持具体行政行为的N宗, 结果被纠正N宗,
尚未审结N宗 in a list after 其中 (clauses split by ；), and 均维持原办理结果 after the count (every review upheld);
C. a count followed by a bracket that holds a part of it (…申请1362宗(含县自然资源局收到申请915宗)): the outer count is
the whole's, the inner never; a bracket holding no carried-over cases (含重复申请事项) keeps the count new; 涉及 before
a review count is a verb, no list of names; D. a count up to the last day of the report's own year by its digits
(截止2023年12月31日, the date damaged 截至20231231日) with no sum word after it is the year's; 累计/共/历年 after it,
another year's end, or an end with no year digits stay unread; E. requests answered said 办结政府信息依申请公开N件
(the noun inverted) and carried forward said 转接下年度 (结转 garbled); F. a website's count said with the label's
数 (政府门户网站累计公开政府信息数N条); G. the applicant category alone in brackets after the request count
(…申请3件(自然人申请)): every request that category's; H. the applicants said all one category in a later sentence of
the paragraph (…共受理依申请公开9宗,…。…分析发现,申请人均为自然人), where the count's sentence opens with the report's
own year and the issuer or none as subject, and no other count stands between."""
from __future__ import annotations

import pytest

import reportparse

TITLE = "岚峰县人民政府2023年政府信息公开工作年度报告\n"
REVIEWS = "五、政府信息公开行政复议、行政诉讼情况\n"


def values(text: str, title: str = TITLE) -> dict:
    """The report's values, a request key's total under its bare key (requests.new)."""
    got = reportparse.parse_text(title + text + "\n").values()
    return {k.removesuffix("|applicant=total"): v for k, v in got.items()}


# ---------------------------------------------------------------- A. the issuer as the review body

@pytest.mark.parametrize("said", [
    "2023年全县共受理行政复议14件,其中维持具体行政行为3件。",
    "2023年,全县受理各类行政复议案件26件。",
    "全年县政府受理了行政复议申请17件,纠正2件,维持11件。",
    "2023年全县共受理行政复议案件8宗,其中:维持具体行政行为的5宗;尚未审结2宗。",
])
def test_the_issuers_caseload_as_review_body_is_not_read(said):
    got = values(REVIEWS + said)
    assert not any(k.startswith("review.") for k in got), (said, got)


@pytest.mark.parametrize("said, total", [
    ("2023年本机关被申请行政复议6件,其中维持具体行政行为4件。", 6),
    ("2023年受理因政府信息公开引发的行政复议5件。", 5),        # the disclosure named: its reviews
    ("2023年发生政府信息公开行政复议案件7件。", 7),
])
def test_reviews_of_the_disclosure_are_still_read(said, total):
    assert values(REVIEWS + said)["review.total"] == total


# ---------------------------------------------------------------- B. outcomes said in other wordings

@pytest.mark.parametrize("said, want", [
    ("2023年岚峰县信息公开类行政复议案件9宗,其中:维持具体行政行为的6宗;结果被纠正2宗;尚未审结1宗。",
     {"review.total": 9, "review.upheld": 6, "review.corrected": 2, "review.pending": 1}),
    ("2023年因政府信息公开被申请行政复议8件,其中维持具体行政行为5件;被纠正2件;尚未审结1件。",
     {"review.total": 8, "review.upheld": 5, "review.corrected": 2, "review.pending": 1}),
    ("全年信息公开类行政复议案件7宗,其中维持具体行政行为的4宗,结果纠正3宗。",
     {"review.total": 7, "review.upheld": 4, "review.corrected": 3}),
])
def test_review_outcomes_in_a_list_after_the_count(said, want):
    got = values(REVIEWS + said)
    assert {k: got.get(k) for k in want} == want, got


def test_a_lawsuits_list_after_the_reviews_is_never_theirs():
    got = values(REVIEWS + "2023年信息公开类行政复议案件9宗,其中:维持具体行政行为的6宗;尚未审结3宗。"
                 "2023年信息公开类行政诉讼案件5宗,其中:维持具体行政行为的4宗;尚未审结1宗。")
    assert (got["review.upheld"], got["review.pending"]) == (6, 3)


@pytest.mark.parametrize("said", [
    "因政府信息公开申请引发行政复议3件,均维持原办理结果。",
    "因政府信息公开申请引发行政复议3件,全部维持原处理结果。",
    "因政府信息公开申请引发行政复议3件,均维持原答复。",
])
def test_all_upheld_after_the_count(said):
    got = values(REVIEWS + said)
    assert (got["review.total"], got.get("review.upheld")) == (3, 3)


@pytest.mark.parametrize("said", [
    "因政府信息公开申请引发行政复议3件,均已办结。",
    "因政府信息公开申请引发行政复议3件,均依法答复。",
    "因政府信息公开申请引发行政复议3件,维持原办理结果的占多数。",
])
def test_no_outcome_said_of_them_all_is_none(said):
    got = values(REVIEWS + said)
    assert got["review.total"] == 3 and "review.upheld" not in got, got


# ---------------------------------------------------------------- C. a part in brackets after a count

REQUESTS = "二、收到和处理政府信息公开申请情况\n"


@pytest.mark.parametrize("said, new", [
    ("2023年岚峰县共收到政府信息公开申请1362宗(含县自然资源局收到申请915宗)。", 1362),
    ("2023年共收到政府信息公开申请486件(含县住建局217件、县教育局64件),办结471件。", 486),
    ("全年共受理政府信息公开申请253件(包括青禾镇受理的38件)。", 253),
])
def test_the_count_before_a_bracketed_part_is_the_whole(said, new):
    got = values(REQUESTS + said)
    assert got.get("requests.new") == new, got


@pytest.mark.parametrize("said", [
    "2023年县自然资源局收到政府信息公开申请915宗(含网上申请600宗)。",      # the part names itself first
    "2023年县住建局共收到政府信息公开申请217件(含青禾镇转来的36件)。",
])
def test_a_parts_own_count_stays_unread(said):
    assert "requests.new" not in values(REQUESTS + said)


@pytest.mark.parametrize("said, want", [
    ("全年收到政府信息公开申请64件(含重复申请事项),上年结转政府信息公开申请5件,办结61件。",
     {"requests.new": 64, "requests.carried_over": 5, "requests.answered": 61}),
    ("全年收到政府信息公开申请73件(含同一申请人多次申请),上年结转申请2件。",
     {"requests.new": 73, "requests.carried_over": 2}),
])
def test_a_bracket_of_other_words_keeps_the_count_new(said, want):
    got = values(REQUESTS + said)
    assert {k: got.get(k) for k in want} == want, got


@pytest.mark.parametrize("said", [
    "全年收到政府信息公开申请64件(含上年结转5件),办结61件。",
    "全年收到政府信息公开申请64件(含上年度未办结的5件)。",
    "全年收到政府信息公开申请64件,其中上年结转5件。",
])
def test_a_count_holding_last_years_cases_is_not_new(said):
    assert "requests.new" not in values(REQUESTS + said)


@pytest.mark.parametrize("said, total", [
    ("全年涉及行政复议案件6件,结果维持4件,结果纠正2件。", 6),
    ("2023年涉及政府信息公开的行政复议9件。", 9),
])
def test_a_review_count_after_the_verb_she_ji(said, total):
    assert values(REVIEWS + said)["review.total"] == total


def test_a_list_of_names_before_a_review_count_is_still_lumped():
    assert "review.total" not in values(REVIEWS + "全年投诉举报及行政复议11件。")


# ---------------------------------------------------------------- D. up to the end of the report's own year

OFFICE = "岚峰县商务局2023年政府信息公开工作年度报告\n"
PROACTIVE = "一、总体情况\n(一)主动公开情况\n"


@pytest.mark.parametrize("said, key, value", [
    (PROACTIVE + "截止2023年12月31日,我局主动公开信息318条,其中政策文件7条。", "disclosure.total", 318),
    (PROACTIVE + "截至20231231日,本机关结合工作职能主动公开信息146条。", "disclosure.total", 146),
    (PROACTIVE + "截至2023年底,我局主动公开政府信息209条。", "disclosure.total", 209),
    (REQUESTS + "截止2023年12月31日,我局收到依申请公开27件。", "requests.new", 27),
    (PROACTIVE + "截止2023年12月31日,我局通过政府信息公开目录管理系统主动公开政府信息的数量为634条。",
     "disclosure.total", 634),
])
def test_a_count_up_to_the_own_years_last_day_is_the_years(said, key, value):
    assert values(said, OFFICE).get(key) == value


@pytest.mark.parametrize("said", [
    "截至2023年12月31日,累计主动公开信息318条。",          # a running total
    "截至2023年12月31日,我局历年主动公开信息318条。",
    "截至2023年12月31日,我局共主动公开信息318条。",          # a sum word: from a start not said
    "截至2022年12月31日,我局主动公开信息318条。",            # another year's end
    "截至12月31日,我局主动公开信息318条。",                  # no year said
    "截至2023年6月30日,我局主动公开信息318条。",             # a day inside the year
])
def test_running_totals_and_other_ends_stay_unread(said):
    assert "disclosure.total" not in values(PROACTIVE + said, OFFICE)


# ---------------------------------------------------------------- E. request wordings

@pytest.mark.parametrize("said, want", [
    ("2023年全县共办结政府信息依申请公开418件,其中予以公开126件,转接下年度办理27件。",
     {"requests.answered": 418, "requests.granted": 126, "requests.carried_forward": 27}),
    ("2023年共收到政府信息公开申请152件,办结政府信息依申请公开147件,5件转接下年度继续办理。",
     {"requests.new": 152, "requests.answered": 147, "requests.carried_forward": 5}),
    ("全年办结依申请公开事项63件,转接下一年度办理4件。", {"requests.answered": 63, "requests.carried_forward": 4}),
])
def test_answered_and_carried_forward_wordings(said, want):
    got = values(REQUESTS + said)
    assert {k: got.get(k) for k in want} == want, got


@pytest.mark.parametrize("said, key", [
    ("2023年共收到政府信息公开申请152件,其中转接市级部门办理9件。", "requests.carried_forward"),
    ("2023年共收到政府信息公开申请152件,上年转接的8件已办结。", "requests.carried_forward"),
    ("2023年共办结政府信息依申请公开投诉6件。", "requests.answered"),
])
def test_near_request_wordings_are_not_read(said, key):
    assert key not in values(REQUESTS + said)


# ---------------------------------------------------------------- F. a website's count with the label's 数

def test_a_websites_count_said_with_shu():
    got = values(PROACTIVE + "2023年,全县各部门累计主动公开政府信息8417条。\n(一)政府门户网站。2023年政府门户网站"
                 "累计公开政府信息数8417条,及时发布政务要闻。")
    assert (got["disclosure.total"], got.get("disclosure.via_website")) == (8417, 8417)


@pytest.mark.parametrize("said", [
    "2023年,全县各部门累计主动公开政府信息8417条。\n(一)政府门户网站。政府门户网站访问人数8417人次。",
    "2023年,全县各部门累计主动公开政府信息8417条。\n(一)政府门户网站。2023年政府门户网站累计公开政府信息数约3000条。",
])
def test_other_website_figures_are_not_its_count(said):
    assert "disclosure.via_website" not in values(PROACTIVE + said)


# ---------------------------------------------------------------- G. the applicant category in brackets

def natural(text: str):
    got = reportparse.parse_text(TITLE + REQUESTS + text + "\n").values()
    return got.get("requests.new|applicant=total"), got.get("requests.new|applicant=natural_person")


@pytest.mark.parametrize("said, n", [
    ("2023年共收到政府信息公开申请3件(自然人申请),均已办结。", 3),
    ("2023年共收到政府信息公开申请4件(公民个人提出)。", 4),
    ("2023年共受理政府信息公开申请6件(自然人提交)。", 6),
])
def test_the_category_in_brackets_is_every_requests(said, n):
    assert natural(said) == (n, n)


@pytest.mark.parametrize("said, n", [
    ("2023年共收到政府信息公开申请5件(自然人申请3件)。", 5),          # a part with its own count
    ("2023年共收到政府信息公开申请5件(自然人、法人各2件)。", 5),
    ("2023年共收到政府信息公开申请5件(主要为自然人申请)。", 5),
])
def test_a_bracket_that_is_not_the_whole_category_gives_no_share(said, n):
    assert natural(said) == (n, None)


# ---------------------------------------------------------------- H. the category said in a later sentence

STREET = "岚峰县青禾街道办事处2023年政府信息公开工作年度报告\n"


def street_natural(text: str):
    got = reportparse.parse_text(STREET + REQUESTS + text + "\n").values()
    return got.get("requests.new|applicant=total"), got.get("requests.new|applicant=natural_person")


@pytest.mark.parametrize("said, n", [
    ("2023年,我街道共受理依申请公开9宗,均依法答复。与上一年相比,数量增加了50%。经分析,申请人均为自然人,主要诉求为物业管理。", 9),
    ("2023年,我街道共收到政府信息公开申请11件。通过对申请的梳理发现,申请人全部为自然人。", 11),
    ("2023年共受理政府信息公开申请6件,已全部答复。申请人都是公民个人。", 6),
])
def test_a_later_sentence_says_every_applicant(said, n):
    assert street_natural(said) == (n, n)


@pytest.mark.parametrize("said", [
    "2022年,我街道共受理依申请公开9宗,均依法答复。经分析,申请人均为自然人。",             # another year's count
    "2023年,县住建局共受理依申请公开9宗,均依法答复。经分析,申请人均为自然人。",          # a part's count
    "2023年,我街道共受理依申请公开9宗,其中予以公开4宗。经分析,申请人均为自然人。",       # another count between
    "2023年,我街道共受理依申请公开9宗,均依法答复。经分析,申请人主要为自然人。",          # most, not all
    "2023年,我街道共受理信访件9宗,均依法答复。经分析,申请人均为自然人。",                # another business
    "2023年,我街道共受理依申请公开9宗。\n申请人均为自然人。",                              # another paragraph
])
def test_no_share_where_the_count_is_not_surely_theirs(said):
    assert street_natural(said)[1] is None
