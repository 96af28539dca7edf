"""Wordings met on hunt37b's real pages, each read as a class (texts, places and numbers invented):

- the proactive total with a street's or town's own kind word as the bare subject, no 主动 (全年街道公开政府信息43条,
  2023年,镇政府发布政府信息58条): read where the word is the issuer, skipped where it names a part;
- a listed subject set before the verb by 对/将/把, its whole said by 共 (…,对人事变动、财政资金信息等共公开发布197条);
- a request fee said to be a bare 0, no unit (依申请公开收费为0, 信息处理费为0); never 行政事业性收费, an item count
  (收费为0项) or what was waived (减免收费为0);
- a title-less report naming its issuer as 由X编制,全文包括… (the opening of Shanghai's reports).
"""
from __future__ import annotations

import pytest

import reportparse

STREET = "岚峰区青禾街道办事处2025年政府信息公开工作年度报告\n"
TOWN = "松溪县云栖镇2025年政府信息公开工作年度报告\n"
BUREAU = "松溪县卫生健康局2025年政府信息公开工作年度报告\n"
COUNTY = "松溪县人民政府2025年政府信息公开工作年度报告\n"
LEGACY = "松溪县统计局2015年政府信息公开工作年度报告\n"
PROACTIVE = "一、总体情况\n(一)主动公开情况\n"
REQUESTS = "一、总体情况\n(二)依申请公开情况\n"


def _values(text: str) -> dict:
    report = reportparse.parse_text(text)
    return {(i.key, getattr(i, "applicant", None)): i.value for i in report.indicators if not i.derived}


@pytest.mark.parametrize("head, sentence, n", [
    (STREET, "全年街道公开政府信息43条,其中主动公开公文信息2条。", 43),
    (STREET, "2025年,街道发布政府信息71条。", 71),
    (STREET, "本年度街道办事处公开政府信息129条。", 129),
    (TOWN, "全年镇政府公开政府信息58条。", 58),
    (TOWN, "2025年,镇公布政府信息61件。", 61),
])
def test_own_kind_word_as_the_subject(head, sentence, n):
    assert _values(head + PROACTIVE + sentence)[("disclosure.total", None)] == n


@pytest.mark.parametrize("head, text", [
    # a 街道 in a county's or a bureau's report is one of its parts
    (COUNTY, PROACTIVE + "2025年,街道公开政府信息43条。"),
    (BUREAU, PROACTIVE + "2025年,街道公开政府信息43条。"),
    # not the proactive topic
    (STREET, REQUESTS + "2025年,街道公开政府信息43条。"),
])
def test_own_kind_word_near_misses(head, text):
    assert ("disclosure.total", None) not in _values(head + text)


@pytest.mark.parametrize("sentence, n", [
    ("2025年,我局通过网站主动公开发布相关政务信息,对人事变动、财政资金信息等共公开发布197条,其中:疫情防控99条,工作动态74条。", 197),
    ("2025年,我局通过网站主动公开相关信息,对机构职能、政策文件、财政预决算等共发布213条。", 213),
    ("2025年,我局主动公开政府信息,将机构设置、人事任免等信息共公开56条。", 56),
    ("按照要求,把领导分工、规划计划等政务信息总计公布88条。", 88),
])
def test_listed_subject_with_its_whole(sentence, n):
    assert _values(BUREAU + PROACTIVE + sentence)[("disclosure.total", None)] == n


@pytest.mark.parametrize("text", [
    REQUESTS + "2025年,我局对涉及征收、补偿等共公开发布19条。",      # not the proactive topic
    PROACTIVE + "2025年,我局对群众申请、咨询等共答复197条。",          # no publishing verb
    PROACTIVE + "2025年,我局对政策文件、工作动态等共发布解读12条。",    # what went out is 解读, the count not right after the verb
])
def test_listed_subject_near_misses(text):
    assert ("disclosure.total", None) not in _values(BUREAU + text)


@pytest.mark.parametrize("sentence", [
    "依申请公开收费为0。", "收取费用为0。", "信息处理费为0。", "依申请公开收费金额为０。", "收费均为0,无减免情况。",
])
def test_request_fee_said_as_a_bare_zero(sentence):
    vals = _values(LEGACY + "三、依申请公开情况\n本局2015年共收到申请17件,均按时办结。" + sentence)
    assert vals[("requests.new", "total")] == 17
    assert vals[("fees.collected", None)] == 0


@pytest.mark.parametrize("sentence", ["行政事业性收费为0。", "收费为0项。", "减免收费为0。", "收费为0.5。"])
def test_request_fee_near_misses(sentence):
    vals = _values(LEGACY + "三、依申请公开情况\n本局2015年共收到申请17件。" + sentence)
    assert ("fees.collected", None) not in vals


OPENING = "本年度报告根据《中华人民共和国政府信息公开条例》要求,由{who}编制{after}。本年度报告中所列数据的统计期限自2025年1月1日至12月31日止。\n"


@pytest.mark.parametrize("who, after, kind", [
    ("上海市岚峰区青禾街道办事处", ",全文包括总体情况、主动公开政府信息情况等六部分", "township"),
    ("松溪县卫生健康局", ",全文由概述、主动公开情况等部分组成", "department"),
    ("松溪县云栖镇人民政府", "，报告全文包括总体情况等六部分", "township"),
])
def test_issuer_named_by_you_bianzhi_then_quanwen(who, after, kind):
    report = reportparse.parse_text(OPENING.format(who=who, after=after) + PROACTIVE + "2025年,我局主动公开政府信息88条。\n")
    assert (report.issuer.name, report.issuer.kind) == (who, kind)


def test_a_titleless_street_report_reads_its_bare_kind_word():
    opening = OPENING.format(who="上海市岚峰区青禾街道办事处", after=",全文包括总体情况等六部分")
    assert _values(opening + PROACTIVE + "2025年,街道公开政府信息43条。\n")[("disclosure.total", None)] == 43


def test_compiled_jointly_for_others_names_no_issuer():
    opening = OPENING.format(who="松溪县人民政府办公室统一", after=",各乡镇报告另行公布")
    assert reportparse.parse_text(opening + PROACTIVE + "2025年,我县主动公开政府信息88条。\n").issuer.name is None


@pytest.mark.parametrize("sentence, n", [
    ("其中申请公开信息不存在1件,不属于本行政机关公开2件。", 2),
    ("其中不属于本机关公开的3件。", 3),
    ("其中4件不属于本部门公开,已告知申请人。", 4),
    ("非本机关公开5件。", 5),
])
def test_not_this_agencys_to_disclose_without_its_scope_word(sentence, n):
    vals = _values(LEGACY + "三、依申请公开情况\n本局2015年共收到申请17件," + sentence)
    assert vals[("requests.new", "total")] == 17
    assert vals[("requests.reply.not_this_agency", "total")] == n


def test_not_this_agencys_in_a_review_sentence_is_no_reply():
    vals = _values(LEGACY + "三、依申请公开情况\n本局2015年共收到申请17件。被申请行政复议3件,其中不属于本机关公开2件。")
    assert ("requests.reply.not_this_agency", "total") not in vals


# a title-less page whose figures all name one body as their subject after the year (2023年,区政府办公室主动公开…)
UNTITLED = "本报告根据《中华人民共和国政府信息公开条例》要求编制。有关情况及数据统计期限为2025年1月1日至2025年12月31日。\n"


@pytest.mark.parametrize("body, name, total, new", [
    ("区政府办公室", "区政府办公室", 125, 36),
    ("市卫健委", "市卫健委", 88, 5),
    ("县发改局", "县发改局", 41, 3),
])
def test_untitled_issuer_named_as_the_subject_of_its_figures(body, name, total, new):
    text = (UNTITLED + f"一、总体情况\n(一)主动公开\n加大公开力度。2025年,{body}主动公开政府信息{total}条。\n"
            f"(二)依申请公开\n规范办理。2025年,{body}共受理{new}件政府信息公开申请,均按期办结。\n")
    report = reportparse.parse_text(text)
    vals = {(i.key, getattr(i, "applicant", None)): i.value for i in report.indicators if not i.derived}
    assert report.issuer.name == name
    assert (vals[("disclosure.total", None)], vals[("requests.new", "total")]) == (total, new)


def test_untitled_two_bodies_as_subjects_name_no_issuer():
    text = (UNTITLED + "一、总体情况\n(一)主动公开\n加大公开力度。2025年,区政府办公室主动公开政府信息125条。\n"
            "(二)依申请公开\n规范办理。2025年,区教育局共受理36件政府信息公开申请。\n")
    report = reportparse.parse_text(text)
    assert report.issuer.name is None
    assert ("disclosure.total", None) not in _values(text)     # a part's figure, the whole unknown


def test_untitled_one_subject_once_names_no_issuer():
    text = UNTITLED + "一、总体情况\n(一)主动公开\n加大公开力度。2025年,区政府办公室主动公开政府信息125条。\n"
    assert reportparse.parse_text(text).issuer.name is None


@pytest.mark.parametrize("sentence, n", [
    ("2025年,我局共受理36件政府信息公开申请(均为自然人提交),其中按期办结36件。", 36),
    ("今年来,我局共收到依申请公开7件,皆为自然人申请,答复7件。", 7),
    ("2025年,我局收到政府信息公开申请12件,全部由自然人提出。", 12),
])
def test_every_request_from_natural_persons(sentence, n):
    vals = _values(BUREAU + REQUESTS + sentence)
    assert vals[("requests.new", "total")] == n
    assert vals[("requests.new", "natural_person")] == n


@pytest.mark.parametrize("sentence", [
    "2025年,我局收到政府信息公开申请12件,其中5件均为自然人提出。",      # a part after 其中
    "2025年,我局收到行政复议申请3件,均为自然人提出。",                  # a review's applicants
])
def test_every_request_from_natural_persons_near_misses(sentence):
    assert ("requests.new", "natural_person") not in _values(BUREAU + REQUESTS + sentence)


@pytest.mark.parametrize("nxt, read", [("2026", True), ("2025", False)])
def test_none_carried_into_the_year_named(nxt, read):
    vals = _values(BUREAU + REQUESTS + f"2025年,我局收到政府信息公开申请12件,无结转{nxt}年继续办理件。")
    assert (vals.get(("requests.carried_forward", "total")) == 0) is read


@pytest.mark.parametrize("sentence, issued, repealed, in_force", [
    ("2025年,对主动公开规范性文件进行全面清理,制发行政规范性文件2件,废止行政规范性文件10件,现行有效件数14件。", 2, 10, 14),
    ("全年围绕重点工作,印发规范性文件3件。", 3, None, None),
    ("本年度,按照要求,出台行政规范性文件4件,废止2件,现行有效9件。", 4, 2, 9),
])
def test_table_two_figures_in_a_later_clause(sentence, issued, repealed, in_force):
    vals = _values(BUREAU + "一、总体情况\n(三)政府信息管理\n" + sentence)
    assert vals[("disclosure.normative_docs.issued", None)] == issued
    assert vals.get(("disclosure.normative_docs.repealed", None)) == repealed
    assert vals.get(("disclosure.normative_docs.in_force", None)) == in_force


@pytest.mark.parametrize("text", [
    "一、总体情况\n(三)政府信息管理\n2024年,对规范性文件进行清理,制发行政规范性文件2件。",   # another year opens it
    "五、存在的主要问题及改进情况\n下一步,制定规范性文件3件。",                          # a plan
])
def test_table_two_figures_in_a_later_clause_near_misses(text):
    assert ("disclosure.normative_docs.issued", None) not in _values(BUREAU + text)


@pytest.mark.parametrize("head, text, n", [
    (STREET, "一、总体情况\n(二)依申请公开\n全年依申请公开3条。", 3),
    (BUREAU, REQUESTS + "2025年,依申请公开5件,均已按时答复。", 5),
    (BUREAU, "三、收到和处理政府信息公开申请情况\n本年度依申请公开12件。", 12),
])
def test_bare_request_count_as_its_own_sentence(head, text, n):
    assert _values(head + text)[("requests.new", "total")] == n


@pytest.mark.parametrize("text", [
    "一、总体情况\n(二)依申请公开方面\n依申请公开2条,免于公开信息0条。",          # beside another count of items
    PROACTIVE + "2025年我局主动公开政府信息412条,依申请公开9件,共计421条。",      # a sum of items
    PROACTIVE + "全年依申请公开3条。",                                            # not under the requests' heading
    REQUESTS + "全年累计依申请公开47件。",                                         # a running total
    REQUESTS + "依申请公开文件12条。",                                             # documents' disclosure attribute
    REQUESTS + "2024年依申请公开8件。",                                            # another year
])
def test_bare_request_count_near_misses(text):
    assert ("requests.new", "total") not in _values(STREET + text)


def test_untitled_subject_beside_the_issuers_self_word_names_no_issuer():
    # 我局 is the issuer said as itself: the other body named is not it
    text = (UNTITLED + "一、总体情况\n(一)主动公开\n加大公开力度。2025年,我局主动公开政府信息60条。\n"
            "(二)依申请公开\n规范办理。2025年,区政府办公室共受理36件政府信息公开申请。2025年,区政府办公室收到复议0件。\n")
    assert reportparse.parse_text(text).issuer.name is None


def test_untitled_subject_with_a_sentence_naming_no_body():
    text = (UNTITLED + "一、总体情况\n(一)主动公开\n2025年,全年主动公开政府信息125条。2025年,区政府办公室主动公开文件12件。\n"
            "(二)依申请公开\n规范办理。2025年,区政府办公室共受理36件政府信息公开申请。\n")
    assert reportparse.parse_text(text).issuer.name == "区政府办公室"


@pytest.mark.parametrize("who, name, kind", [
    ("两城镇人民政府党政办公室", "两城镇人民政府", "township"),
    ("青禾乡人民政府党政综合办公室", "青禾乡人民政府", "township"),
    ("云栖街道办事处党政办", "云栖街道办事处", "township"),
    ("松溪县人民政府办公室", "松溪县人民政府办公室", "general_office"),     # a county's office is its own body
])
def test_a_towns_government_office_writing_it_names_the_town(who, name, kind):
    text = (f"本报告是根据《中华人民共和国政府信息公开条例》要求,由{who}编制。本报告中所列数据的统计期限为2020年1月1日"
            "至2020年12月31日。\n一、总体情况\n(一)主动公开\n全年主动公开政府信息25条。\n")
    report = reportparse.parse_text(text)
    assert (report.issuer.name, report.issuer.kind) == (name, kind)


@pytest.mark.parametrize("text", [
    "一、总体情况\n本年度,我局未收到和处理政府信息公开申请件,也没有发生政府信息公开行政复议、行政诉讼等情况。",
    REQUESTS + "2025年,我局未收到、未处理依申请公开申请件。",
    REQUESTS + "2025年,全年未收到和处理政府信息公开申请件。",
])
def test_no_request_said_with_the_measure_word_left(text):
    assert _values(BUREAU + text)[("requests.new", "total")] == 0


@pytest.mark.parametrize("text, new", [
    (REQUESTS + "2025年,未收到因政府信息公开申请件引起的行政复议。", None),            # no zero of requests
    (REQUESTS + "2025年,我局收到政府信息公开申请5件,未处理政府信息公开申请件数为0。", 5),   # a count follows
])
def test_no_request_with_the_measure_word_near_misses(text, new):
    assert _values(BUREAU + text).get(("requests.new", "total")) == new
