"""Stop 52's held-out classes (heldout51b's leftovers): a site's count beside what went out also by other ways, a site's
count said with no verb after the year, a statistics period that starts mid-year. Invented sentences, distinct
numbers, a guard per class."""
import pytest

import reportparse
from reportparse.metadata import find_year

HEAD = "岚峰县审计局2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"


def _disclosure(sentence: str) -> dict:
    got = reportparse.parse_text(HEAD + sentence + "\n", year=2024).values()
    return {k: v for k, v in got.items() if k.startswith("disclosure") and v is not None}


# ---------------------------------------------------------------- A. a site's count, then what went out also by other ways

@pytest.mark.parametrize("also", [
    "除在岚峰县政府信息公开网及时公开外,还通过省审计厅、市审计局、县审计局、中国文明网、省文明网及县文明网等媒体主动向社会发布信息63条。",
    "还通过省审计厅等媒体主动向社会发布信息63条。",
    "另通过市审计局、县融媒体中心等主动推送信息63条。",
])
def test_a_count_also_sent_by_other_ways_leaves_the_sites_count_alone(also):
    # the site's count is one channel's: the website's, the whole not said (no total)
    assert _disclosure("2024年度共在岚峰县政府信息公开网上发布各类主动公开信息27条。" + also) == {
        "disclosure.via_website": 27}


def test_a_sites_count_of_proactive_information_said_alone_is_still_the_total():
    assert _disclosure("2024年度共在岚峰县政府信息公开网上发布各类主动公开信息27条。") == {
        "disclosure.total": 27, "disclosure.via_website": 27}


def test_guard_a_sentence_after_that_counts_nothing_leaves_the_total():
    assert _disclosure("2024年度共在岚峰县政府信息公开网上发布各类主动公开信息27条。同时通过培训提升公开质量。") == {
        "disclosure.total": 27, "disclosure.via_website": 27}


def test_guard_a_part_after_of_which_said_with_also_is_still_a_part():
    got = _disclosure("2024年通过政府门户网站主动公开各类信息6417条,其中还通过政务微博同步发布信息138条。")
    assert got.get("disclosure.total") == 6417 and got.get("disclosure.via_website") == 6417


# ---------------------------------------------------------------- B. a site's count with no verb after the year

def test_a_sites_count_with_no_verb_after_the_year():
    assert _disclosure("2024年岚峰高新技术产业开发区门户网站58条,“岚峰发布”微信公众号推送信息241篇。") == {
        "disclosure.via_website": 58}


@pytest.mark.parametrize("sentence", ["2024年门户网站整改问题59条。", "2024年,岚峰县门户网站设栏目47个。",
                                      "2023年县政府门户网站61条。", "全年县政府门户网站62条。", "2024年县政府门户网站63条留言已回复。"])
def test_guard_a_sites_number_that_is_no_count_of_what_went_out(sentence):
    assert "disclosure.via_website" not in _disclosure(sentence)


# ---------------------------------------------------------------- C. a statistics period that starts mid-year

BODY = ("本报告根据《中华人民共和国政府信息公开条例》要求编制。\n本报告中所列数据的统计期限{}。\n"
        "一、总体工作情况\n（一）加强组织领导。\n")


def test_a_statistics_period_starting_mid_year_and_ending_with_it_gives_the_year():
    assert find_year(None, BODY.format("自2017年8月19日起,至2017年12月31日止")) == 2017


@pytest.mark.parametrize("period, start", [("自2018年9月1日至2019年8月31日", 2018), ("为2017年8月19日至2018年6月30日", 2017)])
def test_guard_a_period_running_into_another_year_is_not_its_start_years(period, start):
    # (an academic year's period is the academic rule's: its end year)
    assert find_year(None, BODY.format(period)) != start


# ---------------------------------------------------------------- D. a site named with its owner, beside a medium's count

def test_a_site_named_with_its_owner_beside_a_mediums_count_is_the_sites_alone():
    assert _disclosure("2024年,岚峰县审计局网站主动公开政府信息396条,岚峰审计微信号发布信息43条。") == {
        "disclosure.via_website": 396}


@pytest.mark.parametrize("after, want", [
    ("。", {"disclosure.total": 397, "disclosure.via_website": 397}),
    (",其中微信公众号发布信息44条。", {"disclosure.total": 397, "disclosure.via_website": 397}),
])
def test_guard_the_owners_site_alone_or_with_its_parts_is_still_the_total(after, want):
    assert _disclosure("2024年,岚峰县审计局网站主动公开政府信息397条" + after) == want
