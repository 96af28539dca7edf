"""Is a count a row matched the key's own count as printed: not rough (约, 左右), negated, a change (较上年…), one of
several listed at once, the sum of a list of names, nor (for new requests) a total holding last year's cases or other
matters? And do the counts a row lists before its sum add up to it? (narrative.narrative_figures asks these of each
match.)"""
from __future__ import annotations

import regex

from ..patterns import LazyPattern
from .narrative_channels import ends_with_outlet
from .narrative_outlets import NAME_AND
from .narrative_numbers import denied_count
from .request_ways import OTHER_MATTER

# A number that is not a count of its own: approximate (近300条, 约200元, 300条左右; 20余件 never matches: the
# unit must follow the number), negated (无一起 is none), or a change (较上年减少200元). Looked for just before the
# number, between the match start and the number, and just after the match.
NOT_EXACT_BEFORE = LazyPattern(r"(?:近|约|大约|将近|接近|逾|超过|不足|不到|无|没有|未有|每[件页张次份个]?)$")
# a rate is no amount (收费标准为每件5元, 每页0.5元, 5元/件): 标准 in the match, 每 before the number, /件 after it
_CHANGE = LazyPattern(r"较|同比|环比|比上|比去|比\d|增加|减少|增长|下降|上升|提高|降低|标准")
# a comparison opening the clause before the match makes its figure the change (较上年增加主动公开政府信息32条)
COMPARED = LazyPattern(r"(?:较|比)(?:上一?年度?|去年|前年|(?:19|20)\d{2}年度?)|同比|环比")
# (条/次 and 件/次 are the counts 条次 and 件次 written with a slash, no rate: 主动公开政府信息307条/次)
ROUGH_AFTER = LazyPattern(r"左右|上下|以上|之多|/(?:[件页张份个]|(?<![条件]/)次)")
# One of several figures listed at once (在A网站和B网站分别公开政府信息148条和52条; …148条、52条): each counts a
# part, none the whole; a lone figure after 分别 (respectively) is each part's, which settles no total either
_RESPECTIVELY = LazyPattern(r"分别")
# a list of names before a match, joined by 、 (及/和/以及 right before the match's own name)
_LIST_JOIN = frozenset("、及和")
_LIST_SPLIT = "、,，;；:："
# words of manner joined to the verb of a match (及时、准确公开…300条) list no names
_MANNER = ("及时", "主动", "依法", "全面", "准确", "认真", "积极", "规范", "按时", "依规", "完整", "地")
# … nor verbs of the same act (共制作和主动发布政府信息207条, 整理、发布…: what was made and published is one count)
_ACTS = ("制作", "整理", "编制", "录入", "审核")
# what follows a request count that holds last year's cases too: (含上年结转3件) / (含2024年结转1件) / (含结转1件) /
# ，其中…结转上年度… / last year's cases named without 结转 (含上年度未办结1件, 含上年遗留申请1件, 含上年转入的1件); a
# bracket that closes first holds something else (81件(含重复申请事项),上年结转…2件: the next clause's carried-over count)
_WITH_CARRIED = LazyPattern(r"[,，]?[(（]?(?:其中|含|包含|包括)[^。;；)）]{0,16}?(?:(?:上一?年度?|去年|往年|\d{4}年)(?:度)?(?:的)?"
                            r"(?:(?:未办结的?)?结转|未办结|未办理完结|未完结|遗留|转入)"
                            r"|结转(?:自)?(?:上一?年度?|去年|\d{4}年)|(?<=含|包含|包括)结转(?!至|到|下))")
# … unless the cases it holds from last year are none (收到申请0件(含上年结转件0件)): the count is then the new ones
_NONE_CARRIED = LazyPattern(r"[(（](?:含|包含|包括)(?:上一?年度?|去年)(?:的)?结转(?:件|申请)?(?:数量?)?(?:为)?(?:0|零)件?[)）]")
# … nor one whose parts after 其中 are reviews or lawsuits (受理答复…申请12件,其中行政复议2件、行政诉讼1件): a count of
# other matters too, not the requests alone
_MATTERS_AFTER = LazyPattern(r"[,，]?[(（]?其中[,，:：]?[^,，。;；:：\n\d]{0,8}?" + OTHER_MATTER)
# … nor one the text says right after is no disclosure request (收到…请求1件,但不属于政府信息公开范畴): another matter
_NOT_DISCLOSURE_AFTER = LazyPattern(r"[,，]?(?:但|然而|不过)?(?:均|都|其|该申请|此)?(?:不属于|并非|非|不是)"
                                    r"(?:政府)?信息公开(?:的)?(?:申请|范畴|范围|事项)")
_NEXT_FIGURE = LazyPattern(r"(?:和|与|及|、)\d")
# … nor one its clause says was refused before the count (不予受理政府信息公开申请2件, 共不予受理申请2件): an outcome of
# some requests, never the year's received ones
_REFUSED = LazyPattern(r"不予(?:以)?(?:受理|接收)")
# a proactive count listed with other kinds' counts (主动公开政府信息88条、规范性文件2条、财政信息2条): one kind of
# many, not the total
_KINDS_AFTER = LazyPattern(r"、[^,，。;；:：\n\d、]{1,16}?\d+(?:条|件|个|项)")
# a count of items its clause says were checked (共排查各单位在政府网站上公布信息900条, 抽查…): an audit of what others
# published, not the body's own disclosure; an inspection's own items it published (公开抽查结果12条) are not one
_AUDITED = LazyPattern(r"(?:排|抽|核|巡|检|自)查(?!结果|信息|情况|事项|计划|通报|公示|清单|标准|对象|名单|工作)")


_LISTED = regex.compile(r"\d+(?=条)")
_BARE = regex.compile(r"\d+")      # (every count of a list whose units the page lost: group `bare`)


def parts_add_up(ctext: str, m, value, group: str = "parts") -> bool:
    """Do the counts a row lists before its sum (its group `parts`; `bare`, their units lost) add up to it, each exact
    (not 约17条, 较上年…)? The channels' shares (its group `shares`) need only fit in it: an outlet the sentence leaves
    uncounted may add to it."""
    ps, pe = m.span(group)
    counts = list((_BARE if group == "bare" else _LISTED).finditer(ctext, ps, pe))
    listed = sum(int(c.group()) for c in counts)
    return not _CHANGE.search(ctext, ps, pe) and (listed == value or group == "shares" and listed < value) and not any(
        NOT_EXACT_BEFORE.search(ctext, max(0, c.start() - 2), c.start()) or ROUGH_AFTER.match(ctext, c.end() + 1)
        for c in counts)


def exact(ctext: str, s: int, ns: int, e: int) -> bool:
    """Is the number starting at ns in the match [s, e) a count as printed, not a rough, negated or changed one?"""
    return not (NOT_EXACT_BEFORE.search(ctext, max(0, ns - 2), ns) or _CHANGE.search(ctext, s, ns)
                or ROUGH_AFTER.match(ctext, e))


def its_count(ctext: str, key: str, s: int, cs: int, ns: int, e: int) -> bool:
    """Is the number at ns in the match [s, e) (its clause from cs) the key's count as printed: not rough,
    negated or a change (also after 较上年 in its clause), not one of a list of figures, not the sum of a list of names, and for new
    requests not a total that holds last year's cases (受理15件，其中新收到14件、上年结转1件)?"""
    return (exact(ctext, s, ns, e) and not COMPARED.search(ctext, cs, s) and not _one_of_several(ctext, cs, ns, e)
            and not _lumped(ctext, cs, s) and not denied_count(ctext, key, cs, ns)
            and not (key == "requests.new" and (_WITH_CARRIED.match(ctext, e) and not _NONE_CARRIED.match(ctext, e)
                                                or _MATTERS_AFTER.match(ctext, e) or _NOT_DISCLOSURE_AFTER.match(ctext, e)
                                                or "不予" in ctext[cs:ns] and _REFUSED.search(ctext, cs, ns)))
            and not (key == "disclosure.total" and _KINDS_AFTER.match(ctext, e))
            and not (key.startswith("disclosure.") and "查" in ctext[cs:ns] and _AUDITED.search(ctext, cs, ns)))


def _one_of_several(ctext: str, cs: int, ns: int, e: int) -> bool:
    """Is the number at ns one of a list of figures (分别 before it in its clause, or another figure right after)?"""
    return bool(_RESPECTIVELY.search(ctext, cs, ns) or _NEXT_FIGURE.match(ctext, e))


def _lumped(ctext: str, cs: int, s: int) -> bool:
    """Is the match the last name of a list (非政府信息、信息不存在、非本机关信息114件; 网站、微博公开300条)?
    The figure then counts every name of the list together: it is none of theirs alone. A list of
    figures (同意公开5件、部分公开3件) is not one: the item before the joiner holds a figure."""
    j = s
    while j > cs and ctext[j - 1] in _LIST_JOIN:
        j -= 1
    if j == s or j == cs or NAME_AND.match(ctext, j) or ctext.startswith("涉及", j - 1):
        return False        # (a 和 inside a department's name before its site: 市人力资源和社会保障局门户网站…; the
        # verb 涉及, 全年涉及行政复议案件6件, joins no names)
    item = ctext[max(cs - 1, *(ctext.rfind(c, cs, j) for c in _LIST_SPLIT)) + 1:j]
    if ctext.startswith("主动", s) and "通过" in ctext[cs:j] and ends_with_outlet(item):
        return False    # the ways, then the verb after a typed 、 (通过门户网站、公开专栏、主动公开…316条): the verb's count
    return len(item) >= 2 and not any(c.isdigit() for c in item) and not item.endswith(_MANNER + _ACTS)
