"""Who issued a report: its name (from the title, or the opening of a report printed without one), its kind
and its region."""
from __future__ import annotations

from typing import Optional

import regex

from .metadata_words import YEAR  # a year by its digits, as metadata reads titles
from .metadata import NAME_CHAR as _NAME, YEAR_TAG  # a report title's name characters and year, as metadata reads titles
from .genre import PUBLISHING_NOTICE, letter_reports
from .model import Issuer, Region
from .normalize import fold_traditional, search_form
from .published import signer
from .issuer_town import own_kind, short_of, street_said_bare, town_said_self
from .issuer_kinds import (OFFICE_ROOMS as _OFFICE_ROOMS, TRAILING_ASIDE as _TRAILING_ASIDE, issuer_kind,
                           national_body as _national_body)
from .issuer_compiled import FIGURE_SUBJECT, compiled_for_government, compiled_from_parts, compiled_named, sums_its_parts
from .patterns import (AREA_WHOLE, FIELD_LIST_MARKS, INSTITUTION_SELF, ISSUER_FIELDS, OFFICE_FOR_GOVERNMENT,
                       OPENING_CHARS, MIRROR_SPAM, PUBLISHER_FIELDS, SITE_CHROME_WORDS, LazyPattern, field_in_row)

_LEADING_YEAR = LazyPattern(r"^(?:(?:19|20)\d{2}\s*年(?:度)?)")
# a year, or an academic year (中山大学2019-2020学年…, 學年 in a copy in traditional script): where the issuer's name ends;
# a year said without 年 right before the genre's words (X局2019政务信息公开年报, X镇2019政府信息公开工作年度报告) ends it too
_ANY_YEAR = LazyPattern(r"(?:19|20)\d{2}\s*(?:[-—–~至]\s*(?:19|20)\d{2}\s*)?(?:[学學]?年|(?=政[务務]|政府信息|信息公[开開]))")
_ISSUER_TAIL = LazyPattern(r"(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:政府信息公开|政务公开|信息公开).*$")
_ISSUER_END = LazyPattern(r"(?:政府|委员会|局|厅|办公室|委|办|中心|街道|[乡镇]|" + _OFFICE_ROOMS + ")$")
# a section of the body that wrote the report, after its name (由X街道党政办公室综合科编制), and a town's or street's own
# office (X街道党政办公室, X镇党政办, X镇人民政府党政办公室; a zone's too: 由X高新区党政办公室编制 … 我区): the body is the issuer
_SECTION_AFTER = LazyPattern(r"^.+(?:政府|委员会|局|厅|办公室|委|办|中心|街道|[乡镇])(?=[^\s,，。;；]{1,6}(?:科|股)$)")
# (or an office of another name, its usual one in brackets after it: X镇人民政府综合信息指挥室（党政综合办公室）)
_TOWN_OFFICE = LazyPattern(r"^.+(?:街道|办事处|[乡镇](?:人民政府)?|开发区|高新区|新区|园区|管委会|管理委员会)(?=(?:党政(?:综合)?办(?:公室)?|[^\s()（）]{2,10}?室"
                           r"[(（]党政(?:综合)?办(?:公室)?[)）])$)")
# … and a department's own office (由X县统计局办公室编制; never a party committee's, 县委办公室): the department
_DEPARTMENT_OFFICE = LazyPattern(r"^.+(?:局|厅|委员会)(?=(?:党政|综合)?办公室$)")
# (a street's name cut at 街 in its title, 东丽湖街2021年…报告, is completed the same way: 东丽湖街道办事处)
_GOVERNMENT_AFTER = ("人民政府", "管委会", "管理委员会", "道办事处")
# a label before the name (文字解读：, 图解：) ends at a colon: a body's name has none, nor a sentence's marks
_ISSUER_LABEL = LazyPattern(r"[:：]")
# a report that calls its issuer itself (本机关, 本单位, 我局 …年度报告) or its whole area (全镇, 该街道) names no one (本溪, 全州 are
# places)
_SELF_WORDS = LazyPattern(r"^(?:我|本(?!溪)|全(?=[乡镇街区县市])|[该各])")
# … or is its institution's word for itself alone (现将学院2022-2023学年…报告如下 → 学院; 醫院 too)
_INSTITUTION_ALONE = LazyPattern("^" + INSTITUTION_SELF + "$")
# … or a kind of body alone, the year and the genre's words taken off (2016年度镇政府信息公开年度报告 → 镇): every town's
# (or an organ's word alone, the rest of its name lost: 中心2022年…, 支队2022年…)
_KIND_ALONE = LazyPattern(r"^(?:[乡镇区县市省局厅委院校]|办事处|(?:管理)?中心|支队|大队)(?:人民)?(?:政府)?$")
_SITE_CHROME = LazyPattern("|".join(SITE_CHROME_WORDS) + "|" + MIRROR_SPAM, regex.I)
_NOT_ISSUER = LazyPattern(r"[《》,，。;；“”\"]")
_GENRE_LEFT = LazyPattern(r"(?:年?度?(?:报告?|年报|公报))$")
_ZONE_COMMITTEE = LazyPattern(r"(?:保税(?:港)?区|开发区|高新区|经开区|新区|园区|试验区|合作区)(?:管委会|管理委员会)$")
# a report printed without its title line names its issuer in the opening sentence: "…结合2025年X街道办事处政府信息
# 公开工作实际，编制发布本报告" (or …工作有关统计数据撰写编制, in either script), "本报告由X镇人民政府结合有关统计数据编制"
# (or …按照/依据《条例》…要求编制), or as the clause that writes it ("根据《条例》
# 的要求，X街道特编制2023年政府信息公开年度报告", "…，X镇人民政府特此编制2024年度…", "…要求，由X县人民政府办公室(负责)编制。" or "…编制,全文包括…", "…要求，由X区教育委员会编制的2008年度
# 政府信息公开年度报告。", "…要求，由X局编制完成本报告", "…，X街道办事处编制本报告", "…，X分局编制了2024年度…"), or as a paragraph's subject before its year ("X街道办事处2022年认真贯彻…"),
# or in the title it writes (编制形成2021年X政府信息公开年度报告)
_SELF_NAMED = LazyPattern(rf"结合(?:{YEAR}\s*年度?)?(?P<name>{_NAME}{{2,30}}?)政府信息公开工作(?:实际|有关统计数据)"
                          rf"|本(?:年度)?报告由(?P<name>{_NAME}{{2,30}}?)(?:结合|根据|按照|依据|依照|编制|负责)"
                          rf"|(?<=[,，。;；:：\n])(?P<name>{_NAME}{{2,30}}?)(?:特此|特|现)?编制(?:了)?《?(?:{YEAR}\s*年度?)?"
                          r"(?:本级)?(?:政府|政务)?信息公开"
                          # (编写 as 编制, the year's report named right after it: 由X局编写了2022年度政府信息公开工作年度报告)
                          rf"|(?<=[,，;；:：])由(?P<name>{_NAME}{{2,30}}?)(?:负责)?编制(?=[。;；\n]|$|(?:完成|形成)?本(?:年度)?报告|[,，](?:报告)?全文(?:包括|由|共)"
                          rf"|的(?:{YEAR}(?:\s*[-—–至]\s*(?:19|20)\d{{2}}\s*学)?\s*年度?)?(?:本级)?(?:政府|政务)?信息公开)"
                          rf"|(?<=[,，;；:：])由(?P<name>{_NAME}{{2,30}}?)(?:负责)?(?:编制|编写)(?:了)?(?={YEAR}\s*年度?(?:本级)?(?:政府|政务)?信息公开)"
                          rf"|(?<=[,，。;；:：\n])(?P<name>{_NAME}{{2,30}}?)(?:特|现)?编制(?:了)?本(?:年度)?报告"
                          # (or as whose year's work the report is: 本报告内容主要为X2012年度的政府信息公开工作情况)
                          rf"|本(?:年度)?报告(?:内容)?(?:主要)?(?:为|是|反映(?:了)?|总结(?:了)?)(?P<name>{_NAME}{{2,30}}?){YEAR}\s*年度?的?"
                          r"(?:本级)?(?:政府|政务)?信息公开"
                          rf"|(?:\A|\n)[ \t\u3000]*(?!本(?:年度)?报告)(?P<name>{_NAME}{{2,30}}?)(?={YEAR}\s*年)"
                          # … or as the subject of the text's first sentence, after the year and a clause of who led it (2022年，X街道
                          # 办事处按照…要求; 2021年，X局以…为指导; 2020年，在区委、区政府的领导下，X街道办事处认真…), never a
                          # circumstance (在区委领导下), the whole (全区各级…) or the party's committee (区委区政府高度重视…)
                          # (a copy may open at the template's first heading: 一、总体情况 on the line before; or at its preamble's
                          # one line, then that heading: 根据…编制本报告。/ 一、工作概述 / 2025年，X水利局坚持…; the subject
                          # may come before who led it: 2025年，X街道在区委、区政府的正确领导下，…)
                          r"|(?:\A|(?<=\A[^\n]{0,300}?(?:本报告|本年度报告)[。.]?[ \t\u3000]*\n)"
                          # (or at a preamble of up to three lines of any words, the overview's heading right under it: the
                          # statute, then what the report holds and its period)
                          r"|(?<=\A(?:[^\n]{0,500}\n){1,3})(?=[ \t\u3000]*一[,、.．]?[ \t\u3000]*(?:总体情况|工作概述|概述|概况)[ \t\u3000]*\n))"
                          r"[ \t\u3000]*"
                          r"(?:一[,、.．]?[ \t\u3000]*(?:总体情况|工作概述|概述|概况)[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,2}[ \t\u3000]*)?"
                          rf"{YEAR}\s*年度?[,，]\s*(?:在[^。;；\n]{{2,30}}?(?:领导|指导|部署)下[,，]\s*)?"
                          rf"(?![在按根依为全我本各]|[省市区县镇乡]?委|党)(?P<name>{_NAME}{{2,20}}?)"
                          r"(?=按照|坚持|认真|严格|紧紧围绕|深入|全面|积极|持续|高度重视|以习近平|在[^。;；\n]{2,30}?(?:领导|指导)下)"
                          # … or as the report's title, year first, after 编制形成 or 公布 (…规定，编制形成2021年X政府信息公开年度
                          # 报告; X局向社会公布2014年X局政府信息公开工作年度报告), or name first after 现将 (现将X局2017年度…报告向社会公布)
                          # (never the genre's own 政府 as the name: 特向社会公布2017年度政府信息公开年度报告 names no one)
                          rf"|(?:编制(?:形成|完成)|(?:向社会(?:公众)?)?(?:公布|发布))(?:了)?《?{YEAR}\s*年度?"
                          rf"(?!度|(?:政府|政务)(?:信息)?公开)(?P<name>{_NAME}{{2,30}}?)(?:本级)?(?:政府|政务)?信息公开"
                          r"(?:工作)?(?:年度)?报告"
                          rf"|(?:现|特)(?:将|就)《?(?P<name>{_NAME}{{2,30}}?){YEAR}\s*年度?(?:本级)?(?:政府|政务)?信息公开"
                          r"(?:工作)?(?:年度)?(?:报告|(?:开展)?情况报告如下)"      # (现就X中心2016年度…工作情况报告如下)
                          # … or as the title it publishes in 《》, name first (现向社会公布《X局2025年度政府信息公开工作年度报告》)
                          rf"|(?:公布|发布)(?:了)?《(?P<name>{_NAME}{{2,30}}?){YEAR}\s*年度?(?:本级)?(?:政府|政务)?信息公开"
                          r"(?:工作)?(?:年度)?报告》"
                          # … or on a line of its own under a title that names no one (政府信息公开工作年度报告 / X管委会
                          # （Y管委会） / 2026年1月8日), an alias in brackets after it
                          r"|(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)[ \t\u3000]*\n[ \t\u3000]*"
                          rf"(?P<name>{_NAME}{{2,30}}?)(?:[(（][^()（）\n]{{1,20}}[)）])?[ \t\u3000]*(?=\n)")


def _self_word(name: str) -> bool:
    """Does the name only say the issuer is itself (我局, 本单位, 全镇, 学院, 镇)?"""
    form = search_form(name)
    return bool(_SELF_WORDS.match(name) or _INSTITUTION_ALONE.match(form) or _KIND_ALONE.match(form))


def self_named(text: str) -> Optional[str]:
    """The issuer a report without a title names in its opening (the first 600 characters), if it names one
    ending as an issuer's name does (街道办事处, 人民政府, 局, 委员会…)."""
    head = text[:600]
    m = _SELF_NAMED.search(search_form(head))       # a copy in traditional script (結合…政府信息公開) too
    name = m and head[slice(*m.span("name"))].strip()
    owner = False       # (the body whose own office compiled it: a zone's name ends as no other issuer's, 燕郊高新区)
    for own in (_SECTION_AFTER, _TOWN_OFFICE, _DEPARTMENT_OFFICE):
        cut = name and own.match(search_form(name))
        if cut and not (own is _TOWN_OFFICE and _office_speaks(name[:cut.end()], text)):
            name, owner = name[:cut.end()], own is _TOWN_OFFICE
    ends = name and (_ends_as_issuer(name) or owner)
    # (its other name in brackets after it, 由X办公室(Y委员会办公室)编制的…: the name before them, where that ends as an issuer's)
    if name and not ends and _ends_as_issuer(bare := _TRAILING_ASIDE.sub("", name)):
        name, ends = bare, True
    # (我局, 本局 say it is the issuer's own without naming it)
    return name if ends and not _NOT_ISSUER.search(name) and not _self_word(name) else None


# a zone's 党政办公室 that compiled the report and that the text calls 本机关, never speaking as the zone (我区, 本区, 全区):
# the office is the issuer, the zone's general office
_ZONE_END, _AS_ZONE = LazyPattern(r"(?:开发区|高新区|新区|园区|管委会|管理委员会)$"), LazyPattern(r"[我本全]区")


def _office_speaks(zone: str, text: str) -> bool:
    return bool(_ZONE_END.search(search_form(zone))) and "本机关" in text[:8000] and not _AS_ZONE.search(text[:8000])


def untitled_name(text: str) -> Optional[str]:
    """The issuer a report without a title names: in its opening (self_named), else by signing it (_signed_name),
    else as the one subject of its own figures (_figure_subject), else as the street, town or department whose office
    the preamble gives for questions (_contact_office)."""
    named = self_named(text)
    return (named and compiled_for_government(named, text)) or compiled_named(text) or _signed_name(text) \
        or _figure_subject(text) or _contact_office(text) or _government_acted_for(text) or _labelled_issuer(text) \
        or _opening_town(text) or _publisher_named_below(text)


_LABELLED_ISSUER = LazyPattern(r"^[ \t\u3000" + regex.escape(FIELD_LIST_MARKS) + r"]*(?:" + "|".join(ISSUER_FIELDS)
                               + r")[ \t\u3000]*[:：][ \t\u3000]*(?P<name>[^\s:：|]{2,30})[ \t\u3000]*$", regex.M)


def _labelled_issuer(text: str) -> Optional[str]:
    """The issuer a page's header gives by its field (• 发文机构：X县人民政府), in the opening, ending as an issuer's name."""
    m = _LABELLED_ISSUER.search(text[:OPENING_CHARS]) if "发文" in text[:OPENING_CHARS] else None
    return m["name"] if m and _ends_as_issuer(m["name"]) else None


_AREA_END = LazyPattern(r"(?<=[省市区县旗州盟])(?=(?!人民|政府)[^省市区县旗州盟]{5,}$)")     # (no bare 人民政府)
_PUBLISHER_FIELD = LazyPattern(field_in_row(PUBLISHER_FIELDS))


def _row_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _publisher_named_below(text: str) -> Optional[str]:
    """The body a page's header gives as its publisher (发布机构：X, 发布机构 | X, or a CMS's header table: its names' row,
    then its values' row), where the text below the header names that body too (in full, or its own words after its
    area's: 张义镇人民政府 of 某区张义镇人民政府): a portal's publisher may post another body's report, which names its own."""
    head = text[:OPENING_CHARS]
    if not any(f in head for f in PUBLISHER_FIELDS):
        return None
    lines = head.split("\n")
    for k, line in enumerate(lines[:-1]):
        field = _PUBLISHER_FIELD.search(line)
        if field is None:
            continue
        name = (field["value"] or "").strip()
        if not name:        # (the names' row of a header table: the value is the cell below the name's)
            cells, below = _row_cells(line), _row_cells(lines[k + 1])
            name = below[len(_row_cells(line[:field.end()])) - 1] if len(below) == len(cells) else ""
        rest = text[len("\n".join(lines[:k + 2])):]
        ends = [0] + [m.start() for m in _AREA_END.finditer(name)]
        return name if _ends_as_issuer(name) and any(name[i:] in rest for i in ends) else None
    return None


# a title-less page whose counts its government's office gives for it (2021年,市政府办公室代表市政府共受理…) is that
# government's report, where the page speaks of no area's whole (AREA_WHOLE: an aggregate's office is one body of
# several): named as the page prints it in full (平顶山市人民政府, in the name of its portal), the place the one its
# region reading settles and of the office's kind of place (市: a city; 县, 区, 旗: a county's)
_PLACE_OF_LEVEL = {"province": "省", "city": "市州盟", "county": "市区县旗"}


def _government_acted_for(text: str) -> Optional[str]:
    head = text[:8000]
    if "代" not in head:
        return None
    head = search_form(head)
    acting = OFFICE_FOR_GOVERNMENT.search(head)
    if acting is None or AREA_WHOLE.search(head):
        return None
    region = _region("", text, None)
    place = getattr(region, region.level or "", None) if region.level in _PLACE_OF_LEVEL else None
    if not place or acting["level"] not in _PLACE_OF_LEVEL[region.level] or not place.endswith(acting["level"]):
        return None
    return place + "人民政府" if place + "人民政府" in text else None


_OPENING_CONTACT = 800      # the preamble's characters (a contact clause stands after the statute and the period)
# the preamble's contact for questions (如有疑问，请与常州市钟楼区X街道综合办公室联系, 请与X区工信局办公室联系) is the office of
# the body reporting: taken where that body is a street, a town or a department, whose offices are its own sections
# (never a government's office: it may be the issuer itself or its government's; nor a party committee's, 区委)
# (or named after 请联系: as the clause's end: 请联系：X街道办事处党政综合办公室，地址…); the office may be its disclosure
# group's (请与X街道信息公开领导小组办公室联系, X局政务公开工作领导小组办公室): the body's own group; a street's or town's
# disclosure office too (请与X区政府Y街道办事处信息公开办公室联系), never a bureau's (X旗政务服务与数据管理局政务公开办公室
# may answer for its banner's whole report); 可与 for 请与, and the clerk's name before 联系 (可与X局办公室陈斌联系: two or three
# characters, no more)
# (a bureau's secretariat or general section for its office: 请与县工信局秘书股联系, X局综合科; never a government's)
_CONTACT_OFFICE = LazyPattern(rf"(?:请(?:与|向|联系[:：]?)|可与)(?P<name>{_NAME}{{2,30}}?(?:街道(?:办事处)?|[乡镇](?:人民政府)?|局|厅|委员会|"
                              r"(?<![区市县省州旗盟乡镇])委))(?:(?:政府信息|信息|政务)公开(?:工作)?领导小组"
                              r"|(?<=街道|办事处|[乡镇]|[乡镇]人民政府)(?:政府信息|信息|政务)公开)?"
                              r"(?:党政|综合|党政综合)?(?:与\p{Han}{2,6}?)?(?:办公室|办|(?<=局)(?:秘书|综合)[股科])"     # (…综合与社区建设办公室: two jobs)
                              r"(?:\p{Han}{2,3}(?=联系))?(?:联系|咨询|反映|(?<=请联系[:：]?[^,，。;；]{2,40})(?=[,，。;；(（]))"
                              # … or the office the preamble says compiled it (本报告由X街道综合办公室编制; the statute
                              # cited first: 本报告根据《条例》…,由X局办公室编制并依法公开)
                              rf"|(?:本(?:年度)?报告|(?<=[,，;；:：]))由(?P<name>{_NAME}{{2,30}}?(?:街道(?:办事处)?|[乡镇](?:人民政府)?|局|厅|委员会|"
                              r"(?<![区市县省州旗盟乡镇])委))(?:党政|综合|党政综合)?(?:办公室|办)(?:负责)?编制")


def _contact_office(text: str) -> Optional[str]:
    m = _CONTACT_OFFICE.search(search_form(text[:_OPENING_CONTACT]))
    name = m and text[slice(*m.span("name"))].strip()
    return name if name and not _NOT_ISSUER.search(name) and not _self_word(name) else None


def _figure_subject(text: str) -> Optional[str]:
    """The one body the sentences of a title-less report name as the subject of their figures, if two or more do
    and all name the same one, ending as an issuer's name does (not 我局, 全区)."""
    head = text[:8000]
    names = [head[slice(*m.span("name"))].strip() for m in FIGURE_SUBJECT.finditer(search_form(head))]
    # (words that name no body, 全年 or 在市政府网站, are passed over; 我局 is a body, the issuer said as itself: 区教育局's)
    names = [n for n in names if _ISSUER_END.search(search_form(n)) or n.endswith(("办事处", "管委会")) or _self_word(n)]
    names = [n for n in names if not (_self_word(n) and any(not _self_word(o) and o[-1] == n[-1] for o in names))]
    # (one body named in full, then short: 连平县上坪镇人民政府 and 上坪镇 are the one, by its full name)
    names = [next((o for o in names if short_of(search_form(n), search_form(o))), n) for n in names]
    if not names or len(set(names)) > 1 or len(names) == 1 and not (_opens_again(head, names[0]) or own_kind(head, names[0])):
        return None
    return names[0] if not _NOT_ISSUER.search(names[0]) and not _self_word(names[0]) else None


# a page that opens with its year and a street or town as the subject of its first sentence (2025年,杏花村镇紧扣…), and
# speaks of itself by that kind's own word (我镇, 本街道): that street or town is the one reporting
_OPENING_TOWN = LazyPattern(rf"^\s*(?:19|20)\d{{2}}\s*年度?[,，]?(?P<name>{_NAME}{{2,12}}?(?:街道(?:办事处)?|镇|乡|苏木))(?![镇乡村级街道办])")


def _opening_town(text: str) -> Optional[str]:
    head = text[:_OPENING_CONTACT]
    m = _OPENING_TOWN.match(search_form(head))
    name = m and head[slice(*m.span("name"))].strip()
    if not name or _NOT_ISSUER.search(name) or _self_word(name) or name[:1] in "全本我各该":
        return None
    return name if own_kind(text[:8000], name) else None


def _opens_again(text: str, name: str) -> bool:
    """Does `name` open a sentence or line of the text that is no figure sentence's (after no year)?"""
    return regex.search(rf"(?:^|(?<=[。;；]))[ \t\u3000]*{regex.escape(name)}", text, regex.M) is not None


def find_issuer(title: Optional[str], text: str, year: Optional[int]) -> Issuer:
    notice = PUBLISHING_NOTICE.search(search_form(title)) if title else None
    if notice:          # 关于公布X2023年…年度报告的公告: the report it publishes names the issuer, or the report's opening
        title_name = title[slice(*notice.span("report"))]
        # (not its signer: who signs a notice issues the notice, not always the report it carries)
        name = title_name if _ANY_YEAR.split(title_name)[0].strip() else (self_named(text) or "")
        # (a letter that is the report itself, X局关于2014年度…年度报告的函: its sender, X局, where the report named none)
        if not name and letter_reports(title, text):
            name = title[:notice.start()].strip()
    else:
        name = title or untitled_name(text) or ""
    named, (name, tail) = name, _name_of(name)
    if not name and title and not notice:    # a title naming no one (政府信息公开工作年度报告): the opening's or signer's
        named = untitled_name(text) or ""
        name, tail = _name_of(named)
    if name.endswith("人民") and tail and search_form(named).find(search_form(name) + "政府信息公开") >= 0:
        # one 政府 for both words (2012年泾县人民政府信息公开年度报告; 本报告由X市人民政府信息公开工作领导小组办公室根据…):
        # the people's government
        name += "政府"
    if name and not _ISSUER_END.search(search_form(name)):
        # the first place the text names it with one of these after it; str.find, not a pattern built
        # from the name: the regex module compiles each new pattern in Python (~0.3 ms a document)
        named = [(at, name + word) for word in _GOVERNMENT_AFTER if (at := text.find(name + word)) >= 0]
        if named:
            name = min(named)[1]
    # a report without a title that a body of the state names as its own (本报告由教育部编制): its name stands for
    # the title, so the places its text names are not taken for its region
    kind = issuer_kind(name, title or "") if name else None
    if kind in ("government", "general_office") and compiled_from_parts(text) is not None:
        kind = "aggregate"      # (由市政府办公室综合各县、区…的年度报告编制而成: the area's parts summed)
    elif kind == "government" and sums_its_parts(text):
        kind = "aggregate"      # (各地各部门…公开政府信息…条; 21个市(州)公开…条: the area's parts' figures)
    if not name and (not title or not names_issuer(title)) and (street_said_bare(text) or town_said_self(text)):
        kind = "township"
    # (a department's name in its title may open with its city's name without 市: 十堰住房公积金中心, never a school's)
    body_name = name if kind == "department" and title and name in title and not _SCHOOL_END.search(search_form(name)) else ""
    # (a title-less report's zone committee stands for its title too: its own place, or the city its name opens with,
    # 福州保税区管委会, never a place its text names as another's)
    zone = not title and kind == "government" and _ZONE_COMMITTEE.search(search_form(name)) is not None
    region = _region(title or (name if zone or _national_body(name) else ""), text, year, kind == "township", body_name)
    if region.code is None and name:
        region = _signed_region(name, text, year) or _placed_name_region(name, text, year) or region
    if not name and not title and region.level == "province":
        # (a province's department named by its short name, 甘肃林业和草原局, that the text speaks as: the issuer)
        from .region_sites import province_department_name
        name = province_department_name(text) or ""
        kind = "department" if name else kind
    if name and kind in ("department", "general_office") and region.code:
        name = _with_place(name, region, text)
    return Issuer(name=name or None, kind=kind, region=region)


# a department's name read without its place (卫生健康委员会 in its title; 县乡村振兴局 as its text's subject) where the text
# settles the region: named after it where it says its kind of place alone (县乡村振兴局 in 青川县 → 青川县乡村振兴局; never
# a word that opens with the kind's character: 市场监督管理局, 市政/市容/市民…, 县域, 省直), or where the text prints the name
# after the region's (绵阳市卫生健康委办公室: 委 short for 委员会)
_BARE_LEVEL = LazyPattern(r"^(?P<level>[省市县区旗州])(?!场|域|级|直|属|政(?!府)|容|民|区|划|会)")


def _with_place(name: str, region: Region, text: str) -> str:
    place = {"province": region.province, "city": region.city, "county": region.county}.get(region.level or "")
    if not place or _region(name, "", None).code:
        return name                     # (the name holds a place of its own)
    bare = _BARE_LEVEL.match(fold_traditional(name))     # (縣工信局 in a copy in traditional script too)
    if bare:
        return place + name[1:] if place.endswith(bare["level"]) else name
    head = text[:_PLACED_NAME_REACH]
    shorts = (name, name[:-2]) if name.endswith("委员会") else (name,)
    return place + name if any(place + short in head for short in shorts) else name


# a title that names its issuer without a place (公安局2019年…年度报告) while the body, past its opening, prints that
# name after the place's (2019年白水县公安局在县委…的领导下): that place, where every such mention names one and the
# same region (a mention of the superior's office too, 渭南市公安局 beside 白水县公安局, settles none)
_PLACED_NAME_REACH = 20000
_PLACE_RUN = 12
# (the place is the words right before the name, back to the clause's word that no place's name holds: 在渭南市公安局)
_NOT_IN_PLACE = frozenset("在及与的由对被")
_PLACED_NAME_MENTIONS = 30
# (a name that is only a government's word, 人民政府 or 政府办公室, is every level's: no mention of it settles one)
_GENERIC_NAME = LazyPattern(r"^(?:人民)?政府(?:办公室|办公厅)?$")


def _placed_name_region(name: str, text: str, year: Optional[int]) -> Optional[Region]:
    found: dict[str, Region] = {}
    if _GENERIC_NAME.match(name):
        return None
    head = text[:_PLACED_NAME_REACH]
    at, mentions, last = head.find(name), 0, 0
    while at >= 0 and mentions < _PLACED_NAME_MENTIONS:
        mentions += 1
        start = at
        while start > max(0, at - _PLACE_RUN, last) and "\u4e00" <= head[start - 1] <= "\u9fff" \
                and head[start - 1] not in _NOT_IN_PLACE:
            start -= 1
        if start < at:
            region = _region(head[start:at + len(name)], "", year)
            if region.code:
                found.setdefault(region.code, region)
        last = at + len(name)
        at = head.find(name, last)
    return next(iter(found.values())) if len(found) == 1 else None


def names_issuer(title: str) -> bool:
    """Does a title name its issuer (not only 我局 or the genre's words: 我局2021年度政府信息公开年度报告)?"""
    return bool(_name_of(title)[0])


# the short name a title read from a sentence declares for its issuer (现公布X经济开发区(以下简称县开发区)2019年…报告):
# an aside, not the name (the narrative reads it from the title: narrative_parts.alias_of)
_SHORT_NAME_ASIDE = LazyPattern(r"[(（]以下(?:统)?简称[^()（）\n]{0,16}[)）]")


def _name_of(name: str):
    """The issuer's name in a title (or the clause of an opening that names it): without a year, the genre's words, a
    label or site chrome; "" where none is left or the words are a sentence, a self word (我局) or the genre's word
    alone. Also the genre's words where found (_ISSUER_TAIL's match, or None)."""
    name = _LEADING_YEAR.sub("", YEAR_TAG.sub("", name.strip()))
    name = _ANY_YEAR.split(name)[0]          # 广州市2020年度全市… → 广州市
    name = _SHORT_NAME_ASIDE.sub("", name)   # X经济开发区(以下简称县开发区) → X经济开发区
    if search_form(name).rstrip().endswith("关于"):     # X局关于2021年度…的年度报告 (關于 in traditional script)
        name = name.rstrip()[:-2]
    # the words are found in the search form (政府信息公開 in a copy in traditional script); the name
    # keeps what the title prints (the form is character for character)
    tail = _ISSUER_TAIL.search(search_form(name))
    name = (name[:tail.start()] if tail else name).strip(" :：")
    name = _ISSUER_LABEL.split(name)[-1].strip()     # 文字解读：X街道办事处 → X街道办事处
    if _SITE_CHROME.search(name):
        name = _without_chrome(name)
    if _NOT_ISSUER.search(name) or _GENRE_LEFT.match(search_form(name)) or _self_word(name):
        # a title that is a sentence (line one of a page without one) names no issuer, nor one whose year
        # left only the genre's word ("2020年报" → "报", "2009年年報" → "年報", in either script)
        name = ""
    return name, tail


# the signature under a report whose title and opening name no place (建新镇2018年…年度报告 … 遂溪县建新镇人民政府 /
# 2018年12月31日): a short line of its last characters that names the issuer after the places it is in
_SIGNATURE_TAIL = 300
_SIGNATURE_MAX = 40


def _signed_region(name: str, text: str, year: Optional[int]) -> Optional[Region]:
    for line in reversed(text[-_SIGNATURE_TAIL:].splitlines()):
        line = line.strip()
        at = line.find(name)
        if at >= 0 and len(line) <= _SIGNATURE_MAX and not _NOT_ISSUER.search(line):
            region = _region(line[:at + len(name)], "", year)
            return region if region.code else None
    # (a signature run onto the last line: the signer's name is the whole of it)
    region = _region(name, "", year) if name == _signed_name(text) else None
    return region if region and region.code else None


# a school or hospital under the Regulations names itself as its issuer (由X职业技术学院编制的2015-2016学年度…报告):
# its own name before the word, never the word alone (学院 is its word for itself)
_SCHOOL_END = LazyPattern(r"\p{Han}{2}(?:大学|学院|学校|中学|小学|医院)$")


def _ends_as_issuer(name: str) -> bool:
    """Whether a name ends as an issuer's does (in its search form: 辦事處 too), or is a body of the state (教育部, 审计署)."""
    form = search_form(name)
    return bool(_ISSUER_END.search(form) or form.endswith(("办事处", "管委会")) or _national_body(name)
                or _SCHOOL_END.search(form))


def _signed_name(text: str) -> Optional[str]:
    """The issuer a report without a title names by signing it (某某区某某街道办事处 over its date at the end), if the
    signer's name ends as an issuer's does."""
    name = signer(text)
    ends = name and _ends_as_issuer(name)
    return name if ends and not _self_word(name) else None


def _without_chrome(name: str) -> str:
    """The piece of a name with site chrome glued to it (X局首页X局, 图书馆VIP X区人民政府) that names a body: the last
    piece ending as a body's name does, else the last piece."""
    pieces = [p.strip() for p in _SITE_CHROME.split(name) if p.strip()]
    piece = next((p for p in reversed(pieces) if _ISSUER_END.search(search_form(p))), pieces[-1] if pieces else "")
    # (a mirror's words put in place of the place's name leave its kind alone, 新葡京博彩官网区人民政府北京街道办事处: that
    # government lost its name and is no part of the body's; the body after it is the issuer)
    orphan = _ORPHAN_GOVERNMENT.match(search_form(piece)) if not name.startswith(piece) else None
    return piece[orphan.end():] if orphan else piece


# (only a street's or a town's name after it, which names that body in full: 县人民政府办公室 cut so would say 办公室 alone)
_ORPHAN_GOVERNMENT = LazyPattern(r"[省市区县旗州盟](?:人民)?政府(?=\p{Han}{2,16}(?:街道办事处|街道|[乡镇](?:人民政府)?)$)")


def _region(title: str, text: str, year: Optional[int], township: bool = False, body_name: str = "") -> Region:
    try:
        from .regions import find_region
    except ImportError:              # the region table ships with the package; tolerate a partial install
        return Region()
    info = find_region(title, text, year, township, body_name)
    if info is None:
        return Region()
    return Region(province=info.province, city=info.city, county=info.county, code=info.code,
                  level=info.level, current_code=info.current_code if info.current_code != info.code else None)
