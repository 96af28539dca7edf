"""Wordings and layouts of real reports the library missed (hunt47b), each a class with a guard that a near wording is
not read. Texts and figures are invented.

- one negated list of a request and the reviews and lawsuits (本年度无依申请公开、行政复议和行政诉讼情况; 未收到政府信息
  公开申请、政府信息公开行政复议及提起行政诉讼等情况): the negation covers each item, the request's and the reviews'; never
  where the list holds a count (无依申请公开、行政复议2件), nor reviews of law enforcement;
- none received said with 要求 right after 依申请公开 (未收到政务信息依申请公开要求) or 相关信息 as the noun (未收到依申请公开的
  相关信息); never 要求 of another verb (未按依申请公开要求办理), nor the proactive kind;
- the proactive total of bare 信息 with 达 before the count (2024年累计公开信息达265条) or the count before its noun
  (全年累计公开265条信息); never a running total whose start is unsaid (截至目前累计公开…), nor requested information;
- a website's count with no noun, 公开 and the count closing the clause (通过政府网站公开32条，其中…): the site's count;
  never 发布 so (a site's posts), nor a count of a named kind (公开32条文件解读);
- a title-less opening that says an office of the issuer 负责编制 the report (由X镇人民政府党政办公室负责编制本报告), the
  office maybe named otherwise with its usual name in brackets (X镇人民政府综合信息指挥室（党政综合办公室）): X镇人民政府
  is the issuer; an office of another name alone is not cut to the town;
- a title-less opening headed by the sections the 2016-2018 reports added (三、发布解读、回应社会关切及交流情况 /
  四、重点领域政府信息公开工作推进情况) and the proactive one: a report; a plan's orders under the same words are none."""
from __future__ import annotations

import pytest

import reportparse
from conftest import year_totals

BUREAU = "青禾县财政局2022年政府信息公开工作年度报告\n"
TOWN = "青禾镇人民政府2024年政府信息公开工作年度报告\n"
REQUESTS = "一、总体情况\n（二）依申请公开情况\n"
PROACTIVE = "一、总体情况\n（一）主动公开情况\n"


# ---- a negated list of the request, the reviews and the lawsuits ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2022年未收到政府信息公开申请、政府信息公开行政复议及提起行政诉讼等情况。",
    "本年度无依申请公开、行政复议和行政诉讼情况。",
    "全年未收到依申请公开事项及因政府信息公开引起的行政复议、行政诉讼。",
    "2022年没有收到政府信息公开申请和行政复议、行政诉讼案件。",
])
def test_a_negated_list_reads_the_request_and_the_reviews(sentence):
    vals = year_totals(BUREAU + REQUESTS + sentence + "\n")
    assert vals["requests.new"] == 0
    assert vals["review.total"] == 0


def test_a_list_with_a_count_reads_no_zero_from_it():
    vals = year_totals(BUREAU + REQUESTS + "本年度无依申请公开、行政复议2件。\n")
    assert "requests.new" not in vals
    assert vals.get("review.total") != 0


def test_reviews_of_law_enforcement_in_the_list_are_not_the_reports():
    vals = year_totals(BUREAU + REQUESTS + "全年未收到依申请公开事项及因行政处罚引起的行政复议、行政诉讼。\n")
    assert "review.total" not in vals


def test_counted_items_after_the_list_stay_counts():
    vals = year_totals(BUREAU + REQUESTS + "收到政府信息公开申请13件、行政复议4件。\n")
    assert vals["requests.new"] == 13
    assert vals["review.total"] == 4


# ---- none received: 依申请公开要求 / 依申请公开的相关信息 --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2022年我局未收到政务信息依申请公开要求。",
    "2022年我局未收到依申请公开要求。",
    "2022年我局未收到依申请公开的相关信息。",
])
def test_none_received_with_a_request_noun(sentence):
    assert year_totals(BUREAU + REQUESTS + sentence + "\n")["requests.new"] == 0


# ---- proactive 公开 of bare 信息: 达 before the count, the count before the noun --------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("2024年累计公开信息达263条，其中政策文件7条。", 263),
    ("全年累计公开271条信息。", 271),
    ("2024年共公开158条政务信息。", 158),
])
def test_a_proactive_total_of_bare_information(sentence, n):
    assert year_totals(TOWN + PROACTIVE + sentence + "\n")["disclosure.total"] == n


# ---- a website's count with no noun ---------------------------------------------------------------------------------

def test_a_sites_count_with_no_noun():
    vals = year_totals(TOWN + PROACTIVE + "本年度我镇通过政府网站公开37条，其中权责清单2条。依托公众号发布254条。\n")
    assert vals["disclosure.via_website"] == 37
    assert "disclosure.total" not in vals


# ---- 由X…负责编制本报告: the issuer ------------------------------------------------------------------------------------

COMPILED = "根据《中华人民共和国政府信息公开条例》要求，由{}编制本报告。本报告所列数据统计期限为2024年1月1日至12月31日。\n" + PROACTIVE \
    + "全年共主动公开政府信息29条。\n"


@pytest.mark.parametrize("office", ["青禾县大云镇人民政府党政办公室负责", "青禾县大云镇人民政府综合信息指挥室（党政综合办公室）负责"])
def test_the_office_that_compiled_it_names_the_issuer(office):
    assert reportparse.parse_text(COMPILED.format(office)).issuer.name == "青禾县大云镇人民政府"


def test_an_office_of_another_name_alone_is_not_cut_to_the_town():
    assert reportparse.parse_text(COMPILED.format("青禾县大云镇人民政府综合信息指挥室负责")).issuer.name is None


# ---- the guards: a near wording of each class reads nothing ----------------------------------------------------------

@pytest.mark.parametrize("head, key, sentence", [
    (BUREAU + REQUESTS, "requests.new", "2022年我局未按依申请公开要求办理。"),
    (BUREAU + REQUESTS, "requests.new", "2022年我局未收到主动公开的相关信息。"),
    (BUREAU + REQUESTS, "requests.new", "2022年我局未收到依申请公开的相关信息3条。"),
    (TOWN + PROACTIVE, "disclosure.total", "截至目前累计公开263条信息。"),
    (TOWN + PROACTIVE, "disclosure.total", "全年累计公开263条依申请信息。"),
    (TOWN + PROACTIVE, "disclosure.total", "2024年公开信息263条。"),
    (TOWN + PROACTIVE, "disclosure.via_website", "本年度我镇通过政府网站发布37条，依托公众号发布254条。"),
    (TOWN + PROACTIVE, "disclosure.via_website", "本年度我镇通过政府网站公开37条文件解读，依托公众号发布254条。"),
])
def test_a_near_wording_reads_nothing(head, key, sentence):
    assert key not in year_totals(head + sentence + "\n")


# ---- the 2016-2018 reports' sections mark a title-less body as a report -----------------------------------------------

ERA = ("一、政府信息公开工作概述\n2017年我乡按照《政府信息公开条例》要求推进政务公开工作。\n"
       "二、政府信息公开组织领导和制度建设情况\n成立了领导小组。\n"
       "三、发布解读、回应社会关切及交流情况\n及时发布会议和决策信息。\n"
       "四、重点领域政府信息公开工作推进情况\n公开了财政预决算等信息。\n"
       "五、主动公开政府信息以及公开平台建设等情况\n2017年我乡主动公开政府信息数46条。\n")


def test_the_2016_to_2018_sections_mark_a_report():
    report = reportparse.parse_text(ERA)
    assert {i.key: i.value for i in report.indicators if not i.derived} == {"disclosure.total": 46}


def test_a_plans_orders_under_the_same_words_are_no_report():
    plan = ("一、加强发布解读和回应社会关切\n各单位要及时发布解读。\n二、深化重点领域信息公开\n做好财政信息公开。\n"
            "三、做好主动公开\n按时公开政府信息。\n")
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(plan)
    summary = "2017年政务公开工作总结\n" + ERA
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(summary)
