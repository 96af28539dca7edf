"""The contract's legacy-only keys (SCHEMA.md: requests by channel, the legacy reply categories) are not a 2019+
report's: a 2021 report's prose that counts requests by channel or by a legacy reply is said in a warning and not
read, as any other template's key; a legacy report reads them as before. And what is not yet done is no answer:
尚未办结0件 (a review's, or a request's) is never the answered count. Invented texts and numbers."""
import pytest

import reportparse

_BODY = ("二、依申请公开情况\n全年共受理政府信息公开申请46件,其中网上申请31件、当面申请9件、信函申请6件;"
         "其中信息不存在的4件。\n")


def _keys(text):
    return {(i.key, i.applicant): i.value for i in reportparse.parse_text(text).indicators if not i.derived}


@pytest.mark.parametrize("year", ["2020", "2023"])
def test_a_national_templates_report_reads_no_legacy_only_key(year):
    text = f"某某县司法局{year}年政府信息公开工作年度报告\n一、总体情况\n" + _BODY
    report = reportparse.parse_text(text)
    got = {(i.key, i.applicant): i.value for i in report.indicators if not i.derived}
    assert got[("requests.new", "total")] == 46
    assert not any(k.startswith(("requests.by_channel.", "requests.reply.")) for k, _ in got)
    said = [w for w in report.warnings if "belongs to another template" in w]
    assert any("requests.by_channel.online" in w and "31" in w for w in said)
    assert any("requests.by_channel.letter" in w and "6" in w for w in said)


def test_a_legacy_report_reads_them():
    got = _keys("某某县司法局2015年政府信息公开工作年度报告\n一、概述\n" + _BODY)
    assert got[("requests.new", "total")] == 46
    assert got[("requests.by_channel.online", "total")] == 31
    assert got[("requests.by_channel.in_person", "total")] == 9
    assert got[("requests.by_channel.letter", "total")] == 6
    assert got[("requests.reply.not_exist", "total")] == 4


@pytest.mark.parametrize("body", [
    "本年度未收到政府信息公开申请。行政复议1件,维持结果1件,尚未办结0件。",
    "本年度收到政府信息公开申请5件,尚未办结2件。",
])
def test_not_yet_done_is_no_answer(body):
    got = _keys("某某县人民政府2022年政府信息公开工作年度报告\n二、依申请公开情况\n" + body)
    assert ("requests.answered", "total") not in got
