"""Leads left by stop 53's sets, with invented reports: a count at one place followed by the count of another place
named with its owner as the clause's subject (…目录系统主动公开信息17条，县政府门户网站公开各类信息58条) is no proactive
total, unless the text states the total; an office counting for its government (市政府办公室代表市政府共受理…) in a
page with no title or in that government's report, where the text speaks of no area's whole: the government's count,
and the title-less page's issuer that government as the page prints it in full. Each class has a guard."""
import reportparse
from values_read import values_read

HEAD = "岚峰县某局2025年政府信息公开工作年度报告\n"
ACTIVE = "一、总体情况\n（一）主动公开情况\n"


def read(body: str, head: str = HEAD) -> dict:
    """Each value read, by its key (values_read)."""
    return values_read(head + body)


# ---------------------------------------------------------------- a. one place's count beside another owned place's

def test_a_place_count_beside_an_owned_place_count_is_no_total():
    for first, second in (("我局在政府信息公开目录系统主动公开信息17条", "县政府门户网站公开各类信息58条"),
                          ("我局在政府信息公开目录系统主动公开信息19条", "局政务公开栏公开信息63条"),
                          ("本年度我局在政府信息公开专栏主动公开信息23条", "县政务服务平台公开信息41条"),
                          ("通过县政府门户网站主动公开信息29条", "镇村公开栏张贴信息37条"),
                          ("我局在政府信息公开目录系统主动公开信息31条", "市政府网站发布各类信息74条")):
        for body in (first + "，" + second + "。", second + "，" + first + "。"):
            assert "disclosure.total" not in read(ACTIVE + body + "\n"), body


def test_guard_the_total_stated_or_a_part_after_of_which_still_reads():
    assert read(ACTIVE + "我局在政府信息公开目录系统主动公开信息17条，县政府门户网站公开各类信息58条，"
                "共计主动公开信息75条。\n")["disclosure.total"] == 75
    assert read(ACTIVE + "我局在县政府门户网站主动公开信息43条，其中县政府门户网站政策文件栏目公开信息5条。\n")[
        "disclosure.total"] == 43
    assert read(ACTIVE + "通过县政府门户网站主动公开信息217条，政策解读专栏发布解读信息8条。\n")["disclosure.total"] == 217


# ---------------------------------------------------------------- b. an office counting for its government

PREAMBLE = ("本年度报告根据《中华人民共和国政府信息公开条例》要求编制,全文包括总体情况、主动公开政府信息情况、收到和处理政府"
            "信息公开申请情况等。本年度报告所列数据统计期限从2023年1月1日至12月31日止。本年度报告电子版可从{site}门户网站下载。\n")
OFFICE_BODY = ("一、总体情况\n(一)主动公开情况。全年按要求公开各类信息。\n"
               "(二)依申请公开情况。2023年,{who}共受理政府信息公开申请47件,答复政府信息公开申请44件。\n")


def untitled(site: str, who: str, extra: str = ""):
    return reportparse.parse_text(PREAMBLE.format(site=site) + OFFICE_BODY.format(who=who) + extra)


def test_an_untitled_page_counted_by_the_office_for_its_government():
    for site, who, name, code in (("焦作市人民政府", "市政府办公室代表市政府", "焦作市人民政府", "410800"),
                                  ("修武县人民政府", "县人民政府办公室代表县人民政府", "修武县人民政府", "410821"),
                                  ("焦作市人民政府", "市人民政府办公室代市政府", "焦作市人民政府", "410800")):
        report = untitled(site, who)
        assert report.title is None
        assert (report.issuer.name, report.issuer.kind, report.issuer.region.code) == (name, "government", code), who
        assert (report.value("requests.new"), report.value("requests.answered")) == (47, 44), who


def test_guard_another_level_or_an_area_whole_names_no_government():
    report = untitled("焦作市人民政府", "县政府办公室代表县政府")         # a county's office in a city's page
    assert report.issuer.name is None and report.value("requests.new") is None
    report = untitled("焦作市人民政府", "市政府办公室代表市政府", "全市各部门共受理政府信息公开申请212件。\n")
    assert report.issuer.name is None and report.value("requests.new") == 212      # the whole's, never the office's 47
    report = untitled("焦作市人民政府", "市政府办公室")                    # no government said: a part, as before
    assert report.issuer.name is None and report.value("requests.new") is None


def test_a_government_report_counted_by_its_office():
    requests = "二、收到和处理政府信息公开申请情况\n2023年,{}共受理政府信息公开申请53件,答复49件。\n"
    for head in ("岚峰市人民政府2023年政府信息公开工作年度报告\n", "岚峰市人民政府办公室2023年政府信息公开工作年度报告\n"):
        assert read(requests.format("市政府办公室代表市政府"), head)["requests.new"] == 53, head
    for head, who, extra in (("岚峰市人民政府2023年政府信息公开工作年度报告\n", "市政府办公室代表市政府", "全市各级行政机关按要求公开。\n"),
                             ("岚峰县某局2023年政府信息公开工作年度报告\n", "县政府办公室代表县政府", ""),
                             ("岚峰市人民政府2023年政府信息公开工作年度报告\n", "县政府办公室代表县政府", "")):
        assert "requests.new" not in read(requests.format(who) + extra, head), (head, who)


# ---------------------------------------------------------------- c. regions said only in the body, a zone by its city

def region_of(title: str) -> str:
    return reportparse.parse_text(title + "\n一、总体情况\n本年度按要求公开各类信息。\n").issuer.region.code


def test_a_zone_named_after_its_city_stem_in_the_title():
    assert region_of("大连长兴岛经济技术开发区长兴岛街道2023年政府信息公开工作年度报告") == "210200"
    assert region_of("大连青禾湾经济区管理委员会2023年政府信息公开工作年度报告") == "210200"
    assert region_of("兰州新区管委会2023年政府信息公开工作年度报告") == "620100"


def test_guard_a_shared_stem_or_no_zone_settles_no_city():
    for title in ("通化青禾经济区管理委员会2023年政府信息公开工作年度报告",      # 通化市 and 通化县
                  "大连青禾湾公司2023年政府信息公开工作年度报告", "岚峰青禾经济区管理委员会2023年政府信息公开工作年度报告"):
        assert region_of(title) is None, title


SELF_OPENING = ("根据《中华人民共和国政府信息公开条例》的规定,特向社会公布{me}2023年度政府信息公开工作年度报告。本报告由总体情况、"
                "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、"
                "其他需要报告的事项组成。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n"
                "2023年,{me}紧紧围绕政务公开工作要点,认真落实各项工作任务,持续推进政府信息公开工作,不断提升政务公开质量和实效,"
                "切实保障人民群众的知情权、参与权、表达权和监督权,进一步加强组织领导,健全工作制度,规范公开流程,丰富公开形式,"
                "拓宽公开渠道,强化监督考核,推动政务公开工作取得新成效。{me}按照{upper}政务公开领导小组有关部署,完善工作机制。"
                "(一)主动公开情况。全年在{site}政府网站主动公开信息328条。\n")


def self_region(me: str, upper: str, site: str):
    text = SELF_OPENING.format(me=me, upper=upper, site=site)
    assert text.find(upper[:2]) > 300           # past the opening the region reading already looks at
    return reportparse.parse_text(text).issuer.region.code


def test_a_report_calling_itself_by_its_kind_of_place_and_naming_one_such_place():
    assert self_region("我旗", "巴彦淖尔市", "乌拉特前旗") == "150823"
    assert self_region("全旗", "内蒙古自治区、巴彦淖尔市", "乌拉特前旗") == "150823"
    assert self_region("全县", "保定市", "阜平县") == "130624"


def test_guard_another_kind_two_places_or_an_autonomous_regions_whole_settle_none():
    assert self_region("我县", "巴彦淖尔市", "乌拉特前旗") is None                 # a 旗 named, the report a 县's
    assert self_region("我旗", "巴彦淖尔市", "乌拉特前旗、乌拉特中旗") is None      # two 旗
    assert self_region("全区", "内蒙古自治区", "呼和浩特市新城区") is None          # 全区: the autonomous region's
    assert self_region("全县", "保定市", "石家庄市平山县") is None                  # a place not above it


# ---------------------------------------------------------------- d. a street said bare as the subject of its figures

STREET = ("根据《中华人民共和国政府信息公开条例》等有关规定和要求,编制本年度报告。本年度报告中所列数据统计期限从2023年1月1日起至"
          "12月31日止。\n一、总体情况\n(一)主动公开\n2023年,依托区政府门户网站,街道主动公开公文类信息、财政信息等政府信息83条。\n"
          "(二)依申请公开\n2023年,街道收到依申请公开政府信息17件。其中,5件办理结果为本机关不掌握相关政府信息。{extra}\n"
          "(三)监督保障\n街道行政主要领导为政府信息公开第一责任人。\n")


def test_an_untitled_street_report_said_as_bare_street():
    report = reportparse.parse_text(STREET.format(extra=""))
    assert (report.title, report.issuer.name, report.issuer.kind) == (None, None, "township")
    assert (report.value("disclosure.total"), report.value("requests.new"), report.value("requests.unable.not_held")) \
        == (83, 17, 5)


def test_guard_a_whole_or_one_bare_subject_settles_no_street():
    report = reportparse.parse_text(STREET.format(extra="各街道共收到依申请公开政府信息61件。"))
    assert report.issuer.kind is None and report.value("requests.new") is None
    report = reportparse.parse_text(STREET.replace("街道主动公开", "主动公开").format(extra=""))
    assert report.issuer.kind is None and report.value("requests.new") is None


# ---------------------------------------------------------------- e. a summed list of kinds: the total as stated

def test_the_sum_stated_after_the_kinds_counts_is_the_total():
    for body, total in (("2025年,公开政策文件12条、工作动态35条、通知公告9条,共计56条。", 56),
                        ("全年公开政策文件14条、工作动态31条、通知公告8条,合计53条。", 53),
                        ("2025年,我局累计公开政策文件13条、工作动态36条,共计49条。", 49),
                        ("本年度主动发布机构信息6条,规划信息17条,合计主动公开23条。", 23)):
        assert read(ACTIVE + body + "\n")["disclosure.total"] == total, body


def test_every_kind_and_another_then_their_sum_and_a_list_closed_by_matters():
    for body, total in (("2025年依照主动公开目录公开各类信息及工作动态类信息合计193条。", 193),
                        ("全年发布各类政务信息和政策解读信息共计88条。", 88),
                        ("2025年,我局主动公开公文类信息、财政信息、建议提案办理结果等事项政府信息累计76条。", 76)):
        assert read(ACTIVE + body + "\n")["disclosure.total"] == total, body


def test_guard_a_sum_not_adding_up_rough_parts_no_year_or_two_kinds_read_no_total():
    for body in ("2025年,公开政策文件12条、工作动态35条、通知公告9条,共计57条。",       # 12+35+9 is 56: not its sum
                 "2025年,公开政策文件约12条、工作动态35条,共计47条。",                 # a rough part
                 "2025年,受理申请12条、公开工作动态35条,共计47条。",                   # a request among them
                 "公开政策文件12条、工作动态35条、通知公告9条,累计公开56条。",         # no year: 累计 may be a running total
                 "全年发布政策文件信息和政策解读信息共计88条。"):                       # two kinds, not every kind
        assert "disclosure.total" not in read(ACTIVE + body + "\n"), body


CITY_PAGE = ("根据《中华人民共和国政府信息公开条例》规定,编制本年度报告。本年度报告中所列数据统计期限从2023年1月1日起至12月31日止。\n"
             "一、总体情况\n2023年,{me}深入贯彻落实政务公开各项部署要求,坚持以公开为常态、不公开为例外,持续深化决策、执行、管理、"
             "服务、结果公开,加强政策解读和回应关切,完善政府信息管理制度,推进基层政务公开标准化规范化建设,健全政策发布解读回应"
             "衔接机制,规范政府信息公开申请办理,加强政务公开培训和考核评估,推动政务公开向基层延伸,持续优化政务公开平台功能,"
             "不断增强公开实效和群众获得感,指导督促县级政府门户"
             "网站规范运行,着力提升政务公开质量和实效,取得积极成效。(一)主动公开情况。全年在{a}政府门户网站发布信息3627条。\n"
             "(二)政府信息公开平台建设。编辑出版{b}12期。\n")


def test_the_one_place_an_untitled_page_names_as_its_governments_channels():
    text = CITY_PAGE.format(me="市政府", a="晋城市", b="《晋城市人民政府公报》")
    assert text.find("晋城") > 300
    assert reportparse.parse_text(text).issuer.region.code == "140500"


def test_guard_another_place_one_mention_no_channel_or_another_kind_settle_none():
    for me, a, b in (("市政府", "晋城市", "《高平市人民政府公报》"),          # two places
                     ("市政府", "晋城市", "政府公报"),                       # named once
                     ("市政府", "本", "《晋城市志》与晋城市概况"),           # never as its government's channel
                     ("我县", "晋城市", "《晋城市人民政府公报》")):          # a 县's report
        assert reportparse.parse_text(CITY_PAGE.format(me=me, a=a, b=b)).issuer.region.code is None, (me, a, b)
