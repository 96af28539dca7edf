"""Reports stored without their title (stop 29, hunt29b): a page that opens in the body — one preamble paragraph
citing the statute, then 一、总体情况 and its (一)主动公开 (二)依申请公开 subsections; the overview first with its
(三)政府信息公开管理 part; a preamble that hands over the 政府信息公开工作情况 and names 本报告 — is a report, while a
guide, a catalogue, a half-year statistics page, a self-inspection and a news item that cite the statute stay
refused. The year a title-less body states once (截至2023年12月31日, 汇报我镇2023年政府信息公开工作, "。2020年，我委…";
not 截至2022年底) and the date a CMS sets one field a line ("2018.01.25" under an index number). Invented texts and numbers."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

# ---- title-less bodies that are reports ----------------------------------------------------------------------

SOE = ("2024年，岚峰市供水集团有限公司认真贯彻落实《中华人民共和国政府信息公开条例》要求，高度重视政务公开工作。\n"
       "一、总体情况\n（一）主动公开情况。集团在岚峰市政府信息公开平台主动公开政府信息47条，其中工作动态23条。\n"
       "（二）依申请公开情况。2024年度，集团收到政府信息公开申请3条，均已按期答复。\n"
       "（三）政府信息管理情况。严格执行信息发布审核制度。\n")


def test_a_preamble_citing_the_statute_then_the_overview_is_a_report():
    report = reportparse.parse_text(SOE)
    assert report.title is None and report.year == 2024
    assert report.value("disclosure.total") == 47


def test_a_preamble_cut_before_its_first_word_then_the_overview_is_a_report():
    # (a copy that lost 本 of 本报告 and cut the opening after (二))
    text = ("报告根据《中华人民共和国政府信息公开条例》要求编制而成。报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
            "一、总体情况\n（一）主动公开情况。2024年，园区主动公开政府信息318条。\n（二）依申请公开情况。园区收到申请6件。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2024 and report.value("disclosure.total") == 318


def test_the_overview_first_with_its_information_management_part_is_a_report():
    text = ("一、总体情况\n（一）主动公开政府信息情况。2020年，我院共制作和主动发布政府信息219条，其中政策解读5条。\n"
            "（二）依申请公开办理情况。2020年，县医院未收到政府信息公开申请。\n（三）政府信息公开管理情况\n"
            "一是建立健全工作机制。\n")
    report = reportparse.parse_text(text)
    assert report.title is None and report.year == 2020
    assert report.value("disclosure.total") == 219


def test_a_preamble_that_hands_over_the_work_and_names_the_report_is_a_report():
    text = ("2019年，我院高度重视政府信息公开工作，有序推进政府信息公开。现将政府信息公开工作情况报告如下：如对本报告有任何"
            "疑问，可与岚峰县中医院办公室联系。\n一、基本情况\n（一）信息发布数量增加，2019年我院主动公开医院信息231条。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2019 and report.value("disclosure.total") == 231


# ---- near-misses: documents that cite the statute or share the headings, and are no report ------------------

@pytest.mark.parametrize("text", [
    # a guide stored without its title: the statute, 一、主动公开 / 二、依申请公开, and it calls itself 本指南
    "根据《中华人民共和国政府信息公开条例》，为便于公民获取政府信息，编制本指南。\n一、主动公开\n（一）公开范围。共47类。\n"
    "二、依申请公开\n（一）受理机构。\n",
    # a catalogue
    "根据《中华人民共和国政府信息公开条例》，编制本目录。\n一、主动公开目录\n1. 机构职能\n二、依申请公开\n申请方式\n",
    # a half-year statistics page set like a report
    "根据《中华人民共和国政府信息公开条例》，现将2022年上半年政府信息公开情况公布如下。\n一、总体情况\n"
    "（一）主动公开情况。上半年主动公开政府信息673条。\n（二）依申请公开情况。上半年受理申请267件。\n",
    # a half-year page that hands over its work and names 本报告
    "2022年上半年，我局有序推进政府信息公开。现将2022年上半年政府信息公开工作情况报告如下：如对本报告有疑问，请来电。\n"
    "一、基本情况\n上半年主动公开信息58条。\n",
    # a self-inspection
    "2022年，我局对照要求开展自查。现将政府信息公开工作自查情况报告如下：本报告所述问题已整改。\n一、基本情况\n主动公开信息58条。\n",
    # a news item citing the statute, then a meeting's points numbered as subsections
    "2024年3月5日，岚峰市供水集团召开会议，学习《中华人民共和国政府信息公开条例》。\n会议要求：\n（一）主动公开。"
    "及时发布信息47条。\n（二）依申请公开。规范答复。\n",
])
def test_documents_citing_the_statute_are_still_no_report(text):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


def test_a_report_that_mentions_updating_its_guide_is_still_a_report():
    text = ("根据《中华人民共和国政府信息公开条例》要求，编制本报告。\n一、总体情况\n2023年，我局及时更新政府信息公开指南。\n"
            "二、主动公开政府信息情况\n主动公开政府信息91条。\n三、依申请公开情况\n收到申请4件。\n")
    report = reportparse.parse_text(text)
    assert report.value("disclosure.total") == 91


def test_verbs_of_one_act_before_the_proactive_count_are_no_list_of_names():
    report = reportparse.parse_text("2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我院共制作和主动发布政府信息219条。\n")
    assert report.value("disclosure.total") == 219


def test_information_produced_with_its_disclosed_part_is_still_not_the_total():
    report = reportparse.parse_text("2013年政府信息公开工作年度报告\n一、主动公开情况\n全年共制作政府信息236条，"
                                    "其中主动公开信息数为158条。\n")
    assert report.value("disclosure.total") != 236


# ---- the year the body states once ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, year", [
    ("一、总体情况\n（一）主动公开情况。本年度我局通过门户网站发布信息。截止2023年12月31日我局发布政务类信息37条。\n"
     "（二）依申请公开工作情况。本年度共受理政府信息公开申请2件。\n（三）政府信息管理情况\n", 2023),
    ("一、总体情况\n本报告是根据《中华人民共和国政府信息公开条例》要求，从六个方面汇报我镇2023年政府信息公开工作。\n"
     "二、主动公开政府信息情况\n主动公开政府信息61条。\n", 2023),
    ("一、总体情况\n岚峰市卫生健康委按照《中华人民共和国政府信息公开条例》的要求开展工作。2020年，我委配备了1名兼职"
     "工作人员。截至2020年底，我委工作运行正常。\n（一）主动公开\n（二）依申请公开\n2020年市卫生健康委收到申请6件。\n", 2020),
])
def test_the_year_the_body_states_once(text, year):
    assert reportparse.parse_text(text).year == year


@pytest.mark.parametrize("text", [
    # two years stated as the report's: which is not settled
    "一、总体情况\n（一）主动公开情况。截止2022年12月31日我局发布信息37条。2023年，我局继续推进公开。\n"
    "（二）依申请公开情况。收到申请2件。\n（三）政府信息管理情况\n",
    # a plan for next year is no report year
    "一、总体情况\n（一）主动公开情况。我局发布信息37条。2024年，我局将进一步做好公开工作。\n"
    "（二）依申请公开情况。收到申请2件。\n（三）政府信息管理情况\n",
    # a running total's end (截至2022年底) is no report year
    "一、总体情况\n（一）主动公开情况。截至2022年底，我局累计发布信息412条。\n"
    "（二）依申请公开情况。收到申请2件。\n（三）政府信息管理情况\n",
    # a year inside a sentence (a date, a span) is none
    "一、总体情况\n（一）主动公开情况。我局于2023年5月发布信息37条，2019年以来累计发布信息412条。\n"
    "（二）依申请公开情况。收到申请2件。\n（三）政府信息管理情况\n",
])
def test_no_year_where_the_body_states_none_or_two(text):
    assert reportparse.parse_text(text).year is None


# ---- the publish date among a CMS's facts --------------------------------------------------------------------

TITLE = "2017年岚峰区教育局政府信息公开工作年度报告\n"
BODY = "引 言 本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、主动公开情况\n全年主动公开政府信息83条。\n"


def test_a_dotted_date_among_facts_one_a_line_under_an_index_number():
    report = reportparse.parse_text(TITLE + "QA4471052-2018-003\n主动公开\n无\n岚峰区教育局\n2018.01.29\n" + BODY)
    assert report.published == "2018-01-29"


def test_spaced_field_labels_give_the_publish_date():
    report = reportparse.parse_text(TITLE + "索 引 号 : 008471552/2018-00004 发布机构: 岚峰区教育局 成文日期: 2018-01-17\n"
                                    "发布时间: 2018-01-19 发文字号: 公文种类:\n有 效 性 : 有效\n" + BODY)
    assert report.published == "2018-01-19"


@pytest.mark.parametrize("head", [
    "主动公开\n无\n岚峰区教育局\n2018.01.29\n",                     # no index number above: a bare date line
    "QA4471052-2018-003\n主动公开\n共3页 第1页 2017.12.31 更新\n2018.01.29 浏览 12 次\n",   # not a date alone on its line
    "QA4471052-2018-003\n主动公开\n2017.06.30\n",                   # within the reporting year: no publish date
])
def test_no_publish_date_from_facts_that_are_not_so_set(head):
    assert reportparse.parse_text(TITLE + head + BODY).published is None
