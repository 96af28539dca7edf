"""Wordings of real reports the library missed or misread (hunt61: southern and eastern provinces), each a class with
a guard that a near case is not read. Texts and figures are invented.

- what went out by the ways said as "the others" (官方微信微博等其他途径主动发布信息1839条): one share beside the channel
  counted before it, never the proactive total; nor is that channel's count (the website's) then the whole; a total
  before a 其中 list that holds the other ways stays;
- a website's count that opens a list of kinds' counts (利用门户网站主动公开政府信息88条、规范性文件2条、…其他信息70条):
  one kind's count on the site, not the site's whole; never where the items after it name outlets or carry verbs of
  their own (编辑上报简报45篇: other work's output);
- a title-less text that opens at 一、总体情况 with the year's work under the statute, its points then the template's
  parts in order (二是全面主动公开政府信息 … 三是规范稳妥开展依申请公开): a report; a work summary or points with the
  requests before the proactive part are not;
- a department's website named with 厅 as its owner (全年厅官方网站发布信息781条, 通过省教育厅网站…): the website;
- the website's share as a later item of a 其中 list (其中政府发文6条,网站信息516条,微信信息626条), with its owner and
  verb and in 篇 (其中,某区人民政府门户网公开118篇、“某某”发布356条); never the parts' own sites (其中各村政府网站…);
- the requests handled said right before those carried into the next year (2023年度办理政府信息公开申请125宗,结转下年度
  继续办理6宗): the answered ones; never another matter's (信访事项) nor a part's (其中…);
- a signature on the last day of a statistics period that ends before the year does (统计期限…至2018年12月14日止,
  signed 2018年12月14日): the publish date; a day before it is not;
- 武汉东湖新技术开发区 (东湖高新区): Wuhan's zone, the city's code, never 南昌's 东湖区 (which keeps its own);
- the applicants listed after the year's requests by the template's own column names (其中来自公民申请1482宗,商业企业申请
  71宗,社会公益组织3宗,法律服务机构5宗,其他组织申请25宗; 科研机构): each column's share, in 宗 too; never a list after a
  carried-over count (上年结转…申请5件,其中自然人申请4件: the carried-over ones' shares, read as such; never after the
  ones carried into the next year, 结转下年度…);
- every request said granted right after their count (共受理政府信息公开申请3件,均已按规定及时予以公开): the granted ones;
  never with another outcome (均予以公开或告知), another matter's (信访事项) or beside a carried-over count.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from values_read import values_read as _values

_HEAD = "岚峰县青禾镇2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
_REQUESTS = "\n（二）依申请公开情况\n2023年共收到政府信息公开申请3件。\n"


# ---- what went out by the other ways -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, site", [
    ("2023年,我镇通过镇门户网站主动公开信息846条,官方微信微博等其他途径主动发布信息1839条;", 846),
    ("2023年,我镇通过门户网站主动公开信息357条,其他途径主动发布信息1246条。", 357),
    ("2023年,我镇通过政府网站公开政府信息529条,通过其它渠道发布信息2713条。", 529),
    ("2023年,我鎮通過鎮門戶網站主動公開信息614條,官方微信等其他途徑主動發布信息3082條。", 614),
])
def test_the_other_ways_count_is_no_total_nor_is_the_site_beside_it(sentence, site):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.via_website"] == site
    assert "disclosure.total" not in v
    assert v["requests.new"] == 3


def test_a_total_before_a_list_that_holds_the_other_ways_stays():
    v = _values(_HEAD + "2023年,我镇共主动公开信息2685条,其中通过门户网站主动公开信息846条,其他途径主动发布信息1839条。"
                + _REQUESTS)
    assert v["disclosure.total"] == 2685
    assert v["disclosure.via_website"] == 846


# ---- a website's count that opens a list of kinds' counts ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2023年,利用门户网站主动公开政府信息88条、规范性文件2条、人大代表建议及政协提案办理信息34条、其他信息70条。",
    "2023年,通过政府网站公开政务信息163条、财政信息4条、人事信息17条。",
])
def test_a_site_count_opening_a_list_of_kinds_is_not_the_sites_whole(sentence):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert "disclosure.via_website" not in v
    assert v["requests.new"] == 3


@pytest.mark.parametrize("sentence, site", [
    ("2023年,通过门户网站主动公开政府信息88条、微信公众号推送信息50条。", 88),       # each item an outlet's
    ("2023年,政府网站公开政府信息41条、编辑上报信息简报共45篇、转发网帖211篇。", 41),  # other work's output
    ("2023年,通过门户网站主动公开政府信息76条、规范性文件2条。", 76),                # one item after it: no list
])
def test_items_naming_outlets_or_other_work_leave_the_sites_count(sentence, site):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.via_website"] == site


# ---- the template's parts as the overview's points -----------------------------------------------------------------------

_POINTS = ("一、总体情况\n2023年,岚峰县人民政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》,全力推进政府信息公开工作。\n"
           "一是加强工作统筹指导。完善政务公开工作机制,明确责任分工。\n")


@pytest.mark.parametrize("points, key, value", [
    ("二是全面主动公开政府信息。全年主动公开政府信息482条。\n三是规范稳妥开展依申请公开。2023年,共受理政府信息公开申请37件。\n",
     "requests.new", 37),
    ("二是做好主动公开。全年主动公开政府信息615条。\n三是规范政府信息公开申请办理。2023年,共受理政府信息公开申请12件。\n",
     "disclosure.total", 615),
])
def test_an_overview_whose_points_are_the_templates_parts_is_a_report(points, key, value):
    assert _values(_POINTS + points)[key] == value


@pytest.mark.parametrize("points", [
    # the requests' point before the proactive one: not the template's order
    "二是规范稳妥开展依申请公开。2023年,共受理政府信息公开申请37件。\n三是全面主动公开政府信息。全年主动公开政府信息482条。\n",
    # no requests' point at all
    "二是全面主动公开政府信息。全年主动公开政府信息482条。\n三是加强平台建设。\n",
])
def test_points_out_of_the_templates_order_are_no_report(points):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(_POINTS + points)


def test_a_work_summary_with_the_same_points_is_no_report():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text("2023年政务公开工作总结\n" + _POINTS + "二是全面主动公开政府信息。全年主动公开政府信息482条。\n"
                               "三是规范稳妥开展依申请公开。2023年,共受理政府信息公开申请37件。\n")


# ---- a department's website named with 厅 ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, site", [
    ("一是加大信息发布力度,全年厅官方网站发布信息781条,总访问量约35万次,厅微信公众号推送信息445条。", 781),
    ("2023年,通过省教育厅网站发布信息296条,厅微信公众号推送信息118条。", 296),
])
def test_a_departments_site_owned_by_a_ting_is_the_website(sentence, site):
    v = _values("岚峰省某某厅2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n" + sentence + _REQUESTS)
    assert v["disclosure.via_website"] == site
    assert "disclosure.total" not in v


# ---- the website as a later item of a 其中 list ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, total, site", [
    ("2023年,全年主动公开政府信息1464条,其中政府发文6条,网站信息516条,微信信息626条,上报政府信息316条。", 1464, 516),
    ("2023年,青禾镇主动公开政府信息558条,其中,岚峰县人民政府门户网公开118篇、“魅力青禾”发布356条,招标信息4条。", 558, 118),
    ("2023年,全镇主动公开政府信息913条,其中政策文件12条、镇政府网站公开207条、微信公众号发布694条。", 913, 207),
])
def test_the_sites_share_later_in_a_list_of_which(sentence, total, site):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.total"] == total
    assert v["disclosure.via_website"] == site


def test_the_parts_own_sites_in_a_list_of_which_are_no_website_count():
    v = _values(_HEAD + "2023年,全镇主动公开政府信息558条,其中各村政府网站公开118条、微信发布356条。" + _REQUESTS)
    assert v["disclosure.total"] == 558
    assert "disclosure.via_website" not in v


# ---- the requests handled before those carried into the next year ------------------------------------------------------

@pytest.mark.parametrize("sentence, answered, forward", [
    ("2023年我局新收到政府信息公开申请128宗,上年度结转政府信息公开申请3宗。2023年度办理政府信息公开申请125宗,"
     "结转下年度继续办理6宗。", 125, 6),
    ("2023年,我镇收到政府信息公开申请16件。我镇办理依申请公开申请14件,结转2024年度继续办理2件。", 14, 2),
])
def test_requests_handled_before_those_carried_are_the_answered(sentence, answered, forward):
    v = _values(_HEAD.replace("（一）主动公开情况", "（二）依申请公开情况") + sentence + "\n")
    assert v["requests.answered"] == answered
    assert v["requests.carried_forward"] == forward


@pytest.mark.parametrize("sentence", [
    "2023年,我镇收到政府信息公开申请16件。我局办理信访事项14件,结转下年度继续办理2件。",     # another matter
    "2023年,我镇收到政府信息公开申请16件,其中办理政府信息公开申请14件,结转下年度2件。",      # a part
])
def test_other_handled_counts_are_no_answered(sentence):
    assert "requests.answered" not in _values(_HEAD.replace("（一）主动公开情况", "（二）依申请公开情况") + sentence + "\n")


# ---- a signature on the statistics period's last day ------------------------------------------------------------------

_EARLY_END = ("岚峰县人民防空办公室2018年政府信息公开工作年度报告\n报告中所列数据的统计期限自2018年1月1日起至2018年12月14日止。\n"
              "一、主动公开政府信息情况\n2018年,我办累计主动公开政府信息73条。\n岚峰县人民防空办公室\n")


@pytest.mark.parametrize("signed, published", [
    ("2018年12月14日", "2018-12-14"),         # the period's last day
    ("2018年12月20日", "2018-12-20"),         # after it
    ("2018年12月13日", None),                  # before it: not the report's
])
def test_a_signature_on_an_early_periods_last_day_is_the_publish_date(signed, published):
    assert reportparse.parse_text(_EARLY_END + signed + "\n").published == published


# ---- Wuhan's 东湖 zone -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, code", [
    ("武汉东湖新技术开发区党政办公室2025年政府信息公开工作年度报告", "420100"),
    ("东湖高新区财政局2022年政府信息公开工作年度报告", "420100"),
    ("南昌市东湖区财政局2022年政府信息公开工作年度报告", "360102"),      # 南昌's district keeps its own code
])
def test_wuhans_donghu_zone_is_the_city(title, code):
    r = reportparse.parse_text(title + "\n一、总体情况\n我局主动公开各类政务信息共75条。\n")
    assert r.issuer.region.code == code


# ---- the applicants listed by the template's column names ----------------------------------------------------------------

_REQ_HEAD = _HEAD.replace("（一）主动公开情况", "（二）依申请公开情况")


@pytest.mark.parametrize("sentence, shares", [
    ("2023年我区共收到政府信息公开申请1586宗,其中来自公民申请1482宗,商业企业申请71宗,社会公益组织3宗,法律服务机构5宗,"
     "其他组织申请25宗。", {"natural_person": 1482, "commercial": 71, "social_welfare": 3, "legal_service": 5,
                            "other_org": 25}),
    ("2023年,共收到政府信息公开申请40件,其中自然人申请32件、企业申请2件、科研机构申请1件、其他组织申请5件。",
     {"natural_person": 32, "commercial": 2, "research": 1, "other_org": 5}),
])
def test_applicants_listed_by_the_templates_columns(sentence, shares):
    values = reportparse.parse_text(_REQ_HEAD + sentence + "\n").values()
    for applicant, count in shares.items():
        assert values["requests.new|applicant=" + applicant] == count


def test_a_list_after_a_carried_over_count_is_the_carried_over_ones():
    values = reportparse.parse_text(_REQ_HEAD + "2023年,上年结转政府信息公开申请5件,其中自然人申请4件,企业申请1件。\n").values()
    assert values.get("requests.new|applicant=natural_person") is None
    assert values.get("requests.new|applicant=commercial") is None
    assert values["requests.carried_over|applicant=natural_person"] == 4
    assert values["requests.carried_over|applicant=commercial"] == 1


def test_a_list_after_the_count_carried_into_next_year_is_neither():
    values = reportparse.parse_text(_REQ_HEAD + "2023年,共收到政府信息公开申请9件。办结7件,结转下年度继续办理2件,其中自然人"
                                    "申请2件。\n").values()
    assert values.get("requests.new|applicant=natural_person") is None
    assert values.get("requests.carried_over|applicant=natural_person") is None


def test_a_list_after_received_and_carried_counts_is_the_received_ones():
    values = reportparse.parse_text(_REQ_HEAD + "2023年,全年共接收政府信息公开申请101件,上年结转1件,其中自然人申请100件、"
                                    "法人或其他组织申请1件。\n").values()
    assert values["requests.new|applicant=natural_person"] == 100


# ---- every request said granted -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023年,我镇共受理政府信息公开申请3件,均已按规定及时予以公开。", 3),
    ("2023年,我镇共收到政府信息公开申请4件,全部予以公开。", 4),
])
def test_every_request_said_granted(sentence, count):
    v = _values(_REQ_HEAD + sentence + "\n")
    assert v["requests.new"] == count
    assert v["requests.granted"] == count


@pytest.mark.parametrize("sentence", [
    "2023年,我镇共收到政府信息公开申请4件,均予以公开或告知。",
    "2023年,我镇共收到政府信息公开申请4件,均已予以公开,上年结转1件。",
    "2023年,我镇共收到信访事项4件,均已予以公开。",
])
def test_granted_said_of_all_is_not_read_beside_another_outcome_or_matter(sentence):
    assert "requests.granted" not in _values(_REQ_HEAD + sentence + "\n")
