"""Wordings and layouts of real reports the library missed (hunt49b), each a class with a guard that a near case is
not read. Texts and figures are invented.

- a title-less opening that cites the format's trial edition (《中华人民共和国政府信息公开工作年度报告格式(试行)》) and
  calls itself 本报告主要由…组成, or names its report in title marks after the documents it follows (现编制形成《X局
  2023年政府信息公开工作年度报告》): a report; never a notice that asks others to compile theirs;
- the proactive count in 项 (全年累计公开政府信息2874项, 主动公开政府信息35项): the proactive total; never the items of
  a catalogue (主动公开事项清单12项) nor the items a request asked for (涉及信息17项);
- an outcome with its one reason in brackets before the count (不予公开(三类内部事务信息)2件, 不予处理(无正当理由
  大量反复申请)165条, 无法提供(本机关不掌握相关政府信息)3件): that reason's row; never a bracket with figures in it,
  nor a review's clause;
- the requests said none as no matter received (未发生依申请公开信息受理事项): zero requests;
- a title-less text run onto one line whose overview heading stands mid-line (…下载。 一、概述 2017年,我街道…): the
  report's year; never a date or a span there (一、概述 2017年5月…).
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError


def _values(text):
    return {i.key: i.value for i in reportparse.parse_text(text).indicators
            if i.applicant in (None, "total") and i.period == "year" and not i.derived}


# ---- a title-less opening citing the format's trial edition, or naming its report in title marks ---------------

_FORMAT_OPENING = ("根据《中华人民共和国政府信息公开工作年度报告格式(试行)》要求,编制本年度我局政府信息公开工作报告,"
                   "本报告主要由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成。"
                   "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
                   "一、总体情况\n全年共受理政府信息公开申请7件,均按时答复。\n")
_MARKED_OPENING = ("根据《中华人民共和国政府信息公开条例》规定和《岚峰市人民政府办公室关于编制2023年政府信息公开工作年度报告"
                   "有关事项的通知》要求,结合我局工作实际,现编制形成《岚峰市司法局2023年政府信息公开工作年度报告》,"
                   "有关情况及数据统计期限为2023年1月1日起至2023年12月31日。\n"
                   "一、总体情况\n全年共主动公开政府信息613条。2023年,我局收到政府信息公开申请4件。\n")


def test_an_opening_citing_the_formats_trial_edition_is_a_report():
    r = reportparse.parse_text(_FORMAT_OPENING)
    assert r.year == 2022
    assert r.value("requests.new", applicant="total") == 7


def test_an_opening_naming_its_report_in_title_marks_is_a_report():
    r = reportparse.parse_text(_MARKED_OPENING)
    assert r.year == 2023
    assert r.value("disclosure.total") == 613
    assert r.value("requests.new", applicant="total") == 4


@pytest.mark.parametrize("text", [
    # a notice that asks others to compile theirs, in title marks
    "根据《中华人民共和国政府信息公开条例》规定,请各单位编制《2023年政府信息公开工作年度报告》,于1月31日前报送。\n"
    "一、工作要求\n各单位要高度重视。\n",
    # the format cited, but nothing says it is this report
    "根据《中华人民共和国政府信息公开工作年度报告格式(试行)》要求,各单位要认真做好年度报告编制工作。\n"
    "一、工作要求\n按时报送。\n",
])
def test_guard_a_notice_citing_the_format_is_no_report(text):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


# ---- the proactive count in 项 ---------------------------------------------------------------------------------

OFFICE = "岚峰高新区管委会办公室2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"


@pytest.mark.parametrize("sentence, n", [
    ("全年累计公开政府信息2874项,其中公开政策文件29项,政策解读54项。", 2874),
    ("2023年,主动公开政府信息351项。", 351),
    ("主动公开各类信息268项。", 268),
])
def test_the_proactive_count_in_xiang(sentence, n):
    assert _values(OFFICE + sentence + "\n")["disclosure.total"] == n


@pytest.mark.parametrize("sentence", [
    "编制主动公开事项清单2045项。",              # a catalogue's items
    "全年共公开政府信息公开目录43项。",            # the catalogue's entries
    "收到政府信息公开申请5件,涉及信息17项。",       # the items a request asked for
])
def test_guard_items_of_another_kind_in_xiang_are_not_the_total(sentence):
    assert "disclosure.total" not in _values(OFFICE + sentence + "\n")


# ---- an outcome with its one reason in brackets ------------------------------------------------------------------

BUREAU = "岚峰县林业局2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"


def _all(text):
    return {i.key: i.value for i in reportparse.parse_text(text).indicators
            if i.applicant in (None, "total") and i.period == "year"}


def test_an_outcome_with_its_reason_in_brackets_in_tiao():
    v = _all(BUREAU + "收到依申请公开信息183条,其中:予以公开6条,不予公开(三类内部事务信息)3条,"
                      "不予处理(无正当理由大量反复申请)174条。\n")
    assert v["requests.new"] == 183
    assert v["requests.granted"] == 6
    assert v["requests.denied.internal_affairs"] == 3
    assert v["requests.not_processed.excessive"] == 174


def test_outcomes_with_their_reasons_in_brackets_in_jian():
    v = _all(BUREAU + "共收到申请19件,无法提供(本机关不掌握相关政府信息)5件,不予公开(属于国家秘密)2件,"
                      "不予处理(重复申请)8件。\n")
    assert v["requests.unable.not_held"] == 5
    assert v["requests.denied.state_secret"] == 2
    assert v["requests.not_processed.duplicate"] == 8


@pytest.mark.parametrize("sentence", [
    "共收到申请9件,其中不予公开(国家秘密1件、第三方合法权益2件)3件。",    # figures in the bracket
    "被申请行政复议2件,不予公开(三类内部事务信息)2件。",                   # a review's clause
])
def test_guard_brackets_with_figures_or_a_reviews_clause_are_not_read(sentence):
    v = _all(BUREAU + sentence + "\n")
    assert not any(k.startswith(("requests.denied.", "requests.not_processed.")) for k in v)


# ---- the requests said none as no matter received ----------------------------------------------------------------

def test_no_request_matter_received_is_zero_requests():
    text = "岚峰街道2017年政府信息公开年度报告\n三、政府信息依申请公开情况\n本街道2017年度未发生依申请公开信息受理事项。\n"
    assert _values(text)["requests.new"] == 0


def test_guard_a_count_of_requests_received_is_no_zero():
    text = "岚峰街道2017年政府信息公开年度报告\n三、政府信息依申请公开情况\n本街道2017年度受理依申请公开申请6件。\n"
    assert _values(text)["requests.new"] == 6


# ---- the overview's year after a run-on heading ------------------------------------------------------------------

_RUN_ON = ("引言 本报告根据《中华人民共和国政府信息公开条例》要求,由岚峰街道编制。全文包括概述、政府信息主动公开情况、"
           "政府信息依申请公开情况。本报告可在区政府门户网站下载。 一、概述 {when},我街道认真贯彻落实《条例》精神。 "
           "二、政府信息主动公开情况 岚峰街道全年主动公开政府信息73条。\n")


def test_the_overviews_year_after_a_run_on_heading():
    r = reportparse.parse_text(_RUN_ON.format(when="2017年"))
    assert r.year == 2017
    assert r.value("disclosure.total") == 73


def test_guard_a_date_after_the_run_on_heading_is_no_year():
    r = reportparse.parse_text(_RUN_ON.format(when="2017年5月"))
    assert r.year is None


# ---- the short name a title read from a sentence declares ------------------------------------------------------

_ASIDE = ("根据《中华人民共和国政府信息公开条例》要求,现公布岚峰县经济开发区(以下简称县开发区)2019年政府信息公开工作年度报告。\n"
          "一、总体情况\n2019年,县开发区通过网站、报纸、微信等多种途径主动公开政府信息78条。\n")


def test_the_issuers_name_leaves_the_short_name_aside():
    r = reportparse.parse_text(_ASIDE)
    assert r.issuer.name == "岚峰县经济开发区"


def test_guard_the_short_name_still_names_the_issuer_in_its_sentences():
    assert _values(_ASIDE)["disclosure.total"] == 78
