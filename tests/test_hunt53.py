"""Wordings and layouts of real reports the library missed (hunt53), each a class with a guard that a near case is
not read. Texts and figures are invented.

- the Regulations' article 20 cited in the overview's prose (根据《条例》第二十条第（十四）项“…”的规定, 按照第二十条第（一）项
  的规定): no start of table 二, so the prose after it (the proactive total, no requests, no reviews) is still read;
- a count of requests with no unit closing its clause (受理政府信息公开申请数量为0。), and none said as 未收到依申请公开办件;
- the natural persons' share said as a caseload (自然人申请办件量4件, 自然人申请数量3件);
- outcomes said count first with the handling's result (8件办理结果为本机关不掌握相关政府信息, 1件办理结果为没有现成信息需要另行
  制作): their rows; never a review's;
- a department named in full with 和 before its own website (市人力资源和社会保障局门户网站…, 通过县住房和城乡建设局网站…): that
  site's count (and the total where it stands alone); never two outlets joined by 和;
- a running total's part 其中 says went out this year on the sites it names (累计公开…846条，其中本年度在县政府网站及本单位门户
  网站公开214条): the year's total; never a part without the year, nor one of another year;
- an untitled legacy report citing its province's or city's own rules alone (本年报是根据《某某市政府信息公开规定》要求…编制的…
  年度报告): a report (a notice citing them is not); the legacy section's title negated without 依 (没有申请公开政府信息和不予公开
  政府信息的情况): no requests and no refusals;
- an untitled report named in its opening after the clause it draws on (特结合我镇实际，编制X镇2014年…年度报告): its title;
- an untitled report whose figure sentences open with 今年来 / 今年以来 and name the body (今年来，X区政府办公室对外主动公开信息…条;
  …共收到依申请公开9件): that body is the issuer, no part of it (named once, it stays a part).
"""
from __future__ import annotations

import pytest

import reportparse
from values_read import values_read as _values


# ---- article 20 cited in prose is no start of table 二 -----------------------------------------------------------

_TABLE2 = ("二、主动公开政府信息情况\n第二十条第（一）项 |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
           "规章 | 0 | 0 | 0 |\n行政规范性文件 | 3 | 2 | 17 |\n第二十条第（五）项 |\n信息内容 | 本年处理决定数量 |\n"
           "行政许可 | 46 |\n")


@pytest.mark.parametrize("cite", [
    "根据《中华人民共和国政府信息公开条例》第二十条第（十四）项“行政机关应当主动公开公务员招考的职位、名额等事项”的规定，",
    "按照《条例》第二十条第（一）项的规定，",
    "依照条例第二十条第（十四）项要求，",
])
def test_article_20_cited_in_prose_leaves_the_prose_read(cite):
    text = ("青禾区某某局2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开信息情况\n2021年我局" + cite
            + "通过区政府网主动公开的政府信息有9条。\n（二）依申请公开信息情况\n2021年我局未收到政府信息公开申请。\n"
            + "（三）政府信息管理情况\n2021年我局不存在因政府信息公开工作被申请行政复议、提起行政诉讼的情况。\n" + _TABLE2)
    v = _values(text)
    assert v["disclosure.total"] == 9
    assert v["requests.new"] == 0
    assert v["review.total"] == 0
    # the table itself is still read from its own heading
    assert v["disclosure.normative_docs.issued"] == 3
    assert v["disclosure.normative_docs.repealed"] == 2
    assert v["disclosure.normative_docs.in_force"] == 17
    assert v["disclosure.licensing.decisions"] == 46


# ---- requests: a unit-less count closing its clause; none said as 办件 ---------------------------------------------

_REQ = "青禾县某某局2024年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开方面\n"


@pytest.mark.parametrize("sentence, n", [
    ("2024年，办公室受理政府信息公开申请数量为0。", 0),
    ("2024年，我局收到政府信息公开申请数量为12，均已按时办结。", 12),
    ("本年度我局受理依申请公开申请总数为7。", 7),
])
def test_a_request_count_with_no_unit_closing_its_clause(sentence, n):
    assert _values(_REQ + sentence + "\n")["requests.new"] == n


@pytest.mark.parametrize("sentence", [
    "2024年，我局收到政府信息公开申请数量为12%。",
    "2024年，我局收到政府信息公开申请数量为12.5万元。",
])
def test_a_request_count_with_no_unit_is_read_only_where_its_clause_ends(sentence):
    assert "requests.new" not in _values(_REQ + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "我局进一步规范依申请公开工作，畅通受理渠道。本年度未收到依申请公开办件。",
    "2024年，我局没有受理依申请公开办件。",
])
def test_no_requests_said_as_banjian(sentence):
    assert _values(_REQ + sentence + "\n")["requests.new"] == 0


# ---- a department named in full with 和 before its own website ---------------------------------------------------

_DEPT = "岚峰市人力资源和社会保障局2025年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况。"


@pytest.mark.parametrize("title, sentence, n", [
    ("岚峰市人力资源和社会保障局", "2025年，市人力资源和社会保障局门户网站公开各类政务信息124条。", 124),
    ("岚峰市政务服务和大数据管理局", "2025年，市政务服务和大数据管理局门户网站公开各类政务信息163条。", 163),
    ("岚峰县住房和城乡建设局", "2025年，县住房和城乡建设局网站共发布公开各类政务信息58条。", 58),
])
def test_a_departments_own_site_named_with_he_alone_is_the_total_too(title, sentence, n):
    v = _values(title + "2025年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况。" + sentence + "\n")
    assert v["disclosure.via_website"] == n
    assert v["disclosure.total"] == n


def test_a_departments_site_named_with_he_beside_a_medium_is_the_sites_count():
    v = _values(_DEPT + "2025年，通过市人力资源和社会保障局门户网站公开政务信息127条，“岚峰人社”微信公众号发布信息57条。\n")
    assert v["disclosure.via_website"] == 127
    assert "disclosure.total" not in v


@pytest.mark.parametrize("sentence", [
    "2025年，门户网站和微信公众号公开各类政务信息130条。",
    "2025年，通过市政府网站和市人社局网站公开各类政务信息131条。",
    "2025年，市政府门户网站和市人社局网站公开各类政务信息132条。",
])
def test_two_outlets_joined_by_he_give_no_sites_count(sentence):
    assert "disclosure.via_website" not in _values(_DEPT + sentence + "\n")


# ---- the year's part of a running total, said on the sites it went out on ---------------------------------------

_RUN = "岚峰县某某镇2014年政府信息公开年度报告\n二、主动公开政府信息的情况\n（一）本机关主动公开政府信息的数量\n"


@pytest.mark.parametrize("sentence, cumulative, n", [
    ("截至2014年12月31日，在县政府网站累计公开政府信息846条，其中本年度在县政府网站及本单位门户网站公开214条。", 846, 214),
    ("截至2014年底，我镇累计主动公开政府信息1390条，其中2014年通过县政府门户网站发布政府信息375条。", 1390, 375),
    # (no full stop: a heading follows on the next line)
    ("截至2014年12月31日，在县政府网站累计公开政府信息943条，其中今年在县政府网站公开286条\n（二）主动公开政府信息的主要类别", 943, 286),
])
def test_the_years_part_of_a_running_total_said_on_its_sites(sentence, cumulative, n):
    r = reportparse.parse_text(_RUN + sentence + "\n")
    assert r.value("disclosure.total") == n
    assert r.value("disclosure.total", period="cumulative") == cumulative


@pytest.mark.parametrize("sentence", [
    "截至2014年12月31日，在县政府网站累计公开政府信息846条，其中在本单位门户网站公开214条。",
    "截至2014年底，我镇累计主动公开政府信息1390条，其中2013年通过县政府门户网站发布政府信息375条。",
])
def test_a_part_of_a_running_total_without_the_years_word_is_not_the_years(sentence):
    assert "disclosure.total" not in _values(_RUN + sentence + "\n")


# ---- an untitled legacy report: local rules cited; its name in the opening sentence ------------------------------

_LEGACY_BODY = ("\n一、概述\n截止2016年底，我区政府信息公开工作运行正常。\n二、政府信息主动公开情况\n2016年度共主动公开政府信息1573条。\n"
                "三、依申请公开政府信息和不予公开政府信息的情况\n本年度没有申请公开政府信息和不予公开政府信息的情况。\n")


@pytest.mark.parametrize("opening", [
    "本年报是根据《岚峰市政府信息公开规定》要求，由岚峰高新区编制的2016年度政府信息公开工作年度报告。",
    "本报告根据《青禾省政府信息公开暂行办法》要求，由青禾县某某镇编制的2016年政府信息公开工作年度报告。",
])
def test_local_rules_cited_name_a_report(opening):
    r = reportparse.parse_text(opening + _LEGACY_BODY)
    assert r.value("disclosure.total") == 1573
    assert r.value("requests.new") == 0
    assert r.value("requests.denied") == 0


def test_a_notice_citing_local_rules_is_no_report():
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text("根据《岚峰市政府信息公开规定》，现就做好2016年度政府信息公开工作年度报告编制工作通知如下。\n"
                               "一、各单位于1月31日前报送。\n")


@pytest.mark.parametrize("opening", [
    "根据《中华人民共和国政府信息公开条例》有关要求，特结合我镇实际，编制岚峰县青禾镇2014年政府信息公开工作年度报告。",
    "为保障人民群众的知情权，特根据本单位工作实际，编制岚峰县青禾镇2014年政府信息公开工作年度报告。",
])
def test_a_report_named_after_the_clause_it_draws_on(opening):
    r = reportparse.parse_text(opening + "本报告涵盖2014年1月1日至12月31日期间的政府信息公开工作情况。\n一、概述\n"
                               "二、主动公开政府信息情况\n2014年主动公开各类信息合计164条。\n")
    assert r.title == "岚峰县青禾镇2014年政府信息公开工作年度报告"
    assert r.year == 2014
    assert r.value("disclosure.total") == 164


# ---- an untitled report whose figure sentences open with 今年来 and name the body ---------------------------------

_OVERVIEW = ("一、总体情况\n2021年，青禾区政府办公室根据《中华人民共和国政府信息公开条例》要求，全力做好政府信息公开工作。\n"
             "（一）主动公开。今年来，青禾区政府办公室对外主动公开信息总计138条，涵盖区情概貌、领导动态等栏目。\n")


@pytest.mark.parametrize("year_word", ["今年来", "今年以来"])
def test_an_untitled_reports_subject_named_after_this_years_word(year_word):
    text = (_OVERVIEW.replace("今年来", year_word) + "（二）依申请公开。按时录入依申请公开事件。" + year_word
            + "，青禾区政府办公室共收到依申请公开9件，皆为自然人申请，答复9件。\n")
    r = reportparse.parse_text(text)
    assert r.value("disclosure.total") == 138
    assert r.value("requests.new") == 9
    assert r.value("requests.new", "natural_person") == 9


def test_a_government_office_named_once_stays_a_part():
    r = reportparse.parse_text(_OVERVIEW + "（二）依申请公开。全区共收到依申请公开9件。\n")
    assert r.value("disclosure.total") is None


@pytest.mark.parametrize("sentence, total, natural", [
    ("本年度共受理群众网上申请政府信息公开申请5件，自然人申请办件量4件，法人1件。", 5, 4),
    ("本年度共受理政府信息公开申请6件，其中自然人申请数量3件。", 6, 3),
])
def test_the_natural_persons_share_said_as_a_caseload(sentence, total, natural):
    r = reportparse.parse_text(_REQ + sentence + "\n")
    assert r.value("requests.new") == total
    assert r.value("requests.new", "natural_person") == natural


# ---- outcomes said count first with 办理结果为 --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, not_held, creation", [
    ("2024年，我局收到依申请公开政府信息19件。其中，2件办理结果为主动公开，8件办理结果为本机关不掌握相关政府信息，"
     "1件办理结果为没有现成信息需要另行制作，申请人主动撤销6件。", 8, 1),
    ("2024年，我局收到依申请公开政府信息12件，其中5件因需要另行制作而无法提供，3件答复结果为本机关不掌握的信息。", 3, 5),
])
def test_outcomes_said_count_first_as_the_handlings_result(sentence, not_held, creation):
    v = _values(_REQ + sentence + "\n")
    assert v["requests.unable.not_held"] == not_held
    assert v["requests.unable.needs_creation"] == creation


def test_an_outcome_of_a_review_is_no_requests():
    v = _values(_REQ + "被申请行政复议4件，其中1件办理结果为本机关不掌握相关政府信息，2件办理结果为需要另行制作。\n")
    assert "requests.unable.not_held" not in v and "requests.unable.needs_creation" not in v
