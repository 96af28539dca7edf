"""The period a figure in a sentence counts (extract/narrative.py): the report's year, a running total since
the Regulations (cumulative), or neither, from the words of its sentence before and after it."""
from __future__ import annotations

import re
from typing import Optional

from ..genre import PERIOD as _STATED_PERIOD
from ..patterns import PERIOD_FIELD, STATED_HEAD, LazyPattern

# 全年累计 / 本年度累计 is the year's own total, not a running one
_CUMULATIVE = LazyPattern(r"(?<!年|年度)累计|以来|历年")
# A running total (period_of): 截至2018年底 / 到目前 / 以来 / 历年 say the figure runs over years, 累计 alone
# may be the year's own when its sentence opens with the report year (2012年，全局累计主动公开…). It is the schema's
# cumulative (since the Regulations, 2008) only where the sentence says so (历年, 条例施行以来, 自2008年…以来) or
# gives no start but says 累计 up to an end (截至2018年底累计…); a later start (自2014年以来, 网站开通以来) is neither.
# (到2019年底累计… says the end as 截至 does, where 累计 follows at once; never a period's 1月1日到12月31日, and
# 到2016年底，共… stays the year's as before)
# (目前 bare before a sum, 目前共主动公开…373条 / 目前，我镇共…: what stands by now, as 到目前 is)
# (a clause opened by a year's end, 2023年底，本单位累计…, ends a running total as 截至2023年底 does; the year's digits
# first, so the search looks for them rather than trying the look-behind everywhere)
# (至今年 is this year, not 至今: 2023年转至今年办理的3件 in a 2024 report; 至今年底 ends a running total still)
_RUNNING_END = LazyPattern(r"截至|截止|到目前|至今(?!年(?!底|末))|迄今|目前为止|(?<![日起])到(?=(?:19|20)\d{2}年(?:底|末)累计)"
                           r"|(?:19|20)\d{2}(?<=(?:^|[\n,，;；。])\d{4})年(?:底|末)(?=[,，]?[^,，。;；:：\d]{0,12}?累计)"
                           r"|(?<!截至|截止|到)目前(?=[,，]?(?:(?:我|本|全)[\u4e00-\u9fff]{1,3}?)?(?:已(?:经)?)?(?:共|累计|总共|总计|合计))")
# a start said with 至今 or 起 right after its date (2008年至今累计…, 自2008年5月1日起累计…) is one as …以来 is;
# a year whose 年 was lost right before 以来 (2024以来，未发生…) is the same start
_SINCE = LazyPattern(r"(?P<y>(?:19|20)\d{2})(?:年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[^,，。;；:：\d]{0,8}?以来|至今|起)|以来)"
                     r"|(?:(?P<own>今年|本年度?|年初|年内))?以来")
_SINCE_2008 = LazyPattern(r"(?:条例|办法|规定)》?[^,，。;；]{0,10}?(?:颁布|公布|施行|实施|生效)")
# a start the year lies inside, the work's own (开展政府信息公开工作以来): a figure over it is no year's, but none
# over it (…以来未收取…费用) is none that year too (自2014年以来 names another year: not read, as above)
RUNNING = "running"
# a running total up to the year's end or later from a start the sentence does not say (截止2020年12月31日，共收到…0件;
# 截至目前，共…): the year lies inside it, so a zero over it is none that year too (any other count is not read)
ENDED = "ended"
# a count up to an end said with no start, no sum word and no year word after it (截止2020年12月31日，我镇…公开…634条):
# the year's or all since a start not said, the sentence does not say which. The handling of the year's requests
# (截至12月31日已答复45件) is their state at that end (state_at_end); a zero is none that year either way; any
# other count is not read, and said
UNSETTLED = "unsettled"
_UP_TO_YEAR_END = LazyPattern(r"(?:截至|截止)(?:(?:19|20)\d{2}年)?(?:12月31日|12月底|年?底|年?末|目前|今)|到目前|至今|迄今|目前")
# … unless the end is the last day of the report's own year by its digits (截止2023年12月31日，我办收到…29件; the date
# damaged, 截至20231231日): with no sum word after it the count is that year's, as the report's period is
_OWN_YEAR_END = LazyPattern(r"(?:截至|截止)(?P<y>(?:19|20)\d{2})(?:年12月31日|1231日|年12月底|年(?:底|末))")
# (… or the disclosure itself as the start, opening its sentence: 政府信息公开以来,我镇没有发生…行政复议…等情况, hunt66)
_WORK_BEGAN = LazyPattern(r"(?:(?:开展|启动|推行|实施|开始)[^,，。;；:：\d]{0,10}?工作|工作(?:开展|启动|推行|实施|开始)"
                          r"|(?<![\u4e00-\u9fff])(?:政府)?信息公开(?:工作)?)$")
_RUNNING_SUM = LazyPattern(r"(?<!年|年度)累计")
# a bare 累计 that has reached its figure by now (累计主动公开政府信息已达657条) ends where 截至目前 would
_REACHED = LazyPattern(r"已(?:经)?(?:达到|达)")
_HISTORIC = LazyPattern(r"历年")
# the year named by itself (本年度, 今年, 当年, 全年): one spelling for the patterns below, and for the words that open a
# count's clause as the whole's after a topic (narrative_lists.topic_scoped); _YEAR_WORD adds the words of a span that is
# the year (年内, 1月1日至…, 一年来)
YEAR_ITSELF = r"本年度?|今年|当年|全年"
# the first year whose report templates (2019, 2021) count no running total: a bare 累计 (no start, end nor 历年) in such
# a report whose text declares its statistics period as the year counts that year (门户网站累计公开各类政府信息675条,
# 微信公众号发布信息251条 in a 2023 report, heldout66c); in a legacy report it may run from any start: not read
_NO_RUNNING_TOTALS = 2019
# the year and the running total said at once (本年度及历年无收费): the figure is both
BOTH = LazyPattern(rf"(?:{YEAR_ITSELF})(?:及|和|与|、|以及)历年")
# (共 of a word is none: 公共服务, 中共, 共同, 共享, 共建 — 截至12月…公共服务等方面信息423条 is the year's state)
_SUM_WORD = LazyPattern(r"共(?<!公共|中共)(?!同|享|建|识|产党)|总计|合计|累计")
# the year's new ones said after a 累计 in its sentence (2020年累计主动公开275条，其中本年度新增32条; 累计8775条
# (2025年新增388条)): the 累计 runs over years from a start the sentence does not say, even after a year word
_NEW_OF_YEAR = LazyPattern(rf"(?:{YEAR_ITSELF}|(?:19|20)\d{{2}}年度?)(?:内)?新增")
# … or its part 其中 says went out that year on the sites it names (累计公开846条，其中本年度在县政府网站…公开214条)
_YEAR_ON_SITE = LazyPattern(rf"(?<=其中[,，:：]?)(?:{YEAR_ITSELF}|(?:19|20)\d{{2}}年度?)(?:内)?(?:在|通过)"
                            r"[^,，。;；:：\d]{1,30}?(?:网站|网|平台|专栏)(?:上)?(?:共)?(?:主动)?(?:公开|发布|公布)")
# … or said right before the verb of the figure's own clause (历年累计52条，其中2010年新增主动公开政府信息14条)
_NEW_BEFORE = LazyPattern(rf"(?:{YEAR_ITSELF}|(?P<y>(?:19|20)\d{{2}})年度?)(?:内)?新增(?:了)?$")
# (一年来 / 一年以来 / 过去一年 / 这一年: the year the report looks back on; 十一年来, 两年来 count years)
_YEAR_WORD = LazyPattern(YEAR_ITSELF + r"|年内|年度内|1月1日(?:起)?(?:至|到|-|—)|(?<![\d十百千两几多第])一年(?:以)?来|过去一年|这一年")
_NAMED_YEAR = LazyPattern(r"((?:19|20)\d{2})年")
# the report's year said as its 年度 after a running end (截止12月31日止，本镇2011年度共…) is the year's own
_NAMED_YEAR_OWN = LazyPattern(r"((?:19|20)\d{2})年度(?!末|底)")
# the cases carried over a year's boundary (结转下年度继续办理246件, 上年结转3件) are a state at that boundary, never a
# running total: only their own clause's words say their period, not a running word of a clause before it that counts
# something else (各级行政机关累计办理政府信息公开申请11238件,结转下年度继续办理246件: the 累计 is the 11238's)
AT_YEAR_END = frozenset({"requests.carried_forward", "requests.carried_over"})


def boundary_clause(ctext: str, cs: int, s: int) -> int:
    """Where the period of a count carried over a year's boundary (AT_YEAR_END) is judged from: its clause [cs, …), or
    the bracket it stands in there (累计处理政府信息公开申请46件(含上年度结转1件): the 累计 is the 46's, the bracket
    is the boundary's own clause)."""
    b = ctext.rfind("(", cs, s)
    return b + 1 if b >= 0 and ctext.find(")", b, s) < 0 else cs
# A clause that opens with a year ("2017年共受理…", "2017年，…") is about that year: in a report of another
# year its figures are not the report's (与2017年相比 opens with 与, not a year)
# (a year a running total starts from, 2008年至今累计… / 2008年以来, opens no clause about that year)
# a year that opens a carried-over count (2021年结转…2件 in a 2022 report) names where the cases came from, not the
# clause's year: the clauses after it are the report's (…，共办结10件，结转2023年度继续办理2件)
# (a heading run into its paragraph, its line break lost: …(一)主动公开情况2024年，… opens a clause with the year too)
_CLAUSE_YEAR = LazyPattern(r"(?:^|(?<=[,，;；。！？!?\n]|情况(?=(?:19|20)\d{2}年[,，])))(?:在|于)?((?:19|20)\d{2})年"
                           r"(?!(?:\d{1,2}月(?:\d{1,2}日)?)?(?:至今|以来|起))"
                           r"(?!度?(?:的)?(?:未办结的?)?结转)")


# A part of the year said before the figure counts that part only, never the year's total: a month range that is not
# the whole year (2017年7-12月…共计1945条, 7月至12月, 1—6月, 7月1日至12月31日; never 1月1日至12月31日), a half or
# quarter (下半年, 第四季度, 前三季度), a start inside the year (7月以来, 2017年7月起; 2008年5月 is the Regulations'
# start, the whole counting period of a 2008 report). A year word after it (…，全年共…) takes the figure back.
_PART_OF_YEAR = LazyPattern(
    r"(?<!\d)(?P<a>\d{1,2})(?:月份?(?:\d{1,2}日)?)?起?(?:至|到|-|—|–|~)(?:(?P<by>(?:19|20)\d{2})年)?(?P<b>\d{1,2})月"
    r"|[上下]半年|(?:第?[一二三四1-4]|前[两二三23])季度"
    r"|(?:(?P<sy>(?:19|20)\d{2})年)?(?<!\d)(?P<c>\d{1,2})月份?(?:\d{1,2}日)?(?:以来|起(?!至|到))")


# A span of days said before the figure (从2014年1月1日至2014年11月30日，累计主动公开…; its 年 and 月 lost in a crawl,
# 从201411日至20141130日) is the year's own where it is the report's whole year by its digits or the very span the text
# states as its statistics period (报告中所列数据的统计期限自2014年1月1日起至2014年11月30日止: the report counts that
# part of the year); both ends in the report's year. Days are compared by their digits, so a lost 年 or 月 compares equal.
_DAY = r"(?:19|20)\d{2}年?\d{1,2}月?\d{1,2}日"
_SPAN_OF_DAYS = (r"(?P<a>" + _DAY + r")起?(?:至|到|[-—–~])(?P<b>(?P<by>(?:19|20)\d{2}(?=年?\d{1,2}月?\d{1,2}日))?"
                 r"年?\d{1,2}月?\d{1,2}日)")
_DAY_SPAN = LazyPattern(_SPAN_OF_DAYS)
_STATED_SPAN = LazyPattern(PERIOD_FIELD + r"[^。]{0,20}?" + _SPAN_OF_DAYS)
_NOT_DIGIT = re.compile(r"\D")


def _span_digits(m) -> tuple[str, str]:
    """A day span's two ends as their digits, the end's year taken from the start where the end does not say it."""
    a, b = _NOT_DIGIT.sub("", m["a"]), _NOT_DIGIT.sub("", m["b"])
    return a, b if m["by"] else a[:4] + b


def _own_span(ctext: str, ss: int, s: int, year: Optional[int]) -> int:
    """Where the last span of days in [ss, s) that is the report's whole year or its stated statistics period ends, or -1."""
    if year is None or "日" not in ctext[ss:s]:
        return -1
    last, stated = -1, None
    for m in _DAY_SPAN.finditer(ctext, ss, s):
        a, b = _span_digits(m)
        if a[:4] != str(year) or b[:4] != str(year):
            continue
        if (a, b) != (f"{year}11", f"{year}1231"):
            if stated is None:
                stated = {_span_digits(p) for p in _STATED_SPAN.finditer(ctext, 0, min(len(ctext), STATED_HEAD))}
            if (a, b) not in stated:
                continue
        last = m.end()
    return last


def _part_of_year(ctext: str, ss: int, s: int, year: Optional[int]) -> int:
    """Where the last words before s in its sentence [ss, s) that name a part of the year end, or -1."""
    last = -1
    for m in _PART_OF_YEAR.finditer(ctext, ss, s):
        if m["a"] is not None and int(m["a"]) <= 1 and int(m["b"]) >= 12:
            continue                # 1月1日至12月31日, 1-12月: the whole year
        if m["c"] is not None:
            named = int(m["sy"]) if m["sy"] else year
            if int(m["c"]) <= 1 or (named is not None and year is not None and named != year) or (
                    named == 2008 and int(m["c"]) == 5):
                continue            # 1月起, a start in another year (自2008年5月1日起 in a 2012 report: period_of's)
        last = m.end()
    return last


def declares_year(ctext: str, year: Optional[int]) -> bool:
    """Does the text declare its statistics period as the report's year (本年报中所列数据的统计时限为2023年1月1日至12月31日;
    genre.PERIOD, one owner)? A count up to that year's end is then the year's (period_of's `declared`)."""
    return year is not None and ("统计" in ctext or "所列数据" in ctext) and any(
        int(m["year"]) == year for m in _STATED_PERIOD.finditer(ctext))


def period_of(ctext: str, ss: int, s: int, e: int, year: Optional[int], se: Optional[int] = None,
              f: Optional[int] = None, declared: bool = False) -> Optional[str]:
    """The period of the figure matched at [s, e) in its sentence [ss, se): "year", "cumulative" (a running total
    since the Regulations), RUNNING (since a later start before the report's year), ENDED (up to the year's end from
    a start not said), or None when the sentence does
    not settle it. The last word before the figure that
    names a period decides: 截至 / 历年 / …以来 over an earlier 全年 or 2018年，; a bare 累计 yields to any year word,
    unless the sentence goes on to the year's new ones (其中本年度新增…), which are the year's by their own words.
    f is where the figure itself starts (its number, inside the match; s when not given): the running words (截至,
    累计) are those before it, the match's own included, and a year word in the match before it settles a bare 累计
    (主动公开本年度政府信息累计120条 is the year's, as 本年度，累计… is) but never a running word (历年, 以来, 截至…);
    a year the match names by its digits (its ty/py/ny groups, 比2019年减少) is the row's own to check, so another
    year is looked for before the match only. `declared`: the text declares its statistics period as the year
    (declares_year)."""
    f = s if f is None else max(s, f)
    new = _NEW_OF_YEAR.match(ctext, s) or _YEAR_ON_SITE.match(ctext, s)
    if new:                     # the figure says it is the year's new ones (今年新增94条 after a running total)
        named = _NAMED_YEAR.match(new.group())
        return "year" if named is None or year is None or int(named[1]) == year else None
    part = _part_of_year(ctext, ss, s, year)
    if part >= 0 and part > max([m.end() for m in _YEAR_WORD.finditer(ctext, ss, s)]
                                + [_year_clause(ctext, ss, s, year), _own_span(ctext, ss, s, year)]):
        return None             # 2017年7-12月…1945条, 下半年…: a part of the year's count
    if part < 0 and _paragraph_of_part(ctext, ss, s, year):
        return None             # 1—11月，全市共受理…。…，并无任何收费事项: the paragraph's part, not the year
    if "新增" in ctext[max(ss, s - 4):s]:
        new = _NEW_BEFORE.search(ctext, max(ss, s - 12), s)
        if new:                 # 其中2010年新增主动公开…14条: the year's new ones, whatever runs before them
            return "year" if new["y"] is None or year is None or int(new["y"]) == year else None
    if not _CUMULATIVE.search(ctext, ss, e) and not _RUNNING_END.search(ctext, ss, f):
        if se is not None and "累计" in ctext[ss:f] and _NEW_OF_YEAR.search(ctext, e, se):
            return None         # 2020年累计…275条，其中本年度新增…32条: 275 runs from a start not said
        return "year"           # most sentences: no running word at all
    if year is not None and any(int(y) not in (year, 2008) for y in _NAMED_YEAR.findall(ctext, ss, s)):
        return None             # an end or start in another year: another period
    own, inner = _own_year(ctext, ss, s, year), _own_year(ctext, ss, f, year)
    strong, start = -1, None    # the last running word that outranks a year word, and the start the sentence says
    covers = True               # every later start said is the work's own (a zero over it is the year's)
    for m in _SINCE.finditer(ctext, ss, e):
        if m.group("own") or (m.group("y") and year is not None and int(m.group("y")) == year):
            own = max(own, m.end())                                 # 今年以来, 2018年以来: this year's
            continue
        strong = max(strong, m.start())
        if m.group("y") == "2008" or _SINCE_2008.search(ctext, max(ss, m.start() - 16), m.start()):
            start = start or "2008"
        else:
            start = "other"     # 自2014年以来, 网站开通以来: a running total, but not since the Regulations
            covers = covers and _WORK_BEGAN.search(ctext, max(ss, m.start() - 16), m.start()) is not None
    for m in _HISTORIC.finditer(ctext, ss, e):
        strong, start = max(strong, m.start()), start or "2008"
    ended = [m.start() for m in _RUNNING_END.finditer(ctext, ss, f)]
    if max(own, inner) < 0 and _RUNNING_SUM.search(ctext, ss, f):    # never over a year word (2016年，全局累计…已达)
        ended += [m.start() for m in _REACHED.finditer(ctext, s, e)]
    if ended:
        strong = max(strong, ended[-1])
    if strong < 0:              # a year word in the match settles a bare 累计 only, never a running word said before
        own = max(own, inner)   # it (历年累计主动公开全年预决算等…9013条 runs over years)
    if own > strong:
        return "year"           # a year word after the last running word (or beside a bare 累计)
    if start == "other":
        return RUNNING if covers else None
    if start == "2008" or (ended and _RUNNING_SUM.search(ctext, ss, e)):
        return "cumulative"     # 历年, 条例施行以来, 截至2018年底累计: from the start of the counting
    if ended and not _SUM_WORD.search(ctext, max(ended[-1], inner), e):
        # 截止2020年12月31日，我镇主动公开…634条: the year's, or all up to then (the caller's); a year word after the end,
        # the match's own too (截至12月31日，X委通过网站当年发布…393件; a 共 before it, …网站首页共当年更新信息371件), says the year's
        return "year" if inner > ended[-1] or _own_year_end(ctext, ended[-1], year) else UNSETTLED
    if ended and _UP_TO_YEAR_END.match(ctext, ended[-1]):
        # (… but the year's where the text declares its statistics period as that year and the end is its last day by
        # its digits: 统计时限为2023年1月1日至12月31日 … 截止2023年12月31日，我区…主动公开文件共783件)
        return "year" if declared and _own_year_end(ctext, ended[-1], year) else ENDED
        # 截至2018年底，共受理…: from a start the sentence does not say, up to the year's end
    if strong < 0 and declared and year is not None and year >= _NO_RUNNING_TOTALS:
        return "year"           # 累计… alone in a report of a template with no running totals, its period stated as the year
    return None                 # 累计… alone, or up to a day inside the year: from a start the sentence does not say


def years_part_of_running(ctext: str, ss: int, cs: int, s: int) -> bool:
    """Is the figure matched from s the year's part of a running total its sentence [ss, …) says before the figure's
    clause (from cs): 其中 names the year and the sites it went out on (截至2014年底，我镇累计主动公开…2468条，其中2014年
    通过县政府门户网站发布…517条)? period_of reads it as the year's (_YEAR_ON_SITE); it is the year's part of what the
    running total counts, whatever verb its site takes, so the caller reads it as that (a site's own posts said with
    发布 are the site's alone elsewhere: extract/narrative.py)."""
    return _YEAR_ON_SITE.match(ctext, s) is not None and _CUMULATIVE.search(ctext, ss, cs) is not None


def _own_year_end(ctext: str, at: int, year: Optional[int]) -> bool:
    """Does the running end at `at` name the last day of the report's year by its digits (截至2023年12月31日)?"""
    m = _OWN_YEAR_END.match(ctext, at)
    return m is not None and year is not None and int(m["y"]) == year


# the paragraph's first clause, where a part of the year may open it for all its sentences
_OPENING_CLAUSE = LazyPattern(r"[^,，。;；:：\n]{1,24}[,，:：]")


def _paragraph_of_part(ctext: str, ss: int, s: int, year: Optional[int]) -> bool:
    """Does the paragraph holding the sentence [ss, …) open, in an earlier sentence, with a part of the year as its
    first clause (1—11月，全市共受理…。经审查…，并无任何收费事项), and the sentence name no year of its own before s?"""
    lo = ctext.rfind("\n", 0, ss) + 1
    if lo >= ss or not ctext[lo].isdigit() and ctext[lo] not in "上下前第":
        return False
    first = _OPENING_CLAUSE.match(ctext, lo, ss)
    return first is not None and _part_of_year(ctext, lo, first.end(), year) >= 0 and _own_year(ctext, ss, s, year) < 0


def state_at_end(key: str) -> bool:
    """Is the key the handling of the year's requests (answered, granted, carried forward…): a count at an end date
    is theirs at that date, not a running total (new requests and their channels pile up as proactive counts do)."""
    return key.startswith("requests.") and not key.startswith(("requests.new", "requests.by_channel"))


def _own_year(ctext: str, ss: int, s: int, year: Optional[int]) -> int:
    """Where the last word in [ss, s) that names the report's year ends (全年, 本年, 2012年，…, 2012年度, a span of its
    days: _own_span), or -1."""
    return max([m.end() for m in _YEAR_WORD.finditer(ctext, ss, s)] + [_year_clause(ctext, ss, s, year), _own_span(ctext, ss, s, year)]
               + [m.end() for m in _NAMED_YEAR_OWN.finditer(ctext, ss, s) if year is not None and int(m[1]) == year])


def _year_clause(ctext: str, ss: int, s: int, year: Optional[int]) -> int:
    """Where the last clause before s in its sentence that opens with the report year ends its year (2012年，全局
    累计…), or -1."""
    last = None
    for last in _CLAUSE_YEAR.finditer(ctext, ss, s):
        pass
    if last is None or ctext.startswith(("底", "末"), last.end()):
        return -1               # 2023年底，…累计: the year's end a running total reaches, not the year's own
    return last.end() if year is None or int(last.group(1)) == year else -1


# the year before the report's, said by name (上年主动公开…88条, 去年收到申请8件, 上年同期): never the report's figure.
# Not a comparison (较上年, 比去年, 与上年相比), a base (在去年基础上) or last year's cases carried over (上年结转,
# 上年无结转, 上年转结 as a report may misprint it, 上年度未办结 the ones taken over: the clauses after it are this year's again;
# 度 may stand before any of them, 上一年度结转0件: never 上一年 read as the year with 度 left over)
_LAST_YEAR_WORD = r"(?:上一?年度?|去年|前年)(?:同期)?(?!度?(?:结转|转结|(?:无|没有)结转|(?:的)?未(?:办结|办理完毕|办完|答复)|以来|基础|的基础|相比|比较))"
_LAST_YEAR = LazyPattern(r"(?<![较比与同和跟])" + _LAST_YEAR_WORD)
# a clause that opens with the report's year by its own words (今年…, 本年度…) is about that year again
_CLAUSE_OWN_YEAR = LazyPattern(r"(?:^|(?<=[,，;；。！？!?\n]))(?:在|于)?(?:今年|本年度?)")
_CLAUSE_LAST_YEAR = LazyPattern(r"(?:^|(?<=[,，;；。！？!?\n]))(?:在|于|而)?" + _LAST_YEAR_WORD)


def other_year(ctext: str, ss: int, cs: int, s: int, year: Optional[int]) -> bool:
    """Is the figure at s about another year than the report's: its clause [cs, s) names the year before (上年,
    去年), or the last clause of its sentence [ss, s) that opens with a year names another one (2017年… in a 2018
    report; 上年…，… until a clause opens with 今年 or 本年度)?"""
    if _LAST_YEAR.search(ctext, cs, s):
        return True
    last, at = None, -1
    if year is not None:
        for last in _CLAUSE_YEAR.finditer(ctext, ss, s):
            pass
        at = last.start() if last is not None and int(last.group(1)) != year else -1
    for m in _CLAUSE_LAST_YEAR.finditer(ctext, ss, s):
        at = max(at, m.start())
    if at < 0:
        return False
    own = [m.start() for m in _CLAUSE_OWN_YEAR.finditer(ctext, at, s)]
    mine = last.start() if last is not None and int(last.group(1)) == year else -1
    return not own and mine <= at
