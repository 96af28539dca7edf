"""Wordings of real reports the library misread or missed (hunt68: northern and western provinces), each a class with a
guard that a near case keeps its reading. Texts and figures are invented.

- last year's cases carried over, said in brackets after a count of requests handled with a running word before it
  (累计处理政府信息公开申请46件(含上年度结转1件)): the bracket is the carried count's own clause, a state at the year's
  boundary, never a running total — the 累计 is the handled count's;
- the year's requests said as a number (申请数量为12件) and their applicants as one category in the next clause
  (申请人类型为自然人): the natural persons' count is the whole's.
"""
from __future__ import annotations

import reportparse

HEAD = "苇塘县{body}2025年政府信息公开工作年度报告\n一、总体情况\n"


def _values(text: str, body: str = "柳河乡人民政府") -> dict:
    got = reportparse.parse_text(HEAD.format(body=body) + text)
    return {(i.key, i.applicant): i.value for i in got.indicators if not i.derived}


# ---- (含上年度结转N件) after a 累计 count ---------------------------------------------------------------------------

def test_carried_over_in_brackets_after_a_running_word_is_read():
    got = _values("(二)依申请公开情况\n2025年政府信息公开申请主要涉及征地拆迁等方面,全县各部门累计处理政府信息公开申请"
                  "57件(含上年度结转4件),同比增长约6%。其中52件已在法定时限内答复,5件结转下年度办理。\n")
    assert got.get(("requests.carried_over", "total")) == 4
    assert got.get(("requests.carried_forward", "total")) == 5
    assert ("requests.new", "total") not in got          # 处理 (handled) is no count of new requests


def test_carried_over_in_brackets_after_a_received_count_is_read():
    got = _values("(二)依申请公开情况\n全年累计受理政府信息公开申请38件(含上年度结转2件)。\n")
    assert got.get(("requests.carried_over", "total")) == 2


def test_guard_running_total_before_the_bracket_stays_unread_in_a_national_template():
    got = _values("(二)依申请公开情况\n截至2025年底,历年累计受理政府信息公开申请613件(含上年度结转3件)。\n")
    assert ("requests.new", "total") not in got          # a running total: no key of the 2021 template
    assert got.get(("requests.carried_over", "total")) == 3


def test_guard_closed_bracket_before_a_carried_count_keeps_the_running_word():
    # the bracket closes before the carried count: the running word before it is the clause's own again
    got = _values("(二)依申请公开情况\n历年累计(自条例施行以来)结转上年度申请9件。\n")
    assert ("requests.carried_over", "total") not in got


# ---- 申请数量为N件,申请人类型为自然人 ----------------------------------------------------------------------------------

def test_count_said_as_a_number_then_one_applicant_category_is_theirs():
    got = _values("(二)依申请公开情况\n2025年收到政府信息公开申请数量为14件,申请人类型为自然人,申请方式为信函申请。\n",
                  body="柳河街道办事处")
    assert got.get(("requests.new", "total")) == 14
    assert got.get(("requests.new", "natural_person")) == 14


def test_guard_two_categories_after_the_count_read_no_applicant():
    got = _values("(二)依申请公开情况\n2025年收到政府信息公开申请数量为14件,申请人类型为自然人和法人。\n",
                  body="柳河街道办事处")
    assert got.get(("requests.new", "total")) == 14
    assert ("requests.new", "natural_person") not in got


def test_guard_category_with_its_own_count_reads_no_whole():
    got = _values("(二)依申请公开情况\n2025年收到政府信息公开申请数量为14件,申请人类型为自然人11件。\n",
                  body="柳河街道办事处")
    assert got.get(("requests.new", "natural_person")) != 14
