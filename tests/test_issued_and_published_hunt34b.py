"""A 2021-template report whose table 二 is lost says its issued counts in prose with the publishing joined to the
verb (制定并公开规范性文件…件, 制发并公开规章…件): made and published this year is the table's 本年制发件数.
Seen on a real township page; invented sentences, numbers and places, a bureau here."""
import reportparse

HEAD = "云栖县水务局2023年政府信息公开工作年度报告\n发布日期：2024-01-18\n"


def read(text: str) -> dict:
    return {i.key: i.value for i in reportparse.parse_text(HEAD + text).indicators if not i.derived}


def test_issued_said_with_bing_gongkai():
    got = read("一、总体情况\n（一）主动公开。2023年，我局主动公开政府信息57条。本年度制定并公开行政规范性文件3件，"
               "废止2件，现行有效11件；全年制发并公开规章1件。\n（二）依申请公开。收到政府信息公开申请4件。")
    assert got["disclosure.normative_docs.issued"] == 3
    assert got["disclosure.normative_docs.repealed"] == 2
    assert got["disclosure.normative_docs.in_force"] == 11
    assert got["disclosure.regulations.issued"] == 1
    assert got["disclosure.total"] == 57


def test_count_before_the_noun_with_bing_gongkai():
    got = read("一、总体情况\n2023年制定并公开了6件规范性文件，主动公开政府信息90条。")
    assert got["disclosure.normative_docs.issued"] == 6


def test_readings_published_are_no_issued_count():
    got = read("一、总体情况\n本年度制定并公开规范性文件解读5件，主动公开政府信息90条。")
    assert "disclosure.normative_docs.issued" not in got
