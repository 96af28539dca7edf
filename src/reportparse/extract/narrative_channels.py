"""Whose count a sentence gives when it names a channel (extract/narrative.py): one channel's output beside
another's is no proactive total (needs=channels reads only there), nor is one beside another medium's information
count or one holding another body's items its site carried (MEDIA, _medium_after, _HOLDS_ANOTHER: one rule for every
total row; …2514条(含自治区药监局门户网站信息1273条) is what the site put out, its count, but two careful readers of real
reports disagreed whether it is the issuer's proactive total: not read as that); a website's
count said as the year's is read only where its paragraph counts nothing else (needs=alone)."""
from __future__ import annotations

from typing import Optional

from ..patterns import CLAUSE_MARKS as _CLAUSE_MARKS, SENTENCE_END, LazyPattern
from .narrative_outlets import (ANY_OUTLET, MEDIA, NAME_AND, OUTLETS, OWNER_CHAR, SITE_COLUMNS, SITE_SECTION, WEBSITE,
                                _A_WEBSITE, _ENDS_WITH_OUTLET, _SITE_NAMED)
from .narrative_full_list import outlet_after_full_list
from .narrative_one_site import ONE_SITE_WAY, website_total
from .narrative_topic import count_in_section, section_end
from .request_ways import ONE_REQUEST_WAY, WAY_COUNT

WINDOW = 600     # a clause, sentence or paragraph is looked for this far around a match, never further
# A website's count said as the year's (needs=alone) is none after a kind of information (政策解读在政府网站发布…),
# nor where its paragraph holds another count: before it (主动公开…20余万条，其中…网站发布…; 规章13件…), or after it
# other than the parts of a 其中 list (在A网站公开41条，在B网站公开299条; 通过网站公开346条，内容包括…240条)
_KIND = LazyPattern(r"类|公文|文件|解读|动态|服务|公告|通知|指南|预决算|简报|领域|政策|信息")
# (a count said as a quantity, 主动公开文件数量为0, is one too: the paragraph then says the proactive count otherwise)
_ANY_COUNT = LazyPattern(r"\d[^\d\n,，。;；:：]{0,2}?(?:条|件)|数量?为\d")
# (posts of another kind are no information's count: “大冶教育”微信公众号发布稿件533条 beside the website's 86 items)
# (nor interpretations: 通过网站和“某某发布”微信公众号共发布解读材料256条, leads65)
# (information counted in 篇 is a count too: 通过某某微信公众平台发布各类信息185篇)
# (the medium's quoted name and the year may stand between it and its count, each as one word: 我局微信公众号
# “某某某某”,2022年公开发布信息共150条)
# (a medium's count may come in issues and items, 174期603条; and stand further from the medium's name where its clause
# pushes or posts it out: 加强对“某某”微信公众号的运维管理,全年累计推送发布工作动态、政策法规等信息174期603条, heldout67c)
_MEDIUM_GAP = r"(?:(?!其中|稿件|图文|文章|视频|推文|作品|解读)(?:[^。;；:：\n\d“]|“[^”\n\d]{1,16}”|“|(?<!\d)(?:19|20)\d{2}年度?))"
_MEDIUM_COUNT = LazyPattern(r"(?:" + MEDIA + r")(?:" + _MEDIUM_GAP + r"{0,16}?|" + _MEDIUM_GAP + r"{0,40}?(?:推送|发布)"
                            + _MEDIUM_GAP + r"{0,20}?)(?:\d+期)?\d+(?:条|篇)")
# … nor one beside another medium named as the way things went out after it in a sentence cut before that medium's
# count (…网站主动公开政府信息43条,通过“某某局”微信公 and the text breaks off; 同步在微信公众号推送, its sentence
# closed, counts nothing apart), nor where another medium's count stands anywhere else in the report (a section
# 新媒体建设: 运用公众号发布…302条): that total is then not proven the issuer's whole count
# the verbs that name the way something went out by (通过网站, 依托“某某”公众号, 利用政务新媒体, 运用…)
WAY_VERBS = ("通过", "依托", "利用", "运用")
_MEDIUM_WAY = LazyPattern(r"(?:" + "|".join(WAY_VERBS) + r")(?:(?!其中)[^,，。;；:：\n\d]){0,24}?(?:" + MEDIA + r")")
_CLAUSE_MARK = LazyPattern(r"[,，。;；:：！？!?]")
# … and the channel named in the sentence before the count's clause (本年度通过政府网站、某平台,主动公开…273条)
_WAY_BEFORE = LazyPattern(r"通过[^,，。;；:：\n\d]{0,24}?(?:" + OUTLETS + r")[^,，。;；:：\n\d]{0,6}?[,，]$")
# … and what went out "also" by other ways after it, however long their list (除在…网及时公开外,还通过省审计厅、…及县文明网等
# 媒体主动向社会发布信息60条): another channel's count, so the count before is one channel's, the whole not said
_ALSO_BY = LazyPattern(r"(?:还|還|另|另外|同时|同時|此外)[,，]?通过[^,，。;；:：\n\d]{1,80}?(?:公开|发布|公布|推送|刊登|刊发)"
                       r"[^,，。;；:：\n\d]{0,12}?\d+条")
# … nor one that holds another body's or website's (共公开各类信息2514条(含自治区药监局门户网站信息1273条))
_HOLDS_ANOTHER = LazyPattern(r"[(（]含[^()（）\n\d]{0,24}?(?:网站|局|委|办|中心|公众号)[^()（）\n\d]{0,8}?\d+条")
# a channel named after 其中 (…主动公开信息100余条，其中政务集约化网站主动公开政府信息50条) is a part of the count
# before it, never the proactive total, whether or not that count was read (a rough one is not)
_PART_AFTER_OF_WHICH = LazyPattern(r"其中[,，:：]?[^,，。;；:：\n\d]{0,24}?(?:" + OUTLETS + r")")
# … and a member of the breakdown of one channel's count (官方网站发布信息426条(其中:概况类信息265条,…,信息公开目录主动公开
# 信息8条); 门户网站发布信息517条,包括…): a part of what that channel put out, never the proactive total, whatever its wording
_CHANNEL_BREAKDOWN = LazyPattern(r"(?:" + OUTLETS + r")[^。;；\n\d]{0,30}?\d+[条篇][ \t\u3000]*[,，]?[ \t\u3000]*(?P<b>[(（])?"
                                 r"[ \t\u3000]*(?:其中|包括)")
# … so is a count in a later clause of the sentence whose 其中 clause named the channel, no count between (…通过门户网站栏目和
# 公众号两大平台公开…,其中信息公开栏目公开内容主要为人事任免等,本年度共主动公开信息7条): the column's, not the whole
_PART_OPENED = LazyPattern(r"(?<=^|[,，。;；:：\n])其中[,，:：]?[^,，。;；:：\n\d]{0,24}?(?:" + OUTLETS + r")[^。;；!?！？\n\d]*$")


def _sentence_start(ctext: str, i: int, reach: int = WINDOW) -> int:
    """Where the sentence holding position i starts, looked for at most `reach` characters back."""
    return max(ctext.rfind(c, max(0, i - reach), i) for c in SENTENCE_END) + 1 or max(0, i - reach)
# a channel named as the subject at a clause's start (政府网站主动公开…, 政务新媒体主动公开…; a site's disclosure column,
# 门户网站信息公开专栏主动公开…; a site's version in another language, 蒙古文网站公开…1354条): its count is that channel's
_CHANNEL_NOUN = (r"(?:(?<=^|[\n,，。;；:：])(?:政府|门户|政务|官方|(?:蒙古|[蒙藏维哈朝彝壮英]|外)(?:文|语))?(?:网站|新媒体|微信公众号|公众号|微信|微博|公开栏|公示栏|宣传栏)"
                 r"(?:(?<=网站)(?:(?:政府|政务)?信息公开)?(?:专栏|栏目))?)")
# … or said as the place it went out (在区政府门户网站主动公开…272条; 在县政府外网…, 在镇公示栏…): a channel, not 在全区范围内
# (its address or what it holds may follow in brackets: 在本单位频道(http://…)主动公开…787条, 在“重点领域”栏目(食品…、财政…)…)
# (or a site's disclosure catalogue as the place, 在政府信息公开目录系统主动公开…482条: one place of several)
_CHANNEL_AT = (r"(?:在[^,，。;；:：\n\d]{0,20}?(?:" + OUTLETS + r"|公开目录(?:系统)?)(?:上|中)?(?:[(（][^()（）\n]{1,120}[)）])?)")
# … or after the clause's subject (全年我镇在市政府门户网站主动公开信息60条，在镇门户网站…5条: two sites' counts, no total)
_CHANNEL_PLACE = LazyPattern(_CHANNEL_AT)
# … or a place named with its owner as a clause's subject, no 在 or 通过 (…目录系统主动公开信息17条，县政府门户网站公开各类
# 信息58条; 局政务公开栏公开…, 县政务服务平台…, 本局微信公众号…): another place's count beside the one before it; never a
# column of a site (专栏, 栏目, 频道: often the parts of the site's count) nor a part after 其中
_OWNED_OUTLET = (r"(?:(?<=^|[\n,，。;；:：])(?:(?:19|20)\d{2}年度?)?(?:(?!其中|通过)" + OWNER_CHAR + r"){1,12}?"
                 r"(?:网站|官网|外网|政务网|平台|公开栏|公示栏|宣传栏|" + MEDIA + r")(?:上)?)")
# the information that went out by one channel (通过某某网站公开信息28条; 通过微信公众号发布政府信息69条): a count of
# that channel. Where a paragraph counts two channels' information, neither is the proactive total (91 on the
# website, 714 on WeChat: no total printed), the noun said or not (通过微信公众号主动公开69条); posts of another kind
# (通过公众号发布图文519条) are no such count; the kinds may be listed before 信息 (在某某门户网站主动公开工作动态、
# 政策文件及解读、人事信息、公告公示等各类政府信息345条); a legacy table's label may stand for the noun
# (通过微信公开政府信息数22条); 编发 a verb too; 共 before the verb (在某省信用公示平台共发布…76条); any way verb as 通过 (利用“某某”网站…)
_BY_CHANNEL = LazyPattern(r"(?:(?:" + "|".join(WAY_VERBS) + r")[^,，。;；:：\n\d]{1,24}?|" + _CHANNEL_NOUN + "|" + _CHANNEL_AT + "|" + _OWNED_OUTLET
                          + r")(?:共)?(?:主动)?(?:公开|发布|公布|推送|刊登|刊发|编发|公示|张贴)(?:[^,，。;；:：\n\d]{0,40}?信息(?:数)?)?(?:共计|共)?\d+(?:条|次)")
# … the clause of a proactive count may open with its channel as the subject (政府网站主动公开各类信息183条), no 通过;
# a medium by its own name too (某某微信公众号主动公开各类政府信息99条 beside 通过…专栏…14条: two channels' counts; a site
# with its owner is website_total's and site_beside_another's: 某局网站主动公开…396条 beside a medium's count is the site's)
_OWNED_MEDIUM = (r"(?:(?<=^|[\n,，。;；:：])(?:(?:19|20)\d{2}年度?)?(?:(?!其中|通过)" + OWNER_CHAR + r"){1,12}?"
                 r"(?:" + MEDIA + r")(?:上)?)")
_CHANNEL_SUBJECT = LazyPattern(r"(?:(?:19|20)\d{2}年度?)?(?:" + _CHANNEL_NOUN + "|" + _CHANNEL_AT + "|" + _OWNED_MEDIUM
                               + r")(?:主动)?(?:公开|发布|公布)")
# a way named as many (通过网站、微博等渠道; 通过不同渠道和方式; 通过各类渠道), before the verb (…公开各类信息 names
# kinds): all of them, not one channel; never a kind of channel (通过报刊、电视、政务微信等媒体…, beside the website's count);
# a channel's own name may hold the verb (通过门户网站、政府信息公开网站等…, 信息发布平台, 政务公开栏)
# (the media as the channels all the listed ways are, a website among them: 通过门户网站、微信公众号等媒体渠道)
# (public materials among the listed ways, 通过政府网站、政务微博、公示栏、公开资料等渠道: 公开资料 names a channel, no verb)
_ALL_WAYS = LazyPattern(r"通过(?:(?!(?:公开|发布|公布)(?!网|专栏|栏|平台|资料))[^,，。;；:：\n\d]){0,40}?"
                        r"(?:等(?!(?:新闻|新)?媒体|媒介)|(?<=网站?[^,，。;；:：\n\d]{0,20}?等)媒体渠道|不同|多种|各种|各类|多个|各个"
                        r"|多(?:渠道|途径|平台)|各(?:渠道|途径|平台))")


def _paragraph(ctext: str, s: int, e: int) -> tuple[int, int]:
    """The paragraph (between line breaks, at most WINDOW characters either side) around the match [s, e)."""
    start = max(0, s - WINDOW)
    lo = ctext.rfind("\n", start, s) + 1 or start     # (no break in the window: its edge, never the text's start)
    hi = ctext.find("\n", e, e + WINDOW)
    return lo, (min(len(ctext), e + WINDOW) if hi < 0 else hi)


# the place a count went out is the site's column of proactive disclosure itself (在主动公开栏目共发布政府信息2892条,
# 在“政府信息主动公开”专栏发布…): what it holds is the proactive total, not one channel's share beside the site's posts
_PROACTIVE_COLUMN = LazyPattern(r"在[\"“]?(?:政府信息|政务信息)?主动公开(?:政府信息)?[\"”]?(?:栏目|专栏|平台|目录|系统)")
# … and the count of the site's disclosure column (在主动公开栏目发布政府信息1734条, 在政府信息公开专栏发布信息1734条): beside it a
# site's posts said bare (政府网站共发布信息8231条: 发布, no 公开 nor 政府信息) are everything the site posted, the column's
# items among them: no channel's share of the proactive total, and which share is the site's the text does not settle
_COLUMN_COUNT = LazyPattern(r"(?:主动公开|信息公开)(?:政府信息)?[\"”]?(?:栏目|专栏)[^,，。;；:：\n\d]{0,20}?\d+条")
_SITE_POSTS = LazyPattern(r"(?!.*(?:公开|政府信息))[^\n]*发布")


def channel_fits(ctext: str, key: str, literal: Optional[str], needs: Optional[str], cs: int, s: int, e: int) -> bool:
    """One channel's count is no proactive total where another channel is counted beside it; a row that
    needs channels reads only there (a website said alone is the total's own wording, left to its patterns: website_total),
    one that needs to be alone only where no channel nor other count stands beside it, nor 其中 or a kind before it."""
    if key == "disclosure.total":
        cs = _outside_brackets(ctext, cs, s)
    if key == "disclosure.total" and _media_only(ctext, cs, e):
        return False            # (微信公众平台主动发布信息86条: that medium's count, never the year's proactive total)
    if key == "disclosure.total" and literal is None and _HOLDS_ANOTHER.match(ctext, e):
        return False            # …信息2514条(含自治区药监局门户网站信息1273条): not surely the issuer's own count
    if key == "disclosure.total" and literal is None and (_PART_AFTER_OF_WHICH.match(ctext, cs, s)
                                                          or _in_channel_breakdown(ctext, s)
                                                          or _part_opened(ctext, cs)):
        return False
    if key == "disclosure.total" and literal is None and "网" in ctext[cs:s] and not ONE_SITE_WAY.match(ctext, cs) \
            and getattr(_NAMED_SITE_COUNT.match(ctext, cs), "end", lambda: -1)() == e:
        return False            # (市应急信息网公开各类信息58条: that site's count; the issuer's own site is read as before)
    if key == "disclosure.total" and literal is None and needs is None and _PROACTIVE_COLUMN.search(ctext, cs, e):
        return True             # the proactive column's own count: the total, whatever other channels count beside it
    if key == "requests.new" and literal is None and ONE_REQUEST_WAY.search(ctext, cs, s) \
            and sum(1 for _ in WAY_COUNT.finditer(ctext, *_paragraph(ctext, s, e))) >= 2:
        return False
    if key == "disclosure.via_website" and literal is None and _posts_beside_column(ctext, cs, s, e):
        return False            # a site's posts beside its disclosure column's count: not the site's share of the proactive total
    if key == "disclosure.via_website" and needs in ("channels", "fallback"):
        others = _other_channels(ctext, cs, s, e)
        if _two_sites(others):
            return False        # two websites' counts (the city's portal, its own site): neither is "the website's"
        return needs == "fallback" or bool(others)
    if key == "disclosure.via_website" and literal is None and _site_before(ctext, cs, s, e):
        return False            # … a channel listed after a comma too (通过本局门户网站公开…23300条,通过省政府网站公开…137条)
    if needs == "listed" and count_in_section(ctext, s, e):
        return False            # (ways listed without 等: all of them only where the section counts nothing else)
    if needs in ("alone", "listed"):
        # (a department's name whose first half the match leaves out, 市政务服务和大数据管理局门户网站…: no kind of information)
        # (a kind word in the name of the site it went out on, 在市政府信息公开网上…, is no kind of information)
        kind = None if s and NAME_AND.match(ctext, s - 1) else _KIND.search(_SITE_NAMED.sub("", ctext[cs:s]))
        return not ("其中" in ctext[max(0, cs - 3):s] or _other_channels(ctext, cs, s, e) or kind
                    or _other_figures(ctext, s, e) or _medium_after(ctext, cs, s, e))
    if needs == "channels" or (key == "disclosure.total" and literal is None
                               and (any(v in ctext[cs:e] for v in WAY_VERBS) or _CHANNEL_SUBJECT.match(ctext, cs, e)
                                    or _CHANNEL_PLACE.search(ctext, cs, e) or _channel_before(ctext, cs))):
        others = _other_channels(ctext, cs, s, e)
        if needs != "channels" and others and key == "disclosure.total":
            others = _besides_listed_ways(ctext, cs, s, e, others)
        if needs != "channels" and not others:
            # … nor a total beside a medium's count said another way: one website's count there is that site's (narrative's
            # site rule reads it as via_website alone: site_beside_another); beside another channel's count the channel
            # rows read the site's
            return not _medium_after(ctext, cs, s, e) or website_total(ctext, cs, e) and site_beside_another(ctext, cs, s, e)
        return bool(others) == (needs == "channels")
    return True


def _in_channel_breakdown(ctext: str, s: int) -> bool:
    """Does the match at s stand in its sentence after 其中/包括 breaking down one channel's count (in the bracket that
    opens there, not yet closed)? Never a running total's (在县政府网站累计公开…846条,其中本年度…214条: the year's share)."""
    ss = _sentence_start(ctext, s)
    if "其中" not in ctext[ss:s] and "包括" not in ctext[ss:s]:
        return False
    return any((m["b"] is None or not any(c in ctext[m.end():s] for c in ")）")) and "累计" not in ctext[ss:m.end()]
               for m in _CHANNEL_BREAKDOWN.finditer(ctext, ss, s))


def _part_opened(ctext: str, cs: int) -> bool:
    """Does an earlier clause of the sentence of the clause at cs open with 其中 and a channel, no count nor sentence end
    between it and cs (_PART_OPENED)?"""
    ss = _sentence_start(ctext, cs)
    return "其中" in ctext[ss:cs] and _PART_OPENED.search(ctext, ss, cs) is not None


def _two_sites(others: list) -> bool:
    """Is one of the other channels' counts (_other_channels) a website's, not the whole of ways listed with it
    (通过某县人民政府网站及乡公示栏主动公开…共71条: the whole the site's count is a share of)?"""
    return any((_A_WEBSITE.search(m.group()) and not _listed_ways(m.group()))
               or m.re.pattern == _NAMED_SITE_COUNT.pattern for m in others)


# a count said of two or more outlets named and joined (通过姚某县人民政府网站及乡人民政府实体公示栏主动公开各类政府信息共71条)
# is the whole those ways carried; where the next clauses or sentences count each of them apart, no 其中 before them
# (通过…网站发布…26条;通过…公示栏公开…45条), those counts are its parts, never channels beside a total: only where each
# such count's outlet is one the whole named, and together they come to no more than it (a third way's count, or a larger
# one, stands beside it still)
_COUNT_AT_END = LazyPattern(r"(\d+)[^\d]*$")


def _outlet_words(words: str) -> set[str]:
    """The outlets named in the words (网站, 公示栏, 微信公众号 …), by their kind words."""
    return {m.group() for m in ANY_OUTLET.finditer(words)}


def _listed_ways(words: str) -> bool:
    """Do the words name two or more outlets joined by a word of a list (及, 和, 、)?"""
    outlets = list(ANY_OUTLET.finditer(words))
    return len({m.group() for m in outlets}) >= 2 and _WAYS_JOINED.search(words, outlets[0].end(), outlets[-1].start()) is not None


def _besides_listed_ways(ctext: str, cs: int, s: int, e: int, others: list) -> list:
    """The other channels' counts (_other_channels) beside a proactive total [s, e), its clause from cs, less those that
    are the parts of the ways its clause lists (said after it, each by one of those outlets, summing to no more)."""
    if not _listed_ways(ctext[cs:s]):
        return others
    named = _outlet_words(ctext[cs:s])
    whole = _COUNT_AT_END.search(ctext, s, e)
    parts = [m for m in others if m.start() >= e and (_outlet_words(m.group()) or {None}) <= named]
    shares = [int(_COUNT_AT_END.search(m.group())[1]) for m in parts]
    if whole is None or not parts or sum(shares) > int(whole[1]):
        return others
    return [m for m in others if m not in parts]


# a bracket opened before a clause's start and closed after it, before the match (在本单位频道(http://…/)主动公开…787条:
# the URL's colon is no clause's end): the clause holding the match starts before the bracket
_OPEN_BRACKET = LazyPattern(r"[(（][^()（）\n]{0,120}$")
_CLOSE_BRACKET = LazyPattern(r"[^()（）\n]*[)）]")


def _outside_brackets(ctext: str, cs: int, s: int) -> int:
    """The start of the clause holding the match at s when its marks put it at cs, inside a bracket closed before s."""
    if cs == 0 or ctext[cs - 1] not in _CLAUSE_MARKS:
        return cs
    opened = _OPEN_BRACKET.search(ctext, max(0, cs - 121), cs)
    closed = _CLOSE_BRACKET.match(ctext, cs, s) if opened is not None else None
    if closed is None:
        return cs
    return max(ctext.rfind(c, max(0, opened.start() - WINDOW), opened.start()) for c in _CLAUSE_MARKS) + 1 \
        or max(0, opened.start() - WINDOW)


# a clause whose one outlet is a medium, by any name (微信公众平台主动发布信息86条, 政务抖音号主动公开…, 通过“某某发布”公众号
# 推送…; a 平台 or 号 of a medium's own name is the medium): that medium's count, alone or beside others, never the
# proactive total; ways listed (通过网站和公众号…, 利用公众号、纸质媒体及其它方式…, 通过网站、微博等渠道) are the rules' below
_A_MEDIUM = LazyPattern(MEDIA)
_IN_MEDIUM_NAME = LazyPattern(r"[^,，。;；:：\n\d、等及和与]{0,6}")
_WAYS_JOINED = LazyPattern(r"[、等和与]|其[它他](?!媒体)|及(?!时)")     # (其他媒体 alone is one medium's name)


# … and media alone listed, closed by 等 and the kind they all are (通过微信公众号、微博、抖音等政务新媒体平台主动公开…;
# 通过微信、微博等新媒体…; 利用公众号、视频号等平台…): those media's count, never the proactive total; every item of the list a
# medium (通过网站、微博等渠道 and 利用公众号、纸质媒体及其它方式 name other ways: the rules' below; media closed by 等渠道,
# 通过省政府官方微博、省政府客户端等渠道, stay all the ways: lead36)
_MEDIUM_ITEM = r"[^,，。;；:：\n\d、等及和与]*?(?:" + MEDIA + r")[^,，。;；:：\n\d、等及和与]*?"
_MEDIA_LISTED = LazyPattern(r"(?:" + _MEDIUM_ITEM + r"[、和及与]){1,8}" + _MEDIUM_ITEM
                            + r"等(?P<kind>(?:政务)?(?:新)?(?:媒体)?(?:平台)?)(?=(?:上)?(?:主动|共|累计)?(?:公开|发布|公布|推送))")


def _media_only(ctext: str, cs: int, e: int) -> bool:
    """Is the one outlet the clause of the match ending at e (from cs) names a medium, no other way listed with it,
    or are the ways it lists all media (_MEDIA_LISTED)?"""
    media = [m.span() for m in _A_MEDIUM.finditer(ctext, cs, e)]
    joined = bool(media) and _WAYS_JOINED.search(ctext, cs, e) is not None
    listed = _MEDIA_LISTED.match(ctext, cs, e) if joined else None
    if not media or joined and listed is None:
        return False
    # (the kind the listed media are said as, 等…平台, is theirs)
    kind = listed.start("kind") if listed is not None else e
    return all((o.start(), o.end()) in media or o.start() >= kind
               or any(me <= o.start() and _IN_MEDIUM_NAME.fullmatch(ctext, me, o.start()) for _, me in media)
               for o in ANY_OUTLET.finditer(ctext, cs, e))


# a website's posts said with 发布 or 更新 (通过政府门户网站发布政府信息1218条, 我委在某某网站累计发布信息356条, 区政府网站
# 更新信息…; 各类信息 too): what the site carried, its count (disclosure.via_website), never the proactive total, even as
# the report's only proactive figure (the gold convention, every era); never where the clause says 公开 (公开发布,
# 发布公开: the disclosure's own verb) or 主动 (通过…网站主动发布信息总量达433条: the proactive whole said of its way)
_SITE_POSTED = LazyPattern("(?:" + WEBSITE + ")" + SITE_SECTION + r"(?:共|全年共?|累计|全年)?(?:及时)?(?:发布|更新)")
# … and what went out in the site's columns named in quotation marks (在“某某之窗”部门网站“通知公告”、“预决算”栏目对外公开
# 发布政府信息5条): posts in those places of the site, its count, whatever the verb (公开发布, 对外 too), never the total;
# not 主动 (the proactive whole said of its way) nor the site's disclosure column (SITE_COLUMNS leaves it out)
_COLUMN_POSTED = LazyPattern("(?:" + WEBSITE + ")" + SITE_SECTION + SITE_COLUMNS
                             + r"(?:共|全年共?|累计)?(?:对外|向外|向社会)?(?:公开)?(?:发布|更新)(?!公开)")


def posted_on_site(ctext: str, cs: int, e: int) -> bool:
    """Does the clause of the match ending at e (from cs) count a website's posts said with 发布/更新 (_SITE_POSTED), or
    what went out in its named columns (_COLUMN_POSTED)?"""
    clause = ctext[cs:e]
    return "网" in clause and "主动" not in clause and (
        "公开" not in clause and _SITE_POSTED.search(clause) is not None or _COLUMN_POSTED.search(clause) is not None)


def _posts_beside_column(ctext: str, cs: int, s: int, e: int) -> bool:
    """Is the match [s, e) (its clause from cs) a site's posts said bare, in a paragraph that counts what the site's
    disclosure column holds too? Not where the column's count is a part of the site's, after 其中 in its sentence
    (县政府门户网站发布信息1225条,其中…法定政府信息公开栏目发布信息561条: the site's count, as the gold convention reads it)."""
    lo, hi = _paragraph(ctext, s, e)
    return "栏" in ctext[lo:hi] and _SITE_POSTS.match(ctext[cs:e]) is not None and any(
        not cs <= m.start() < e and not _part_of_it(ctext, e, m.start()) for m in _COLUMN_COUNT.finditer(ctext, lo, hi))


def _part_of_it(ctext: str, e: int, at: int) -> bool:
    """Does the count at `at` stand after 其中 in the sentence of a count ending at e, no full stop between?"""
    between = ctext[e:at]
    return at > e and "其中" in between and not any(c in between for c in "。;；\n")


def _site_before(ctext: str, cs: int, s: int, e: int) -> bool:
    """Does a clause of the match's own sentence before it, no 其中 between, count what went out by one other website
    alone (not by ways listed: 通过门户网站及政务新媒体方式…915条，其中通过政府网站公开93条)? The sentence then names two
    sites, and which is the body's own is not said."""
    ss = _sentence_start(ctext, s)
    return any(ss <= m.start() and "其中" not in ctext[m.end():s] and _A_WEBSITE.search(m.group())
               and all(_A_WEBSITE.fullmatch(o.group()) for o in ANY_OUTLET.finditer(m.group()))
               for m in _other_channels(ctext, cs, s, e) if m.start() < cs)


def _medium_after(ctext: str, cs: int, s: int, e: int) -> bool:
    """Does another medium's count follow the match [s, e) in its paragraph, not as a part listed after 其中
    (…915条，其中通过政府网站公开93条，微信公众号公开822条), nor where its clause names the ways as many
    (通过网站、微信等渠道)?"""
    if _all_ways(ctext, cs, e):
        return False
    lo, hi = _paragraph(ctext, s, e)
    if any(not _parts_listed(ctext[e:m.start()]) for m in _MEDIUM_COUNT.finditer(ctext, e, hi)):
        return True
    end = min((i for i in (ctext.find(c, e, hi) for c in "。；;！？!?") if i >= 0), default=hi)
    way = _MEDIUM_WAY.search(ctext, e, end) if end == hi else None
    if way is not None and not _parts_listed(ctext[e:way.start()]) and not _CLAUSE_MARK.search(ctext, way.end(), hi):
        return True
    return bool(_MEDIUM_COUNT.search(ctext, 0, lo) or _MEDIUM_COUNT.search(ctext, hi))


def _all_ways(ctext: str, cs: int, e: int) -> bool:
    """Does the clause of the match ending at e (from cs), or the way named in the clause right before it
    (通过政府网站等方式,主动公开…19322条), name the ways as many: all of them, no one channel?"""
    if _ALL_WAYS.search(ctext, cs, e):
        return True
    if "通过" not in ctext[max(0, cs - 40):cs]:
        return False
    way = _WAY_BEFORE.search(ctext, max(0, cs - 40), cs)
    return way is not None and _ALL_WAYS.match(ctext, way.start(), cs) is not None


# … or the channel as the subject of its sentence's opening clause, the count's clause after it (政府信息公开栏目公开内容
# 主要为人事任免等,本年度共主动公开信息7条): that channel's count too; no figure between (nor a year's: 2025年 opens it)
# … unless the count's own clause names the body itself as its subject (…调整优化了州政府门户网站维护栏目,…,2024年我局主动公开
# 信息共373条: the bureau's whole count)
_SELF_SUBJECT = LazyPattern(r"(?:(?:19|20)\d{2}年度?[,，]?)?(?:我|本|全)(?:局|委|办|院|厅|署|单位|机关|中心|镇|乡|街道|区|县|市)")
_SUBJECT_OPENING = LazyPattern(r"(?:(?!通过|其中|在)" + OWNER_CHAR + r"){0,12}?(?:" + OUTLETS + r")(?!上|中)[^,，。;；:：\n\d]*[,，]"
                               r"[^。;；!?！？\n\d]*$")


def _channel_before(ctext: str, cs: int) -> bool:
    """Does the sentence before the clause at cs name the channel its count went out by (本年度通过政府网站、政府信息
    公开平台,主动公开各类政府信息273条), or open with it as its subject (_SUBJECT_OPENING)?"""
    if cs and ctext[cs - 1] in ",，" and not _SELF_SUBJECT.match(ctext, cs):
        # (the opening names a channel inside its sentence: looked for there, never in the window before it)
        ss = _sentence_start(ctext, cs)
        if ANY_OUTLET.search(ctext, ss, cs) is not None and _SUBJECT_OPENING.match(ctext, ss, cs) is not None:
            return True
    if "通过" not in ctext[max(0, cs - 40):cs]:
        return False
    ss = _sentence_start(ctext, cs, 40)
    return _WAY_BEFORE.search(ctext, ss, cs) is not None


def _other_figures(ctext: str, s: int, e: int) -> bool:
    """Does the paragraph of the match [s, e) hold a count before it, or one after it not in a 其中 list or of
    another medium?"""
    lo, hi = _paragraph(ctext, s, e)
    if _ANY_COUNT.search(ctext, lo, s) or _MEDIUM_COUNT.search(ctext, e, hi):
        return True
    after = _ANY_COUNT.search(ctext, e, hi)
    return after is not None and "其中" not in ctext[e:after.start()]


def _other_channels(ctext: str, cs: int, s: int, e: int) -> list:
    """The counts in the paragraph of the match [s, e) (its clause from cs) of what went out by a channel other
    than the one its clause names. Channels said as many (通过网站、微博等渠道, 通过不同渠道) are all of them: none other."""
    if _all_ways(ctext, cs, e):
        return []
    lo, hi = _paragraph(ctext, s, e)
    # a channel after 其中 is a part of the count before it (…主动公开538条，其中通过政府网站公开61条), none beside it;
    # so is each channel listed after it in the same sentence (…，其中通过政府网站公开86条，微信公众号公开821条)
    named = _NAMED_SITE_COUNT.finditer(ctext, lo, hi) if "网" in ctext[lo:hi] else ()
    found = [m for m in (*_BY_CHANNEL.finditer(ctext, lo, hi), *named)
             if not (cs <= m.start() < e or m.start() <= s < m.end())
             and not ctext[max(lo, m.start() - 3):m.start()].rstrip(",，").endswith("其中")
             and not (m.start() >= e and _parts_listed(ctext[e:m.start()]))]
    also = _ALSO_BY.search(ctext, e, hi)
    if also is not None and not _parts_listed(ctext[e:also.start()]) and not any(m.end() > also.start() for m in found):
        found.append(also)
    return found


def goes_on(text: str, i: int) -> bool:
    """Does the sentence starting at i open with 其中 right after the end of the one before, so going on with it:
    its parts of that sentence's count (…8769条。其中，通过市政府网站公开2100条; …2339条;其中,政府网站公开1903条)?"""
    return i >= 1 and text[i - 1] in SENTENCE_END and text.startswith("其中", i)


def _parts_listed(between: str) -> bool:
    """Does the text between a count and a later channel open its parts (其中) in the same sentence, or as the
    next sentence's opening? A list opened by 其中 and a colon runs on over semicolons (…551条，其中：网站233条；
    微信公众号318条)."""
    if goes_on(between, 1):
        between = between[1:]
    if "其中" not in between:
        return False
    ends = SENTENCE_END if _LIST_OPENED.search(between) is None else _LIST_END
    return not any(c in between for c in ends)


# parts listed after 其中 and a colon, the first of them a channel's, each a clause ended by a semicolon: only a full
# stop ends that list (a list of kinds, 其中：通知公告30条；…, ends at its semicolons: a medium after them stands apart)
_LIST_OPENED = LazyPattern(r"其中[:：][^,，。;；:：\n\d]{0,24}?(?:" + OUTLETS + r")")
_LIST_END = "。！？!?\n"


# a site by its own name ending in 网 as a clause's subject (…,县人防信息网发布人防信息43条; 县新闻网站发布…): another
# channel's count, so a count said at one place beside it (在政府信息公开目录主动公开信息7条) is no total; never a way
# (通过信息公开网…) nor the government's own portal or disclosure site (县人民政府网, 信息公开网, 门户网站), nor a
# part after 其中 (其中英文网站发布信息135条)
_NAMED_SITE_COUNT = LazyPattern(r"(?<=[\n,，。;；:：])(?:全年|(?:19|20)\d{2}年度?)?(?!在|其中)(?:(?!通过|利用|依托)[^\d,，。;；:：\n、等及和与“”\"]){2,16}?"
                                r"(?<!政府|信息公开|门户|政务)网(?:站)?(?:共)?(?:主动)?(?:发布|公开|公布|推送)[^,，。;；:：\n\d]{0,16}?信息\d+条")



def site_beside_another(ctext: str, cs: int, s: int, e: int) -> bool:
    """Does the paragraph of a proactive count said of one website (website_total; its clause from cs, the match [s, e))
    count another channel's or, after it, another medium's output, not as its parts (汉中市某局网站主动公开…信息395条,
    某某微信号发布信息41条)? The count is then that website's alone, not the whole: whichever way its clause names the
    site (its owner as the subject, too). So it is where another medium's count follows in a later paragraph of its
    section (2025年政府网站主动公开政府信息N条。 then 运用政务新媒体…,“某某”微信公众号全年发布信息M条, no heading between);
    a medium counted in another section (平台建设: …门户网站主动公开信息N条,通过微信公众号发布…) leaves it the total too."""
    if _all_ways(ctext, cs, e):
        return False
    lo, paragraph_end = _paragraph(ctext, s, e)
    hi = max(paragraph_end, section_end(ctext, e))
    return bool(_other_channels(ctext, cs, s, e)) or any(
        not _parts_listed(ctext[e:m.start()]) or _own_way_after_parts(ctext, e, m.start())
        for m in _MEDIUM_COUNT.finditer(ctext, e, hi)) or _online_beside_offline(ctext, lo, s, paragraph_end) \
        or outlet_after_full_list(ctext, s, e)


# a medium named as its own way (通过微信公众号“某某发布”发布信息995条) after the site count's 其中 list of kinds
# (…218条,其中基层治理与服务109条,重点领域信息82条,…,通过微信公众号…): no part of one website's count (hunt67)
_WAY_AFTER_PARTS = LazyPattern(r"其中[^。;；\n]*?\d+(?:条|篇|件|项)[^。;；\n]*?[,，](?:" + "|".join(WAY_VERBS)
                               + r")(?:(?!其中)[^,，。;；:：\n\d]){0,24}?$")


def _own_way_after_parts(ctext: str, e: int, m: int) -> bool:
    """Is the medium starting at m, after the 其中 list that follows a site's count ending at e, named with its own
    way verb after at least one counted part?"""
    return _WAY_AFTER_PARTS.search(ctext[e:m]) is not None


# a count said as the online one (线上,通过…网站…公开有关信息71条) where the offline one follows (线下,通过…公告栏…93份):
# that site's alone, never the whole
_ONLINE = LazyPattern(r"(?:(?<=[\n。;；])|^)线上[,，:：]")
_OFFLINE = LazyPattern(r"[\n。;；,，]线下[,，:：]")


def _online_beside_offline(ctext: str, lo: int, s: int, hi: int) -> bool:
    """Does the count at s stand in a sentence opened by 线上 with a 线下 one after it in its paragraph?"""
    opened = list(_ONLINE.finditer(ctext, lo, s))
    return bool(opened) and "。" not in ctext[opened[-1].end():s] and _OFFLINE.search(ctext, s, hi) is not None


def ends_with_outlet(words: str) -> bool:
    """Do the words end with a place items go out on (…门户网站, …公开专栏, …微信公众号)?"""
    return _ENDS_WITH_OUTLET.search(words) is not None
