"""heldout66b's classes, with invented reports (names and figures made up):
A. counts whose unit the page lost (a crawl that drops 件 as it drops 年 and 月 from dates): the template's carry-over label
closing its clause (结转下年度继续办理N。), a review count right after its noun before a bracket of its outcomes or closing
its clause (政府信息公开行政复议N(结果维持M,结果纠正K)), and the outcomes in that bracket; never a count whose clause goes
on, a count of another matter, nor the review body's caseload;
B. a website named by a zone's short name or a committee before its official site (通过经开区官方网站公开信息N条,微博…;
通过市发展和改革委员会网站…; 某风景区官网…): the site's count in a channel list; never the parts' sites (各园区官方网站…);
C. a proactive count over a span of days (从2014年1月1日至2014年11月30日，累计主动公开…N条, the dates' 年 and 月 lost in a
crawl too): the year's where the span is the report's whole year or the statistics period the report states; never
another span;
D. metadata: a report with no title handed over as 现将我局YEAR年度政府信息公开情况报告如下 (no 工作): that year."""
from __future__ import annotations

import pytest

import reportparse

TITLE = "岚峰县某某街道办事处2025年政府信息公开工作年度报告\n"
REQUESTS = "(二)政府信息依申请公开情况\n"
PROACTIVE = "(一)主动公开政府信息情况\n"


def values(text: str, title: str = TITLE) -> dict:
    """The report's values, a request key's total under its bare key (requests.new)."""
    got = reportparse.parse_text(title + text + "\n", require_report=False).values()
    return {k.removesuffix("|applicant=total"): v for k, v in got.items()}


def some(text: str, prefix: str, title: str = TITLE) -> dict:
    return {k: v for k, v in values(text, title).items() if k.startswith(prefix)}


# ---------------------------------------------------------------- A. units lost

@pytest.mark.parametrize("said, want", [
    ("2025年共受理政府信息公开申请27件,结转上年度3件,已办结24,结转下年度继续办理6。", 6),
    ("2025年共收到政府信息公开申请14件,结转下一年度继续办理4,其余均已答复。", 4),
    ("全年受理依申请公开11件,转入下年度办理2。", 2),
])
def test_a_carry_over_whose_unit_was_lost_closing_its_clause(said, want):
    assert values(REQUESTS + said).get("requests.carried_forward") == want


@pytest.mark.parametrize("said", [
    # the clause goes on after the number: not a count said alone
    "2025年共受理政府信息公开申请27件,结转下年度继续办理6项涉及的信息。",
    # another matter's carry-over
    "2025年共办理人大代表建议9件,结转下年度继续办理2。",
    # last year's carry-over is not the one this year leaves
    "2025年共受理政府信息公开申请27件,上年度结转下年度继续办理3。",
])
def test_no_carry_over_from_a_number_that_is_no_such_count(said):
    assert "requests.carried_forward" not in values(REQUESTS + said)


def test_the_carry_over_with_its_unit_keeps_its_reading():
    got = values(REQUESTS + "2025年共受理政府信息公开申请27件,已办结21件,结转下年度继续办理6件。")
    assert got.get("requests.carried_forward") == 6 and got.get("requests.answered") == 21


@pytest.mark.parametrize("said, want", [
    ("2025年共受理政府信息公开申请21件。政府信息公开行政复议7(结果维持3,结果纠正2,其他结果1,尚未审结1),"
     "政府信息公开行政诉讼0件。",
     {"review.total": 7, "review.upheld": 3, "review.corrected": 2, "review.other": 1, "review.pending": 1}),
    ("2025年共受理政府信息公开申请21件。因政府信息公开被申请行政复议2(结果维持2),行政诉讼0件。",
     {"review.total": 2, "review.upheld": 2}),
    ("2025年共受理政府信息公开申请21件,发生政府信息公开行政复议3,行政诉讼0件。", {"review.total": 3}),
])
def test_a_review_count_whose_unit_was_lost_and_its_outcomes(said, want):
    assert some(REQUESTS + said, "review.") == want


@pytest.mark.parametrize("said", [
    # the review body's caseload, not the issuer's reviews
    "2025年共受理政府信息公开申请21件。区政府受理行政复议9(结果维持5,结果纠正4)。",
    # the number runs on into another word
    "2025年共受理政府信息公开申请21件,行政复议12个工作日内办结。",
    # a review and a lawsuit listed with 、: not a clause of its own
    "2025年共受理政府信息公开申请21件,行政复议2、行政诉讼1。",
])
def test_no_review_count_from_a_number_that_is_no_such_count(said):
    assert some(REQUESTS + said, "review.") == {}


def test_no_review_from_another_matter_without_the_topic():
    got = reportparse.parse_text("岚峰县某某街道办事处2025年政府信息公开工作年度报告\n六、其他需要报告的事项\n"
                                 "2025年,街道发生行政复议4(结果维持4)。\n", require_report=False).values()
    assert not any(k.startswith("review.") for k in got), got


def test_review_outcomes_with_units_keep_their_reading():
    got = some(REQUESTS + "2025年共受理政府信息公开申请21件。政府信息公开行政复议4件(结果维持3件,结果纠正1件)。", "review.")
    assert got == {"review.total": 4, "review.upheld": 3, "review.corrected": 1}


# ---------------------------------------------------------------- B. a zone's or committee's official site

@pytest.mark.parametrize("said, want", [
    ("2025年,通过经开区官方网站公开信息2718条,微博公开信息415条,微信公开信息933条。", 2718),
    ("2025年,通过高新区管委会官方网站公开信息1460条,微博公开信息212条。", 1460),
    ("2025年,通过市发展和改革委员会网站公开信息861条,微信公众号公开信息97条。", 861),
    ("2025年,通过某某风景区官网主动公开政府信息73条,微信公众号发布信息19条。", 73),
])
def test_a_zone_or_committee_site_in_a_channel_list(said, want):
    got = values(PROACTIVE + said)
    assert got.get("disclosure.via_website") == want and "disclosure.total" not in got, got


@pytest.mark.parametrize("said", [
    "2025年,通过各园区官方网站公开信息2718条,微博公开信息415条。",
    "2025年,通过各园区门户网站公开信息2718条,微博公开信息415条。",
    "2025年,各开发区官方网站公开信息2718条,微博公开信息415条。",
])
def test_the_parts_zone_sites_are_not_the_issuers(said):
    assert "disclosure.via_website" not in values(PROACTIVE + said)


# ---------------------------------------------------------------- C. a span of days

LEGACY = "2014年岚峰县某某镇政府信息公开工作年度报告\n"
STATED = "本报告中所列数据的统计期限自2014年1月1日起至2014年11月30日止。\n"
STATED_LOST = "报告中所列数据的统计期限自201411日起至20141130日止。\n"
SECTION = "二、主动公开政府信息情况\n"


@pytest.mark.parametrize("head, said", [
    (STATED, "对政府信息进行了梳理,从2014年1月1日至2014年11月30日,累计主动公开政府信息857条。"),
    (STATED_LOST, "对政府信息进行了梳理,从201411日至20141130日,累计主动公开政府信息857条。"),
    ("", "从201411日至20141231日,累计主动公开政府信息857条。"),
])
def test_a_count_over_the_reports_own_span(head, said):
    assert values(head + SECTION + said, LEGACY).get("disclosure.total") == 857


@pytest.mark.parametrize("head, said", [
    # a span that is neither the whole year nor the stated period
    (STATED, "从2014年1月1日至2014年6月30日,累计主动公开政府信息857条。"),
    ("", "从201411日至20141130日,累计主动公开政府信息857条。"),
    # another year's span
    (STATED_LOST, "从201311日至20131130日,累计主动公开政府信息857条。"),
    (STATED, "从2013年1月1日至2013年11月30日,累计主动公开政府信息857条。"),
])
def test_no_count_over_another_span(head, said):
    assert "disclosure.total" not in values(head + SECTION + said, LEGACY)


# ---------------------------------------------------------------- D. the year handed over without 工作

@pytest.mark.parametrize("opening", [
    "根据市某某局转发的《关于做好年度报告编制和发布工作的通知》有关要求,现将我局2020年度政府信息公开情况报告如下。",
    "現將我局2020年度政府信息公開情況報告如下。",
])
def test_the_year_of_a_report_handed_over_as_its_disclosure_situation(opening):
    report = reportparse.parse_text(opening + "\n一、总体情况\n本局共主动公开政府信息64条。\n", require_report=False)
    assert report.year == 2020


def test_two_years_handed_over_settle_none():
    report = reportparse.parse_text("现将我局2020年度政府信息公开情况报告如下。\n现将2019年度政府信息公开工作情况报告如下。\n"
                                    "本局共主动公开政府信息64条。\n", require_report=False)
    assert report.year is None
