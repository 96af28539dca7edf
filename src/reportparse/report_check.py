"""Is a text an annual report: its title names one (not a notice, a part year, another subject after the report's
name), or, without a title, its opening says what a report's preamble says (genre.opening_is_report). Split from
metadata.py, whose title patterns it reads."""
from __future__ import annotations

from typing import Optional

from .genre import letter_reports, lists_reports, notice_carries_report, notice_opening, opening_is_report, other_genre_with_a_title
from .metadata import NOT_REPORT_TITLE, REPORT_WORDS, TITLE_CN_YEAR, TITLE_YEAR, names_report
from .normalize import search_form
from .patterns import LazyPattern

# a bracket after a title's report name is no other subject: (全文), 【2023】, (试行) aside
_TITLE_BRACKET = LazyPattern(r"[(（\[【][^)）\]】]*[)）\]】]")
# a title goes on to another subject where words follow its report's name in the same clause (…年报编制和发布部署会,
# 发挥年报作用…): never the report's own form (…年度报告汇总, 全文, 摘要), nor a sentence the title ran into (…年度报告。统计期限…)
_TITLE_OTHER_SUBJECT = LazyPattern(r"^\s*(?!汇总|全文|摘要|正文|简本|文本)\p{Han}")


def is_annual_report(title: Optional[str], text: str) -> bool:
    """A report title; or, for a text stored without its title line, an opening that says what a report's preamble
    says (genre.opening_is_report). Why not: not_report_reason."""
    return not_report_reason(title, text) is None


_OPENING_EVIDENCE = ("its opening does not say it is one (the statute cited and 本报告, the genre's section headings, a "
                     "cover letter handing the report over)")


def not_report_reason(title: Optional[str], text: str) -> Optional[str]:
    """None for an annual report; else what was looked for and not found. A title names the report; but a title that
    names one and goes on to another subject (…年报编制和发布部署会, 发挥年报作用…), a page that lists reports by name,
    and a notice under a title without a year need the opening's evidence as a title-less text does."""
    if title is None:
        return None if opening_is_report(text) else "no title names a report, and " + _OPENING_EVIDENCE
    if not names_report(title, NOT_REPORT_TITLE) and not notice_carries_report(title, text):
        return f"the title {title[:60]!r} names no annual report (or a notice, a part year, a self-inspection)"
    if other_genre_with_a_title(text):
        return f"the page titled {title[:60]!r} is an explanation (解读) or a model essay (范文)"
    # (a letter that is the report, …年度报告的函, goes on to no other subject after the report's name)
    weak = ((None if letter_reports(title, text) else _title_about_reports(title)) or ("the page lists several reports by name" if lists_reports(text) else None)
            or ("the page holds a notice (印发给你们, 特此通知) under a title without a year"
                if not (TITLE_YEAR.search(title) or TITLE_CN_YEAR.search(title)) and notice_opening(text) else None))
    if weak and not opening_is_report(text):
        return weak + ", and " + _OPENING_EVIDENCE
    return None


def _title_about_reports(title: str) -> Optional[str]:
    """The words of a title after the report it names (a bracket aside: (全文)), where it goes on to another subject."""
    folded = search_form(title)
    last = None
    for last in REPORT_WORDS.finditer(folded):
        pass
    tail = _TITLE_BRACKET.sub("", folded[last.end():]) if last else ""
    return f"the title names a report and goes on to {tail.strip()[:30]!r}" if _TITLE_OTHER_SUBJECT.match(tail) else None
