"""Sentence wordings a held-out set of real pages showed unread, each written here in several forms other sites use
(invented bodies and figures): a medium named after a government is a channel, not a part of the issuer; a comma typed
as 、 between the ways and the verb; 政务信息 after a list closed by 等; a request count before its noun; 受理 with the
disclosure's noun and no 申请; 办结…事项 and an outcome list's last item, 其他处理; a complaint said none in a clause of
its own."""
import pytest

import reportparse


def _figures(head: str, body: str) -> dict:
    report = reportparse.parse_text(head + body + "\n")
    return {(i.key, i.applicant): i.value for i in report.indicators if not i.derived}


_PROVINCE = "某某省人民政府办公厅2023年政府信息公开工作年度报告\n一、总体情况\n"
_BUREAU = "某某市卫生健康委员会2023年政府信息公开工作年度报告\n一、总体情况\n"


@pytest.mark.parametrize("ways", [
    "通过省政府门户网站、省政府微信公众号、《某某省人民政府公报》等渠道",
    "通过省政府官方微博、省政府客户端等渠道",
    "通过省政府新媒体、省政府网站等平台",
])
def test_a_medium_named_after_the_government_is_a_channel(ways):
    body = f"2023年,{ways}主动公开政府信息817件,其中,发布规章13部。"
    assert _figures(_PROVINCE, body)[("disclosure.total", None)] == 817


def test_the_government_itself_is_still_a_part():
    # 区政府 as the subject of a count in a bureau's report names another body: no total of the issuer's
    body = "2023年,区政府主动公开政府信息817条。"
    assert ("disclosure.total", None) not in _figures(_BUREAU, body)


@pytest.mark.parametrize("body, total", [
    ("通过市政府网站、委门户网站信息公开专栏、主动公开信息634条,涉及工作动态、通知公告等方面。", 634),
    ("通过政府网站、政务微博、主动公开政府信息529条。", 529),
    ("依托门户网站、公开栏、主动公开信息411条。", None),       # no 通过: a list of names before the verb, not read
    ("依申请公开、主动公开信息共388条。", None),             # two kinds lumped: neither's count
])
def test_a_comma_typed_as_a_list_mark_before_the_verb(body, total):
    assert _figures(_BUREAU, body).get(("disclosure.total", None)) == total


@pytest.mark.parametrize("body", [
    "本年度主动公开涉及工作指南、机构概况、社会救助及工作动态等政务信息316条。",
    "全年主动公开政策文件、人事信息等政务信息316条。",
])
def test_government_affairs_information_after_a_list(body):
    assert _figures(_BUREAU, body)[("disclosure.total", None)] == 316


_REQUESTS = "某某市卫生健康委员会2023年政府信息公开工作年度报告\n二、依申请公开情况\n"


@pytest.mark.parametrize("body, count", [
    ("2023年度,我委收到7条依申请公开政府信息的申请,并已办理完成。", 7),
    ("2023年,我委收到13件公开政府信息的申请。", 13),
    ("2023年,我委共接到5份要求公开政府信息的申请。", 5),
    ("2023年我委共受理政府公开信息0件。", 0),
    ("2023年我委共受理政府信息公开14件。", 14),
    ("全年受理信息公开事项9件,均已按时答复。", 9),
    ("2023年,我委共受理政府信息依申请公开4件,均已按时答复。", 4),
    ("2023年,我委总共受理依申请公开11件。", 11),
])
def test_request_counts_in_other_words(body, count):
    assert _figures(_REQUESTS, body)[("requests.new", "total")] == count


def test_a_complaint_about_disclosure_is_no_request():
    assert ("requests.new", "total") not in _figures(_REQUESTS, "全年受理政府信息公开投诉2件。")


def test_answered_as_items_handled_and_the_whole_outcome_list():
    # (a 2019-template year: the 2021 template has no key for the 其他处理 group's sum, said in a warning)
    body = ("本年度共办结依申请政府信息公开事项29件,其中予以公开8件,不予公开3件,无法提供11件,不予处理5件,"
            "其他处理2件。")
    got = _figures(_REQUESTS.replace("2023", "2020"), body)
    assert got[("requests.answered", "total")] == 29
    assert got[("requests.granted", "total")] == 8
    assert got[("requests.denied", "total")] == 3
    assert got[("requests.unable", "total")] == 11
    assert got[("requests.not_processed", "total")] == 5
    assert got[("requests.other", "total")] == 2


@pytest.mark.parametrize("noun", ["办结政府信息公开事项", "办结依申请公开事项", "办结依申请公开政府信息申请"])
def test_answered_nouns(noun):
    assert _figures(_REQUESTS, f"本年度共{noun}17件。")[("requests.answered", "total")] == 17


_LEGACY = "某某县审计局2014年政府信息公开工作年度报告\n四、行政复议、诉讼和申诉情况\n"


@pytest.mark.parametrize("body", [
    "2014年行政复议案3件,行政诉讼案2件,未发生相关申诉案。",
    "2014年行政复议案3件,行政诉讼案2件;没有申诉案件。",
    "2014年行政复议案3件,行政诉讼案2件,未收到有关的行政申诉。",
])
def test_no_complaint_said_in_its_own_clause(body):
    got = _figures(_LEGACY, body)
    assert got[("complaints.total", None)] == 0
    assert got[("review.total", None)] == 3
    assert got[("litigation.total", None)] == 2


def test_a_complaint_counted_is_not_none():
    got = _figures(_LEGACY, "2014年行政复议案3件,申诉案1件。")
    assert got.get(("complaints.total", None)) != 0


@pytest.mark.parametrize("body, total", [
    ("2023年以来公开政府信息264条,公开信息主要包括机构职能、财政预决算等。", 264),
    ("2023年以来,公开政府信息264条。", 264),
    ("2021年以来公开政府信息264条。", None),         # since another year: a running total, not the year's
])
def test_the_years_count_said_since_its_start(body, total):
    assert _figures(_BUREAU.replace("一、总体情况", "(一)主动公开情况"), body).get(("disclosure.total", None)) == total


_REVIEWS = "某某市人力资源和社会保障局2020年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"


@pytest.mark.parametrize("body, want", [
    ("全年共收到行政复议4件,维持结果3件,尚未办结1件;未经复议直接起诉2件,复议后起诉1件。",
     {"review.total": 4, "review.upheld": 3, "review.pending": 1, "litigation.direct.total": 2,
      "litigation.after_review.total": 1}),
    ("全年共收到行政复议2件,维持结果2件,尚未办结0件。未经复议直接诉讼5件,复议后诉讼3件。",
     {"review.total": 2, "review.upheld": 2, "review.pending": 0, "litigation.direct.total": 5,
      "litigation.after_review.total": 3}),
])
def test_review_outcomes_and_the_lawsuits_columns_in_a_sentence(body, want):
    got = {k: v for (k, _), v in _figures(_REVIEWS, body).items()}
    assert got == want       # never litigation.total from one column's count (直接诉讼5件 is not all lawsuits)
    assert ("requests.answered", "total") not in _figures(_REVIEWS, body)
