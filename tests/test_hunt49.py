"""Wordings and layouts of real reports the library missed (hunt49), each a class with a guard that a near case is
not read. Texts and figures are invented.

- the year's posts counted bare, the year opening the clause (全年共发布信息47条), under the overview's heading
  (一、总体情况) as under 主动公开: the proactive total; never under a heading of neither (四、平台建设情况), nor with a
  channel before it (网站全年共发布信息…);
- the issuer's own site named by its disclosure section (街道信息公开网站公开政府信息83条, 在区政务公开网站公开…):
  the site's count, the total where it is said alone; never a section that is no website's (信息公开栏);
- a title-less report whose contact clause names the office of the body's disclosure group (请与X街道信息公开领导小组
  办公室联系): that body is the issuer, so its region follows from the address and its own name in a clause is no
  part of it; never a government's group (X区人民政府信息公开领导小组办公室);
- a page's chrome saved before a title-less body that opens at 一、总体情况 and goes on by the template's parts (选择特殊符号
  / 请输入搜索 lines): still a report; never where the parts are missing or a line before it is a sentence;
- a title whose year is said without 年 before the genre's words (X局2019政务信息公开年报): the issuer's name ends at
  the year; a name with digits of another kind (X路100号) is no year;
- a title-less opening that says who compiled it, by what (本报告由X乡人民政府按照《条例》…要求编制): that body is the
  issuer, as with 根据/结合; never a body named after another verb (本报告由X乡人民政府转发);
- the year's posts summed with 累计 where the year opens the clause and the issuer, or a town naming itself, stands
  after it (2023年,我局累计发布信息…; 2023年,柳岸镇累计发布各类信息…): the year's own total; never a running total
  (截至2023年底,我局累计…), 各乡镇's, nor a channel's (区政府网站累计发布…).
"""
from __future__ import annotations

import pytest

import reportparse


def _values(text):
    return {i.key: i.value for i in reportparse.parse_text(text).indicators
            if i.applicant in (None, "total") and i.period == "year" and not i.derived}


# ---- the year's posts counted bare under the overview ----------------------------------------------------------

TOWN = "青禾镇2019年政府信息公开年度报告\n"


@pytest.mark.parametrize("heading", ["一、总体情况\n", "一、概述\n", "二、主动公开政府信息情况\n"])
def test_the_years_posts_counted_bare_under_the_overview(heading):
    text = TOWN + heading + "我镇按照要求公开概况信息、工作动态等内容;全年共发布信息47条(其中,工作动态38条,其它信息9条)。\n"
    assert _values(text)["disclosure.total"] == 47


@pytest.mark.parametrize("text", [
    TOWN + "四、平台建设情况\n全年共发布信息47条。\n",                                  # a heading of neither
    TOWN + "一、总体情况\n门户网站全年共发布信息4731条。\n",                           # a channel's posts
    TOWN + "一、总体情况\n全年共发布信息约47条。\n",                                    # rough
])
def test_guard_the_bare_posts_elsewhere_are_not_the_total(text):
    assert "disclosure.total" not in _values(text)


# ---- the issuer's site named by its disclosure section ----------------------------------------------------------

STREET = "柳岸街道2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开。"


@pytest.mark.parametrize("sentence", [
    "2024年,街道信息公开网站公开政府信息83条,其中重点领域信息26条。",
    "2024年,在区政务公开网站公开政府信息83条。",
])
def test_a_site_named_by_its_disclosure_section_is_the_issuers_site(sentence):
    assert _values(STREET + sentence + "\n")["disclosure.total"] == 83


@pytest.mark.parametrize("sentence", [
    "2024年,街道信息公开栏公开政府信息83条。",                 # a board, no website
    "2024年,街道信息公开网站公开政府信息约83条。",             # rough
])
def test_guard_a_section_that_is_no_website_or_a_rough_count(sentence):
    assert "disclosure.total" not in _values(STREET + sentence + "\n")


# ---- the contact clause's disclosure group names the issuer ------------------------------------------------------

def _untitled(contact):
    return ("本年度报告根据《中华人民共和国政府信息公开条例》要求编制而成。本年度报告所列数据统计期限从2024年1月1日至"
            "2024年12月31日。如对本报告有任何疑问,请与" + contact + "联系(地址:路桥区柳岸街道青松路37号,邮编:318050)。\n"
            "一、总体情况\n(一)主动公开。2024年,柳岸街道在政府网站上发布主动公开政府信息共64条。\n"
            "(二)依申请公开。收到申请政府信息公开事项7件,已进行答复。\n")


@pytest.mark.parametrize("office", ["柳岸街道信息公开领导小组办公室", "柳岸街道政务公开工作领导小组办公室"])
def test_the_contact_groups_office_names_the_issuer(office):
    report = reportparse.parse_text(_untitled(office))
    assert report.issuer.name == "柳岸街道"
    assert report.issuer.region.code == "331004"
    values = _values(_untitled(office))
    assert values["disclosure.total"] == 64
    assert values["requests.new"] == 7


def test_guard_a_governments_group_names_no_issuer():
    report = reportparse.parse_text(_untitled("路桥区人民政府信息公开领导小组办公室"))
    assert report.issuer.name != "路桥区人民政府"
    assert "disclosure.total" not in _values(_untitled("路桥区人民政府信息公开领导小组办公室"))


# ---- a page's chrome before 一、总体情况 -------------------------------------------------------------------------

BODY = ("一、总体情况\n(一)主动公开方面\n在网站上主动公开信息417条,及时更新机构职能。\n(二)依申请公开方面\n"
        "2019年度我局共收到23件依申请公开,均按时答复。\n(三)政府信息管理方面\n加强组织领导,规范发布流程。\n")


def test_chrome_lines_before_the_template_overview_are_passed_over():
    report = reportparse.parse_text("选择特殊符号\n选择搜索类型\n请输入搜索\n" + BODY)
    values = {i.key: i.value for i in report.indicators if i.applicant in (None, "total") and not i.derived}
    assert values["disclosure.total"] == 417
    assert values["requests.new"] == 23


@pytest.mark.parametrize("text", [
    "选择特殊符号\n请输入搜索\n一、总体情况\n本单位全年工作平稳推进。\n二、下一步打算\n继续加强学习。\n",   # no template parts
    "本文是我局2019年工作总结,现印发给你们。\n" + BODY,                                         # a sentence, another genre
])
def test_guard_chrome_without_the_template_or_a_sentence_before_is_no_report(text):
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(text)


# ---- a title's year without 年 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, name", [
    ("海滨区审计局2019政务信息公开年报", "海滨区审计局"),
    ("海滨区审计局2019政府信息公开工作年度报告", "海滨区审计局"),
])
def test_a_titles_year_without_nian_ends_the_issuers_name(title, name):
    text = title + "\n一、总体情况\n2019年,我局主动公开政府信息31条。\n"
    assert reportparse.parse_text(text).issuer.name == name


def test_guard_digits_that_are_no_year_stay_in_the_name():
    text = "海滨区2019路管理所政府信息公开工作年度报告\n一、总体情况\n2019年,我所主动公开政府信息31条。\n"
    assert reportparse.parse_text(text).issuer.name != "海滨区"


# ---- compiled by a body, by what it followed ------------------------------------------------------------------------

def _compiled(verb):
    return ("本报告由青禾乡人民政府" + verb + "《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自"
            "2023年1月1日起至2023年12月31日止。\n(一)主动公开情况\n2023年,我乡主动公开政府信息52条。\n"
            "(二)依申请公开情况\n2023年我乡收到依申请公开件2件,均已答复。\n")


@pytest.mark.parametrize("verb", ["按照", "依据"])
def test_the_body_that_compiled_it_by_the_statute_is_the_issuer(verb):
    assert reportparse.parse_text(_compiled(verb)).issuer.name == "青禾乡人民政府"


def test_guard_a_body_after_another_verb_is_not_the_issuer():
    assert reportparse.parse_text(_compiled("转发")).issuer.name != "青禾乡人民政府"


# ---- 累计 after the year and the issuer's own name ------------------------------------------------------------------

OWN = "柳岸镇2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"


@pytest.mark.parametrize("sentence", ["2023年,我镇累计发布信息86条。", "2023年,柳岸镇累计发布各类信息86条,包括工作动态等。"])
def test_the_years_posts_summed_after_the_issuers_name(sentence):
    assert _values(OWN + sentence + "\n")["disclosure.total"] == 86


@pytest.mark.parametrize("sentence", [
    "截至2023年底,我镇累计发布信息86条。",             # a running total
    "2023年,各乡镇累计发布信息86条。",                 # every town's
    "2023年,区政府网站累计发布信息86条。",             # a channel's posts
])
def test_guard_a_running_total_every_towns_or_a_channels_posts(sentence):
    assert "disclosure.total" not in _values(OWN + sentence + "\n")
