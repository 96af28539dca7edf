"""Sentence classes a held-out set of real reports lost (stop 29, hunt29a): proactive totals said with 資訊 (a big5
gateway's term), after a long list of kinds, after a locative (在街道子网页上), or after a '?' a crawler left for a lost
space; request counts after 受理办结 and by a body named by its declared short name (以下简称发改局); zero requests said
as 未接到依申请公开事项要求 / 没有收到过相关申请; 2019+ outcomes said as the template's rows (过程性信息N件, 本办不掌握…,
N条属于本机关不掌握…而无法提供, 无下年度结转, N件转至下年继续办理); legacy zeros with 事项/案; 其他形式申请0件; the natural
persons' share of the requests said in prose. Invented sentences and numbers; each class was seen on real pages."""
import pytest

import reportparse
from test_narrative_wordings_hunt28a import HEAD, LEGACY_HEAD, PROACTIVE, REQUESTS

STREET_HEAD = "岚峰县青石街道办事处2025年政府信息公开工作年度报告\n发布日期：2026-01-20\n"
NO_TITLE = "根据《中华人民共和国政府信息公开条例》，编制本报告。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n"


def read(text: str, head: str = HEAD) -> dict:
    """The report's own (not derived) values: by key for the totals of the year, by (key, applicant) for the others."""
    out = {}
    for i in reportparse.parse_text(head + text).indicators:
        if not i.derived and i.period == "year":
            out[i.key if i.applicant in (None, "total") else (i.key, i.applicant)] = i.value
    return out


# ---- near misses, written first -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    # 資訊 elsewhere: the information centre, a kind of information
    (PROACTIVE + "2025年，我局資訊中心共发布工作信息17条。", "disclosure.total"),
    (PROACTIVE + "2025年，我局共主动公开业务动态类资讯16条。", "disclosure.total"),
    # a '?' that is a question, or before a figure of another unit
    (PROACTIVE + "2025年，主动公开政府信息?约300条。", "disclosure.total"),
    # a long list of kinds that is one kind's count after 其中, or another year's
    (PROACTIVE + "2025年主动公开政府信息500条，其中主动公开年度财政预决算、义务教育学校招生入学政策、教师资格认定程序、"
     "教师招聘录用信息、社会保障政策、重要政策解读等群众关心关注的信息共计86条。", ("disclosure.total", 86)),
    (PROACTIVE + "2024年主动公开年度财政预决算、义务教育学校招生入学政策、教师资格认定程序、教师招聘录用信息、"
     "社会保障政策、重要政策解读等群众关心关注的信息共计86条。", "disclosure.total"),
    # a street's website in a county's report is that street's channel (a part)
    (PROACTIVE + "2025年，各街道在街道子网页上主动公开政府信息88条。", "disclosure.total"),
    # 受理办结 of a review, a complaint
    (REQUESTS + "2025年共受理办结行政复议申请2件。", "requests.new"),
    (REQUESTS + "2025年共受理办结政府信息公开投诉3件。", "requests.new"),
    # a part named by a short name the report did not declare its own
    (REQUESTS + "2025年，发改局共收到政府信息公开申请12件。", "requests.new"),
    # no request said of a review, of a consultation
    (REQUESTS + "2025年，我局未接到行政复议事项要求。", "requests.new"),
    (REQUESTS + "2025年，我局没有收到过相关行政复议申请。", "requests.new"),
    (REQUESTS + "2025年，我局没有收到过相关咨询。", "requests.new"),
    # the outcomes: a denial's reason after a review, last year's carried over, another year's, a change
    (REQUESTS + "2025年共收到政府信息公开申请8件，无上年度结转。", "requests.carried_forward"),
    (REQUESTS + "2025年共收到政府信息公开申请8件，其中2件为上年转至本年继续办理。", "requests.carried_forward"),
    (REQUESTS + "2025年共收到政府信息公开申请8件，较上年增加3件转至下年继续办理。", "requests.carried_forward"),
    (REQUESTS + "2025年共收到政府信息公开申请8件，过程性信息较上年减少1件。", "requests.denied.process_info"),
    (REQUESTS + "2025年共收到政府信息公开申请8件，其中3条属于本机关不掌握相关政府信息的行政复议。",
     "requests.unable.not_held"),
    (REQUESTS + "2025年共收到政府信息公开申请8件，其中3条已转交不掌握相关政府信息的部门。", "requests.unable.not_held"),
    # a '.' that is no full stop: a decimal, a list of files
    (PROACTIVE + "2025年，主动公开政府信息12.5条。", "disclosure.total"),
    (REQUESTS + "本年度我镇没有依申请公开和不予公开的政府信息。", "requests.denied"),     # no information of either class
    # legacy: a fee collected, a review held
    (REQUESTS + "2012年，我县未发生行政复议案，行政诉讼案2件。", ("litigation.total", 0)),
    (REQUESTS + "2012年，我县未发生行政诉讼败诉案件。", "litigation.total"),
    (REQUESTS + "2012年，通过其他形式申请行政复议2件。", "requests.by_channel.other"),
    (REQUESTS + "2012年，我县未发生对政府信息公开收费和减免事项的投诉。", "complaints.total"),
    # the applicants: a review's applicants, a lump of the others, a part after 其中 of a review
    (REQUESTS + "2025年共收到政府信息公开申请20件。法人或其他组织提出申请16件。", ("requests.new", "commercial")),
    (REQUESTS + "2025年共收到行政复议申请20件，其中，自然人申请4件。", ("requests.new", "natural_person")),
    (REQUESTS + "2025年共收到政府信息公开申请20件，其中，自然人申请行政复议4件。", ("requests.new", "natural_person")),
])
def test_near_misses_are_not_read(text, key):
    got = read(text)
    if isinstance(key, tuple) and not isinstance(key[1], str):      # (key, value): the key may be read, not as that
        assert got.get(key[0]) != key[1]
    else:
        assert key not in got


def test_the_applicant_split_is_never_a_legacy_figure():
    got = read(REQUESTS + "2012年共收到政府信息公开申请20件，其中，自然人申请18件。", LEGACY_HEAD)
    assert got["requests.new"] == 20 and ("requests.new", "natural_person") not in got


# ---- proactive totals ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, head, total", [
    (PROACTIVE + "2025年1月1日至12月31日，我局共主動公開政府資訊23條。", HEAD, 23),
    (PROACTIVE + "我局2025年主动公开政府信息?31条。其中机构概况?4条；工作信息27条。", HEAD, 31),
    (PROACTIVE + "全年通过政府网站主动公开年度财政预决算、义务教育学校招生入学政策、教师资格认定程序、教师招聘录用信息、"
     "社会保障政策、重要政策解读、促进就业相关举措等群众关心关注的信息共计87条。", HEAD, 87),
    (PROACTIVE + "2025年紧扣中心工作，在街道子网页上主动公开政府信息89条，主要包括以下五个方面：", STREET_HEAD, 89),
    (PROACTIVE + "2025年紧扣中心工作，在街道子网页上主动公开政府信息89条，主要包括以下五个方面：", NO_TITLE, 89),
])
def test_proactive_totals(text, head, total):
    assert read(text, head)["disclosure.total"] == total


# ---- request counts -----------------------------------------------------------------------------------------

def test_requests_received_and_closed():
    got = read(REQUESTS + "我局共受理办结政府信息公开申请6件。其中，自然人申请5件，法人或其他组织申请1件，均按时答复。")
    assert got["requests.new"] == 6
    assert got[("requests.new", "natural_person")] == 5
    assert ("requests.new", "commercial") not in got


def test_a_body_named_by_its_declared_short_name_is_the_issuer():
    text = ("现将岚峰县发展和改革局（以下简称发改局）2025年度信息公开工作报告如下：\n一、总体情况\n" + REQUESTS
            + "2025年，发改局共收到政府信息公开申请13条，申请内容主要集中在项目备案方面。"
              "其中11条属于本机关不掌握相关政府信息而无法提供。")
    got = read(text, "")
    assert (got["requests.new"], got["requests.unable.not_held"]) == (13, 11)


@pytest.mark.parametrize("sentence", [
    "2025年，我校未接到依申请公开事项要求。",
    "没有收到过相关申请。",
    "2025年，未收到依申请公开事项.",          # a full stop typed as '.'
])
def test_no_request_in_new_wordings(sentence):
    assert read(REQUESTS + sentence)["requests.new"] == 0


# ---- 2019+ outcomes -----------------------------------------------------------------------------------------

def test_outcomes_said_as_the_templates_rows():
    got = read(REQUESTS + "2025年，局办公室共收到9份政府信息公开申请，均为自然人申请。其中，予以公开2件，部分公开3件，"
               "属于四类过程性信息1件，本办不掌握相关政府信息2件，其他1件。无下年度结转。")
    assert (got["requests.partially_granted"], got["requests.denied.process_info"], got["requests.unable.not_held"],
            got["requests.carried_forward"]) == (3, 1, 2, 0)


def test_carried_forward_said_as_turned_over_to_next_year():
    got = read(REQUESTS + "全年收到依申请公开21件，其中18件在法定期限内完成答复，3件转至下年继续办理。")
    assert (got["requests.new"], got["requests.carried_forward"]) == (21, 3)


def test_natural_persons_share_said_with_their_own_verb():
    got = read(REQUESTS + "2025年，共收到政府信息公开申请1047件。公民个人提出申请1031件，占比98.5%；"
               "法人或其他组织提出申请16件，占比1.5%。")
    assert got["requests.new"] == 1047 and got[("requests.new", "natural_person")] == 1031


# ---- legacy zeros and channels ------------------------------------------------------------------------------

def test_legacy_zeros_said_with_matters_and_cases():
    got = read("四、政府信息公开的收费及减免情况\n2012年，我县未发生对公民、法人和其他组织政府信息公开收费和减免事项。\n"
               "五、因政府信息公开申请行政复议、提起行政诉讼情况\n2012年，我县没有发生针对政府信息公开事务的行政复议案，"
               "也没有发生各类针对政府信息公开事务有关的行政诉讼案。", LEGACY_HEAD)
    assert (got["fees.collected"], got["review.total"], got["litigation.total"]) == (0, 0, 0)


def test_other_channels_said_last_in_a_list():
    got = read(REQUESTS + "本局2012年度共受理政府信息公开申请5件，传真申请1件，电子邮件申请2件，网上申请1件，其他形式申请1件。",
               LEGACY_HEAD)
    assert (got["requests.new"], got["requests.by_channel.other"]) == (5, 1)
