"""A page stored without its title line may name the report in title marks that a later clause publishes
(《X2019年政府信息公开工作年度报告》已经研究同意,现予公开发布; the year may come first: 《2020年度X局信息公开工作年度报告》
…现予公布). Before, such a page had no title, hence no issuer and no region. Invented bodies; real county names
only where the region is the point."""
import pytest

import reportparse

BODY = ("本报告中所列数据的统计期限为{y}年1月1日起至12月31日。\n一、总体情况\n{y}年,我单位主动公开政府信息137条。\n")


@pytest.mark.parametrize("opening, title, issuer, code, year", [
    ("根据《中华人民共和国政府信息公开条例》规定,《海安市人民政府办公室2019年政府信息公开工作年度报告》已经研究同意,现予公开发布。",
     "海安市人民政府办公室2019年政府信息公开工作年度报告", "海安市人民政府办公室", "320685", 2019),
    ("根据《中华人民共和国政府信息公开条例》规定,《2020年度启东市水务局信息公开工作年度报告》业经审定,现予公布。",
     "2020年度启东市水务局信息公开工作年度报告", "启东市水务局", "320681", 2020),
])
def test_title_in_marks_published_by_a_later_clause(opening, title, issuer, code, year):
    report = reportparse.parse_text(opening + "\n" + BODY.format(y=year))
    assert report.title == title
    assert report.year == year
    assert report.issuer.name == issuer
    assert report.issuer.region.code == code
    assert report.value("disclosure.total") == 137


def test_a_cited_notice_is_no_title():
    # a notice in title marks that a clause implements is not the report's title
    opening = ("按照《关于做好2021年度政府信息公开工作年度报告编制发布工作的通知》要求,现予公开发布本单位年度报告如下。")
    report = reportparse.parse_text(opening + "\n" + BODY.format(y=2021), require_report=False)
    assert report.title is None or "通知" not in report.title
