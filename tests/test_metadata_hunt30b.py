"""Pages that are not reports, and university reports (stop 30, hunt30b): an explanation of a report (文字解读：关于X…
年度报告的解读) and a model essay (…年度工作报告范文, its year stripped) are refused though their openings cite the statute
and say 本年度报告; a university's report is read whether it has its title or not, also when its opening cites only the
school's own rules under 《高等学校信息公开办法》 (《X大学信息公开条例(试行)》). Invented texts and numbers."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

EXPLANATION = ("字号：大 中 小\n文字解读：关于青岚县市场监督管理局2023年政府信息公开工作年度报告的解读\n"
               "一、编制背景\n根据《中华人民共和国政府信息公开条例》要求，本年度报告由县市场监管局编制。\n"
               "二、主要内容\n2023年，我局主动公开政府信息163条。\n")


def test_an_explanation_of_a_report_is_refused():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(EXPLANATION)


def test_a_report_that_names_its_policy_explanations_is_still_a_report():
    # near-miss: 政策解读 is a report's own subject, not the page's genre
    text = ("根据《中华人民共和国政府信息公开条例》要求，编制本报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n（一）主动公开情况。2023年，我局主动公开政府信息163条，发布政策解读7篇。\n"
            "（二）依申请公开情况。2023年，我局收到政府信息公开申请4件。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2023 and report.value("disclosure.total") == 163


MODEL_BODY = ("本年度报告是根据《中华人民共和国政府信息公开条例》要求，由市区编制。全文包括概述，主动公开政府信息情况。\n"
              "一、概述\n年，我区主动公开政府信息2381条。\n")


def test_a_model_essay_is_refused_by_its_title_and_by_its_opening():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text("政府信息公开年度工作报告范文\n" + MODEL_BODY)
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text("以下为一篇范文，供参考。\n" + MODEL_BODY)


def test_the_same_opening_without_the_model_word_is_read():
    report = reportparse.parse_text("青岚区2019年政府信息公开工作年度报告\n" + MODEL_BODY.replace("\n年，", "\n2019年，"))
    assert report.year == 2019 and report.value("disclosure.total") == 2381


UNIV_OPENING = ("本报告根据《岚峰海洋大学信息公开条例（试行）》和2016-2017学年学校各部门的信息公开工作情况编制。"
                "本报告由概述，主动公开情况，依申请公开和不予公开情况等七部分组成。"
                "本报告中所列数据的统计期限自2016年9月1日起至2017年8月31日止。\n一、概述\n"
                "2016-2017学年，学校主动公开信息318条。\n")


def test_a_university_report_without_its_title_citing_its_own_rules_is_read():
    report = reportparse.parse_text(UNIV_OPENING)
    assert report.title is None and report.year == 2017
    assert report.value("disclosure.total") == 318


def test_a_university_report_with_its_title_is_read_the_same_way():
    report = reportparse.parse_text("2016-2017学年岚峰海洋大学信息公开工作年报\n" + UNIV_OPENING)
    assert report.year == 2017 and report.value("disclosure.total") == 318


def test_a_schools_rules_on_something_else_are_no_statute():
    # near-miss: a school's rules that are not on 信息公开, cited by a notice that is not a report
    text = ("根据《岚峰海洋大学学生管理规定》，本报告对2016-2017学年学生工作情况说明如下。\n"
            "学校共有学生2381名。\n")
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


# ---- a title-less copy that lost 本报告, in traditional script with pinyin after characters ------------------------

CONTENTS_OPENING = ("根據(jù)《中華人民共和國(guó)政府信息公開條例》以及2016年度縣政府信息公開年度報(bào)告編制。全文由概述、"
                    "主動(dòng)公開政府信息情況、依申請(qǐng)公開政府信息情況、咨詢處理情況、存在的主要問題和改進(jìn)措施等五個(gè)部分組成。"
                    "報(bào)告中所列數(shù)據(jù)的統(tǒng)計(jì)期限自2016年1月1日至2016年12月31日止。\n一、概述\n"
                    "青岚鎮(zhèn)高度重視政府信息公開工作。\n二、主動(dòng)公開政府信息的情況\n"
                    "2016年，青岚鎮(zhèn)累計(jì)主動(dòng)公開政府信息317條。\n")


def test_an_opening_listing_the_reports_parts_and_its_period_is_a_report():
    report = reportparse.parse_text(CONTENTS_OPENING)
    assert report.title is None and report.year == 2016 and report.template == "legacy"
    assert report.value("disclosure.total") == 317


def test_the_parts_listed_without_the_reports_own_period_are_not_enough():
    # near-miss: the same list and statute, but no statistics period of its own (a plan or a notice may list them)
    text = CONTENTS_OPENING.replace("報(bào)告中所列數(shù)據(jù)的統(tǒng)計(jì)期限自2016年1月1日至2016年12月31日止。", "")
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


def test_a_period_without_the_parts_is_not_enough():
    # near-miss: a list that is not the genre's parts (no 主动公开 / 依申请公开)
    text = CONTENTS_OPENING.replace("主動(dòng)公開政府信息情況、依申請(qǐng)公開政府信息情況、", "")
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


# ---- pages with a report's title that are another genre all the same ------------------------------------------

def test_an_explanation_titled_by_the_report_it_explains_is_refused():
    text = ("文字解读:青岚县石桥街道办事处2022年政府信息公开工作年度报告\n字号:\n大 中 小\n"
            "一、编制背景\n根据《中华人民共和国政府信息公开条例》有关要求，编写本报告。\n"
            "二、编制依据\n《中华人民共和国政府信息公开条例》\n三、编制目的\n系统反映本单位主动公开政府信息情况。\n")
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


def test_a_report_under_a_text_version_label_is_still_a_report():
    # near-miss: the same label over the report itself (a site's 文字版 beside its 图解), its own parts after it
    text = ("文字解读:青岚县石桥街道办事处2022年政府信息公开工作年度报告\n"
            "根据《中华人民共和国政府信息公开条例》规定，编制本报告。\n一、总体情况\n"
            "（一）主动公开情况。2022年，街道主动公开政府信息271条。\n（二）依申请公开情况。收到申请3件。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2022 and report.value("disclosure.total") == 271


def test_a_model_essay_whose_title_came_from_a_sample_sentence_is_refused():
    text = ("政府信息公开工作年度报告格式范文\n\n政府信息公开工作年度报告格式范文 篇1\n\n"
            "为深入贯彻落实《中华人民共和国政府信息公开条例》相关规定，现将某县档案局2018年度政府信息公开工作报告如下。\n\n"
            "一、2018年度政府信息公开工作基本情况\n\n2018年，某县档案局主动公开政府信息143条。\n")
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(text)


@pytest.mark.parametrize("phrase", ["规范文字表述", "行政规范文件", "创建示范文明单位"])
def test_a_report_whose_opening_says_guifan_wenzi_is_no_model_essay(phrase):
    # regression (stop 30 review): 规范文字表述 holds 范文 as a substring; a title-less report saying it was refused
    text = ("根据《中华人民共和国政府信息公开条例》，结合2023年青岚街道各科室的信息公开工作实际情况编制本报告。"
            f"本报告所列数据统计期限为2023年1月1日至12月31日。我街道加强内容审核，{phrase}。\n"
            "一、总体情况\n（一）主动公开情况。2023年，我街道主动公开政府信息317条。\n")
    report = reportparse.parse_text(text)
    assert report.year == 2023 and report.value("disclosure.total") == 317
