"""Classes a held-out set of real pages (stop 50b) showed unread, with invented reports: a website's count with words
between the site and the verb (累计 after the subject site and 各类政务信息 as its items; 在…网站更新发布; a quoted name, then a
comma and 全年 before the verb); none of the normative documents issued or repealed said as one negated list of verbs; no
requests said with the applicants and 政府信息 between 收到 and 依申请公开."""
import pytest

import reportparse

GOV_HEAD = "岚峰县人民政府办公室2024年政府信息公开工作年度报告\n"
BUREAU_HEAD = "岚峰县某局2024年政府信息公开工作年度报告\n"
PROACTIVE = "一、总体情况\n（一）主动公开\n"


def read(body: str, head: str = GOV_HEAD) -> dict:
    return {k: v for k, v in reportparse.parse_text(head + body).values().items() if v is not None}


# ---------------------------------------------------------------- A. a website's count, words before the verb

@pytest.mark.parametrize("sentence", [
    "2024年,县政府网站累计发布各类政务信息 8461条,其中概况类信息27条,政务动态信息2318条,微信公众号发布信息64条。",
    "2024年,县政府网站累计发布各类政务信息8461条,其中概况类信息27条,政务动态信息2318条。",
    "2024年县政府门户网站累计发布各类政务信息8461条。",
])
def test_the_subject_site_with_leiji_and_its_government_information_of_every_kind(sentence):
    got = read(PROACTIVE + sentence + "\n")
    assert got["disclosure.via_website"] == 8461
    assert "disclosure.total" not in got            # 发布 is the site's posts: no proactive total said


@pytest.mark.parametrize("sentence", [
    # (stop 63 reversed stop 62: a site's posts of every kind, 县政府门户网站发布各类信息8461条, are its count:
    # tests/test_heldout_classes_63p.py)
    "2024年,各乡镇网站累计发布各类政务信息8461条。",              # the parts' sites
    "县政府门户网站累计发布各类政务信息8461条。",                  # a bare 累计: a running total from a start unsaid
])
def test_the_parts_sites_or_a_bare_running_total_stay_unread(sentence):
    assert "disclosure.via_website" not in read(PROACTIVE + sentence + "\n")


def test_the_subject_site_after_the_year_with_gongkai_stays_the_totals_wording():
    got = read(PROACTIVE + "2024年,县政府网站公开政务信息3172条。\n")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (3172, 3172)


@pytest.mark.parametrize("sentence", [
    "2024年,全年累计在政府门户网站更新发布信息23条,其中部门文件9条,规划计划4条。",
    "全年在县政府门户网站更新发布信息23条。",
])
def test_a_site_named_with_zai_and_its_items_updated_and_published(sentence):
    assert read(PROACTIVE + sentence + "\n", BUREAU_HEAD)["disclosure.via_website"] == 23


@pytest.mark.parametrize("sentence", [
    "紧紧围绕乡村振兴、“三城同创”等中心工作,通过“岚峰·青禾”门户网站,全年发布各类政务信息41837条,持续加强重点领域信息公开。",
    "通过“岚峰之窗”门户网站,发布各类政务信息41837条。",
    "通过县政府门户网站,本年度共发布政务信息41837条。",
])
def test_a_quoted_site_then_a_comma_and_the_year_before_the_verb(sentence):
    assert read(PROACTIVE + sentence + "\n")["disclosure.via_website"] == 41837


@pytest.mark.parametrize("sentence", [
    "通过“岚峰之窗”门户网站,微信公众号发布各类政务信息41837条。",   # after the comma another channel's count
    "通过县政府门户网站,全年办理网民留言41837条。",                   # no information published
])
def test_a_comma_after_the_site_before_another_subject_or_verb_reads_no_site_count(sentence):
    assert "disclosure.via_website" not in read(PROACTIVE + sentence + "\n")


# ---------------------------------------------------------------- B. none issued, repealed: one negated list of verbs

def test_none_issued_repealed_or_amended_as_one_list():
    got = read(PROACTIVE + "2024年,我局未制发、废止、修改行政规范性文件,现行有效行政规范性文件13个。\n", BUREAU_HEAD)
    assert got["disclosure.normative_docs.issued"] == 0
    assert got["disclosure.normative_docs.repealed"] == 0
    assert got["disclosure.normative_docs.in_force"] == 13


@pytest.mark.parametrize("sentence, issued, repealed", [
    ("2024年,我局未制定、修改行政规范性文件。", 0, None),          # no 废止 named: nothing said of the repealed
    ("本年度未废止规范性文件。", None, 0),
    ("2024年,我局未制定、清理废止行政规范性文件。", 0, 0),
])
def test_each_verb_in_the_list_says_its_own_zero(sentence, issued, repealed):
    got = read(PROACTIVE + sentence + "\n", BUREAU_HEAD)
    assert got.get("disclosure.normative_docs.issued") == issued
    assert got.get("disclosure.normative_docs.repealed") == repealed


@pytest.mark.parametrize("sentence", [
    "2024年,各科室未制发、废止行政规范性文件。",                   # the parts'
    "本年度未制发、废止规范性文件清理计划。",                       # the noun does not close the clause
])
def test_a_negated_list_of_the_parts_or_of_another_noun_is_none(sentence):
    got = read(PROACTIVE + sentence + "\n", BUREAU_HEAD)
    assert "disclosure.normative_docs.issued" not in got and "disclosure.normative_docs.repealed" not in got


def test_counts_of_issued_and_repealed_still_read():
    got = read(PROACTIVE + "2024年制发规范性文件6件,废止2件,现行有效19件。\n", BUREAU_HEAD)
    assert (got["disclosure.normative_docs.issued"], got["disclosure.normative_docs.repealed"],
            got["disclosure.normative_docs.in_force"]) == (6, 2, 19)


# ---------------------------------------------------------------- C. no requests: the applicants before the noun

@pytest.mark.parametrize("sentence", [
    "2024年,某乡未收到社会组织或群众个人提出的政府信息依申请公开。",
    "2024年,某乡未收到申请人提出的政务信息依申请公开。",
])
def test_no_request_said_with_the_applicants_and_government_information(sentence):
    got = read("一、总体情况\n（二）依申请公开\n" + sentence + "\n")
    assert got["requests.new|applicant=total"] == 0


@pytest.mark.parametrize("sentence", [
    "2024年,某乡未收到因政府信息依申请公开引发的行政复议。",          # a review's cause
    "2024年,某乡未收到群众个人提出的政府信息依申请公开答复的投诉。",   # the noun does not close the clause
])
def test_a_review_or_a_complaint_about_requests_is_no_zero_of_requests(sentence):
    assert "requests.new|applicant=total" not in read("一、总体情况\n（二）依申请公开\n" + sentence + "\n")
