"""Narrative classes read in hunt43. Texts and figures are invented.

- last year's carry-over denied with the year first (上年无结转, 上年度没有结转): none carried over, and the clauses
  after it are this year's again (无结转下年度 is none carried forward);
- the proactive total said count-before-noun with the issuer opening the clause (2024年本单位累计公开62条信息): read;
  a channel's or one kind's count in that order stays unread."""
from __future__ import annotations

import reportparse

HEAD = "青禾县水务局2024年度政府信息公开工作年度报告\n一、总体情况\n"


def _values(body: str) -> dict:
    return {i.key: i.value for i in reportparse.parse_text(HEAD + body).indicators
            if i.applicant in (None, "total") and i.period == "year"}


def test_last_years_carry_over_denied_with_the_year_first():
    got = _values("(二)依申请公开情况\n2024年,本局新收到政府信息依申请公开7件,上年无结转,无结转下年度。\n")
    assert got["requests.new"] == 7
    assert got["requests.carried_over"] == 0
    assert got["requests.carried_forward"] == 0
    got = _values("(二)依申请公开情况\n2024年,本局收到政府信息公开申请9件,上年度没有结转,结转下年度继续办理3件。\n")
    assert (got["requests.new"], got["requests.carried_over"], got["requests.carried_forward"]) == (9, 0, 3)


def test_last_years_own_count_stays_last_years():
    got = _values("(二)依申请公开情况\n2024年,本局收到政府信息公开申请9件。上年收到申请6件,结转下年度继续办理2件。\n")
    assert got["requests.new"] == 9
    assert "requests.carried_forward" not in got


def test_proactive_total_said_count_before_noun():
    assert _values("(一)主动公开情况\n2024年本单位累计公开53条信息。\n")["disclosure.total"] == 53
    assert _values("(一)主动公开情况\n2024年,我局全年共公开41条政府信息,其中政策文件6条。\n")["disclosure.total"] == 41


def test_a_channel_or_a_kind_said_count_before_noun_stays_unread():
    assert "disclosure.total" not in _values("(一)主动公开情况\n2024年,我局通过门户网站共发布38条信息。\n")
    assert "disclosure.total" not in _values("(一)主动公开情况\n2024年本单位共发布17条财政预决算信息。\n")
    assert "disclosure.total" not in _values("(一)主动公开情况\n上年本局共公开26条信息。\n")
