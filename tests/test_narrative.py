"""Figures in sentences (extract/narrative.py), group totals and report metadata: one test per class
of text the patterns must read (or must not), on invented sentences with distinct non-zero numbers."""
from pathlib import Path

import pytest

import reportparse
from reportparse.api import _derived, _group_totals_from_text
from reportparse.document import Document
from reportparse.extract.narrative import MAX_DIGITS, long_digit_runs, narrative_figures
from reportparse.model import Indicator
from reportparse.schema import group_parts

HEAD = "青石县2016年政府信息公开工作年度报告\n发布日期：2017-02-03\n"
NATIONAL = Path(__file__).parent / "fixtures" / "national" / "t2021_pipe_rows.txt"


def values(text: str) -> dict:
    return reportparse.parse_text(HEAD + text).values()


def figures(text: str) -> dict:
    return {f.key: f.value for f in narrative_figures(text)}


# ---- whitespace-free reading ----------------------------------------------------------------

def test_spaces_around_numbers_do_not_hide_a_figure():
    got = values("二、主动公开政府信息情况\n全年主动公开政府信息 2428 条。\n三、依申请公开情况\n全年共收到政府信息公开申请 21 件。\n")
    assert got == {"disclosure.total": 2428, "requests.new|applicant=total": 21}


def test_a_sentence_broken_over_lines_is_one_sentence():
    got = values("三、依申请公开情况\n本机关全年共收到政府信息公开申\n请 45 件，其中网上申请 19\n件。\n")
    assert got == {"requests.new|applicant=total": 45, "requests.by_channel.online|applicant=total": 19}


def test_digits_apart_are_never_joined_into_one_number():
    # which of the two is the count the sentence does not settle: neither 417 nor a guess
    assert figures("全年共收到政府信息公开申请 4 17件。") == {}


def test_provenance_points_at_the_printed_digits():
    text = HEAD + "三、依申请公开情况\n全年共收到政府信息公开申\n请 45 件。\n"
    ind = reportparse.parse_text(text).get("requests.new")
    assert ind.raw == "45" and "45" in text[ind.source.span[0]:ind.source.span[1]]
    assert ind.source.text.startswith("全年共收到")


# ---- bounded gaps and word orders ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("全年受理公民、法人和其他组织提出的政府信息公开申请37件。", 37),
    ("全年受理群众通过各种渠道提出的申请 53 件。", 53),
    ("依申请公开方面，申请受理量为 58 件。", 58),
    ("本年度收到依申请公开政府信息 64 件。", 64),
])
def test_inserted_modifiers_and_other_word_orders(sentence, expected):
    assert values("三、依申请公开政府信息情况\n" + sentence)["requests.new|applicant=total"] == expected


def test_an_unbounded_gap_is_not_read():
    # the modifier between the verb and the noun is bounded: a long clause is not one sentence's figure
    sentence = "全年受理" + "某" * 40 + "提出的政府信息公开申请37件。"
    assert "requests.new" not in figures(sentence)


# ---- the topic is the section's ------------------------------------------------------------------

def test_the_topic_comes_from_the_section_heading_not_a_window():
    got = values("二、依申请公开情况\n" + "本机关依法规范办理流程，做到件件有回音。" * 20
                 + "全年共受理申请 29 件，其中当面申请 8 件。\n"
                 "三、政务服务情况\n区政务服务中心共受理申请 4821 件，办结 4790 件。\n")
    assert got["requests.new|applicant=total"] == 29
    assert 4821 not in got.values() and 4790 not in got.values()


def test_a_request_word_just_before_another_section_does_not_lend_its_topic():
    got = values("三、依申请公开情况\n全年共收到政府信息公开申请 12 件。\n四、政务服务情况\n区行政服务中心共受理申请 3518 件。\n")
    assert got == {"requests.new|applicant=total": 12}


# ---- zero fees by negation -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "本年度不存在收费及减免情况。",
    "本机关未产生信息公开处理费用。",
    "本年度及历年无依申请公开信息收费。",
    "全年未发生政府信息公开收费事项。",
])
def test_fee_negations_are_a_zero(sentence):
    got = values("六、其他需要报告的事项\n" + sentence)
    # 本年度及历年: the year's and the running total both
    assert got == ({"fees.collected": 0, "fees.collected|period=cumulative": 0} if "历年" in sentence
                   else {"fees.collected": 0})


def test_a_fee_notice_row_is_not_a_fee_negation():
    assert "fees.collected" not in figures("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")


# ---- periods -------------------------------------------------------------------------------------

def test_a_year_total_said_with_nian_leiji_is_the_years():
    got = values("二、主动公开政府信息情况\n全年累计主动公开政府信息 2617 条，历年累计主动公开政府信息 9013 条。\n")
    assert got == {"disclosure.total": 2617, "disclosure.total|period=cumulative": 9013}      # 历年累计: the running total


# ---- channels only the prose counts --------------------------------------------------------------

def test_channel_counts_in_prose_including_fax_and_email_in_tiao():
    got = values("三、依申请公开情况\n全年共收到政府信息公开申请 26 件，其中当面申请 7 件，网上申请 11 件，"
                 "信函申请 3 件，传真 1 条，电子邮件 4 条。\n")
    assert got == {"requests.new|applicant=total": 26, "requests.by_channel.in_person|applicant=total": 7,
                   "requests.by_channel.online|applicant=total": 11, "requests.by_channel.letter|applicant=total": 3,
                   "requests.by_channel.fax|applicant=total": 1, "requests.by_channel.email|applicant=total": 4}


# ---- false readings ------------------------------------------------------------------------------

def test_an_outcome_answered_is_not_the_answered_total():
    # "其他类型答复11件" gave answered = 11 beside "已答复45件" (the bundled legacy sample)
    got = values("三、依申请公开情况\n共受理政府信息公开申请 52 件。截至12月31日已答复 47 件：同意公开 21 件，"
                 "同意部分公开 8 件，不予公开 5 件，其他类型答复 13 件，其余申请正在办理中。\n")
    assert got["requests.answered|applicant=total"] == 47
    assert got["requests.reply.other|applicant=total"] == 13
    assert got["requests.denied|applicant=total"] == 5


def test_the_bundled_legacy_sample_has_no_failed_narrative_check():
    sample = Path(__file__).resolve().parents[1] / "samples" / "legacy-2016.txt"
    report = reportparse.parse(sample)
    assert [c for c in report.checks if c.status == "fail"] == []
    assert report.value("requests.answered") == 45


def _national_with(sentence: str) -> reportparse.Report:
    text = NATIONAL.read_text(encoding="utf-8")
    cut = text.index("四、政府信息公开行政复议")
    return reportparse.parse_text(text[:cut] + sentence + "\n\n" + text[cut:])


def test_a_loosely_named_group_in_prose_is_not_a_table_key():
    # 不予公开 in prose files cases the table puts elsewhere: table 三's 不予公开 rows sum to 46
    report = _national_with("其中，非本机关职能不予公开 7 件。")
    assert report.value("requests.denied") == 46 and report.get("requests.denied").derived
    assert any("不予公开 7 件" in w and "46" in w for w in report.warnings)


def test_a_group_total_in_prose_that_equals_its_rows_is_the_printed_value():
    report = _national_with("其中不予公开 46 件。")
    ind = report.get("requests.denied")
    assert ind.value == 46 and not ind.derived and ind.source.method == "narrative"
    assert report.values()["requests.denied|applicant=total"] == 46


# ---- group totals --------------------------------------------------------------------------------

def _row(key: str, value, applicant="total") -> Indicator:
    return Indicator(key=key, value=value, applicant=applicant)


def test_group_definitions_come_from_the_vocabulary():
    assert group_parts("2021")["requests.other"] == (
        "requests.other.no_correction", "requests.other.fee_unpaid", "requests.other.misc")
    assert "requests.other" not in group_parts("2019")          # printed as one row in 2019
    assert len(group_parts("2019")["requests.denied"]) == 8
    assert group_parts("2021")["litigation.total"] == ("litigation.direct.total", "litigation.after_review.total")
    assert group_parts("legacy") == {}


def test_a_group_total_is_derived_only_when_every_part_was_read():
    table = [_row("requests.unable.not_held", 5), _row("requests.unable.needs_creation", 3),
             _row("requests.unable.unclear", 2),
             _row("requests.not_processed.petition", 4), _row("requests.not_processed.duplicate", None),
             _row("requests.other.no_correction", 6), _row("requests.other.fee_unpaid", 1),
             _row("requests.other.misc", 9)]
    warnings: list[str] = []
    got = {d.value_id: d.value for d in _derived(table, "2021", warnings)}
    assert got == {"requests.unable|applicant=total": 10, "requests.other|applicant=total": 16}
    said = [w for w in warnings if w.startswith("requests.not_processed")]
    assert len(said) == 1 and "requests.not_processed.duplicate" in said[0] and "requests.not_processed.excessive" in said[0]


def test_a_group_total_in_prose_stands_when_no_template_table_was_found():
    report = reportparse.parse_text("青石县2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                               "全年共收到政府信息公开申请 27 件，予以公开 15 件，不予公开 4 件。\n")
    assert report.template == "2019"
    assert report.values() == {"requests.new|applicant=total": 27, "requests.granted|applicant=total": 15,
                               "requests.denied|applicant=total": 4}


def test_a_sentence_group_total_beside_a_printed_one_is_kept_as_a_check():
    # a table that prints the group total itself: the sentence is checked against it, not dropped
    text = "无法提供 9 件"
    doc = Document(text=text, format="text")
    said = Indicator(key="requests.unable", value=9, raw="9", applicant="total")
    said.source.span = [0, len(text)]
    table = [Indicator(key="requests.unable", value=9, applicant="total")]
    warnings: list[str] = []
    kept, derived = _group_totals_from_text(doc, [said], {i.value_id for i in table}, [], "2021", warnings)
    assert kept == [said] and derived == [] and warnings == []
    loose = Indicator(key="requests.unable", value=5, raw="5", applicant="total")
    loose.source.span = [0, len(text)]
    kept, _ = _group_totals_from_text(doc, [loose], set(), [], "2021", warnings)
    assert kept == [] and "not all read" in warnings[0]


def test_litigation_total_needs_both_litigation_groups():
    warnings: list[str] = []
    assert _derived([Indicator(key="litigation.direct.total", value=3)], "2019", warnings) == []
    assert any("litigation.after_review.total" in w for w in warnings)
    both = [Indicator(key="litigation.direct.total", value=3), Indicator(key="litigation.after_review.total", value=4)]
    assert [(d.key, d.value) for d in _derived(both, "2019", [])] == [("litigation.total", 7)]


# ---- hostile digit runs (issue 13) ---------------------------------------------------------------

def test_a_million_digit_run_is_scanned_linearly_and_ignored_with_a_warning():
    # the unbounded \d+ made the scan quadratic (10^5 digits: minutes); asserted by the answer, not a timer
    text = "三、依申请公开情况\n全年共收到政府信息公开申请" + "7" * 10**6 + "件。本年度新收政府信息公开申请 31 件。"
    assert figures(text) == {"requests.new": 31}
    assert len(long_digit_runs(text)) == 1 and str(MAX_DIGITS) in long_digit_runs(text)[0]


def test_a_count_over_the_int_conversion_cap_is_a_warning_not_a_crash():
    report = reportparse.parse_text(HEAD + "三、依申请公开情况\n全年共收到政府信息公开申请 " + "9" * 5000 + " 件，其中网上申请 23 件。\n")
    assert report.values() == {"requests.by_channel.online|applicant=total": 23}
    assert any("digits" in w and "not counts" in w for w in report.warnings)


def test_twelve_digits_are_still_a_count():
    assert figures("全年共收到政府信息公开申请 123456789012 件。")["requests.new"] == 123456789012


# ---- metadata ------------------------------------------------------------------------------------

def test_a_title_wrapped_over_two_lines_is_joined_and_gives_the_year():
    report = reportparse.parse_text("正文\n2023 年青石县科学技术局政府信息公开工作\n年度报告\n"
                               "本年度报告中所列数据的统计周期为 2023 年 1 月 1 日至 12 月 31 日。\n"
                               "三、依申请公开情况\n全年共收到政府信息公开申请 17 件。\n")
    assert report.title == "2023 年青石县科学技术局政府信息公开工作年度报告"
    assert report.year == 2023 and report.issuer.name == "青石县科学技术局"


def test_year_from_a_spaced_statistics_period():
    from reportparse.metadata import find_year
    assert find_year("正文", "所列数据的统计周期为 2022 年 1 月 1 日至 12 月 31 日") == 2022


def test_a_body_heading_beats_a_generic_container_title():
    html = ("<html><head><title>正文</title></head><body><p>鲤城区2019年政府信息公开工作年度报告</p>"
            "<p>三、依申请公开情况</p><p>全年共收到政府信息公开申请 14 件。</p></body></html>").encode("utf-8")
    report = reportparse.parse(html)
    assert report.title == "鲤城区2019年政府信息公开工作年度报告" and report.year == 2019
    assert report.issuer.region.code == "350502"


def test_a_publish_date_inside_the_reporting_year_yields_to_the_signature_date():
    report = reportparse.parse_text("鲤城区2018年政府信息公开工作年度报告\n发布日期：2018-06-30\n"
                               "三、依申请公开情况\n全年共收到政府信息公开申请 14 件。\n\n鲤城区人民政府办公室\n2019年1月22日\n")
    assert report.published == "2019-01-22"
    assert any("2018-06-30" in w and "signature" in w for w in report.warnings)


def test_a_publish_date_inside_the_reporting_year_without_a_signature_is_not_taken():
    report = reportparse.parse_text("鲤城区2018年政府信息公开工作年度报告\n发布日期：2018-06-30\n"
                               "全年共收到政府信息公开申请 14 件。\n")
    assert report.published is None
    assert any("2018-06-30" in w and "before the end of the reporting year" in w for w in report.warnings)


def test_missing_year_issuer_and_region_are_said():
    report = reportparse.parse_text("政府信息公开工作年度报告\n全年共收到政府信息公开申请 14 件。\n")
    assert report.year is None and report.issuer.region.code is None
    said = " ".join(w for w in report.warnings if w.startswith("metadata:"))
    assert "reporting year" in said and "region code" in said and "issuer" in said


# ---- keys of one national template only -------------------------------------------------------

@pytest.mark.parametrize("year, sentence, n", [(2020, "全年新制发规范性文件13件", 13), (2019, "本年度制定发布规范性文件7件", 7)])
def test_a_2021_key_in_prose_is_not_a_figure_of_a_2019_template_report(year, sentence, n):
    # 本年制发件数 (issued) is the 2021 template's column; the 2019 template has 本年新制作数量 (made),
    # which differs in meaning (SCHEMA): in a 2019/2020 report the sentence is unread, and said
    text = (f"青枫县交通运输局{year}年政府信息公开工作年度报告\n一、总体情况\n{year}年，我局{sentence}，主动公开政府信息417条。\n"
            "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n"
            "规章 2 3 11\n规范性文件 6 9 58\n")
    report = reportparse.parse_text(text)
    assert report.template == "2019"
    got = report.values()
    assert "disclosure.normative_docs.issued" not in got
    assert got["disclosure.normative_docs.made"] == 6 and got["disclosure.total"] == 417
    assert any("disclosure.normative_docs.issued" in w and f"{n} in" in w and "(2019)" in w for w in report.warnings)


def test_a_2021_key_in_prose_of_a_2021_report_is_read():
    text = ("青枫县交通运输局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局全年新制发规范性文件13件，主动公开政府信息417条。\n")
    got = reportparse.parse_text(text).values()
    assert got["disclosure.normative_docs.issued"] == 13 and got["disclosure.total"] == 417
