"""A report's publish date: the date its container or its header states, else its signature, else the date set under
its title; and the crawler's capture time, which is never one. Every pattern is a named constant below (one owner).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

import regex

from .document import Document
from .model import METADATA_WARNING
from .normalize import search_form
from .patterns import (CAPTURE_WORDS, FIELD_SEPARATOR, HEADER_FIELDS, PERIOD_FIELD, PUBLISH_FIELDS, STATED_HEAD, UPDATE_WORDS,
                       VALIDITY_WORDS, WRITTEN_FIELDS, LazyPattern, field_names)

__all__ = ["CAPTURE_FIELD", "CN_DIGITS", "WRITTEN_DATE", "find_capture_time", "find_published", "say", "signer"]

CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_DATE = r"(?P<y>(?:19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})"
# the time of day a CMS prints after a date (发布日期 2021-02-20 09:00), and a date as a CMS prints it (2022-01-29, or
# with slashes: 2018/3/26; one separator both times)
_TIME_OF_DAY = r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
_ISO_DATE = r"(?P<y>(?:19|20)\d{2})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
# (a CMS's facts set as a list, each name and value an item of its own: "- 时间:⏎- 2022-01-24"; the value in square
# brackets as a CMS prints it: "发布日期:[2021-01-28]", "发布时间：【2021-01-28】", which search_form folds to round ones)
# (… or with no colon, the name an item alone on its line and the value alone on the next: "- 发布日期⏎- 2022-01-28")
_BULLET = r"[-•·●▪][ \t\u3000]*"
_DATE_VALUE = ("(?:" + FIELD_SEPARATOR + r"(?:(?<=\n[ \t\u3000]*)" + _BULLET + r"|[\[【(（][ \t\u3000]*)?" + _DATE
               + r"|(?<=(?:\A|\n)[ \t\u3000]*" + _BULLET + r"[^\s:：|]{2,8})[ \t\u3000]*\n[ \t\u3000]*" + _BULLET + _DATE
               + r"(?=" + _TIME_OF_DAY + r"[ \t\u3000]*(?:\n|\Z)))")
# the container's own date (Document.date_hint: a <meta> PubDate, a crawler header's 发布时间 value)
_HINT_DATE = LazyPattern(r"^\s*" + _DATE)
# when a crawler fetched the page (采集时间: 2023-05-06 10:11:12), not when it was published: never
# a publish date, only named when no publish date is found
CAPTURE_FIELD = "(?:" + "|".join(CAPTURE_WORDS) + ")(?:时间|日期)"
_CAPTURE_LINE = LazyPattern("(?P<field>" + CAPTURE_FIELD + ")" + _DATE_VALUE)
# … nor the page's update time (更新时间: …), named likewise where no capture time is given
_UPDATE_LINE = LazyPattern("(?P<field>(?:" + "|".join(UPDATE_WORDS) + ")(?:时间|日期))" + _DATE_VALUE)


def _field_date(names: str) -> LazyPattern:
    """A header field's date: after its name and a colon or pipe, or, in a CMS's facts flattened to lines of
    name-space-value pairs ("生成日期 2021-01-28 公开方式 主动公开"; "公开目录 年度报告 发布日期 2021-02-20 09:00"), after
    a name that opens its line or follows a space, the date (and its time of day) closing the line or followed by
    another field's name. (Searched through _FieldDate, which finds the same first match faster.)"""
    return LazyPattern("(?:" + names + _DATE_VALUE + "|" + _SPACED_LEAD + names + _spaced_tail() + ")", regex.M)


# the spaced form's opening: its line's start or a space, then spaces, then the name
_SPACED_LEAD = r"(?:^|(?<=[ \t\u3000]))[ \t\u3000]*"


def _spaced_tail() -> str:
    return (r"[ \t\u3000]+" + _DATE + _TIME_OF_DAY
            + r"(?=[ \t\u3000]*$|[ \t\u3000]+" + field_names(HEADER_FIELDS) + ")")


class _FieldDate:
    """_field_date(names).search, the same first match (its date groups) found without trying the spaced form's
    opening at every position of the text (~80× the colon form's cost, the header search's most).

    Each match holds a name right after the spaces it opens with (a name opens with no space), and the two forms
    never match at the same name: after it, the colon form's spaces end in a colon or pipe, the spaced form's in a
    digit. The first match is the one of the first name where either form matches: the colon form's first match,
    unless the spaced form matches at a name before it — a name that opens its line or follows a space (the
    spaced form's opening: it may start on the spaces before the name, never before a character that is none),
    tried from the name on. The names are found overlapping (no occurrence is passed over)."""

    def __init__(self, names: str):
        self.plain = _field_date(names)          # (the one pattern: tests/test_speed51.py compares the two)
        self._colon = LazyPattern(names + _DATE_VALUE, regex.M)
        self._names = LazyPattern(names)
        self._spaced = LazyPattern(names + _spaced_tail(), regex.M)

    def search(self, text: str):
        colon = self._colon.search(text)
        end = colon.start() if colon is not None else len(text)
        for name in self._names.finditer(text, overlapped=True):
            at = name.start()
            if at >= end:
                break
            if (at == 0 or text[at - 1] in _SPACED_BEFORE) and (spaced := self._spaced.match(text, at)) is not None:
                return spaced
        return colon


# what may stand before a name the spaced form reads: a space (its look-behind) or a line break (its ^)
_SPACED_BEFORE = " \t\u3000\n"


# in order of preference: a publication date beats a bare 时间/日期, which beats the date of writing
_DATE_LINES = [_FieldDate(field_names(PUBLISH_FIELDS)),
               LazyPattern(r"(?<!" + "|".join([f[:-2] for f in WRITTEN_FIELDS] + list(CAPTURE_WORDS + UPDATE_WORDS + VALIDITY_WORDS))
                           + r")(?:时间|日期)"
                           + _DATE_VALUE),
               _FieldDate("(?:" + "|".join(WRITTEN_FIELDS) + ")")]
_DATE_PUBLISHED = LazyPattern(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:发布|公布|印发)")
# the signature date: a line of its own near the end ("2024年1月20日", "二〇二四年一月二十日")
WRITTEN_DATE = (r"(?P<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_SIGNATURE_DATE = LazyPattern(r"^[ \t\u3000]*" + WRITTEN_DATE + r"[ \t\u3000]*$", regex.M)
_SIGNATURE_TAIL = 800       # the signature stands in the last characters of the text
# the signer's name: a few words, no figure, no sentence's mark
_SIGNER_NAME = r"(?P<by>[^\s\d。，,;；:：|《》“”\"]{2,30})"
# the signature date run onto the text's last line after its last sentence, the signer's name before it (a crawler joined the lines:
# "…互动功能。 某某区某某街道办事处 二○○九年三月二十日"), nothing after it but spaces or a table's pipes
_RUN_ON_SIGNATURE = LazyPattern(r"[。！!][ \t\u3000]+(?:" + _SIGNER_NAME + r"[ \t\u3000]+)?" + WRITTEN_DATE
                                + r"[ \t\u3000|]*\Z")
# the signer's name on the line above a signature date alone on its line
_SIGNER_LINE = LazyPattern(r"^[ \t\u3000]*" + _SIGNER_NAME + r"[ \t\u3000]*\n[ \t\u3000]*\Z", regex.M)
# … or the date set under the title, a line of its own, bare or in brackets ("（2020年10月30日）", the issuer's
# name then "2011年1月3日"): the date of the report when neither a publish date nor a signature is found
_HEAD_DATE = LazyPattern(r"^[ \t\u3000]*[(（]?[ \t\u3000]*" + WRITTEN_DATE + r"[ \t\u3000]*[)）]?[ \t\u3000]*$", regex.M)
_HEAD_DATE_CHARS = 300      # the title, the issuer's line, the date
# the next fact's label on a CMS's line of page facts (来源：, 点击：; 來源： in traditional script)
# (信息来源：, 浏览量：, 阅读次数：, 访问量：, 稿件作者：, 责任编辑：: the same facts named longer; 发布单位：)
_SOURCE_LABEL = r"(?:信息)?[来來]源"
_FACT_LABEL = (r"[ \t\u3000]*(?:" + _SOURCE_LABEL + r"|[点點][击擊]|[浏瀏][览覽]|[阅閱][读讀]|[访訪][问問]|(?:稿件|[责責]任)?(?:作者|[编編][辑輯])|[发發]布(?:[机機][构構]|[单單]位))"
               r"(?:次[数數]|量)?[ \t\u3000]*[:：]")
# … or a CMS's line of page facts under the title, its date unlabelled and the next fact labelled: "2020-10-29   来源:X
# 点击:477", a list "• 2012-03-30\n• 来源:本网" (a bare date line of digits alone says no more: a capture time too)
# (a copy in traditional script labels them so: "2019-03-28 18:26  來源:X"; the date may stand in brackets: "[2026-10-31]
# 发布单位:办公室  阅读次数:120")
# (… or the facts one a line, the date's first and its time glued to it: "2021-03-2918:26⏎来源:⏎字体:")
_FACT_TIME = r"(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?"
_HEAD_FACTS_DATE = LazyPattern(r"^[ \t\u3000]*(?:[•·●▪][ \t\u3000]*)?[\[【]?" + _ISO_DATE + r"[\]】]?" + _FACT_TIME
                               + r"(?:[ \t\u3000]+|[ \t\u3000]*\n[ \t\u3000]*(?:[•·●▪])?)"
                               + _FACT_LABEL,
                               regex.M)
# … or that line with the date written out and the next fact glued to it: "2022年01月18日来源:1"
_HEAD_FACTS_WRITTEN = LazyPattern(r"^[ \t\u3000]*" + WRITTEN_DATE + _FACT_TIME + r"[ \t\u3000]*"
                                  + _FACT_LABEL,
                                  regex.M)
# … or the date after the source fact's value, the next fact labelled after it, on its line or the next ("来源:某乡   2019-05-08
# 11:28⏎浏览量:1"): the page's date, as the facts' line puts it when the date comes first
_SOURCE_FACT_DATE = LazyPattern(r"^[ \t\u3000]*" + _SOURCE_LABEL + r"[ \t\u3000]*[:：][ \t\u3000]*[^\s\d:：|]{1,30}[ \t\u3000]+"
                                + _ISO_DATE + _FACT_TIME + r"(?:[ \t\u3000]+|[ \t\u3000]*\n)" + _FACT_LABEL, regex.M)
# … or a CMS's facts one a line with their labels lost: an index number (QA4425051-2018-001, 008463552/2016-00002),
# then within four lines (公开方式, 文号, 发布机构 values) a date alone on its line, dashed or dotted ("2018.01.25")
# (the code's class letter after a dash, 11370112004203737J-A/2023-6005636, as some provinces number them)
_INDEXED_FACTS_DATE = LazyPattern(r"^[ \t\u3000]*[A-Za-z0-9]{5,}(?:-[A-Z])?[-/](?:19|20)\d{2}[-/]\d{2,}[ \t\u3000]*\n"
                                  r"(?:[^\n\d]{0,30}\n){0,4}?[ \t\u3000]*"
                                  r"(?P<y>(?:19|20)\d{2})[-.](?P<m>\d{1,2})[-.](?P<d>\d{1,2})[ \t\u3000]*$", regex.M)
# … or a CMS's facts set as a list with their labels lost, the title's item then two dates alike, one an item each (the
# written and the published date: "• X2020年…年度报告⏎• 2021-01-18⏎• 2021-01-18"): the page's date; never two dates
# that differ (which is the page's is not said), nor a date out of the title's list
_LISTED_TITLE_DATES = LazyPattern(r"^[ \t\u3000]*[•·●▪][ \t\u3000]*[^\n]{2,80}?(?:报告|年报)[ \t\u3000]*\n"
                                  r"[ \t\u3000]*[•·●▪][ \t\u3000]*" + _ISO_DATE + r"[ \t\u3000]*\n"
                                  r"[ \t\u3000]*[•·●▪][ \t\u3000]*(?P=y)(?P=sep)(?P=m)(?P=sep)(?P=d)[ \t\u3000]*$", regex.M)
# … or a site's byline under the title: its name and address, then the date to the line's end ("银川市人民政府门户网站
# www.yinchuan.gov.cn 2022-01-27", "中国宁夏网 www.nx.gov.cn 2022-01-27 09:12"): the address says it is the page's own line
_HEAD_SITE_DATE = LazyPattern(r"^[^\n\d]{0,30}?(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
                              r"\.(?:cn|com|net|org)/?"
                              r"[ \t\u3000]+" + _ISO_DATE + _TIME_OF_DAY + r"[ \t\u3000]*$", regex.M | regex.I)

# … or the date set beside the title on its line, a list's way ("X局2021年政府信息公开工作年度报告 2022-01-29")
_TITLE_LINE_DATE = LazyPattern(r"^[ \t\u3000]*[^\n]{4,80}?报告[ \t\u3000]+" + _ISO_DATE + _TIME_OF_DAY + r"[ \t\u3000]*$",
                               regex.M)

# … or a byline right under the title (the text's first line, ending in 报告): a name, then a date as a CMS prints it
# ("某省政务公开办  2018/3/26") or written out, to the line's end: the date the page sets under its title; never one
# further down (the body's), nor a field's (采集时间 2018-03-26 is the capture time), nor digits alone (a capture time too)
_BYLINE = r"(?:(?!时间|日期|" + "|".join(CAPTURE_WORDS + UPDATE_WORDS) + r")[^\s\d。，,;；:：|]){2,30}[ \t\u3000]+"
_UNDER_TITLE_DATE = LazyPattern(r"\A\s*[^\n]{4,80}?报告[ \t\u3000]*\n\s*" + _BYLINE + "(?:" + _ISO_DATE + _TIME_OF_DAY
                                + "|" + WRITTEN_DATE + r")[ \t\u3000]*$", regex.M)

# … or a date alone on the line right under the title (a line ending in 报告), as a CMS prints it ("2021-01-29", "2021/1/29
# 10:36", "[2021-01-29]"), blank lines between, or with the issuing office after it ("2024-01-26   某县人民政府办公室": the
# byline the other way round): the page's date under its title; never a date further down (the body's), nor a listed
# item's ("• 2012-03-28"), nor one with other words after it ("2012-03-28 更新"); the office may be followed by the page's
# labelled facts ("2026-01-22  某县人民政府办公室   浏览:", its count lost or not: _FACT_LABEL's)
_ISSUING_OFFICE = r"[^\s\d。，,;；:：|]{2,30}?(?:政府|办公室|办公厅|局|委员会|委|办|中心|办事处|管委会)"
_UNDER_TITLE_BARE_DATE = LazyPattern(r"^[ \t\u3000]*[^\n]{4,80}?(?:报告|年报)[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*[\[【]?"
                                     + _ISO_DATE + r"[\]】]?" + _TIME_OF_DAY + r"(?:[ \t\u3000]+" + _ISSUING_OFFICE
                                     + r"(?:[ \t\u3000]+" + _FACT_LABEL + r"[^\n]*)?)?"
                                     + r"[ \t\u3000]*$", regex.M)


def _cn_int(raw: str) -> int:
    import cn2an       # on first use: its import costs ~150 ms, most documents print Arabic dates
    return int(cn2an.cn2an(raw, "smart"))


def _date(m) -> Optional[_dt.date]:
    try:
        y, mo, d = m["y"], m["m"], m["d"]
        y = int(y) if y.isdigit() else int(y.translate(CN_DIGITS))
        mo = int(mo) if mo.isdigit() else _cn_int(mo)
        d = int(d) if d.isdigit() else _cn_int(d)
        return _dt.date(y, mo, d)
    except (ValueError, KeyError, TypeError):
        return None


def _stated_date(doc: Document) -> tuple[Optional[_dt.date], bool]:
    """The date the container or the header states, and whether a field states it (False: a sentence's …日发布)."""
    m = _HINT_DATE.match(doc.date_hint) if doc.date_hint else None
    if m and _date(m):
        return _date(m), True
    text = search_form(doc.text[:STATED_HEAD])      # 發布時間 in a copy in traditional script
    m = next((m for p in _DATE_LINES if (m := p.search(text))), None)
    if m is not None:
        return _date(m), True
    m = _DATE_PUBLISHED.search(text[:600])
    return (_date(m) if m else None), False


# the statistics period said to end before the reporting year does (统计期限为2021年12月1日至2022年11月30日; 本报告所列数据
# 统计截至2022年12月20日): a date after that end and inside the year may be the report's own
_PERIOD_END = LazyPattern(PERIOD_FIELD + r"[^。;；\n]{0,30}?(?:至|到|[-—–~]|截至|截止(?:时间|日期)?(?:为|是)?)\s*"
                          r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_YEAR_IN = LazyPattern(r"(?:19|20)\d{2}(?=\s*年)")


def _period_end_in_year(doc: Document, year: int) -> Optional[_dt.date]:
    """The day the statistics period ends, where the text states one before the reporting year's end (an end
    without its year is of the year the period's words name, that year only); None. (Read in simplified script only:
    folding the header costs ~8× the search, and a copy in traditional script keeps the year's end.)"""
    text = doc.text[:STATED_HEAD]
    m = _PERIOD_END.search(text)
    if m is None:
        return None
    if m["y"] is None:
        named = set(_YEAR_IN.findall(text, m.start(), m.start("m")))
        if named != {str(year)}:
            return None
        end = _date({"y": str(year), "m": m["m"], "d": m["d"]})
    else:
        end = _date(m)
    return end if end is not None and end.year == year and end < _dt.date(year, 12, 31) else None


def find_capture_time(doc: Document) -> Optional[str]:
    """The crawler's capture time the document states, as "采集时间 2023-05-06", else the page's update time ("更新时间
    2012-06-05"), else None: for the warning when no publish date is found (neither is ever taken as one)."""
    head = doc.text[:STATED_HEAD]
    m = _CAPTURE_LINE.search(head) or _UPDATE_LINE.search(head)
    captured = _date(m) if m else None
    return f"{m['field']} {captured.isoformat()}" if captured else None


def _signature(text: str):
    """The signature date's match at the text's end: the last date alone on a line of the last characters, else one
    run onto the last line after its last sentence; None."""
    tail_start = max(0, len(text) - _SIGNATURE_TAIL)
    dated = [m for m in _SIGNATURE_DATE.finditer(text, tail_start) if _date(m)]
    if dated:
        return dated[-1]
    m = _RUN_ON_SIGNATURE.search(text, tail_start)
    return m if m and _date(m) else None


def _signature_date(doc: Document) -> Optional[_dt.date]:
    m = _signature(doc.text)
    return _date(m) if m else None


def signer(text: str) -> Optional[str]:
    """Who signs the report: the name on the line above its signature date, or before the date run onto the last line
    (a name as printed, not yet judged an issuer's); None."""
    m = _signature(text)
    if m is None:
        return None
    if "by" in m.re.groupindex:
        return m["by"]
    above = _SIGNER_LINE.search(text, max(0, m.start() - 40), m.start())
    return above["by"] if above else None


def _head_date(doc: Document) -> Optional[_dt.date]:
    m = next((m for p in (_HEAD_DATE, _HEAD_FACTS_DATE, _HEAD_FACTS_WRITTEN, _SOURCE_FACT_DATE, _INDEXED_FACTS_DATE,
                          _LISTED_TITLE_DATES, _HEAD_SITE_DATE, _TITLE_LINE_DATE, _UNDER_TITLE_DATE, _UNDER_TITLE_BARE_DATE)
              if (m := p.search(doc.text, 0, _HEAD_DATE_CHARS))), None)
    return _date(m) if m else None


def find_published(doc: Document, year: Optional[int] = None, warnings: Optional[list[str]] = None,
                   period_end: Optional[_dt.date] = None) -> Optional[str]:
    """The publish date the document or its container states, else the signature date at its end, else the
    date set under the title (each said);
    a crawler's capture time is neither (find_capture_time names it for the missing-date warning).
    A report of `year` is published after that year ends (after `period_end`, an academic year's
    31 August, when given): an earlier date is not taken (the signature date is, if later), and that is said."""
    end = period_end or (_dt.date(year, 12, 31) if year is not None else None)
    period = f"reporting year {year}" if period_end is None else f"reporting period ({period_end.isoformat()})"
    stated, fielded = _stated_date(doc)
    if stated is not None and (end is None or stated > end):
        return stated.isoformat()
    signed = _signature_date(doc)
    # a statistics period that ends before the year does: a date the header's field, the signature or the line under
    # the title sets after that end is the report's (never a sentence's date: 2022年12月5日印发《…》); looked for only
    # where a date falls inside the year
    early = None
    if period_end is None and year is not None and (stated is not None or signed is None or signed <= end):
        early = _period_end_in_year(doc, year)
    if early is not None:
        # (a date on that last day itself is the report's too: 统计期限…至2018年12月14日止, signed 2018年12月14日)
        period, end = f"statistics period ({early.isoformat()})", early - _dt.timedelta(days=1)
        if stated is not None and not fielded and stated <= _dt.date(year, 12, 31):
            stated = None
        if stated is not None and stated > end:
            say(warnings, f"published: the stated date {stated.isoformat()} is after the statistics period's end "
                           f"{early.isoformat()}, inside the reporting year")
            return stated.isoformat()
    if stated is None:
        if signed is None or (end is not None and signed <= end):
            head = _head_date(doc)
            if head is None or (end is not None and head <= end):
                return None
            say(warnings, f"published: no publish date or signature is found; the date under the title "
                           f"{head.isoformat()} is taken")
            return head.isoformat()
        say(warnings, f"published: no publish date is stated; the signature date {signed.isoformat()} is taken")
        return signed.isoformat()
    if signed is not None and signed > end:
        say(warnings, f"published: the stated date {stated.isoformat()} is before the end of the {period}; "
                       f"the signature date {signed.isoformat()} is taken")
        return signed.isoformat()
    say(warnings, f"published: the stated date {stated.isoformat()} is before the end of the {period}; "
                   "no publish date is given")
    return None


def say(warnings: Optional[list[str]], text: str) -> None:
    """A warning on metadata (model.METADATA_WARNING before it: not one on figures)."""
    if warnings is not None:
        warnings.append(METADATA_WARNING + text)

