"""A city bureau's branch named by its district's stem (上海市公安局长宁分局, hunt43): the region is that district of
the city named before the bureau; a branch whose stem is no district of it (水上分局) stays the city's. Names are
real places; the report texts are invented."""
from __future__ import annotations

import reportparse
from reportparse.regions import find_region


def _code(title: str, body: str = "") -> str | None:
    found = find_region(title, body, 2021)
    return found.code if found else None


def test_branch_named_by_its_districts_stem():
    assert _code("上海市公安局长宁分局2021年政府信息公开工作年度报告") == "310105"
    assert _code("北京市公安局朝阳分局2021年政府信息公开工作年度报告") == "110105"
    assert _code("上海市公安局浦东分局2021年政府信息公开工作年度报告") == "310115"     # 浦东新区


def test_the_city_before_the_bureau_settles_a_shared_stem():
    assert _code("宜宾市公安局长宁分局2021年政府信息公开工作年度报告") == "511524"     # 长宁县, not 上海 长宁区
    assert _code("朝阳市公安局龙城分局2021年政府信息公开工作年度报告") == "211303"


def test_a_branch_that_names_no_district_stays_the_citys():
    assert _code("上海市公安局水上分局2021年政府信息公开工作年度报告") == "310000"


def test_branch_named_in_the_opening_of_an_untitled_report():
    text = ("本年度报告是根据《中华人民共和国政府信息公开条例》要求,由上海市公安局长宁分局编制。\n一、概述\n"
            "2021年,分局主动公开政府信息312条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n")
    assert reportparse.parse_text(text).issuer.region.code == "310105"


def test_a_citation_closed_past_the_opening_names_no_issuer():
    # a township's report whose opening ends inside a cited title (《<city>…的意见》 opened before the 300th
    # character, closed after it): the city of the citation is not the region; the county its text names is
    filler = "坚持依法行政,抓细抓实信息公开工作,不断增强政府工作透明度,切实保障了人民群众的知情权、参与权和监督权。" * 3
    head = ("本年度报告根据《中华人民共和国政府信息公开条例》要求,由石岭镇人民政府编制。\n一、概述\n" + filler)
    pad = "按" * (293 - len(head))
    text = (head + pad + "《威海市人民政府办公室关于全面推进政务公开工作的意见》及其实施细则要求开展工作。\n"
            "二、主动公开政府信息情况\n2021年,主动公开政府信息23条。荣成市以用户需求为导向,优化门户网站栏目。\n")
    assert text.index("《威海") < 300 < text.index("》及其")
    assert find_region("", text, 2021, township=True).code == "371082"
