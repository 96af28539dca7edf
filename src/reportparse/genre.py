"""Is a text stored without its title line a 政府信息公开工作年度报告? What its opening says (the statute cited, the
report naming itself, the genre's section headings, a cover letter handing it over), and what other genres that
borrow the same words say of themselves (a guide, a catalogue, a work summary, an explanation, a model essay).
report_check.is_annual_report asks here when a text has no title.
"""
from __future__ import annotations

import regex

from .normalize import fold_traditional, search_form
from .patterns import CITED_TITLE, OPENING_CHARS, PERIOD_FIELD, LazyPattern, ordinal_bracketed, ordinal_marked, ordinals

# a half-year's or a quarter's account (现将2022年上半年…情况报告如下) is set out as a year's report is
PART_YEAR_WORDS = r"[上下]半年|季度"
# a model text to copy from: a report's words with no one's figures; never the 范文 inside 规范文字/规范文件/示范文明
MODEL_WORDS = r"(?<![规示])范文(?![字件明本书])"
# the report's own statistics period (本报告中所列数据的统计期限自2020年1月1日…), or one that starts later in the year and
# ends with it (a body set up mid-year: 统计期限自2016年8月19日起,至2016年12月31日止); never one into another year
# (a period whose 年 was lost between the year and the month, 统计期限为20231月1日至12月31日: the four digits are the year
# only where the whole year's days follow them, first to last)
PERIOD = LazyPattern(PERIOD_FIELD + r"[^。]{0,20}?(?<!\d)(?P<year>(?:19|20)\d{2})(?:\s*年\s*(?:1\s*月\s*1\s*日"
                     r"|\d{1,2}\s*月\s*\d{1,2}\s*日[^。\d]{0,8}?(?P=year)\s*年\s*12\s*月\s*31\s*日)"
                     r"|1月1日(?:起)?(?:至|到|[-—–~])(?:(?P=year)年)?12月31日)")
# A text without a title line (a page's body saved without its heading) is a report when its opening cites the
# statute and names itself (本报告根据《条例》…, …编制本报告, 现将…工作报告如下) or heads its sections by the
# genre's parts (二、政府信息主动公开情况 / 三、政府信息依申请公开情况; the search form folds 、 to a comma)
# … or, stored from its first section on, opens at the template's 一、总体情况 and goes on by the template's own parts:
# a section 二、主动公开政府信息情况 / 三、收到和处理政府信息公开申请情况, or three of 总体情况's five subsections in order
# ((一)主动公开 (二)依申请公开 (三)政府信息管理 (四)…平台建设 (五)监督保障); never where the opening calls itself a
# work summary, plan or key points (工作总结, 工作要点, 工作计划: those use the same headings)
_OVERVIEW_FIRST = LazyPattern(r"\s*一[,.．]\s*总体情况[ \t\u3000]*\s")
# a text run onto one line (a crawler that drops line breaks: "一、总体情况 2022年，… (一)主动公开情况 …"): its
# sections' numbers start lines again before the genre's headings are looked for
# a part's number in brackets, as its heading prints it after NFKC ((一) … (十二))
_PART_NUMBER = ordinal_bracketed(2, r"\(", r"\)")
_RUN_ON_SECTION = LazyPattern(r"[ \t\u3000]+(?=" + ordinal_marked(",.．", 2) + "|" + _PART_NUMBER + ")")
_RUN_ON_CHARS = 600
# … or opens at 一、总体情况 with a paragraph that says it was written, with the statute, to the notice on the year's
# reports (根据《条例》和《关于做好2020年度政府信息公开工作年度报告编制及发布工作的通知》要求,2020年度,…; 《关于做好2022年
# 政府信息公开年度报告的通知》): what that
# notice asks for is this report (never a page that is the notice itself, or calls itself another genre)
_FOLLOWS_REPORT_NOTICE = LazyPattern(r"(?:根据|依据|按照)[^。\n]{0,80}?《[^《》\n]{0,60}?(?<!\d)(?:19|20)\d{2}\s*年度?[^《》\n]{0,20}?"
                                     r"信息公开(?:工作)?(?:年度)?报告(?:[^《》\n]{0,12}?(?:编|发布|公布)[^《》\n]{0,12}?|的?通知)》"
                                     r"[^。\n]{0,12}?要求")
# … or opens with one paragraph that cites the government's own statute (a school's rules are another genre's) and then
# the template's 一、总体情况, whose first paragraph says the year's work (2021年，市卫生健康委高度重视…): the preamble a
# report puts above its overview, its title lost
# (a crawl's stray space inside the brackets, 《中华人民共和国政府信息公开条例 》, is the same name)
_GOV_STATUTE_NAME = r"《[ \t\u3000]?(?:中华人民共和国)?政府信息公开条例[ \t\u3000]?》"
_GOV_STATUTE = LazyPattern(_GOV_STATUTE_NAME)
_OVERVIEW_OF_THE_YEAR = LazyPattern(r"\s*一[,.．]\s*总体情况[ \t\u3000]*\n\s*(?:19|20)\d{2}\s*年")
# … or a cover paragraph that hands the year's work over (现将本年度工作情况报告如下：) and calls itself nothing else:
# then all three first parts of the template's overview must stand in place under it
_COVER_HANDS_OVER = LazyPattern(r"现将[^。:：\n]{0,24}?(?:工作)?情况报告如下[:：。]?\s*$")
_TEMPLATE_SECTION = LazyPattern(r"^[ \t\u3000]*(?:二[,.．]\s*主动公开政府信息情况|三[,.．]\s*收到和处理政府信息公开申请情况)", regex.M)
_TEMPLATE_PARTS = ("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障")
# (each part may be headed by what was done to it, a verb of doing the work well before it: (一)稳步推进主动公开,
# (三)积极抓好政府信息管理, (四)扎实做好平台建设)
_WORK_VERB = r"(?:(?:稳步|扎实|积极|切实|持续|全面|不断|认真|进一步)?(?:推进|抓好|做好|加强|强化|推动|深化|规范|优化|落实))?"
_TEMPLATE_PART = LazyPattern(r"^[ \t\u3000]*\((?P<n>[一二三四五])\)\s*" + _WORK_VERB + r"(?:政府信息)?(?P<part>主动公开|依申请公开|"
                             r"(?:政府)?信息(?:公开)?管理|(?:政府信息公开|政务公开)?平台建设|监督保障)", regex.M)
# … or, where it cites the statute, heads both the proactive and the request part as the status they report on, under
# any numbers ((二)主动公开情况 (三)依申请公开情况 after (一)领导组织…情况): a plan or summary heads what it will do or did
_STATUS_PART = LazyPattern(r"^[ \t\u3000]*" + _PART_NUMBER + r"\s*(?:政府信息)?(?P<part>主动公开|依申请公开)"
                           r"(?:政府信息)?(?:工作)?(?:开展)?情况[ \t\u3000]*$", regex.M)
_OTHER_GENRE = LazyPattern(r"工作(?:总结|要点|计划|方案)|实施方案|自查报告|整改报告")
# a report on the request handling alone (营口市2015年依申请公开政府信息工作情况的报告; 现将我市…依申请公开政府信息工作情况报告
# 如下): another report than the year's, which covers proactive disclosure too — its cover letter hands over no annual report
_REQUESTS_ONLY_REPORT = LazyPattern(r"依申请公开(?:政府信息)?工作情况的?报告")
# … never the plan a report says it carried out (认真贯彻落实国务院、省政府政务公开工作要点; 按照区政务公开工作方案): the
# text followed it and is none; nor a plan cited by its title (根据《…2015年政府信息公开工作要点的通知》)
# (the search form writes 、 as a comma: the gap may cross one; never one that makes or issues the plan: 落实…，制定本实施方案,
# 根据…要求，现将2022年政务公开工作要点印发; 统筹全年政务公开工作计划 arranges the work by a plan it is not; 围绕2024年某市政务
# 公开工作要点要求,及时公布… works to the plan too, heldout64b)
_FOLLOWED_PLAN = LazyPattern(r"(?:贯彻|落实|按照|根据|依据|对照|执行|统筹|围绕)(?:(?!制定|印发|出台|本)[^。;；\n]){0,30}?"
                             r"(?:工作(?:要点|计划|方案)|实施方案)(?![^。;；\n]{0,6}?(?:印发|如下|发给))")
# … nor one listed among the kinds of information put out (涉及机构职能、部门文件、工作计划、招商信息等; the search form
# writes 、 as a comma): an item of a list, a word of two or more on either side, never a heading's number before it
# (三、工作计划 heads a plan's part)
_LISTED_KIND = LazyPattern(r"(?<=[\u4e00-\u9fff]{2},)(?:工作(?:总结|要点|计划|方案)|实施方案)(?=,[\u4e00-\u9fff]{2}|等)")
# an opening that calls itself a guide or a catalogue (编制本指南, 本目录): the genre's headings (一、主动公开 /
# 二、依申请公开) and the statute are theirs too
# … or an explanation of a report (文字解读：关于X2023年…年度报告的解读), or a model essay (…年度工作报告范文) whose
# opening is a report's, year stripped
# (本 as "this", never the end of another word: 基本目录, 样本目录, 文本目录 are what a report says it compiled)
_NOT_THIS_GENRE = LazyPattern(r"(?<![基样文版副原标资成根])本(?:指南|目录)|(?:年度报告|年报)的?解读|" + MODEL_WORDS)
_PART_YEAR = LazyPattern(PART_YEAR_WORDS)
# … and a preamble that hands over the year's work and calls itself 本报告 (现将政府信息公开工作情况报告如下：如对本报告有任何
# 疑问…, a legacy report's opening): a report without the statute in its opening
_WORK_HANDS_OVER = LazyPattern(r"现将[^。:：\n]{0,20}?政府信息公开工作(?:开展)?情况报告如下")
# what a page about the year's reports reports on instead: their publication, compiling or filing (…年度报告公布情况,
# 年度报告编制和发布部署会), never a report's own content
ABOUT_REPORTS_WORDS = r"(?:公布|发布|编制|报送|上报)(?:和(?:公布|发布|报送))?(?:情况|工作|部署)"
# a notice's own words (…现印发给你们，请认真贯彻执行; 特此通知): a page holding a notice, whatever its title
_NOTICE = LazyPattern(r"现(?:将[^。\n]{0,12})?印发给你们|特此通知|现就有关事项通知如下|请(?:结合实际)?认真贯彻(?:执行|落实)")
# a page listing reports (a column's index, a notice's links to its units' reports): lines that are each a report's
# name (an issuer, a year, the genre's words), a date after it at most; three different names make a list
_LISTED_REPORT = LazyPattern(r"^[ \t\u3000•·●▪\-\d.、]*(?P<name>[^\s,，。;；:：|]{2,40}?(?<!\d)(?:19|20)\d{2}\s*年度?[^\s,，。;；:：|]{0,20}?"
                             r"(?:报告|年报))[ \t\u3000]*(?:[\[(（]?(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?[\])）]?)?[ \t\u3000]*$",
                             regex.M)
_LIST_MIN = 3
# a legacy report stored from its overview on (一、政府信息公开总体工作情况, or straight from its first subsection) states
# the overview's parts as numbered status headings ((一)组织机构建设情况 (二)《指南》和《目录》的更新情况 (三)…制度…情况
# (四)查阅场所建设情况): three of these parts, one of them the disclosure's own (指南, 目录, 查阅), with 信息公开 named
_LEGACY_PARTS = (("机构", "领导体制"), ("制度",), ("指南", "目录"), ("查阅",), ("宣传", "培训"))
_LEGACY_OWN_PARTS = 2, 3
_LEGACY_PART = LazyPattern(r"^[ \t\u3000]*" + _PART_NUMBER + r"(?P<h>[^\n。]{2,30}?)情况", regex.M)
_LEGACY_PARTS_MIN = 3
# … or the same parts said as the work done, each heading alone on its line ((一)建立健全领导体制和工作机制 (二)科学编制政府
# 信息公开指南和公开目录 (三)逐步完善政府信息公开配套制度): a plan's orders read so too, so the opening must also hold a
# status section of the report's own (二、主动公开政府信息情况)
_LEGACY_DONE = LazyPattern(r"^[ \t\u3000]*" + _PART_NUMBER + r"(?P<h>[^\n。:：]{2,30}?)。?[ \t\u3000]*$", regex.M)
_OWN_STATUS = ("主动公开", "依申请公开")
# … or a body whose title and preamble are lost (a page's excerpt from 一、 on) headed by the genre's own status
# sections: the requests' (二、政府信息依申请公开情况), the review and lawsuits' (四、复议、诉讼和申诉情况) and one more of
# its parts (一、政府信息与政务公开基本情况, 三、咨询情况, 主动公开, 收费): what a report says of its year, not a plan's orders
# (the search form writes 、 as a comma: 四,复议,诉讼和申诉情况)
# (an excerpt from inside a section on numbers its status sections as subsections: (二)依申请公开的政府信息情况 (三)咨询处理情况
# (四)复议、诉讼和申诉情况)
_STATUS_SECTION = LazyPattern(r"^[ \t\u3000]*(?:" + ordinal_marked("、.．,", 2) + "|" + _PART_NUMBER + ")"
                              r"(?P<h>[^\n。:：]{2,24}?)情况[ \t\u3000]*$", regex.M)
# … or by the sections the 2016-2018 reports had to add (三、发布解读、回应社会关切及交流情况 / 四、重点领域政府信息公开工作推进
# 情况) and the proactive one (五、主动公开政府信息以及公开平台建设等情况): the requests' section may come after the opening
# … or a legacy report's excerpt that starts at its second section, the template's own words for it (二、主动公开政府信息
# 的情况 on the first line: the overview before it cut off), naming no other genre
_LEGACY_SECOND_FIRST = LazyPattern(r"\s*二[,.．]\s*主动公开政府信息(?:的)?情况[ \t\u3000]*\n")
_STATUS_SECTIONS = ((("依申请公开", "政府信息公开申请"), ("复议", "诉讼"), ("主动公开", "公开基本", "公开总体", "咨询", "收费")),
                    (("发布解读", "回应社会关切"), ("重点领域",), ("主动公开",)))
# (a university's report cites its own statute, 《高等学校信息公开办法》, often alone; a local body's report may cite its
# province's or city's own rules alone, 《苏州市政府信息公开规定》, 《浙江省政府信息公开暂行办法》)
_STATUTE = LazyPattern(_GOV_STATUTE_NAME + r"|《条例》|《高等学校信息公开办法》"  # or a school's own
                       r"|《[^《》\n]{1,10}?(?:省|市|自治区)政府信息公开(?:暂行)?(?:规定|办法)》"
                       r"|《[^《》\n]{2,16}(?:大学|学院)信息公开[^《》\n]{0,10}》")     # rules under it
# a cover letter before the report: …编写了2021年政府信息公开工作年度报告，现将有关情况报告如下
# (a college's: 现将学院2014-2015学年信息公开工作年度报告如下)
# (never a notice on how the year's reports were published: …年度报告公布情况报告如下, 年度报告发布情况)
_HANDS_OVER = LazyPattern(r"政府信息公开(?:工作)?年度报告(?![^。]{0,6}?" + ABOUT_REPORTS_WORDS + r")[^。]{0,40}?报告如下"
                          r"|学年度?信息公开(?:工作)?(?:年度)?报告如下")
# (a paragraph may open with 报告 alone: 报告根据《条例》…编制而成; the report set out as compiled, 现将全年政府
# 信息公开年度报告编制如下)
_NAMES_ITSELF = LazyPattern(r"本(?:年度)?报告|本年报|编制本(?:年度)?报告|报告(?:编制)?如下|^[ \t\u3000]*报告(?:是)?(?:根据|依据|按照)",
                            regex.M)
# … or, citing no statute, opens by saying who compiled it (本报告由X政务公开办公室编制…) and goes on as the genre does: a
# statistics period of its own or the proactive and request sections, with 信息公开 named in the opening
_COMPILED_BY = LazyPattern(r"\s*本(?:年度)?报告(?:是)?由[^。\n]{2,60}?编制")
# … or, naming itself, says it follows the report format the State Council issued (…印发〈中华人民共和国政府信息公开工作年度
# 报告格式〉的通知》要求编制; the statute's own name may be lost to a mirror's spam): only a report is written to it
# (its trial edition's name too: 《中华人民共和国政府信息公开工作年度报告格式(试行)》)
_FORMAT_CITED = LazyPattern(r"[《〈](?:中华人民共和国)?政府信息公开工作年度报告格式(?:\(试行\))?[》〉]")
# (本报告主要由…组成: the contents it lists)
_THIS_REPORT = LazyPattern(r"本(?:年度)?报告(?:是|主要)?(?:由|根据|依据|按照)")     # (never 报告如下: a notice on the reports' publication)
# a page explaining a report, whatever its title says (文字解读：X年度报告): its sections are the explanation's
_EXPLAINS = LazyPattern(r"^[ \t\u3000]*" + ordinal_marked("、.．,，", 1) + r"\s*编制(?:背景|依据|目的)", regex.M)
_MODEL = LazyPattern(MODEL_WORDS)
_TITLED_HEAD = 400
# … or, having lost 本报告 from its first sentence, lists the genre's parts as a report's contents (全文由概述、主动公开政府信息
# 情况、依申请公开政府信息情况…等六个部分组成) and states the report's own statistics period (PERIOD)
# (or lists them with the template's own names and ends 等内容 / …事项: 全文包括总体情况、主动公开政府信息情况、收到和处理
# 政府信息公开申请情况…等内容; its opening then citing the statute or naming itself: 本报告中所列数据…; or as the parts'
# 模块: …其他需要报告的事项等六大内容模块。, heldout64b; the report called 本年报: 本年报由总体情况、主动公开政府信息情况、…
# 等五部分组成, heldout66)
_CONTENTS = LazyPattern(r"(?:全文|报告|年报|(?<=编制[,，])内容)(?:主要)?(?:由|包括)[^。\n]{0,40}?主动公开[^。\n]{0,40}?(?:依申请公开|政府信息公开申请)"
                        r"[^。\n]{0,160}?(?:[一二三四五六七八九十]个?部分|(?:等内容|事项)。|等?[一二三四五六七八九十]项内容。"
                        r"|等[一二三四五六七八九十]大?(?:内容)?模块。)")
# … or, its title lost, publishes or compiles the year's report in the clause after the documents it follows, at that
# clause's start (根据《条例》，编制X局2022年度政府信息公开报告; …要求，现向社会公布2023年度区水利局…年度报告; 特向社会公布
# 2024年度本机关…): never a clause whose subject has others compile them (我市组织各单位编制并发布…), nor a notice on
# the reports' publication (…年度报告公布情况); the name may stand in title marks (现编制形成《X局2023年…年度报告》，…)
# (its short name may follow in brackets: …公布《X2023年度政府信息公开工作年度报告》(以下简称《年报》)。, heldout66c)
_FOLLOWS_AND_PUBLISHES = LazyPattern(r"^[ \t\u3000]*(?:根据|依据|按照)《[^。\n]{0,300}?[,，](?:现|特)?(?:向社会)?(?:公布|发布|编制)了?"
                                     r"[^。\n,，]{0,30}?(?<!\d)(?:19|20)\d{2}\s*年度?[^。\n,，]{0,30}?信息公开(?:工作)?(?:年度)?报告"
                                     r"(?![^。]{0,6}?" + ABOUT_REPORTS_WORDS + r")(?=》?(?:[(（]以下简称[^()（）。\n]{1,12}[)）])?(?:[。,，]|$))")
# (the cheap test before _CONTENTS: 报告由 / 报告包括 / 报告主要由 / 年报由)
# (…报告根据…的规定编制,内容包括:总体情况、…等六项内容: its contents said after the verb that made it)
_REPORT_CONSISTS = LazyPattern(r"(?:报告|年报)(?:主要)?(?:由|包括)|(?<=编制[,，])内容(?:主要)?包括")
# (numbered 一、 or 1. / 1、 under a section: 1.主动公开方面 2.依申请公开方面)
_SECTION_NUMBER = r"^[ \t\u3000]*(?:" + ordinals(2) + r"|[1-9])[、.．,]"
_PROACTIVE_HEADING = LazyPattern(_SECTION_NUMBER + r"[^\n。，,]{0,12}主动公开", regex.M)
_REQUEST_HEADING = LazyPattern(_SECTION_NUMBER + r"[^\n。，,]{0,12}(?:依申请公开|政府信息公开申请)", regex.M)


def other_genre_with_a_title(text: str) -> bool:
    """Is a page whose title names a report another genre all the same: an explanation of the report set out by the
    解读 page's own parts (一、编制背景 二、编制依据 三、编制目的), or a model essay (范文) in its first lines (the title
    then taken from a sample's sentence)?"""
    head = text[:_TITLED_HEAD]
    return bool(("编制背景" in head or "编制依据" in head) and len(_EXPLAINS.findall(head)) >= 2
                or _MODEL.search(head))


def opening_is_report(text: str) -> bool:
    """For a text stored without its title line: does its opening cite the statute and name itself (本报告根据《条例》…
    编制, 编制本年报) or head its sections by the genre's parts, or is it a cover letter that hands the report over
    (…年度报告，现将有关情况报告如下)? What a report's preamble says, and a notice or news item does not.
    Traditional script is read as simplified."""
    head = fold_traditional(search_form(text[:OPENING_CHARS]))
    if "\n" not in head.rstrip()[:_RUN_ON_CHARS]:
        head = _RUN_ON_SECTION.sub("\n", head)
    if _REQUESTS_ONLY_REPORT.search(head):
        return False
    if _NOT_THIS_GENRE.search(head):
        return bool(_HANDS_OVER.search(head))
    return bool((_STATUTE.search(head) and (_NAMES_ITSELF.search(head) or (
        _PROACTIVE_HEADING.search(head) and _REQUEST_HEADING.search(head))))
        or ((_STATUTE.search(head) or _NAMES_ITSELF.search(head)) and _contents_and_period(head))
        or _FOLLOWS_AND_PUBLISHES.match(head.lstrip())
        or _HANDS_OVER.search(head)
        or _hands_over_work(head) or _template_overview(head) or _overview_follows_notice(head)
        or _compiled_by(head) or _legacy_overview(head)
        or (_THIS_REPORT.search(head) and _FORMAT_CITED.search(head))
        or _status_sections(head) or _legacy_second_first(head) or _overview_parts_first(head))


def lists_reports(text: str) -> bool:
    """Does the opening list three different reports by name, one a line (a column's index, a notice's links to its
    units' reports), rather than be one? Traditional script is read as simplified."""
    head = fold_traditional(search_form(text[:OPENING_CHARS]))
    names = {m["name"] for m in _LISTED_REPORT.finditer(head)}
    return len(names) >= _LIST_MIN


def notice_opening(text: str) -> bool:
    """Does the opening hold a notice's own words (现印发给你们, 特此通知): a notice, not a report?"""
    return bool(_NOTICE.search(fold_traditional(search_form(text[:OPENING_CHARS]))))


def _names_other_genre(head: str) -> bool:
    """Does an opening call itself another genre (a plan, a summary, a self-inspection), a plan it cites or says it
    carried out aside?"""
    return bool(_OTHER_GENRE.search(_LISTED_KIND.sub("", _FOLLOWED_PLAN.sub("", CITED_TITLE.sub("", head)))))


def _legacy_overview(head: str) -> bool:
    """Does a legacy report's overview, its title and preamble lost, state three of its parts as status headings
    ((一)…机构…情况 (二)…指南…目录…情况 (三)…制度…情况), one of them the disclosure's own, and call itself nothing else?"""
    if "信息公开" not in head or _NOTICE.search(head) or _names_other_genre(head):
        return False
    found = _legacy_parts(_LEGACY_PART, head)
    if len(found) < _LEGACY_PARTS_MIN or not any(i in found for i in _LEGACY_OWN_PARTS):
        found |= _legacy_parts(_LEGACY_DONE, head)
        if not any(w in m["h"] for m in _STATUS_SECTION.finditer(head) for w in _OWN_STATUS):
            return False
    return len(found) >= _LEGACY_PARTS_MIN and any(i in found for i in _LEGACY_OWN_PARTS)


def _legacy_parts(headings: LazyPattern, head: str) -> set[int]:
    """The parts of a legacy overview (_LEGACY_PARTS, by index) its headings found in head name."""
    return {i for m in headings.finditer(head) for i, words in enumerate(_LEGACY_PARTS) if any(w in m["h"] for w in words)}


def _status_sections(head: str) -> bool:
    """Is an opening headed by the genre's status sections, each part of one of _STATUS_SECTIONS' sets by one (a body
    whose title and preamble are lost), and naming no other genre?"""
    if _NOTICE.search(head) or _names_other_genre(head):
        return False
    heads = [m["h"] for m in _STATUS_SECTION.finditer(head)]
    return any(all(any(w in h for h in heads for w in words) for words in parts) for parts in _STATUS_SECTIONS)


def _legacy_second_first(head: str) -> bool:
    """Does the opening start at a legacy report's second section (二、主动公开政府信息的情况) and name no other genre?"""
    return bool(_LEGACY_SECOND_FIRST.match(head)) and not _NOTICE.search(head) and not _names_other_genre(head)


def _contents_and_period(head: str) -> bool:
    """Does an opening that lost its 本报告 (a copy cut before it: "根据《条例》…编制。全文由概述、主动公开…、依申请公开…
    等六个部分组成。报告中所列数据的统计期限自2016年1月1日…") list the genre's parts and give the report's own period?"""
    return bool(("全文" in head or _REPORT_CONSISTS.search(head)) and _CONTENTS.search(head) and PERIOD.search(head))


def _hands_over_work(head: str) -> bool:
    m = _WORK_HANDS_OVER.search(head)
    return bool(m and "本报告" in head and not _PART_YEAR.search(m.group()))


def _compiled_by(head: str) -> bool:
    """Does an opening that cites no statute say who compiled the report, name 信息公开, and give a statistics period
    or the proactive and request sections?"""
    return bool(_COMPILED_BY.match(head) and "信息公开" in head and (
        PERIOD.search(head) or (_PROACTIVE_HEADING.search(head) and _REQUEST_HEADING.search(head))))


# a page's chrome saved before the body (选择特殊符号 / 选择搜索类型 / 请输入搜索, 登录 注册): a few short lines that say no
# sentence, hold no figure and name nothing of the genre (never a title line: 岚峰县政务公开工作情况), passed over before
# 一、总体情况 is looked for; so are the portal's name (南京市某区人民政府, 某县政府门户网站) and its bare host (www.x.gov.cn)
# on lines of their own; and the site's footer, lines that hold its fields (版权所有：…, 主办单位：…, 地址：… 邮编：…, 网站
# 标识码：…, X公网安备…, ICP备…), saved above the body
_FOOTER_FIELDS = r"版权所有|主办单位|承办单位|网站标识码|公网安备|ICP备|邮编"
_CHROME_LINES = LazyPattern(r"(?:[ \t\u3000]*(?:(?![^\n]*(?:公开|政务|政府|报告|情况|工作|总结|年))[^\s。，,；;：:\d一二三四五六七八九十()]{1,12}"
                            r"|\p{Han}{2,16}?(?:人民政府|政府)(?:门户网站?|网)?|(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?"
                            r"|[^\n。]{0,80}?(?:" + _FOOTER_FIELDS + r")[^\n。]{0,80})"
                            r"[ \t\u3000]*\n){1,6}(?=\s*一[,.．]\s*总体情况)", regex.I)


def _template_overview(head: str) -> bool:
    """Does the opening start at 一、总体情况 (or reach it after one paragraph that cites the statute or the notice on
    the year's reports, or after a page's chrome) and go on by the template's parts, and call itself nothing else?
    Three parts in place; two ((一)主动公开 (二)依申请公开) where the opening cites the statute."""
    if _names_other_genre(head):
        return False
    chrome = _CHROME_LINES.match(head.lstrip())
    head = head.lstrip()[chrome.end():] if chrome else head
    if not _OVERVIEW_FIRST.match(head):
        if _year_under_statute(head):
            return True
        first, _, head = head.lstrip().partition("\n")
        cover = _COVER_HANDS_OVER.search(first) and not _STATUTE.search(first)
        if not ((_STATUTE.search(first) or _FOLLOWS_REPORT_NOTICE.search(first) or cover)
                and _OVERVIEW_FIRST.match(head)) or _PART_YEAR.search(first):
            return False
        if _GOV_STATUTE.search(first) and _OVERVIEW_OF_THE_YEAR.match(head):
            return True
        need = 3 if cover else 2
    else:
        if _bare_overview(head):
            return True
        need = 2 if _STATUTE.search(head) else 3
    if _TEMPLATE_SECTION.search(head):
        return True
    if _STATUTE.search(head) and len({m["part"] for m in _STATUS_PART.finditer(head)}) == 2:
        return True
    return len(_parts_in_place(head)) >= need


def _parts_in_place(head: str) -> set[str]:
    """The overview's template parts (_TEMPLATE_PARTS) head names, each under its own number: (三) is 政府信息管理."""
    in_place = set()
    for m in _TEMPLATE_PART.finditer(head):
        part = "平台建设" if m["part"].endswith("平台建设") else "政府信息管理" if m["part"].endswith("管理") else m["part"]
        if _TEMPLATE_PARTS.index(part) == "一二三四五".index(m["n"]):
            in_place.add(part)
    return in_place


# … or, stored from 一、总体情况 with no preamble at all, a first paragraph that says the year's work under the government's
# statute (2020年以来,我区…严格按照新修订的《中华人民共和国政府信息公开条例》…) and then the template's own first part,
# (一)主动公开政府信息情况: a report's outline from its start (never a notice's, nor an assessment of others' work, 评估)
_FIRST_PART = LazyPattern(r"\s*\(一\)\s*" + _WORK_VERB + r"(?:政府信息)?主动公开")
# … or that first part set out under another head, (一)基本情况, and the proactive part next by the template's own name
# for it, (二)主动公开政府信息统计/情况: never a work summary's (_names_other_genre), nor a part named otherwise (主动公开
# 情况, 加强主动公开: one status part of anything, test_heldout_classes_lead37)
_PROACTIVE_PART = LazyPattern(r"^[ \t\u3000]*\([二三]\)\s*主动公开政府信息(?:情况|统计)", regex.M)
# … or the template's first two parts said as the overview's points, each a line opened by 一是/二是…, the proactive one
# before the requests' (二是全面主动公开政府信息。… 三是规范稳妥开展依申请公开。…): the report's parts in its own order
_POINT = r"^[ \t\u3000]*" + ordinals(1) + r"是[^。\n]{0,12}?"
_POINTS_IN_ORDER = LazyPattern(_POINT + r"主动公开[\s\S]*?" + _POINT + r"(?:依申请公开|政府信息公开申请)", regex.M)
# … or that first paragraph opening with no year (the body's site went online in 2019…; 我局认真贯彻落实《条例》…) where it
# says the body carries the statute out and the template's first part, (一)主动公开…, follows it at once: the report's
# outline from its start; never a page that calls itself another genre
_CARRIES_OUT_STATUTE = LazyPattern(r"(?:贯彻|落实|执行|按照|依照|根据|依据)[^。\n]{0,12}?" + _GOV_STATUTE_NAME)


# … or stored from the overview's first subsection on, 一、总体情况 lost too ((一)政府信息主动公开情况：… (二)…依申请公开…
# (三)政府信息管理…): three of its parts in place, and the template's own next section (二、主动公开政府信息情况) after
# them: a plan or a work summary heads its parts alike, never the template's table sections
def _overview_parts_first(head: str) -> bool:
    head = head.lstrip()
    if not _FIRST_PART.match(head) or not _TEMPLATE_SECTION.search(head) or _names_other_genre(head) or _NOTICE.search(head):
        return False
    return len(_parts_in_place(head)) >= 3


def _bare_overview(head: str) -> bool:
    first, _, rest = head.lstrip().partition("\n")[2].lstrip().partition("\n")
    if not _GOV_STATUTE.search(first) or "评估" in first or _NOTICE.search(head):
        return False
    if not _OVERVIEW_OF_THE_YEAR.match(head):
        return bool(_FIRST_PART.match(rest) and _CARRIES_OUT_STATUTE.search(first) and not _names_other_genre(head))
    return bool(_FIRST_PART.match(rest)
                or (_PROACTIVE_PART.search(rest) or _POINTS_IN_ORDER.search(rest)) and not _names_other_genre(head))


# … or stored from the overview's first paragraph, 一、总体情况 lost with the title: the year's work said under the
# government's statute (2010年,某市认真贯彻《中华人民共和国政府信息公开条例》…) and the template's first part,
# (一)主动公开政府信息, right after it, the request part heading further on ((二)依申请公开…): the report's outline from its
# start; never a page that calls itself another genre nor a notice
_YEAR_OPENING = LazyPattern(r"\s*(?:19|20)\d{2}\s*年(?:度)?[,，]")
_REQUEST_PART = LazyPattern(r"^[ \t\u3000]*\([二三]\)[^\n]{0,12}?(?:依申请公开|政府信息公开申请)", regex.M)


def _year_under_statute(head: str) -> bool:
    first, _, rest = head.lstrip().partition("\n")
    return bool(_YEAR_OPENING.match(first) and _CARRIES_OUT_STATUTE.search(first) and _FIRST_PART.match(rest)
                and _REQUEST_PART.search(rest) and "评估" not in first and not _NOTICE.search(head))


def _overview_follows_notice(head: str) -> bool:
    """Does an opening that starts at 一、总体情况 say, in its first paragraph, that it follows the statute and the
    notice on compiling the year's reports, and call itself nothing else?"""
    if not _OVERVIEW_FIRST.match(head) or _NOTICE.search(head) or _names_other_genre(head):
        return False
    first = head.lstrip().partition("\n")[2].lstrip().partition("\n")[0]
    return bool(_STATUTE.search(first) and _FOLLOWS_REPORT_NOTICE.search(first))


# a notice or announcement that publishes the year's report (关于公布X2023年政府信息公开工作年度报告的公告, 关于印发…年度报告的
# 通知): the report itself may follow it on the page, its own title lost or not
PUBLISHING_NOTICE = LazyPattern(r"关于(?:公布|印发|发布|公开|报送)?(?P<report>[^。\n]{0,40}?(?:政府信息公开|政务公开|信息公开)"
                                r"[^。\n]{0,12}?(?:年度)?报告)的?(?:通知|公告|通告|函)")
_NOTICE_LINES = 40      # the lines of the notice before the report it carries starts
# a cover letter (X局关于2014年度…年度报告的函) whose own body reports the year's work (现将有关工作情况汇报如下): the
# letter is the report, where it gives no notice's orders (特此通知)
# (never the reports' publication or filing: 现将各单位年度报告报送情况报告如下)
_LETTER_REPORTS = LazyPattern(r"现将(?:(?!公布|发布|编制|报送|上报)[^。:：\n]){0,20}?情况(?:汇报|报告)如下")


def notice_carries_report(title: str, text: str) -> bool:
    """Does a page titled as a notice that publishes the year's report carry the report below the notice: a line
    among the first that opens as a report's opening does (opening_is_report), or, titled as a letter (…的函), a body
    that reports the year's work itself?"""
    if not PUBLISHING_NOTICE.search(search_form(title)):
        return False
    if letter_reports(title, text):
        return True
    at = text.find("\n", text.find(title)) if title in text else 0
    for _ in range(_NOTICE_LINES):
        if at < 0:
            return False
        if opening_is_report(text[at + 1:at + 1 + OPENING_CHARS]):
            return True
        at = text.find("\n", at + 1)
    return False


def letter_reports(title: str, text: str) -> bool:
    """Is a page titled as a letter on the year's report (X局关于2014年度…年度报告的函) the report itself: its body,
    in the opening after the title, reports the year's work (现将有关工作情况汇报如下) and gives no notice's orders?"""
    notice = PUBLISHING_NOTICE.search(search_form(title))
    if notice is None or not notice.group().endswith("函"):
        return False
    at = text.find("\n", text.find(title)) if title in text else 0
    head = fold_traditional(search_form(text[at + 1:at + 1 + OPENING_CHARS]))
    return bool(_LETTER_REPORTS.search(head)) and not _NOTICE.search(head)
