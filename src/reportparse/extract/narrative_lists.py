"""How a proactive count stands among the other counts of its sentence (extract/narrative.py).

A report may list the proactive counts of several kinds and then say their sum in the same sentence
(主动公开发布基础信息135条,…领域信息5条,水利领域信息81条,合计共221条): the first figure is one kind's, the sum is
the total. And a sentence that opens with 其中 (…主动公开政府信息2339条;其中,政府网站公开1903条) goes on with the
sentence before it (narrative_channels.goes_on): that sentence's topic is its topic.
"""
from __future__ import annotations

from typing import Callable, Optional

import regex

from ..patterns import CHINESE_ORDINAL, LazyPattern
from .narrative_channels import goes_on
from .narrative_outlets import ANY_OUTLET, OUTLETS
from .narrative_parts import WHOLE_OPENING
from .narrative_period import YEAR_ITSELF

# the sum said after the listed counts, in a clause of its own (,合计共221条 / ;总计221条)
# (the verb and noun may be said again: ,合计主动公开46条)
_SUM_AFTER = LazyPattern(r"[,，;；](?:合计|共计|总计|总共)(?:共)?(?:主动)?(?:公开|发布|公布)?(?:了)?(?:政府|政务)?(?:信息)?(?:共|为|达)?"
                         r"(?P<n>\d{1,12})条")
# each listed count of items (N条); a count of requests (N件) is another topic's
_COUNT = LazyPattern(r"(?<![\d.])\d{1,12}(?=条)")
# a request or a case between the count and the sum: the sum is then not of proactive items alone
_OTHER_TOPIC = LazyPattern(r"申请|复议|诉讼|\d件")


def listed_sum(ctext: str, e: int, ce: int, count: int, ns: int) -> Optional[tuple[int, int]]:
    """Where a sum of listed counts follows the proactive count `count` (its number at ns, the match ending at e)
    in its sentence (ending at ce): None when no sum follows, or the count is that sum, or the sentence mixes
    other topics in; the sum's span when it equals the counts listed from the match on; else (): the figure is
    one kind's of a list whose sum does not add up, so neither is read."""
    m = _SUM_AFTER.search(ctext, e, ce)
    if m is None or _OTHER_TOPIC.search(ctext, e, m.start()):
        return None
    total = int(m.group("n"))
    if total == count:
        return None
    listed = [int(n) for n in _COUNT.findall(ctext, ns, m.start())]
    return m.span("n") if len(listed) >= 2 and sum(listed) == total else ()


def topic_start(ctext: str, ss: int, sentence_start: Callable[[str, int], int]) -> int:
    """Where the topic of the sentence starting at ss is looked for: from the sentence before it when it opens with
    其中 right after the end of another (`sentence_start(ctext, pos)`: the start of the sentence holding pos)."""
    if ss >= 2 and goes_on(ctext, ss):
        return sentence_start(ctext, ss - 2)
    return ss


# the parts a 其中 sentence lists right after the proactive total (…公开政府信息8769条。其中,通过市政府网站公开信息2100条,
# …,通过其他形式公开信息600余条; the total's match may end at its unit): each a list item ending in its count of items
# (600余条: at least 600); a bracket's count (a part's own part), an item after a second 其中, or one comparing
# (较上年增加300条) or summing is none of them
_PARTS_AFTER = LazyPattern(r"(?:(?<=条)|[ \t\u3000]*条)[ \t\u3000]*[。;；,，]?[ \t\u3000]*其中[ \t\u3000]*[,，:：]?(?P<parts>[^。\n]{4,300})")
_BRACKETED = LazyPattern(r"[(（][^()（）]*[)）]")
_ITEMS = regex.compile(r"[,，、]")
# the list ends at a second 其中 or a semicolon (…在政府公报公开76条；通过政务微博、微信发布信息1542条: another topic)
_LIST_END = regex.compile(r"其中|[;；]")
_PART = LazyPattern(r"(?<![\d.])(?P<n>\d{1,12})(?P<about>余|多)?条[ \t\u3000]*$")
_NO_PART = LazyPattern(r"较|比|增|减|同比|环比|上年|累计|共计|合计|总计|占")
# a part that names the way it went out (通过市政府网站公开信息2100条): the list's parts are all ways or all kinds
_WAY = LazyPattern(r"通过|利用|依托|借助")


def parts_over_total(text: str, figures: list, warnings: list[str]) -> None:
    """Say where the counts a 其中 sentence lists right after a proactive total add up to more than it (the parts
    2100+5469+1600余+600余 of a printed 8769): the report's own figures disagree (parts that overlap, or a misprint);
    the total stays read as printed."""
    if "其中" not in text:
        return
    for f in {f.start: f for f in figures if f.key == "disclosure.total" and f.applicant is None}.values():
        m = _PARTS_AFTER.match(text, f.end)
        if m is None:
            continue
        parts, about, ways = [], False, None
        for item in _ITEMS.split(_BRACKETED.sub("", _LIST_END.split(m["parts"], 1)[0])):
            part = _PART.search(item)
            if part is None or _NO_PART.search(item):
                continue
            if ways is not None and ways != bool(_WAY.search(item)):
                break           # kinds, then a channel's count (通过微信公众号发布信息995条): another topic, no part
            ways = bool(_WAY.search(item))
            parts.append(int(part["n"]))
            about = about or part["about"] is not None
            if sum(parts) == f.value:
                break           # they add up: the list ends here (公开财政信息81条 after it says another thing)
        if len(parts) >= 2 and sum(parts) > f.value:
            warnings.append(f"narrative: the counts listed after the proactive total {f.raw} (其中 …) add up to "
                            f"{'at least ' if about else ''}{sum(parts)}, more than it: they overlap or one is "
                            "misprinted; the total is read as printed")


# the kinds the proactive items fell into, listed later in the total's paragraph under a label of their own (…主动公开政府信息
# 10条,历年累计公开62条。(二)主动公开政府信息的主要类别:“公告栏”信息4条,占…%;“工作动态”信息41条,…): each kind ends in
# its count of items; the list runs to the paragraph's first full stop
_KINDS_AFTER = LazyPattern(r"[^\n]{0,120}?(?:类别|分类|类型)(?:情况|统计|划分|分)?(?:来看|看)?[ \t\u3000]*[:：](?P<parts>[^。\n]{4,400})")
_KIND_ITEMS = regex.compile(r"[,，、;；]")


def kinds_over_total(text: str, figures: list, warnings: list[str]) -> None:
    """Say where the kinds listed after a proactive count in its paragraph (主要类别:…信息4条,…信息41条,…) add up to more
    than that count: the report's figures disagree (the kinds may count another period's items); the count stays read
    as printed, never changed."""
    if "类" not in text:
        return
    for f in {(f.start, f.period): f for f in figures if f.key == "disclosure.total" and f.applicant is None}.values():
        m = _KINDS_AFTER.match(text, f.end)
        if m is None:
            continue
        parts = [int(p["n"]) for item in _KIND_ITEMS.split(_BRACKETED.sub("", m["parts"]))
                 if (p := _PART.search(item)) is not None and not _NO_PART.search(item)]
        if len(parts) >= 2 and sum(parts) > f.value:
            warnings.append(f"narrative: the kinds listed after the proactive count {f.raw} (“{text[f.start:f.end][:30]}”) "
                            f"add up to at least {sum(parts)}, more than it: the figures disagree (another period's "
                            "kinds, or a misprint); the count is read as printed")


# An item of an enumeration (一是完善基础信息公开,…全年共发布信息35条。二是…主动公开…文件3条): its count of items is the
# item's kind's, a part of the proactive whole, where the item's head names that kind (not 一是主动公开总数。…共发布信息2049条)
# or the count's clause sums over all (以上合计…). The marker opens a paragraph, sentence or clause; bracketed Chinese
# numerals ((一)) are section headings, read by the section's topic instead (① is 1 after NFKC: no marker left).
_ORDINALS = CHINESE_ORDINAL
_ITEM_MARK = LazyPattern(r"(?:^|(?<=[\n。;；:：,，]))(?:(?P<o>[" + _ORDINALS + r"])是|其(?P<o>[" + _ORDINALS + r"])(?=[,，、:：])"
                         r"|[(（](?P<o>[1-9])[)）]|(?P<o>[1-9])[.、．](?!\d))")
_ITEM_REACH = 300       # an item's words are short: its marker is looked for this far back (and the next one ahead)
# the head of an item that names one kind of information (完善基础信息公开, 规划信息, 公示公告类信息, 推进文件公开): a
# qualifier right before 信息 (never 政府信息, 政务信息, 公开信息, 各类信息: the whole), or documents; a head naming
# no kind (主动公开总数, 主动公开政府信息的数量, 通过…等平台, 公开内容) leaves the count the whole's
_KIND_HEAD = LazyPattern(r"(?<=\p{Han}{2})(?<!政府|政务|公开|各类|相关|有关|发布|的|和|及|、)信息|(?<!上级)文件(?!精神)")
_OVER_ALL = LazyPattern(r"合计|总计|以上|上述|综上")
# … or a head scoping the item to one topic (二是围绕疫情防控,及时发布…等各类信息315条; 聚焦乡村振兴, 针对…): that topic's
# count, a part; never a scope over all the work (围绕中心工作, 聚焦群众关切, 紧扣年度工作要点: the whole's frame), nor one
# naming the disclosure itself (聚焦某某深化公开内容, 围绕信息公开: the work's aim, its count the whole's)
_TOPIC_HEAD = LazyPattern(r"(?:紧紧|始终)?(?:围绕|聚焦|针对|紧扣|紧盯)(?![^,，。;；:：\d]*?(?:中心|大局|全局|决策部署|工作要点|"
                          r"重点工作|工作重点|年度|全年|公开|关切|关注|需求|职能|主责|主业|目标|要求|部署))"
                          r"[^,，。;；:：\d]{2,20}$")
# … and an item whose clause sums the ways it names joined (二是加强信息发布,局门户网站及政务新媒体平台合计发布…2578条): all
# that went out by them, the whole, whatever the item's head
_SUM_OF_WAYS = LazyPattern(r"(?:" + OUTLETS + r")(?:平台|账号)?(?:及|和|与)[^,，。;；:：\d]{0,8}?(?:" + OUTLETS
                           + r")[^,，。;；:：\d]{0,6}?(?:合计|共计|总计)")
_YEAR_IN = LazyPattern(r"(?:19|20)\d{2}年")
_CLAUSE_ENDS = regex.compile(r"[,，。;；:：]")
# the whole year's or the whole place's word opening a count's clause (全年, 今年, 本年度, 全县, 全区 …): their owners'
_WHOLE_OPENING = regex.compile(rf"(?:{YEAR_ITSELF}|{WHOLE_OPENING})")


def _next_ordinal(o: str) -> str:
    """The marker's ordinal after o (二 after 一, 2 after 1)."""
    for run in (_ORDINALS, "123456789"):
        if o in run[:-1]:
            return run[run.index(o) + 1]
    return ""


# an item naming the outlet its count went out on, beside a sibling item counting another outlet's (一是各部门政府信息
# 公示栏主动公开信息1483条;二是政府网站发布信息2100条): the items list channels, each count one channel's, a part of the
# whole even with 主动 in it; a sibling item of no outlet ((2)依申请公开情况:收到申请5件) lists no channels


def _channel_item(ctext: str, marks: list, s: int, e: int) -> bool:
    """Is the count at [s, e) in an item (the last of marks) naming an outlet, with a sibling item before or after it
    in its paragraph naming an outlet and a count of items too?"""
    mark = marks[-1]
    if "。" in ctext[mark.end():s] or not ANY_OUTLET.search(ctext, mark.end(), s):
        return False
    if len(marks) >= 2 and _sibling_counts(ctext, marks[-2].end(), mark.start()):
        return True
    hi = ctext.find("\n", e, e + _ITEM_REACH)
    hi = hi if hi >= 0 else min(len(ctext), e + _ITEM_REACH)
    following = _next_ordinal(mark["o"])
    nxt = next((m for m in _ITEM_MARK.finditer(ctext, e, hi) if m["o"] == following), None)
    return nxt is not None and _sibling_counts(ctext, nxt.end(), hi)


def _sibling_counts(ctext: str, lo: int, hi: int) -> bool:
    """Does the item text [lo, hi) name an outlet before a count of items in its first sentence?"""
    stop = ctext.find("。", lo, hi)
    count = _COUNT.search(ctext, lo, stop if stop >= 0 else hi)
    return count is not None and ANY_OUTLET.search(ctext, lo, count.start()) is not None


def in_enumerated_item(ctext: str, cs: int, s: int, e: int) -> bool:
    """Is the proactive count matched at [s, e) (its clause from cs) an enumerated item's, a part of the whole: a
    marker (一是, (1), 1.) before it in its paragraph, with no full stop between or the next marker after it in
    the paragraph, whose head names one kind of information, and its clause sums nothing over all?"""
    lo = max(ctext.rfind("\n", 0, s) + 1, s - _ITEM_REACH)
    marks = list(_ITEM_MARK.finditer(ctext, lo, s))
    if marks and _channel_item(ctext, marks, s, e):
        return True
    if not marks or _OVER_ALL.match(ctext, cs) or "主动" in ctext[cs:e] or _SUM_OF_WAYS.search(ctext, cs, e):
        return False        # (its clause naming the proactive whole, 2.政策文件。本年度主动公开政府信息共188条: the whole's)
    mark = marks[-1]
    # (a sentence after the item's head: the item's own where the next item follows, or where it is the last of a list
    # of counted items and the first count after its head; a sentence after items of no count, or after the last
    # item's own count, says the whole: 一是加强组织领导;二是完善制度。全年共主动公开…172条)
    if "。" in ctext[mark.end():s] and not (len(marks) >= 2 and _COUNT.search(ctext, marks[-2].end(), mark.start())
                                           and not _COUNT.search(ctext, mark.end(), s)):
        hi = ctext.find("\n", e, e + _ITEM_REACH)
        following = _next_ordinal(mark["o"])
        if not following or not any(m["o"] == following for m in _ITEM_MARK.finditer(ctext, e, hi if hi >= 0 else e + _ITEM_REACH)):
            return False
    hs = mark.end() + (ctext[mark.end():mark.end() + 1] in ",，、:：")       # (其一, …)
    end = _CLAUSE_ENDS.search(ctext, hs, s)
    head = ctext[hs:end.start() if end else s]
    year = _YEAR_IN.search(head)      # (a numbered heading run into its first sentence: the heading's words end at its year)
    return bool(_KIND_HEAD.search(head[:year.start()] if year and year.start() else head))


_SENTENCE_ENDS = "。;；！？!?\n"


def topic_scoped(ctext: str, s: int) -> bool:
    """Does the sentence of the proactive count matched at s open (after an item's marker, if any) with a clause
    scoping it to one topic (_TOPIC_HEAD: 二是围绕疫情防控,及时发布…315条; 围绕乡村振兴,主动公开…): that topic's count?"""
    ss = max(ctext.rfind(c, max(0, s - _ITEM_REACH), s) for c in _SENTENCE_ENDS) + 1 or max(0, s - _ITEM_REACH)
    mark = _ITEM_MARK.match(ctext, ss, s)
    hs = mark.end() + (ctext[mark.end():mark.end() + 1] in ",，、:：") if mark else ss
    end = _CLAUSE_ENDS.search(ctext, hs, s)
    # (… unless the count's clause opens with the whole year's or the whole place's word: 围绕推进城乡一体化,全县主动公开…;
    # 聚焦重点领域,今年政务信息公开共96条 — the topic there is the work's aim, the count the whole's)
    return end is not None and _TOPIC_HEAD.fullmatch(ctext, hs, end.start()) is not None and (
        _WHOLE_OPENING.match(ctext, end.end()) is None)
