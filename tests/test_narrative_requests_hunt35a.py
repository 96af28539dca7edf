"""Request counts said in prose in wordings the vocabulary had not met (hunt35a): the noun 依申请政府信息公开事项 and a
count in 例; a zero said of 依申请公开办理; the natural persons named right after the verb of receiving; and, for
precision, one applicant category said alone before 提出的 is that category's share, never the year's total.
Invented bodies and figures."""
import pytest

import reportparse

HEAD = "某某区某某局2022年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n"


def _values(sentence):
    report = reportparse.parse_text(HEAD + sentence, require_report=False)
    return {(i.key, i.applicant): i.value for i in report.indicators if i.key.startswith("requests.")}


@pytest.mark.parametrize("sentence, total", [
    ("2022年我局共受理依申请政府信息公开事项23例,全部按时办结。", 23),
    ("2022年,本局收到依申请信息公开事项6件。", 6),
    ("全年接到依申请政府信息公开申请11件。", 11),
    ("2022年共受理政府信息公开申请事项9例。", 9),
])
def test_the_request_noun_and_its_count_word(sentence, total):
    assert _values(sentence)[("requests.new", "total")] == total


@pytest.mark.parametrize("sentence", [
    "我乡2022年度未收到依申请公开办理。",
    "本年度未受理依申请公开办理件。",
    "2022年未接到依申请公开办理事项,无行政复议。",
])
def test_none_received_said_of_the_handling(sentence):
    assert _values(sentence)[("requests.new", "total")] == 0


@pytest.mark.parametrize("sentence, natural, total", [
    ("2022年,共收到自然人依申请公开政府信息4条,均依法按时办理。", 4, 4),
    ("全年受理自然人提出的政府信息公开申请7件,法人申请3件。", 7, None),
    ("全年接到公民个人申请5份。", 5, None),
    ("本年收到公民提出的信息公开申请8个。", 8, 8),
])
def test_natural_persons_named_after_the_verb(sentence, natural, total):
    values = _values(sentence)
    assert values[("requests.new", "natural_person")] == natural
    assert values.get(("requests.new", "total")) == total


@pytest.mark.parametrize("sentence, total", [
    ("全年收到法人或其他组织提出的政府信息公开申请9件。", None),     # one category's share: no total
    ("全年收到公民个人提出的申请6件。", None),
    ("全年收到公民、法人或者其他组织提出的政府信息公开申请12件。", 12),   # the statute's words: everyone
    ("全年收到自然人、法人或其他组织提出的申请13件。", 13),
    ("全年收到群众通过网站提出的政府信息公开申请14件。", 14),
])
def test_one_applicant_category_alone_is_never_the_total(sentence, total):
    assert _values(sentence).get(("requests.new", "total")) == total


@pytest.mark.parametrize("sentence, outcomes", [
    ("2022年,共收到自然人依申请公开政府信息2条,均依法按时办理,其中:予以公开1条;其他处理1条。", {"requests.granted": 1}),
    ("全年收到政府信息公开申请4条,其中予以公开2条、部分公开1条、不予公开1条。",
     {"requests.granted": 2, "requests.partially_granted": 1, "requests.denied": 1}),
    ("全年受理依申请公开信息3条,其中:同意公开3条。", {"requests.granted": 3}),
])
def test_outcomes_in_tiao_after_a_request_count_in_tiao(sentence, outcomes):
    values = _values(sentence)
    for key, n in outcomes.items():
        assert values[(key, "total")] == n


@pytest.mark.parametrize("sentence", [
    "全年主动公开政府信息40条,其中予以公开12条。",       # no request count: items published, not requests
    "全年收到申请5件,其中予以公开3条。",                 # the requests counted in 件: 条 there says nothing
])
def test_an_outcome_in_tiao_without_a_request_count_in_tiao_is_not_read(sentence):
    assert ("requests.granted", "total") not in _values(sentence)
