"""The topic of a sentence's section (extract/narrative.py): its headings (一、…, （一）…, a numbered subsection's title
on a line of its own) and a paragraph's numbered label sentence run into its text; whether a section counts items
beside a match."""
from __future__ import annotations

import bisect
from typing import Optional

import regex

from ..patterns import LazyPattern, bracketed_number, numbered, ordinal_bracketed, ordinal_marked, ordinals

# Section headings: 一、… (level 1), （一）… (level 2) at the start of a line, up to the first
# punctuation, digit or space. A request count belongs to the topic its section names.
_HEADING = LazyPattern(
    r"^[ \t\u3000]*(?:(?P<l1>" + ordinal_marked() + "|第" + ordinals() + r"(?:部分|章|节)[、:：]?)"
    r"|(?P<l2>" + ordinal_bracketed() + r"))(?P<title>[^\s。；;，,：:\d]{1,30}"
    # … two phrases joined by a comma, the line's whole text (（三）回应诉求,规范依申请公开): both are its title
    r"(?:[,，][^\s。；;，,：:\d]{2,30}(?=[ \t\u3000]*$))?)"
    # … and a numbered subsection's title on a line of its own (2、依申请公开政府信息和不予公开政府信息情况): an item of a
    # list has a figure or a sentence's mark in it, or runs on (1.主动公开…。2021年… is _RUN_IN's); the number may stand
    # in brackets and the title close with its full stop or colon ((1)主动公开情况。 over its paragraph)
    r"|^[ \t\u3000]*(?P<l3>" + numbered() + r"(?!\d)|" + bracketed_number(0) + r")(?P<title>[^\s。；;，,：:\d]{2,30})"
    r"(?=[。:：]?[ \t\u3000]*$)", regex.M)
# a paragraph's numbered label sentence (1.主动公开政府信息数量及类别。…): a title run into its text
_RUN_IN = LazyPattern(numbered() + r"(?!\d)(?P<label>[^,，。;；:：\n\d]{2,24})[。:：]")


def headings(text: str) -> list[tuple[int, int, str]]:
    """(offset, level, title) of every section heading, in document order."""
    return [(m.start(), 1 if m.group("l1") else 2 if m.group("l2") else 3, m.group("title"))
            for m in _HEADING.finditer(text)]


def run_in_topic(ctext: str, ss: int, context: regex.Pattern) -> bool:
    """Does the paragraph of the sentence at ss open with a numbered label sentence that names the topic
    (1.主动公开政府信息数量及类别。2021年，我局…公开…政府信息共16条)? Such a label is a subsection's title run into its text."""
    m = _RUN_IN.match(ctext, ctext.rfind("\n", 0, ss) + 1)
    return m is not None and m.end() <= ss and context.search(m.group("label")) is not None


def section_titles(headings: list[tuple[int, int, str]], starts: list[int], at: int) -> Optional[str]:
    """The titles of the level-1 section, the level-2 subsection and the numbered level-3 one that contain offset
    `at`, or None."""
    i = bisect.bisect_right(starts, at)
    if i == 0:
        return None
    titles, inner = [], 4          # the deepest level taken yet: a title is taken only above it
    for _, level, title in reversed(headings[max(0, i - 50):i]):
        if level < inner:
            titles.append(title)
            inner = level
        if level == 1:
            break
    return " ".join(titles)


# a section's heading at a line's start ((二)…, 二、…): a section runs from one to the next
_HEAD_AT_LINE = r"\n(?:" + ordinal_bracketed() + "|" + ordinal_marked() + ")"
_SECTION_HEAD, _SECTION_HEAD_BEFORE = LazyPattern(_HEAD_AT_LINE), LazyPattern(_HEAD_AT_LINE, regex.REVERSE)
_ITEM_COUNT = LazyPattern(r"\d[^\d\n,，。;；:：]{0,2}?条")


def section_end(ctext: str, e: int) -> int:
    """Where the section holding offset e ends: the next section's heading, else the text's end."""
    after = _SECTION_HEAD.search(ctext, e)
    return after.start() if after else len(ctext)


def count_in_section(ctext: str, s: int, e: int) -> bool:
    """Does the section of the match [s, e) (from its heading to the next) count items anywhere else?"""
    before = _SECTION_HEAD_BEFORE.search(ctext, 0, s)
    after = _SECTION_HEAD.search(ctext, e)
    return bool(_ITEM_COUNT.search(ctext, before.start() if before else 0, s)
                or _ITEM_COUNT.search(ctext, e, after.start() if after else len(ctext)))
