"""Wordings and layouts of real reports the library missed (hunt50b), each a class with a guard that a near case is
not read. Texts and figures are invented.

- a running word (累计) after the year said as 一年来 / 过去一年 (一年来，…累计主动公开政府信息29条): the year's
  proactive total; never after 十一年来 nor 截至目前 (a running total from a start not said);
- a carried-forward count with the rule or intent before its verb (另2件申请按规定结转下年度继续办理, 1件依法结转下一年度):
  carried forward; never one carried in from last year (按规定结转上年度);
- a denial's reason named as 信息 before the refusal (因属于行政执法案卷信息不予公开1件): that reason's row, not a bare refusal;
- an official document's head on the title line (X〔2015〕3号 签发人:李某 2014年X…年度报告): cut from the title, so the
  signer is no issuer; a title with no head keeps its issuer;
- an untitled report's year said as the work a body reviewed (我校对2021年度信息公开工作进行对照检查，现总结报告如下);
  never a notice telling others to review theirs (各单位要对2021年度…进行对照检查);
- an untitled report's issuer said as the overview's subject after the preamble's one line (…编制本报告。/ 一、工作概述 /
  2025年，X水利局坚持…; 2025年，X街道在区委…领导下，…), or a school naming itself as the one that compiled it (由X职业技术学院
  编制的2015-2016学年度信息公开报告); never a committee (区委区政府高度重视…) nor the school's word for itself alone;
- a title whose year stands on a line alone ("2011" / "年政府信息公开" / "年度报告"): one title, and no issuer "年"; a bare
  year over a line that does not go on with 年 stays apart;
- a preamble labelled as an editor's note (编注：本年报根据…): no title.
"""
from __future__ import annotations

import pytest

import reportparse

_NEW = "青禾县水利局2025年政府信息公开工作年度报告\n"
_STREET = "青禾街道2025年政府信息公开工作年度报告\n"


def _values(text):
    return {i.key: i.value for i in reportparse.parse_text(text).indicators
            if i.applicant in (None, "total") and i.period == "year" and not i.derived}


# ---- 一年来 before a 累计 ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("一年来,通过县人民政府门户网站等平台,累计主动公开政府信息29条。", 29),
    ("一年来,累计主动公开政府信息37条。", 37),
    ("过去一年,累计主动公开政府信息43条。", 43),
])
def test_a_sum_over_the_past_year_is_the_years(sentence, n):
    assert _values(_NEW + "一、总体情况\n(一)主动公开情况。" + sentence + "\n")["disclosure.total"] == n


@pytest.mark.parametrize("sentence", [
    "十一年来,累计主动公开政府信息290条。",
    "截至目前,累计主动公开政府信息290条。",
])
def test_a_sum_over_many_years_is_not_the_years(sentence):
    assert "disclosure.total" not in _values(_NEW + "一、总体情况\n(一)主动公开情况。" + sentence + "\n")


# ---- a carried-forward count with the rule before its verb -----------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("全年共受理政府信息公开申请7件。另2件申请按规定结转下年度继续办理。", 2),
    ("全年共受理政府信息公开申请9件,办结6件,3件依法结转下一年度办理。", 3),
])
def test_carried_forward_with_the_rule_before_the_verb(sentence, n):
    assert _values(_STREET + "(二)依申请公开情况\n" + sentence + "\n")["requests.carried_forward"] == n


def test_carried_in_from_last_year_is_not_carried_forward():
    v = _values(_STREET + "(二)依申请公开情况\n全年共受理政府信息公开申请7件,有2件按规定结转上年度。\n")
    assert "requests.carried_forward" not in v


# ---- a denial's reason named as 信息 ------------------------------------------------------------------------------

def test_a_denials_reason_named_as_information():
    v = _values(_STREET + "(二)依申请公开情况\n全年共受理政府信息公开申请7件。予以公开3件,"
                "因属于行政执法案卷信息不予公开1件,属于行政查询事项信息不予公开2件。\n")
    assert v["requests.granted"] == 3
    assert v["requests.denied.enforcement_file"] == 1
    assert v["requests.denied.admin_query"] == 2


def test_a_reasons_name_without_a_refusal_is_no_denial():
    v = _values(_STREET + "(二)依申请公开情况\n全年共受理政府信息公开申请7件。予以公开3件,行政执法案卷信息查询2件。\n")
    assert "requests.denied.enforcement_file" not in v and "requests.denied" not in v


# ---- an official document's head on the title line ----------------------------------------------------------------

_BODY = "青禾市人民政府:\n一、概述\n2014年青禾第一中学主动公开政府信息206条。\n"


@pytest.mark.parametrize("head", ["青禾一中〔2015〕3号 签发人:李青禾 ", "青禾一中 [2015] 3號 簽發人:李青禾 ", "签发人:李青禾 "])
def test_a_documents_head_is_no_part_of_the_title(head):
    r = reportparse.parse_text(head + "2014年青禾第一中学政府信息公开工作年度报告\n" + _BODY)
    assert r.title == "2014年青禾第一中学政府信息公开工作年度报告"
    assert r.issuer.name == "青禾第一中学"
    assert r.year == 2014


def test_a_title_without_a_head_keeps_its_issuer():
    r = reportparse.parse_text("青禾县水利局2014年政府信息公开工作年度报告\n一、概述\n2014年主动公开政府信息206条。\n")
    assert r.title == "青禾县水利局2014年政府信息公开工作年度报告"
    assert r.issuer.name == "青禾县水利局"


# ---- an untitled report's year said as the work reviewed ----------------------------------------------------------

# (the body states no year of its own: since stop 62 a heading's clause after a colon, 主动公开数量:2021年,我校…, is the
# body's own statement of the year, which would answer these tests without the opening)
_SCHOOL_BODY = ("一、总体情况\n二、主动公开情况\n主动公开数量:本年度我校通过信息公开网站主动公开信息有208条。"
                "依据《高等学校信息公开办法》,结合我校实际。\n三、依申请公开和不予公开情况\n")
_NOTICE = "根据《教育部办公厅关于做好2021年高校信息公开年度报告工作的通知》精神,"


@pytest.mark.parametrize("opening", [
    "我校对2021年度信息公开工作进行对照检查,现总结报告如下:\n",
    "我局对2021年度政府信息公开工作进行了全面总结,现报告如下:\n",
])
def test_the_year_a_body_says_it_reviewed(opening):
    assert reportparse.parse_text(_NOTICE + opening + _SCHOOL_BODY).year == 2021


def test_a_notice_telling_others_to_review_gives_no_year():
    assert reportparse.parse_text(_NOTICE + "各单位要对2021年度信息公开工作进行对照检查。\n" + _SCHOOL_BODY).year is None


# ---- an untitled report's issuer ----------------------------------------------------------------------------------

_PREAMBLE = "根据《中华人民共和国政府信息公开条例》要求,特编制完成本报告。\n"
_FIGURES = "(一)主动公开情况。全年主动公开政府信息31条。\n(二)依申请公开情况。全年未收到政府信息公开申请。\n"


@pytest.mark.parametrize("heading, subject, name", [
    ("一、工作概述\n", "2025年,青禾县水利局坚持以公开为常态。\n", "青禾县水利局"),
    ("一、总体情况\n", "2025年,青禾街道在区委、区政府的正确领导下,认真贯彻落实《条例》。\n", "青禾街道"),
])
def test_the_overviews_subject_names_an_untitled_reports_issuer(heading, subject, name):
    assert reportparse.parse_text(_PREAMBLE + heading + subject + _FIGURES).issuer.name == name


def test_a_committee_as_the_subject_is_no_issuer():
    r = reportparse.parse_text(_PREAMBLE + "一、总体情况\n2025年,区委区政府高度重视政务公开工作。\n" + _FIGURES)
    assert r.issuer.name is None


_COLLEGE = ("本报告是根据《高等学校信息公开办法》的要求,由{name}编制的2015-2016学年度信息公开报告"
            "(本报告中所列数据的统计时限为2015年9月1日-2016年8月31日)。\n一、概述\n我院主动公开信息12条。\n")


def test_a_school_that_compiled_its_report_is_its_issuer():
    r = reportparse.parse_text(_COLLEGE.format(name="青禾职业技术学院"))
    assert r.issuer.name == "青禾职业技术学院"
    assert r.year == 2016


def test_a_schools_word_for_itself_is_no_issuer():
    assert reportparse.parse_text(_COLLEGE.format(name="学院")).issuer.name is None


# ---- a title whose year stands on a line alone -----------------------------------------------------------------------

_OPENING = ("依据《中华人民共和国政府信息公开条例》有关规定,编制本年度报告。本年度报告中所列数据的统计期限为2011年1月1日至"
            "2011年12月31日。\n一、概述\n2011年,全县主动公开政府信息320条。\n")


def test_a_titles_year_on_a_line_alone():
    r = reportparse.parse_text("青禾网官网发布\n2011\n年政府信息公开\n年度报告\n" + _OPENING)
    assert r.title == "2011年政府信息公开年度报告"
    assert r.issuer.name is None


def test_a_titles_year_alone_under_its_issuer():
    r = reportparse.parse_text("青禾县人民政府\n2011\n年政府信息公开年度报告\n" + _OPENING)
    assert r.title == "青禾县人民政府2011年政府信息公开年度报告"
    assert r.issuer.name == "青禾县人民政府"


def test_a_bare_year_over_a_line_without_its_nian_stays_apart():
    assert reportparse.parse_text("2011\n青禾县政府信息公开年度报告\n" + _OPENING).title == "青禾县政府信息公开年度报告"


# ---- a preamble labelled as an editor's note ---------------------------------------------------------------------------

def test_an_editors_note_preamble_is_no_title():
    r = reportparse.parse_text("编注:本年报根据《中华人民共和国政府信息公开条例》,由青禾县政务公开领导小组办公室编制。"
                               "本年报中所列数据的统计期限自2011年1月1日,至2011年12月31日止。\n一、概述\n"
                               "2011年,全县主动公开政府信息320条。\n")
    assert r.title is None
    assert r.year == 2011
