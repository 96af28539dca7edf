"""Proactive totals said without 主动 (leads56), read only where the paragraph counts nothing else and no other wording
gives the total: the verb last in a list of the year's works, its count summed (医院在市政府信息公开网上及时完善内容、规范
发布信息总计18条); and kinds listed and closed by 等信息 after a bare verb, the platform named before it
(在政府信息公开平台上公开重点工作、发展规划…等信息493条; the 等 list rule of classes55q). A medium's count, a running
total, a part after 其中 or beside the whole's count is never the total. Texts and figures are invented."""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_HOSPITAL = "松川市人民医院2022年政府信息公开工作年度报告\n一、主动公开情况\n"
_BUREAU = "松川区卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"


@pytest.mark.parametrize("head, sentence, total", [
    # the verb in the last of a list of works
    (_HOSPITAL, "2022年医院在松川市人民政府信息公开网上及时完善内容、规范发布信息总计18条。", 18),
    (_HOSPITAL, "2022年医院在市政府信息公开网上及时完善内容、规范发布信息共计18条。", 18),
    (_HOSPITAL, "医院及时完善栏目内容、规范发布政务信息合计18条。", 18),
    # kinds closed by 等信息 after a bare verb
    (_BUREAU, "2022年，在政府信息公开平台上公开重点工作、发展规划、重点项目、疫情防控、医疗卫生等信息493条。", 493),
    (_BUREAU, "2022年，在政府信息公开平台上公开重点工作、发展规划等政务信息493条。", 493),
    (_BUREAU, "公开重点工作、发展规划、重点项目等信息493条。", 493),
])
def test_a_proactive_total_said_without_zhudong(head, sentence, total):
    assert _values(head + sentence)["disclosure.total"] == total


@pytest.mark.parametrize("head, sentence, total", [
    (_HOSPITAL, "2022年，在政务微博发布信息总计18条。", None),
    (_HOSPITAL, "2022年，医院完善内容、在政务微博发布信息总计18条。", None),
    (_HOSPITAL, "2022年，医院通过政府网站发布信息共18条。", None),
    (_HOSPITAL, "截至2022年底，医院及时完善内容、规范发布信息总计18条。", None),
    (_HOSPITAL, "2021年医院及时完善内容、规范发布信息总计18条。", None),
    (_HOSPITAL, "医院在市政府网站及时完善内容、规范发布信息总计18条，在微信公众号发布信息总计40条。", None),
    (_HOSPITAL, "医院及时完善内容、规范发布信息总计18条。全年主动公开政府信息4821条。", 4821),
    (_HOSPITAL, "全年主动公开政府信息4821条。医院及时完善内容、规范发布信息总计18条。", 4821),
    (_BUREAU, "在政府信息公开平台上公开重点工作、发展规划等信息493条。全年主动公开政府信息4821条。", 4821),
    (_BUREAU, "在政府信息公开平台上公开重点工作、发展规划等信息493条，在政务微博发布信息120条。", None),
    (_BUREAU, "其中，在政府信息公开平台上公开重点工作、发展规划等信息493条。", None),
    # (a website's list of kinds is that site's, not surely all of them: hunt41)
    (_BUREAU, "2022年，在区政府网站公开重点工作、发展规划等信息493条。", None),
    (_BUREAU, "全年主动公开政府信息4821条，在政府信息公开平台上公开重点工作、发展规划等信息493条。", 4821),
])
def test_no_total_from_a_medium_a_running_total_or_a_part(head, sentence, total):
    assert _values(head + sentence).get("disclosure.total") == total


def test_no_total_outside_proactive_disclosure():
    v = _values("松川市人民医院2022年政府信息公开工作年度报告\n二、依申请公开情况\n医院及时完善内容、规范发布信息总计18条。")
    assert "disclosure.total" not in v
