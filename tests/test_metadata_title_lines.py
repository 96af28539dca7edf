"""Title lines as unseen sites print them: set with character spacing (政 府 信 息 公 开 …, text copied out
of a PDF), or below lines of site chrome (a sidebar's last link, a breadcrumb trail) that a page
without an <h1> or <title> puts first. The title, and the year, issuer and region read from it, are
the report's own."""
import pytest

import reportparse

BODY = ("（2021年2月3日发布）\n一、主动公开政府信息情况\n全年主动公开政府信息2716条。\n"
        "二、依申请公开情况\n全年共受理政府信息公开申请38件，其中网上申请29件、信函申请9件。\n")


@pytest.mark.parametrize("head", [
    "晋 江 市 人 民 政 府 2020 年 政 府 信 息 公 开 工 作 年 度 报 告\n",
    " ".join("晋江市人民政府2020年政府信息公开工作年度报告") + "\n",
    "晋 江 市 人 民 政 府\n2020年 政 府 信 息 公 开 工 作 年 度 报 告\n",
    " ".join("标题：晋江市人民政府2020年政府信息公开工作年度报告") + "\n",
    "  晋  江  市  人  民  政  府  2020  年  政  府  信  息  公  开  工  作  年  度  报  告  \n",
])
def test_a_letter_spaced_title_is_read_without_its_spaces(head):
    report = reportparse.parse_text(head + BODY)
    assert report.title == "晋江市人民政府2020年政府信息公开工作年度报告"
    assert report.year == 2020
    assert report.issuer.name == "晋江市人民政府"
    assert report.issuer.region.code == "350582"
    assert report.values()["disclosure.total"] == 2716


def test_a_title_with_one_space_keeps_it():
    report = reportparse.parse_text("晋江市人民政府 2020年政府信息公开工作年度报告\n" + BODY)
    assert report.title == "晋江市人民政府 2020年政府信息公开工作年度报告"
    assert report.year == 2020


TITLE = "晋江市人民政府2020年政府信息公开工作年度报告"


@pytest.mark.parametrize("chrome", [
    "相关链接\n市政府\n区政府\n",                                   # a short line joined to the title
    "首页 > 政务公开 > 政府信息公开年报\n",                           # a breadcrumb naming 年报
    "晋江市人民政府 | 信息公开 | 政府信息公开年报\n",                   # a breadcrumb with pipes
    "当前位置：首页 » 信息公开 » 年度报告\n",
    "区政府\n首页 › 政务公开 › 部门信息公开 › 政府信息公开年报\n",
])
def test_site_chrome_above_the_title_is_never_part_of_it(chrome):
    report = reportparse.parse_text(chrome + TITLE + "\n" + BODY)
    assert report.title == TITLE
    assert report.issuer.name == "晋江市人民政府"


@pytest.mark.parametrize("head", ["晋江市人民政府2020年政府信息公开\n工作年度报告\n",
                                  "晋江市人民政府\n2020年政府信息公开工作年度报告\n"])
def test_a_title_wrapped_over_two_lines_is_still_joined(head):
    report = reportparse.parse_text(head + BODY)
    assert report.title == TITLE


# a CMS header set one field a line, each name's value on the next line: a field this module does not list
# ("组配分类:" / "政府信息公开工作年报") is not the first half of a title, nor is a value with no Han ("2021-02-03")
YEAR_FIRST = "2020年度晋江市卫生健康局信息公开工作年度报告"


@pytest.mark.parametrize("field", ["组配分类:\n\n政府信息公开工作年报\n", "信息类别：\n政府信息公开年报\n",
                                   "组配分类:政府信息公开工作年报\n"])
def test_a_header_fields_name_and_value_are_never_a_title(field):
    head = "索引号:\n\n000111222/2021-00417\n\n发布机构:\n\n市政府办\n\n" + field + "\n发布日期:\n\n2021-02-03\n\n"
    report = reportparse.parse_text(head + YEAR_FIRST + "\n" + BODY)
    assert report.title == YEAR_FIRST
    assert report.issuer.name == "晋江市卫生健康局"
    assert (report.year, report.published) == (2020, "2021-02-03")


@pytest.mark.parametrize("text, title", [
    ("2020年晋江市卫生健康局政府信息公开年报 一、引言 本年报根据《条例》编制。 " + BODY.replace("\n", " "),
     "2020年晋江市卫生健康局政府信息公开年报"),
    (YEAR_FIRST + " 根据《条例》规定，现公布本报告。 " + BODY.replace("\n", " "), YEAR_FIRST),
])
def test_a_text_run_onto_one_line_starts_with_its_title_its_year_first(text, title):
    report = reportparse.parse_text(text)
    assert report.title == title
    assert report.year == 2020
    assert report.values()["disclosure.total"] == 2716


# a document-sharing site's copy: the text cut into numbered chunks ("1、 …", "2、…" mid-sentence), the year set
# apart by spaces as a PDF's text has it; the title is the report's name after the chunk's number
@pytest.mark.parametrize("text, title", [
    ("1、 晋江市青阳街道办事处 2020 年度 政府信息公开工作年度报告 本报告根据《条例》编制。 " + BODY.replace("\n", " "),
     "晋江市青阳街道办事处 2020 年度 政府信息公开工作年度报告"),
    ("12、晋江市卫生健康局 2020年政府信息公开年报 本年报根据《条例》编制。 " + BODY.replace("\n", " "),
     "晋江市卫生健康局 2020年政府信息公开年报"),
])
def test_a_shared_copys_chunk_number_is_not_part_of_the_title(text, title):
    report = reportparse.parse_text(text)
    assert report.title == title
    assert report.year == 2020
    assert report.issuer.name == title.split(" ")[0]


@pytest.mark.parametrize("opening", [
    "根据《中华人民共和国政府信息公开条例》规定，现将晋江市人民政府2020年政府信息公开工作年度报告进行公开。",
    "根據《中華人民共和國政府信息公開條例》規定，現將晉江市人民政府2020年政府信息公開工作年度報告進行公開。",
])
def test_the_report_an_opening_sentence_puts_out_is_the_title(opening):
    # 现将X…年度报告进行公开: the sentence names the report; the sentence is never the title
    report = reportparse.parse_text(opening + "本报告由总体情况等部分组成。\n" + BODY)
    assert report.title in ("晋江市人民政府2020年政府信息公开工作年度报告", "晉江市人民政府2020年政府信息公開工作年度報告")
    assert report.year == 2020


@pytest.mark.parametrize("bullet", ["• ", "    • ", "● ", "· "])
def test_a_cms_header_set_as_a_list_gives_its_title_without_the_bullet(bullet):
    head = (f"{bullet}索 引 号：QZ00000-0200-2021-00004\n{bullet}发布机构：晋江市人民政府\n"
            f"{bullet}标题：晋江市人民政府2020年政府信息公开工作年度报告\n{bullet}发布日期：2021-02-03\n")
    report = reportparse.parse_text(head + BODY)
    assert report.title == "晋江市人民政府2020年政府信息公开工作年度报告"
