"""Classes of misses of the held-out set heldout64b (江西, 湖北, 湖南, 广东, 广西), each with a guard that a near case is
not read, or is read as before. Texts and figures are invented.

- a text stored from 一、总体情况 on whose first point works to the year's plan by 围绕 (围绕2024年某市政务公开工作要点要求,
  及时公布…): a report, as after 落实/按照; never an opening that makes a plan (围绕…工作要点，制定本工作方案);
- an opening that lists its contents as 模块 (…其他需要报告的事项等六大内容模块。) and gives the report's own period: a report;
  never without the period;
- a website's count with the site as subject: 共计 before the verb, 总数达 after the noun, 发布或更新各类动态信息; never a bare
  kind (发布工作动态信息) nor another count (整改问题); 向社会 before the verb's manner (通过区政府网站向社会主动公开信息N条) as
  主动向社会 is; never another way's (通过新闻发布会向社会…);
- normative documents and rules issued: 制定并主动公开…规范性文件N件, 共制作规范性文件N份, 其中新制发规章N件、规范性文件M件;
  never their readings, nor 规章制度;
- 主动公开办理行政许可N件,行政处罚M件: the licensing decisions too; never 受理 (applications);
- the applicant split after 从申请主体上看: 自然人N件,企业M件; never the split by way, nor 法人或其他组织;
- the answered said 依法办理…申请N件 or 完成N件 right before the ones carried into the next year (…,结转下年度继续办理M件;
  完成N件(结转至下年度办理M件)); never 完成 with no carried count after it, nor another matter's;
- 包括2023年结转2024年…申请N件 in a 2024 report: the carried-over; never 2024年结转2025年 there (carried forward).
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse import genre


def _values(text: str) -> dict:
    return reportparse.parse(text.encode("utf-8")).values()


# ---- openings without a title ---------------------------------------------------------------------------------------

_OVERVIEW = ("一、总体情况\n(一)主动公开方面\n一是围绕2024年岚峰市政务公开工作要点要求,及时公布政府工作报告等政府信息,"
             "本年度新增主动公开政府信息386条。二是积极回应社会关切。\n"
             "(二)依申请公开方面\n2024年,收到依申请公开信息共57件,完成53件(结转至下年度办理4件)。\n"
             "(三)政府信息管理方面\n严格落实保密审查制度。\n(四)政府信息公开平台建设方面\n升级门户网站搜索功能。\n")


def test_overview_working_to_the_plan_by_weirao_is_a_report():
    assert genre.opening_is_report(_OVERVIEW)
    values = _values(_OVERVIEW)
    assert values["requests.new|applicant=total"] == 57


def test_overview_that_makes_a_plan_is_not_a_report():
    text = _OVERVIEW.replace("要求,及时公布政府工作报告等政府信息", ",制定本工作方案")
    assert not genre.opening_is_report(text)


_MODULES = ("本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。全文包括总体情况、行政机关主动公开政府信息情况、"
            "行政机关收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议、提起行政诉讼情况、存在的主要问题及改进情况、"
            "其他需要报告的事项等六大内容模块。本年度报告的电子版可以从岚峰县人民政府网站下载。\n"
            "一、总体情况\n2023年,岚峰县政务公开工作稳步推进。\n(一)主动公开\n2023年,我县主动公开各类政府信息4172条。\n")


def test_contents_listed_as_modules_with_the_period_is_a_report():
    assert genre.opening_is_report(_MODULES)
    assert _values(_MODULES)["disclosure.total"] == 4172


def test_contents_listed_as_modules_without_the_period_is_not_enough():
    text = _MODULES.replace("本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。", "")
    text = text.replace("本年度报告的电子版可以从岚峰县人民政府网站下载。", "")
    assert not genre.opening_is_report(text)


# ---- narrative ------------------------------------------------------------------------------------------------------

_HEAD = "岚峰县{year}年政府信息公开工作年度报告\n一、总体情况\n"


def _report(body: str, year: int = 2022) -> dict:
    return _values(_HEAD.format(year=year) + body)


@pytest.mark.parametrize("sentence, want", [
    ("(一)主动公开\n2022年岚峰县门户网站共发布政府信息总数达13726条,其中概况类信息187条。", 13726),
    ("(一)主动公开\n2022年,门户网站共计发布政务信息24391条,总访问量达812万余次。", 24391),
    ("(一)主动公开\n一是依法做好主动公开。进一步扩大发布范围,局门户网站全年发布或更新各类动态信息1297条,含法规文件19条;"
     "微信公众号发布或更新各类信息463条。", 1297),
])
def test_website_subject_counts(sentence, want):
    assert _report(sentence)["disclosure.via_website"] == want


@pytest.mark.parametrize("sentence", [
    "(一)主动公开\n一是依法做好主动公开。进一步扩大发布范围,局门户网站全年发布工作动态信息318条;微信公众号发布信息463条。",
    "(一)主动公开\n2022年,门户网站共计整改问题46条,总访问量达812万余次。",
])
def test_website_near_misses_not_read(sentence):
    assert "disclosure.via_website" not in _report(sentence)


def test_normative_documents_made_and_published():
    values = _report("(一)主动公开\n本年度制定并主动公开行政规范性文件38件,废止行政规范性文件17件,现行有效行政规范性文件164件。")
    assert values["disclosure.normative_docs.issued"] == 38
    assert values["disclosure.normative_docs.repealed"] == 17


def test_normative_documents_made_said_zhizuo():
    values = _report("二、主动公开政府信息情况\n2025年,共制作规范性文件3份。", year=2025)
    assert values["disclosure.normative_docs.issued"] == 3


@pytest.mark.parametrize("sentence", [
    "二、主动公开政府信息情况\n2025年,共制作规范性文件解读图解6份。",
    "二、主动公开政府信息情况\n本年度制定并主动公开规范性文件解读材料6件。",
])
def test_readings_of_normative_documents_not_read(sentence):
    assert "disclosure.normative_docs.issued" not in _report(sentence, year=2025)


def test_new_rules_and_documents_under_the_years_count():
    values = _report("(一)主动公开方面\n截至2021年12月31日,累计主动公开政府信息2861条,本年度新增219条,其中新制发规章3件、"
                     "规范性文件7件。", year=2021)
    assert values["disclosure.regulations.issued"] == 3
    assert values["disclosure.normative_docs.issued"] == 7


def test_new_rules_system_not_read():
    values = _report("(一)主动公开方面\n本年度新增主动公开信息219条,其中新制定规章制度4项。", year=2021)
    assert "disclosure.regulations.issued" not in values


def test_published_handled_licences_read_with_the_list():
    values = _report("(一)主动公开情况\n严格依照规定,主动公开办理行政许可5831件,行政处罚624件,行政强制71件。")
    assert values["disclosure.licensing.decisions"] == 5831
    assert values["disclosure.penalty.decisions"] == 624
    assert values["disclosure.coercion.decisions"] == 71


def test_received_licence_applications_not_read():
    values = _report("(一)主动公开情况\n严格依照规定,受理行政许可5831件。")
    assert "disclosure.licensing.decisions" not in values


def test_applicant_split_after_by_who_applied():
    values = _report("(二)依申请公开情况\n2022年,共受理依申请公开41件,从申请主体上看,自然人36件,企业5件;从申请方式上看,"
                     "互联网申请29件,其他方式申请12件。")
    assert values["requests.new|applicant=total"] == 41
    assert values["requests.new|applicant=natural_person"] == 36
    assert values["requests.new|applicant=commercial"] == 5


def test_applicant_lumped_columns_not_read():
    values = _report("(二)依申请公开情况\n2022年,共受理依申请公开41件,从申请主体上看,自然人36件,法人或其他组织5件。")
    assert values["requests.new|applicant=natural_person"] == 36
    assert "requests.new|applicant=commercial" not in values
    assert "requests.new|applicant=other_org" not in values


def test_split_by_way_is_no_applicant():
    values = _report("(二)依申请公开情况\n2022年,共受理依申请公开41件,从申请方式上看,网上申请29件,当面申请12件。")
    assert "requests.new|applicant=natural_person" not in values


_CARRIED = ("(二)政府信息依申请公开情况\n全年共受理依申请公开38件。其中,同意公开的27件,不予公开3件,结转下年办理2件。"
            "包括{py}年结转{ty}年政府信息公开申请6件,其中,同意公开6件。")


def test_carried_over_between_two_years_named():
    values = _report(_CARRIED.format(py=2023, ty=2024), year=2024)
    assert values["requests.carried_over|applicant=total"] == 6


def test_carried_into_the_next_year_is_no_carried_over():
    values = _report(_CARRIED.format(py=2024, ty=2025), year=2024)
    assert "requests.carried_over|applicant=total" not in values


@pytest.mark.parametrize("sentence, want", [
    ("(二)依申请公开情况\n2023年,我局共收到政府信息公开申请31件,依法办理政府信息公开申请28件,结转下年度继续办理3件。", 28),
    ("(二)依申请公开方面\n坚持规范办理,2023年,收到依申请公开信息共63件,完成59件(结转至下年度办理4件)。", 59),
])
def test_answered_before_the_carried_forward(sentence, want):
    values = _report(sentence, year=2023)
    assert values["requests.answered|applicant=total"] == want


@pytest.mark.parametrize("sentence", [
    "(二)依申请公开方面\n坚持规范办理,2023年,收到依申请公开信息共63件,完成59件。",
    "(二)依申请公开方面\n2023年,收到人大代表建议63件,完成59件(结转至下年度办理4件)。",
])
def test_completed_without_the_carried_or_of_another_matter_not_read(sentence):
    assert "requests.answered|applicant=total" not in _report(sentence, year=2023)


def test_website_count_said_toward_the_public():
    values = _report("(一)主动公开政府信息情况\n全年主动公开政府信息9647条。一是印发政府公报3期。二是通过区政府网站向社会主动公开"
                     "信息9412条,其中包括政务动态2871条。三是通过政务微博公开政务信息85条。", year=2015)
    assert values["disclosure.total"] == 9647
    assert values["disclosure.via_website"] == 9412


def test_count_toward_the_public_by_another_way_is_no_website():
    values = _report("(一)主动公开政府信息情况\n全年主动公开政府信息9647条。一是通过新闻发布会向社会主动公开信息412条。"
                     "二是通过政务微博公开政务信息85条。", year=2015)
    assert "disclosure.via_website" not in values
