"""A report stored without its title line: its year from the clause that hands it over (现将2011年度政府信息公开工作
情况报告如下), its issuer and region from who signs it (the name over the date at its end, or both run onto the last
line after its last sentence by a crawler that joined the lines), its publish date from that signature. Invented
bodies; the districts are real so their codes can be asserted."""
import pytest

import reportparse
from reportparse.published import signer

_BODY = ("为进一步做好政府信息公开工作,根据《中华人民共和国政府信息公开条例》(以下简称《条例》),现将2011年度政府信息"
         "公开工作情况报告如下:\n一、概述\n本年度,我街道成立了政务公开领导小组,由办事处主任任组长。\n"
         "二、主动公开政府信息情况\n全年共主动公开政府信息217条。\n"
         "三、存在的主要问题\n主动公开信息的渠道比较窄,今后将拓宽信息发布的渠道。")


def test_signature_on_lines_of_its_own():
    report = reportparse.parse_text(_BODY + "\n\n鹿城区青枫街道办事处\n2012年3月14日\n")
    assert report.year == 2011
    assert report.template == "legacy"
    assert report.issuer.name == "鹿城区青枫街道办事处"
    assert report.issuer.kind == "township"
    assert report.issuer.region.code == "330302"
    assert report.published == "2012-03-14"
    assert [(i.key, i.value) for i in report.indicators if not i.derived] == [("disclosure.total", 217)]


def test_signature_run_onto_the_last_line_in_chinese_numerals():
    text = _BODY.replace("\n", " ") + " 鹿城区青枫街道办事处 二○一二年三月十四日 |"
    report = reportparse.parse_text(text)
    assert report.year == 2011
    assert report.issuer.name == "鹿城区青枫街道办事处"
    assert report.issuer.region.code == "330302"
    assert report.published == "2012-03-14"
    assert any("signature date 2012-03-14" in w for w in report.warnings)


@pytest.mark.parametrize("tail, name", [
    ("\n\n某某县青枫镇人民政府\n2012年3月14日\n", "某某县青枫镇人民政府"),
    (" 某某市卫生健康委员会 2012年3月14日", "某某市卫生健康委员会"),
    ("\n2012年3月14日\n", None),                         # a date with no name over it
    ("\n今后将继续努力,做好工作\n2012年3月14日\n", None),  # a sentence over it is no name
    (" 2012年3月14日 以来,全年共公开信息", None),        # a date inside a sentence is no signature
])
def test_signer(tail, name):
    assert signer("三、存在的主要问题\n渠道比较窄。" + tail) == name


def test_a_signer_that_is_no_body_names_no_issuer():
    report = reportparse.parse_text(_BODY + "\n\n联系人张某某\n2012年3月14日\n")
    assert report.issuer.name is None
    assert report.published == "2012-03-14"


def test_a_half_year_handed_over_is_no_reporting_year():
    text = _BODY.replace("现将2011年度政府信息公开工作情况报告如下", "现将2011年上半年政府信息公开工作情况报告如下")
    assert reportparse.parse_text(text, require_report=False).year is None


def test_a_report_published_by_the_genres_words_names_no_one():
    # (the merge of stop 35 read 政府 — the genre's own word — as the issuer of such a page)
    text = ("根据《中华人民共和国政府信息公开条例》的有关规定,特向社会公布2013年度政府信息公开年度报告。本报告由概述、"
            "主动公开政府信息情况等五部分组成。\n一、概述\n2013年我乡进一步加强政府信息公开工作。\n"
            "二、主动公开政府信息情况\n全年共主动公开政府信息86条。\n")
    report = reportparse.parse_text(text)
    assert report.issuer.name is None
    assert report.year == 2013
