"""Wordings and layouts of real reports the library missed (hunt48b), each a class with a guard that a near case is
not read. Texts and figures are invented.

- a title that names its issuer without a place (公安局2019年…年度报告), the body printing that name after its place
  further on (2019年蒲城县公安局在县委…的领导下): that place is the region; not where the body names the superior's
  office too (渭南市公安局 beside 蒲城县公安局), nor where the name is only a government's word (人民政府);
- a national new area that is one body with its district (青岛西海岸新区 = 黄岛区): the district, the alias's name in
  the title or in the contact clause of a title-less opening; never the words 西海岸 without the area;
- a website's count with its 信息平台 after the site's name (通过县政府网站信息平台发布信息23条, beside the WeChat
  account's count): the site's count, as 网站平台 was; never a platform that is no website (政务信息平台);
- a letter listed with another way of applying (接收来信及平台依申请公开事项23件，除2件顺延至下年度办理外; 通过网上和
  来信方式收到申请9件): requests, so the count carried forward after it is read; a letter alone (群众来信12件) or with a
  visit (来信来访) stays a petition's, after which no count is a request's;
- the requests counted as a noun with no verb where the clause opens with the issuer or the year (2024年，我镇依申请
  公开请求7件; 本年度依申请公开申请共6件): the year's requests; never the bare 依申请公开4件, nor a complaint's count;
- a legacy complaint's count (收到…有关的申诉案2件; 行政申诉1起): complaints.total; never a count shared with the
  reviews and lawsuits named before it (行政复议、诉讼和申诉3件), nor a petition's (信访申诉).
"""
from __future__ import annotations

import pytest

import reportparse
from conftest import year_totals


# ---- the issuer's name printed after its place in the body -------------------------------------------------------

OPENING = ("\n根据《中华人民共和国政府信息公开条例》要求，特向社会公布2019年度我局信息公开年度报告。本报告由总体情况、主动公开"
           "政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、"
           "其他需要报告的事项六个部分组成。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。如对本报告有"
           "任何疑问，请来电咨询。\n一、总体情况\n本年度，我局坚持以公开为常态、不公开为例外，围绕中心工作推进政务公开，"
           "健全工作机制，规范发布流程，加强保密审查，做好政策解读和回应关切，切实保障人民群众的知情权、参与权和监督权。\n"
           "一是加强组织领导，明确分管领导和专人负责；二是完善制度建设，落实审核发布和责任追究制度。\n")


def test_the_issuers_name_after_its_place_in_the_body_settles_the_region():
    assert len(OPENING) > 300           # (the opening's own places settle a region before this rule is asked)
    report = reportparse.parse_text("公安局2019年政府信息公开工作年度报告" + OPENING
                                    + "2019年蒲城县公安局在县委、县政府的领导下，扎实开展政府信息公开工作。\n")
    assert report.issuer.region.code == "610526"


def test_the_name_after_two_places_settles_none():
    report = reportparse.parse_text("公安局2019年政府信息公开工作年度报告" + OPENING
                                    + "2019年蒲城县公安局在渭南市公安局的指导下，扎实开展政府信息公开工作。\n")
    assert report.issuer.region.code is None


def test_a_governments_word_as_the_name_settles_none():
    report = reportparse.parse_text("人民政府2019年政府信息公开工作年度报告" + OPENING.replace("我局", "本机关")
                                    + "2019年，在渭南市人民政府的领导下，扎实开展政府信息公开工作。\n")
    assert report.issuer.region.code is None


# ---- a national new area that is its district -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "青岛西海岸新区商务局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局主动公开政府信息58条。\n",
    # (a title-less opening naming the area only in its contact clause)
    "本报告依据《中华人民共和国政府信息公开条例》编制。报告数据统计期限为2024年1月1日至2024年12月31日。如对报告内容有疑问，"
    "请与青岛西海岸新区商务局办公室联系（电话：0532-00000000）。\n一、总体情况\n2024年，我局共收到政府信息公开申请31件。\n",
])
def test_the_new_area_is_its_district(text):
    assert reportparse.parse_text(text).issuer.region.code == "370211"


def test_the_coast_without_the_new_area_is_no_place():
    report = reportparse.parse_text("西海岸公园管理处2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我处主动公开"
                                    "政府信息58条。\n")
    assert report.issuer.region.code is None


# ---- a website's 信息平台 -------------------------------------------------------------------------------------------

TOWN = "青禾镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"


def test_a_websites_information_platform_is_the_website():
    vals = year_totals(TOWN + "2022年，通过县政府网站信息平台发布信息23条，微信公众号共计发布信息58条。\n")
    assert vals["disclosure.via_website"] == 23
    assert "disclosure.total" not in vals


def test_a_platform_that_is_no_website_is_not_the_website():
    vals = year_totals(TOWN + "2022年，通过政务信息平台发布信息23条，微信公众号共计发布信息58条。\n")
    assert "disclosure.via_website" not in vals


# ---- a letter listed with another way of applying ----------------------------------------------------------------

STREET = "青禾街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n"


@pytest.mark.parametrize("sentence, new, forward", [
    ("本年度累计接收来信及平台依申请公开事项23件，除2件顺延至下年度办结回复外，其余均在法定时限内完成答复。", 23, 2),
    ("本年度通过网上和来信方式收到申请9件，其中3件顺延至下年度答复。", 9, 3),
])
def test_a_letter_listed_with_another_way_is_a_requests_way(sentence, new, forward):
    vals = year_totals(STREET + sentence + "\n")
    assert vals["requests.new"] == new
    assert vals["requests.carried_forward"] == forward


@pytest.mark.parametrize("sentence", [
    "本年度收到群众来信12件，其中2件顺延至下年度办理。",
    "本年度收到来信来访12件，其中2件顺延至下年度办理。",
])
def test_a_letter_alone_or_with_a_visit_stays_a_petitions(sentence):
    vals = year_totals(STREET + sentence + "\n")
    assert "requests.carried_forward" not in vals
    assert "requests.new" not in vals


# ---- the requests counted as a noun with no verb ---------------------------------------------------------------------

TOWN24 = "青禾镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n"


@pytest.mark.parametrize("sentence, value", [
    ("2024年，我镇依申请公开请求7件，其中网络平台收到4件，邮寄收到3件，均已妥善答复。", 7),
    ("本年度依申请公开申请共6件，均在法定期限内予以答复。", 6),
])
def test_the_requests_counted_as_a_noun_are_the_years(sentence, value):
    assert year_totals(TOWN24 + sentence + "\n")["requests.new"] == value


@pytest.mark.parametrize("sentence", [
    "2024年，我镇依申请公开4件，均在法定期限内予以答复。",          # (what went out on request, or the requests)
    "2024年，我镇依申请公开申请3件投诉，均在法定期限内予以处理。",   # (a complaint's count after the figure)
])
def test_the_bare_or_another_matters_count_is_not_the_requests(sentence):
    assert "requests.new" not in year_totals(TOWN24 + sentence + "\n")


# ---- a legacy complaint's count ------------------------------------------------------------------------------------

LEGACY = "青禾街道办事处2015年政府信息公开工作年度报告\n三、复议、诉讼和申诉情况\n"


@pytest.mark.parametrize("sentence, value", [
    ("2015年度街道发生针对本部门有关政府信息公开事务的行政复议案0件；发生针对本部门有关政府信息公开事务的行政诉讼案1件；"
     "收到各类针对本部门政府信息公开事务有关的申诉案2件。", 2),
    ("2015年，收到有关政府信息公开的行政申诉3起。", 3),
])
def test_a_legacy_complaints_count(sentence, value):
    assert year_totals(LEGACY + sentence + "\n")["complaints.total"] == value


@pytest.mark.parametrize("sentence", [
    "2015年，因政府信息公开引起的行政复议、诉讼和申诉3件。",
    "2015年，本街道受理信访申诉4件，均已办结。",
])
def test_a_shared_or_a_petitions_count_is_no_complaints(sentence):
    assert "complaints.total" not in year_totals(LEGACY + sentence + "\n")
