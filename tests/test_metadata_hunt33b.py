"""Metadata of reports from sites never seen (hunt33b): a body named by its city's stem whose only place in the
opening is its office's address; a CMS's facts line with the date written out and the next fact glued to it; the
year of a text stored without its title, told by a street office's sentences about itself.

Texts are invented; place names are real only where the class needs one (regions).
"""
from __future__ import annotations

import reportparse
from reportparse.metadata import reporting_period
from reportparse.regions import find_region

ADDRESS_OPENING = ("本年度报告根据《中华人民共和国政府信息公开条例》编制。如对本报告有疑问，请与办公室联系（地址：{where}某路"
                   "8号，邮编：352100）。\n一、概述\n{y}年，我校主动公开信息{n}条。\n")


def test_a_body_named_by_its_citys_stem_is_the_citys_not_the_district_its_address_names():
    text = "宁德职业中专2016年政府信息公开工作年度报告\n" + ADDRESS_OPENING.format(where="宁德市蕉城区", y=2016, n=317)
    report = reportparse.parse_text(text)
    assert report.issuer.region.code == "350900" and report.issuer.region.level == "city"
    assert report.value("disclosure.total") == 317
    # a province's stem names a province's body, whichever city its seat is in
    assert find_region("福建某某学校2016年政府信息公开工作年度报告",
                       ADDRESS_OPENING.format(where="福州市鼓楼区", y=2016, n=52), 2016).code == "350000"


def test_near_miss_a_body_named_by_no_place_keeps_its_addresss_place():
    # a street office's name is no city's stem: the county its address names stays its region (as before)
    body = ADDRESS_OPENING.format(where="宁德市蕉城区", y=2016, n=29)
    assert find_region("白沙街道办事处2016年政府信息公开工作年度报告", body, 2016).code == "350902"
    # a title naming its place in full is read there, the address is not asked
    assert find_region("蕉城区教育局2016年政府信息公开工作年度报告", body, 2016).code == "350902"


FACTS = "2021年某某街道政府信息公开工作年度报告\n某某街道办事处\n{line}\n一、总体情况\n2021年，我街道主动公开信息{n}条。\n"


def test_a_written_date_glued_to_the_next_fact_is_the_date_under_the_title():
    report = reportparse.parse_text(FACTS.format(line="2022年02月07日来源:街道办 点击:35", n=264))
    assert report.published == "2022-02-07" and report.value("disclosure.total") == 264
    assert any("date under the title 2022-02-07" in w for w in report.warnings)


def test_near_miss_a_written_date_that_starts_a_sentence_or_falls_in_the_year_is_no_publish_date():
    assert reportparse.parse_text(FACTS.format(line="2022年02月07日召开政务公开工作会议。", n=264)).published is None
    assert reportparse.parse_text(FACTS.format(line="2021年12月07日来源:街道办", n=264)).published is None


FRAGMENT = ("(二)政府信息依申请公开情况\n{y1}年度街道受理信息公开申请{r}件。\n(三)复议、诉讼情况\n"
            "{y2}年度街道发生针对本部门政府信息公开事务的行政诉讼案0件。\n")


def test_a_fragment_without_its_title_takes_the_year_its_street_office_states_of_itself():
    warnings: list[str] = []
    assert reporting_period(None, FRAGMENT.format(y1=2019, y2=2019, r=6), warnings)[0] == 2019
    assert any("the year is the one the body states" in w for w in warnings)


def test_near_miss_two_years_or_a_plan_settle_no_year():
    assert reporting_period(None, FRAGMENT.format(y1=2019, y2=2018, r=6))[0] is None
    plan = "(二)下一步工作\n2020年街道将进一步做好政府信息公开工作,推进依申请公开3件办理。\n"
    assert reporting_period(None, plan)[0] is None
