"""Wordings of real reports the library missed (hunt55), each a class with a guard that a near case is not read.
Texts and figures are invented.

- an outcome's count after 的有 (同意公开的有3件, 予以公开的有5件, 部分公开的有2件, 不予公开的有1件), and a refusal said as
  不同意公开 outside the legacy reply rows, bare or in quotation marks (“不同意公开”的2宗): granted / partially_granted /
  denied; never 的有关… (no count of requests);
- a partial grant said by the 2019+ template's word 区分处理 (区分处理后公开的2件): partially_granted;
- both carry-overs denied in one clause (无上年和下年结转件; 上年和下年均无结转): carried_over 0, carried_forward 0;
- requests said as matters or cases that number zero (依申请办理事项为零), a fee said with its waivers (收费和减免为零): 0;
- a street that names itself as the subject of the year's disclosure (2024年，青禾街道公开政府信息201条): the total in
  that street's report; never a street of a district's report nor a town by its name (a part of the issuer);
- the report named in title marks in its opening sentence, after 编写了 and with its form's word in brackets
  (认真编写了《X镇2020年度…年度报告(文字版)》): the title and its year, over a statistics period misprinted a year early;
- the disclosure verb carrying the work done before it (主动更新并公开信息252条): the total; never a kind's count;
- no request made of the disclosure (未收到公众、法人或其他组织对政府信息公开的申请): requests.new 0; never a review of it;
- an industrial park named by its county's stem (四川仪陇工业园区, 桃源产业园区): that county, as a 经开区 is placed; a bare
  district word (城东工业园区) places it nowhere.
"""
from __future__ import annotations

import pytest

import reportparse
from values_read import values_read as _values

_REQ = "青禾区某某街道办事处2022年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n"


# ---- an outcome's count after 的有; a refusal said as 不同意公开 -------------------------------------------------------

@pytest.mark.parametrize("sentence, want", [
    ("2022年收到信息公开申请16件，已办结16件。其中同意公开的有3件，部分公开的有2件，不予公开的有1件，本机关不掌握相关政府信息10件。",
     {"requests.granted": 3, "requests.partially_granted": 2, "requests.denied": 1, "requests.unable.not_held": 10}),
    ("全年受理政府信息公开申请9件，其中予以公开的有5件，不同意公开的4件。",
     {"requests.granted": 5, "requests.denied": 4}),
    ("2022年，受理依申请公开信息11宗，已答复11宗。在已答复的11宗申请中，“同意公开”的7宗；“不同意公开”的4宗。",
     {"requests.granted": 7, "requests.denied": 4}),
])
def test_outcome_counts_after_de_you_and_refusals_said_as_not_agreed(sentence, want):
    v = _values(_REQ + sentence)
    for key, n in want.items():
        assert v[key] == n, key


def test_a_count_of_published_documents_after_de_you_guan_is_no_outcome():
    v = _values(_REQ + "2022年收到信息公开申请6件，均已答复。对予以公开的有关文件12件进行了归档。")
    assert v["requests.new"] == 6
    assert "requests.granted" not in v


# ---- a partial grant said as 区分处理 ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, partial", [
    ("2022年，市某局办理政府信息公开申请23件，已全部答复。其中同意公开答复数6件、区分处理后公开的4件、不予公开答复数2件。", 4),
    ("全年收到政府信息公开申请15件，其中予以公开8件，区分处理公开3件，无法提供4件。", 3),
])
def test_a_partial_grant_said_as_handled_apart(sentence, partial):
    v = _values(_REQ + sentence)
    assert v["requests.partially_granted"] == partial


def test_handling_apart_inside_a_clause_is_no_outcome():
    v = _values(_REQ + "2022年收到政府信息公开申请5件，均已办结，对涉及第三方的信息均经区分处理公开2件次。")
    assert "requests.partially_granted" not in v


# ---- both carry-overs denied in one clause ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "本年度共收到和处理依申请公开13件，无上年和下年结转件。",
    "2022年共收到政府信息公开申请13件，均已办结，没有上年度及下年度结转的申请。",
    "全年收到政府信息公开申请13件，上年和下年均无结转。",
])
def test_both_carry_overs_denied(sentence):
    v = _values(_REQ + sentence)
    assert v["requests.new"] == 13
    assert v["requests.carried_over"] == 0
    assert v["requests.carried_forward"] == 0


def test_carry_overs_denied_for_reviews_are_none_of_the_requests():
    v = _values(_REQ + "2022年共收到政府信息公开申请13件。\n四、行政复议\n行政复议案件2件，无上年和下年结转件。")
    assert "requests.carried_over" not in v


# ---- zero said as 为零 -----------------------------------------------------------------------------------------------

_LEGACY = "某某镇2009年政府信息公开工作年报\n"


@pytest.mark.parametrize("sentence, key", [
    ("二、依申请公开情况 2009年，全镇政府信息公开依申请办理事项为零。三、收费情况 无。", "requests.new"),
    ("二、依申请公开情况 2009年，全镇依申请公开办件为零。", "requests.new"),
    ("一、主动公开 主动公开政府信息37条。三、政府信息公开收费和减免情况 2009年，全镇信息公开的收费和减免为零。",
     "fees.collected"),
    ("一、主动公开 主动公开政府信息37条。三、收费情况 本年度政府信息公开收费及减免情况均为零。", "fees.collected"),
])
def test_requests_and_fees_said_to_be_zero(sentence, key):
    v = _values(_LEGACY + sentence)
    assert v[key] == 0


def test_a_reduction_to_zero_of_other_fees_is_no_fee():
    v = _values(_LEGACY + "一、主动公开 主动公开政府信息37条。二、其他 涉企行政事业性收费和减免为零的事项予以公示。")
    assert "fees.collected" not in v


# ---- a street or town named as the subject of the year's disclosure -------------------------------------------------

@pytest.mark.parametrize("title, sentence, n", [
    ("岚峰市青禾街道办事处2024年政府信息公开工作年度报告", "2024年，青禾街道公开政府信息201条，其中政策文件8条。", 201),
    ("岚峰市东湖区东湖街道办事处2023年政府信息公开工作年度报告", "2023年，东湖街道办事处共发布政府信息64条。", 64),
])
def test_a_street_named_as_the_subject_of_its_disclosure(title, sentence, n):
    v = _values(title + "\n一、总体情况\n（一）主动公开。" + sentence + "\n（二）依申请公开。全年未收到依申请公开事项。")
    assert v["disclosure.total"] == n


@pytest.mark.parametrize("title, sentence", [
    ("岚峰市东湖区人民政府2023年政府信息公开工作年度报告", "2023年，青禾街道公开政府信息64条。"),
    ("岚峰县人民政府2023年政府信息公开工作年度报告", "2023年，柳湾镇公开政府信息64条。"),
])
def test_a_street_or_town_of_a_larger_report_is_a_part(title, sentence):
    v = _values(title + "\n一、总体情况\n（一）主动公开。" + sentence + "\n（二）依申请公开。全年未收到依申请公开事项。")
    assert "disclosure.total" not in v


# ---- the report named in title marks after 编写了, its form's word in brackets --------------------------------------------

@pytest.mark.parametrize("opening, title", [
    ("2020年，在市委、市政府的领导下，我镇认真编写了《岚峰市青禾镇人民政府2020年度政府信息公开工作年度报告(文字版)》。",
     "岚峰市青禾镇人民政府2020年度政府信息公开工作年度报告"),
    ("按照上级要求，我局编写了《岚峰市某某局2020年政府信息公开工作年度报告（全文）》，内容包括总体情况等六个部分。",
     "岚峰市某某局2020年政府信息公开工作年度报告"),
])
def test_the_report_named_in_title_marks_after_bianxiele(opening, title):
    text = (opening + "本年度报告中所列数据的统计期限自2019年1月1日起至12月31日止。\n一、总体情况\n"
            "2020年，我镇主动公开政府信息832条。2020年，我镇未收到政府信息公开申请。")
    report = reportparse.parse_text(text)
    assert report.title == title
    assert report.year == 2020
    assert report.values()["disclosure.total"] == 832


def test_a_report_written_without_title_marks_names_no_title():
    report = reportparse.parse_text("我镇认真编写了2020年度政府信息公开工作年度报告，现将有关情况报告如下。\n一、总体情况\n"
                                    "2020年，我镇主动公开政府信息832条。")
    assert report.title is None or "编写" not in report.title


# ---- an industrial park named by its county's stem -----------------------------------------------------------------

@pytest.mark.parametrize("title, code", [
    ("四川仪陇工业园区管理委员会2023年政府信息公开工作年度报告", "511324"),
    ("湖南桃源产业园区管理委员会2022年政府信息公开工作年度报告", "430725"),
])
def test_an_industrial_park_named_by_its_countys_stem(title, code):
    report = reportparse.parse_text(title + "\n一、总体情况\n2022年主动公开政府信息31条。")
    assert report.issuer.region.code == code


def test_a_park_named_by_a_bare_district_word_is_placed_nowhere():
    report = reportparse.parse_text("城东工业园区管理委员会2022年政府信息公开工作年度报告\n一、总体情况\n2022年主动公开政府信息31条。")
    assert report.issuer.region.code is None


# ---- the verb carrying the work done before it; requests said as made of the disclosure -----------------------------

_DEPT = "青禾区林业局2023年政府信息公开工作年度报告\n一、总体情况\n"


@pytest.mark.parametrize("sentence, n", [
    ("（一）主动公开方面。2023年，我局主动更新并公开信息252条。其中，部门文件信息231条。", 252),
    ("（一）主动公开方面。2023年，我局主动收集和发布政府信息47条。", 47),
])
def test_the_disclosure_verb_carrying_its_update(sentence, n):
    v = _values(_DEPT + sentence + "\n（二）依申请公开情况。2023年我局未收到政府信息公开申请。")
    assert v["disclosure.total"] == n


def test_an_updated_kind_is_no_total():
    v = _values(_DEPT + "（一）主动公开方面。2023年，我局主动更新并公开部门预决算信息12条。\n（二）依申请公开情况。无。")
    assert "disclosure.total" not in v


@pytest.mark.parametrize("sentence", [
    "（二）依申请公开情况。2023年我局未收到公众、法人或其他组织对政府信息公开的申请。",
    "（二）依申请公开情况。全年没有收到群众对信息公开的申请。",
])
def test_no_request_made_of_the_disclosure(sentence):
    v = _values(_DEPT + "（一）主动公开方面。2023年，我局主动公开信息37条。\n" + sentence)
    assert v["requests.new"] == 0


def test_no_review_of_the_disclosure_is_no_zero_of_requests():
    v = _values(_DEPT + "（一）主动公开方面。2023年，我局主动公开信息37条。\n"
                "（二）依申请公开情况。2023年我局收到政府信息公开申请5件。未收到公众对政府信息公开的行政复议申请。")
    assert v["requests.new"] == 5
