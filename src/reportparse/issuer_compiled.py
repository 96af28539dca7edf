"""Who compiled a report, as its opening says (issuer.py reads the issuer of a page without a title through it): a
government's office compiling its whole area's report stands for the government; a government or its office that
compiled it from its area's parts' reports made an aggregate; and the body that opens a sentence's figures."""
from __future__ import annotations

from typing import Optional

import regex

from .metadata import NAME_CHAR as _NAME  # a report title's name characters, as metadata reads titles
from .normalize import search_form
from .patterns import AREA_WHOLE, COMPILED_FROM_PARTS, OPENING_CHARS, LazyPattern
from .issuer_town import speaks_as_town

# a report with neither a title nor a name in its opening may give its figures under one name, the subject after the
# year that opens each sentence (2023年,区政府办公室主动公开政府信息125条 … 2023年,区政府办公室共受理36件申请): that
# body is the one reporting, where two or more figures name it so and no other body stands in that place; the
# channel may stand between (2025年,X局通过区政府网站主动公开…); one such figure is enough where the same body opens
# another sentence or line of the text too (X局持续健全…): the report's own subject, no part listed once
# (the year may be said as 今年来: 今年来,X区政府办公室对外主动公开信息…条 … 今年来,X区政府办公室共收到…7件; not 本年度,
# which a report naming its contact office says of its own short name too); 公开 bare after its channel (X街道办事处通过区门户
# 网站公开信息65条), after words of manner (及时、主动公开…) and a receipt denied (X街道办事处未收到…申请) are that body's too
FIGURE_SUBJECT = LazyPattern(rf"(?:^|(?<=[。;；]))[ \t\u3000]*(?:(?:19|20)\d{{2}}\s*年度?内?|今年(?:来|以来))[,，]?"
                              rf"(?P<name>{_NAME}{{2,16}}?)"
                              r"(?:(?:通过|利用|在)[^,，。;；:：\d\n]{1,20}?(?:网站|网|平台))?"
                              r"(?:共|全年|累计)?(?:对外)?(?:(?:及时|积极|全面)[、,]?(?=主动))?"
                              r"(?:主动(?:公开|发布)|(?<=网站|网|平台)公开|(?:未|没有)?(?:受理|收到)|接收|新收|(?<=共)办理)", regex.M)


# a title-less report a government's general office says it compiled (本年度报告…由信阳市政府办公室编制) whose text speaks
# of its place's whole as its own (全市, 我市: two or more times) and never gives figures as the office's (市政府办公室收到…
# 申请: the office's own report): the government's report, the office only its compiler; named where the text prints
# the government's name (信阳市人民政府…, its office's name holding it too), else the office stays
_OFFICE_OF_PLACE = LazyPattern(r"^(?P<place>\p{Han}{1,20}?(?P<level>[省市区县旗州盟]))(?:人民)?政府办(?:公[室厅])?$")
_WHOLE_MENTIONS = 2


# … and never the issuer of a text that speaks as a department (我局, 本委) and never as the office (我办): the office compiled
# a department's report (本报告由X县人民政府办公室编制 … 2021年,我局主动公开…; or the figures' subject a department:
# 2021年,县统计局主动公开…), whose name it does not give
_DEPARTMENT_SELF = LazyPattern(r"[我本](?:局|委(?!员)|厅)")
_DEPARTMENT_ENDS = ("局", "委员会", "厅")
_OFFICE_SELF = LazyPattern(r"[我本]办|[我本](?:单位|机关)")
# … nor of one that speaks as a town or a street (我镇, 本街道: two or more times) or whose figures' subject is one town
# (2023年,青禾镇主动公开… and 2023年,青禾镇共收到…): the county's office wrote the opening its towns' pages share, the
# report is the town's (its title, or its figures' subject, names it); never where the text speaks of the area's whole
_TOWN_ENDS = ("镇", "乡", "街道", "街道办事处", "苏木")


# … or a zone's committee's office (由福州保税区管委会办公室编制) whose text speaks as the committee (我委) and never as the
# office (我办): the committee's report (a 管委会 is a government, SCHEMA), the office only its compiler
_COMMITTEE_OFFICE = LazyPattern(r"^(?P<committee>\p{Han}{2,30}?(?:管委会|管理委员会))办公室$")


def _compiled_for_committee(office: str, text: str) -> Optional[str]:
    m = _COMMITTEE_OFFICE.match(search_form(office))
    if m is None or "由" + office not in text[:OPENING_CHARS]:
        return None
    head = search_form(text[:8000])
    return office[:m.end("committee")] if "我委" in head and "我办" not in head else None


def compiled_for_government(office: str, text: str) -> Optional[str]:
    if committee := _compiled_for_committee(office, text):
        return committee
    m = _OFFICE_OF_PLACE.match(search_form(office))
    if m is None or "由" + office not in text[:OPENING_CHARS]:
        return office
    head = text[:8000]
    subjects = [search_form(head[slice(*f.span("name"))]) for f in FIGURE_SUBJECT.finditer(search_form(head))]
    offices = any(_OFFICE_OF_PLACE.match(s) or s.endswith(("办公室", "办公厅")) for s in subjects)
    if (_DEPARTMENT_SELF.search(head) or any(s.endswith(_DEPARTMENT_ENDS) for s in subjects)) \
            and not _OFFICE_SELF.search(head) and not offices:
        return None
    whole = head.count("全" + m["level"]) + head.count("我" + m["level"])
    if whole < _WHOLE_MENTIONS and not _OFFICE_SELF.search(head) and not offices and (
            speaks_as_town(head) or len(subjects) >= 2 and len(set(subjects)) == 1 and subjects[0].endswith(_TOWN_ENDS)):
        return None
    if whole < _WHOLE_MENTIONS and not _compiled_whole(office, text):
        return office
    if offices:
        return office
    government = office[:m.end("place")] + "人民政府"
    return government if government in text else office


# … or whose sentence saying so says the report is of the area's whole (由X市人民政府办公厅编制,是2018年X市各级政府及部门…
# 的情况: AREA_WHOLE), however short the page kept
_COMPILED_SENTENCE = 160


def _compiled_whole(office: str, text: str) -> bool:
    at = text.find("由" + office, 0, OPENING_CHARS)
    end = text.find("。", at, at + _COMPILED_SENTENCE)
    return AREA_WHOLE.search(search_form(text[at:end if end > 0 else at + _COMPILED_SENTENCE])) is not None


def compiled_from_parts(text: str) -> Optional[str]:
    """The government (or its office) the opening says compiled the report from its area's parts (an aggregate), "" where
    it says so naming no compiler, or None."""
    m = COMPILED_FROM_PARTS.search(search_form(text[:OPENING_CHARS]))
    # (the parts said as the area's places, 各地, are its whole too)
    if m is None or not (AREA_WHOLE.search(m["parts"]) or m["parts"].startswith("各地")):
        return None
    return text[slice(*m.span("name"))] if m["name"] else ""


def compiled_named(text: str) -> Optional[str]:
    name = compiled_from_parts(text)       # named with its place (never 市政府办公室 alone)
    return compiled_for_government(name, text) if name and name[0] not in "省市区县州旗盟" else None


# … or a report whose figures are its area's parts' together: said as 各地各部门's (2019年,各地各部门…累计公开政府信息…条)
# or as its parts' one by one (21个市(州)公开…万条, 各县(市、区)受理…件); a place's or its government's such report is the
# area's aggregate (全省…; never a sentence of the area's work without a figure: 推进各地各部门…目录编制工作)
_PARTS_FIGURE = LazyPattern(r"各地各部门[^。;；\n]{0,80}?(?:公开|发布|受理|收到|办理)[^。;；\n]{0,30}?\d"
                            r"|(?:(?<!\d)\d{1,2}个|各)(?:市[(（]州[)）]|市州|县[(（]市[、,，]区[)）]|县市区)"
                            r"[^。;；\n\d]{0,12}?(?:公开|发布|受理|收到)[^。;；\n\d]{0,8}?\d")
_PARTS_TEXT = 6000


def sums_its_parts(text: str) -> bool:
    return _PARTS_FIGURE.search(search_form(text[:_PARTS_TEXT])) is not None
