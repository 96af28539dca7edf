"""A legacy 附表's rows written out as sentences (hunt36b): the row's noun, a copula, the count, the unit often left off
(政府信息公开申请数为7), the ways of asking likewise (当面申请数为4条), and the outcomes counted as replies in 条 or 件
(同意公开答复5条, 同意部分公开答复数为1件, 否决公开答复总数2条, 不予公开答复1条). Never a channel's share or a running
total taken for the requests, never a refusal taken for a grant.

Texts and bodies are invented.
"""
from __future__ import annotations

import reportparse

HEAD = "某某县农机局2012年政府信息公开工作年度报告\n一、主动公开政府信息情况\n本局2012年主动公开信息31条。\n二、依申请公开政府信息情况\n"


def _values(text: str) -> dict:
    report = reportparse.parse_text(HEAD + text)
    return {k: report.value(k) for k in ("requests.new", "requests.by_channel.in_person", "requests.by_channel.online",
                                         "requests.by_channel.letter", "requests.granted", "requests.partially_granted",
                                         "requests.denied")}


def test_rows_as_sentences_unit_left_off_and_replies_in_tiao():
    got = _values("政府信息公开申请数为7,当面申请数为4条,网上申请数为3件。同意公开答复5条,同意部分公开答复1条,"
                  "由于信息不存在否决公开答复1条。\n")
    assert got == {"requests.new": 7, "requests.by_channel.in_person": 4, "requests.by_channel.online": 3,
                   "requests.by_channel.letter": None, "requests.granted": 5, "requests.partially_granted": 1,
                   "requests.denied": 1}


def test_other_nouns_copulas_and_units():
    got = _values("2012年依申请公开申请总数为9件,信函申请数共6件。其中同意公开答复数为6条,不予公开答复数为3件。\n")
    assert got["requests.new"] == 9 and got["requests.by_channel.letter"] == 6
    assert got["requests.granted"] == 6 and got["requests.denied"] == 3 and got["requests.partially_granted"] is None
    got = _values("我局信息公开申请数量是8个。准予公开答复共8条。\n")
    assert got["requests.new"] == 8 and got["requests.granted"] == 8
    got = _values("政府信息公开申请件数共4件,否决公开答复总数2件。\n")
    assert got["requests.new"] == 4 and got["requests.denied"] == 2 and got["requests.granted"] is None


def test_no_share_nor_running_total_taken_for_the_requests():
    got = _values("网上政府信息公开申请数为2,累计政府信息公开申请数为15件。不同意公开答复1条。\n")
    assert got["requests.new"] is None
    assert got["requests.granted"] is None and got["requests.denied"] == 1
