"""Header fields a CMS sets as a table (flattened to pipe rows, names spaced out) and a title that
only an opening sentence states: invented pages, the title, year and date asserted."""
import pytest

import reportparse

BODY = ("一、主动公开政府信息情况\n全年主动公开政府信息2716条。\n"
        "二、依申请公开情况\n全年共受理政府信息公开申请38件，其中网上申请29件、信函申请9件。\n")


def parse(head: str):
    return reportparse.parse_text(head + BODY)


@pytest.mark.parametrize("header, published", [
    ("索 引 号 | 000111222/2021-00417 | 分 类 | 年报 |\n发布机构 | 县政府办 | 发文日期 | 2021-01-29 |\n", "2021-01-29"),
    ("索引号|000111222/2021-00417|发 布 日 期|2021-01-27|\n", "2021-01-27"),
    ("索引号：000111222/2021-00417\n发布时间：2021-01-25\n", "2021-01-25"),
])
def test_a_header_field_is_read_through_a_pipe_or_a_colon_and_is_never_the_title(header, published):
    report = parse(header + "青岭县人民政府2020年政府信息公开工作年度报告\n")
    assert report.title == "青岭县人民政府2020年政府信息公开工作年度报告"
    assert report.published == published
    assert report.values()["requests.new|applicant=total"] == 38


@pytest.mark.parametrize("sentence, title", [
    ("根据《条例》规定，现公布青岭县人民政府2020年政府信息公开工作年度报告。",
     "青岭县人民政府2020年政府信息公开工作年度报告"),
    ("现将青岭县交通运输局2020年度政府信息公开工作年度报告予以公布。",
     "青岭县交通运输局2020年度政府信息公开工作年度报告"),
    ("特此发布青岭县2020年政府信息公开年报，统计期限自2020年1月1日至12月31日。", "青岭县2020年政府信息公开年报"),
])
def test_a_page_without_a_title_line_takes_the_report_its_opening_sentence_publishes(sentence, title):
    report = parse("索 引 号 | 000111222/2021-00417 | 分 类 | 年报 |\n" + sentence + "\n")
    assert report.title == title
    assert report.year == 2020
    assert any("the title is read from the sentence that publishes the report" in w for w in report.warnings)
    assert report.values()["disclosure.total"] == 2716


@pytest.mark.parametrize("sentence", [
    "现公布《关于做好2020年政府信息公开工作年度报告编制发布工作的通知》要求的内容。",   # a notice, not the report
])
def test_a_sentence_that_names_no_dated_report_gives_no_title(sentence):
    with pytest.raises(reportparse.NotAnnualReportError):
        parse("索 引 号 | 000111222/2021-00417 |\n" + sentence + "\n")


def test_a_text_run_onto_one_line_takes_the_words_up_to_its_report_as_title():
    # a crawler that drops line breaks: the title, the header fields and the body share one line
    one_line = ("青岭县人民政府2020年政府信息公开工作年度报告 发布时间：2021-01-28 根据《条例》规定，"
                "现公布岭南青岭县人民政府2020年政府信息公开工作年度报告。 " + BODY.replace("\n", " "))
    report = reportparse.parse_text(one_line)
    assert report.title == "青岭县人民政府2020年政府信息公开工作年度报告"
    assert report.published == "2021-01-28"
    assert report.values()["requests.by_channel.online|applicant=total"] == 29


def test_a_copy_in_traditional_script_keeps_its_title_year_and_date():
    # a mirror site's conversion: the title as printed, its words and the header field found in the search form
    head = "青嶺縣人民政府2020年政府信息公開工作年度報告\n發布時間：2021-01-26\n"
    report = parse(head)
    assert report.title == "青嶺縣人民政府2020年政府信息公開工作年度報告"
    assert (report.year, report.published) == (2020, "2021-01-26")
    sentence = parse("索 引 號 | 000111222/2021-00417 |\n根據《條例》規定，現將青嶺縣人民政府2020年政府信息公開工作年度報告予以公佈。\n")
    assert sentence.title == "青嶺縣人民政府2020年政府信息公開工作年度報告"
