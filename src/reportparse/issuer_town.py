"""Whether a report naming no one is a town's or a street's: by the words it speaks of itself in (我镇, 本街道, 街道 bare as
its figures' subject), where it speaks of no area's whole."""
from __future__ import annotations

from typing import Optional

import regex

from .normalize import search_form
from .patterns import AREA_WHOLE, LazyPattern


# a street's or a town's name, in a text that speaks of itself by that kind's own word (2021年内,X街道共办理4件… and
# 在全街道实行…, 本街道, 我镇): the street or town is the one reporting (issuer._figure_subject, _opening_town)
_OWN_KIND_WORD = {"街道": LazyPattern(r"[全本我]街道"), "镇": LazyPattern(r"[全本我]镇"), "乡": LazyPattern(r"[全本我]乡")}


def own_kind(text: str, name: str) -> bool:
    """Is `name` a street's or a town's, in a text that calls itself by that kind's own word (全街道, 本镇) and speaks of
    no area's whole?"""
    kind = next((k for k in _OWN_KIND_WORD if name.endswith(k)), None)
    return kind is not None and _OWN_KIND_WORD[kind].search(text) is not None and not AREA_WHOLE.search(search_form(text))


# a report naming no one whose figures a street gives as 街道 bare, the subject at a clause's start (2025年,街道收到依申请
# 公开…19件; …,街道主动公开…76条), two or more times, where the text speaks of no area's whole or other bodies
# (AREA_WHOLE: 各街道, 全区): a street's own report, its kind settled (township) and its name not said
_BARE_STREET_SUBJECT = LazyPattern(r"(?:^|(?<=[。;；,，\n]))[ \t\u3000]*(?:(?:19|20)\d{2}\s*年度?[,，]?)?街道(?:办事处)?"
                                   r"(?:共|全年|累计|全年共)?(?:对外)?(?:主动(?:公开|发布)|收到|受理|接收|新收)", regex.M)


def street_said_bare(text: str) -> Optional[str]:
    """"街道" where a report naming no one is a street's by the subject of its figures (_BARE_STREET_SUBJECT), else None:
    the word it names itself by (extract/narrative_parts: no part of itself)."""
    head = text[:8000]
    if "街道" not in head or AREA_WHOLE.search(head):
        return None
    return "街道" if sum(1 for _ in _BARE_STREET_SUBJECT.finditer(head)) >= 2 else None


# … or one that calls itself by a town's or a street's own word (我街, 我镇, 本乡) two or more times and never by another
# kind's (我局, 我区, 全县, 本市 …), in a text that speaks of no area's whole: a town's or street's report, its kind settled
# and its name not said (its county where its text names that county alone: regions._township_county)
_TOWN_SELF = LazyPattern(r"[我本](?:街道?|镇|乡(?!镇))")
_OTHER_SELF = LazyPattern(r"[我本全](?:区|县|市|旗|州|省|局|办|委|厅)")


def town_said_self(text: str) -> bool:
    head = text[:8000]
    return speaks_as_town(head) and not _OTHER_SELF.search(head) and not AREA_WHOLE.search(head)


def speaks_as_town(head: str) -> bool:
    """Does the text call itself by a town's or a street's own word (我镇, 本街道) two or more times?"""
    return sum(1 for _ in _TOWN_SELF.finditer(head)) >= 2


# one body named in full and then short in the same text (2023年,连平县上坪镇人民政府通过…公开…21条; 2023年,上坪镇收到…0件):
# the short name is the full one's own words, after its area's (a name ending in 省, 市, 区, 县, 旗, 州 or 盟) and before its
# word for government; a name inside another that is no such (某县 in 某县某镇, 镇政府 in 某镇政府) is another body
_AREA_LAST = frozenset("省市区县旗州盟")


def short_of(short: str, full: str) -> bool:
    """Is `short` the name `full` has without its area's words before it or its 人民政府/政府 after it?"""
    at = full.find(short) if len(short) >= 2 and short != full else -1
    if at < 0:
        return False
    head, tail = full[:at], full[at + len(short):]
    return tail in ("", "人民政府", "政府") and (head == "" or head[-1] in _AREA_LAST)
