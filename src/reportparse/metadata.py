"""Title, reporting year, issuer and region of a report (the publish date: published.py; the year the body states:
metadata_period.py); and what of them is missing.

Every pattern is a named constant below (one owner); the functions only combine them.
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

import regex

from .academic import (ACADEMIC_YEAR, ACADEMIC_YEAR_END, academic_end, academic_period, opening_academic_year,
                       school_span)
from .document import Document
from .genre import PERIOD as _PERIOD
from .normalize import fold_traditional, search_form
from .chrome_lines import CHROME as _CHROME
from .metadata_words import YEAR, wordings
from .metadata_period import (BODY_TITLE_YEAR, OPENING_YEAR, OVERVIEW_YEAR, body_year, period_misprinted,
                              period_over_sentence, since_year)
from .published import CN_DIGITS, WRITTEN_DATE, say as _say
from .patterns import (CITED_TITLE, FIELD_LIST_MARKS, FIELD_SEPARATOR, HAN, PAGE_LABELS, STATED_HEAD,
                       TITLE_FIELDS, LazyPattern, breadcrumb_line, field_names)

_WORDS = wordings()

# the wordings of titles and of what is no title (data/metadata.tsv: metadata_words owns them)
REPORT_WORDS = LazyPattern(_WORDS["REPORT_WORDS"])
_TITLE_END = LazyPattern(_WORDS["TITLE_END"])
_NOT_TITLE = LazyPattern(_WORDS["NOT_TITLE"])
NOT_REPORT_TITLE = LazyPattern(_WORDS["NOT_REPORT_TITLE"])
_PREAMBLE = LazyPattern(_WORDS["PREAMBLE"])
TITLE_YEAR = LazyPattern(YEAR + r"\s*年(?:度)?")
TITLE_CN_YEAR = LazyPattern(r"(?P<year>[〇○零一二三四五六七八九]{4})\s*年")
# a title that lost its 年 (海南省生态环境厅2022政府信息公开工作年度报告): the year right before the genre's words
_TITLE_BARE_YEAR = LazyPattern(YEAR + r"(?=\s*(?:政府|政务)?信息公开)")
# a title without a year whose year stands on the line under it, alone or in brackets ("X局政府信息公开工作年度报告" /
# "(2022年度)"): the title's year; never a line of several years (a site's year tabs: 2023年 / 2022年 / 2021年)
_YEAR_UNDER_TITLE = LazyPattern(r"^[ \t\u3000]*[(（]?[ \t\u3000]*" + YEAR + r"\s*年度?[ \t\u3000]*[)）]?[ \t\u3000]*$")
_SELF_NAMED_TITLE = LazyPattern(_WORDS["SELF_NAMED_TITLE"])
# a line holding a day's date is never a title's first half: a site's banner ("2018年08月31日 星期五 繁体") above it
_DATED = LazyPattern(WRITTEN_DATE)
# a breadcrumb stands between a site's header and the page's title: the lines on either side of it are never one
# title wrapped over two ("谯城经开区管委会" / 您现在所在的位置：…> 政府信息公开年报 / "2014年谯城经济开发区管委会…报告")
_BREADCRUMB = LazyPattern(breadcrumb_line(), regex.I)
_TITLE_FIELD = LazyPattern("^" + field_names(TITLE_FIELDS) + FIELD_SEPARATOR, regex.I)
# … or its name a table's cell, its value the next ("| 标题: | X…年度报告 |", "| 名称 | X…报告 | 文号 | 无 |"; the name
# in brackets too, "[ 名 称 ] | X…报告 |")
_FIELD_BRACKETS = "[]［］【】"
_TITLE_CELL = LazyPattern(r"^[\[［【]?[ \t]*" + field_names(TITLE_FIELDS) + r"[ \t]*[\]］】]?[ \t]*[:：]?$", regex.I)
# … or glued to its value, a CMS header flattened without its cells' separators ("标题水城区某乡2022年…年度报告"): cut
# only where what follows names a report by itself (_clean_title)
_TITLE_FIELD_GLUED = LazyPattern("^" + field_names(TITLE_FIELDS) + r"(?=[^\s:：|])", regex.I)
# … or set apart by spaces alone, a CMS header flattened with its cells' spaces ("标   题 县政府办2022年度…年度报告"): cut
# likewise
_TITLE_FIELD_SPACED = LazyPattern("^" + field_names(TITLE_FIELDS) + r"[ \t\u3000]+(?=[^\s:：|])", regex.I)
# … or cut to its last character by the page ("称: 某镇人民政府2025年…报告", 名称: lost its 名): cut likewise
_TITLE_FIELD_TAIL = LazyPattern("^[" + "".join(sorted({f[-1] for f in TITLE_FIELDS if HAN.match(f[-1])})) + "]"
                                + FIELD_SEPARATOR)
# … and a page's layout label before it (内容概述 2023年…年度报告, 正文：X镇2023年…), set apart or right before the year:
# cut likewise
_PAGE_LABEL = LazyPattern("^" + field_names(PAGE_LABELS) + r"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+|(?=(?:19|20)\d{2}))")
# a list item's bullet (a CMS header set as a list: "• 标题：X…"; a menu's item: "• 乡镇政府信息公开年度报告")
_BULLETS = "•·●▪■◆"
# (a breadcrumb's steps too, its path run onto a line of its own: "> 新版信息公开 > 政府信息公开年报" names no report)
_SITE_SUFFIX = LazyPattern(r"\s*[_|>›»]\s*|\s+-\s+")
# a CMS's tag before a page's title (【图文】, 【转载】, [原创]): no part of the title or its issuer; a year in brackets
# (【2023】) is kept
_CMS_TAG = LazyPattern(r"^(?:[【\[][^\d【】\[\]\s]{1,4}[】\]]\s*)+")
# … and that year in brackets ([2022年], 【2023年度】, (2023)): kept in the title (it may be the only year), no part of
# the issuer's name
YEAR_TAG = LazyPattern(r"^(?:[【\[(]\s*(?:19|20)[0-9]{2}\s*(?:年度?)?\s*[】\])]\s*)+")

_DOC_HEAD = LazyPattern(_WORDS["DOC_HEAD"])

# a report's name in a line (its characters, NAME_CHAR: issuer.py reads names so too), and the sentences that name it
# (data/metadata.tsv)
NAME_CHAR = _WORDS["NAME"]
_LEADING_TITLE = LazyPattern(_WORDS["LEADING_TITLE"])
# a document-sharing site numbers the chunks it cuts a text into ("1、 X街道办事处2016年度…", "2、市大兴区…")
_CHUNK_NUMBER = LazyPattern(r"^\d{1,3}、[ \t]*")
_SENTENCE_TITLE = LazyPattern(_WORDS["SENTENCE_TITLE"])
_CITED_PUBLISHED_TITLE = LazyPattern(_WORDS["CITED_PUBLISHED_TITLE"])
_SENTENCE_YEAR_TITLE = LazyPattern(_WORDS["SENTENCE_YEAR_TITLE"])
_SENTENCE_YEAR_NAME_TITLE = LazyPattern(_WORDS["SENTENCE_YEAR_NAME_TITLE"])
_SENTENCE_PUT_YEAR_NAME_TITLE = LazyPattern(_WORDS["SENTENCE_PUT_YEAR_NAME_TITLE"])
_SENTENCE_TERM_TITLE = LazyPattern(_WORDS["SENTENCE_TERM_TITLE"])
_TITLE_MIN, _TITLE_MAX = 6, 70
_CLAUSE_MARK = LazyPattern(r"[,，。;；]")
# one or two spaces between two characters (Han, letters, digits, a field's colon); a line where they
# part most of its characters is letter-spaced
_LETTER_GAP = LazyPattern(r"(?<=[\p{L}\d:：])[ \t]{1,2}(?=[\p{L}\d:：])")
_LETTER_GAPS_MIN = 4
_LETTER = LazyPattern(r"[\p{L}\d]")
_MENU_LINE = LazyPattern(r"^\p{Han}{2,8}(?:[ \t\u3000]+\p{Han}{2,8}){2,}$")     # a site's menu: three or more short items
_GENRE_ONLY = LazyPattern(_WORDS["GENRE_ONLY"])
_WRAP_MAX = 40              # a title line this short may continue on the next line
_NAME_AND_BARE_YEAR = LazyPattern(r"^\p{Han}{2,30}(?:19|20)\d{2}$")
# a file's name printed as the title, its suffix kept ("X苏木2021年…年度报告.docx", "…年报(1).pdf"): no part of the title
_FILE_SUFFIX = LazyPattern(r"(?<=[告报報])[ \t]*(?:[(（]\d{1,2}[)）])?\.(?:docx?|wps|pdf|ofd|txt|html?)$", regex.I)
# a header field's name before its value (组配分类:政府信息公开工作年报, a field this module does not list)
_FIELD_VALUE = LazyPattern(r"^[^:：]{1,8}[:：]\s*")


def find_title(doc: Document, warnings: Optional[list[str]] = None) -> Optional[str]:
    """The container's title if it names a dated report; else the first heading of the body that names
    a report (its two lines joined when it wraps); else the container's title; else the report's name
    that starts line one (a text run onto one line); else the report an opening sentence publishes
    (said); else line one if it names a report; else None. The words are looked for in the search
    form (a copy in traditional script names its 報告 too); the title is what the text prints."""
    hint = _clean_title(doc.title_hint) if doc.title_hint else None
    if hint and names_report(hint) and (TITLE_YEAR.search(hint) or TITLE_CN_YEAR.search(hint)):
        return hint
    # the first 15 lines of words that are no site chrome (among the first 200): no more is read below, and
    # testing every line of a long page for chrome cost more than the rest of the title search
    lines: list[str] = []
    apart: set[int] = set()     # the lines a breadcrumb stands before: never joined to the line above
    for ln in doc.text.splitlines()[:200]:
        ln = ln.strip()
        if ln.startswith("|") or ln.endswith("|"):
            cells = [c for c in (c.strip() for c in ln.split("|")) if c]
            # a crawler's table row of one cell that is not blank ("X2009年…年报 |", "X…年报 | ||"): its text
            ln = cells[0] if len(cells) == 1 else ln if cells else ""
            # (a CMS header's title row, "| 标题: | X镇人民政府 2025年…年度报告 | ||": the field and its value, the rest of
            # the row no part of it; _clean_title cuts the field's name)
            if len(cells) > 1 and _TITLE_CELL.match(cells[0]):
                ln = cells[0].strip(_FIELD_BRACKETS + " \t").rstrip(":：") + ":" + cells[1]
        # (a breadcrumb's step on a line of its own, "> 信息公开年度报告", is chrome too)
        if ln and ln[0] not in ">›»" and not _CHROME.match(ln):
            lines.append(_unspaced(_FILE_SUFFIX.sub("", ln) if "." in ln else ln))
            if len(lines) == 15:
                break
        elif ln and lines and (ln[0] in ">›»" or _BREADCRUMB.match(ln)):
            apart.add(len(lines))
    body = _body_title(*_year_lines_joined(lines, apart))
    if body:
        return body
    if hint:
        return hint
    first = _CHUNK_NUMBER.sub("", lines[0]) if lines else ""
    lead = _LEADING_TITLE.match(search_form(first)) if first else None
    if lead and names_report(lead["title"], NOT_REPORT_TITLE):
        return _clean_title(first[lead.start("title"):lead.end("title")])
    unnamed = None      # a report published without its issuer's name: only where line one names none
    for line in lines[:15]:
        form = search_form(line)
        m = (_SENTENCE_TITLE.search(form) or _SENTENCE_TERM_TITLE.search(form) or _CITED_PUBLISHED_TITLE.search(form)
             or _SENTENCE_YEAR_NAME_TITLE.search(form) or _SENTENCE_PUT_YEAR_NAME_TITLE.search(form))
        if m is None and unnamed is None:
            unnamed = _SENTENCE_YEAR_TITLE.search(form) and line
        # (a report the sentence names by a pronoun, 现将我乡2013年的…工作报告如下, names no one: no title)
        if m and names_report(m["title"], NOT_REPORT_TITLE) and not _last_years_report(m["title"], doc.text) \
                and not _SELF_NAMED_TITLE.match(m["title"]):
            return _sentence_title(line, m, warnings)
    # line one is a title only if it names a report and is not the preamble's sentence: a page or fragment has none
    # (a copy in traditional script opens its preamble with 本報告根據…)
    first_names = bool(lines) and names_report(lines[0]) and not _PREAMBLE.match(fold_traditional(lines[0]))
    # (nor a long paragraph whose first clause ends before it names one: 2014年，X集团按照《条例》…，本年度报告中…)
    # (a paragraph that publishes a report without its issuer's name: that sentence's title, said)
    publishes = unnamed is not None and unnamed is lines[0] and len(unnamed) > _TITLE_MAX
    if first_names and names_report(lines[0], NOT_REPORT_TITLE) and not _citing_paragraph(lines[0]) and not publishes:
        return _line_title(lines[0])
    m = _SENTENCE_YEAR_TITLE.search(search_form(unnamed)) if unnamed else None
    if m and names_report(m["title"], NOT_REPORT_TITLE):
        return _sentence_title(unnamed, m, warnings)
    # … nor a paragraph that only cites one (2022年，市住建局认真贯彻…《关于做好2022年度…年度报告编制发布工作的通知》…)
    return _line_title(lines[0]) if first_names and not _citing_paragraph(lines[0]) else None


def _year_under_title(title: Optional[str], text: str) -> Optional[int]:
    """The year on the line right under the title's line (_YEAR_UNDER_TITLE), where the opening's lines hold no other
    line of a year alone; None for a title that names a year or no title."""
    if not title or TITLE_YEAR.search(title) or TITLE_CN_YEAR.search(title):
        return None
    lines = [ln for ln in text[:1500].splitlines() if ln.strip()][:12]
    alone = [i for i, ln in enumerate(lines) if _YEAR_UNDER_TITLE.match(ln)]
    if len(alone) != 1 or alone[0] == 0 or title not in lines[alone[0] - 1]:
        return None
    return int(_YEAR_UNDER_TITLE.match(lines[alone[0]])["year"])


def _line_title(line: str) -> str:
    """Line one as the title; a longer line, a paragraph the title runs into (X省2013年…年度报告是根据《条例》…), ends at its
    first report's name in its first 90 characters."""
    named = REPORT_WORDS.search(search_form(line[:90])) if len(line) > _TITLE_MAX else None
    return _clean_title(line[:named.end() if named else 90])


# a page whose digits stand in spans of their own puts a title's year on a line alone ("2011" / "年政府信息公开" /
# "年度报告"): the year and the line it opens are one line
_BARE_YEAR_LINE = LazyPattern(r"^(?:19|20)\d{2}$")


def _year_lines_joined(lines: list[str], apart: set[int]) -> tuple[list[str], set[int]]:
    """The first 15 lines, a bare year joined to the line after it that goes on with its 年; and the indexes,
    in the lines so joined, of those a breadcrumb stood before (`apart`, indexes in `lines`)."""
    joined: list[str] = []
    joined_apart: set[int] = set()
    for i, line in enumerate(lines[:15]):
        if joined and line.startswith("年") and _BARE_YEAR_LINE.match(joined[-1]):
            joined[-1] += line
        else:
            if i in apart:
                joined_apart.add(len(joined))
            joined.append(line)
    return joined, joined_apart


def _last_years_report(title: str, text: str) -> bool:
    """A report an overview's work item says was published (二是…。公开发布《X局2021年…年度报告》，…) where the overview
    opens with a later year (一、总体情况 2022年，…): the year before's report, not this one's name nor its year."""
    named, overview = TITLE_YEAR.search(title), OVERVIEW_YEAR.search(text[:3000])
    return bool(named and overview and int(overview["year"]) > int(named["year"]))


def _citing_paragraph(line: str) -> bool:
    """A long line whose first clause ends before it names a report, a cited document's title aside (2022年，市住建局
    认真贯彻…《关于做好2022年度…年度报告编制发布工作的通知》…，编制发布本报告): a paragraph of the preamble, no title
    (a title run into the text names its report before its first comma)."""
    if len(line) <= _TITLE_MAX:
        return False
    outside = search_form(CITED_TITLE.sub("", line))
    mark, named = _CLAUSE_MARK.search(outside), REPORT_WORDS.search(outside)
    return mark is not None and (named is None or mark.start() < named.start())


def _sentence_title(line: str, m, warnings: Optional[list[str]]) -> str:
    title = line[m.start("title"):m.end("title")]
    _say(warnings, f"no title line; the title is read from the sentence that publishes the report "
                   f"({title!r})")
    return title


def _unspaced(line: str) -> str:
    """A letter-spaced line (a title set with character spacing, copied out of a PDF: "政 府 信 息 公 开
    工 作 年 度 报 告") without the spaces between its characters; any other line as it is."""
    gaps = len(_LETTER_GAP.findall(line))
    if gaps < _LETTER_GAPS_MIN or gaps * 2 < len(_LETTER.findall(line)):
        return line
    return _LETTER_GAP.sub("", line)


def names_report(text: str, unless=None) -> bool:
    folded = search_form(text)
    return bool(REPORT_WORDS.search(folded)) and not (unless and unless.search(folded))


def _body_title(lines: list[str], apart: frozenset[int] | set[int] = frozenset()) -> Optional[str]:
    """The first line (or a short line and the next: a title wrapped over two lines; never a field's name
    "组配分类:" and its value on the next line, nor a value without a Han character, "2017-03-17") that is a
    title; a next line that is a whole title on its own, its issuer before its year, is never joined to the
    line before it (a site's chrome), but "2020年…年度报告" under its issuer's line is, unless a breadcrumb stood
    between them (`apart`: the indexes of the lines it stood before)."""
    for i, line in enumerate(lines):
        # an undated menu item ("• 乡镇政府信息公开年度报告", the site's column) yields to a dated title below it
        # (so does a site's menu line of short items, "在线访谈 政府文件 信息公开年报")
        if (line[:1] in _BULLETS or _MENU_LINE.match(line)) and not TITLE_YEAR.search(search_form(line)):
            later = _body_title(lines[i + 1:], {j - i - 1 for j in apart if j > i})
            if later and TITLE_YEAR.search(search_form(later)):
                return later
        candidates = [line]
        if (len(line) <= _WRAP_MAX and i + 1 < len(lines) and i + 1 not in apart
                and not _TITLE_END.search(search_form(line))
                and not line.endswith((":", "：")) and HAN.search(line) and not _whole_title(lines[i + 1], line)
                and not _DATED.search(line)
                # never an undated line and a site's column name under it (学校信息公开目录 / 学校信息公开年报); a
                # body's name and its year without 年 are dated (自治区人民政府办公厅2022 / 政府信息公开工作年度报告)
                and (TITLE_YEAR.search(line) or _NAME_AND_BARE_YEAR.match(line)
                     or not _GENRE_ONLY.match(search_form(lines[i + 1])))):
            candidates.append(line + lines[i + 1])     # a title wrapped over two lines
        for title in candidates:
            if (_TITLE_MIN <= len(title) <= _TITLE_MAX and names_report(title, _NOT_TITLE)
                    and _TITLE_END.search(search_form(title))):
                # what is left without a site's name after _ | - must still name one report
                # ("X | 信息公开 | 政府信息公开年报" is a column's trail, not a title)
                title = _clean_title(title)
                if names_report(title) and not _GENRE_ONLY.match(_FIELD_VALUE.sub("", search_form(title))):
                    return _named_below(lines, i, apart, title) or title
    return None


_UNNAMED_TITLE = LazyPattern(_WORDS["UNNAMED_TITLE"])
_BLOCK_LINES = 3


def _named_below(lines: list[str], i: int, apart: frozenset[int] | set[int], title: str) -> Optional[str]:
    unnamed = _UNNAMED_TITLE.match(search_form(title))
    if unnamed is None or i + 1 in apart:
        return None
    below = _body_title(lines[i + 1:i + 1 + _BLOCK_LINES], {j - i - 1 for j in apart if j > i})
    named = below and TITLE_YEAR.search(search_form(below))
    return below if named and named["year"] == unnamed["year"] and not _UNNAMED_TITLE.match(search_form(below)) else None


_ORGAN_WORD_ALONE = LazyPattern(_WORDS["ORGAN_WORD_ALONE"])
_YEAR_THEN_NAME = LazyPattern(_WORDS["YEAR_THEN_NAME"])
# … where the line above holds no genre's word, figure or mark (a site's column, 政务公开, is chrome, never a name's half)
_NAME_HALF = LazyPattern(r"^\p{Han}{2,20}$")
_COLUMN_WORDS = LazyPattern(_WORDS["COLUMN_WORDS"])


def _whole_title(line: str, above: str = "") -> bool:
    """A line that is a title by itself, its issuer before its year ("X区2016年政府信息公开工作年度报告"): the
    line above it is not its first half but the site's column name ("政府信息公开") or other chrome. A line
    that starts with its year ("2016年政府信息公开…") may still be the second half of "X区人民政府 / 2016年…", and one
    whose issuer is an organ's word alone ("中心2022年…") of "十堰住房公积金" above it: a name of Han characters
    only, no genre's word."""
    folded = search_form(line)
    year = TITLE_YEAR.search(folded)
    if year and _ORGAN_WORD_ALONE.match(folded[:year.start()].strip()) and _NAME_HALF.match(above) \
            and not _COLUMN_WORDS.search(search_form(above)):
        return False
    return bool(year and (year.start() > 0 or _YEAR_THEN_NAME.match(folded)) and _TITLE_MIN <= len(line) <= _TITLE_MAX
                and names_report(line, _NOT_TITLE) and _TITLE_END.search(folded))


def _clean_title(title: str) -> str:
    """Without a field name (标题: / title:) or a site name after _ | -; of the parts so cut, the first that
    names a report (a page label before it: "Page 2 - X厅2019年度…报告", a flipbook's page)."""
    # a markdown heading's marks, a list item's bullet (a CMS header set as a list: "• 标题：X…", "- 标题: X…")
    title = _CMS_TAG.sub("", _TITLE_FIELD.sub("", _FILE_SUFFIX.sub("", title.strip()).lstrip("#" + _BULLETS + FIELD_LIST_MARKS).strip()))
    # (the field names are read in simplified script: a copy in traditional script, 標      題 X…, has the same field)
    folded = fold_traditional(title)
    if (glued := _TITLE_FIELD_GLUED.match(folded) or _TITLE_FIELD_SPACED.match(folded) or _TITLE_FIELD_TAIL.match(folded)
            or _PAGE_LABEL.match(folded)) \
            and names_report(title[glued.end():]):
        title = title[glued.end():]
    if (head := _DOC_HEAD.match(title)) and head.end() and names_report(title[head.end():]):
        title = title[head.end():]
    parts = _SITE_SUFFIX.split(title)
    return next((p for p in parts if names_report(p)), parts[0]).strip()


def find_year(title: Optional[str], text: str) -> Optional[int]:
    return reporting_period(title, text)[0]


def reporting_period(title: Optional[str], text: str, warnings: Optional[list[str]] = None
                     ) -> tuple[Optional[int], Optional[_dt.date]]:
    """The reporting year and, for an academic year's report, the day its period ends (31 August of the
    year; None: the year's end). The title's academic year, else its calendar year, else the statistics
    period's, else a dated body heading's, else the year the overview section opens with, else the academic year a
    school's opening names (academic.py). An academic year whose two years do not follow each other
    settles no year (said)."""
    m = TITLE_YEAR.search(title or "")
    # a title that names an academic year (2021-2022學年) is of that year, whatever date it also holds
    if academic_title := ACADEMIC_YEAR.search(fold_traditional(title or "")):
        return academic_end(academic_title, "the title", warnings)
    if m:
        year = period_over_sentence(title, text, int(m["year"]), warnings)
    elif m := TITLE_CN_YEAR.search(title or ""):
        year = int(m["year"].translate(CN_DIGITS))   # digit by digit: 二〇一二 is 2012, not a quantity
    elif m := _PERIOD.search(text) or _PERIOD.search(fold_traditional(text[:STATED_HEAD])):
        year = period_misprinted(int(m["year"]), text, warnings)      # (統計期限 in a copy in traditional script)
    elif m := academic_period(text):
        return academic_end(m, "the statistics period", warnings)
    elif under := _year_under_title(title, text):
        year = under
        _say(warnings, f"the title names no year and no statistics period gives one; the year is the line under "
                       f"the title's ({year})")
    elif (m := BODY_TITLE_YEAR.search(text[:3000])) and not _last_years_report(m.group(), text):
        year = int(m["year"])
    elif m := _TITLE_BARE_YEAR.search(search_form(title or "")):
        year = int(m["year"])
        _say(warnings, f"the title prints its year without 年 and no statistics period gives one; the year "
                       f"is the title's {m['year']}")
    elif m := (OVERVIEW_YEAR.search(text[:3000]) or OPENING_YEAR.search(text[:3000])
               or OVERVIEW_YEAR.search(fold_traditional(text[:3000]))):     # (總體情況 in traditional script)
        year = int(m["year"])
        _say(warnings, f"no title and no statistics period; the year is read from the first paragraph that "
                       f"opens with one ({m.group(0).strip()[-40:]!r})")
    elif m := opening_academic_year(text):
        _say(warnings, f"no year in the title or the statistics period; the year is the end of the academic "
                       f"year the opening names ({m.group(0)!r})")
        return academic_end(m, "the opening", warnings)
    elif body := body_year(text):
        year, said = body
        _say(warnings, f"no title and no statistics period; the year is the one the body states ({said!r})")
    elif since := since_year(text):
        year, said = since
        _say(warnings, f"no title and no statistics period; the text's one year is the one its work runs since ({said!r})")
    else:
        return None, None
    # a report titled by one year whose period is that academic year ("2020年度(2019年9月1日-2020年8月31日)")
    # (or a school's report under its own statute whose opening names two years as its period: 2025—2026年度)
    academic = academic_period(text) or school_span(text)
    if academic and int(academic["end"]) == year and int(academic["start"]) == year - 1:
        return year, _dt.date(year, *ACADEMIC_YEAR_END)
    return year, None
