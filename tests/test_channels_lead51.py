"""A site's version in another language is a channel of its own (heldout51b: a banner's portal count, then its Mongolian
site's, then its new media's): the portal's count beside it is not the proactive total, and two sites' counts leave
the website's count unread (which is the body's own is not said). Invented sentences, distinct numbers."""
import pytest

import reportparse

HEAD = "某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"


def _disclosure(sentence: str) -> dict:
    got = reportparse.parse_text(HEAD + sentence + "\n", year=2024).values()
    return {k: v for k, v in got.items() if k.startswith("disclosure") and v is not None}


@pytest.mark.parametrize("other", ["蒙古文网站公开各类政府信息1354条", "英文网站发布信息135条", "藏文网站公开信息217条",
                                   "外文网站发布信息48条"])
def test_a_language_versions_count_beside_the_portals_leaves_no_total(other):
    assert _disclosure(f"2024年通过政府门户网站主动公开各类信息6306条;{other}。") == {}


def test_the_portals_count_alone_is_still_the_total_and_the_websites():
    assert _disclosure("2024年通过政府门户网站主动公开各类信息6306条。") == {
        "disclosure.total": 6306, "disclosure.via_website": 6306}


def test_a_language_version_listed_after_of_which_is_a_part():
    # (其中: a part of the count before it, not a channel beside it)
    assert _disclosure("2024年通过政府门户网站主动公开各类信息6306条,其中英文网站发布信息135条。") == {
        "disclosure.total": 6306, "disclosure.via_website": 6306}


def test_a_word_ending_in_wen_before_the_site_is_no_language():
    # 公文 is no language: the clause's subject is not a channel noun, and the portal's count stays the total
    assert _disclosure("2024年通过政府门户网站主动公开各类信息6306条。公文网站建设稳步推进。") == {
        "disclosure.total": 6306, "disclosure.via_website": 6306}


# ---------------------------------------------------------------- what went out "also" by other ways, counted after

def test_a_count_also_sent_by_other_ways_after_the_sites_leaves_no_total():
    # (heldout51b: a site's count, then 除在…网及时公开外,还通过…等媒体…发布信息N条: the site's is one channel's, the whole
    # is not said; the media named are sites too, so neither is the website's count)
    got = _disclosure("2024年度共在某县政府信息公开网上发布各类主动公开信息26条。除在某县政府信息公开网及时公开外,"
                      "还通过省审计厅、市审计局、县审计局、中国文明网、省文明网及县文明网等媒体主动向社会发布信息60条。")
    assert "disclosure.total" not in got


def test_a_sentence_after_that_counts_nothing_leaves_the_total():
    assert _disclosure("2024年度共在某县政府信息公开网上发布各类主动公开信息26条。同时通过培训提升公开质量。") == {
        "disclosure.total": 26, "disclosure.via_website": 26}


def test_a_part_after_of_which_said_with_also_is_still_a_part():
    got = _disclosure("2024年通过政府门户网站主动公开各类信息6306条,其中还通过政务微博同步发布信息135条。")
    assert got.get("disclosure.total") == 6306
