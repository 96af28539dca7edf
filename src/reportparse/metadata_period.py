"""The year a report's body states as its own (the title's year aside: metadata.py): the first paragraph's, the
opening sentences', and the statistics period's against a title or body kept from the year before's report.

Every pattern is a named constant below, its words a row of data/metadata.tsv (metadata_words.wordings); the year's
digits (YEAR) are metadata_words'; metadata.reporting_period combines them.
"""
from __future__ import annotations

from typing import Optional

import regex

from .genre import PERIOD as _PERIOD
from .metadata_words import wordings
from .normalize import fold_traditional
from .patterns import LazyPattern
from .published import say as _say

_WORDS = wordings()

# the words of each pattern are data/metadata.tsv's rows of the same name (what each reads is said there); the flags
# are the code's: each of them but the named report's reads a line's or a sentence's start
BODY_TITLE_YEAR = LazyPattern(_WORDS["BODY_TITLE_YEAR"])
OVERVIEW_YEAR = LazyPattern(_WORDS["OVERVIEW_YEAR"], regex.M)
OPENING_YEAR = LazyPattern(_WORDS["OPENING_YEAR"], regex.M)
_BODY_YEAR = LazyPattern(_WORDS["BODY_YEAR"], regex.M)


def period_over_sentence(title: str, text: str, year: int, warnings: Optional[list[str]]) -> int:
    """The year of a title read from the sentence that publishes the report (no line of the text starts with it),
    unless the statistics period starts another year that the text names more often: the sentence was kept from the
    year before's report (特向社会公布2013年度X镇…年度报告 above 统计期限自2014年1月1日起至2014年12月31日止 and
    2014年，… in a 2014 report). A title line's year stands."""
    period = _PERIOD.search(text)
    if period is None or int(period["year"]) == year or any(line.strip().startswith(title) for line in text.splitlines()):
        return year
    stated = int(period["year"])
    if text.count(f"{stated}年") <= text.count(f"{year}年"):
        return year
    _say(warnings, f"the sentence that publishes the report names {year} but its statistics period and text are of "
                   f"{stated}: the year is {stated}")
    return stated


def period_misprinted(stated: int, text: str, warnings: Optional[list[str]]) -> int:
    """The statistics period's year of a text without a title, unless the sentence that names the report
    (现将2022年度政府信息公开工作报告如下) and the overview's first year (一、总体情况 2022年,…) both say the next one and the
    text names that more often: the period kept from the year before's report, outvoted."""
    head = text[:3000]
    named, overview = BODY_TITLE_YEAR.search(head), OVERVIEW_YEAR.search(head)
    if named is None or overview is None or int(named["year"]) != int(overview["year"]) or int(named["year"]) != stated + 1:
        return stated
    year = stated + 1
    if text.count(f"{year}年") <= text.count(f"{stated}年"):
        return stated
    _say(warnings, f"the statistics period says {stated} but the sentence naming the report and the overview say {year}, "
                   f"as the text mostly does: the year is {year}")
    return year


def body_year(text: str) -> Optional[tuple[int, str]]:
    """The one year the opening's sentences state as the report's (_BODY_YEAR), and the first such words; None where
    none does or two years are stated."""
    # (in a copy in traditional script too: 數據核定時間點為…)
    found = [(m, next(y for y in m.captures("year") if y)) for m in _BODY_YEAR.finditer(fold_traditional(text[:3000]))]
    years = {y for _, y in found}
    return (int(found[0][1]), found[0][0].group().strip("。；; \t\u3000")) if len(years) == 1 else None


# a text whose only year opens a sentence with 以来 and the issuer as its subject (SINCE_YEAR of data/metadata.tsv):
# "since the start of that year", the report's own — where the text names no other year: in a later year's report the
# span would run into that year, which the text then names (2022年以来 … 2023年，我局…). A date of the next year (the
# report's publication, 2023年1月16日, 2023-01-16) and the statute's revision (2019年4月3日…修订) are no such year; a plan
# (2022年以来，我局将…) states none, nor does a year the statute took effect in (2008年以来: since the 条例 of 2008;
# 2019年以来: since its revision), whose span any later report may open with.
_STATUTE_YEARS = (2008, 2019)
_SINCE_YEAR = LazyPattern(_WORDS["SINCE_YEAR"], regex.M)
_ANY_YEAR = LazyPattern(r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?=\s*年|[-/.]\d{1,2}(?!\d))")
_NEXT_YEAR_DATE = r"(?<![\d.])(?:{y}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{y}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
_STATUTE_REVISION = LazyPattern(_WORDS["STATUTE_REVISION"])


def since_year(text: str) -> Optional[tuple[int, str]]:
    """The year of _SINCE_YEAR where every other year the text names is the next year's date or the statute's
    revision, and the words that state it; else None."""
    folded = fold_traditional(text)
    m = _SINCE_YEAR.search(folded)
    if m is None:
        return None
    year = int(m["year"])
    if year in _STATUTE_YEARS:
        return None
    rest = _STATUTE_REVISION.sub("", regex.sub(_NEXT_YEAR_DATE.format(y=year + 1), "", folded))
    if any(int(y["year"]) != year for y in _ANY_YEAR.finditer(rest)):
        return None
    return year, m.group().strip("。；;,， \t\u3000")
