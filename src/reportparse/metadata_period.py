"""The year a report's body states as its own (the title's year aside: metadata.py): the first paragraph's, the
opening sentences', and the statistics period's against a title or body kept from the year before's report.

Every pattern is a named constant below (one owner); metadata.reporting_period combines them.
"""
from __future__ import annotations

from typing import Optional

import regex

from .genre import PERIOD as _PERIOD
from .normalize import fold_traditional
from .patterns import INSTITUTION_SELF, LazyPattern
from .published import say as _say

# a year by its four digits, captured as `year` (2023年…, 2023年度…: the words after it are each pattern's): the one
# spelling metadata.py, metadata_words ($YEAR of data/metadata.tsv) and issuer.py build their year patterns from
YEAR = r"(?<!\d)(?P<year>(?:19|20)\d{2})"
BODY_TITLE_YEAR = LazyPattern(YEAR + r"\s*年(?:度)?\s*政府信息公开(?:工作)?(?:年度)?报告")
# a text stored without its title and its statistics period: the year its first paragraph opens with is the
# report's. Either the paragraph under 一、总体情况 (概述) says the year itself (2020年七里坪镇…, 2025年中仓街道…: a place's name
# opening with 中; not 2019年以来 nor 2019年度以来, 2020年底, 2021年中,
# 2019年至2020年, 2020年工作要点), or a paragraph opens with the year then a comma or the issuer's 我/本/全
# (2020年，宣城市气象局…; 2012年我镇…), never a date (2019年5月…) nor a span (2008年以来)
# (or, in a text run onto one line, on the heading's line: "一、总体情况 2019年度，X公司…"; the heading itself after a space
# in the run: "…可在X网站下载。 一、概述 2017年,我街道…")
OVERVIEW_YEAR = LazyPattern(r"(?:^|(?<=[ \t\u3000]))[ \t\u3000]*一[、.．][ \t\u3000]*(?:总体情况|概述|概况)(?:[^\n]{0,8}\n\s*|[ \t\u3000]+)" + YEAR
                             + r"\s*年(?:度)?+(?![\d以至到底末初前后上下\-—–~～]|中(?![^,，。\s]{1,4}?(?:街道|镇|乡|区|县|市|州))|工作)",
                             regex.M)
OPENING_YEAR = LazyPattern(r"^[ \t\u3000]*" + YEAR + r"\s*年(?:度)?(?=[,，、]|[我本全](?!年))", regex.M)
# … or, last, the one year the body's opening states as the report's: a sentence that opens with it and the issuer's
# 我/本/全 (。2020年，我委…, or a clause: …依法公开，2022年，我局在…, or a heading's: …情况：2022年，我中心…; not 2024年，我局将…: a
# plan) or an institution's word for itself (。2021年医院在…, 学校, 学院,
# a street office's 街道: 2019年度街道受理…; a department's bare 厅, 局, 委: 2019 年,厅门户网站新增…) or its name (_NAMED_SELF),
# the period's end (截至2023年12月31日, or the data's point in time: 数据核定时间点为2022年12月31日; not 截至2020年底, a
# running total's end), the
# clause that reports it (汇报我镇2023年政府信息公开工作) or hands it over (现将2008年度政府信息公开工作情况报告如下; 工作 left
# out: 现将我局2020年度政府信息公开情况报告如下, heldout66b), or
# reviews it before doing so (我校对2021年度信息公开工作进行对照检查，现总结报告如下);
# taken only when every such mention names the same year
_SELF_WORD = r"(?:[我本全厅局委]|" + INSTITUTION_SELF + ")"
# … or the body's own name as the subject of its disclosure work (。2021年,县卫生健康局的政府信息公开工作严格…)
_NAMED_SELF = r"[县区市旗州镇乡][^。；;,，\d]{1,12}?(?:局|委员会|委|办公室|政府|中心)(?:的)?(?:政府信息公开|政务公开)"
# … or a street's or town's name as the subject of its figures (2021年内,X街道共办理4件…; never 各街道, 全区各街道)
_STREET_SUBJECT = r"(?![各全])[^。；;,，\d《》]{2,12}?(?<![各全])(?:街道|[镇乡])(?:办事处|人民政府)?(?:共|全年)?(?:办理|受理|收到|主动公开)"
_BODY_YEAR = LazyPattern(r"(?:^|[。；;,，:：])[ \t\u3000]*" + YEAR + r"\s*年(?:度)?内?[,，]?(?=" + _SELF_WORD + "|" + _NAMED_SELF + "|"
                         + _STREET_SUBJECT + r")(?!" + _SELF_WORD + r"[^。,，]{0,5}将)"
                         r"|(?:截[止至]|数据[^。,，\d]{0,4}时间点为?)\s*" + YEAR + r"\s*年\s*12\s*月\s*31\s*日"
                         r"|(?:汇报|报告|现将)[^。\d]{0,8}" + YEAR + r"\s*年(?:度)?\s*(?:政府|政务)?信息公开(?:工作|情况报告如下)"
                         r"|(?<=(?:[我本全][校院])|" + _SELF_WORD + r")(?:对|就)\s*" + YEAR + r"\s*年(?:度)?\s*(?:政府|政务)?信息公开工作"
                         r"(?:进行|开展|作)(?:了)?[^。,，\d]{0,4}?(?:检查|总结|回顾|梳理)", regex.M)


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


# a text whose only year opens a sentence with 以来 and the issuer as its subject (2022年以来，我局…; 2022年以来,县统计局的
# 政务公开…): "since the start of that year", the report's own — where the text names no other year: in a later year's
# report the span would run into that year, which the text then names (2022年以来 … 2023年，我局…). A date of the next
# year (the report's publication, 2023年1月16日, 2023-01-16) and the statute's revision (2019年4月3日…修订) are no such
# year; a plan (2022年以来，我局将…) states none, nor does a year the statute took effect in (2008年以来: since the 条例 of
# 2008; 2019年以来: since its revision), whose span any later report may open with.
_STATUTE_YEARS = (2008, 2019)
# (the issuer by its full name as the subject, 2022年以来,某某区人民政府办公室严格按照…: _BODY_SUBJECT; never 各/全 bodies)
_BODY_SUBJECT = (r"(?![各全])[^。；;,，\d《》“”\"]{2,14}?(?<![各全])(?:人民政府办公室|政府办公室|人民政府|办公室|办公厅|局|委员会|管委会|办事处)"
                 r"(?![^。；;,，]{0,5}将)")
_SINCE_YEAR = LazyPattern(r"(?:^|[。；;,，])[ \t\u3000]*" + YEAR + r"\s*年(?:度)?以来[,，]?(?=" + _SELF_WORD + "|" + _NAMED_SELF
                          + "|" + _STREET_SUBJECT + "|" + _BODY_SUBJECT + r")(?!" + _SELF_WORD + r"[^。,，]{0,5}将)", regex.M)
_ANY_YEAR = LazyPattern(r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?=\s*年|[-/.]\d{1,2}(?!\d))")
_NEXT_YEAR_DATE = r"(?<![\d.])(?:{y}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{y}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
_STATUTE_REVISION = LazyPattern(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。()（）]{0,40}?修订")


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
