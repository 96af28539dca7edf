"""Classes a held-out set of real pages (stop 62, set heldout62b) showed misread or unread, with invented reports: a
lawsuit count named by its branch (经复议后起诉的行政诉讼0件) is that column's only; a body stored from the overview's
first subsection on is a report, its table 二 said as one sentence of what it handled; the template's own section
words (无收到和处理…申请情况) and a stray 共 (未共收到…申请) state no requests; 資訊 as a big5 gateway writes 信息;
a reason printed with 性 twice (过程性性信息)."""
import pytest

import reportparse

HEAD = "岚峰县某局2023年政府信息公开工作年度报告\n"


def read(body: str, head: str = HEAD) -> dict:
    return {k: v for k, v in reportparse.parse_text(head + body).values().items() if v is not None}


# ---------------------------------------------------------------- a lawsuit count named by its branch

def test_a_zero_named_after_review_is_that_column_only():
    got = read("一、总体情况\n2023年，全县共收到政府信息公开申请37件。因依申请公开工作引起的行政复议4件；"
               "因依申请公开工作引起的经复议后起诉的行政诉讼0件。\n")
    assert got["litigation.after_review.total"] == 0
    assert "litigation.direct.total" not in got        # the other branch is not said


def test_a_count_named_direct_is_that_column_only():
    got = read("一、总体情况\n2023年，我局收到政府信息公开申请41件。未经复议直接起诉的行政诉讼3件。\n")
    assert got["litigation.direct.total"] == 3
    assert "litigation.after_review.total" not in got


def test_both_branches_named_read_each():
    got = read("一、总体情况\n2023年，我局收到政府信息公开申请41件。未经复议直接起诉的行政诉讼3件，"
               "经复议后起诉的行政诉讼2件。\n")
    assert (got["litigation.direct.total"], got["litigation.after_review.total"]) == (3, 2)


def test_a_bare_lawsuit_zero_is_still_none_in_each_branch():
    # no branch named: no litigation at all, as before
    got = read("一、总体情况\n2023年，我局收到政府信息公开申请41件。因依申请公开工作引起的行政诉讼0件。\n")
    assert (got["litigation.direct.total"], got["litigation.after_review.total"]) == (0, 0)


# ---------------------------------------------------------------- a body from the overview's first subsection on

FRAGMENT = (
    "(一)政府信息主动公开情况：2023年，我中心在政府网站主动公开信息53条，做到应公开尽公开。\n"
    "(二)政府信息依申请公开情况：2023年，我中心没有收到依申请公开事项。\n"
    "(三)政府信息管理情况：规范信息发布审核流程。\n"
    "(四)政府信息公开平台建设情况：以区政府门户网站为平台。\n"
    "(五)监督保障情况：2023年，我中心根据《中华人民共和国政府信息公开条例》，健全工作机制。\n"
    "{section}\n"
    "全年共制定4条行政规范性文件，办理行政许可29件，其他对外管理服务事项7件，行政处罚13件，行政强制6件。\n")


def test_a_body_from_the_first_subsection_is_a_report():
    report = reportparse.parse_text(FRAGMENT.format(section="二、主动公开政府信息情况"))
    assert report.year == 2023
    got = {k: v for k, v in report.values().items() if v is not None}
    assert got["requests.new|applicant=total"] == 0
    assert got["disclosure.normative_docs.issued"] == 4
    assert (got["disclosure.licensing.decisions"], got["disclosure.penalty.decisions"],
            got["disclosure.coercion.decisions"]) == (29, 13, 6)


@pytest.mark.parametrize("text", [
    FRAGMENT.format(section="二、下一步工作计划"),                       # no table section of the template's
    FRAGMENT.format(section="二、主动公开政府信息情况").replace("(一)政府信息主动公开情况", "(一)领导重视情况"),
    "2023年政务公开工作总结\n" + FRAGMENT.format(section="二、主动公开政府信息情况"),     # calls itself a summary
])
def test_look_alike_bodies_stay_rejected(text):
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(text)


def test_handled_rows_after_the_other_services_row_need_the_shared_verb():
    got = read("一、总体情况\n2023年，我局办理行政许可29件，其他对外管理服务事项7件，行政处罚13件。\n")
    assert (got["disclosure.licensing.decisions"], got["disclosure.penalty.decisions"]) == (29, 13)
    # no 办理 before the list: a bare 行政处罚13件 after another matter's count is no decision count
    got = read("一、总体情况\n2023年，我局受理投诉22件，其他对外管理服务事项7件，行政处罚13件。\n")
    assert "disclosure.penalty.decisions" not in got


@pytest.mark.parametrize("sentence", [
    "全年共制定3条行政规范性文件解读。",       # readings of them, not the documents
    "全年共出台12条措施。",                     # no normative document named
])
def test_tiao_counts_of_other_things_are_no_documents(sentence):
    assert "disclosure.normative_docs.issued" not in read("一、总体情况\n" + sentence + "\n")


# ---------------------------------------------------------------- no requests, said otherwise

@pytest.mark.parametrize("sentence", [
    "2023年我镇无收到和处理政府信息公开申请情况。",
    "2023年，我局未共收到依申请公开申请。",
])
def test_no_requests_wordings(sentence):
    assert read("一、总体情况\n" + sentence + "\n")["requests.new|applicant=total"] == 0


@pytest.mark.parametrize("sentence", [
    "2023年我镇无处理政府信息公开申请情况。",                         # handling alone: none received is not said
    "2023年我镇无收到和处理政府信息公开申请后逾期答复的情况。",        # none late, not none received
])
def test_near_miss_no_request_wordings_stay_unread(sentence):
    assert "requests.new|applicant=total" not in read("一、总体情况\n" + sentence + "\n")


# ---------------------------------------------------------------- 資訊 as 信息

@pytest.mark.parametrize("sentence", [
    "2020年，我局通過局門戶網站、微信等有效途徑對外公開資訊1865條。",
    "2020年，我局通过局门户网站、微信等有效途径对外公开资讯1865条。",
])
def test_information_as_a_big5_gateway_writes_it(sentence):
    got = read("一、总体情况\n" + sentence + "\n", head="岚峰县某局2020年政府信息公开工作年度报告\n")
    assert got["disclosure.total"] == 1865


def test_zixun_under_another_verb_stays_unread():
    got = read("一、总体情况\n2020年，我局转载资讯1865条。\n", head="岚峰县某局2020年政府信息公开工作年度报告\n")
    assert "disclosure.total" not in got


# ---------------------------------------------------------------- a reason printed with 性 twice

def test_process_info_printed_with_xing_twice():
    got = read("一、总体情况\n2023年，我局共收到政府信息公开申请17件。其中，予以公开9件，部分公开3件，"
               "属于四类过程性性信息2件，本局不掌握相关政府信息3件。\n")
    assert got["requests.denied.process_info|applicant=total"] == 2
    assert got["requests.unable.not_held|applicant=total"] == 3
