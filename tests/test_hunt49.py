"""Wordings and layouts of real reports the library missed (hunt49), each a class with a guard that a near case is
not read. Texts and figures are invented.

- the year's posts counted bare, the year opening the clause (全年共发布信息47条), under the overview's heading
  (一、总体情况) as under 主动公开: the proactive total; never under a heading of neither (四、平台建设情况), nor with a
  channel before it (网站全年共发布信息…);
- the issuer's own site named by its disclosure section (街道信息公开网站公开政府信息83条, 在区政务公开网站公开…):
  the site's count, the total where it is said alone; never a section that is no website's (信息公开栏);
- a title-less report whose contact clause names the office of the body's disclosure group (请与X街道信息公开领导小组
  办公室联系): that body is the issuer, so its region follows from the address and its own name in a clause is no
  part of it; never a government's group (X区人民政府信息公开领导小组办公室).
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
