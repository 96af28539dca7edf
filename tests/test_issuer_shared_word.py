"""A title whose issuer's 人民政府 shares its 政府 with 政府信息公开 ("2012年岚峰县人民政府信息公开年度报告", stop 29
hunt29b): the issuer is the county's 人民政府, not a name cut after 人民. Invented names."""
import pytest

import reportparse

BODY = "\n本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、主动公开政府信息情况\n全年主动公开政府信息317条。\n"


@pytest.mark.parametrize("title, name", [
    ("2012年岚峰县人民政府信息公开年度报告", "岚峰县人民政府"),
    ("岚峰县人民政府2012年政府信息公开年度报告", "岚峰县人民政府"),         # printed whole: as it was
    ("2012年岚峰县人民政府政府信息公开工作年度报告", "岚峰县人民政府"),
])
def test_the_issuer_keeps_its_government(title, name):
    report = reportparse.parse_text(title + BODY)
    assert report.issuer.name == name and report.issuer.kind == "government"
    assert report.value("disclosure.total") == 317


def test_a_body_whose_name_ends_otherwise_is_left_as_it_is():
    report = reportparse.parse_text("2012年岚峰县人民医院信息公开年度报告" + BODY)
    assert report.issuer.name == "岚峰县人民医院"
