"""Wordings stop 65's END set (heldout65c) and its other sets left (leads66), each a class with guards that a near case
is not read, or keeps its old reading. Texts and figures are invented.

- A: a website's count said in its named columns (在“某某之窗”部门网站“通知公告”、“人事信息”栏目对外公开发布政府信息N条):
  the site's posts (disclosure.via_website), never the total; the brand name and its kind word (部门网站) name one site;
  主动公开 said of the site keeps the total, and a count given out 对外 without a column stays the total.
- B: table 二(一)'s three columns said in prose after the noun (本年度行政规范性文件发布0条,废止数量0条,现行有效数量0条), and
  none issued said with 发布 first in a list with 废止 (2022年度未发布、废止行政规范性文件); 发布 alone stays unread.
- C: a crawler's header row naming the title field in brackets ([ 名 称 ] | X关于2016年政府信息公开工作的报告 |): the title,
  so a report addressed to a higher office is read; a bracketed 名称 naming another report stays refused. Requests said to
  come from a way (共受理来自网络信息公开申请8条): the year's requests and that way's.
- D: a proactive count whose unit the page lost, its parts' too, 其中 right after it (主动公开信息38其中,发布…信息30发布…信息8):
  read only where the parts close the paragraph and add up to it.
- E: metadata: a national new area over parts of one city's districts (长春新区管委会, 湖南湘江新区): that city; a district's
  report that names the new area keeps its district.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from values_read import values_read as _values

_HEAD = "岚峰县某某局2021年政府信息公开工作年度报告\n一、总体情况\n"


def _disclosure(text: str, head: str = _HEAD) -> dict:
    v = _values(head + text + "\n二、收到和处理政府信息公开申请情况\n")
    return {k: x for k, x in v.items() if k.startswith("disclosure.")}


# ---- A: a site's named columns ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, site", [
    ("全年在“岚峰之窗”部门网站“通知公告”、“人事信息”栏目对外公开发布政府信息7条。", 7),
    ("全年在“岚峰之窗”网站“工作动态”栏目对外公开发布政府信息23条。", 23),
    ("全年在“岚峰之窗”部门网站“通知公告”栏目共发布政府信息12条。", 12),
    ("2021年在部门网站“通知公告”栏目对外公开发布政府信息16条。", 16),
    ("全年通过“岚峰之窗”门户网站“财政预决算”专栏向社会公开发布信息9条。", 9),
])
def test_a_count_in_the_sites_named_columns_is_the_sites(sentence, site):
    assert _disclosure(sentence) == {"disclosure.via_website": site}


@pytest.mark.parametrize("sentence, total", [
    # guards: 主动公开 said of the site (its only count) is the total and the site's; 对外 with no column stays the total
    ("全年在“岚峰之窗”部门网站主动公开政府信息245条。", 245),
    ("全年在“岚峰之窗”部门网站“通知公告”栏目主动公开政府信息31条。", 31),
    ("全年在部门网站对外公开发布政府信息38条。", 38),
    ("全年在“岚峰之窗”部门网站“通知公告”栏目向社会公开政府信息44条。", 44),      # 公开 alone: the disclosure's verb
])
def test_a_sites_proactive_count_keeps_the_total(sentence, total):
    assert _disclosure(sentence)["disclosure.total"] == total


def test_a_count_given_out_with_no_site_stays_the_total():
    assert _disclosure("全年对外公开发布政府信息16条。") == {"disclosure.total": 16}


# ---- B: normative documents' columns in prose ---------------------------------------------------------------------

_DOCS = "岚峰县某某局2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n"

_NORMATIVE = ("disclosure.normative_docs.issued", "disclosure.normative_docs.repealed", "disclosure.normative_docs.in_force")


def _normative(text: str) -> tuple:
    v = _disclosure(text, _DOCS)
    return tuple(v.get(k) for k in _NORMATIVE)


@pytest.mark.parametrize("sentence, want", [
    ("本年度行政规范性文件发布0条,废止数量0条,现行有效数量0条。", (0, 0, 0)),
    ("本年度规范性文件发布数量为4件,废止数量为1件,现行有效数量为22件。", (4, 1, 22)),
    ("2023年,行政规范性文件制发3件,废止2件,现行有效14件。", (3, 2, 14)),
    ("2023年度未发布、废止行政规范性文件。", (0, 0, None)),
])
def test_normative_columns_said_in_prose(sentence, want):
    assert _normative(sentence) == want


@pytest.mark.parametrize("sentence", [
    # guards: 发布 alone may count what went out on a site; no year's word: the period is not said; another year's
    "本年度行政规范性文件发布5条。",
    "2023年度未发布行政规范性文件。",
    "行政规范性文件发布6条,废止数量2条,现行有效数量9条。",
    "2022年,行政规范性文件制发3件,废止2件,现行有效14件。",
])
def test_normative_columns_guard(sentence):
    assert _normative(sentence) == (None, None, None)


# ---- C: a bracketed title field; requests from a way ---------------------------------------------------------------

_ROWS = ("[索引号] | 11610000AB1234567C/2017-00042 | [ 主题分类 ] | |\n---|---|---|---|\n"
         "[ 发布机构 ] | 岚峰县某某管理委员会 | [ 发文日期 ] | 2017-02-14 |\n[ 名 称 ] | {title} |\n")
_BODY = ("县政府办公室:\n2016年我委认真落实政务公开各项要求。现将有关情况报告如下:\n一、政府信息公开工作基本情况\n"
         "我委将政务信息公开工作落实专人负责。\n二、主动公开信息情况\n本年度主动公开政府信息共计143条。\n"
         "三、依申请公开信息情况\n2016年我委共受理来自网络信息公开申请6条,已全部答复。\n")


def test_a_bracketed_title_field_names_the_report():
    text = _ROWS.format(title="岚峰县某某管委会综合办公室关于2016年政府信息公开工作的报告") + _BODY
    report = reportparse.parse_text(text).to_dict()
    got = {v["key"]: v["value"] for v in report["indicators"]}
    assert report["title"] == "岚峰县某某管委会综合办公室关于2016年政府信息公开工作的报告"
    assert (got["disclosure.total"], got["requests.new"], got["requests.by_channel.online"]) == (143, 6, 6)


def test_a_bracketed_title_field_naming_another_report_is_refused():
    text = _ROWS.format(title="岚峰县某某管委会关于2016年政府网站普查整改情况的报告") + _BODY
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


@pytest.mark.parametrize("sentence, want", [
    ("2016年我委共受理来自网络信息公开申请6条,已全部答复。", (6, 6)),
    ("2016年我委共受理来自网上的政府信息公开申请7件。", (7, 7)),
    # guards: a review from the web is no request; the web's share after 其中 is no year's whole
    ("2016年我委共受理来自网络行政复议申请2件。", (None, None)),
    ("2016年我委共收到信息公开申请9件,其中来自网络信息公开申请4件。", (9, None)),
])
def test_requests_said_to_come_from_a_way(sentence, want):
    v = _values("岚峰县某某局2016年政府信息公开工作年度报告\n三、依申请公开信息情况\n" + sentence + "\n")
    assert (v.get("requests.new"), v.get("requests.by_channel.online")) == want


# ---- D: units lost before 其中 and in its parts --------------------------------------------------------------------

_PROACTIVE = "岚峰县某某中心2023年政府信息公开工作年度报告\n一、总体情况\n"


@pytest.mark.parametrize("paragraph, total", [
    ("(一)主动公开。中心通过各类平台主动公开信息47其中,发布“岚峰开放日”等活动相关信息35发布普法清单、部门预算等信息12", 47),
    ("(一)主动公开。全年主动公开政府信息29其中,工作动态17,通知公告12", 29),
    # guards: parts that do not add up, or a list that goes on past the paragraph's figures, settle nothing
    ("(一)主动公开。中心通过各类平台主动公开信息47其中,发布活动相关信息35发布普法清单等信息11", None),
    ("(一)主动公开。全年主动公开政府信息29其中,工作动态17,通知公告12。另有转载信息5", None),
])
def test_a_count_with_its_units_lost_is_read_where_its_parts_add_up(paragraph, total):
    assert _disclosure(paragraph, _PROACTIVE).get("disclosure.total") == total


# ---- E: a national new area is its city ---------------------------------------------------------------------------

def _region(text: str) -> str:
    return reportparse.parse_text(text).to_dict()["issuer"]["region"]["code"]


@pytest.mark.parametrize("title, code", [
    ("2025年度长春新区管委会政府信息公开工作年度报告", "220100"),
    ("2024年度湖南湘江新区管理委员会政府信息公开工作年度报告", "430100"),
    ("哈尔滨新区管理委员会2023年政府信息公开工作年度报告", "230100"),
    # guard: a district's report naming the new area in its body keeps its district
    ("长春市朝阳区2025年政府信息公开工作年度报告", "220104"),
])
def test_a_national_new_area_is_its_city(title, code):
    body = "\n一、总体情况\n本年度，配合长春新区做好相关工作，主动公开政府信息120条。\n"
    assert _region(title + body) == code
