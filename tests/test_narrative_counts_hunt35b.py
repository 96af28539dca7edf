"""Prose figures lost on older and odd reports (hunt35b), each with the other ways sites say the same:
- a request count in 起 or after the row's name (收到申请总数为1起, 受理依申请公开申请总量为2宗, 申请数为4份) and in 项 with
  the request's own noun right after it (接到12项依申请公开政府信息申请); 项 alone (涉及信息17项) stays unread;
- no lawsuit said as 诉讼 alone where it is the Regulations' (无有关政府信息公开事务的诉讼, 未发生因政府信息公开引起的诉讼
  案件); a fee's lawsuit (没有与诉讼有关的费用支出) is none;
- a proactive sum in tens of thousands without 主动 (累计公开政府信息842.13万条, 2019年公开政府信息3.5万件): since
  classes58p a count in 万 is rounded, not read;
- a numbered subsection's title on a line of its own (2、依申请公开政府信息和不予公开政府信息情况) sets the topic under a
  level-1 section that does not name it.

Texts are invented.
"""
from __future__ import annotations

import reportparse

HEAD = "云栖县城管局{y}年政府信息公开工作年度报告\n发布日期：{p}-02-11\n"


def _read(body: str, y: int = 2018) -> dict:
    report = reportparse.parse_text(HEAD.format(y=y, p=y + 1) + body)
    return {i.key: i.value for i in report.indicators if not i.derived}


def test_request_counts_in_qi_after_the_rows_name_and_in_xiang_before_the_noun():
    requests = "二、依申请公开情况\n"
    assert _read(requests + "2018年我局收到申请总数为1起。\n")["requests.new"] == 1
    assert _read(requests + "2018年我局收到申请3起，上年结转2起。\n") == {"requests.new": 3, "requests.carried_over": 2}
    assert _read(requests + "全年共受理依申请公开申请总量为2宗。\n")["requests.new"] == 2
    assert _read(requests + "2018年接到公众政府信息公开申请数为4份。\n")["requests.new"] == 4
    assert _read(requests + "2018年，我局接到12项依申请公开政府信息申请，均已答复。\n")["requests.new"] == 12
    assert _read(requests + "2018年收到3项政府信息公开申请。\n")["requests.new"] == 3
    # 项 of what was asked for is no request count
    assert _read(requests + "2018年收到申请5件，涉及信息17项。\n")["requests.new"] == 5
    assert "requests.new" not in _read(requests + "2018年收到17项申请内容。\n")


def test_no_lawsuit_said_as_susong_alone():
    review = "三、复议、诉讼情况\n"
    assert _read(review + "全年无有关政府信息公开的行政复议，无有关政府信息公开事务的诉讼和申诉情况。\n") == {
        "review.total": 0, "litigation.total": 0, "complaints.total": 0}
    assert _read(review + "全年未发生因政府信息公开引起的诉讼案件。\n") == {"litigation.total": 0}
    assert _read(review + "没有政府信息公开诉讼。\n") == {"litigation.total": 0}
    assert _read("三、收费情况\n没有与诉讼有关的费用支出。\n") == {}


def test_a_proactive_sum_in_ten_thousands_without_zhudong():
    head = "二、主动公开政府信息情况\n"
    got = _read(head + "2019年，各地各部门累计公开政府信息842.13万条（不含专业平台数据）。从公开主体看，省直部门公开20.3万条。\n",
                y=2019)
    assert got == {}            # a count in 万 is rounded, never exact (classes58p): the wording found, not read
    assert _read(head + "2019年公开政府信息3.5万件。\n", y=2019) == {}
    # not a whole count in tens of thousands: not read
    assert _read(head + "全年共公开政府信息1.23456万条。\n", y=2019) == {}


def test_a_numbered_subsection_title_on_its_own_line_sets_the_topic():
    body = ("二、政府信息公开情况\n\n1、主动公开政府信息情况\n\n2018年主动公开政府信息107条。\n\n"
            "2、依申请公开政府信息和不予公开政府信息情况\n\n2018年我局收到申请总数为6件,因相关结果已邮寄告知,不再受理。\n")
    assert _read(body) == {"disclosure.total": 107, "requests.new": 6}
    # an item with its figure in the line is no title: the section's words stay the topic (none here)
    body = "二、政府信息公开情况\n1、申请5件\n2018年我局收到申请总数为6件。\n"
    assert "requests.new" not in _read(body)
