"""Classes of misses of the held-out set heldout64b (江西, 湖北, 湖南, 广东, 广西), each with a guard that a near case is
not read, or is read as before. Texts and figures are invented.

- a text stored from 一、总体情况 on whose first point works to the year's plan by 围绕 (围绕2024年某市政务公开工作要点要求,
  及时公布…): a report, as after 落实/按照; never an opening that makes a plan (围绕…工作要点，制定本工作方案);
- an opening that lists its contents as 模块 (…其他需要报告的事项等六大内容模块。) and gives the report's own period: a report;
  never without the period;
- a website's count with the site as subject: 共计 before the verb, 总数达 after the noun, 发布或更新各类动态信息; never a bare
  kind (发布工作动态信息) nor another count (整改问题);
- normative documents and rules issued: 制定并主动公开…规范性文件N件, 共制作规范性文件N份, 其中新制发规章N件、规范性文件M件;
  never their readings, nor 规章制度;
- 主动公开办理行政许可N件,行政处罚M件: the licensing decisions too; never 受理 (applications);
- the applicant split after 从申请主体上看: 自然人N件,企业M件; never the split by way, nor 法人或其他组织;
- 包括2023年结转2024年…申请N件 in a 2024 report: the carried-over; never 2024年结转2025年 there (carried forward).
"""
from __future__ import annotations

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
