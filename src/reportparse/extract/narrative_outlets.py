"""The places items go out on, as the narrative rules name them (extract/narrative_channels.py judges whose count a
sentence naming one gives): the media, the sites, one website's names, its column and disclosure section, and the
characters of its owner's name."""
from __future__ import annotations

from ..patterns import LazyPattern

# … nor one beside another medium's count, in its 其中 list too (…，其中…，微信公众号发布信息75条; 通过“看本市”app
# 发布信息动态共86条), the medium named in the clause before its count too (通过…微信公众号，发布信息977条; never across 其中)
# (media named as "the other ones", 在其他媒体上主动公开信息数为12条: some medium other than the site before it; the
# printed and displayed ones, 宣传册、电子屏公开政府信息1876条)
MEDIA = r"微信|微博|公众号|新媒体|(?<=其[他它])媒体|客户端|抖音|头条|视频号|公报|宣传册|电子屏|显示屏|(?<![A-Za-z])(?:APP|App|app)(?![A-Za-z])"
# every place items go out on, a site or a medium: one owner for the channel rules here, the fallback's $ONE_SITE
# (narrative.tsv: one site's count is no total), a list's last way (narrative._lumped) and a government's channel
# that is no part of it (narrative_parts.PART: 市政府网站, 省政府微信公众号); a body's 频道 on a portal is one of its columns
SITES = r"网站|官网|外网|政务网|网页|网上|平台|专栏|栏目|频道|公开栏|公示栏|宣传栏"
# one website named as the way items went out (the rows of narrative.tsv name it $WEBSITE): a site, the government's
# public site as against its intranet (县人民政府外网), or a portal by its proper name (岚峰县人民政府网: never 政府网格,
# 网络, 网点, 网页, 网民, 网上), or a disclosure site by its name (青禾县人民政府信息公开网, on it: …信息公开网上; never
# 网上 as online, 信息公开网上申请); a column of it may follow (在政府网站农业局子栏目公开…: the site's count still)
# (its kind said before it: 政务网站, 政务公开网站, 政府信息公开门户网站, 官方网站 as 官网 is; a place's portal named 政务网, 东丽政务网;
# a government's portal said as 门户网 without 站, 在平江县政府门户网主动公开…, as its 政府网 is)
# (a portal's page kept for one body, 门户专属网页, is the portal: its page follows as SITE_SECTION says)
# (a place's portal by its name and 信息网, right after the way's verb: 通过岚峰信息网向社会主动公开…; never a trade's or
# a register's site, 采购/信用/招标/招聘/交易/就业/人才/价格信息网, nor 信息网站, 信息网络)
WEBSITE = (r"(?:(?:政务公开|政务|信息公开|官方)?(?:门户)?(?:网站|外网)|门户(?=专属网页)|官网|(?<=政府)(?:门户)?网(?![站格络点页民上])|政务网(?![站格络点页民上])"
           r"|信息公开网(?![站格络点页民]|上(?:申请|办|受理|提交|咨询|留言|信箱|答复|查询))"
           r"|(?<=通过|利用|依托)(?:(?![的等及和与在向])[\u4e00-\u9fff]){2,6}?(?<!采购|信用|招标|招聘|交易|就业|人才|价格|资源)信息网"
           r"(?![站格络点页民上]))")
_A_WEBSITE = LazyPattern(WEBSITE)
# (the site or platform an item went out on, named with its owner: 在市政府信息公开网上, 在政府信息公开平台上)
_SITE_NAMED = LazyPattern(r"(?:在|通过|依托)[^,，。;；:：\d、等]{0,20}?(?:" + WEBSITE + r"|平台|专栏)(?:上)?")
WEBSITE_COLUMN = r"(?:[^,，。;；:：\d、等及和与\"“”]{1,8}?(?:子栏目|栏目|专栏))?"
# … and after the site (its column, if any; a closing quote), its own disclosure section named as a 平台, quoted or not
# (通过区人民政府网站“政府信息公开”平台主动公开…, 在县政府网站信息公开平台上…, 政务公开平台), or 上 alone; or its disclosure column,
# quoted or not (通过区政府门户网站“政府信息公开专栏”发布…, 在市政府门户网站政务信息公开专栏中…; its 政务公开专栏, 通过区政府门户网站
# 政务公开专栏主动公开…: hunt64), or the page the portal keeps
# for the body (在门户专属网页上…, 通过区人民政府网站镇街专属网页…): the site's count still
SITE_SECTION = (r"[\"”]?(?:上|(?:[\"“]?(?:(?:政府|政务)?信息公开|政务公开)[\"”]?)?(?:信息)?平台(?:上)?"
                r"|[\"“]?(?:(?:政府|政务)?信息公开|政务公开)(?:专栏|栏目)[\"”]?(?:中|上|内)?|(?:镇街|乡镇|街道|部门|单位)?专属网页(?:上|中)?)?")
# a character of the name of a website's owner (在和平区政府门户网站…): no clause mark, digit, quote or word of a list
# (、等及和与: 微信和网站 names two ways), but a 和 inside a place's name (和平区政府: one to three characters, then the
# place's kind and its government), or inside a department's name right before its own website (市人力资源和社会保障局
# 门户网站, 通过县住房和城乡建设局网站…: no site or second outlet on either side of 和; a 和 right after a system, a
# platform, a column or a catalogue joins two ways: 通过市政府信息公开系统和民政局网站… is no owner's name)
_NAME_AND = (r"(?<!网站|外网|官网|门户|号|系统|平台|专栏|栏目|目录)和(?=(?:(?!网|站|号|平台|政府)[^,，。;；:：\d、等及和与\"“”]){1,6}?"
             r"(?:局|委员会|委|厅)(?:政务|信息公开|官方)?(?:门户)?(?:网站|外网|官网))")
NAME_AND = LazyPattern(_NAME_AND)
# (a party committee and its government share one portal, 通过市委、市政府门户网站…, 县委县政府网站: the 、 between
# them names one owner, never two ways; a site after the pair, not a list of outlets)
_PARTY_AND_GOVERNMENT = (r"(?<=[区县市州旗镇乡]委)、(?=[^,，。;；:：\d、等及和与\"“”]{0,3}?[区县市州旗镇乡](?:人民)?政府"
                         r"(?:政务|信息公开)?(?:门户)?(?:网站|外网|官网|网(?![格络点页民上])))")
OWNER_CHAR = (r"(?:[^,，。;；:：\d、等及和与\"“”]|和(?=[^,，。;；:：\d、等及和与\"“”]{1,3}?[区县市州旗](?:人民)?政府)|"
              + _PARTY_AND_GOVERNMENT + "|" + _NAME_AND + ")")
# the owner before a website's name in a count of what went out on it: a government, a portal, a bureau, a 厅 or office
# (通过市民政局网站…, 在县政府门户网站…), a place before its 政务网 or 政务公开网站 (在东丽政务网公开…, 通过吴兴区政务公开网站…) or its
# administrative portal (通过区行政网站…), the body's own site by its kind (在本部门网站…; never 各部门网站: the parts'), or a
# proper name in quotation marks (通过“岚峰之窗”门户网站…), or a zone's name before its site (…试验区某片区官网…; 在保税区政务网站…;
# its official site, 通过经开区官方网站公开信息…条, 某风景区官网: heldout66b); a committee by its full or short name
# (通过市发展和改革委员会网站…, 高新区管委会官方网站…)
SITE_OWNER = (r"(?:" + OWNER_CHAR + r"{0,14}?(?:政府|门户|人民政府|局|厅|委(?:员会)?|管委会|办|中心|行政|(?<!各|其他|其它|所属|下属|相关|有关)部门)[\"”]?|"
              + OWNER_CHAR + r"{0,18}?(?:片区|园区|新区|开发区|试验区|保税区|综保区|高新区|经开区|景区)(?=官网|官方(?:门户)?网站|门户|网站|政务(?:门户)?网站)|" + OWNER_CHAR + r"{1,8}?(?=政务网(?!站)|政务公开网站)"
              + r"|(?<=[\"“])" + OWNER_CHAR + r"{1,14}?[\"”](?=门户|网站|官网))")
# the site's own columns named in quotation marks after it, one or a list (在“某某之窗”部门网站“通知公告”、“预决算”栏目…):
# places on that one site, not ways of their own; never its disclosure column (“政府信息公开”专栏, SITE_SECTION's; “主动公开”栏目)
SITE_COLUMNS = (r"(?:[\"“](?!(?:政府|政务)?信息公开|政务公开|主动公开)[^\"“”,，。;；:：\d\n]{1,16}[\"”]"
                r"(?:、[\"“][^\"“”,，。;；:：\d\n]{1,16}[\"”]){0,5}(?:子栏目|栏目|专栏|板块)(?:中|上|内)?)")
# a brand-named site's kind word between its quoted name and 网站 (“某某之窗”部门网站)
BRAND_KIND = r"(?:(?<=[\"”])(?:部门|单位))?"
OUTLETS = SITES + "|" + MEDIA
ANY_OUTLET = LazyPattern(OUTLETS)
_ENDS_WITH_OUTLET = LazyPattern(r"(?:" + OUTLETS + r")$")
