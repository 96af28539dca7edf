"""heldout67's classes, with invented reports (names and figures made up):
F. reviews and lawsuits said none with 未被 as the negation (未被行政复议或诉讼; 未被申请行政复议、提起行政诉讼): both none;
never 未被…机关… (the review body's decision on a case there was);
D. a lawsuit said not caused (…行政复议案件N件,较上年减少M件,全年未引起行政诉讼) after a review count: the lawsuits none, the
review count kept; never in another matter's section;
E. the requests said valid (受理有效政府信息公开申请N件): the year's new requests; beside a count of all received said first,
that count is kept;
G. the only website named with the short name the text declares for it in brackets (依托区政府门户网站(下称:某某政务网)主动
公开…N条): the site's count as well as the total, as without the bracket; never a bracket naming another outlet;
J. metadata: a text with no title whose only year opens a sentence with 以来 and the issuer by its full name as subject
(YEAR年以来,某某区人民政府办公室严格按照…): that year (and its template); never where the text names another year;
K. the only website's proactive count (2025年政府网站主动公开政府信息N条) where another medium's count stands in a later
paragraph of its section (…“某某”微信公众号全年发布信息M条): the site's alone (disclosure.via_website), no total, as the gold
convention says of a site's count beside other media's; alone, or with a medium counted in another section, it stays both;
M. metadata: a title whose year stands in brackets after it, spaced off (…政府信息公开工作年度报告 (2019年)): that year."""
from __future__ import annotations

import pytest

import reportparse
from values_read import values_read

TITLE = "岚峰县某某街道办事处2025年政府信息公开工作年度报告\n"
REQUESTS = "(二)政府信息依申请公开情况\n"
PROACTIVE = "(一)主动公开政府信息情况\n"


def values(text: str) -> dict:
    """The report's values under TITLE, a request key's total under its bare key (requests.new)."""
    return values_read(TITLE + text + "\n")


# ---------------------------------------------------------------- F. 未被 as the negation

@pytest.mark.parametrize("said", [
    "2025年共受理政府信息公开申请17件,办结14件,结转下年度3件,未被行政复议或诉讼。",
    "2025年共受理政府信息公开申请17件,均按时答复,未被申请行政复议、提起行政诉讼。",
    "2025年共受理政府信息公开申请17件,未被申请行政复议和提起行政诉讼。",
])
def test_f_reviews_and_lawsuits_said_none_with_wei_bei(said):
    got = values(REQUESTS + said)
    assert got.get("review.total") == 0
    assert got.get("litigation.direct.total") == 0 and got.get("litigation.after_review.total") == 0
    assert got.get("requests.new") == 17


def test_f_a_lawsuit_alone_said_none_with_wei_bei():
    got = values(REQUESTS + "2025年共受理政府信息公开申请17件,被申请行政复议2件,未被提起行政诉讼。")
    assert got.get("review.total") == 2
    assert got.get("litigation.direct.total") == 0 and got.get("litigation.after_review.total") == 0


@pytest.mark.parametrize("said", [
    # the review body's decision on the cases there were: no none
    "2025年共受理政府信息公开申请17件,被申请行政复议3件,均未被行政复议机关撤销。",
    "2025年共受理政府信息公开申请17件,被申请行政复议3件,未被复议机关纠错。",
])
def test_f_guard_wei_bei_of_the_review_body_is_no_none(said):
    got = values(REQUESTS + said)
    assert got.get("review.total") == 3


# ---------------------------------------------------------------- D. 未引起行政诉讼 after a review count

def test_d_lawsuit_not_caused_after_a_review_count():
    got = values(REQUESTS + "2025年共办理政府信息公开申请39件。因政府信息公开引起的行政复议案件7件,较上年减少2件,"
                             "全年未引起行政诉讼。")
    assert got.get("review.total") == 7
    assert got.get("litigation.direct.total") == 0 and got.get("litigation.after_review.total") == 0


def test_d_guard_another_matters_section_reads_no_lawsuit():
    got = values("(五)行政执法情况\n全年办理行政处罚案件12件,未引起行政诉讼。\n")
    assert not any(k.startswith("litigation.") for k in got)


# ---------------------------------------------------------------- E. 受理有效…申请

def test_e_valid_requests_are_the_new_requests():
    # (a clause run on from the one before it, no comma between: only this row reads it)
    got = values(REQUESTS + "坚持便民原则,规范做好申请答复工作全年共受理有效政府信息公开申请46件,2025年结转至2026年政府信息公开申请5件。")
    assert got.get("requests.new") == 46 and got.get("requests.carried_forward") == 5


def test_e_guard_the_count_of_all_received_said_first_is_kept():
    got = values(REQUESTS + "全年共收到政府信息公开申请58件,其中受理有效政府信息公开申请46件。")
    assert got.get("requests.new") == 58


# ---------------------------------------------------------------- G. the site's declared short name in brackets

@pytest.mark.parametrize("said", [
    "2025年,我街道依托区政府门户网站(下称:岚峰政务网)主动公开政府信息37条。",
    "2025年,我街道通过区政府门户网站(以下简称“岚峰政务网”)主动公开政府信息37条。",
])
def test_g_one_site_named_with_its_short_name_is_the_sites_count_too(said):
    got = values(PROACTIVE + said)
    assert got.get("disclosure.total") == 37 and got.get("disclosure.via_website") == 37


def test_g_guard_a_bracket_naming_another_outlet_is_no_alias():
    got = values(PROACTIVE + "2025年,我街道依托区政府门户网站(含街道政务微信)主动公开政府信息37条。")
    assert "disclosure.via_website" not in got


# ---------------------------------------------------------------- J. metadata: YEAR年以来 and the issuer's full name

NO_TITLE = ("根据《中华人民共和国政府信息公开条例》和《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》"
            "(国办公开办函〔2021〕30号)有关规定,岚峰县人民政府办公室编制本年度报告。\n一、总体情况\n")


def test_j_since_year_with_the_issuer_named_in_full():
    report = reportparse.parse_text(
        NO_TITLE + "2024年以来,岚峰县人民政府办公室严格按照《条例》开展政务公开工作,落实《岚峰县2024年政务公开工作要点》。\n"
        "(二)依申请公开\n全年受理依申请公开19件,全部办理完毕,均不涉及行政复议和行政诉讼。\n", require_report=False)
    assert report.year == 2024 and report.template == "2021"
    got = report.values()
    assert got.get("litigation.direct.total") == 0 and got.get("litigation.after_review.total") == 0


@pytest.mark.parametrize("body", [
    # another year named: the span may run into it
    "2024年以来,岚峰县人民政府办公室严格按照《条例》开展政务公开工作。2025年3月,县政府办印发工作方案。\n",
    # every body, not the issuer
    "2024年以来,各乡镇人民政府办公室严格按照《条例》开展政务公开工作。\n",
    # a plan
    "2024年以来,岚峰县人民政府办公室将继续按照《条例》开展政务公开工作。\n",
])
def test_j_guard_no_year_from_a_span_that_is_not_the_issuers_own(body):
    report = reportparse.parse_text(NO_TITLE + body, require_report=False)
    assert report.year != 2024


# ---------------------------------------------------------------- K. the site's count beside a medium's in another paragraph

def test_k_site_count_with_a_medium_count_in_a_later_paragraph_is_the_sites_alone():
    got = values(PROACTIVE + "2025年政府网站主动公开政府信息83条。按时更新街道动态信息。\n"
                             "积极运用政务新媒体,“岚峰街道”微信公众号全年发布信息412条,关注人数较上年增加。\n")
    assert got.get("disclosure.via_website") == 83
    assert "disclosure.total" not in got


def test_k_guard_the_only_sites_count_stays_the_total_too():
    got = values(PROACTIVE + "2025年政府网站主动公开政府信息83条。按时更新街道动态信息。\n"
                             "积极运用政务新媒体,及时回应群众关切。\n")
    assert got.get("disclosure.via_website") == 83 and got.get("disclosure.total") == 83


def test_k_guard_a_medium_counted_in_another_section_leaves_the_total():
    got = values(PROACTIVE + "2025年门户网站主动公开信息83条,其中通知公告61条,其他信息22条。\n"
                             "(四)政府信息公开平台建设情况\n我街道通过门户网站主动公开信息83,通过微信公众号发布信息412条。\n")
    assert got.get("disclosure.via_website") == 83 and got.get("disclosure.total") == 83


# ---------------------------------------------------------------- M. the title's year in brackets after it

def test_m_title_year_in_brackets_after_it():
    # (under a site's header line and toolbar: the title is found as a body heading, not as line one)
    report = reportparse.parse_text("岚峰县人民政府 2020年1月6日星期一\n无障碍 | 关怀版\n岚峰县某某镇政府信息公开工作年度报告 (2019年)\n来源:岚峰县某某镇人民政府\n一、总体情况\n"
                                    "全年我镇主动公开政府信息29条。\n", require_report=False)
    assert report.year == 2019 and report.title.endswith("(2019年)")
