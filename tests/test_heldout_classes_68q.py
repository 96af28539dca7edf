"""heldout68b's classes, with invented reports (names and figures made up):
A. a count whose clause opens with the whole of a place above the issuer (2025年全市各级行政机关共收到…申请N件 in a
district's report; 全省… in a county's or a city's) is that place's, not the issuer's: not read, nor the other figures
of its sentence, nor those of the sentences after it in its paragraph that name no subject of their own (办理…行政复议N件); the issuer's own whole (全区 in a district's report, 全市 in a city's or a county-level city's) and a
place's whole named after the subject (通过全市统一平台…) keep their readings;
B. a website's 发布 count broken down after 其中 by its columns, the disclosure column among them (县政府门户网站发布信息N条,
其中…法定政府信息公开栏目发布信息M条): the site's count (disclosure.via_website N, the gold convention), never the column's
part M; a site's bare posts beside a column's count said apart (another sentence, no 其中) stay unread;
C. a paragraph whose first line, indented, opens with a year after a heading of no mark (重视依申请公开工作(…)) is a
sentence of its own, and the grant counted as a tally (同意公开数N件) is requests.granted."""
from __future__ import annotations

import pytest
from values_read import values_read

import reportparse

DISTRICT = "岚峰市青禾区2025年政府信息公开工作年度报告\n"
COUNTY_CITY = "岚峰市2025年政府信息公开工作年度报告\n"
CITY_BUREAU = "岚峰市教育局2025年政府信息公开工作年度报告\n"
REQUESTS = "(二)政府信息依申请公开情况\n"
PROACTIVE = "(一)主动公开情况\n"


def values(text: str, title: str = DISTRICT) -> dict:
    """The report's values (values_read: a request key's total under its bare key) with the title before the text."""
    return values_read(title + text + "\n")


def some(text: str, prefix: str, title: str = DISTRICT) -> dict:
    return {k: v for k, v in values(text, title).items() if k.startswith(prefix)}


# ---------------------------------------------------------------- A. a wider place's whole as the subject

WIDER = "2025年全市各级行政机关共收到政府信息公开申请317件(不含上年结转6件),其中已办结298件,结转下年办理25件。"


def test_a_a_citys_whole_in_a_districts_report_is_not_read():
    assert some(REQUESTS + WIDER, "requests.") == {}


@pytest.mark.parametrize("said", [
    "2025年,全省共收到政府信息公开申请4213件。",
    "全省各级行政机关全年主动公开政府信息58213条。",
])
def test_a_a_provinces_whole_in_a_districts_or_citys_report_is_not_read(said):
    for title in (DISTRICT, CITY_BUREAU):
        got = values(PROACTIVE + REQUESTS + said, title)
        assert "requests.new" not in got and "disclosure.total" not in got


def test_a_the_wider_places_say_runs_on_through_its_paragraphs_sentences_with_no_subject():
    said = REQUESTS + WIDER + "办理信息公开行政复议9件、行政诉讼14件。"
    report = reportparse.parse_text(DISTRICT + said + "\n", require_report=False)
    assert not {k: v for k, v in report.values().items() if v is not None}
    assert any("全市, a place above the issuer" in w for w in report.warnings)


def test_a_guard_a_sentence_naming_the_issuers_whole_ends_the_wider_say():
    said = REQUESTS + WIDER + "我区共收到政府信息公开申请41件,办理信息公开行政复议2件。"
    got = values(said)
    assert got.get("requests.new") == 41 and got.get("review.total") == 2


def test_a_guard_the_next_paragraph_is_the_issuers_again():
    said = REQUESTS + WIDER + "\n(三)行政复议情况\n2025年办理信息公开行政复议9件。"
    got = values(said)
    assert got.get("review.total") == 9 and "requests.new" not in got


@pytest.mark.parametrize("said", [
    "2025年,全市通过政府门户网站发布信息8317条。",
    "全市行政机关共收到政府信息公开申请317件。",
])
def test_a_a_wider_whole_gives_no_key_of_the_districts(said):
    assert some(PROACTIVE + REQUESTS + said, "") == {}


def test_a_guard_the_districts_own_whole_is_read():
    said = REQUESTS + WIDER.replace("全市", "全区")
    got = some(said, "requests.")
    assert got.get("requests.new") == 317 and got.get("requests.carried_over") == 6


@pytest.mark.parametrize("title", [COUNTY_CITY, CITY_BUREAU])
def test_a_guard_a_citys_whole_in_a_citys_report_is_read(title):
    got = some(REQUESTS + WIDER, "requests.", title)
    assert got.get("requests.new") == 317 and got.get("requests.carried_forward") == 25


def test_a_guard_a_citys_platform_named_after_the_subject_is_no_wider_whole():
    said = PROACTIVE + "2025年,我区通过全市统一政务公开平台主动公开政府信息1463条。"
    assert some(said, "disclosure.total").get("disclosure.total") == 1463


# ---------------------------------------------------------------- B. a site's 发布 count, its columns after 其中

COUNTY = "岚峰县人民政府2025年政府信息公开工作年度报告\n"


@pytest.mark.parametrize("said", [
    "2025年县政府门户网站发布信息8317条,其中政务要闻栏目全年发布信息2964条、法定政府信息公开栏目发布信息4121条、"
    "重点领域公开栏目发布信息63条。",
    "2025年,县政府门户网站共发布信息8317条,其中政府信息公开专栏发布信息4121条。",
    "2025年县政府门户网站发布信息8317条,其中“政府信息公开”栏目发布信息4121条、“政务动态”栏目发布信息3057条。",
])
def test_b_a_sites_posts_with_its_columns_after_of_which_are_the_sites(said):
    assert some(PROACTIVE + said, "disclosure.", COUNTY) == {"disclosure.via_website": 8317}


def test_b_guard_a_sites_bare_posts_beside_a_column_said_apart_stay_unread():
    said = PROACTIVE + "2025年县政府门户网站发布信息8317条。在政府信息公开专栏发布信息4121条。"
    assert some(said, "disclosure.", COUNTY) == {}


def test_b_guard_a_bare_count_before_a_columns_part_is_no_sites():
    said = PROACTIVE + "全年发布信息8317条,其中法定政府信息公开栏目发布信息4121条。"
    assert some(said, "disclosure.", COUNTY) == {}


def test_b_guard_a_column_said_alone_stays_the_sites():
    said = PROACTIVE + "2025年,在县政府信息公开专栏发布信息178条。"
    assert some(said, "disclosure.", COUNTY) == {"disclosure.via_website": 178}


# ---------------------------------------------------------------- C. an indented year's line; 同意公开数N件

TOWN = "岚峰县某某镇人民政府2025年政府信息公开工作年度报告\n"
UNMARKED = "(二)依申请公开方面\n    做好依申请公开工作(依申请指南、渠道、制度规范)\n"


def test_c_an_indented_line_opening_with_a_year_starts_its_paragraph():
    said = UNMARKED + "    2025年度我镇收到申请公开信息要求7件,同意公开数5件。"
    got = some(said, "requests.", TOWN)
    assert got == {"requests.new": 7, "requests.granted": 5}


@pytest.mark.parametrize("wrap", ["\n", "\n    "])
def test_c_guard_a_sentence_wrapped_mid_word_still_runs_on(wrap):
    said = UNMARKED + "    2025年度我镇收到申请公开信息要求7件,同意" + wrap + "公开数5件。"
    assert some(said, "requests.", TOWN) == {"requests.new": 7, "requests.granted": 5}


@pytest.mark.parametrize("said, want", [
    ("2025年度我镇收到信息公开申请7件,同意公开数5件。", {"requests.new": 7, "requests.granted": 5}),
    ("2025年度我镇收到信息公开申请7件,不同意公开数2件。", {"requests.new": 7}),
])
def test_c_the_grant_said_as_a_tally(said, want):
    got = some(REQUESTS + said, "requests.", TOWN)
    assert {k: got[k] for k in got if k in ("requests.new", "requests.granted")} == want


def test_a_guard_the_districts_site_count_with_its_own_whole_is_read():
    said = PROACTIVE + "2025年,全区通过政府门户网站发布信息8317条。"
    assert some(said, "disclosure.") == {"disclosure.via_website": 8317}
