"""Wordings and layouts of real reports the library missed (hunt54), each a class with a guard that a near case is
not read. Texts and figures are invented.

- an untitled report (一、总体情况 and the template's parts in place) whose opening lists a plan among the kinds of
  information it put out (涉及机构职能、部门文件、工作计划、招商信息等) or says it arranged the year's work by one
  (统筹全年政务公开工作计划): a report all the same (a text with a plan's own section, 二、2022年工作计划, is none);
- the year's new requests said as one part of the cases handled beside last year's carry-over, without 新 (共办理7件…
  申请（其中当年收到5件，上年转结2件）; 其中上年结转4件、本年收到6件): requests.new; never a proposal's; 去年 for 上年 in the
  carry-over (去年结转3件);
- requests addressed to a government by its level (受理公民、法人或其他组织向县政府提出的政府信息公开申请26件): counted
  where the title's issuer is that government; never in a 街道's or a department's report (another body's requests);
- none of the reviews said against the issuer by its name (也没有针对某某苏木信息公开的行政复议申请): review.total 0; never
  against another body or a larger place (没有针对区政府信息公开的行政复议 in a 街道's report);
- a CMS header flattened with spaces alone between its title field and the title (标   题 县政府办2022年度…年度报告):
  the title without the field's name.
"""
from __future__ import annotations

import pytest

import reportparse
from values_read import values_read as _values


# ---- an untitled report listing a plan among what it put out -------------------------------------------------------

_PARTS = ("（二）依申请公开。2022年，我街道收到政府信息公开申请6件，均已答复。\n"
          "（三）政府信息管理。规范信息发布审核流程。\n（四）政府信息公开平台建设。优化网站栏目。\n"
          "（五）监督保障。将政务公开纳入年度考核。\n")


@pytest.mark.parametrize("proactive", [
    "（一）主动公开。2022年通过政务网主动公开信息83条，涉及机构职能、部门文件、工作计划、招商信息、政策解读等内容。\n",
    "（一）主动公开。2022年主动公开政府信息83条，内容包括领导信息、工作要点、通知公告等。\n",
    "（一）主动公开。制定《2022年度某某街道政务公开实施方案》统筹全年政务公开工作计划，全年主动公开政府信息83条。\n",
])
def test_a_plan_listed_or_followed_is_no_other_genre(proactive):
    v = _values("一、总体情况\n" + proactive + _PARTS)
    assert v["disclosure.total"] == 83
    assert v["requests.new"] == 6


def test_a_text_with_a_plans_own_section_is_no_report():
    text = ("一、总体情况\n（一）主动公开。主动公开政府信息83条，涉及机构职能、部门文件等内容。\n" + _PARTS
            + "二、2023年工作计划\n继续深化政务公开。\n")
    with pytest.raises(reportparse.NotAnnualReportError):
        reportparse.parse_text(text)


# ---- the year's receipt beside last year's carry-over ---------------------------------------------------------------

_REQ = "青禾区某某街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n"


@pytest.mark.parametrize("sentence, new, carried", [
    ("2021年，我街道共办理7件政府信息公开申请（其中当年收到5件，上年转结2件），均已办结。", 5, 2),
    ("全年共处理政府信息公开申请10件，其中上年结转4件、本年收到6件。", 6, 4),
    ("依申请公开办件共11件，其中今年接收8件，去年结转3件。", 8, 3),
])
def test_the_years_receipt_beside_the_carry_over(sentence, new, carried):
    v = _values(_REQ + sentence)
    assert v["requests.new"] == new
    assert v["requests.carried_over"] == carried


def test_a_proposals_receipt_beside_its_carry_over_is_none_of_the_requests():
    v = _values(_REQ + "2021年我街道未收到政府信息公开申请。另办理人大建议提案9件（其中当年收到7件，上年转结2件）。")
    assert v["requests.new"] == 0


# ---- requests addressed to the issuer's own government ----------------------------------------------------------------

@pytest.mark.parametrize("title, sentence, n", [
    ("青禾县人民政府2024年政府信息公开工作年度报告",
     "2024年，通过网络、信函、当面申请等方式，受理公民、法人或其他组织向县政府提出的政府信息依申请公开26件，办结完成26件。", 26),
    ("岚峰市青禾区2023年政府信息公开工作年度报告",
     "2023年，共受理公民、法人和其他组织向区人民政府提出的政府信息公开申请37件。", 37),
    ("岚峰市人民政府2022年政府信息公开工作年度报告",
     "2022年，受理自然人、法人或其他组织向市政府提出的政府信息公开申请15件。", 15),
])
def test_requests_to_the_issuers_own_government(title, sentence, n):
    v = _values(title + "\n一、总体情况\n（二）依申请公开情况\n" + sentence)
    assert v["requests.new"] == n


@pytest.mark.parametrize("title, sentence", [
    ("2021年青禾街道政府信息公开工作年度报告",
     "受理公民、法人和其他组织向市政府及市政府办公室提出的政府信息公开申请5件，均在法定时限内予以答复。"),
    ("青禾县发展和改革局2024年政府信息公开工作年度报告",
     "受理公民、法人或其他组织向县政府提出的政府信息公开申请12件。"),
    ("青禾县人民政府2024年政府信息公开工作年度报告",
     "受理公民、法人或其他组织向市政府提出的政府信息公开申请12件。"),
])
def test_requests_to_another_government_stay_unread(title, sentence):
    v = _values(title + "\n一、总体情况\n（二）依申请公开情况\n" + sentence)
    assert "requests.new" not in v


# ---- a title field set apart by spaces alone ----------------------------------------------------------------------------

_PAGE = ("\n一、总体情况\n（一）主动公开\n2022年主动公开政府信息61条。\n（二）依申请公开\n2022年收到政府信息公开申请4件。\n")


@pytest.mark.parametrize("header, title", [
    ("标   题 县政府办2022年度政府信息公开工作年度报告", "县政府办2022年度政府信息公开工作年度报告"),
    ("标 题\u3000青禾镇2022年政府信息公开工作年度报告", "青禾镇2022年政府信息公开工作年度报告"),
    ("名  称 青禾县水利局2022年政府信息公开工作年度报告", "青禾县水利局2022年政府信息公开工作年度报告"),
])
def test_a_title_field_set_apart_by_spaces(header, title):
    report = reportparse.parse_text("索引号 bgs01/2023-00011 发文字号\n成文日期 2023-01-18 发布日期 2023-01-18\n" + header
                                    + "\n发布机构 县政府办公室 公文时效 有效\n" + _PAGE)
    assert report.title == title
    assert report.year == 2022


def test_a_title_without_its_field_is_kept_whole():
    report = reportparse.parse_text("标杆镇2022年政府信息公开工作年度报告" + _PAGE)
    assert report.title == "标杆镇2022年政府信息公开工作年度报告"


# ---- none of the reviews against the issuer named by its name ---------------------------------------------------------

_NONE = "\n一、总体情况\n（二）依申请公开情况\n2023年未收到政府信息公开申请，"


@pytest.mark.parametrize("title, sentence", [
    ("正蓝旗某某苏木2023年政府信息公开工作年度报告", "也没有针对某某苏木信息公开的行政复议申请。"),
    ("青禾镇人民政府2023年政府信息公开工作年度报告", "未发生针对青禾镇人民政府信息公开工作的行政复议。"),
    ("岚峰县水利局2023年政府信息公开工作年度报告", "没有针对县水利局政府信息公开的行政复议案件。"),
])
def test_no_review_against_the_issuer_by_its_name(title, sentence):
    v = _values(title + _NONE + sentence)
    assert v["review.total"] == 0
    assert v["requests.new"] == 0


@pytest.mark.parametrize("title, sentence", [
    ("2023年青禾街道政府信息公开工作年度报告", "没有针对区政府信息公开的行政复议。"),
    ("岚峰市青禾区教育局2023年政府信息公开工作年度报告", "没有针对市教育局信息公开的行政复议申请。"),
    ("岚峰市青禾区2023年政府信息公开工作年度报告", "没有针对岚峰市信息公开的行政复议申请。"),
])
def test_no_review_against_another_body_stays_unread(title, sentence):
    v = _values(title + _NONE + sentence)
    assert "review.total" not in v
