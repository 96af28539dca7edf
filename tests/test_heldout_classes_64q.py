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
_CARRIED = ("(二)政府信息依申请公开情况\n全年共受理依申请公开38件。其中,同意公开的27件,不予公开3件,结转下年办理2件。"
            "包括{py}年结转{ty}年政府信息公开申请6件,其中,同意公开6件。")
_LIST = ("(一)主动公开情况\n严格依照规定,主动公开办理行政许可5831件,行政处罚624件,行政强制71件。本年度制定并主动公开行政规范性"
         "文件38件,废止行政规范性文件17件,现行有效行政规范性文件164件。")
_SPLIT = ("(二)依申请公开情况\n2022年,共受理依申请公开41件,从申请主体上看,自然人36件,{other}5件;从申请方式上看,"
          "互联网申请29件,其他方式申请12件。")
_TOWARD = "(一)主动公开政府信息情况\n全年主动公开政府信息9647条。一是印发政府公报3期。二是通过{way}向社会主动公开信息9412条。三是通过政务微博公开政务信息85条。"


def _report(body: str, year: int = 2022) -> dict:
    return _values(_HEAD.format(year=year) + body)


# (body, report's year, value id, the value read)
_READ = [
    ("(一)主动公开\n2022年岚峰县门户网站共发布政府信息总数达13726条,其中概况类信息187条。", 2022, "disclosure.via_website", 13726),
    ("(一)主动公开\n2022年,门户网站共计发布政务信息24391条,总访问量达812万余次。", 2022, "disclosure.via_website", 24391),
    ("(一)主动公开\n一是依法做好主动公开。进一步扩大发布范围,局门户网站全年发布或更新各类动态信息1297条,含法规文件19条;"
     "微信公众号发布或更新各类信息463条。", 2022, "disclosure.via_website", 1297),
    (_TOWARD.format(way="区政府网站"), 2015, "disclosure.via_website", 9412),
    (_TOWARD.format(way="区政府网站"), 2015, "disclosure.total", 9647),
    (_LIST, 2022, "disclosure.normative_docs.issued", 38),
    (_LIST, 2022, "disclosure.normative_docs.repealed", 17),
    (_LIST, 2022, "disclosure.licensing.decisions", 5831),
    (_LIST, 2022, "disclosure.penalty.decisions", 624),
    (_LIST, 2022, "disclosure.coercion.decisions", 71),
    ("二、主动公开政府信息情况\n2025年,共制作规范性文件3份。", 2025, "disclosure.normative_docs.issued", 3),
    ("(一)主动公开方面\n截至2021年12月31日,累计主动公开政府信息2861条,本年度新增219条,其中新制发规章3件、规范性文件7件。",
     2021, "disclosure.regulations.issued", 3),
    ("(一)主动公开方面\n截至2021年12月31日,累计主动公开政府信息2861条,本年度新增219条,其中新制发规章3件、规范性文件7件。",
     2021, "disclosure.normative_docs.issued", 7),
    (_SPLIT.format(other="企业"), 2022, "requests.new|applicant=total", 41),
    (_SPLIT.format(other="企业"), 2022, "requests.new|applicant=natural_person", 36),
    (_SPLIT.format(other="企业"), 2022, "requests.new|applicant=commercial", 5),
    (_SPLIT.format(other="法人或其他组织"), 2022, "requests.new|applicant=natural_person", 36),
    ("(二)依申请公开情况\n2023年,我局共收到政府信息公开申请31件,依法办理政府信息公开申请28件,结转下年度继续办理3件。", 2023,
     "requests.answered|applicant=total", 28),
    ("(二)依申请公开方面\n坚持规范办理,2023年,收到依申请公开信息共63件,完成59件(结转至下年度办理4件)。", 2023,
     "requests.answered|applicant=total", 59),
    (_CARRIED.format(py=2023, ty=2024), 2024, "requests.carried_over|applicant=total", 6),
]

# (body, report's year, value id not read): the guards
_NOT_READ = [
    ("(一)主动公开\n一是依法做好主动公开。进一步扩大发布范围,局门户网站全年发布工作动态信息318条;微信公众号发布信息463条。", 2022,
     "disclosure.via_website"),
    ("(一)主动公开\n2022年,门户网站共计整改问题46条,总访问量达812万余次。", 2022, "disclosure.via_website"),
    (_TOWARD.format(way="新闻发布会"), 2015, "disclosure.via_website"),
    ("二、主动公开政府信息情况\n2025年,共制作规范性文件解读图解6份。", 2025, "disclosure.normative_docs.issued"),
    ("二、主动公开政府信息情况\n本年度制定并主动公开规范性文件解读材料6件。", 2025, "disclosure.normative_docs.issued"),
    ("(一)主动公开方面\n本年度新增主动公开信息219条,其中新制定规章制度4项。", 2021, "disclosure.regulations.issued"),
    ("(一)主动公开情况\n严格依照规定,受理行政许可5831件。", 2022, "disclosure.licensing.decisions"),
    (_SPLIT.format(other="法人或其他组织"), 2022, "requests.new|applicant=commercial"),
    (_SPLIT.format(other="法人或其他组织"), 2022, "requests.new|applicant=other_org"),
    ("(二)依申请公开情况\n2022年,共受理依申请公开41件,从申请方式上看,网上申请29件,当面申请12件。", 2022,
     "requests.new|applicant=natural_person"),
    ("(二)依申请公开方面\n坚持规范办理,2023年,收到依申请公开信息共63件,完成59件。", 2023, "requests.answered|applicant=total"),
    ("(二)依申请公开方面\n2023年,收到人大代表建议63件,完成59件(结转至下年度办理4件)。", 2023, "requests.answered|applicant=total"),
    (_CARRIED.format(py=2024, ty=2025), 2024, "requests.carried_over|applicant=total"),
]


@pytest.mark.parametrize("body, year, key, want", _READ)
def test_read(body, year, key, want):
    assert _report(body, year)[key] == want


@pytest.mark.parametrize("body, year, key", _NOT_READ)
def test_not_read(body, year, key):
    assert key not in _report(body, year)
