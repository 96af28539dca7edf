"""Page metadata (leads57): the date set under the title beside a CMS's author and view-count fields (2024-01-23 16:45
稿件作者: 浏览量:-) is taken as the date under the title, with a warning; a report an opening sentence names by a pronoun
(现将我乡2013年的信息公开工作报告如下) gives no title; a mirror site's host or a gambling site's words glued into the
issuer's name are trimmed off it, never a body's own words; a title in traditional script ending 報告/年報 ends its
paragraph, as 报告 does. Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse

_BODY = "一、总体情况\n2023年,区教育局主动公开政府信息52条。\n"


@pytest.mark.parametrize("facts", ["稿件作者:   浏览量:- 【浏览字体: 】    分享到:", "责任编辑:张三  点击:88",
                                   "稿件作者:办公室"])
def test_a_date_beside_author_fields_under_the_title(facts):
    report = reportparse.parse_text("婺江区教育局政府信息公开工作年度报告\n\n2024-01-23 16:45  " + facts + "\n\n" + _BODY)
    assert report.published == "2024-01-23"
    assert any("the date under the title 2024-01-23 is taken" in w for w in report.warnings)


@pytest.mark.parametrize("sentence", ["现将我乡2013年的信息公开工作报告如下:", "现将本镇2013年度政府信息公开工作报告如下:",
                                      "现将我局2013年政府信息公开工作年度报告公布如下。"])
def test_a_report_named_by_a_pronoun_gives_no_title(sentence):
    report = reportparse.parse_text("本报告根据《中华人民共和国政府信息公开条例》编制。" + sentence
                                    + "\n一、概述\n2013年,我乡主动公开政府信息38条。\n")
    assert report.title is None
    assert report.value("disclosure.total") == 38


@pytest.mark.parametrize("title, issuer", [
    ("puroview.com东城街道2019年政府信息公开工作年度报告", "东城街道"),
    ("www.spam-mirror.net青禾县石岭镇2019年政府信息公开工作年度报告", "青禾县石岭镇"),
    ("365体育备用网址自然资源和规划局2021年政府信息公开工作年度报告", "自然资源和规划局"),
    ("新葡京博彩官网松川市柳岸街道2021年政府信息公开工作年度报告", "松川市柳岸街道"),
])
def test_mirror_spam_is_trimmed_off_the_issuer(title, issuer):
    assert reportparse.parse_text(title + "\n" + _BODY).issuer.name == issuer


@pytest.mark.parametrize("title, issuer", [
    ("松川市福利彩票发行中心2021年政府信息公开工作年度报告", "松川市福利彩票发行中心"),
    ("松川市体育局2021年政府信息公开工作年度报告", "松川市体育局"),
])
def test_a_bodys_own_words_are_no_spam(title, issuer):
    assert reportparse.parse_text(title + "\n" + _BODY).issuer.name == issuer


@pytest.mark.parametrize("title", ["青禾縣石嶺鎮2019年政府信息公開工作年度報告", "青禾縣石嶺鎮2019年政府信息公開工作年報"])
@pytest.mark.parametrize("line, key, value", [
    ("政府信息公開申請總數為4件。", "requests.new", 4),
    ("依申請公開總數為6件。", "requests.new", 6),
    ("收到政府信息公開申請數量:無。", "requests.new", 0),
])
def test_a_traditional_title_ends_its_paragraph(title, line, key, value):
    assert reportparse.parse_text(title + "\n" + line + "\n").value(key) == value
