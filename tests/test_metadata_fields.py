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
    # (lead33) each name with its colon in a cell of its own, a blank value before it
    ("索引号: | 000111222/2021-00417 | 公开方式: | 主动公开 |\n文号: | 公开日期: | 2021-01-23 10:52 | |\n", "2021-01-23"),
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
    # the body reads on (a 2020 report: by-channel counts are the legacy tables' keys, said and not read, SCHEMA)
    assert report.value("requests.new", "total") is not None
    assert "requests.by_channel.online|applicant=total" not in report.values()
    assert any("requests.by_channel.online belongs to another template" in w for w in report.warnings)


def test_a_copy_in_traditional_script_keeps_its_title_year_and_date():
    # a mirror site's conversion: the title as printed, its words and the header field found in the search form
    head = "青嶺縣人民政府2020年政府信息公開工作年度報告\n發布時間：2021-01-26\n"
    report = parse(head)
    assert report.title == "青嶺縣人民政府2020年政府信息公開工作年度報告"
    assert (report.year, report.published) == (2020, "2021-01-26")
    sentence = parse("索 引 號 | 000111222/2021-00417 |\n根據《條例》規定，現將青嶺縣人民政府2020年政府信息公開工作年度報告予以公佈。\n")
    assert sentence.title == "青嶺縣人民政府2020年政府信息公開工作年度報告"


@pytest.mark.parametrize("title, code, county", [
    ("廣州市越秀區人民政府2020年政府信息公開工作年度報告", "440104", "越秀区"),
    ("瀋陽市和平區2020年政府信息公開工作年度報告", "210102", "和平区"),     # 和平区 also in 天津: 瀋陽 settles it
])
def test_a_copy_in_traditional_script_keeps_its_region(title, code, county):
    # the issuer is what the page prints; its region is looked up in the traditional fold
    report = parse(title + "\n發布時間：2021-01-26\n")
    assert (report.issuer.region.code, report.issuer.region.county) == (code, county)
    assert report.issuer.name == title.split("2020")[0]


@pytest.mark.parametrize("title, name, kind", [
    ("青嶺縣人民政府辦公室2020年政府信息公開工作年度報告", "青嶺縣人民政府辦公室", "general_office"),
    ("青嶺縣財政局政府信息公開工作2020年度報告", "青嶺縣財政局", "department"),
    ("全縣2020年政府信息公開工作年度報告匯總", "全縣", "aggregate"),
])
def test_a_copy_in_traditional_script_keeps_its_issuer_name_and_kind(title, name, kind):
    # the issuer's words (辦公室, 局, 政府信息公開 after the name) are read in the search form
    report = parse(title + "\n發布時間：2021-01-26\n")
    assert (report.issuer.name, report.issuer.kind) == (name, kind)


@pytest.mark.parametrize("chrome", [
    "当前位置：政府信息公开年度报告\n",                                  # labelled, naming the column only
    "您现在的位置: 首页 > 政务公开 > 政府信息公开年报 > 部门\n",          # short enough to be joined as a wrap
    "首页 » 信息公开 » 年度报告\n",                                      # no label: told by its arrows
    "您当前所在的位置: 网站首页 > 政府信息公开年报\n",                     # one step: told by its label
])
def test_a_breadcrumb_is_never_the_title_nor_joined_to_it(chrome):
    report = parse(chrome + "青岭县交通运输局2020年政府信息公开工作年度报告\n")
    assert report.title == "青岭县交通运输局2020年政府信息公开工作年度报告"
    assert (report.issuer.name, report.issuer.kind) == ("青岭县交通运输局", "department")


def test_a_breadcrumb_above_a_page_without_a_title_line_leaves_the_sentence_title():
    report = parse("当前位置：政府信息公开年度报告\n根据《条例》规定，现公布青岭县人民政府2020年政府信息公开工作年度报告。\n")
    assert report.title == "青岭县人民政府2020年政府信息公开工作年度报告"


@pytest.mark.parametrize("above, title", [
    ("政府信息公开", "青岭县2020年政府信息公开工作年度报告"),                 # the site's column name
    ("信息公开年报", "青岭县水利局2020年度政府信息公开工作年度报告"),
])
def test_a_column_name_above_a_whole_title_is_not_its_first_half(above, title):
    report = parse(f"{above}\n{title}\n")
    assert report.title == title


@pytest.mark.parametrize("lines, title", [
    ("青岭县人民政府2020年\n政府信息公开工作年度报告", "青岭县人民政府2020年政府信息公开工作年度报告"),
    ("青岭县人民政府\n2020年政府信息公开工作年度报告", "青岭县人民政府2020年政府信息公开工作年度报告"),
])
def test_a_title_wrapped_over_two_lines_is_still_joined(lines, title):
    assert parse(lines + "\n").title == title


@pytest.mark.parametrize("title, name", [
    ("文字解读：青岭县石桥街道办事处2020年政府信息公开工作年度报告", "青岭县石桥街道办事处"),
    ("图解:青岭县市场监督管理局2020年政府信息公开工作年度报告", "青岭县市场监督管理局"),
])
def test_a_label_before_the_title_is_not_part_of_the_issuer(title, name):
    assert parse(title + "\n").issuer.name == name


@pytest.mark.parametrize("sentence, name", [
    ("根据《条例》要求，特向社会公布2020年度我局政府信息公开工作年度报告。统计期限自2020年1月1日至12月31日。", None),
    # (the clause that wrote it names the body: 由X编制的2020年度…年度报告, hunt32b)
    ("本年报是依据《条例》，由青岭经济开发区管委会编制的2020年度政府信息公开年度报告。", "青岭经济开发区管委会"),
])
def test_a_sentence_taken_as_title_names_no_issuer(sentence, name):
    # a page that prints no title: line one stands in for it, but a sentence is no body's name
    report = parse(sentence + "\n")
    assert report.issuer.name == name


@pytest.mark.parametrize("sentence, title", [
    ("根据《条例》规定，现公开石桥街道办事处2020年政府信息公开工作年度报告。本年度报告统计期限为2020年。",
     "石桥街道办事处2020年政府信息公开工作年度报告"),
    ("依照《条例》，现公开青岭县卫生健康局2020年度政府信息公开工作年度报告，统计期限自2020年1月1日起。",
     "青岭县卫生健康局2020年度政府信息公开工作年度报告"),
])
def test_a_sentence_that_makes_the_report_public_gives_the_title(sentence, title):
    report = parse(sentence + "\n")
    assert (report.title, report.year) == (title, 2020)


@pytest.mark.parametrize("title, name", [
    ("青岭师范学院2019-2020学年信息公开工作年度报告", "青岭师范学院"),
    ("青岭职业技术大学2020—2021学年信息公开年度报告", "青岭职业技术大学"),
    ("2019-2020学年信息公开工作年度报告", None),
])
def test_an_academic_year_ends_the_issuers_name(title, name):
    assert parse(title + "\n").issuer.name == name


@pytest.mark.parametrize("head", [
    "归档时间:2023-06-15\n青岭县住房和城乡建设局2018年政府信息公开工作年度报告\n",
    "青岭县住房和城乡建设局2018年政府信息公开工作年度报告\n归档日期：2024-02-03 10:11\n",
])
def test_the_time_a_site_filed_a_page_is_not_its_publish_date(head):
    # 归档时间 years after a 2018 report: when the page was filed away, not published
    report = parse(head)
    assert report.published is None
    assert any("no publish date found" in w and "归档" in w for w in report.warnings)


@pytest.mark.parametrize("line", [
    "Page 2 - 青岭县交通运输局2019年度政府信息公开工作年度报告",        # a flipbook's page label before the title
    "第3页 | 青岭县交通运输局2019年度政府信息公开工作年度报告",
    "青岭县人民政府门户网站 _ 青岭县交通运输局2019年度政府信息公开工作年度报告",
])
def test_of_a_title_line_cut_at_its_separators_the_part_that_names_the_report_is_the_title(line):
    report = parse(line + "\n")
    assert report.title == "青岭县交通运输局2019年度政府信息公开工作年度报告"
    assert report.issuer.name == "青岭县交通运输局"


@pytest.mark.parametrize("header", [
    "• 公文生成日期:2020-01-03\n青岭县交通运输局2019年政府信息公开工作年度报告\n时间:2020-01-14 08:41\n",
    "生成日期：2020-01-06\n时间：2020-01-14\n青岭县交通运输局2019年政府信息公开工作年度报告\n",
])
def test_the_date_a_document_was_generated_yields_to_the_pages_time(header):
    # 公文生成日期 is when the document was produced, like 成文日期: the page's own 时间 is its publish date
    assert parse(header).published == "2020-01-14"


# A university reports on an academic year (1 September to 31 August) and publishes in the autumn of the
# year it ends: that year is the report's, and a date after 31 August is its publish date
@pytest.mark.parametrize("head, year, published", [
    ("青岭师范学院2019-2020学年信息公开工作年度报告\n发布时间：2020-10-28\n", 2020, "2020-10-28"),
    ("青岭理工大学2017—2018学年度信息公开工作年度报告\n发布日期：2018-10-31\n", 2018, "2018-10-31"),
    ("青嶺醫科大學2018-2019學年信息公開工作年度報告\n發布時間：2019-10-30\n", 2019, "2019-10-30"),
    # the copy lost its dashes: two years that follow each other, run together before 学年
    ("20202021学年信息公开工作年度报告\n发布时间：2021-10-29\n", 2021, "2021-10-29"),
])
def test_an_academic_years_report_is_of_the_year_it_ends(head, year, published):
    report = parse(head)
    assert (report.year, report.published) == (year, published)
    assert not any("reporting year" in w for w in report.warnings)


@pytest.mark.parametrize("opening, year", [
    ("本年度报告中所列数据的统计期限为2019—2020学年(2019年9月1日到2020年8月31日止)。", 2020),
    ("报告中所列数据的统计时间为2016年9月1日至2017年8月31日。", 2017),
    ("本学年报告中統計數據的時間為2018年9月1日至2019年8月31日。", 2019),
])
def test_a_statistics_period_of_one_academic_year_gives_the_year_it_ends(opening, year):
    report = parse("青岭学院信息公开工作年度报告\n发布时间：%d-10-30\n%s\n" % (year, opening))
    assert (report.year, report.published) == (year, f"{year}-10-30")


def test_a_report_titled_by_one_year_whose_period_is_its_academic_year_is_published_after_august():
    report = parse("青岭农业大学2020年度信息公开工作年度报告\n发布时间：2020-10-27\n"
                   "现将我校2020年度(2019年9月1日-2020年8月31日)信息公开工作总结如下:\n")
    assert (report.year, report.published) == (2020, "2020-10-27")


@pytest.mark.parametrize("title", ["青岭学院2018-2020学年信息公开工作年度报告", "青岭学院2021-2020学年信息公开工作年度报告"])
def test_an_academic_year_whose_years_do_not_follow_each_other_settles_no_year(title):
    report = parse(title + "\n发布时间：2020-10-30\n")
    assert report.year is None
    assert any("do not follow each other" in w for w in report.warnings)


# a report that states no publish date and signs nothing at its end may set its date under its title, on a line
# of its own, bare under the issuer's name or in brackets: that date is taken (said), if after the reporting period
LONG_BODY = "一、概述\n" + "本镇认真贯彻落实《条例》，扎实推进政府信息公开工作。" * 40 + "\n" + BODY


@pytest.mark.parametrize("head, published", [
    ("青岭县石门镇2013年政府信息公开年度报告\n石门镇人民政府\n2014年1月6日\n", "2014-01-06"),
    ("青岭师范学院2013年度信息公开工作年度报告\n（2014年1月8日）\n", "2014-01-08"),
    ("青岭农业大学2020年度信息公开工作年度报告\n青岭农业大学\n(2020年10月29日)\n"
     "现将我校2020年度(2019年9月1日-2020年8月31日)信息公开工作总结如下:\n", "2020-10-29"),
])
def test_the_date_set_under_the_title_is_taken_when_nothing_else_dates_the_report(head, published):
    report = reportparse.parse_text(head + LONG_BODY)
    assert report.published == published
    assert any("the date under the title" in w for w in report.warnings)


def test_a_date_under_the_title_within_the_reporting_year_is_not_a_publish_date():
    report = reportparse.parse_text("青岭县石门镇2013年政府信息公开年度报告\n（2013年12月20日）\n" + LONG_BODY)
    assert report.published is None


# a body whose name ends in none of the kinds' words (a university, a company, a name damaged into nonsense) is
# not called a people's government: its kind is not known
@pytest.mark.parametrize("title, name", [
    ("青岭师范大学2019-2020学年信息公开工作年度报告", "青岭师范大学"),
    ("国网青岭供电公司2016年信息公开工作年度报告", "国网青岭供电公司"),
])
def test_an_issuer_of_no_known_kind_is_not_a_government(title, name):
    report = parse(title + "\n")
    assert (report.issuer.name, report.issuer.kind) == (name, None)


@pytest.mark.parametrize("title, kind", [
    ("青岭县人民政府2016年政府信息公开工作年度报告", "government"),
    ("青岭县2016年政府信息公开工作年度报告", "government"),
    ("青岭县交通运输局2016年政府信息公开工作年度报告", "department"),
])
def test_the_kinds_names_still_give_their_kind(title, kind):
    assert parse(title + "\n").issuer.kind == kind


@pytest.mark.parametrize("text, year", [
    ("根据《条例》和《关于印发政府信息公开工作年度报告格式的通知》要求，特向社会公布2023年政府信息公开工作年度报告。"
     "本报告所列数据统计期限自2023年1月1日起至12月31日止。\n"
     "2023年度，我局共收到信息公开申请27起，答复27起。\n", 2023),
    ("一、總體情況\n本年報是根據《條例》規定，由岚峰區生態環境局編寫了2022年度政府信息公開工作年度報告。\n"
     "通過區政府政務信息平臺主動發布各類政務信息共計83條。\n", 2022),
])
def test_a_page_without_a_title_names_its_report_after_the_issuer_s_own_verb(text, year):
    """Round eight: no title line (line one names a notice, or no report), the report named without its issuer
    after 特向社会公布 / 编写了: it was a NotAnnualReportError."""
    report = parse(text)
    assert report.year == year
    assert any("the title is read from the sentence that publishes the report" in w for w in report.warnings)


def test_a_notice_that_tells_others_to_publish_their_reports_gives_no_sentence_title():
    """Guard: 应于…前公布2022年…年度报告 is a notice's instruction, not the issuer publishing its report."""
    report = parse("索 引 号 | 000111222/2023-00012 |\n各单位应于3月31日前公布2022年政府信息公开工作年度报告。\n")
    assert not any("the sentence that publishes the report" in w for w in report.warnings)


def test_line_one_that_names_the_issuer_outranks_a_report_published_without_its_name():
    """Guard: X办事处向社会公布2021年度本级…报告 keeps line one as the title (its issuer names itself there)."""
    report = parse("郑州高新区岚峰办事处向社会公布2021年度本级政府信息公开年度报告。统计期限自2021年1月1日起至12月31日止。\n")
    assert report.title.startswith("郑州高新区岚峰办事处")


def test_a_title_line_flattened_to_a_row_of_one_cell_and_blank_ones():
    # (lead33) "X…年度报告 | ||": the row's one cell that is not blank is the title, not a sentence below it
    report = parse("发布单位: | 青岭镇 |\n2020年度青岭镇政府信息公开工作年度报告 | ||\n"
                   "2020年,我镇认真贯彻落实《条例》。现将我镇2020年政府信息公开工作报告如下:\n")
    assert report.title == "2020年度青岭镇政府信息公开工作年度报告"
    assert report.values()["requests.new|applicant=total"] == 38
