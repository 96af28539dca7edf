"""A medium's count said with another way-verb than 通过 (依托“某某”公众号…, 利用微信公众号…) is that medium's, never the
proactive total, where another channel's count stands beside it (heldout59c: a WeChat account's count after the
website's had been read as the total: a part read as the whole). The verbs have one owner,
narrative_channels.WAY_VERBS. Invented text, distinct figures."""
from __future__ import annotations

import pytest

from reportparse.extract.narrative import narrative_figures

_SITE = "一、总体情况\n（一）主动公开情况。本年度某某镇人民政府通过政府网站公开43条，其中2条权责清单、41条工作信息。"


def _read(sentence: str) -> dict:
    return {(f.key, f.applicant): f.value for f in narrative_figures(_SITE + sentence + "\n")}


@pytest.mark.parametrize("sentence", [
    "依托“青禾之声”公众号公开发布各类宣传信息、政务信息、政策解读等共计268条。",
    "利用微信公众号发布各类宣传信息、政务信息等共计268条。",
    "运用“岚峰发布”微信公众号推送工作动态、政策解读等共268条。",
])
def test_a_mediums_count_after_a_way_verb_is_no_total(sentence):
    read = _read(sentence)
    assert read.get(("disclosure.via_website", None)) == 43
    assert ("disclosure.total", None) not in read


@pytest.mark.parametrize("sentence, total", [
    ("本年度依托县政府门户网站主动公开政府信息517条。", 517),            # the site alone: its count is the year's
    ("本年度利用政府网站公开规划、财政、人事等信息共计391条。", 391),
])
def test_a_website_alone_after_a_way_verb_is_read_as_before(sentence, total):
    read = {(f.key, f.applicant): f.value for f in narrative_figures("一、总体情况\n（一）主动公开情况。" + sentence + "\n")}
    assert read[("disclosure.total", None)] == total


# ---- a count whose own clause names the body as its subject is the whole's (merge of leads59: hunt54's page) ----------
# leads59 made a channel opening its sentence as the subject the channel of a later count (…栏目公开内容主要为…,本年度共主动
# 公开信息7条); a site named as an object of the body's own verb (我局调整优化了…门户网站维护栏目,…) is no such subject where
# the count's clause says the body itself counted (2024年我局主动公开信息共359条)
def test_the_bodys_own_count_after_a_clause_about_its_site_is_the_total():
    text = ("一、总体情况\n（一）主动公开。我局调整优化了州政府门户网站维护栏目，主动公开机构简介、政策法规等栏目，"
            "2024年我局主动公开信息共359条，通过政府门户网站发布信息87条、通过微信公众号发布信息251条、其他方式公开21条。\n")
    read = {(f.key, f.applicant): f.value for f in narrative_figures(text)}
    assert read[("disclosure.total", None)] == 359


def test_a_columns_count_after_the_column_as_subject_stays_the_columns():
    text = ("一、总体情况\n（一）主动公开。通过门户网站栏目和公众号两大平台公开信息，其中信息公开栏目公开内容主要为人事任免等，"
            "本年度共主动公开信息7条，公众号推送动态信息96条。\n")
    assert ("disclosure.total", None) not in {(f.key, f.applicant): f.value for f in narrative_figures(text)}
