"""Wordings and layouts of real reports the library missed (hunt52), each a class with a guard that a near case is
not read. Texts and figures are invented.

- one website's count said with the verb naming the items as proactive ones (通过某某门户网站发布主动公开信息2130条,
  公布主动公开的政府信息86条): that website's count, beside another medium's count too; never a count of something
  else put out as proactive (发布主动公开目录15条), nor the proactive total where a medium's count stands beside it;
- a breadcrumb between a site's header and the page's title: the header and the title are not one title wrapped over
  two lines (a header above the title with no breadcrumb between still is its first half);
- a page stored from 一、总体情况 on whose template subsections are headed by a verb of doing the work well before the
  part ((一)稳步推进主动公开 … (三)积极抓好政府信息管理 (四)扎实做好平台建设): a report; never one that calls itself
  a work summary, nor one with a single part in place;
- a medium's count with its quoted name and the year between them (我局微信公众号“某某”，2022年公开发布信息共150条):
  another medium's count, so the website's count beside it is no proactive total; a site's count said with 已
  (在我局网站已主动公开发布信息2006条) is that site's.
"""
from __future__ import annotations

import pytest

import reportparse

_HEAD = "青禾县行政公署办公室2025年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n"


def _values(text):
    return {i.key: i.value for i in reportparse.parse_text(text).indicators
            if i.applicant in (None, "total") and i.period == "year" and not i.derived}


# ---- a website's count with 发布/公布 主动公开 before the noun -------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("2025年，通过县行署门户网站发布主动公开信息2137条。通过“青禾发布”微信公众号累计发布信息218条。", 2137),
    ("2025年，通过县政府网站公布主动公开的政府信息86条，通过微信公众号发布信息43条。", 86),
    ("2025年，在县政府门户网站发布主动公开政府信息419条，政务微博发布信息57条。", 419),
])
def test_a_sites_count_said_as_proactive_items_beside_a_medium(sentence, n):
    v = _values(_HEAD + sentence + "\n")
    assert v["disclosure.via_website"] == n
    assert "disclosure.total" not in v          # a medium's count stands beside it: no total said


def test_a_sites_count_said_as_proactive_items_alone_is_the_total_too():
    v = _values(_HEAD + "2025年，通过县行署门户网站发布主动公开信息2137条。\n")
    assert v["disclosure.via_website"] == 2137
    assert v["disclosure.total"] == 2137


@pytest.mark.parametrize("sentence", [
    "2025年，通过县政府网站发布主动公开目录15条，通过微信公众号发布信息43条。",
    "2025年，通过县政府网站发布主动公开指南3份，通过微信公众号发布信息43条。",
])
def test_something_else_put_out_as_proactive_is_no_sites_count(sentence):
    assert "disclosure.via_website" not in _values(_HEAD + sentence + "\n")


# ---- a breadcrumb between a site's header and the title ----------------------------------------------------------

_BODY = ("\n为保障公民、法人和其它组织的知情权，根据《中华人民共和国政府信息公开条例》，编制本报告。\n"
         "一、政府信息主动公开工作情况\n2014年，主动公开政府信息61条。\n")


@pytest.mark.parametrize("crumb", [
    "您现在所在的位置: 网站首页 > 政府信息公开 > 青禾经开区管委会 > 政府信息公开年报",
    "当前位置：首页 > 信息公开 > 年度报告",
    "> 政府信息公开 > 政府信息公开年报",
])
def test_a_header_above_a_breadcrumb_is_no_half_of_the_title(crumb):
    text = "青禾经开区管委会\n" + crumb + "\n2014年青禾经济开发区管委会政府信息公开报告\n发布时间:2015-02-12" + _BODY
    r = reportparse.parse_text(text)
    assert r.title == "2014年青禾经济开发区管委会政府信息公开报告"
    assert r.year == 2014
    assert _values(text)["disclosure.total"] == 61


def test_an_issuer_line_right_above_its_years_title_is_still_joined():
    text = "青禾经济开发区管委会\n2014年政府信息公开工作年度报告\n发布时间:2015-02-12" + _BODY
    assert reportparse.parse_text(text).title == "青禾经济开发区管委会2014年政府信息公开工作年度报告"


# ---- template subsections headed by a verb of doing the work ---------------------------------------------------------

_OVERVIEW = ("一、总体情况\n2022年我局高度重视政府信息公开工作，现将有关情况报告如下：\n"
             "（一）稳步推进主动公开。2022年，在我局网站主动公开发布信息1207条。\n"
             "（二）依申请公开情况。2022年，我局收到政府信息公开申请13件。\n"
             "（三）积极抓好政府信息管理。严格执行三审三校制度。\n"
             "（四）扎实做好平台建设。优化网站栏目设置。\n")


def test_template_parts_headed_by_a_verb_make_a_report():
    r = reportparse.parse_text(_OVERVIEW)
    assert r.year == 2022
    v = {i.key: i.value for i in r.indicators if i.applicant in (None, "total") and not i.derived}
    assert v["disclosure.via_website"] == 1207
    assert v["requests.new"] == 13


@pytest.mark.parametrize("text", [
    _OVERVIEW.replace("现将有关情况报告如下", "现将2022年度政府信息公开工作总结如下"),
    _OVERVIEW.replace("（三）积极抓好政府信息管理", "（三）其他工作").replace("（四）扎实做好平台建设", "（四）下一步打算")
             .replace("（一）稳步推进主动公开", "（一）稳步推进各项工作"),
])
def test_a_summary_or_one_part_in_place_is_no_report(text):
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(text)


# ---- a medium's quoted name and the year before its count; 已 before a site's verb --------------------------------

_SITE = "2022年，在我局网站已主动公开发布信息2006条，其中：政务动态信息更新量1939条，其他67条。"


def test_a_medium_named_and_dated_before_its_count_stands_beside_the_site():
    v = _values(_HEAD.replace("2025", "2022") + _SITE + "此外，我局微信公众号“青禾自然资源”，2022年公开发布信息共153条。\n")
    assert v["disclosure.via_website"] == 2006
    assert "disclosure.total" not in v


def test_a_site_count_with_no_medium_beside_it_is_the_total_too():
    v = _values(_HEAD.replace("2025", "2022") + _SITE + "\n")
    assert v["disclosure.via_website"] == 2006
    assert v["disclosure.total"] == 2006
