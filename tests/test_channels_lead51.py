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
