"""Sentence classes a held-out set of real reports showed (stop 26): a count of the year before (上年主动公开…,
去年收到申请…) or a change against it (较上年增加…) is never the year's; proactive totals, requests, negations and
complaints said in wordings the vocabulary lacked. Invented sentences and numbers; each class was seen on real pages."""
import pytest

import reportparse

HEAD = "岚峰县2020年政府信息公开工作年度报告\n发布日期：2021-01-20\n"


def read(text: str, head: str = HEAD) -> dict:
    """The report's own (not derived) values, by key."""
    return {i.key: i.value for i in reportparse.parse_text(head + text).indicators if not i.derived}


# ---- a count of another year (wrong values on the start tree) ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "上年主动公开政府信息88条。",
    "去年主动公开政府信息88条。",
    "上一年度主动公开政府信息88条。",
    "上年度共主动公开政府信息88条。",
    "去年全年主动公开政府信息88条。",
    "上年同期主动公开政府信息88条。",
    "我县上年主动公开政府信息88条。",
    "较上年增加主动公开政府信息32条。",          # a change, not a count
])
def test_a_proactive_count_of_the_year_before_is_not_the_years(sentence):
    assert "disclosure.total" not in read("一、主动公开情况\n" + sentence)


@pytest.mark.parametrize("sentence, key", [
    ("去年收到政府信息公开申请8件。", "requests.new"),
    ("上年度共受理政府信息公开申请8件。", "requests.new"),
    ("去年发生行政复议3件。", "review.total"),
    ("上年收取费用30元。", "fees.collected"),
])
def test_other_counts_of_the_year_before_are_not_the_years(sentence, key):
    assert key not in read("二、依申请公开情况\n" + sentence)


@pytest.mark.parametrize("sentence, total", [
    ("上年主动公开政府信息88条，今年主动公开政府信息120条。", 120),
    ("本年度主动公开政府信息120条，上年度主动公开政府信息88条。", 120),
    ("主动公开政府信息120条，比上年增加32条。", 120),
    ("在去年基础上，主动公开政府信息120条。", 120),
    ("与上年相比，主动公开政府信息120条。", 120),
])
def test_the_years_count_beside_the_year_befores_is_read(sentence, total):
    """Guard: the year's own figure beside last year's, a comparison or a base is still read."""
    assert read("一、主动公开情况\n" + sentence)["disclosure.total"] == total


def test_last_years_cases_carried_over_are_still_read():
    """Guard: 上年结转 names this year's carried-over cases, not last year's figure."""
    got = read("二、依申请公开情况\n本年度新收政府信息公开申请14件，上年结转政府信息公开申请3件，结转下年度继续办理2件。")
    assert (got["requests.new"], got["requests.carried_over"], got["requests.carried_forward"]) == (14, 3, 2)


# ---- proactive totals -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, total", [
    ("全年通过政府网站、微信公众号等平台，依法、及时向社会公开政务要闻、政府文件、重大决策、便民服务等政府信息共计3752条，"
     "其中新制定规范性文件7件。", 3752),                                  # kinds closed by 等 before 政府信息共计
    ("2020年度主动公开信息的有7条；", 7),
    ("2020年，全镇政府信息公开438条，一是利用门户网站公开政务信息29条；二是通过微信等发布信息153条。", 438),
    ("2020年共整理、录入、发布19条主动公开政府信息。", 19),
    # a website's count, the report's only proactive figure, said with 公开 (the corpus golds read it as the total)
    ("2020年，我镇通过门户网站公开各类信息73条。其中工作动态类51条；其他类22条。", 73),
])
def test_proactive_totals_in_wordings_the_vocabulary_lacked(sentence, total):
    assert read("一、主动公开情况\n" + sentence)["disclosure.total"] == total


@pytest.mark.parametrize("sentence, site", [
    # … said with 发布: the site's posts alone, never the total (the settled gold convention, leads65)
    ("2020年通过政府门户网站发布政府信息9413条。其中：新增规范性文件3条，公开现行规范性文件26个。", 9413),
    ("2020年，我办通过县政府门户网站发布政府信息417条，解读重要政策文件6个。", 417),
])
def test_a_websites_posts_said_with_fabu_are_the_sites_alone(sentence, site):
    got = read("一、主动公开情况\n" + sentence)
    assert got.get("disclosure.via_website") == site and "disclosure.total" not in got


def test_the_whole_issuers_information_disclosed_in_the_overview():
    got = read("一、总体情况\n2020年，全镇政府信息公开438条，一是利用门户网站公开政务信息29条；二是通过微信等发布信息153条。")
    assert got["disclosure.total"] == 438


def test_a_website_count_under_a_legacy_sections_whole_title():
    got = read("二、政府信息公开情况\n2010年，我镇通过门户网站公开各类信息73条。其中工作动态类51条。",
               head="岚峰县某镇2010年政府信息公开工作年度报告\n")
    assert got["disclosure.total"] == 73


@pytest.mark.parametrize("sentence", [
    "通过政府网站公开政府信息461条，通过微信公众号公开政府信息77条。",     # two channels, no sum printed
    "在政府网站公开政府信息461条，在政务微博发布信息37条。",
    "在甲局网站公开政府信息41条，在乙委网站公开政府信息299条。",
    "主动公开政府信息20余万条，其中，市政府门户网站发布信息16642条。",    # a part after 其中
    "其中，政府网站公开政府信息461条。",
    "规范性文件在政府网站公开政府信息461条。",                         # a kind's count
    "2020年政府门户网站发布各类信息5110条，其中发布政府文件21条。",      # a site's posts
    "通过网站公开信息346条，内容包括日常工作情况240条。",
    "县政府网站累计公开政府信息3461条，其中动态信息1229条，微信公众号发布信息75条。",   # another medium in its list
    "县政府网站累计发布各类政务信息3461条，其中动态信息1229条。",                    # a site's posts
    "上年通过政府网站发布政府信息461条。",
    "公开财政预决算、重大项目等重点领域政府信息共计214条。",            # kinds: a part
    "其中公开政府文件、政策解读等政府信息共计214条。",
    "全镇政府信息公开申请12条。",
    "镇政府信息公开438条。",
    "全市主动公开政府信息48.37万余条。",                              # rough
    "全市主动公开政府信息约48.37万条。",
    "全市主动公开政府信息48.3712345万条。",                            # no whole count
    "2020年，全市主动公开政府信息48.37万条（不包括办理结果数据）。",     # rounded (classes58p)
    "其中主动公开政府信息4.8万条。",
    "共整理、录入、发布19条主动公开政府信息目录。",
    "其中发布19条主动公开政府信息。",
    "应主动公开信息的有7条。",
    "省政府及省直单位主动公开信息14.9万条，各市政府及市直单位主动公开信息39.9万条。",   # parts of a province
])
def test_near_misses_of_the_proactive_wordings(sentence):
    """Guard: near misses of the wordings added here must not read."""
    assert "disclosure.total" not in read("一、主动公开情况\n" + sentence)


def test_the_website_channel_in_the_sentence_after_the_total():
    got = read("一、主动公开情况\n2020年，全县通过门户网站、政务新媒体等渠道主动公开政府信息75210条。通过政府网站公开8164条、"
               "政务服务网公开319条，政务新媒体公开66727条。")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (75210, 8164)


@pytest.mark.parametrize("sentence", [
    "上年主动公开政府信息538条。通过政府网站公开461条。",         # the channel of last year's total
    "2019年主动公开政府信息538条。通过政府网站公开461条。",
    "主动公开政府信息538条。2019年通过政府网站公开461条。",
])
def test_near_misses_of_the_website_channel_after_the_total(sentence):
    """Guard: a channel's count after another year's total, or of another year, is not the year's channel."""
    assert "disclosure.via_website" not in read("一、主动公开情况\n" + sentence)


def test_a_website_count_yields_to_the_printed_total():
    """Guard: a printed total elsewhere wins over a website's count said as the year's."""
    got = read("一、主动公开情况\n通过政府网站公开政府信息461条。全年共主动公开政府信息538条。")
    assert got["disclosure.total"] == 538


def test_a_website_count_in_another_section_is_none():
    """Guard: the topic must be proactive disclosure."""
    assert "disclosure.total" not in read("五、存在的主要问题\n2020年政府网站公开政府信息461条。")


# ---- legacy running totals --------------------------------------------------------------------------------

LEGACY = "岚峰县某镇2016年政府信息公开工作年度报告\n"


def periods(text: str) -> dict:
    return {(i.key, i.period): i.value for i in reportparse.parse_text(LEGACY + text).indicators if not i.derived}


def test_a_running_total_said_with_leiji_after_the_noun():
    got = periods("一、主动公开情况\n截止2016年12月31日，我镇通过政府信息公开系统主动公开政府信息累计14条，全部为网上公开。")
    assert got[("disclosure.total", "cumulative")] == 14


def test_a_running_total_that_has_reached_its_figure():
    got = periods("一、主动公开情况\n我们通过政府信息公开目录管理系统累计主动公开政府信息已达657条。2016年新增主动公开政府信息50条。")
    assert (got[("disclosure.total", "cumulative")], got[("disclosure.total", "year")]) == (657, 50)


@pytest.mark.parametrize("sentence, year_value", [
    ("2016年，全局累计主动公开政府信息已达657条。", 657),      # the year's own (the year opens the clause)
    ("全年累计主动公开政府信息已达657条。", 657),
    ("自2014年以来累计主动公开政府信息已达657条。", None),      # a start after the Regulations: neither
])
def test_reached_never_outranks_a_year_word(sentence, year_value):
    """Guard: 已达 makes a bare 累计 a running total only where no year word says the year's."""
    got = periods("一、主动公开情况\n" + sentence)
    assert got.get(("disclosure.total", "year")) == year_value and ("disclosure.total", "cumulative") not in got


# ---- requests ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, want", [
    ("2020年，我办共收到公开政府信息申请3件，已全部答复。", {"requests.new": 3}),
    ("政府办2020年全年共受理申请公开4件，其中涉及土地拆迁1件、财政预决算3件。", {"requests.new": 4}),
    ("2020年市人民政府办公室收到政府信息公开申请信件27件，其中本年度答复25件，结转下年度办理2件。"
     "在已答复的信件中，予以公开9件，部分公开4件，无法提供12件（均属于本机关不掌握的信息）。",
     {"requests.new": 27, "requests.answered": 25, "requests.carried_forward": 2, "requests.granted": 9,
      "requests.partially_granted": 4, "requests.unable": 12, "requests.unable.not_held": 12}),
    ("2020年，新蔡县人民政府共受理政府信息公开申请13件，13件已按时办结。", {"requests.new": 13, "requests.answered": 13}),
    ("2020年度没有依申请公开信息的情况。", {"requests.new": 0}),
    ("依申请公开情况，2020年度我街道未收到申请人提出的依申请公开。", {"requests.new": 0}),
    ("2020年、未收到依申请公开政府信息情况。", {"requests.new": 0}),
])
def test_request_wordings_the_vocabulary_lacked(sentence, want):
    got = read("二、依申请公开\n" + sentence)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize("sentence, key", [
    ("收到公开政府信息的意见建议3件。", "requests.new"),
    ("收到要求公开政府信息的信访3件。", "requests.new"),
    ("受理申请公开信息的咨询4件。", "requests.new"),
    ("没有依申请公开信息的渠道。", "requests.new"),
    ("未收到申请人提出的依申请公开的行政复议。", "requests.new"),
    ("未收到依申请公开政府信息情况说明。", "requests.new"),
    ("不掌握无法提供2件（本机关不掌握的信息）。", "requests.unable.not_held"),
    ("受理申请13件，13件正在办理。", "requests.answered"),
    ("收到申请13件，约10件已办结。", "requests.answered"),
    ("上年收到申请13件，13件已办结。", "requests.answered"),
])
def test_near_misses_of_the_request_wordings(sentence, key):
    """Guard: near misses of the wordings added here must not read."""
    assert key not in read("二、依申请公开\n" + sentence)


# ---- complaints (a legacy row) ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2013年度本办未发生因违反政府信息公开工作规定而申请行政复议、提起行政诉讼、申诉的情况。",
    "我镇2013年度，未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。",
    "无行政复议、行政诉讼和行政申诉情况发生。",
])
def test_no_complaint_named_last_in_a_negated_list(sentence):
    got = read("五、复议、诉讼和申诉情况\n" + sentence, head="岚峰县某镇2013年政府信息公开工作年度报告\n")
    assert (got["review.total"], got["litigation.total"], got["complaints.total"]) == (0, 0, 0)


@pytest.mark.parametrize("sentence, count", [
    ("未发生行政复议、行政诉讼，收到申诉2件。", 2),      # a complaint count of its own: that count (hunt48b), never none
    ("未发生行政复议、行政诉讼，申诉3件。", 3),
    ("未发生行政复议、行政诉讼和申诉败诉情况。", None),  # no case lost is not no case
    ("发生行政复议、行政诉讼和申诉案件3件。", None),     # (a count shared with the reviews and lawsuits)
])
def test_near_misses_of_no_complaint(sentence, count):
    """Guard: near misses of the wording added here must not read as none."""
    got = read("五、复议、诉讼和申诉情况\n" + sentence, head="岚峰县某镇2013年政府信息公开工作年度报告\n")
    assert got.get("complaints.total") == count


def test_a_later_templates_report_reads_no_complaints():
    """The 2019 and 2021 templates have no complaint row: a sentence naming none is no figure there."""
    report = reportparse.parse_text(HEAD + "四、行政复议和诉讼\n无行政复议、行政诉讼和行政申诉情况发生。")
    got = {i.key: i.value for i in report.indicators}
    assert got["review.total"] == 0 and "complaints.total" not in got
    assert any("complaints.total belongs to another template" in w for w in report.warnings)
