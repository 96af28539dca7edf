"""Metadata (hunt36a): a department's report with no title whose opening names places outside its citations only as
its superiors (…省委省政府、襄阳市委市政府…) and cites the notice or plan of one county it was compiled under
(《枣阳市人民政府办公室…的通知》, 《2021年武侯区政务公开工作要点》): its region is that county, not the city above it.
Real place names (the class needs them); invented bodies and text."""
import reportparse

TAIL = ("\n一、总体情况\n(一)主动公开\n全年主动公开政府信息56条。\n(二)依申请公开\n本年度收到政府信息公开申请3件。\n")


def region(opening: str):
    r = reportparse.parse_text(opening + TAIL)
    return r.issuer.region.code if r.issuer and r.issuer.region else None


def test_a_county_level_city_cited_as_the_compile_basis_below_its_superiors():
    opening = ("根据《中华人民共和国政府信息公开条例》《枣阳市人民政府办公室<关于做好2020年政府信息公开工作年度报告的通知>》"
               "等有关要求,结合市交通运输局政府信息公开工作情况编制本报告。本报告中所列数据统计期限为2020年1月1日至12月31日。"
               "我局认真贯彻落实省委省政府、襄阳市委市政府和市委市政府部署要求。")
    assert region(opening) == "420683"


def test_a_district_plan_cited_and_only_the_province_named_outside():
    opening = ("根据《中华人民共和国政府信息公开条例》,按照《2021年武侯区政务公开工作要点》要求,区文化体育和旅游局编制2021年政府信息公开工作年度报告。"
               "本报告所列数据统计期限为2021年1月1日至12月31日。全局贯彻四川省政务公开工作部署。")
    assert region(opening) == "510107"


def test_another_city_named_outside_the_citation_keeps_the_old_reading():
    """Guard: a place outside the citations that is not above the cited county (成都市 beside 枣阳市): not the county."""
    opening = ("根据《中华人民共和国政府信息公开条例》和《枣阳市人民政府办公室关于做好年度报告工作的通知》要求,编制本报告。本报告所列数据统计期限为2020年1月1日至"
               "12月31日。我局学习成都市政务公开经验。")
    assert region(opening) != "420683"


def test_two_counties_cited_settle_nothing():
    """Guard: the citations name two counties (枣阳市, 宜城市): neither is taken from them."""
    opening = ("根据《中华人民共和国政府信息公开条例》《枣阳市人民政府办公室关于…的通知》《宜城市政务公开工作要点》要求,编制本报告。本报告所列数据统计期限为2020年1月1日"
               "至12月31日。我局贯彻襄阳市委市政府部署。")
    assert region(opening) not in ("420683", "420684")
