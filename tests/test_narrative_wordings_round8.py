"""Sentence and opening classes real sites write (round eight of the hunt: Zhejiang, Jiangsu, Beijing, Tianjin,
Shanghai and Shenzhen streets, Guangzhou bureaus, Chongqing towns, 2010–2025): one test per class, on invented
sentences with invented numbers. Each class was seen on real report pages; the wording here is our own.
Tests named *guard* hold a near miss that must stay unread (or read as before): they pass on the start tree."""
import pytest

import reportparse
from reportparse.extract.narrative import narrative_figures


def figures(text: str, year=None, title=None) -> dict:
    """Each key's first figure, as the report takes it (narrative.first_by_key)."""
    out = {}
    for f in narrative_figures(text, year=year, title=title):
        out.setdefault(f.key, f.value)
    return out


# ---- proactive disclosure: a key area's part is no total; channels closed by 等 are all of them (wrong: 485) ----

def test_a_key_area_part_is_no_proactive_total():
    text = ("二、主动公开情况\n（一）主动公开总体情况\n2016年，通过政府网站、政务微博、政务微信等渠道公开政府信息"
            "4127条；回应公众关注热点6次。\n（三）要点落实情况\n全年主动公开重点领域政府信息563条。")
    assert figures(text, year=2016)["disclosure.total"] == 4127
    assert "disclosure.total" not in figures("二、主动公开情况\n全年主动公开重点领域政府信息563条。")


@pytest.mark.parametrize("sentence, n", [
    ("全年主动公开各领域政府信息1385条。", 1385),          # every area: the whole
    ("全年主动公开政府信息1385条。", 1385),
])
def test_guard_every_area_or_no_area_is_still_the_total(sentence, n):
    assert figures("二、主动公开情况\n" + sentence)["disclosure.total"] == n


@pytest.mark.parametrize("sentence", [
    "2016年，通过政府网站公开政府信息4127条。",               # one channel: its own count
    "通过政府网站等渠道发布工作动态信息318条。",              # a kind of information, not all of it
    "通过网站、微博等渠道回应关切17条。",
])
def test_guard_one_channel_or_a_kind_is_no_total(sentence):
    assert "disclosure.total" not in figures("二、主动公开情况\n" + sentence)


def test_the_proactive_count_said_as_its_number_with_de_and_gong():
    assert figures("二、主动公开政府信息情况\n（一）主动公开政府信息的数量共213条。")["disclosure.total"] == 213


# ---- a 累计 that the sentence goes on to split into the year's new ones is a running total (wrong: 386) ----

def test_a_running_total_then_the_years_new_ones():
    text = ("一、总体情况\n（一）主动公开\n2020年累计主动公开政府信息386条，全文电子化率达100%，其中，"
            "本年度新增的主动公开政府信息41条。")
    assert figures(text, year=2020)["disclosure.total"] == 41
    assert "disclosure.total" not in figures("（一）主动公开\n累计公开信息9213条（2020年新增457条）。", year=2020)


def test_guard_the_years_own_accumulation_alone_is_still_the_year():
    assert figures("（一）主动公开\n2020年累计主动公开政府信息386条。", year=2020)["disclosure.total"] == 386


# ---- a 街道's report names its office in full (街道办事处) -------------------------------------------------

def test_a_street_names_its_office_in_full():
    title = "上海市岚峰区青禾路街道 2020年度政府信息公开工作年度报告"
    got = figures("（一）主动公开情况\n2020年，青禾路街道办事处主动公开政府信息46条。\n（二）依申请公开情况\n"
                  "2020年，青禾路街道办事处共受理政府信息公开申请7件。", year=2020, title=title)
    assert (got["disclosure.total"], got["requests.new"]) == (46, 7)


def test_guard_another_streets_office_is_a_part():
    title = "上海市岚峰区青禾路街道 2020年度政府信息公开工作年度报告"
    got = figures("（一）主动公开情况\n2020年，白沙路街道办事处主动公开政府信息46条。", year=2020, title=title)
    assert "disclosure.total" not in got
