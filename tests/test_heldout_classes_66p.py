"""Classes of misses a held-out set (heldout66) showed, each with guards. Texts and figures are invented.

- a report with no title line that calls itself 本年报 and lists the genre's parts as its contents (本年报由总体情况、主动公开
  政府信息情况、收到和处理政府信息公开申请情况…等五部分组成) with its own statistics period: a report;
- last year's requests carried into this one said as passed to this year (含2023年转至今年办理的3件 in a 2024 report) or as
  the answered ones' share (已答复84件(含上一年结转答复1件)): requests.carried_over; 至今年 is this year, no running
  end (至今), so the answered count after it stays the year's;
- the receipt stacked with two more verbs (受理、办理、答复依申请公开7件): requests.new;
- a proactive count after a list of kinds, its ways named as 等媒体渠道 with a website among them (通过门户网站、微信公众号等
  媒体渠道,主动公开…等945条): the total, beside each medium's share; media listed without a website stay a kind of channel;
- a bare verb and a list of kinds summed by 累计 in a sentence naming the year, under the proactive heading (本年度…,公开
  概况类信息、…及机构信息累计802条): the total; without a year word, after 其中, or beside another total: not read;
- an untitled report naming one county (a two-character name) as the owner of its government's information-disclosure
  site and of its office, its only other place in a title it cites: that county.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from reportparse.regions import find_region
from values_read import values_read

# ---- an untitled report calling itself 本年报 --------------------------------------------------------------------------

_SELF_NAMED = ("索引号 | 11/2023-00071 | 主题分类 | 其他 |\n发布机构 | 某区政府办 | 发文日期 | 2023-01-19 |\n"
               "本年报按照2022年岚峰区青禾街道政务信息公开工作实际编制而成。本年报由总体情况、主动公开政府信息情况、"
               "收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况等五部分组成。"
               "{period}如对本年度报告有疑问,请与青禾街道党政办联系。\n一、总体情况\n(一)主动公开方面\n"
               "2022年我街道通过区门户网站主动公开各类信息143条,通过公众号发布各类信息1327条。\n(二)依申请公开方面\n"
               "2022年我街道共收到依申请公开6件,目前已答复5件,结转下年度继续办理1件。\n")
_PERIOD = "本年报中所列数据的统计日期自2022年1月1日起至2022年12月31日止。"


def test_an_untitled_report_calling_itself_ben_nianbao_is_read():
    r = reportparse.parse_text(_SELF_NAMED.format(period=_PERIOD))
    assert r.year == 2022
    got = r.values()
    assert (got["requests.new|applicant=total"], got["requests.answered|applicant=total"],
            got["requests.carried_forward|applicant=total"]) == (6, 5, 1)
    assert got["disclosure.via_website"] == 143


def test_without_its_own_period_it_stays_refused():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(_SELF_NAMED.format(period=""))


def test_an_enterprise_annual_report_notice_is_no_report():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text("本年报由企业通过国家企业信用信息公示系统报送,包括企业基本信息、股东出资、资产状况等五部分组成。"
                               "本年报中所列数据的统计日期自2022年1月1日起至2022年12月31日止。\n一、填报要求\n请按时报送。\n")


# ---- last year's requests carried into this one ----------------------------------------------------------------------

_T2024 = "岚峰县某某局2024年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开方面\n"


def test_passed_to_this_year_is_carried_over_and_the_answered_after_it_stay_the_years():
    got = values_read(_T2024 + "全年共办理政府信息公开申请57件,含2023年转至今年办理的4件,办结55件,剩余2件结转下一年度处理。\n")
    assert (got.get("requests.carried_over"), got.get("requests.answered"), got.get("requests.carried_forward")) == (4, 55, 2)
    assert "requests.new" not in got          # 57 holds the carried ones: never the new


@pytest.mark.parametrize("said", ["上年度转入本年度办理4件", "上年结转至本年度4件", "去年转至今年的4件"])
def test_last_years_passed_to_this_one_by_its_words(said):
    got = values_read(_T2024 + "本年度收到政府信息公开申请13件," + said + "。\n")
    assert (got.get("requests.new"), got.get("requests.carried_over")) == (13, 4)


def test_another_year_passed_to_this_one_is_not_last_years():
    got = values_read(_T2024 + "全年共办理政府信息公开申请57件,含2022年转至今年办理的4件。\n")
    assert "requests.carried_over" not in got


def test_the_answered_ones_share_carried_from_last_year():
    got = values_read(_T2024 + "本年度共收到依申请公开政府信息38件,已答复38件(含上一年结转答复2件),结转至2025年答复2件。\n")
    assert (got.get("requests.new"), got.get("requests.answered"), got.get("requests.carried_over"),
            got.get("requests.carried_forward")) == (38, 38, 2, 2)


@pytest.mark.parametrize("sentence", [
    "至今,全局累计主动公开政府信息979条。",                                   # a running end with no start: not read
    "本年度主动公开政府信息294条,至今累计主动公开政府信息979条。",
])
def test_zhijin_without_the_year_word_is_still_a_running_end(sentence):
    got = values_read("岚峰县某某局2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n" + sentence + "\n")
    assert got.get("disclosure.total") in (None, 294)


# ---- the receipt stacked with two more verbs -------------------------------------------------------------------------

def test_receipt_handling_and_answer_stacked_count_the_new():
    got = values_read(_T2024 + "2024年,岚峰县某某局受理、办理、答复依申请公开7件,办结6件。\n")
    assert (got.get("requests.new"), got.get("requests.answered")) == (7, 6)


@pytest.mark.parametrize("sentence", [
    "2024年,岚峰县某某局办理、答复依申请公开7件。",          # no receipt
    "2024年,岚峰县某某局受理、办理、答复信访件7件。",        # another business
])
def test_stacked_verbs_without_the_receipt_or_the_request_are_not_new(sentence):
    assert "requests.new" not in values_read(_T2024 + sentence + "\n")


# ---- a proactive count after 等媒体渠道 --------------------------------------------------------------------------------

_PRO = "岚峰县某某局2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"


def test_media_channels_with_a_website_among_them_are_all_the_ways():
    got = values_read(_PRO + "2024年,岚峰县某某局通过门户网站、微信公众号等媒体渠道,主动公开工作动态、政府采购、人事任命等"
                             "863条,未制发规范性文件;其中在门户网站上发布了文字、图片等信息共641条,通过“岚峰某某”微信公众号"
                             "发布信息222条。\n")
    assert (got.get("disclosure.total"), got.get("disclosure.via_website")) == (863, 641)


@pytest.mark.parametrize("sentence", [
    "本年度通过门户网站主动公开政府信息47条，通过报刊、电视、政务微信等媒体渠道公开政府信息285条。",
    "本年度通过报刊、电视、政务微信等媒体渠道公开政府信息285条，通过门户网站主动公开政府信息47条。",
])
def test_media_listed_without_a_website_stay_a_kind_of_channel(sentence):
    got = values_read(_PRO + sentence + "\n")
    assert "disclosure.total" not in got and got.get("disclosure.via_website") == 47


# ---- a bare verb and a list of kinds summed by 累计 ---------------------------------------------------------------------

def test_kinds_listed_and_summed_in_a_sentence_naming_the_year():
    got = values_read(_PRO + "本年度本部门公开相关公开信息6项,公开概况类信息、动态类信息、财政预算、决算信息及机构信息"
                             "累计731条。\n")
    assert got.get("disclosure.total") == 731


@pytest.mark.parametrize("sentence", [
    "公开概况类信息、动态类信息、财政预算、决算信息及机构信息累计731条。",             # 累计 with no year word
    "截至2024年底,公开概况类信息、动态类信息、财政预算信息累计731条。",
])
def test_a_running_sum_of_kinds_is_not_read(sentence):
    assert "disclosure.total" not in values_read(_PRO + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "本年度主动公开信息918条,其中公开概况类信息、动态类信息、财政预算信息共731条。",
    "本年度主动公开信息918条。公开概况类信息、动态类信息、财政预算信息共731条。",
])
def test_the_total_said_otherwise_wins(sentence):
    assert values_read(_PRO + sentence + "\n").get("disclosure.total") == 918


# ---- an untitled report placed by its own site and office ---------------------------------------------------------

_OPENING = ("本年报根据《中华人民共和国政府信息公开条例》、《安徽省政务公开办公室关于做好2023年政府信息公开工作年度报告"
            "编制工作的通知》要求编制。本年度报告可在黟县人民政府信息公开网站下载。如对本报告有疑问,请与黟县政务公开办公室"
            "联系(地址:黟县某路8号)。\n一、总体情况\n")


def test_a_county_named_as_its_sites_and_offices_owner_places_the_report():
    assert find_region("", _OPENING, 2023).code == "341023"


@pytest.mark.parametrize("opening", [
    _OPENING.replace("请与黟县", "请与歙县"),                                     # two counties
    _OPENING.replace("本年度报告可在黟县人民政府信息公开网站下载。", ""),          # no channel of its own
])
def test_two_places_or_no_channel_place_nothing(opening):
    assert find_region("", opening, 2023) is None
