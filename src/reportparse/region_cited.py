"""A title or notice the opening of a report cites (《四川省贯彻〈…条例〉实施办法》, 根据某省人民政府办公厅关于…的通知》): the
places named in it, or as its maker just before it, are the rule's maker, not the issuer (regions.find_region masks
them); so is the owner of a shared platform the report publishes on (江苏省政务服务网: platform_owner). Standard library
only; reads region_table's matches."""
from __future__ import annotations

import re

from .region_table import Match

# where a clause opens: a place's name right after one of these starts it
CLAUSE_START = "\n \t\u3000,，。;；:："
# a title cited in the opening (《四川省贯彻〈…条例〉实施办法》) names the law's maker, not the issuer: a place
# named only there does not settle the region (it still counts toward settling a shared name)
_CITED_REACH = 82
_CITED = re.compile(r"《[^《》\n]{0,%d}》" % (_CITED_REACH - 2))
# … and so does a place printed as the maker just before such a title in a clause that follows it (依据…和内蒙古自治区
# 《政府信息公开年度报告制度》要求, 根据河北省人民政府办公厅《关于…的通知》): the rule's maker, not the issuer (never the
# report's own title handed over: 现将X县《2021年…年度报告》公布如下)
_MAKER_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{0,10}?(?:政府|办公厅|办公室|厅|局|委员会))?《")
_FOLLOW_WORDS = ("依据", "根据", "按照", "遵照")
_FOLLOWS = re.compile("|".join(_FOLLOW_WORDS))
# … and so is one printed as the maker of a notice cited without its 《 (根据四川省人民政府办公厅关于…有关要求的通知》 要求):
# the words from the maker's office and 关于 to the document's kind are the title
_MAKER_ABOUT = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:政府|办公厅|办公室|厅|局|委员会)关于[^。;；\n《》]{2,60}?(?:通知|意见|办法|规定)》?")
# … and so is one right after the word that says the issuer follows it (根据四川省政府信息公开目录管理系统相关内容, 按照某县
# 委、县政府部署): whatever it made, the issuer follows it (the issuer's own place named again outside stays)


def cited_spans(body: str, bm: list[Match]) -> list[tuple[int, int]]:
    """The spans of the opening's (first 300 characters') cited titles and of their makers (`bm`: the body's places);
    a title opened before the 300th character and closed after it is cited too: its place is no more the issuer's."""
    head = body[:300]
    if "《" not in head and "关于" not in head and not any(w in head for w in _FOLLOW_WORDS):
        return []
    cited = [m.span() for m in _CITED.finditer(body, 0, 300 + _CITED_REACH) if m.start() < 300]
    return cited + _maker_spans(body, bm, cited)


def _maker_spans(body: str, bm: list[Match], cited: list) -> list[tuple[int, int]]:
    """The spans from each place named as a cited title's maker (see _MAKER_BEFORE) to that title's end, and of each
    place right after a word that says the issuer follows it."""
    spans = []
    for mt in bm:
        if mt.end > 300:
            break
        if body[max(0, mt.start - 2):mt.start] in _FOLLOW_WORDS:
            spans.append(mt[:2])
            continue
        if (m := _MAKER_BEFORE.match(body, mt.end)) is None and (m := _MAKER_ABOUT.match(body, mt.end)) is None:
            continue
        start = max(body.rfind(c, 0, mt.start) for c in CLAUSE_START)        # (the clause's)
        if not _FOLLOWS.search(body, start + 1, mt.start):
            continue
        if m.re is _MAKER_ABOUT:
            spans.append((mt.start, m.end()))
        else:
            spans += [(mt.start, b) for a, b in cited if a == m.end() - 1]
    return spans


# a place right before a shared platform's name (依托政府门户网站、江苏省政务服务网…发布): the platform's owner, on which every
# body below it publishes, not the issuer (甘肃政务服务网-秦安 names its county after the dash: region_sites)
_PLATFORM = re.compile(r"(?:政务服务网|政务服务平台|政务服务APP)")


def platform_owner(body: str, mt: Match) -> bool:
    """Whether the place `mt` names is the owner of a shared service platform: its name right before the platform's."""
    return _PLATFORM.match(body, mt.end) is not None


# a place the issuer went to or learned from (赴松阳县考察学习, 组织学习《松阳县政务公开经验汇编》, 借鉴X区做法), whose
# visitors it received (接待X县考察团), that it helps (对口帮扶X县) or that borders it or is paired with it (与X县交界, 与X县
# Y镇结对): another body's, never the issuer's — the verb a few characters before it in the same clause (学习贯彻/学习落实
# a document is following it: its place may be the issuer's own), or the bordering or pairing word a few after it
_ELSEWHERE = re.compile(r"(?:赴|前往|借鉴|考察|观摩|参观|接待|毗邻|邻近|对口(?:帮扶|支援|协作)?|学习(?!贯彻|落实|宣传|宣讲))"
                        r"[^\n,，。;；:：]{0,6}$")
_BORDERING = re.compile(r"[^\n,，。;；:：]{0,6}?(?:交界|接壤|毗邻|相邻|结对)")


def elsewhere(body: str, mt: Match) -> bool:
    """Whether the place `mt` names is one the issuer visited, learned from, helps or borders (_ELSEWHERE, _BORDERING)."""
    return _ELSEWHERE.search(body, max(0, mt.start - 8), mt.start) is not None \
        or _BORDERING.match(body, mt.end, mt.end + 8) is not None
