"""The period of a figure judged from the words before the figure itself, not before its match (period50).

A match may hold words of its own before its number (主动公开本年度政府信息累计361条: the match opens at 主动): the
year word there is the figure's, as a year word before the match is, so the bare 累计 after it is the year's own; a
running word there (历年累计, 累计…已达) still says a running total, and a running total said before the match
(截至2023年底, 2008年以来, 历年, 条例施行以来) is never read as the year's. The rows that open with a year or the issuer
before 累计 (2023年，我局累计受理…) keep reading the year's figure. Texts and figures are invented."""
from __future__ import annotations

import pytest

import reportparse
from reportparse.extract.narrative_period import period_of

_HEAD = "岚峰县水利局2023年政府信息公开工作年度报告\n一、总体情况\n"
_SECTION = {
    "disclosure.total": "(一)主动公开政府信息情况",
    "disclosure.via_website": "(一)主动公开政府信息情况",
    "requests.new": "(二)依申请公开政府信息情况",
    "review.total": "(四)行政复议和行政诉讼情况",
    "fees.collected": "(三)收费情况",
}


def _read(key: str, sentence: str):
    report = reportparse.parse_text(_HEAD + _SECTION[key] + "\n\n" + sentence + "\n")
    return {(i.key, i.period): i.value for i in report.indicators if not i.derived}


def _year(key: str, sentence: str):
    return _read(key, sentence).get((key, "year"))


# -- the year word inside the match, before its figure ---------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("我局主动公开本年度政府信息累计361条。", 361),
    ("我局主动公开今年各类政府信息累计362条。", 362),
    ("我局主动公开全年政府信息累计363条。", 363),
    ("我局主动公开本年度政府信息累计已达366条。", 366),
])
def test_a_year_word_in_the_match_before_the_figure_makes_its_bare_running_sum_the_years(sentence, value):
    assert _year("disclosure.total", sentence) == value


def test_the_figures_start_is_where_the_period_is_judged():
    ctext = "我局主动公开本年度政府信息累计361条。"
    s, f = ctext.index("主动"), ctext.index("361")
    e = ctext.index("条") + 1
    assert period_of(ctext, 0, s, e, 2023) is None              # before the match: only 我局
    assert period_of(ctext, 0, s, e, 2023, len(ctext), f) == "year"
    # a start before the match is as before (f never goes back before s)
    assert period_of(ctext, 0, s, e, 2023, len(ctext), 0) is None


# the rows whose sentences may open with the year or the issuer before 累计, each with its figure's tail
_ROWS = [("disclosure.total", "主动公开政府信息{}条。"), ("disclosure.via_website", "通过政府网站公开信息{}条。"),
         ("requests.new", "收到政府信息公开申请{}件。"), ("review.total", "被申请行政复议{}件。"),
         ("fees.collected", "收取信息公开费用{}元。")]


# -- guards: running totals stay unread as the year's ----------------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("我局主动公开政府信息历年累计371条。", 371),              # 历年 in the match
    ("我局主动公开政府信息累计已达372条。", 372),              # a bare 累计 in the match that has reached its figure
    ("我局主动公开政府信息累计373条。", 373),                  # a bare 累计 in the match, no year word: unsettled
    ("截至2023年底，我局主动公开政府信息累计374条。", 374),    # 截至 before the match, 累计 in it
    ("我局主动公开本年度及历年政府信息累计375条。", 375),     # 历年 after the year word
    ("历年累计主动公开全年财政预决算等政府信息376条。", 376),  # 历年 before the match, a year word in it
    ("截至2023年底累计主动公开本年度等政府信息377条。", 377),  # 截至 before the match, a year word in it
])
def test_a_running_total_in_the_match_is_never_the_years(sentence, value):
    assert _year("disclosure.total", sentence) is None
    assert value not in {v for (k, p), v in _read("disclosure.total", sentence).items() if p == "year"}


@pytest.mark.parametrize("before", ["截至2023年底累计", "2008年以来累计", "截至2023年底，我局累计", "历年累计",
                                    "自条例施行以来累计", "累计"])
@pytest.mark.parametrize("key, tail, value", [(k, w, 400 + i) for i, (k, w) in enumerate(_ROWS)])
def test_a_running_total_before_the_match_stays_unread_as_the_years(before, key, tail, value):
    assert _year(key, before + tail.format(value)) is None


# -- the year or the issuer opening the clause before 累计: the year's own, row by row ---------------------------

# (the issuer by its name: a township's, 高楼乡, is a part of the bureau's report, leads56)
@pytest.mark.parametrize("before", ["2023年我局累计", "2023年，我局累计", "2023年共累计", "2023年，县水利局累计",
                                    "全年我局累计", "本年度共累计", "我局2023年累计"])
@pytest.mark.parametrize("key, tail, value", [(k, w, 500 + i) for i, (k, w) in enumerate(_ROWS)])
def test_a_year_or_issuer_before_a_bare_running_sum_gives_the_years_figure(before, key, tail, value):
    assert _year(key, before + tail.format(value)) == value
