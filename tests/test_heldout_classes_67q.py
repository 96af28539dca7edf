"""heldout67b's classes, with invented reports (names and figures made up):
A. a request count the issuer says was addressed to another body (受理…向市政府及市政府办公室提出的申请N件 in a street
office's report) is that body's: not read, and neither is the answer said of those requests in the same sentence
(均在法定时限内予以答复 would otherwise be read as requests.answered N); a count addressed to the issuer keeps both;
B. a review outcome said with 结果 after its verb (行政复议3件,纠正结果2件): review.corrected, as 结果纠正;
C. none issued said as none new (无新增行政规范性文件) after the year or the report's year end: normative_docs.issued 0;
never after another year's end, nor where a count of new ones is given."""
from __future__ import annotations

import pytest

import reportparse

TITLE = "岚峰县某某街道办事处2025年政府信息公开工作年度报告\n"
COUNTY = "岚峰县人民政府办公室2025年政府信息公开工作年度报告\n"
REQUESTS = "(二)政府信息依申请公开情况\n"
MANAGED = "(三)政府信息管理情况\n"


def values(text: str, title: str = TITLE) -> dict:
    """The report's values, a request key's total under its bare key (requests.new)."""
    got = reportparse.parse_text(title + text + "\n", require_report=False).values()
    return {k.removesuffix("|applicant=total"): v for k, v in got.items() if v is not None}


def some(text: str, prefix: str, title: str = TITLE) -> dict:
    return {k: v for k, v in values(text, title).items() if k.startswith(prefix)}


# ---------------------------------------------------------------- A. requests addressed to another body

def test_a_answers_to_requests_addressed_elsewhere_are_not_read():
    said = REQUESTS + "受理公民、法人和其他组织向市政府及市政府办公室提出的政府信息公开申请7件,均在法定时限内予以答复。"
    got = some(said, "requests.")
    assert "requests.new" not in got and "requests.answered" not in got


def test_a_guard_answers_to_requests_received_by_the_issuer_are_read():
    said = REQUESTS + "受理公民、法人和其他组织提出的政府信息公开申请7件,均在法定时限内予以答复。"
    got = some(said, "requests.")
    assert got.get("requests.new") == 7 and got.get("requests.answered") == 7


def test_a_guard_requests_addressed_to_the_issuer_itself_keep_their_answers():
    said = REQUESTS + "2025年共收到向县政府提出的政府信息公开申请13件,均已按时答复。"
    got = some(said, "requests.", COUNTY)
    assert got.get("requests.new") == 13 and got.get("requests.answered") == 13


# ---------------------------------------------------------------- B. 纠正结果N件

@pytest.mark.parametrize("said, want", [
    ("全年办理依申请公开事项14件,行政复议3件,纠正结果2件。", 2),
    ("全年收到政府信息公开申请11件。发生行政复议4件,其中维持结果3件,纠正结果1件。", 1),
])
def test_b_review_corrected_said_with_result_after_the_verb(said, want):
    assert some(REQUESTS + said, "review.corrected") == {"review.corrected": want}


def test_b_guard_a_lawsuits_correction_is_no_reviews():
    said = REQUESTS + "全年收到政府信息公开申请11件。发生行政诉讼4件,纠正结果3件。"
    assert "review.corrected" not in some(said, "review.")


# ---------------------------------------------------------------- C. 无新增行政规范性文件

@pytest.mark.parametrize("said", [
    "截至2025年底,无新增行政规范性文件,现行有效行政规范性文件6件。",
    "2025年,我办无新增行政规范性文件。",
    "本年度无新增规范性文件。",
])
def test_c_none_new_is_none_issued(said):
    assert some(MANAGED + said, "disclosure.normative_docs.issued") == {"disclosure.normative_docs.issued": 0}


@pytest.mark.parametrize("said", [
    "截至2024年底,无新增行政规范性文件,现行有效行政规范性文件6件。",     # another year's end
    "各社区无新增行政规范性文件。",                                         # the parts', no year
])
def test_c_guard_none_new_of_another_year_or_the_parts(said):
    assert "disclosure.normative_docs.issued" not in some(MANAGED + said, "disclosure.normative_docs")


def test_c_guard_in_force_stays_read():
    said = MANAGED + "截至2025年底,无新增行政规范性文件,现行有效行政规范性文件6件。"
    assert some(said, "disclosure.normative_docs.in_force") == {"disclosure.normative_docs.in_force": 6}


# ---------------------------------------------------------------- D. a head naming the disclosure work itself

PROACTIVE = "(一)加大主动公开力度\n"


def test_d_a_head_over_the_disclosure_work_is_no_topic():
    said = PROACTIVE + ("聚焦营商环境优化深化公开内容,规范基础信息公开,年内通过县政府门户网站公开信息5173条,"
                        "重点领域信息占41%。其中,发布政策文件37件。")
    got = some(said, "disclosure.")
    assert got.get("disclosure.total") == 5173 and got.get("disclosure.via_website") == 5173


@pytest.mark.parametrize("said", [
    "一是加强制度建设。二是聚焦乡村振兴,通过县政府门户网站公开涉农信息286条。三是强化监督。",
    "二是围绕疫情防控,及时发布防控信息315条。",
])
def test_d_guard_a_topics_count_stays_a_part(said):
    assert "disclosure.total" not in some(PROACTIVE + said, "disclosure.total")


# ---------------------------------------------------------------- E. kinds listed before a website's count and its noun

def test_e_kinds_listed_before_the_count_and_noun_are_the_sites():
    said = PROACTIVE + "2025年,我办通过政府网站发布通知公告、工作动态、机构职能等23条信息。"
    assert some(said, "disclosure.via_website") == {"disclosure.via_website": 23}


@pytest.mark.parametrize("said", [
    "2025年,我办通过政府网站、微信公众号发布通知公告、工作动态等23条信息。",    # two outlets: no one site's
    "2025年,我办发布通知公告、工作动态、机构职能等23条信息。",                  # no website named
])
def test_e_guard_no_single_website(said):
    assert "disclosure.via_website" not in some(PROACTIVE + said, "disclosure.via_website")


def test_a_guard_untitled_text_keeps_the_answers():
    # (no title names the issuer: the body asked may be the issuer itself, its office answering for it)
    said = REQUESTS + "全年共受理公众向市政府(市政府办公厅)提交的政府信息公开申请43件,均在法定时限内予以答复。"
    assert some(said, "requests.answered", "") == {"requests.answered": 43}
