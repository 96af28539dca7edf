"""An opening paragraph that cites the statute and calls itself 本年度报告 (a state-owned group's report stored
without its title, stop 28, hunt28b) was taken for a title line that names no report, and the whole document was
refused; a long first paragraph whose first clause ends before it names a report is no title (as the last title
rule already held). Invented texts and numbers."""
import pytest

import reportparse
from reportparse.errors import NotAnnualReportError

# ---- an opening paragraph that calls itself 本年度报告 is no title line --------------------------------------

GROUP_OPENING = ("2014年，岚峰城投集团按照《中华人民共和国政府信息公开条例》的有关要求，提高规范化建设，不断提升信息公开水平，"
                 "政府信息公开工作取得新的进展。本年度报告中所列数据的统计期限从2014年1月1日至2014年12月31日止。\n"
                 "一、信息公开工作概况\n（一）加强组织领导\n建立完善了信息公开管理运作体系。\n"
                 "二、主动公开情况\n2014年，集团主动公开政府信息73条。\n")


def test_an_opening_paragraph_that_names_itself_is_a_report_not_a_title():
    report = reportparse.parse_text(GROUP_OPENING)
    assert report.title is None and report.year == 2014
    assert report.value("disclosure.total") == 73


def test_a_news_paragraph_citing_the_statute_is_still_no_report():
    news = ("2014年，岚峰城投集团按照《中华人民共和国政府信息公开条例》的有关要求，召开信息公开工作会议，部署全年工作，"
            "会议要求各部门按时报送年度报告材料并做好信息发布工作。\n会上，集团领导作了讲话。\n")
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(news)


def test_an_opening_paragraph_that_opens_with_report_alone_is_a_report():
    """Regression (stop 29): the merge of the rule above refused a zone's report whose opening says 报告根据《条例》…
    编制而成 (报告 with no 本), where the paragraph had been taken for its title before."""
    zone = ("报告根据《中华人民共和国政府信息公开条例》要求，结合全区各部门2024年政府信息公开年度报告编制而成。报告所列数据的"
            "统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况\n（一）主动公开情况。2024年，经开区主动公开政府信息"
            "617条。\n")
    report = reportparse.parse_text(zone)
    assert report.title is None and report.year == 2024
    assert report.value("disclosure.total") == 617
    with pytest.raises(NotAnnualReportError):      # a news item about a report, opening with 报告 too
        reportparse.parse_text("报告会上，岚峰经开区介绍了《中华人民共和国政府信息公开条例》的贯彻情况。\n会后，与会人员参观了展厅。\n")


# ---- the issuer named by the clause that writes the report --------------------------------------------------
# A title-less street office's report names itself in the opening (X街道特编制2023年…年度报告): its own 街道办事处
# in a later clause is then the issuer, not a part of it, and its proactive total is read.

STREET = ("根据《中华人民共和国政府信息公开条例》的要求，岚峰县青石街道特编制2023年政府信息公开年度报告。本报告中所列数据的"
          "统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n（一）加大公开力度\n2023年，青石街道办事处在县政府信息公开系统上主动公开政府信息83条，"
          "其中部门文件21件。\n")


def test_the_street_that_writes_the_report_is_its_issuer():
    report = reportparse.parse_text(STREET)
    assert report.title is None and report.year == 2023
    assert report.issuer.name == "岚峰县青石街道"
    assert report.value("disclosure.total") == 83


def test_an_issuer_named_by_the_clause_that_compiles_it():
    report = reportparse.parse_text("根据《中华人民共和国政府信息公开条例》要求，由岚峰县人民政府办公室编制。全文包括概述、"
                                    "主动公开政府信息情况。\n一、概述\n2014年，县政府加快电子政务建设。\n"
                                    "二、主动公开政府信息情况\n县政府门户网站发布各类信息8632条。\n三、依申请公开政府信息情况\n本单位2014年度没有收到要求公开信息的申请。\n")
    assert report.issuer.name == "岚峰县人民政府办公室"
    assert report.value("requests.new", applicant="total") == 0


def test_without_the_self_naming_clause_a_street_office_is_still_a_part():
    text = STREET.replace("岚峰县青石街道特编制2023年政府信息公开年度报告", "编制本报告")
    report = reportparse.parse_text(text)
    assert report.issuer.name is None
    assert report.value("disclosure.total") is None


def test_a_document_compiled_by_another_body_names_no_issuer():
    # 由…编制 must close its sentence: a cited document compiled by someone else is no issuer
    report = reportparse.parse_text("根据《中华人民共和国政府信息公开条例》和由岚峰县人民政府办公室编制的工作指引，编制本报告。\n"
                                    "一、总体情况\n2023年，主动公开政府信息83条。\n")
    assert report.issuer.name is None
    assert report.value("disclosure.total") == 83


# ---- the date a CMS sets under the title among the page's facts ---------------------------------------------

def test_a_date_among_the_page_facts_under_the_title():
    report = reportparse.parse_text("信息公开年报\n您当前位置 : 首页  信息公开年报\n岚峰学院2018-2019学年度信息公开工作报告\n"
                                    "2020-10-27   来源:岚峰学院      点击:315\n为贯彻落实《高等学校信息公开办法》，编制本报告。"
                                    "统计数据的时间为2018年9月1日至2019年8月31日。\n")
    assert report.title == "岚峰学院2018-2019学年度信息公开工作报告"
    assert report.year == 2019 and report.published == "2020-10-27"


def test_a_date_in_a_list_of_page_facts():
    report = reportparse.parse_text("2011年岚峰市公安局政府信息公开年度报告\n  • 听全文\n  • 2012-03-28\n  • 来源:本网\n"
                                    "本报告是根据《中华人民共和国政府信息公开条例》要求编制的2011年度政府信息公开年度报告。\n")
    assert report.published == "2012-03-28"


@pytest.mark.parametrize("head", [
    # (a bare date line right under the title is its date since heldout55: test_heldout_classes_55d.py)
    "  • 2012-03-28\n  • 听全文\n",          # no labelled fact after it
    "2012-03-28 更新\n",
])
def test_an_unlabelled_date_alone_is_no_publish_date(head):
    report = reportparse.parse_text("2011年岚峰市公安局政府信息公开年度报告\n" + head
                                    + "本报告是根据《中华人民共和国政府信息公开条例》要求编制的2011年度政府信息公开年度报告。\n")
    assert report.published is None
