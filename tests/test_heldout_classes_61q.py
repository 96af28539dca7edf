"""Wordings of real reports the library missed or misread (heldout61b), each a class with a guard that a near case is not
read. Texts and figures are invented.

- a refusal before the count (不予受理政府信息公开申请2件): an outcome of some requests, never the year's received ones
  (precision: the count was read as requests.new);
- the requests named as what they ask (收到依申请公开政府信息要求4条) or with the 请 of 依申请 dropped by a typo
  (共收到依申公开事项7件): the year's new ones; never a bare 依申请公开信息37条 nor an inquiry's count;
- none received said as a state (没有受理政府信息申请情况、没有…): requests.new 0; never a complaint's, nor 不予受理;
- 处理 as the handling of the requests where it counts the answers (共处理依申请公开答复信息3条) or the letters said
  answered right after (共处理已申请公开来件13件,并按时答复): requests.answered; never a mailbox's answers, nor letters
  handled with no answer said;
- 年内 (within the year) before 制发 (年内制发行政规范性文件6件): the year's issued documents; never 三年内/近三年内;
- 公布 as the site's verb after 其中 (其中县商务局门户网站主动公布各类信息120条): the website's share;
- a place's portal named 政务网 (通过岚峰县政务网公开各类政府信息1469条) alone in its paragraph: the total and the site's
  count; beside a medium's count, the site's only; never 政务网络;
- documents (公文, 文件) in 件 put out on a website made for disclosure (通过…政务信息公开网站发布公文共计23件), alone in its
  paragraph: the total and the site's count; never a portal's 公文, nor beside another channel's or kind's count;
- a title-less text stored from 一、总体情况 whose first paragraph cites the statute (a crawl's space inside 《…条例 》
  too) and whose parts go on (一)基本情况 … (二)主动公开政府信息统计, the template's name for the part: a report; never a
  part named otherwise (主动公开情况), a work summary so set out, nor a guide.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from values_read import values_read as _values

_BUREAU = "岚峰县某某局2023年政府信息公开工作年度报告\n一、总体情况\n"
_REQUESTS = _BUREAU + "（二）依申请公开情况\n"
_PROACTIVE = _BUREAU + "（一）主动公开情况\n"


# ---- a refusal before the count ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "本局2023年不予受理政府信息申请2件。",
    "全年不予受理政府信息公开申请2件。",
    "2023年共不予受理申请2件。",
    "全年不予以受理依申请公开2件。",
])
def test_a_refusal_is_no_count_of_requests_received(sentence):
    assert "requests.new" not in _values(_REQUESTS + sentence)


def test_the_received_count_before_a_refusal_stays_read():
    assert _values(_REQUESTS + "2023年共受理政府信息公开申请9件,不予受理2件。")["requests.new"] == 9


# ---- the requests named as what they ask, or 依申公开 ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023收到依申请公开政府信息要求4条,均已答复。", 4),
    ("2023年,我局共收到依申公开事项7件,在办理过程中严格按照规定答复。", 7),
    ("全年受理依申公开申请5件。", 5),
    ("全年共接到依申请公开信息的要求6件。", 6),
])
def test_requests_named_by_what_they_ask_or_with_a_typo(sentence, count):
    assert _values(_REQUESTS + sentence)["requests.new"] == count


@pytest.mark.parametrize("sentence", [
    "依申请公开信息37条。",                              # no verb of receiving
    "全年受理留言咨询169件。",
    "收到依申请公开政府信息要求的咨询电话6个。",          # calls about requests, not the requests
])
def test_a_near_count_is_no_request_count(sentence):
    assert "requests.new" not in _values(_REQUESTS + sentence)


# ---- none received said as a state --------------------------------------------------------------------------------

def test_no_request_received_said_as_a_state():
    got = _values("青禾镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n"
                  "本镇2023年没有受理政府信息申请情况、没有“不予公开”的政府信息情况。")
    assert (got["requests.new"], got["requests.denied"]) == (0, 0)


@pytest.mark.parametrize("sentence", [
    "本局2023年没有受理涉及政府信息的投诉情况、没有复议。",
    "本局2023年没有受理政府信息申请后逾期答复的情况。",
])
def test_none_said_of_another_matter_is_no_zero(sentence):
    assert "requests.new" not in _values(_REQUESTS + sentence)


# ---- 处理 counting the answers ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023年,共处理依申请公开答复信息3条;某某网咨询信箱答复信息8条。", 3),
    ("2023年,共处理已申请公开来件13件,均按时答复。", 13),
    ("全年处理已申请公开的来件11件,并依法依规按时办结。", 11),
])
def test_handled_answers_or_letters_said_answered(sentence, count):
    assert _values(_REQUESTS + sentence)["requests.answered"] == count


@pytest.mark.parametrize("sentence", [
    "2023年,某某网咨询信箱答复信息8条。",
    "2023年,共处理已申请公开来件13件。",                  # handled: no answer said
    "2023年,共处理信访来件13件,均按时答复。",
])
def test_a_mailbox_or_letters_with_no_answer_are_not_read(sentence):
    assert "requests.answered" not in _values(_REQUESTS + sentence)


# ---- 年内 before 制发 ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("年内制发行政规范性文件6件,废止2件。", 6),
    ("加强基础信息公开,年内制发规范性文件7件。", 7),
    ("年内制发3件规范性文件。", 3),
])
def test_within_the_year_before_issuing(sentence, count):
    assert _values(_PROACTIVE + sentence)["disclosure.normative_docs.issued"] == count


@pytest.mark.parametrize("sentence", ["近三年内制发行政规范性文件6件。", "三年内制发行政规范性文件6件。"])
def test_within_years_is_no_years_count(sentence):
    assert "disclosure.normative_docs.issued" not in _values(_PROACTIVE + sentence)


# ---- 公布 after 其中 ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "主动公开政府信息348条,其中县商务局门户网站主动公布各类信息120条,官方微信发布46条。",
    "主动公开政府信息348条,其中通过门户网站公布信息120条,官方微信发布46条。",
])
def test_the_sites_share_published_with_gongbu(sentence):
    got = _values(_PROACTIVE + sentence)
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (348, 120)


def test_a_mediums_share_with_gongbu_is_no_websites():
    got = _values(_PROACTIVE + "主动公开政府信息348条,其中官方微信主动公布各类信息120条。")
    assert "disclosure.via_website" not in got


# ---- a place's portal named 政务网 ------------------------------------------------------------------------------------

_OFFICE = "岚峰县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"


@pytest.mark.parametrize("sentence, count", [
    ("2023年,通过岚峰县政务网公开各类政府信息1469条。其中,政务动态信息1298条,政策解读类信息8条。", 1469),
    ("2023年,在青禾区政务网主动公开政府信息317条。", 317),
])
def test_a_places_portal_alone_is_the_total_and_the_sites(sentence, count):
    got = _values(_OFFICE + sentence)
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (count, count)


def test_the_portal_beside_a_medium_is_the_sites_only():
    got = _values(_OFFICE + "2023年,通过岚峰县政务网公开各类政府信息1469条,通过微信公众号发布信息212条。")
    assert got["disclosure.via_website"] == 1469
    assert "disclosure.total" not in got


def test_a_network_is_no_portal():
    got = _values(_OFFICE + "2023年,通过岚峰县政务网络公开各类政府信息1469条。")
    assert "disclosure.total" not in got and "disclosure.via_website" not in got


# ---- documents on a disclosure website ---------------------------------------------------------------------------------

_FOREIGN = "岚峰县外事办公室2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况。\n"


@pytest.mark.parametrize("sentence, count", [
    ("2023年,我办按照《条例》规定,通过岚峰县人民政府政务信息公开网站发布公文共计23件。", 23),
    ("2023年,在县政府信息公开网发布文件17件。", 17),
])
def test_documents_on_a_disclosure_website_alone(sentence, count):
    got = _values(_FOREIGN + sentence)
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (count, count)


@pytest.mark.parametrize("sentence", [
    "2023年,通过县政府门户网站发布公文23件。",                                    # a portal: not made for disclosure
    "2023年,通过县政府信息公开网站发布公文23件,通过微信公众号发布信息40条。",
    "2023年,通过县政府信息公开网站发布公文23件、政策解读5条。",
])
def test_documents_on_a_portal_or_beside_other_counts_are_no_total(sentence):
    assert "disclosure.total" not in _values(_FOREIGN + sentence)


# ---- a title-less text from 一、总体情况 ------------------------------------------------------------------------------

_OVERVIEW = ("一、总体情况\n2023年,青禾街道认真贯彻落实《中华人民共和国政府信息公开条例{gap}》和上级部署,进一步加大公开力度。\n"
             "(一){first}。为切实贯彻《条例》,青禾街道完善了政府信息公开指南和目录。\n"
             "(二)主动公开政府信息统计。2023年,主动公开政府信息共计173条。其中,通过网站主动公开政府信息128条。\n")


@pytest.mark.parametrize("gap", ["", " "])
@pytest.mark.parametrize("first", ["基本情况", "组织领导"])
def test_a_title_less_overview_citing_the_statute_is_a_report(gap, first):
    got = _values(_OVERVIEW.format(gap=gap, first=first))
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (173, 128)


@pytest.mark.parametrize("part", ["主动公开情况", "加强主动公开政府信息"])
def test_a_proactive_part_not_named_as_the_template_names_it_is_no_report(part):
    with pytest.raises(NotAnnualReportError):       # (one status part of anything: test_heldout_classes_lead37)
        reportparse.parse_text(_OVERVIEW.format(gap="", first="基本情况").replace("主动公开政府信息统计", part))


def test_a_work_summary_so_set_out_is_no_report():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text(_OVERVIEW.format(gap="", first="基本情况").replace(
            "进一步加大公开力度", "现将2023年政务公开工作总结如下"))


def test_a_guide_citing_the_statute_is_no_report():
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text("根据《中华人民共和国政府信息公开条例》,为方便公民申请政府信息,编制本指南。\n"
                               "(一)基本情况。青禾街道办事处地址。\n(二)主动公开政府信息的范围。\n")
