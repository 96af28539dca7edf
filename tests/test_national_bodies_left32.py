"""A body of the central state (a ministry, a commission, an administration: data/national_bodies.tsv) has no
region: a place its opening names (its seat, a meeting held there) is not its region, with a title or without;
its kind is department. A branch named by its place (…福州中心支行, 国家税务总局…市税务局) keeps its place's region."""
from pathlib import Path

import pytest

import reportparse

SAMPLE = (Path(__file__).parent.parent / "samples" / "national-2023.txt").read_text(encoding="utf-8")
TABLES = SAMPLE[SAMPLE.index("二、主动公开"):]
OPENING = ("2023年，{n}贯彻落实《中华人民共和国政府信息公开条例》，在天津市召开政务公开工作推进会，"
           "指导各省（自治区、直辖市）做好公开工作。\n一、总体情况\n")


@pytest.mark.parametrize("name", ["教育部", "国家发展和改革委员会", "海关总署", "财政部", "中国人民银行",
                                  "国务院国有资产监督管理委员会", "中国证券监督管理委员会", "应急管理部", "审计署",
                                  "国家林业和草原局"])
def test_a_national_body_titled_has_no_region_and_is_a_department(name):
    report = reportparse.parse_text(f"{name}2023年政府信息公开工作年度报告\n" + OPENING.format(n=name) + TABLES)
    assert report.issuer.name == name
    assert report.issuer.kind == "department"
    assert report.issuer.region.code is None


@pytest.mark.parametrize("name", ["国家统计局", "教育部", "审计署"])
def test_a_national_body_without_a_title_has_no_region(name):
    text = f"本报告由{name}根据《中华人民共和国政府信息公开条例》编制。" + OPENING.format(n=name) + TABLES
    report = reportparse.parse_text(text)
    assert (report.issuer.name, report.issuer.kind, report.issuer.region.code) == (name, "department", None)


@pytest.mark.parametrize("title, code", [
    ("中国人民银行福州中心支行2023年政府信息公开工作年度报告", "350100"),
    ("国家税务总局厦门市思明区税务局2023年政府信息公开工作年度报告", "350203"),
    ("宁波国家高新区管委会2023年政府信息公开工作年度报告", "330200"),
])
def test_a_branch_or_a_local_body_keeps_its_place(title, code):
    opening = "2023年，福州市中心支行在福州市召开会议。\n" if "福州" in title else ""
    report = reportparse.parse_text(title + "\n" + opening + TABLES)
    assert report.issuer.region.code == code
    assert report.issuer.kind == ("government" if "管委会" in title else "department")
