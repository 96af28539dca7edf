"""Wordings of real reports the library missed or misread (hunt60: northern and western issuers), each a class with a
guard that a near case is not read. Texts and figures are invented.

- 政府信息 as the subject after the year, a sum word before its verb (2021年,政府信息累计公开4366条; 全年政务信息共发布…):
  the year's proactive total; never after an end or a start (截至…年底, …以来) nor in another year's clause;
- enumerated items that each name an outlet and count (一是…公示栏主动公开信息1483条;二是政府网站发布信息2100条): each one
  channel's count, never the proactive total; an item beside items of no outlet keeps the total's reading;
- a table 三 row label said in a sentence (本年新收434件,办理434件,…。同意公开或部分公开247件。): prose, no table, so the
  sentence's requests are read; a printed row still is;
- a received whole broken down by year after 其中 (共受理…50件,其中结转2023年3件,2024年申请47件): carried over and new;
  never the next year's (结转2025年 in a 2024 report) nor another year's requests;
- a website's share after 包括 as after 其中 (…382条,包括政府网站35条,…媒体上发布信息80条): the site's count, where another
  channel's count follows; alone or of several outlets (政府网站等平台) it is not read;
- a bare 办理 between the received count and the rest carried forward (本年新收434件,办理434件,剩余21件结转下一年度处理):
  the answered ones; never without the rest carried forward after it (ones under way), nor 正在办理;
- a proactive count with its unit left out, its clause ending at it (主动公开各类信息6709,专栏专题维护4个): the total; never a
  grouped figure's first digits (1,234条) nor after 应;
- a count given out 对外/向社会 (在部门网站…栏目对外公开发布政府信息5条), and one after 共计 with its noun after it (主动公开…
  等内容,共计25条信息): the total; beside another channel's count, or after 应 or under a running end, it is not;
- a website named as the way by 利用/依托 as by 通过 (利用“某某”网站发布信息713条, 微信公众号…66条): the site's share; beside
  another site's count said with 通过 (two sites) neither is read;
- the functional zones of 滨海新区 (天津经济技术开发区, 天津港保税区, …): region 120116 (data/region_aliases.tsv).
"""
from __future__ import annotations

import pytest

import reportparse
from values_read import values_read as _values

_HEAD = "岚峰县青禾镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
_REQUESTS = "\n（二）依申请公开情况\n2021年共收到政府信息公开申请3件。\n"


# ---- 政府信息 as the subject, a sum word before the verb ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2021年,政府信息累计公开4366条。一是各村政府信息公示栏主动公开信息1483条。", 4366),
    ("2021年,政务信息共发布2718条,其中工作动态1902条。", 2718),
    ("全年政府信息累计主动公开537条。", 537),
    ("本年度,政府信息共计公开819条。", 819),
])
def test_government_information_as_subject_with_a_sum_word_is_the_total(sentence, count):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.total"] == count
    assert v["requests.new"] == 3


@pytest.mark.parametrize("sentence", [
    "截至2021年底,政府信息累计公开4366条。",
    "2008年以来,政府信息累计公开4366条。",
    "2020年,政府信息累计公开4366条。",
])
def test_a_running_or_other_year_count_of_government_information_is_not_the_total(sentence):
    assert "disclosure.total" not in _values(_HEAD + sentence + _REQUESTS)


# ---- enumerated items each naming an outlet --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, site", [
    ("一是各村政府信息公示栏主动公开信息1483条;二是政府网站发布信息2107条。", 2107),
    ("一是通过镇政府网站主动公开信息316条;二是通过微信公众号主动公开信息95条。", 316),
    ("1.在县政府门户网站主动公开政府信息248条;2.在镇政务公开栏公开信息77条。", 248),
])
def test_items_each_counting_an_outlet_give_no_total(sentence, site):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert "disclosure.total" not in v
    assert v.get("disclosure.via_website") in (site, None)


@pytest.mark.parametrize("sentence, count", [
    ("一是完善制度。二是通过政府网站主动公开信息364条。三是加强培训。", 364),
    ("(1)主动公开情况:通过政府网站主动公开信息328条。(2)依申请公开情况:收到申请5件。", 328),
])
def test_an_item_beside_items_of_no_outlet_keeps_the_total(sentence, count):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.total"] == count


# ---- a table 三 row label said inside a sentence is prose -------------------------------------------------------------

_REQ_HEAD = "岚峰县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"


@pytest.mark.parametrize("sentences, new, forward", [
    ("上年结转政府信息公开申请17件,本年新收386件,办理389件,剩余14件结转下一年度处理。同意公开或部分公开209件。", 386, 14),
    ("本年新收政府信息公开申请52件,上年结转3件,结转下年度继续办理4件。予以公开或部分公开31件。", 52, 4),
    ("本年新收依申请公开件73件,结转下年度继续办理6件。其中部分公开12件。", 73, 6),
])
def test_a_row_label_in_a_sentence_starts_no_table(sentences, new, forward):
    v = _values(_REQ_HEAD + sentences + "\n（三）政府信息管理\n")
    assert v["requests.new"] == new
    assert v["requests.carried_forward"] == forward


def test_a_printed_table_row_is_still_read():
    table = ("三、收到和处理政府信息公开申请情况\n"
             "本年新收政府信息公开申请数量 | 11 | 2 | 0 | 0 | 0 | 0 | 13\n"
             "上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n"
             "（二）部分公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4\n")
    v = reportparse.parse_text(_REQ_HEAD + table + "四、政府信息公开行政复议、行政诉讼情况\n").values()
    assert v["requests.new|applicant=total"] == 13
    assert v["requests.partially_granted|applicant=natural_person"] == 3


# ---- a received whole broken down by year after 其中 -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, new, over", [
    ("2024年共受理信息公开申请58件,其中结转2023年5件,2024年申请53件,均已按时答复。", 53, 5),
    ("全年共收到政府信息公开申请29件,其中2024年申请27件,结转2023年2件。", 27, 2),
    ("共接收依申请公开申请16件,其中2024年新收14件、结转2023年度2件。", 14, 2),
])
def test_a_received_whole_broken_down_by_year(sentence, new, over):
    v = _values(_REQ_HEAD + sentence)
    assert v["requests.new"] == new
    assert v["requests.carried_over"] == over


@pytest.mark.parametrize("sentence, key", [
    ("共受理申请50件,其中结转2025年3件。", "requests.carried_over"),      # the next year's: carried forward
    ("2024年共受理申请50件,其中2023年申请47件。", None),                   # another year's requests: no share of this one
])
def test_another_years_share_is_not_the_years_own(sentence, key):
    v = _values(_REQ_HEAD + sentence)
    if key:
        assert key not in v
    else:
        assert v.get("requests.new") != 47


# ---- a website's share after 包括 ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, total, site", [
    ("全年主动公开政务信息391条,包括政府网站36条,岚峰日报、青禾新闻等媒体上发布信息84条,微信公众号271条。", 391, 36),
    ("全年主动公开政务信息208条,包括政府网站公开47条,微信公众号发布信息161条。", 208, 47),
    ("2021年主动公开政府信息155条,包括镇政府网站29条、政务公开栏126条。", 155, 29),
])
def test_a_site_share_after_baokuo(sentence, total, site):
    v = _values(_HEAD + sentence + _REQUESTS)
    assert v["disclosure.total"] == total
    assert v["disclosure.via_website"] == site


@pytest.mark.parametrize("sentence", [
    "全年主动公开政务信息382条,包括政府网站35条。",                       # no other channel counted: not surely a share
    "全年主动公开政务信息382条,包括政府网站等平台35条,微信80条。",         # several outlets' count
])
def test_a_site_after_baokuo_not_settled_is_not_read(sentence):
    assert "disclosure.via_website" not in _values(_HEAD + sentence + _REQUESTS)


# ---- the functional zones of 滨海新区 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "天津经济技术开发区2024年政府信息公开工作年度报告",
    "中新天津生态城管理委员会2023年政府信息公开工作年度报告",
    "天津港保税区管理委员会2022年政府信息公开工作年度报告",
])
def test_a_functional_zone_of_binhai_is_binhai(title):
    r = reportparse.parse_text(title + "\n一、总体情况\n全年主动公开政府信息168条。\n")
    assert r.issuer.region.code == "120116"


def test_another_tianjin_district_keeps_its_code():
    r = reportparse.parse_text("天津市和平区2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息168条。\n")
    assert r.issuer.region.code == "120101"


# ---- a bare 办理 before the rest carried forward --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, answered, forward", [
    ("上年结转政府信息公开申请17件,本年新收386件,办理389件,剩余14件结转下一年度处理。", 389, 14),
    ("本年共收到政府信息公开申请12件,办理10件,剩余2件结转下一年度办理。", 10, 2),
    ("全年受理依申请公开申请31件,办理完毕28件;尚有3件结转下年度继续办理。", 28, 3),
])
def test_bare_handling_before_the_rest_carried_forward_is_answered(sentence, answered, forward):
    v = _values(_REQ_HEAD + sentence)
    assert v["requests.answered"] == answered
    assert v["requests.carried_forward"] == forward


@pytest.mark.parametrize("sentence", [
    "本年共收到政府信息公开申请12件,办理10件。",
    "本年共收到政府信息公开申请12件,正在办理10件,剩余2件结转下一年度办理。",
])
def test_handling_without_the_rest_or_under_way_is_not_answered(sentence):
    assert "requests.answered" not in _values(_REQ_HEAD + sentence)


# ---- a proactive count with its unit left out -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("全年通过区政府门户网站主动公开各类信息6709,专栏专题维护4个。", 6709),
    ("2021年主动公开各项政务信息583；政策解读文件9件。", 583),
    ("本年度主动发布各类政府信息1204;政策解读9条。", 1204),
])
def test_a_proactive_count_without_its_unit(sentence, count):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.total"] == count


@pytest.mark.parametrize("sentence, want", [
    ("全年主动公开各类政府信息1,234条。", 1234),       # a grouped figure: its first digits are no count
    ("全年应主动公开各类信息6709,实际公开情况见附表。", None),
    ("2021年主动公开各项政务信息583。", None),        # before the full stop: left (the sentence cut, see the row)
])
def test_no_unit_guard(sentence, want):
    assert _values(_HEAD + sentence + _REQUESTS).get("disclosure.total") == want


# ---- given out 对外, or counted after 共计 with its noun after ----------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    # (said in the site's named columns, 在部门网站“通知公告”栏目对外公开发布…, it is the site's posts: test_leads66)
    ("全年在部门网站对外公开发布政府信息7条。", 7),
    ("全年对外公开发布政府信息16条。", 16),
    ("2021年,通过岚峰县政府门户网站主动公开季度经济指标、执法检查情况、财政预决算等内容,共计27条信息。", 27),
    ("本年度主动公开人事任免、项目审批等信息,合计64条信息。", 64),
])
def test_given_out_or_summed_after_the_kinds(sentence, count):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.total"] == count


@pytest.mark.parametrize("sentence", [
    "全年在部门网站对外公开发布政府信息5条,微信公众号发布信息30条。",
    "应主动公开季度经济指标等内容,共计25条信息。",
    "截至2021年底,主动公开财政预决算等内容,共计25条信息。",
])
def test_given_out_or_summed_guard(sentence):
    assert "disclosure.total" not in _values(_HEAD + sentence + _REQUESTS)


# ---- a website named as the way by 利用/依托 --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, site", [
    ("全年利用“岚峰外事”网站发布信息713条,微信公众号发布信息66条。", 713),
    ("全年依托“岚峰之窗”门户网站公开信息245条,微信公众号发布信息58条。", 245),
    ("2021年利用县政府门户网站公开政府信息132条,政务微博发布信息47条。", 132),
])
def test_a_site_named_by_liyong_is_the_sites_share(sentence, site):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.via_website"] == site


@pytest.mark.parametrize("sentence", [
    "全年利用“岚峰外事”网站发布信息713条,通过“青禾在线”网站发布信息80条。",
    "全年通过“岚峰外事”网站发布信息713条,利用“青禾在线”网站发布信息80条。",
])
def test_two_sites_one_said_by_liyong_give_no_site_share(sentence):
    assert "disclosure.via_website" not in _values(_HEAD + sentence + _REQUESTS)
