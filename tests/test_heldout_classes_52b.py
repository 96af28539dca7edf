"""Classes a held-out set of real pages (stop 52) showed unread or misread, with invented reports: a website's count
said as 官方网站 or as the place all of the total went out on (…,均通过…门户网站发布); the year's new items published
(全年新增公开政府信息N条) as a legacy report's proactive count; requests said as 依申请公开信息要求; one named place's count
beside other places' counts (a 频道, a disclosure catalogue, a column: no total); a third party's evaluation report
taken for a body's own. Each class has a guard: a near
wording that must stay unread (or read as before)."""
import pytest

import reportparse
from values_read import values_read

HEAD = "岚峰县某局2025年政府信息公开工作年度报告\n"
LEGACY_HEAD = "岚峰县某办2014年政府信息公开工作年度报告\n"
ACTIVE = "一、总体情况\n（一）主动公开情况\n"


def read(body: str, head: str = HEAD) -> dict:
    """Each value read, by its key (values_read)."""
    return values_read(head + body)


# ---------------------------------------------------------------- A. a website's count

def test_all_of_the_total_on_one_website_is_that_sites_count():
    got = read(ACTIVE + "全年累计主动公开政府信息37条,均通过岚峰县人民政府门户网站发布,其中包含机构职能类5条。\n")
    assert got["disclosure.total"] == 37
    assert got["disclosure.via_website"] == 37
    got = read(ACTIVE + "2025年,我局主动公开政府信息38条,全部在县政府网站上公开。\n")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (38, 38)


def test_guard_all_of_the_total_on_a_site_and_a_medium_is_no_sites_count():
    got = read(ACTIVE + "全年累计主动公开政府信息39条,均通过岚峰县人民政府门户网站和微信公众号发布。\n")
    assert got["disclosure.total"] == 39
    assert "disclosure.via_website" not in got
    # … nor where the clause goes on after the verb (what else went out there is not said)
    got = read(ACTIVE + "全年主动公开政府信息41条,均通过县政府网站发布政策解读等内容。\n")
    assert "disclosure.via_website" not in got


def test_an_official_website_after_of_which_is_the_sites_count():
    got = read(ACTIVE + "2025年,我局全年主动公开政府信息2173条,其中官方网站发布1534条,官方微博发布146条,"
                        "微信公众号发布493条。\n")
    assert got["disclosure.total"] == 2173
    assert got["disclosure.via_website"] == 1534


def test_an_agencys_official_website_column_beside_its_wechat_count():
    got = read(ACTIVE + "2025年度,我局采用门户网站、政务微信等多种渠道公开政府信息,在岚峰县某某管理局官方网站对应栏目"
                        "主动公开信息413条,其中发布政务要闻等信息308条;在岚峰县某某管理局微信公众号公布信息236条。\n")
    assert got["disclosure.via_website"] == 413
    assert "disclosure.total" not in got        # two channels' counts and no total printed


def test_guard_an_official_microblog_is_no_website():
    got = read(ACTIVE + "2025年,我局全年主动公开政府信息2174条,其中官方微博发布147条,微信公众号发布494条。\n")
    assert got["disclosure.total"] == 2174
    assert "disclosure.via_website" not in got


# ---------------------------------------------------------------- B. the year's new items published (legacy)

def test_the_years_new_items_published_are_the_proactive_count():
    body = "一、概述\n我办一年来不断加强信息公开建设,全年新增公开政府信息43条,信息公开网站点击次数10176次。\n"
    assert read(body, LEGACY_HEAD)["disclosure.total"] == 43
    assert read("一、概述\n2014年我办新增公开政府信息56条。\n", LEGACY_HEAD)["disclosure.total"] == 56
    got = read("一、概述\n截至2014年底,累计公开政府信息2000条,全年新增公开政府信息61条。\n", LEGACY_HEAD)
    assert got["disclosure.total"] == 61


def test_guard_new_items_of_a_larger_whole_a_catalogue_a_change_or_requests_stay_unread():
    for body in ("2014年,全市新增公开政府信息5600条。", "全年新增公开政府信息目录72条。",
                 "全年较上年新增公开政府信息8条。", "全年新增依申请公开信息3条。"):
        assert "disclosure.total" not in read("一、概述\n" + body + "\n", LEGACY_HEAD), body


# ---------------------------------------------------------------- C. requests said as 要求

def test_requests_said_as_a_demand_after_their_noun():
    got = read("二、依申请公开情况\n2025年度我单位共收到6条依申请公开信息要求,均已按要求及时回复。\n")
    assert got["requests.new"] == 6
    assert read("二、依申请公开情况\n2025年度我单位共收到7件依申请公开要求。\n")["requests.new"] == 7


def test_guard_a_demand_without_the_requests_noun_or_running_on_stays_unread():
    assert "requests.new" not in read("二、依申请公开情况\n2025年度我单位共收到6条依申请公开信息要求的答复。\n")
    assert "requests.new" not in read("一、总体情况\n2025年度我单位共收到9条群众要求。\n")


# ---------------------------------------------------------------- D. one named place's count beside others'

PLACES = ("2025年,岚峰县某局在本单位频道(http://www.example.gov.cn/abc/def/)主动公开政府信息787条,含通知公告类信息42条。"
          "在政府信息公开目录系统(http://www.example.gov.cn/gkml/index)主动公开政府信息482条,含部门文件信息41条。"
          "在“重点领域信息公开”栏目(食品安全信息公开、财政信息公开)主动公开信息234条,含食品安全信息公开221条。\n")


def test_one_places_count_beside_other_places_counts_is_no_total():
    assert "disclosure.total" not in read(ACTIVE + PLACES)


def test_guard_one_place_alone_or_a_bracket_in_the_total_reads_as_before():
    one = PLACES.split("。")[0] + "。\n"
    assert read(ACTIVE + one)["disclosure.total"] == 787
    got = read(ACTIVE + "2025年,我局在政府门户网站(http://www.example.gov.cn/)主动公开政府信息356条。\n")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (356, 356)
    assert read(ACTIVE + "2025年,我局在政府信息公开目录中主动公开政府信息359条。\n")["disclosure.total"] == 359


# ---------------------------------------------------------------- E. an evaluation of others' disclosure

def test_a_third_party_evaluation_report_is_no_annual_report():
    text = ("2014年政府信息公开第三方评估报告\n为推动政府信息公开工作,受委托,某研究所项目组对岚峰县、青禾县等"
            "各级政府2014年实施政府信息公开的情况进行了评估。评估发现,部分政府门户网站公开信息37条。\n")
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(text)


def test_guard_a_report_naming_a_third_party_evaluation_stays_a_report():
    got = read("一、总体情况\n（一）主动公开情况\n2025年,我局主动公开政府信息38条,开展第三方评估,发现问题19个。\n")
    assert got["disclosure.total"] == 38
    # … and its title is its own year's report, an evaluation named in a section only
    report = reportparse.parse_text("岚峰县某局2025年政府信息公开工作年度报告\n五、存在的主要问题及改进情况\n"
                                    "根据第三方评估报告,网站栏目更新不及时。\n")
    assert (report.year, report.title) == (2025, "岚峰县某局2025年政府信息公开工作年度报告")
