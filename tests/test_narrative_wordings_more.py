"""More sentence classes real sites write (round seven of the hunt: county bureaus, townships, schools,
hospitals, utilities, 2008–2025): one test per class, on invented sentences with invented numbers. Each
class was seen on real report pages; the wording here is our own."""
import pytest

import reportparse
from reportparse.extract.narrative import narrative_figures

HEAD = "岚峰县2016年政府信息公开工作年度报告\n发布日期：2017-02-17\n"


def figures(text: str) -> dict:
    return {f.key: f.value for f in narrative_figures(text)}


# ---- a request count said with another count word, number first, or with 依申请公开信息 as its noun ----

@pytest.mark.parametrize("sentence, n", [
    ("2016年，我局共收到17起政府信息依申请公开，均按时办结。", 17),
    ("全年收到23份政府信息公开申请，均已答复。", 23),
    ("本年度接到6宗依申请公开申请。", 6),
    ("本年度收到依申请公开信息8件，均依法答复。", 8),
    ("2016年政务平台共收到依申請公開信息0條。", 0),
    ("全年共收到申请政府信息公开31件（次），主要涉及征地拆迁。", 31),
])
def test_a_request_count_with_other_count_words_or_nouns(sentence, n):
    assert figures("三、依申请公开情况\n" + sentence)["requests.new"] == n


@pytest.mark.parametrize("sentence", [
    "本年度收到4份行政复议申请。",          # a review request, in a section about requests' reviews
    "全年收到5起信息公开投诉，均已处理。",   # a complaint, not a request
])
def test_a_review_request_or_a_complaint_is_no_request_count(sentence):
    assert "requests.new" not in figures("四、因政府信息公开申请行政复议情况\n" + sentence)


# ---- no request said with a matter, a letter or the information as its noun ---------------------------

@pytest.mark.parametrize("sentence", [
    "2016年，本单位未收到依申请公开事项。",
    "全年未收到申请公开事项，依申请公开工作运行正常。",
    "2016年，未接到公民、法人或其他组织办理依申请公开事项。",
    "截至2016年12月31日，全年未收到依申请公开信件。",
    "本年度没有收到要求公开信息的申请。",
])
def test_no_request_said_as_no_matter_letter_or_information(sentence):
    assert figures("二、依申请公开情况\n" + sentence)["requests.new"] == 0


def test_a_matter_that_is_not_the_clauses_end_is_no_zero():
    assert "requests.new" not in figures("二、依申请公开情况\n本年度未收到依申请公开事项目录的修改意见。")


# ---- review and suit: one count of both that is zero, 被申请, and the other order ----------------------

@pytest.mark.parametrize("sentence", [
    "全年发生因政府信息公开而被申请行政复议、提起行政诉讼的案件0件。",
    "2016年，本局因政府信息公开工作被申请行政复议或被提起行政诉讼的情况：0件。",
    "2016年未发生因政府信息公开而产生的行政诉讼或行政复议。",
    "全年未发生因政府信息公开工作引起的诉讼复议等情况。",
])
def test_no_review_and_no_suit_said_as_one_zero_or_in_the_other_order(sentence):
    got = figures("四、行政复议和行政诉讼情况\n" + sentence)
    assert got["review.total"] == 0 and got["litigation.total"] == 0


@pytest.mark.parametrize("sentence", [
    "全年因政府信息公开而被申请行政复议、提起行政诉讼的案件3件。",   # a joint count: how it splits is unsaid
    "本年度未发生行政诉讼败诉或行政复议被纠错的情况。",              # none lost is not none at all
])
def test_a_joint_count_or_no_case_lost_is_no_zero_of_both(sentence):
    got = figures("四、行政复议和行政诉讼情况\n" + sentence)
    assert "review.total" not in got and "litigation.total" not in got


def test_no_suit_then_a_review_count_is_no_zero_review():
    got = figures("四、行政复议和行政诉讼情况\n全年无行政诉讼，复议申请3件。")
    assert got.get("review.total") != 0


@pytest.mark.parametrize("sentence", [
    "没有因政府信息公开被申请行政复议，也没有被判败诉的情况。",
    "全年未发生因政府信息公开工作被申请行政复议的情况。",
])
def test_no_review_said_with_bei(sentence):
    assert figures("四、行政复议情况\n" + sentence)["review.total"] == 0


# ---- a 街道's report names itself by its kind -------------------------------------------------------------

@pytest.mark.parametrize("sentence, key, n", [
    ("2016年度街道受理信息公开申请4件。", "requests.new", 4),
    ("2016年度街道发生针对本部门有关政府信息公开事务的行政复议案2件。", "review.total", 2),
])
def test_a_street_office_naming_itself_by_its_kind(sentence, key, n):
    report = reportparse.parse_text("岚峰县青禾街道2016年政府信息公开工作年度报告\n二、依申请公开和复议情况\n" + sentence)
    assert report.value(key) == n
    county = reportparse.parse_text(HEAD + "二、依申请公开和复议情况\n" + sentence)
    assert county.value(key) is None       # in the county's report, 街道 is a part of the whole


# ---- outcomes and channels in a list of counts ---------------------------------------------------------

@pytest.mark.parametrize("sentence, granted, partial", [
    ("受理政府信息公开申请29件，其中同意公开14件、部分公开3件。", 14, 3),
    ("受理政府信息公开申请29件，其中予以公开11件、部分公开6件，其余告知。", 11, 6),
])
def test_partly_granted_after_a_count_in_a_list(sentence, granted, partial):
    got = figures("三、依申请公开情况\n" + sentence)
    assert got["requests.granted"] == granted and got["requests.partially_granted"] == partial


def test_granted_in_whole_or_in_part_is_no_partial_count():
    assert "requests.partially_granted" not in figures("三、依申请公开情况\n受理申请29件，同意全部或部分公开5件。")


@pytest.mark.parametrize("sentence, online, in_person", [
    ("受理政府信息公开申请29件，其中通过互联网提交表单申请形式9件、当面递交2件。", 9, 2),
    ("受理政府信息公开申请29件，其中网上递交申请6件，现场递交申请3件。", 6, 3),
])
def test_channels_said_with_didi_or_a_form(sentence, online, in_person):
    got = figures("三、依申请公开情况\n" + sentence)
    assert got["requests.by_channel.online"] == online and got["requests.by_channel.in_person"] == in_person


def test_carried_forward_counted_in_zong():
    got = figures("三、依申请公开情况\n全年接收政府信息公开申请41宗，已办结39宗（2宗结转下年度继续办理）。")
    assert got["requests.new"] == 41 and got["requests.carried_forward"] == 2


@pytest.mark.parametrize("sentence, n", [
    ("全年制定发布规范性文件7件，同步发布政策解读7份。", 7),
    ("本年度制定并印发规范性文件4件。", 4),
])
def test_normative_documents_made_and_published(sentence, n):
    assert figures("（三）政府信息管理\n" + sentence)["disclosure.normative_docs.issued"] == n


@pytest.mark.parametrize("sentence, n", [
    ("2016年度我镇主动公开政府信息件数为128件。", 128),
    ("2016年主动公开政府信息条数为96条。", 96),
])
def test_the_proactive_total_said_as_a_number_of_items(sentence, n):
    assert figures("一、主动公开情况\n" + sentence)["disclosure.total"] == n


# ---- a government office's report names itself short (市政府办公室 for 市人民政府办公室) -------------------

@pytest.mark.parametrize("title, sentence, n", [
    ("平江市人民政府办公室", "2016年1月1日至12月31日，市政府办公室共发布各类主动公开信息86件。", 86),
    ("岚峰县人民政府办公室", "2016年，县政府办公室共主动公开政府信息143条。", 143),
])
def test_an_office_naming_itself_short(title, sentence, n):
    report = reportparse.parse_text(f"{title}2016年政府信息公开工作年度报告\n二、主动公开政府信息情况\n{sentence}")
    assert report.value("disclosure.total") == n
    government = reportparse.parse_text(f"{title[:-3]}2016年政府信息公开工作年度报告\n二、主动公开政府信息情况\n{sentence}")
    assert government.value("disclosure.total") is None     # in the government's report, its office is a part


# ---- no review and no suit after 未接到, in a list with complaints ------------------------------------------

@pytest.mark.parametrize("sentence", [
    "截至2016年12月30日，我乡尚未接到有关政府信息公开的举报、投诉、行政复议和行政诉讼。",
    "2016年未接到因政府信息公开申请提起的行政复议、行政诉讼。",
])
def test_no_review_and_no_suit_not_received(sentence):
    got = figures("五、行政复议和行政诉讼情况\n" + sentence)
    assert got["review.total"] == 0 and got["litigation.total"] == 0


# ---- the proactive total with its count before the noun --------------------------------------------------

@pytest.mark.parametrize("sentence, n", [
    ("2016年，我苏木主动公开57条信息，其中政务制度4条。", 57),
    ("2016年，全年主动公开214条政府信息。", 214),
])
def test_the_proactive_total_with_the_count_before_the_noun(sentence, n):
    assert figures("（二）主动公开政府信息情况\n" + sentence)["disclosure.total"] == n


def test_a_count_before_the_noun_after_qizhong_is_a_part():
    got = figures("（二）主动公开政府信息情况\n全年公开政府信息300条，其中主动公开45条信息。")
    assert got.get("disclosure.total") != 45


# ---- the legacy table's row names said as prose: 申请数, 当面申请数, 网络申请数 (round 23b) ------------

@pytest.mark.parametrize("sentence, n", [
    ("2018年收到申请数7件，均按时办结。", 7),
    ("2017年度接到群众有关公开信息申请数46件。", 46),
    ("全年受理公众关于信息公开申请数量为12件。", 12),
    ("2020年新收政府信息公开申请数量8件。", 8),          # the 2019 template's row name
    ("本年度新收依申请公开申请数量为5件。", 5),
])
def test_a_request_count_said_with_the_tables_row_name(sentence, n):
    assert figures("三、依申请公开情况\n" + sentence)["requests.new"] == n


def test_channel_counts_said_with_the_tables_row_names():
    got = figures("三、依申请公开情况\n2018年收到申请数9件，当面申请数2件，网络申请数3件，信函申请数4件。")
    assert (got["requests.new"], got["requests.by_channel.in_person"], got["requests.by_channel.online"],
            got["requests.by_channel.letter"]) == (9, 2, 3, 4)


@pytest.mark.parametrize("sentence", [
    "本年度收到行政复议申请数3件。",          # a review request
    "全年收到人大建议申请数5件。",            # another topic's count
])
def test_a_row_name_count_of_another_kind_is_no_request_count(sentence):
    assert "requests.new" not in figures("四、因政府信息公开申请行政复议情况\n" + sentence)


# ---- no request said with the information, a 请求 or 的情况 as its noun, or with 无 (round 23b) ----------

@pytest.mark.parametrize("sentence", [
    "2018年度，我乡未收到依申请公开政府信息。",
    "目前未收到依申请公开请求；",
    "2015年，我镇没有收到申请人要求公开政府信息的情况。",
    "全年无依申请公开的情况。",
    "本年度未收到个人、法人或者其他组织向本机关申请公开政府信息。",           # the statute's words
    "2020年本局未收到公民、法人或者其他组织申请除本机关主动公开以外的其他政府信息。",
])
def test_no_request_said_with_other_nouns(sentence):
    assert figures("三、依申请公开情况\n" + sentence)["requests.new"] == 0


@pytest.mark.parametrize("sentence", [
    "2018年度，我乡未收到依申请公开政府信息的投诉。",        # a complaint
    "全年无依申请公开的情况下产生的费用。",                    # not a clause of its own
    "目前未收到依申请公开请求的复议申请。",
    "本年度未收到公民向本机关申请公开政府信息的投诉。",
])
def test_a_negated_complaint_or_fee_is_no_zero_request_count(sentence):
    assert "requests.new" not in figures("三、依申请公开情况\n" + sentence)


# ---- one count after both review and suit: zero is both's, any other count neither's alone (round 23b) ----

@pytest.mark.parametrize("sentence", [
    "均已答复，因信息公开答复提起行政复议、诉讼0件。",
    "全年被申请行政复议、诉讼0起。",
])
def test_one_zero_count_after_review_and_suit_is_both(sentence):
    got = figures("四、行政复议、行政诉讼情况\n" + sentence)
    assert (got["review.total"], got["litigation.total"]) == (0, 0)


@pytest.mark.parametrize("sentence", [
    "本年度行政复议、诉讼3件。",
    "发生行政复议、行政诉讼5起。",
    "涉及行政诉讼、行政复议4件。",
])
def test_one_count_after_review_and_suit_is_neither_alone(sentence):
    got = figures("四、行政复议、行政诉讼情况\n" + sentence)
    assert "review.total" not in got and "litigation.total" not in got


@pytest.mark.parametrize("sentence, review, suit", [
    ("行政复议6件、诉讼0件。", 6, 0),
    ("收到行政复议申请2件，行政诉讼1件。", 2, 1),
])
def test_counts_of_their_own_are_still_read(sentence, review, suit):
    got = figures("四、行政复议、行政诉讼情况\n" + sentence)
    assert (got["review.total"], got["litigation.total"]) == (review, suit)
