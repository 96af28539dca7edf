"""Sentence classes a held-out set of real reports lost (stop 28): proactive totals with the noun first (政府信息主动公开
171条) or without 政府 (完成信息公开716件), request counts said as a 请求 or with the verb after the noun, every request
granted said after the count, 办理完成 as answered, no carry-over said with 无, legacy reasons with the count first, the
gazette named in full in a 其中 list. Invented sentences and numbers; each class was seen on real pages."""
import pytest

import reportparse

HEAD = "岚峰县住房和城乡建设局2025年政府信息公开工作年度报告\n发布日期：2026-01-20\n"
LEGACY_HEAD = "岚峰县住房和城乡建设局2012年政府信息公开工作年度报告\n发布日期：2013-01-20\n"
REQUESTS = "二、依申请公开情况\n"
PROACTIVE = "一、主动公开情况\n"


def read(text: str, head: str = HEAD) -> dict:
    """The report's own (not derived) values, by key (this year's) and by (key, period) for the others."""
    out = {}
    for i in reportparse.parse_text(head + text).indicators:
        if not i.derived:
            out[i.key if i.period == "year" else (i.key, i.period)] = i.value
    return out


# ---- proactive totals ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, total", [
    (PROACTIVE + "2025年，我局政府信息主动公开171条，其中政策文件12条。", 171),
    (PROACTIVE + "2025年，政府信息主动公开173条。", 173),
    ("一、总体情况\n2025年，本局政府信息主动公开176条，依申请公开3件。", 176),
    (PROACTIVE + "2025年，我局完成信息公开716件。", 716),
    ("一、总体情况\n2025年，完成信息公开718件，按时办结率100%。", 718),
])
def test_proactive_totals_with_the_noun_first_or_no_government(text, total):
    assert read(text)["disclosure.total"] == total


# ---- request counts -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, new", [
    ("2025年共收到政府信息公开请求2件，均已答复。", 2),
    ("2025年政府信息公开申请受理3条，已按时答复。", 3),
    ("2025年，我局收到群众来信申请公开政府信息4件。", 4),
    ("2025年，收到公民申请政府信息公开5件。", 5),
    ("2025年，收到市民通过网上申请政府信息公开的申请6件。", 6),
    ("2025年，我局共收到来自公民、法人或者其他组织对依申请公开政府信息的申请7件，均按时答复。", 7),
])
def test_request_counts_in_wordings_the_vocabulary_lacked(sentence, new):
    assert read(REQUESTS + sentence)["requests.new"] == new


def test_no_request_said_with_the_noun_before_its_verb():
    assert read(REQUESTS + "本年度未收到政府信息申请公开。")["requests.new"] == 0


# ---- outcomes -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("2025年共收到政府信息公开申请14件，全部准予公开。", 14),
    ("2025年共收到政府信息公开申请15件，均予以公开。", 15),
    ("2025年共收到政府信息公开申请16件，已全部办理完成，全部予以公开。", 16),
])
def test_every_request_granted_is_the_sentences_count(sentence, n):
    got = read(REQUESTS + sentence)
    assert (got["requests.new"], got["requests.granted"]) == (n, n)


@pytest.mark.parametrize("sentence", [
    "2025年共收到政府信息公开申请198件，辦理完成197件。",       # traditional script
    "2025年共收到政府信息公开申请198件，办理完成197件。",
])
def test_answered_said_as_done(sentence):
    got = read(REQUESTS + sentence)
    assert (got["requests.new"], got["requests.answered"]) == (198, 197)


@pytest.mark.parametrize("sentence", [
    "2025年共收到政府信息公开申请19件，无转结下年度办理的申请。",
    "2025年共收到政府信息公开申请19件，已全部办结，无转结。",
])
def test_none_carried_forward_said_with_wu(sentence):
    got = read(REQUESTS + sentence)
    assert (got["requests.new"], got["requests.carried_forward"]) == (19, 0)


def test_legacy_reasons_with_the_count_first():
    got = read(REQUESTS + "2012年共收到政府信息公开申请21件，其中予以公开12件，3件因信息不存在无法提供，"
               "4件因不属于本机关公开范围告知申请人。", LEGACY_HEAD)
    assert (got["requests.new"], got["requests.granted"], got["requests.reply.not_exist"],
            got["requests.reply.not_this_agency"]) == (21, 12, 3, 4)


# ---- the gazette in a 其中 list -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2025年主动公开政府信息300条，其中在门户网站发布251条、在《岚峰县人民政府公报》刊登23条、在政务微博发布26条。",
    "2025年主动公开政府信息300条，其中通过县政府网站公开251条、县政府公报公开23条。",
    "2025年主动公开政府信息300条，其中，通过政府网站公开251条，通过《政府公报》公开23条。",
    "2025年主动公开政府信息300条，其中：通过政府网站公开251条；通过政府公报公开23条。",
])
def test_the_gazette_named_in_full_in_a_list_of_channels(sentence):
    got = read(PROACTIVE + sentence)
    assert (got["disclosure.total"], got["disclosure.via_website"], got["disclosure.via_gazette"]) == (300, 251, 23)


# ---- near misses --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    (PROACTIVE + "2025年，财政预决算政府信息主动公开12条。", "disclosure.total"),          # a kind
    (PROACTIVE + "2024年，我局政府信息主动公开171条。", "disclosure.total"),               # another year
    (REQUESTS + "2025年，依申请方面，完成信息公开12件。", "disclosure.total"),             # requests named before
    (PROACTIVE + "2025年，我局完成信息公开申请答复12件。", "disclosure.total"),
    (REQUESTS + "2025年，收到行政复议请求2件。", "requests.new"),
    (REQUESTS + "2025年，行政复议申请受理2件。", "requests.new"),
    (REQUESTS + "2025年政府信息公开申请受理率100%。", "requests.new"),
    (REQUESTS + "2025年，收到对政府信息公开答复不服申请行政复议的申请2件。", "requests.new"),
    (REQUESTS + "2025年，收到来自群众对行政复议决定的申请2件。", "requests.new"),
    (REQUESTS + "2025年，收到来自公民对依申请公开政府信息答复不服的行政复议申请2件。", "requests.new"),
    (REQUESTS + "本年度未收到政府信息申请公开的行政复议。", "requests.new"),
    (REQUESTS + "2025年共收到政府信息公开申请14件，办结13件，全部予以公开。", "requests.granted"),   # the 13's
    (REQUESTS + "2025年共收到政府信息公开申请14件（含上年结转1件），全部予以公开。", "requests.granted"),
    (REQUESTS + "2025年共收到政府信息公开申请14件，全部或部分公开。", "requests.granted"),
    (REQUESTS + "2025年共收到政府信息公开申请14件，除1件外全部予以公开。", "requests.granted"),
    (REQUESTS + "2025年共收到政府信息公开申请14件。全部予以公开。", "requests.granted"),       # another sentence
    (REQUESTS + "2025年共收到政府信息公开申请14件，无上年结转。", "requests.carried_forward"),
    (REQUESTS + "2025年共收到政府信息公开申请14件，无转结上年度申请。", "requests.carried_forward"),
    (REQUESTS + "2025年，办理完成率100%。", "requests.answered"),
    (PROACTIVE + "2025年主动公开政府信息300条，2024年在政府公报刊登20条。", "disclosure.via_gazette"),
])
def test_near_misses_are_not_read(text, key):
    assert key not in read(text)
