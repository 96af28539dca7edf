"""A page's first line with a year tag in brackets before the title ([2022年], 【2023年度】, (2023)) or site chrome glued
to the issuer (图书馆VIP, …局首页, 无障碍) names the issuer without them; the title keeps its year tag (it may be
the only year), the region and the kind read as for the bare title."""
import pytest

import reportparse

BODY = ("\n本报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限为2022年1月1日至2022年12月31日。\n"
        "一、总体情况\n2022年，全年新收政府信息公开申请17件。\n")


@pytest.mark.parametrize("line, name, kind", [
    ("【2022】南京市玄武区人民政府2022年政府信息公开工作年度报告", "南京市玄武区人民政府", "government"),
    ("[2022年]南京市玄武区人民政府2022年政府信息公开工作年度报告", "南京市玄武区人民政府", "government"),
    ("【2022年度】南京市玄武区民政局2022年度政府信息公开工作年度报告", "南京市玄武区民政局", "department"),
    ("（2022）南京市玄武区人民政府2022年政府信息公开工作年度报告", "南京市玄武区人民政府", "government"),
    ("图书馆VIP南京市玄武区人民政府2022年政府信息公开工作年度报告", "南京市玄武区人民政府", "government"),
    ("南京市玄武区民政局首页南京市玄武区民政局2022年政府信息公开工作年度报告", "南京市玄武区民政局", "department"),
    ("南京市玄武区民政局首页 2022年政府信息公开工作年度报告", "南京市玄武区民政局", "department"),
    ("无障碍南京市玄武区人民政府2022年政府信息公开工作年度报告", "南京市玄武区人民政府", "government"),
])
def test_year_tag_and_site_chrome_are_no_part_of_the_issuer(line, name, kind):
    report = reportparse.parse_text(line + BODY)
    assert (report.issuer.name, report.issuer.kind, report.issuer.region.code, report.year) == (name, kind, "320102", 2022)


def test_a_bracketed_year_alone_still_gives_the_year():
    report = reportparse.parse_text("【2021】南京市玄武区人民政府政府信息公开工作年度报告" + BODY.replace("2022", "2021"))
    assert report.year == 2021 and report.title.startswith("【2021】")
    assert report.issuer.name == "南京市玄武区人民政府"
