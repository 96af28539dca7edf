"""Wordings of real reports the library missed (hunt45b), each a class with a guard that a near wording is not
read. Texts and figures are invented.

- a running total since the Regulations with its noun before the verb, right after the year's count
  (…主动公开政府信息47条，历年累计信息公开263条): period=cumulative;
- a way of applying said with 方式/形式 before its verb (其中以网络方式提交5件，以当面方式提交2件);
- the year's requests all said to come one way, the way between the verb of receiving and the noun
  (收到以网络方式提交的政府信息公开申请6件; 接收网络方式提交政府信息公开5件): the year's count and that way's;
- one website as the way a proactive total went out, said in a clause of its own before the total's
  (2013年，通过政府门户网站，主动公开政府信息63条): the total and the website's count."""
from __future__ import annotations

import reportparse

HEAD = "青禾镇人民政府2013年政府信息公开工作年度报告\n"


def _read(body: str) -> dict:
    return {(i.key, i.period): i.value
            for i in reportparse.parse_text(HEAD + body).indicators if not i.derived}


def _vals(body: str) -> dict:
    return {k: v for (k, period), v in _read(body).items() if period == "year"}


# ---- a running total with its noun before the verb -------------------------------------------------------------

def test_running_total_noun_before_verb_after_the_years_count():
    read = _read("二、主动公开政府信息情况\n2013年，我镇主动公开政府信息47条，历年累计信息公开263条。\n")
    assert read[("disclosure.total", "year")] == 47
    assert read[("disclosure.total", "cumulative")] == 263


def test_running_total_noun_before_verb_in_brackets():
    read = _read("二、主动公开政府信息情况\n2013年，我镇主动公开政府信息58条（历年累计政府信息公开391条）。\n")
    assert read[("disclosure.total", "year")] == 58
    assert read[("disclosure.total", "cumulative")] == 391


def test_running_total_of_requests_is_no_proactive_total():
    read = _read("二、主动公开政府信息情况\n2013年，我镇主动公开政府信息47条，历年累计信息公开申请29件。\n")
    assert read[("disclosure.total", "year")] == 47
    assert ("disclosure.total", "cumulative") not in read


def test_running_total_without_the_years_count_before_it_is_not_read():
    read = _read("二、主动公开政府信息情况\n本镇历年累计信息公开263条。\n")
    assert ("disclosure.total", "cumulative") not in read


# ---- a way of applying said with 方式 before its verb ------------------------------------------------------------

def test_ways_said_with_fangshi_before_the_verb():
    vals = _vals("三、依申请公开政府信息情况\n2013年，共收到政府信息公开申请7件，其中以网络方式提交5件，以当面方式提交2件。\n")
    assert vals["requests.new"] == 7
    assert vals["requests.by_channel.online"] == 5
    assert vals["requests.by_channel.in_person"] == 2


# ---- the year's requests all come one way --------------------------------------------------------------------

def test_all_requests_online_way_between_verb_and_noun():
    vals = _vals("三、依申请公开政府信息情况\n2013年，我镇收到以网络方式提交的政府信息公开申请6件。\n")
    assert vals["requests.new"] == 6
    assert vals["requests.by_channel.online"] == 6


def test_all_requests_online_noun_without_shenqing():
    vals = _vals("三、依申请公开政府信息情况\n2013年，我委接收网络方式提交政府信息公开9件。\n")
    assert vals["requests.new"] == 9
    assert vals["requests.by_channel.online"] == 9


def test_all_requests_in_person():
    vals = _vals("三、依申请公开政府信息情况\n2013年，共收到当面提交的政府信息公开申请4件。\n")
    assert vals["requests.new"] == 4
    assert vals["requests.by_channel.in_person"] == 4
    assert "requests.by_channel.online" not in vals


def test_two_ways_named_together_give_no_ways_count():
    vals = _vals("三、依申请公开政府信息情况\n2013年，共受理当面申请、网上申请政府信息公开12件。\n")
    assert vals["requests.new"] == 12
    assert "requests.by_channel.online" not in vals
    assert "requests.by_channel.in_person" not in vals


def test_a_review_filed_online_is_no_request_channel():
    vals = _vals("五、行政复议和行政诉讼情况\n2013年，通过网络方式提交行政复议申请3件。\n")
    assert "requests.by_channel.online" not in vals
    assert "requests.new" not in vals


# ---- one website said in a clause of its own before the total ----------------------------------------------------

def test_website_way_in_its_own_clause_before_the_total():
    vals = _vals("一、总体情况\n2013年，通过政府门户网站，主动公开政府信息63条，其中动态类信息36条。\n")
    assert vals["disclosure.total"] == 63
    assert vals["disclosure.via_website"] == 63


def test_website_way_clause_after_the_issuer():
    vals = _vals("一、总体情况\n2013年，我街道通过区政府网站，主动公开政府信息71条。\n")
    assert vals["disclosure.total"] == 71
    assert vals["disclosure.via_website"] == 71


def test_two_outlets_before_the_total_give_no_website_count():
    vals = _vals("一、总体情况\n2013年，通过政府门户网站、微信公众号等渠道，主动公开政府信息63条。\n")
    assert vals["disclosure.total"] == 63
    assert "disclosure.via_website" not in vals


def test_website_clause_then_another_outlet_clause_gives_no_website_count():
    vals = _vals("一、总体情况\n2013年，通过政府门户网站，微信公众号，主动公开政府信息63条。\n")
    assert vals["disclosure.total"] == 63
    assert "disclosure.via_website" not in vals
