"""Wordings of real reports the library missed or misread (hunt58), each a class with a guard that a near case is not
read. Texts and figures are invented.

- a body stored without its title from inside a section on, its status sections numbered as subsections ((二)依申请公开
  的政府信息情况 (三)咨询处理情况 (四)复议、诉讼和申诉情况): a report, read; a plan's subsections are not;
- a legacy overview whose parts are said as the work done ((一)建立健全领导体制和工作机制 (二)科学编制政府信息公开指南和
  公开目录 (三)逐步完善…配套制度), beside a status section of its own (二、主动公开政府信息情况): a report; the same
  headings without such a section (a plan's orders) are not;
- the gazette named 政报 and issued (共发行《岚峰政报》12期,发布政府信息662条), under a section on the forms of
  disclosure (2、公开形式) too: the gazette's count, never its issues;
- the year's disclosure said as 本年度/全年/今年 + 政府信息公开共N条: the proactive total; never a request's count;
- the ways named as many in the clause before the count (通过政府网站等方式,主动全面公开…等政府信息19322条) beside a
  medium's count: the proactive total; one way named (通过政府网站,) stays that channel's, not read as the total;
- no review said as none caused by the disclosure work (没有发生因政府信息公开工作而引起的行政复议): review.total 0;
  never a review caused by another matter (因行政处罚而引起);
- a paragraph opened by a part of the year (1—11月，…): its later sentences count that part too (…并无任何收费事项 is
  no year's fee); a sentence naming the year (全年) is the year's;
- requests addressed to a government (受理向市政府提出的信息公开申请176件) in the report of that government's office
  (…市人民政府办公室): the office's own; never in a department's nor another level's office.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from values_read import values_read as _values

_HEAD = "岚峰县某某镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n"


# ---- a title-less body from inside a section: its status sections numbered as subsections ----------------------------

@pytest.mark.parametrize("body, key, value", [
    ("(3)公开形式\n政府网站。通过门户网站查阅主动公开的政府信息。\n(二)依申请公开的政府信息情况\n2013年度，岚峰市共收到"
     "申请政府信息公开37件(次)，均已答复。\n(三)咨询处理情况\n2013年度，各部门共接受咨询约9000人次。\n"
     "(四)复议、诉讼和申诉情况\n本年度未发生有关政府信息公开的行政复议和行政诉讼。\n(五)政府信息收费及减免情况\n"
     "全年受理依申请公开的信息均未收费。\n", "requests.new", 37),
    ("二是规范目录。\n(二)政府信息依申请公开情况\n2012年度，本局共受理政府信息公开申请19件。\n(三)政府信息公开收费情况\n"
     "2012年度未收取任何费用。\n(四)行政复议和诉讼情况\n2012年度无因政府信息公开引起的行政复议、行政诉讼。\n",
     "requests.new", 19),
    ("（二）依申请公开政府信息情况\n2014年，共收到政府信息公开申请8件。\n（三）因政府信息公开申请行政复议、提起行政诉讼情况\n"
     "全年未发生行政复议和行政诉讼。\n（四）主动公开政府信息情况\n2014年主动公开政府信息251条。\n",
     "disclosure.total", 251),
])
def test_a_body_from_inside_a_section_with_status_subsections_is_a_report(body, key, value):
    assert _values(body)[key] == value


def test_a_plans_subsections_are_no_report():
    body = ("(一)主动公开工作\n各单位要及时公开政府信息。\n(二)依申请公开工作\n要规范办理流程，2014年办理申请27件。\n"
            "(三)复议诉讼应对\n妥善处理复议、诉讼。\n(四)收费管理\n严格执行收费规定。\n")
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(body)


# ---- a legacy overview said as the work done, beside a status section of its own -----------------------------------

_DONE = ("(一)建立健全领导体制和工作机构\n成立了政府信息公开领导小组。\n(二)科学编制政府信息公开指南和公开目录。\n"
         "编制了指南和目录。\n(三)逐步完善政府信息公开配套制度。\n制定了保密审查等制度。\n(四)积极做好监督检查\n"
         "按照上级要求开展自查。\n")


@pytest.mark.parametrize("status, year, total", [
    ("二、主动公开政府信息情况\n2011年，全镇主动公开政府信息83条。\n", 2011, 83),
    ("二、政府信息主动公开情况\n2012年，我乡主动公开政府信息46条，其中网上公开31条。\n", 2012, 46),
    ("三、依申请公开政府信息情况\n2013年度，我街道主动公开政府信息152条，未收到政府信息公开申请。\n", 2013, 152),
])
def test_a_legacy_overview_said_as_work_done_beside_its_status_section_is_a_report(status, year, total):
    report = reportparse.parse_text(_DONE + status)
    assert report.year == year and report.value("disclosure.total") == total


def test_the_same_headings_without_a_status_section_are_a_plans():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(_DONE.replace("成立了", "要成立").replace("编制了", "要编制") +
                               "二、工作要求\n2011年各单位要主动公开政府信息不少于83条。\n")


# ---- the gazette named 政报 and issued ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2025年度，共发行《岚峰政报》12期，发布政府信息662条，赠阅4.8万份。", 662),
    ("全年发行《岚峰市人民政府公报》6期，刊登文件87件。", 87),
    ("编印《岚峰政报》24期，刊载政府信息315条。", 315),
])
def test_a_gazette_named_zhengbao_and_issued_counts_its_items(sentence, count):
    v = _values(_HEAD + "（一）主动公开情况\n" + sentence + "\n（二）依申请公开情况\n2025年共收到政府信息公开申请3件。")
    assert v["disclosure.via_gazette"] == count
    assert v["requests.new"] == 3


def test_a_gazette_under_the_forms_of_disclosure_is_read():
    text = ("岚峰市2011年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》，编制本报告。\n二、主动公开\n"
            "2、公开形式\n(1)政府网站。\n(2)《岚峰政报》。2011年度，共发行《岚峰政报》12期，发布政府信息428条。\n")
    assert _values(text)["disclosure.via_gazette"] == 428


def test_a_gazettes_issues_alone_are_no_count():
    v = _values(_HEAD + "（一）主动公开情况\n全年共发行《岚峰政报》12期，赠阅4.8万份。\n（二）依申请公开情况\n"
                "2025年共收到政府信息公开申请3件。")
    assert "disclosure.via_gazette" not in v


# ---- the year's disclosure said as 本年度 政府信息公开共N条 -----------------------------------------------------------

@pytest.mark.parametrize("sentence, total", [
    ("深化全链条公开，本年度政府信息公开共530条，包括党政信息类137条，政策文件类13条。", 530),
    ("全年政府信息公开共计218条。", 218),
    ("聚焦重点领域，今年政务信息公开共96条。", 96),
])
def test_the_years_disclosure_said_as_government_information_disclosed(sentence, total):
    v = _values(_HEAD + "（一）主动公开情况\n" + sentence + "\n（二）依申请公开情况\n2025年共收到政府信息公开申请4件。")
    assert v["disclosure.total"] == total
    assert v["requests.new"] == 4


def test_a_request_count_after_the_year_word_is_no_disclosure():
    v = _values(_HEAD + "（一）依申请公开情况\n本年度政府信息公开申请共5件，均已办结。")
    assert "disclosure.total" not in v


# ---- the ways named as many in the clause before the count ----------------------------------------------------------

@pytest.mark.parametrize("sentence, total", [
    ("坚持公开原则，通过政府网站等方式，主动全面公开规划信息、行政许可、重大民生信息等政府信息19322条；“岚峰政务”微博、"
     "微信发布重要会议、政策解读等信息4304条。", 19322),
    ("通过门户网站等多种渠道，主动及时公开财政预决算、人事任免、政策文件等政府信息2718条，政务微信推送信息613条。", 2718),
    ("依法依规，通过政府网站、公开栏等方式，主动公开机构职能、通知公告等政府信息457条；微博发布信息95条。", 457),
])
def test_the_ways_named_as_many_before_the_count_give_the_total(sentence, total):
    v = _values(_HEAD + "（一）主动公开情况\n" + sentence + "\n（二）依申请公开情况\n2025年共收到政府信息公开申请6件。")
    assert v["disclosure.total"] == total
    assert v["requests.new"] == 6


def test_one_way_named_before_the_count_beside_a_medium_stays_unread():
    v = _values(_HEAD + "（一）主动公开情况\n坚持公开原则，通过政府网站，主动全面公开规划信息、行政许可等政府信息19322条；"
                "微信发布信息4304条。\n（二）依申请公开情况\n2025年共收到政府信息公开申请6件。")
    assert "disclosure.total" not in v


# ---- no review caused by the disclosure work -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2025年度，我镇未收到政府信息公开申请，没有发生因政府信息公开工作而引起的行政复议。",
    "本年度未发生因政府信息公开而引发的行政复议。",
    "全年没有发生因政府信息公开申请而引起的行政复议，依申请公开办理规范。",
])
def test_no_review_caused_by_the_disclosure_work_is_none(sentence):
    v = _values(_HEAD + "（一）主动公开情况\n2025年，我镇主动公开政府信息133条。\n（二）依申请公开情况\n" + sentence)
    assert v["review.total"] == 0
    assert v["disclosure.total"] == 133


def test_a_review_caused_by_another_matter_is_not_the_reports():
    v = _values(_HEAD + "（一）主动公开情况\n2025年，我镇主动公开政府信息133条。\n（二）其他情况\n"
                "本年度没有发生因行政处罚而引起的行政复议。")
    assert "review.total" not in v


# ---- a paragraph opened by a part of the year ------------------------------------------------------------------------

_YEAR14 = "岚峰市2014年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》，编制本报告。\n（二）依申请公开情况\n"


@pytest.mark.parametrize("paragraph", [
    "1—11月，全市共受理政府信息公开申请69件，答复69件。经认真审查，均依法予以答复，并无任何收费事项。",
    "1-10月，共收到政府信息公开申请41件。所有申请均已办结，未收取任何费用。",
    "前三季度，全市受理申请23件，办结23件。各单位均未收取费用。",
])
def test_a_paragraph_opened_by_a_part_of_the_year_counts_that_part(paragraph):
    v = _values(_YEAR14 + paragraph + "\n（三）行政复议和行政诉讼情况\n2014年，全市因政府信息公开发生的行政复议7件。")
    assert "fees.collected" not in v and "requests.new" not in v
    assert v["review.total"] == 7


def test_a_sentence_naming_the_year_in_such_a_paragraph_is_the_years():
    v = _values(_YEAR14 + "1—11月，全市共受理政府信息公开申请69件。全年未收取任何费用。"
                "\n（三）行政复议和行政诉讼情况\n2014年，全市因政府信息公开发生的行政复议7件。")
    assert v["fees.collected"] == 0


def test_the_same_paragraph_without_the_part_is_the_years():
    v = _values(_YEAR14 + "全市共受理政府信息公开申请69件，答复69件。经认真审查，均依法予以答复，并无任何收费事项。")
    assert v["fees.collected"] == 0 and v["requests.new"] == 69


# ---- requests addressed to a government, in its office's report ------------------------------------------------------

@pytest.mark.parametrize("title, sentence, n", [
    ("岚峰市人民政府办公室2025年政府信息公开工作年度报告", "全年受理向市政府提出的信息公开申请176件，办复率达到了100%。", 176),
    ("青禾县人民政府办公室2024年政府信息公开工作年度报告", "2024年，受理公民、法人或其他组织向县政府提出的政府信息公开申请38件。", 38),
    ("岚峰市青禾区人民政府办公室2023年政府信息公开工作年度报告", "共受理向区人民政府提出的政府信息公开申请57件。", 57),
])
def test_requests_to_a_government_in_its_offices_report(title, sentence, n):
    v = _values(title + "\n一、总体情况\n（二）依申请公开情况\n" + sentence)
    assert v["requests.new"] == n


@pytest.mark.parametrize("title", [
    "青禾县发展和改革局2024年政府信息公开工作年度报告",
    "青禾县人民政府办公室2024年政府信息公开工作年度报告",
])
def test_requests_to_another_government_stay_unread_in_an_office_or_department(title):
    v = _values(title + "\n一、总体情况\n（二）依申请公开情况\n受理向市政府提出的政府信息公开申请12件。")
    assert "requests.new" not in v
