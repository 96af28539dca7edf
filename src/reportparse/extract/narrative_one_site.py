"""A proactive count said of one website (extract/narrative.py, narrative_channels): the site named as the way the
count went out, or as the clause's subject, or said of all of it right after; the count is then the site's as printed."""
from __future__ import annotations

from ..patterns import LazyPattern
from .narrative_outlets import ANY_OUTLET, BRAND_KIND, OWNER_CHAR, SITE_COLUMNS, SITE_SECTION, WEBSITE, WEBSITE_COLUMN


# one website named as the way a proactive total went out (2016年我乡通过政府门户网站主动公开信息138条; 在区政府网站公开
# …123条), or a government's or a bureau's website as the clause's subject (2023年县政府网站共发布公开各类政务信息1575条,
# 2021年,我局门户网站共公开各类信息2514条; a department named in full, 市人力资源和社会保障局门户网站…; a department's
# own by its one-character kind, 2022年厅门户网站…; the portal bare, no owner, 2023年,门户网站累计公开…: the issuer's
# own, as 政府网站 and 官网 bare are; the portal's own name in quotation marks, 2020年,“数字某城”网站主动公开…): the clause's only outlet, no list of ways (、 和 及 等) after it
# (及时, in time, is no 及: 通过门户网站及时、主动公开发布…)
ONE_SITE_WAY = LazyPattern(r"(?:(?:通过|在|利用|依托)[\"“]?" + OWNER_CHAR + r"{0,20}?[\"”]?|\G(?:(?:19|20)\d{2}年度?[,，]?)?"
                            + r"(?:" + OWNER_CHAR + r"{0,12}?(?:政府|局|委|办|中心|厅)|[\"“]" + OWNER_CHAR + r"{1,14}?[\"”]|(?=门户网站)))"
                            + BRAND_KIND + WEBSITE + SITE_SECTION + SITE_COLUMNS + "?"
                            + r"(?!、|和|及(?!时)|与|等)")
# … or two websites named and joined as the one way (通过市某办政务外网及市政府门户网站主动发布信息…条): what went out is
# the websites' too; never a website joined with another outlet (网站和微信公众号, 网站及公示栏: no WEBSITE) nor a third after
_ONE_SITE = r"[\"“]?" + OWNER_CHAR + r"{0,20}?[\"”]?" + WEBSITE + SITE_SECTION
_TWO_SITES_WAY = LazyPattern(r"(?:通过|在|利用)" + _ONE_SITE + r"(?:和|及|与|、|以及)" + _ONE_SITE + r"(?!、|和|及(?!时)|与|等)")
# … or the way said as a clause of its own right before the total's (2023年，通过政府门户网站，主动公开政府信息63条):
# that clause the way alone, after at most the year or the issuer (我街道), or with how many kinds it carried, no count
# of items (全年通过政府网站发布信息6个类别,累计公开…等共497条); 进行公开 may close it (通过县政府门户网站进行公开,全年发布…)
_WAY_CLAUSE = LazyPattern(r"(?:^|[,，。;；:：\n])[^,，。;；:：\n\d]{0,8}?((?:通过|在|利用)[\"“]?[^,，。;；:：\d、等及和与\"“”]{0,20}?[\"”]?"
                          + WEBSITE + SITE_SECTION + WEBSITE_COLUMN + r"(?:进行(?:网上)?(?:主动)?公开)?)(?:(?:主动)?(?:发布|公开)(?:了)?(?:政府|政务)?信息(?:共)?\d{1,2}(?:个)?"
                          r"(?:类别|大类|类|个方面))?[,，]$")


# … never a site named as the main way in the count's own clause (2021年岚峰县以政府网站为主渠道主动公开…信息共1777条):
# the main channel, not the only one; the count stays the total alone (heldout66c)
_MAIN_WAY = LazyPattern(r"以[^,，。;；:：\d]{0,24}?(?:" + WEBSITE + r")为主(?:要)?(?:的)?(?:公开)?(?:渠道|平台|阵地|载体)")


def website_total(ctext: str, cs: int, ns: int) -> bool:
    """Is a proactive total read where its clause (from `cs` to its figure at `ns`), or a clause of the way alone right
    before it, names one website (or two joined: _TWO_SITES_WAY) as the way it went out, and no other outlet? The count is then that website's as
    printed too (disclosure.via_website): the corpus's golds read it as the total, the held-out sets' as the
    website's; both are what the sentence says."""
    before = _WAY_CLAUSE.search(ctext, max(0, cs - 40), cs)
    if before is not None and not any(m.start() < before.start(1) or m.end() > before.end(1)
                                      for m in ANY_OUTLET.finditer(ctext, before.start(1), ns)):
        return True
    way = ONE_SITE_WAY.search(ctext, cs, ns) or _TWO_SITES_WAY.search(ctext, cs, ns)
    if way is None or "为主" in ctext[cs:ns] and _MAIN_WAY.search(ctext, cs, ns):
        return False
    alias = _ALIAS_AFTER.match(ctext, way.end())
    named = (way.start(), alias.end() if alias is not None else way.end())
    return "其中" not in ctext[cs:way.start()] and not any(
        m.start() >= named[1] or m.end() <= named[0] for m in ANY_OUTLET.finditer(ctext, cs, ns))


# the short name a text declares for the website right after naming it (依托区政府门户网站(下称:某某政务网)主动公开…;
# (以下简称“某某网”)): the same site again, no other outlet
_ALIAS_AFTER = LazyPattern(r"[(（](?:以下|下文)?(?:简称|下称|称)[:：]?[\"“]?[^()（）,，。;；\d\"“”]{1,16}[\"”]?[)）]")


# … or said of the whole count in the clause right after it (…主动公开政府信息11条,均通过某某区人民政府门户网站发布): all of
# them went out on that one website, so its count is the total; never where another outlet is named with it
# (均通过门户网站和微信公众号发布: OWNER_CHAR holds no word of a list) nor where the clause goes on after the verb
_ALL_ON_ONE_SITE = LazyPattern(r"[,，](?:且|并)?(?:均|全部|都)(?:已)?(?:通过|在|于)[\"“]?" + OWNER_CHAR + r"{0,20}?[\"”]?"
                               + WEBSITE + WEBSITE_COLUMN + SITE_SECTION + r"(?:进行)?(?:主动)?(?:公开|发布|公布)(?:发布)?(?=[,，。;；]|$)")


def all_on_one_site(ctext: str, e: int) -> bool:
    """Does the clause right after a proactive total ending at e say all of it went out on one website?"""
    return _ALL_ON_ONE_SITE.match(ctext, e) is not None


# the site's disclosure column (政府信息公开专栏, 政务公开栏目, 政务信息公开专栏; quoted or not) as the place its count was
# posted with 发布/更新 (2024年,政务信息公开专栏共发布信息218条; 在县政府信息公开专栏发布信息178条): a column of the
# website, its posts the site's (disclosure.via_website), never the proactive total (the gold convention for a website's
# 发布 count, every era); never said with 主动 or 公开 as the verb (在政务公开专栏共公开信息218条, 在主动公开栏目共发布…:
# the proactive whole said of its place), nor a physical board (政务公开栏, 公示栏: no 专栏/栏目)
_DISCLOSURE_COLUMN = r"[\"“]?(?:(?:政府|政务)?信息公开|政务公开)[\"”]?(?:专栏|栏目)[\"”]?"
_DISCLOSURE_COLUMN_POSTED = LazyPattern(_DISCLOSURE_COLUMN + r"(?:中|上|内)?(?:全年|本年度?)?(?:共计|共|累计|总计)?(?:及时)?(?:发布|更新)(?!公开)")
# … or named as what posts in the sentence right before a count that names no place nor subject of its own, its clause
# opening the sentence with the year's word and 发布 (逐步提升政府信息公开专栏发布信息数量和质量。全年共发布信息65条: the
# column's posts, hunt66); a board (政务公开栏) or a column merely named (提升政务公开专栏建设水平。全年共发布…) is not
_COLUMN_POSTS_BEFORE = LazyPattern(r"(?:" + WEBSITE + r"|" + _DISCLOSURE_COLUMN + r")(?:中|上|内)?(?:发布|更新)(?:的)?(?:政府|政务)?信息[^。;；\n\d]{0,12}[。;；]$")
_BARE_POSTED = LazyPattern(r"(?:全年|本年度?)(?:共计|共|累计|总计)?(?:发布|更新)(?:了)?(?:各类)?(?:政府|政务)?信息")


def column_posted(ctext: str, ss: int, cs: int, s: int, e: int) -> bool:
    """Is the proactive count matched at [s, e) (its sentence from ss, its clause from cs) what the site's disclosure
    column posted: the column in its clause with 发布/更新, or named as posting in the sentence right before a bare
    发布 count opening its own?"""
    clause = ctext[cs:e]
    if "主动" in clause:
        return False
    m = _DISCLOSURE_COLUMN_POSTED.search(clause) if "栏" in clause else None
    if m is not None:
        return "公开" not in clause[m.end():]
    return ss == cs and ss > 0 and _BARE_POSTED.match(ctext, ss, e) is not None and "栏" in ctext[max(0, ss - 60):ss] and (
        _COLUMN_POSTS_BEFORE.search(ctext, max(0, ss - 60), ss) is not None)
