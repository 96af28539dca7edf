"""Wordings of real reports the library missed or misread (hunt57), each a class with a guard that a near case is not
read. Texts and figures are invented.

- a running total reached at the year's end, said as a clause opened by that end (2023年底，本单位累计主动公开政府信息
  1031条): no count of the year (it was read as the year's total); the year's new ones said beside it are;
  a clause opened by the year itself (2023年，全局累计…) stays the year's;
- the requests carried over said as last year's unfinished ones (上年度未办结3件), carried forward to 次年 (结转次年
  办理1件, 转至次年办理), and put off to next year with the rule said between count and verb (3件申请按照《条例》规定
  顺延到下年度答复); never a petition's cases;
- a website named 政务公开网站 after a place (通过吴兴区政务公开网站公开信息96条): that website's count;
- what a website put out named as 法定主动公开内容 (政府网站发布法定主动公开内容5312条): the website's count;
- the disclosure platform named with its place (共在县政府信息公开平台发布各类重要信息293条): the proactive total, as the
  platform alone is; never beside another channel's count nor the parts';
- the proactive count's unit lost in the page (主动公开政府信息72,其中工作动态58条,政策法规14条): read where the kinds
  its 其中 lists add up to it; never where they do not;
- none received said as no instance of someone asking a body (未出现…权利人向…义务人申请公开信息的情况): requests.new 0;
  never a lawsuit's or a review's.
"""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_HEAD = "青禾县某某街道办事处2023年政府信息公开工作年度报告\n一、总体情况\n"
_TAIL = "\n（二）依申请公开情况\n2023年共收到政府信息公开申请7件。"


# ---- a running total reached at the year's end ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, new", [
    ("2023年底，本单位累计主动公开政府信息1031条，全文电子化率达100%，2023年新增的主动公开政府信息46条。", 46),
    ("2023年末，累计主动公开政府信息2417条，其中本年度新增主动公开政府信息83条。", 83),
    ("2023年底，我街道累计公开政府信息659条。今年新增主动公开政府信息29条。", 29),
])
def test_a_running_total_at_the_years_end_is_not_the_years(sentence, new):
    v = _values(_HEAD + "（一）主动公开情况\n" + sentence + _TAIL)
    assert v.get("disclosure.total") == new
    assert v["requests.new"] == 7


def test_a_running_total_alone_at_the_years_end_reads_no_total():
    v = _values(_HEAD + "（一）主动公开情况\n2023年底，本单位累计主动公开政府信息1031条，全文电子化率达100%。" + _TAIL)
    assert "disclosure.total" not in v


def test_a_clause_opened_by_the_year_itself_is_still_the_years():
    v = _values(_HEAD + "（一）主动公开情况\n2023年，本单位累计主动公开政府信息361条。" + _TAIL)
    assert v["disclosure.total"] == 361


# ---- carried over as last year's unfinished, carried forward to 次年, put off by the rule ---------------------------

@pytest.mark.parametrize("sentence, new, over, answered, forward", [
    ("共办理8件政府信息公开申请，其中本机关新收5件，上年度未办结3件。办结7件，结转次年办理1件。", 5, 3, 7, 1),
    ("共办理14件政府信息公开申请，其中新收12件，上年未办结的申请2件，办结11件，转至次年办理3件。", 12, 2, 11, 3),
    ("本年度共受理信息公开申请115件，答复政府信息公开申请117件（含上年度结转申请5件，另有3件申请按照《条例》规定"
     "顺延到下年度答复）。", 115, 5, 117, 3),
    ("共收到政府信息公开申请26件，去年未办结申请4件，已办结21件，9件依照有关规定顺延至次年答复。", 26, 4, 21, 9),
])
def test_carried_over_and_forward_in_these_words(sentence, new, over, answered, forward):
    v = _values(_HEAD + "（一）主动公开情况\n加强公开。\n（二）依申请公开情况\n" + sentence)
    assert v["requests.new"] == new
    assert v["requests.carried_over"] == over
    assert v["requests.answered"] == answered
    assert v["requests.carried_forward"] == forward


def test_a_petitions_unfinished_cases_are_none_of_the_requests():
    v = _values(_HEAD + "（一）主动公开情况\n加强公开。\n（二）依申请公开情况\n共收到政府信息公开申请6件。"
                "全年受理信访件38件，上年度未办结信访件4件，结转次年办理2件。")
    assert v["requests.new"] == 6
    assert "requests.carried_over" not in v
    assert "requests.carried_forward" not in v


# ---- a website named 政务公开网站 after a place, or what it put out named as 法定主动公开内容 -------------------------

@pytest.mark.parametrize("sentence, site", [
    ("全年主动公开政务信息987条。其中，通过吴兴区政务公开网站公开信息96条，通过信息公开栏等平台公开信息891条。", 96),
    ("通过青禾县政务公开网站发布信息143条，通过微信公众号发布信息57条。", 143),
    ("在区政务公开网站主动公开政府信息218条；在镇政务公开栏公开信息64条。", 218),
    ("2023年政府网站发布法定主动公开内容5312条，发布重大建设项目等重点领域信息315条，微信发布信息1408条。", 5312),
    ("全年通过区政府门户网站发布主动公开内容412条，“青禾发布”微信公众号推送信息733条。", 412),
    ("街道门户网站公开法定主动公开内容178条，政务微博发布信息96条。", 178),
])
def test_the_websites_count_in_these_words(sentence, site):
    v = _values(_HEAD + "（一）主动公开情况\n" + sentence + _TAIL)
    assert v["disclosure.via_website"] == site


@pytest.mark.parametrize("text", [
    "青禾县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
    "各乡镇政务公开网站公开信息312条，通过微信公众号发布信息57条。",
    _HEAD + "（一）主动公开情况\n按要求在政府网站发布法定主动公开内容，目录共5类。",
])
def test_the_parts_website_or_content_uncounted_is_no_count(text):
    assert "disclosure.via_website" not in _values(text + _TAIL)


# ---- the disclosure platform named with its place, its items as 各类重要信息 ---------------------------------------------

_TOWN = "青禾县某某镇人民政府2014年政府信息公开工作年度报告\n二、主动公开政府信息的情况\n"


@pytest.mark.parametrize("sentence, total", [
    ("2014年共在县政府信息公开平台发布各类重要信息293条，较上一年度增长11.4%。", 293),
    ("2014年在青禾县人民政府信息公开平台发布信息178条。", 178),
    ("全年通过市政府信息公开专栏公开各类重要信息64条。", 64),
])
def test_the_disclosure_platform_of_a_place(sentence, total):
    v = _values(_TOWN + sentence + "\n三、依申请公开政府信息情况\n本年度收到政府信息公开申请2件。")
    assert v["disclosure.total"] == total
    assert v["requests.new"] == 2


@pytest.mark.parametrize("sentence", [
    "2014年在县政府信息公开平台发布信息31条，在镇政务公开栏公开信息80条。",
    "各乡镇在县政府信息公开平台发布信息293条。",
])
def test_the_platform_beside_another_channel_or_the_parts_is_no_total(sentence):
    assert "disclosure.total" not in _values(_TOWN + sentence)


# ---- the proactive count's unit lost, its 其中 parts adding up to it ---------------------------------------------------

_TOWN23 = "青禾县某某镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开。\n"
_REQ23 = "\n（二）依申请公开。\n2023年度，我镇收到并办理政府信息公开申请4件。"


@pytest.mark.parametrize("sentence, total", [
    ("截至2023年12月31日，镇政府信息公开全年累计主动公开政府信息72，其中工作动态58条，政策法规14条", 72),
    ("全年主动公开政府信息95，其中工作动态58条、政策法规14条、通知公告23条。", 95),
    ("本年度主动公开政务信息131,其中:财政信息17条,工作动态114条。", 131),
])
def test_a_proactive_count_whose_unit_was_lost(sentence, total):
    v = _values(_TOWN23 + sentence + _REQ23)
    assert v["disclosure.total"] == total
    assert v["requests.new"] == 4


@pytest.mark.parametrize("sentence", [
    "全年主动公开政府信息72，其中工作动态58条，政策法规13条。",
    "全年主动公开政府信息72，其中工作动态58条。",
])
def test_a_unitless_count_its_parts_do_not_prove_is_not_read(sentence):
    assert "disclosure.total" not in _values(_TOWN23 + sentence + _REQ23)


# ---- none received, said as no instance of someone asking a body ---------------------------------------------------

_LEGACY = ("青禾县某某镇人民政府2014年政府信息公开工作年度报告\n二、主动公开政府信息情况\n本年主动公开政府信息88条。\n"
           "三、依申请公开政府信息情况\n")


@pytest.mark.parametrize("sentence", [
    "截至2014年12月31日，未出现政府信息权利人向镇政府信息公开义务人申请公开信息的情况。",
    "本年度没有出现公民向本机关申请公开政府信息的情况。",
    "全年未发生群众向我镇申请公开政府信息的事项。",
])
def test_no_instance_of_asking_is_no_request(sentence):
    v = _values(_LEGACY + sentence)
    assert v["requests.new"] == 0
    assert v["disclosure.total"] == 88


@pytest.mark.parametrize("sentence", [
    "未发生申请人向法院起诉申请公开信息的情况。",
    "本年度未出现因申请公开信息被申请行政复议的情况。",
])
def test_a_lawsuit_or_review_not_arising_says_nothing_of_requests(sentence):
    assert "requests.new" not in _values(_LEGACY + sentence)
