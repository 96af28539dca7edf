"""A title wrapped inside its issuer's name (leads53): "十堰住房公积金" / "中心2022年政府信息公开工作年度报告" is one title,
the issuer the whole body (十堰住房公积金中心), not 中心. The second line's words before its year are an organ's word
alone (中心, 支队, 管理中心); the line above is a name's first half (Han characters only, no genre's word: 政务公开 above
is a site's column, never joined). An issuer that is an organ's word alone names no one: the signer or the opening
names it, else none. Texts and figures are invented; the places are real."""
from __future__ import annotations

import pytest

import reportparse

BODY = "\n一、总体情况\n2022年，本单位在市委、市政府领导下主动公开政府信息153条，收到政府信息公开申请9件。\n"


@pytest.mark.parametrize("first, second, issuer", [
    ("十堰住房公积金", "中心2022年政府信息公开工作年度报告", "十堰住房公积金中心"),
    ("十堰市住房公积金管理", "中心2022年度政府信息公开工作年度报告", "十堰市住房公积金管理中心"),
    ("宜昌市公安局交通警察", "支队2022年政府信息公开工作年度报告", "宜昌市公安局交通警察支队"),
])
def test_a_title_wrapped_inside_its_issuers_name_is_one_title(first, second, issuer):
    report = reportparse.parse_text(first + "\n" + second + BODY)
    assert (report.title, report.issuer.name, report.issuer.kind) == (first + second, issuer, "department")


@pytest.mark.parametrize("above", ["政务公开", "信息公开年报"])
def test_guard_a_sites_column_above_is_never_a_names_half(above):
    report = reportparse.parse_text(above + "\n中心2022年政府信息公开工作年度报告" + BODY)
    assert report.title == "中心2022年政府信息公开工作年度报告"


def test_an_organs_word_alone_names_no_issuer_the_signer_does():
    text = "政务公开\n中心2022年政府信息公开工作年度报告" + BODY
    assert reportparse.parse_text(text).issuer.name is None
    signed = reportparse.parse_text(text + "\n十堰住房公积金中心\n2023年1月16日\n")
    assert (signed.issuer.name, signed.issuer.kind) == ("十堰住房公积金中心", "department")
