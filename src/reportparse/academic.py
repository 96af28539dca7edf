"""A university's report year: an academic year (1 September to 31 August), named in its title, its statistics
period or its opening. metadata.reporting_period asks it; the patterns are owned here."""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from .model import METADATA_WARNING
from .normalize import fold_traditional
from .patterns import OPENING_CHARS, PERIOD_FIELD, STATED_HEAD, LazyPattern

# a university's report is of an academic year (2019-2020学年, 2018—2019學年度; a copy that lost its dash:
# 20192020学年), 1 September to 31 August: the year it ends is the report's year (the Ministry's notice of
# that year calls for it, a university that titles its report by one year gives that one)
_ACADEMIC = (r"(?<!\d)(?P<start>(?:19|20)\d{2})\s*(?:年\s*)?(?:[-—–~～至到]\s*)?(?P<end>(?:19|20)\d{2})\s*"
             r"(?:年\s*)?[学學]年")
ACADEMIC_YEAR = LazyPattern(_ACADEMIC)
_PERIOD_YEAR = LazyPattern(PERIOD_FIELD + r"[^。]{0,20}?" + _ACADEMIC)
# … or its statistics period is one ("统计时间为2018年9月1日至2019年8月31日", "2020年度(2019年9月1日-2020年8月31日)")
_SPAN = LazyPattern(r"(?:统计|数据|年度|学年)[^。]{0,20}?(?<!\d)(?P<start>(?:19|20)\d{2})\s*年\s*0?9\s*月"
                    r"\s*0?1\s*日\s*(?:起)?\s*[,，]?\s*(?:[-—–~～至到]|起至)\s*(?P<end>(?:19|20)\d{2})\s*年\s*0?8\s*月\s*31\s*日")
# what every such span holds, its end (8月31日): a literal the regex module looks for, where _SPAN, which opens with
# no literal, is tried at every position; a head without it holds no such span
_AUGUST_END = LazyPattern(r"8\s*月\s*31\s*日")
ACADEMIC_YEAR_END = (8, 31)
# a school's opening (高等学校, 高校, 大学, 学院, 我校): only there does an academic year it names give the year
_SCHOOL = LazyPattern(r"高等学校|高校|大学|学院|我校|学校")


def academic_period(text: str):
    """The statistics period's academic year (统计时间为2018年9月1日至2019年8月31日), also in a copy in traditional
    script (本報告中所列數據的統計期限自2021年9月1日起至2022年8月31日止)."""
    head = text[:STATED_HEAD]
    for form in (head, fold_traditional(head)):
        # each pattern opens with no literal the regex module can look for, so it is tried at every position: a form
        # without what every match of it holds (学年; the span's end) is not searched
        m = (("学年" in form or "學年" in form) and _PERIOD_YEAR.search(form)) or (
            _AUGUST_END.search(form) and _SPAN.search(form))
        if m:
            return m
    return None


def academic_end(m, where: str, warnings: Optional[list[str]]) -> tuple[Optional[int], Optional[_dt.date]]:
    start, end = int(m["start"]), int(m["end"])
    if end != start + 1:
        if warnings is not None:
            warnings.append(f"{METADATA_WARNING}{where} names the academic year {start}-{end}, whose years do not follow "
                            "each other; no reporting year is read")
        return None, None
    return end, _dt.date(end, *ACADEMIC_YEAR_END)


def opening_academic_year(text: str):
    """The academic year a school's opening names (安徽大学2013-2014学年度, 2019-2020学年，长江大学…), for a report whose
    title names no year and whose period lost its digits (201391日至2014831日); None in any other text."""
    head = fold_traditional(text[:OPENING_CHARS])
    return ACADEMIC_YEAR.search(head) if _SCHOOL.search(head) else None


# a school's report under its own statute (《高等学校信息公开办法》) and not the Regulations: no template of theirs is its own
_SCHOOL_STATUTE = LazyPattern(r"高等学校信息公开办法")
_REGULATIONS = LazyPattern(r"政府信息公开条例|《条例》")
# … whose opening names its period as two years (2025—2026年度, no 学年): that academic year
_SCHOOL_SPAN = LazyPattern(r"(?<!\d)(?P<start>(?:19|20)\d{2})\s*(?:年\s*)?[-—–~～至到]\s*(?P<end>(?:19|20)\d{2})\s*年度")


def _school_opening(text: str) -> Optional[str]:
    """The opening, folded to simplified script, of a school's report under its own statute; None for any other
    (asked of every report: the statute's 办法 (辦法) looked for before the opening is folded)."""
    head = text[:OPENING_CHARS]
    if "办法" not in head and "辦法" not in head:
        return None
    head = fold_traditional(head)
    return head if _SCHOOL_STATUTE.search(head) and not _REGULATIONS.search(head) else None


def school_statute_only(text: str) -> bool:
    """Does the opening cite the schools' statute (《高等学校信息公开办法》) and not the Regulations?"""
    return _school_opening(text) is not None


def school_span(text: str):
    """The two years a school's report under its own statute names in its opening as its period, if any."""
    head = _school_opening(text)
    return _SCHOOL_SPAN.search(head) if head is not None else None
