"""Wordings a held-out set's reports (heldout60c, hunt60) were read short or wrong on (leads61), each a class with a guard
that a near case is not read. Texts and figures are invented.

- precision: a count of what the issuer's parts put out on their own websites (通过所属部门网站…, 在各乡镇网站…) is
  neither the issuer's website count nor its proactive total; the issuer's own site by its kind (本部门网站) still is;
- a government named with its office in brackets (区政府(含区政府办公室)收到…申请N件) in that government's or its office's
  report: the issuer's own count, the sentence's other figures kept; never in another body's report;
- the website said as 官网 (官方网站) as the clause's subject after the year (2023年,市某局官网公开…N条): the site's count; the
  website and one medium as the subject with their sum (局门户网站及政务新媒体平台合计发布各类信息N条, in an enumerated item
  too): the total, the bureau's site's share after 其中 (其中:局门户网站A条,微信公众号B条) the site's; never the parts' sites,
  another government's, visits, nor a kind's count;
- requests printed with last year's carried-over ones inside (收到…申请N件(含上年度结转M件)): the carried-over M, the new
  ones unread (printed nowhere: never derived by subtraction); another 含 note (含重复申请事项) keeps the count new;
- the 无法提供 group said by two or more of its reasons' labels joined (本机关不掌握…或没有现成信息及申请内容不明确无法提供的N件):
  requests.unable; one reason alone is not the group;
- 其他处理N件 in a 2021-era prose report: requests.other, the group's printed total (as a 2021 table's (六) row reads);
- a count up to the last day of the year (截止2023年12月31日,…共783件) where the text declares its statistics period as that
  year (统计时限为2023年1月1日至12月31日): the year's; never without that period or with another year's, nor a 累计
  running total, nor a stock (粉丝人数达到…);
- a text without a title whose statistics period names the year before the one its sentence naming the report and its
  overview both say (现将2022年度…报告如下; 一、总体情况 2022年,…; 统计期限自2021年1月1日…): the majority's year, and its
  2022年… sentences read; never where only one of them says the later year;
- a zone's long name before its site (通过中国(某省)自由贸易试验区某片区官网更新…N条): the site's count; never a zone's
  name without a site after it.
"""
from __future__ import annotations

import pytest

import reportparse
from values_read import values_read as _values

_HEAD = "岚峰县青禾镇2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
_REQUESTS = "\n（二）依申请公开情况\n2023年共收到政府信息公开申请3件。\n"


def _report(title: str, requests: str) -> str:
    """A report under `title` whose requests section says `requests`."""
    return (title + "\n一、总体情况\n（一）主动公开情况\n2023年，通过区政府网站公开信息1432条，通过政务微博发布信息57条。\n"
            "（二）依申请公开情况\n" + requests + "\n（三）政府信息管理\n加强审核。\n")


# ---- precision: the parts' websites -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2023年，通过所属部门网站公开信息236条。",
    "2023年，在所属部门网站公开信息236条。",
    "2023年，通过各部门网站公开信息236条。",
    "2023年，通过下属单位网站公开信息236条。",
    "2023年，通过相关部门网站公开信息236条。",
    "2023年，所属部门网站公开信息236条。",
])
def test_the_parts_websites_count_is_neither_the_site_nor_the_total(sentence):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert "disclosure.via_website" not in v and "disclosure.total" not in v
    assert v["requests.new"] == 3


@pytest.mark.parametrize("sentence", [
    "2023年，通过部门网站公开信息236条。",
    "2023年，通过本部门网站公开信息236条。",
    "2023年，通过县政府网站公开信息236条。",
])
def test_the_issuers_own_site_alone_is_still_read(sentence):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.via_website"] == 236 and v["disclosure.total"] == 236


# ---- the government with its office in brackets -------------------------------------------------------------------

@pytest.mark.parametrize("title", ["岚峰区人民政府办公室2023年政府信息公开工作年度报告",
                                   "岚峰区人民政府办公室 2023年政府信息公开工作年度报告",
                                   "岚峰区人民政府2023年政府信息公开工作年度报告"])
def test_the_government_with_its_office_in_brackets_is_the_issuer(title):
    v = _values(_report(title, "2023年区政府(含区政府办公室)收到政府信息公开申请34件，现已办结31件，"
                               "全年因政府信息公开产生行政复议案件6件和行政诉讼案件2件，其中行政复议结果维持5件，尚未审结1件。"))
    assert (v["requests.new"], v["requests.answered"]) == (34, 31)
    assert (v["review.total"], v["review.upheld"], v["review.pending"]) == (6, 5, 1)


@pytest.mark.parametrize("title, sentence", [
    ("岚峰区发展和改革委员会2023年政府信息公开工作年度报告", "2023年区政府(含区政府办公室)收到政府信息公开申请34件，现已办结31件。"),
    ("岚峰区人民政府办公室2023年政府信息公开工作年度报告", "2023年区政府收到政府信息公开申请34件，现已办结31件。"),
    ("岚峰区人民政府办公室2023年政府信息公开工作年度报告", "2023年县政府(含县政府办公室)收到政府信息公开申请34件，现已办结31件。"),
])
def test_no_government_of_another_body_or_level(title, sentence):
    v = _values(_report(title, sentence))
    assert "requests.new" not in v and "requests.answered" not in v


# ---- the website as 官网; the site and a medium summed -------------------------------------------------------------

_BUREAU = "岚峰市数据资源管理局2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"


@pytest.mark.parametrize("sentence", [
    "2023年，市数据资源局官网公开各类政府信息127条，其中，“政策解读”3条，“部门文件”4条。",
    "2023年，我局官网公开政府信息127条。",
    "2023年，局官网公开政府信息127条。",
    "2023年，官网公开政府信息127条。",
])
def test_the_official_site_after_the_year_is_the_sites_count(sentence):
    assert _values(_BUREAU + sentence + _REQUESTS)["disclosure.via_website"] == 127


@pytest.mark.parametrize("sentence", [
    "2023年，局官网访问量12万次，公开政府信息127条。",
    "2023年，各部门官网公开政府信息127条。",
])
def test_no_official_site_count_of_visits_or_the_parts(sentence):
    assert "disclosure.via_website" not in _values(_BUREAU + sentence + _REQUESTS)


@pytest.mark.parametrize("sentence, total, site", [
    ("二是加强信息发布，局门户网站及政务新媒体平台合计发布各类信息2578条，其中：局门户网站361条，微信公众号335条，微博1882条。",
     2578, 361),
    ("2023年，局门户网站及政务新媒体平台合计发布各类信息2578条，其中：局门户网站361条，微信公众号335条，微博1882条。",
     2578, 361),
    ("2023年，门户网站和微信公众号共发布信息1946条。", 1946, None),
    ("2023年，局门户网站及政务新媒体平台合计发布各类信息1946条。", 1946, None),
])
def test_the_site_and_a_medium_summed_as_the_subject_is_the_total(sentence, total, site):
    v = _values(_BUREAU + sentence + _REQUESTS)
    assert v["disclosure.total"] == total and v.get("disclosure.via_website") == site


@pytest.mark.parametrize("sentence", [
    "2023年，各部门网站及政务新媒体平台合计发布各类信息2578条。",
    "2023年，省政府网站及政务新媒体平台合计发布各类信息2578条。",
    "2023年，局门户网站及政务新媒体平台访问量合计2578条。",
    "一是规划信息，局门户网站及微信公众号合计发布规划信息28条；二是政策文件，局门户网站发布文件13件。",
])
def test_no_summed_total_of_the_parts_another_government_visits_or_a_kind(sentence):
    assert "disclosure.total" not in _values(_BUREAU + sentence + _REQUESTS)


# ---- requests: last year's inside the count; the 无法提供 group by its reasons; 其他处理 --------------------------------

def _requests(sentence: str) -> dict:
    return _values(_report("岚峰县青禾镇2023年政府信息公开工作年度报告", sentence))


@pytest.mark.parametrize("sentence, carried", [
    ("2023年共收到政府信息公开申请41件(含上年度结转3件)。", 3),
    ("全年共收到政府信息公开申请47件（含上年结转5件），办结39件。", 5),
    ("2023年，区政府办公室共收到政府信息公开申请41件(含上年度结转3件)。", 3),
    ("2023年收到依申请公开26件(含去年结转4件)。", 4),
])
def test_last_years_inside_the_count_leaves_the_new_ones_unread(sentence, carried):
    # the project never derives a count by subtraction (test_narrative_carried_leads53): the new ones are printed nowhere
    v = _values(_report("岚峰区人民政府办公室2023年政府信息公开工作年度报告", sentence))
    assert "requests.new" not in v and v["requests.carried_over"] == carried


@pytest.mark.parametrize("sentence, new", [
    ("2023年共收到政府信息公开申请41件(含重复申请事项)，办结39件。", 41),
    ("2023年共收到政府信息公开申请41件(含县自然资源局3件)。", 41),
    ("2023年共收到政府信息公开申请41件，其中上年度结转3件。", None),
    ("2023年，区教育局共收到政府信息公开申请41件(含上年度结转3件)。", None),       # a part's
])
def test_no_new_ones_derived_from_another_note(sentence, new):
    assert _requests(sentence).get("requests.new") == new


@pytest.mark.parametrize("reasons", [
    "本机关不掌握相关政府信息或没有现成信息及申请内容不明确无法提供的33件",
    "本机关不掌握相关政府信息或需另行制作无法提供的33件",
    "本機關不掌握相關政府信息或沒有現成信息及申請內容不明確無法提供的33件",
])
def test_the_unable_group_by_its_reasons_joined(reasons):
    v = _requests("2023年共收到政府信息公开申请45件，予以公开7件，" + reasons + "。")
    assert v["requests.unable"] == 33 and v["requests.granted"] == 7


def test_one_reason_alone_is_not_the_unable_group():
    assert "requests.unable" not in _requests("2023年共收到政府信息公开申请45件，予以公开7件，本机关不掌握相关政府信息无法提供的33件。")


def test_other_handling_in_a_2021_era_prose_report():
    v = _requests("2023年共收到政府信息公开申请16件，予以公开2件，部分公开3件，本机关不掌握相关信息9件，其他处理2件。")
    assert (v["requests.other"], v["requests.unable.not_held"], v["requests.partially_granted"]) == (2, 9, 3)


# ---- 截止 the year's end under a declared statistics period -------------------------------------------------------------

def _declared(period: str, sentence: str) -> dict:
    return _values("岚峰县青禾镇2023年政府信息公开工作年度报告\n" + period + "\n一、总体情况\n（一）主动公开情况\n" + sentence
                   + "\n（二）依申请公开情况\n2023年共收到政府信息公开申请3件。\n")


@pytest.mark.parametrize("period", ["本年报中所列数据的统计时限为2023年1月1日至12月31日。",
                                    "本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。"])
@pytest.mark.parametrize("sentence", ["截止2023年12月31日，我镇在政府信息公开专栏主动公开文件共783件。",
                                      "截至2023年12月31日，我镇共主动公开文件783件。"])
def test_up_to_the_declared_years_end_is_the_years_count(period, sentence):
    assert _declared(period, sentence)["disclosure.total"] == 783


@pytest.mark.parametrize("period, sentence", [
    ("", "截止2023年12月31日，我镇在政府信息公开专栏主动公开文件共783件。"),
    ("本年报中所列数据的统计时限为2022年1月1日至12月31日。", "截止2023年12月31日，我镇在政府信息公开专栏主动公开文件共783件。"),
    ("本年报中所列数据的统计时限为2023年1月1日至12月31日。", "截止2023年12月31日，我镇累计主动公开政府信息783条。"),
    ("本年报中所列数据的统计时限为2023年1月1日至12月31日。", "截止2023年6月30日，我镇在政府信息公开专栏主动公开文件共783件。"),
])
def test_no_years_count_without_the_period_or_over_years(period, sentence):
    assert "disclosure.total" not in _declared(period, sentence)


# ---- the year against a misprinted statistics period -----------------------------------------------------------------

def _untitled(opening_year: int, overview_year: int):
    return reportparse.parse_text(
        f"根据《中华人民共和国政府信息公开条例》规定，现将{opening_year}年度政府信息公开工作报告如下。"
        "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
        f"一、总体情况\n{overview_year}年，岚峰州交通运输局高度重视政府信息公开工作。\n"
        f"（一）主动公开方面。{overview_year}年，岚峰州交通运输局主动公开政府信息917条。\n"
        f"（二）依申请公开方面。{overview_year}年，岚峰州交通运输局共收到政府信息公开申请4件。\n")


def test_the_year_the_report_and_its_overview_say_outvotes_the_period():
    r = _untitled(2022, 2022)
    assert r.year == 2022
    assert r.value("disclosure.total") == 917 and r.value("requests.new") == 4


@pytest.mark.parametrize("opening_year, overview_year", [(2022, 2021), (2021, 2022), (2023, 2023)])
def test_the_period_stands_unless_both_say_the_next_year(opening_year, overview_year):
    assert _untitled(opening_year, overview_year).year == 2021


# ---- a zone's long name before its site ----------------------------------------------------------------------------

_ZONE = "岚峰自由贸易试验区管理委员会2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"


@pytest.mark.parametrize("sentence", [
    "2023年，通过中国(岚省)自由贸易试验区青禾片区官网更新各类政府信息446条，借助新闻媒体发布稿件35篇。",
    "2023年，通过中国(岚省)自由贸易试验区青禾片区官网更新各类政府信息446条。",
    "2023年，通过岚峰高新技术产业开发区门户网站公开信息446条，通过政务微博发布信息57条。",
])
def test_a_zones_long_name_before_its_site(sentence):
    assert _values(_ZONE + sentence + _REQUESTS)["disclosure.via_website"] == 446


def test_a_zones_name_without_a_site_is_no_site_count():
    v = _values(_ZONE + "2023年，通过中国(岚省)自由贸易试验区青禾片区公众号发布信息446条，门户网站发布信息61条，共计507条。" + _REQUESTS)
    assert v.get("disclosure.via_website") != 446
