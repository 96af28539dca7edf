"""Proactive counts and request counts said in sentences, in wordings met on sites the project had not seen.

A sentence may list the proactive counts of several kinds and then say their sum (…基础类信息N条,…领域信息M条,…合计共
T条): before, the first kind's count was read as the total — a wrong figure. The sum is the total where the listed counts
add up to it; where they do not, neither is read. A count of all items disclosed followed by 其中主动公开N条 gives the
proactive total; a sentence that opens with 其中 after a semicolon (…信息X条;其中,政府网站公开Y条) keeps the topic of the
sentence before it; a request count may name its channel 网站申请 and its answers 已办理N件; a zero of requests may be
said of 诉求. Invented bodies and figures, distinct per value."""
import pytest

import reportparse


def _values(text: str) -> dict:
    report = reportparse.parse_text(text)
    return {(i.key, i.applicant): i.value for i in report.indicators if not i.derived}


def _doc(body: str, year: int = 2024) -> str:
    return (f"岚峰县某某局{year}年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n{body}\n"
            "(二)依申请公开情况\n")


@pytest.mark.parametrize("body, total", [
    # the listed counts add up to the sum: the sum is the total (two kinds, then three kinds, 总计 / 共计)
    ("2024年我局通过政务公开网主动公开发布基础信息147条,主动公开发布重点领域信息36条,合计共183条。", 183),
    ("2024年我局主动公开机构信息58条,政策文件信息19条,业务动态信息203条,总计280条,按时完成了任务。", 280),
    # counts listed with 、, and the sum said with its verb again
    ("2024年我局主动公开政策信息17条、动态信息29条,合计46条。", 46),
    ("2024年我局主动公开政策信息64条,动态信息125条,合计主动公开189条。", 189),
    # the count opening the list is the sum itself (其中 its parts): it stays the total
    ("2024年我局主动公开信息311条,其中政策文件74条,工作动态237条,合计311条。", 311),
])
def test_listed_counts_and_their_sum(body, total):
    assert _values(_doc(body))[("disclosure.total", None)] == total


@pytest.mark.parametrize("body", [
    "2024年我局主动公开发布基础信息147条,主动公开发布重点领域信息36条,合计共190条。",
    "2024年我局主动公开政策信息17条、动态信息29条,合计47条。",
    # a rough count listed is no part of an exact sum
    "2024年我局主动公开信息约17条,动态信息29条,合计46条。",
])
def test_a_sum_that_does_not_add_up_reads_neither(body):
    assert ("disclosure.total", None) not in _values(_doc(body))


def test_a_sum_over_requests_leaves_the_proactive_count():
    # a sum that counts requests (件) too is not the proactive items' sum
    vals = _values(_doc("2024年我局主动公开政府信息412条,依申请公开9件,共计421条。"))
    assert vals[("disclosure.total", None)] == 412


def test_proactive_part_of_all_items_disclosed():
    vals = _values(_doc("2024年,我局公开信息904条,其中主动公开871条(包括规划信息、征地信息等),依申请公开33条。"))
    assert vals[("disclosure.total", None)] == 871


def test_a_sentence_opening_with_qizhong_keeps_the_topic_before_it():
    vals = _values(_doc("2024年,全年通过不同渠道和方式主动公开政府信息5127条;其中,政府网站公开4381条,政务微信公开746条。"))
    assert vals[("disclosure.total", None)] == 5127
    assert vals[("disclosure.via_website", None)] == 4381


def test_requests_by_website_and_answered_with_banli():
    text = ("岚峰市某某局2024年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开信息情况\n"
            "全年共受理政府信息公开申请389件,其中网站申请352件、当面申请21件、信函申请16件;已办理377件,"
            "结转下年度继续办理12件。\n")
    vals = _values(text)
    assert vals[("requests.new", "total")] == 389
    # (by channel: the legacy tables' keys, not a 2024 report's, SCHEMA; read in a legacy report as before)
    assert not any(k.startswith("requests.by_channel.") for k, _ in vals)
    assert vals[("requests.answered", "total")] == 377
    legacy = _values(text.replace("2024", "2014"))
    assert legacy[("requests.by_channel.online", "total")] == 352
    assert legacy[("requests.by_channel.in_person", "total")] == 21
    assert legacy[("requests.by_channel.letter", "total")] == 16
    assert vals[("requests.carried_forward", "total")] == 12


def test_banli_of_other_matters_is_no_answer():
    # 已办理 after a count of proposals is not the requests' answers
    text = ("岚峰市某某局2024年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开信息情况\n"
            "全年共受理政府信息公开申请27件,人大建议提案31件,已办理31件。\n")
    vals = _values(text)
    assert vals[("requests.new", "total")] == 27
    assert ("requests.answered", "total") not in vals


def test_no_request_said_of_suqiu():
    vals = _values(_doc("2024年,主动公开信息268条。\n(二)依申请公开情况。2024年,我局未收到公民、法人或其他组织的依申请公开诉求。"))
    assert vals[("requests.new", "total")] == 0
    assert vals[("disclosure.total", None)] == 268
