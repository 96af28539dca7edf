"""Metadata (hunt36a): the date a CMS sets under a report's title on its line of page facts, the next fact named in a
longer form (浏览量：, 信息来源：, 阅读次数：, 访问量：) — the page's publish date. Invented bodies."""
import pytest

import reportparse

BODY = ("\n根据《中华人民共和国政府信息公开条例》,编制本报告。\n一、总体情况\n(一)主动公开情况\n全年主动公开政府信息61条。\n")
TITLE = "青禾区农业农村局2021年政府信息公开工作年度报告\n"


@pytest.mark.parametrize("facts", [
    "2022-01-16 16:28   浏览量:    信息来源:青禾区农业农村局      文字大小:[ ]",
    "2022-01-16   信息来源：青禾区农业农村局",
    "2022-01-16 09:05:11  阅读次数：214",
    "2022-01-16  访问量：37",
])
def test_a_date_before_a_longer_named_fact_is_the_publish_date(facts):
    report = reportparse.parse_text(TITLE + facts + BODY)
    assert str(report.published) == "2022-01-16"


def test_a_bare_date_time_line_under_the_title_is_its_date():
    """A date-time alone on its line under the title: the page's date under its title (since heldout55, which found it
    so on its sites: tests/test_heldout_classes_55d.py; it had been refused as possibly a capture time)."""
    report = reportparse.parse_text(TITLE + "2022-01-16 16:28" + BODY)
    assert report.published == "2022-01-16"
