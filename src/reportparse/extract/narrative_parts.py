"""Whose figure a sentence gives (extract/narrative.py): a part of the issuer's (区政府, 街道, 分局…) or the whole's (全区,
我局, the body the title names, the short name it declares for itself)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..patterns import GOVERNMENT_WITH_OFFICE, OFFICE_FOR_GOVERNMENT, LazyPattern
from .narrative_outlets import OUTLETS

# A clause about one part of the issuer or about a running total is not the report's figure (本局/我局 is the issuer,
# as 我分局/本分局 is in a branch bureau's report).
PART = LazyPattern(r"(?:(?<![全各本])(?:省|区|县|市|镇|乡)政府(?!门户|网|信息(?:依申请)?公开|政务(?:信息|公开)|官方|" + OUTLETS
                    # … a site named with words between (市政府集约化网站, 区政府统一信息公开平台, 县政府政务公开专栏): a
                    # channel too, unless the words name its parts (区政府各部门通过网站…)
                    + r"|(?:(?!部门|单位|乡镇|街道|本级|各|及|和|与|、)[^\s,，。;；:：\d]){1,8}?(?:网站|网|平台|系统|专栏))|乡镇|(?<!全)省直|(?<!全)区直|(?<!全)县直|(?<!全)市直|办事处"
                    # a 街道's web page as the place it went out is the issuer's channel (在街道子网页上主动公开…)
                    r"|街道(?!子?(?:网页|网站|门户|官网))|(?<!通过|在|于|经)街道|(?<![全各])[^\s,，。;；]{0,5}[^\s,，。;；本我]局(?!面)"
                    # a bare 局 before its website is the issuer's own channel (通过局门户网站主动公开…; the subject
                    # right after the year: 2022年局门户网站主动公开…)
                    r"(?<!(?:通过|在|于|经|年|年度)局(?=门户|网站|官方网站|官网))"
                    # a committee named with its place (县发改委, 市卫生健康委员会): a department as a 局 is; never the
                    # party's or a zone's own committee (县委, 区党工委, 开发区管委会) nor a village's (村委)
                    r"|(?<![全各本我])[省市县区州旗](?:(?![委办])[\u4e00-\u9fff]){1,10}?(?<![管党工村居纪])委(?:员会)?"
                    # the government itself or its departments as the bare subject of the count, set against
                    # each other (2022年政府新收…2件；部门新收…4件): each is a part of a city's or county's report
                    r"|(?:^|(?<=年|年度))(?:政府|部门)(?:本级)?$"
                    # a township named as the clause's subject (石岭乡主动公开…, 2023年，石岭镇人民政府收到…): a part of a
                    # county's or city's report, never a word that merely ends in 乡/镇 (城乡, 乡村, 城镇化, 特色小镇, 各乡镇)
                    r"|(?:^|(?<=年|年度|其中))(?![度本我全各该其在])(?P<town>(?:(?!年)[\u4e00-\u9fff]){2,6}?(?<![城村集乡全本我各该下返家故重小市区街道有以由在])"
                    r"(?:乡|镇|苏木))(?!村|镇|级|街|域|化|风|土|贤|亲|情|愁|长|市|县|区))")
# a website, gazette, disclosure system or medium named after a government (市政府门户网站, 市政府信息依申请公开系统,
# 省政府微信公众号, 区政府官方微博) is a channel, not a part;
# only figures of the whole issuer are filtered by the part/whole test; sub-counts (其中网络申请5件) are not
# the kind words a body names itself by, bare (街道受理…), in its own report
_OWN_KIND = frozenset({"街道", "办事处"})
# … and a township's its government, bare (2020年，镇政府主动公开…), where the title's issuer is that 镇 or 乡
_OWN_GOVERNMENT = {"镇政府": "镇", "乡政府": "乡"}
_ALIAS = re.compile(r"简称[“\"]?([^()（）“”\"\s,，。]{2,8}?)[”\"]?[)）]")
# (the year closes the issuer's words, 关于 too before it: 某某经济合作局关于2023年…)
_TITLE_YEAR = re.compile(r"(?:关于)?(?:19|20)\d{2}年度?$")
# (a government with all its departments, 市政府及组成部门, 县政府及其各部门: the whole a government's report counts)
_ALL_OF = r"区|县|市|省|局"        # the places and bodies whose whole 全 says (全区, 全县, 全局)
WHOLE = LazyPattern(rf"全(?:{_ALL_OF})|各级|我(?:区|县|市|局|委|办|镇|乡|街道)|本(?:镇|乡|街道|办事处)|(?:我|本)(?:分|总)局"
                    r"|政府(?:及|和)(?:其)?(?:各|所属)?(?:组成|工作)?部门")
# the whole of a place or body opening a count's clause after a topic (围绕乡村振兴，全镇主动公开…: narrative_lists.topic_scoped):
# WHOLE's 全 words and the smaller bodies' too (全镇, 全乡, 全旗, 全街道, 全委, 全院). It says only that the count is all the
# work's, not one topic's; WHOLE leaves those out, since it says the issuer's whole against its parts (is_part), and a
# town's or an office's whole may be a part in a county's report (某某镇全镇…)
WHOLE_OPENING = rf"全(?:{_ALL_OF}|镇|乡|旗|街道|委|院)"

# a website the issuer's parts own named as the way items went out (通过所属部门网站…, 在各乡镇网站…, 下属单位官网…, 各园区官方网站…): what
# they put out, never the issuer's site nor its whole (the site right after the way verb or the clause's start; a list
# naming the issuer's own site before it, 通过县政府网站及各部门网站…, is not this)
# (never the whole area's bodies of every level as the subject, the way after them: 全市各级各部门通过门户网站主动公开…N条
# is the whole's count on its website, heldout66c)
_PARTS_SITE = LazyPattern(r"(?:^|[,，]|通过|在|利用|依托)(?!全[区县市镇乡旗]各级各(?:部门|单位)(?:通过|在|利用|依托))"
                          r"(?:全[区县市镇乡旗])?(?:各|所属|下属|其他|其它|相关|有关)"
                          r"[^,，。;；:：\d、等及和与]{0,6}?(?:部门|单位|科室|乡镇|镇街|街道|机构|站所|园区|片区|开发区|景区)"
                          r"[^,，。;；:：\d、等及和与]{0,4}?(?:网站|官网|外网|门户|网页)")


def parts_site(clause: str) -> bool:
    """Does a proactive count's clause (its words before the count) name its parts' website as the way it went out?"""
    return "网" in clause and _PARTS_SITE.search(clause) is not None


def alias_of(title: str) -> Optional[str]:
    """The short name a title declares for its issuer (（以下简称发改局）), if any."""
    m = _ALIAS.search(title)
    return m.group(1) if m else None


def is_part(prefix: str, title: Optional[str], alias: Optional[str] = None, for_government: bool = False,
            zero: bool = False) -> bool:
    """Does the clause before a figure name a part of the issuer (区政府, 街道, 分局…), not the whole (全区, 我局)
    nor the issuer itself (four or more characters of the title around the part word: 玉桥街道, 市政府办公室; or the
    short name the title declares for it, 发改局)? `for_government`: the text never speaks of its area's whole or
    other bodies (patterns.AREA_WHOLE), so an office counting for its government (市政府办公室代表市政府) in that
    government's or office's report is the issuer. `zero`: the clause says none (县政府…没有收取费用), and the
    government an office's or government's title names by its level is then the issuer (none of its is none of the
    report's; its count may be only its own level's)."""
    if WHOLE.search(prefix):
        return False
    acting = (OFFICE_FOR_GOVERNMENT.search(prefix) if "代" in prefix else GOVERNMENT_WITH_OFFICE.search(prefix)
              if "含" in prefix or "包括" in prefix else None) if for_government and title else None
    if acting is not None and _governs(title, acting["level"]):
        prefix = prefix[:acting.start()] + prefix[acting.end():]
    for m in PART.finditer(prefix):
        a, b = m.span()
        if alias and prefix[:b].endswith(alias):
            continue
        word = prefix[a:b]
        if zero and title and word[-2:] == "政府" and len(word) == 3 and _governs(title, word[0]):
            continue
        if m["town"] is not None:
            if not title or not _own_town(word, title):
                return True
            continue
        street_office = word == "办事处" and prefix[a - 2:a] == "街道"      # a street's office in full (…街道办事处)
        # (… bare too, 本年度街道办事处收到…: the kind word is then 街道, the title's, and the name starts before it)
        k, kind = (a - 2, "街道") if street_office else (a, word)
        if title and (k == 0 or prefix[k - 1] in "年度" or not "\u4e00" <= prefix[k - 1] <= "\u9fff") and (
                (word in _OWN_KIND and kind in title) or _own_government(word, title)):
            continue    # a 街道's report names itself by its kind (2019年度街道受理…), a 镇's as 镇政府: no named part
        if not title:
            return True
        # an office's report names itself short (市政府办公室 in 平度市人民政府办公室's report)
        short = title.replace("人民政府办公", "政府办公")
        if not any(_names_itself(prefix, a, b, t) for t in {title, short}) and not _short_name(word, title) \
                and not _spelled_out(prefix[:b], title):
            # … and a 街道's its office in full (长风新村街道办事处 in 长风新村街道's report)
            if street_office and _names_itself(prefix, a - 2, a, title):
                continue
            return True
    return False


# the whole of a place above the issuer's as a clause's subject, right after the year (2022年全市各级行政机关共收到…
# in a district's report, 全省… in a county's or a city's): that place's figures, not the issuer's (never a place's
# whole named after the subject: 通过全市统一平台…). The issuer's own place is the lowest the title names: words
# that only end in a place's kind are none (城市, 市场, 社区, 小区, 园区, 自治区, 地区 — a prefecture, whose whole is 全区)
_WIDER_SUBJECT = re.compile(r"(?:(?:19|20)\d{2}年度?|全年|本年度?|今年)?(?:以来)?[,，]?(?P<whole>全(?:省|市|州|盟))")
_NOT_PLACE_KIND = re.compile(r"城市|市场|超市|都市|社区|小区|园区|自治区|地区|特别行政区")
_BELOW = {"全省": "市州盟区县旗", "全市": "区县旗", "全州": "区县旗", "全盟": "区县旗"}


def wider_whole(prefix: str, title: str) -> Optional[str]:
    """The whole of a place above the title's issuer a count's clause opens with (全市 in 黄陂区's report, 全省 in a
    city's): another place's figure, none of the report's; None if it opens with none."""
    m = _WIDER_SUBJECT.match(prefix)
    if m is None:
        return None
    issuer = _NOT_PLACE_KIND.sub("", _TITLE_YEAR.sub("", title))
    return m["whole"] if any(kind in issuer for kind in _BELOW[m["whole"]]) else None


# … and the sentences after it in its paragraph that name no subject of their own (…申请208件。办理信息公开行政复议12件…):
# still that place's, up to a sentence naming the issuer's own whole or itself (我区, 全区, 本机关…)
_OWN_SUBJECT = re.compile(r"[本我](?:机关|单位|部门|级)")
_NEXT_SENTENCE = re.compile(r"[。;；！？!?]")
_DIGIT = re.compile(r"\d")


def wider_run_end(ctext: str, cs: int) -> int:
    """Where the wider whole's say, from its clause at cs, ends: its paragraph's end, or the first sentence after it
    that names a whole or the issuer before its first figure."""
    end = ctext.find("\n", cs)
    end = len(ctext) if end < 0 else end
    for m in _NEXT_SENTENCE.finditer(ctext, cs, end):
        digit = _DIGIT.search(ctext, m.end(), end)
        head = ctext[m.end():digit.start() if digit else end]
        if WHOLE.search(head) or _OWN_SUBJECT.search(head):
            return m.end()
    return end


# a request addressed to a government by its level (受理…向县政府提出的…申请): the issuer's own only where the title's
# issuer is that government itself (兴和县人民政府, 2024年兴和县) or its office, which answers the requests made to it
# (邢台市人民政府办公室: 受理向市政府提出的…申请176件), never a department (…县发改局)
_ADDRESSED = re.compile(r"向([县区市旗])(?:人民)?政府(?:提出|提交|递交)")
_GOVERNMENT_OFFICE = re.compile(r"(?:人民)?政府(?:办公室|办公厅)$")


def _place_of(name: str) -> str:
    """A government's name without its word for government (兴和县人民政府 → 兴和县)."""
    return name.removesuffix("人民政府").removesuffix("政府")


def addressed_elsewhere(match: str, title: Optional[str]) -> bool:
    """Does a request count's match say the requests went to a government (向县政府提出) the title does not name as
    the issuer?"""
    m = _ADDRESSED.search(match) if "向" in match else None
    if m is None:
        return False
    issuer = _TITLE_YEAR.sub("", title or "")
    return not _place_of(_GOVERNMENT_OFFICE.sub("人民政府", issuer)).endswith(m.group(1))


# a body's long words and their short forms, folded to the short (淄博经济开发区管理委员会 and 经开区管委会 alike)
_SHORT_FORMS = (("管理委员会", "管委会"), ("人民政府", "政府"), ("经济技术开发区", "经开区"), ("经济开发区", "经开区"))
_SELF_ADDRESSEE = re.compile(r"(?:本|我)(?:机关|单位|部门|局|委|办|中心|镇|乡|街道|县|区|市|旗)")
_OFFICE = re.compile(r"(?:办公室|办公厅)$")


def _short(name: str) -> str:
    for long, short in _SHORT_FORMS:
        name = name.replace(long, short)
    return name


def addressed_to_issuer(to: str, title: Optional[str]) -> bool:
    """Is every body a request count says the requests were addressed to (向A、B提起的) the issuer: its word for itself
    (本机关, 我局), the end of the title's name (short forms folded: 经开区管委会办公室 in 淄博经济开发区管理委员会办公室's), or,
    in an office's report, the body it is the office of (经开区管委会: the office answers the requests made to it)?"""
    issuer = _short(_TITLE_YEAR.sub("", title or "").strip())
    owner = _OFFICE.sub("", issuer)
    return all(_SELF_ADDRESSEE.fullmatch(body) or len(body) >= 3 and issuer and (
        issuer.endswith(body) or owner != issuer and owner.endswith(body)) for body in map(_short, to.split("、")))


def names_issuer(who: str, title: Optional[str]) -> bool:
    """Is `who`, a body a review is said to be against (没有针对青禾镇信息公开的行政复议), the title's issuer: the end of its
    name (扎格斯台苏木 in 正蓝旗扎格斯台苏木's report), never a larger place or another body? A government's office is named
    with or without 人民 (区政府办公室 in 某某区人民政府办公室's report)."""
    who = _place_of(who).replace("人民政府", "政府")
    return len(who) >= 2 and _place_of(_TITLE_YEAR.sub("", title or "")).replace("人民政府", "政府").endswith(who)


def _governs(title: str, level: str) -> bool:
    """Does the title (cut before 政府信息公开) name a government of that kind of place (岚峰市人民政府), or its office?
    (a space may part the name from the year: 岚峰区人民政府办公室 2023年)"""
    issuer = _TITLE_YEAR.sub("", title).rstrip()
    return any(issuer.endswith(level + g + o) for g in ("人民政府", "政府") for o in ("", "办公室", "办公厅"))


def _own_government(word: str, title: str) -> bool:
    """Is `word` (镇政府, 乡政府) the issuer itself: does the title (cut before 政府信息公开) name a 镇 or 乡 as its issuer?"""
    place = _OWN_GOVERNMENT.get(word)
    if place is None:
        return False
    issuer = _TITLE_YEAR.sub("", title)
    return _place_of(issuer).endswith(place)


def _own_town(word: str, title: str) -> bool:
    """Is the township named as a clause's subject (石岭镇, 青禾县石岭镇) the title's issuer (石岭镇人民政府, 青禾县石岭镇)?"""
    issuer = _TITLE_YEAR.sub("", title)
    return word in issuer or word.endswith(_place_of(issuer)) and len(_place_of(issuer)) >= 3


def _names_itself(prefix: str, a: int, b: int, title: str) -> bool:
    """Do four or more characters of the title stand around the part word prefix[a:b]?"""
    # the part word may open with words before the name (通过海南省地震局… matches 过海南省地震局): drop them
    while b - a > 1 and prefix[a:b] not in title:
        a += 1
    if prefix[a:b] not in title:
        return False
    while a > 0 and prefix[a - 1:b] in title:
        a -= 1
    while b < len(prefix) and prefix[a:b + 1] in title:
        b += 1
    return b - a >= 4


def _short_name(word: str, title: str) -> bool:
    """Is the part word the title's issuer said short, its characters the issuer's in order, at least four, ending
    as it ends (市城管局 in 杭州市城市管理局's report; 市公安局 never in 市交通运输局's)? Words before the name
    (2023年市城管局) are dropped first. Three will do where the name is said without its place, two characters of
    its name's words, none a place's kind (经合局 in 兰州新区经济合作局's report; 区財局 never: 区 is a place)."""
    issuer = _TITLE_YEAR.sub("", title)
    if word.endswith("委") and issuer.endswith("委员会"):
        issuer = issuer[:-2]                    # (县发改委 is 县发展和改革委员会 said short)
    while word and word[0] not in issuer:
        word = word[1:]
    if len(word) >= 3 and word[0] in _PLACE_KINDS and issuer.endswith(word):
        return True                             # (市科委 in 上海市科委's report: the name after its place's)
    if len(word) < 3 or not issuer or word[-1] != issuer[-1]:
        return False
    if len(word) == 3 and (any(c in _PLACE_KINDS for c in word[:2]) or word[:2] in issuer):
        return False            # (a place's kind, or two characters together in the name: 合作局 is no short name)
    rest = iter(issuer)
    return all(c in rest for c in word)         # a subsequence: each character found after the one before


def _spelled_out(before: str, title: str) -> bool:
    """Is the part word the title's short issuer spelled out (县人力社保局 or 县人力资源和社会保障局 in 县人社局's report,
    区卫生健康局 in 区卫健局's, 市住房和城乡建设局 in 市住建局's): the issuer's characters in order from the word's first to
    its last, at most four more between two of its name's and three before its kind character (局), which it prints once?
    The issuer's place may stand before the name (东乡县人社局: 县人社局…). A sub-body named after it (区人社局就业局;
    市公安交通管理局 in 市公安局's report: four before 局) stays a part."""
    issuer = _TITLE_YEAR.sub("", title)
    # the name runs back from the part word's end to the clause's words before it (2021年，通过…): up to 14 characters
    # (the name is the shortest spelling that ends the clause's words: 在区委领导下区卫生健康局 gives 区卫生健康局)
    words = _NOT_NAME.split(before)[-1][-14:]
    if words.endswith("委员会") and issuer.endswith("委"):
        words = words[:-2]                      # (县卫生健康委员会 is 县卫健委 spelled out)
    if len(issuer) < 4 or not words or words[-1] != issuer[-1]:
        return False
    starts = [0] + [k for k in range(1, len(issuer) - 3) if issuer[k] in _PLACE_KINDS]
    for k in starts:
        m = _spelled(issuer[k:]).search(words)
        if m and m.group().count(issuer[-1]) == 1:
            return True
    return False


_PLACE_KINDS = frozenset("省市县区州旗盟")
_NOT_NAME = re.compile(r"[^\u4e00-\u9fff]|年度?")


@lru_cache(maxsize=256)
def _spelled(short: str) -> "re.Pattern[str]":
    return re.compile(".{0,4}".join(map(re.escape, short[:-1])) + ".{0,3}" + re.escape(short[-1]) + "$")
