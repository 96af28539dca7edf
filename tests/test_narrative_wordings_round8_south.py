"""Sentence classes real sites write (round eight of the hunt: Guangxi, Hainan, Henan, Gansu and Hubei
bodies, police bureaus, a utility, 2008–2025): one test per class, on invented sentences with invented
numbers. Each class was seen on real report pages; the wording here is our own."""
import pytest

import reportparse
from reportparse.extract.narrative import narrative_figures

HEAD = "岚峰县2021年政府信息公开工作年度报告\n发布日期：2022-01-20\n"


def figures(text: str) -> dict:
    return {f.key: f.value for f in narrative_figures(text)}


def read(text: str) -> dict:
    """The report's own (not derived) values, by key."""
    return {i.key: i.value for i in reportparse.parse_text(HEAD + text).indicators if not i.derived}


# ---- WRONG before: the government itself and its departments, counted apart -----------------------------

def test_the_government_and_its_departments_counted_apart_give_no_total_nor_outcomes():
    text = ("二、依申请公开情况\n2021年政府新收依申请公开数量为3件，办理结果为予以公开2件；"
            "部门新收依申请公开数量为7件，办理结果为予以公开5件，无法提供2件。")
    got = read(text)
    assert "requests.new" not in got           # 3 is the government's part, 7 the departments'
    assert "requests.granted" not in got       # 2 and 5 are those parts' outcomes


def test_the_outcomes_in_a_named_part_s_sentence_are_that_part_s():
    got = read("二、依申请公开情况\n2021年，县政府收到政府信息公开申请6件，予以公开4件。")
    assert "requests.new" not in got and "requests.granted" not in got


def test_a_sentence_with_the_whole_s_count_keeps_its_outcomes():
    """Guard: a part named inside a sentence that also gives the whole's count does not drop the sentence."""
    got = read("二、依申请公开情况\n2021年，全县共收到政府信息公开申请19件，其中县政府收到6件，予以公开11件。")
    assert got["requests.new"] == 19 and got["requests.granted"] == 11


def test_the_issuer_s_own_count_is_still_read():
    """Guard: an unmarked count of the issuer is the report's."""
    got = read("二、依申请公开情况\n2021年收到政府信息公开申请6件，予以公开4件。")
    assert got["requests.new"] == 6 and got["requests.granted"] == 4


# ---- no review nor lawsuit said with 数量 alone, or after 未因 ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "因政府信息公开被申请行政复议、行政诉讼数量为0件。",
    "本年度亦未因政府信息公开工作引发行政复议或行政诉讼案件。",
    "全年未因政府信息公开引起行政复议、行政诉讼。",
])
def test_no_review_nor_lawsuit_said_with_a_bare_count_or_after_wei_yin(sentence):
    got = figures("四、行政复议和行政诉讼情况\n" + sentence)
    assert got["review.total"] == 0 and got["litigation.total"] == 0


@pytest.mark.parametrize("sentence", [
    "行政复议、行政诉讼数量为3件。",                       # together 3: neither's alone
    "政府信息公开工作未因行政复议、行政诉讼受到影响。",     # 未因 that is no cause of a case
    "未因政府信息公开引起行政复议、行政诉讼被纠错。",       # none corrected is not none
])
def test_near_misses_of_no_review_nor_lawsuit(sentence):
    """Guard: near misses of the wordings added this round must not read."""
    got = figures("四、行政复议和行政诉讼情况\n" + sentence)
    assert "review.total" not in got and "litigation.total" not in got


# ---- no request said with 依申请(公开)件 as its noun ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "我办2021年未收到依法处理依申请公开件。",
    "2021年度未发生政府信息公开依申请件。",
    "2021年度未發生政府信息公開依申請件。",
])
def test_no_request_said_with_yishenqing_jian(sentence):
    assert figures("三、依申请公开情况\n" + sentence)["requests.new"] == 0


def test_near_miss_yishenqing_jian_inside_a_longer_noun():
    """Guard: near misses of the wordings added this round must not read."""
    assert "requests.new" not in figures("三、依申请公开情况\n未收到依申请公开件的行政复议。")


# ---- 收 alone before the request's noun; carried over said verb first; answered said 答复完成 --------------

def test_received_said_with_shou_alone_and_carried_over_verb_first():
    got = figures("三、依申请公开情况\n全年收政府信息公开申请318件，结转上年度政府信息公开申请4件，"
                  "本年度办结297件，剩余25件结转下年度办理。")
    assert got["requests.new"] == 318
    assert got["requests.carried_over"] == 4
    assert got["requests.answered"] == 297
    assert got["requests.carried_forward"] == 25


@pytest.mark.parametrize("sentence, n", [
    ("共收到政府信息公开申请37件，规范办理答复完成37件。", 37),
    ("严格遵守依申请公开流程规定，及时答复依申请公开13件。", 13),
])
def test_answered_said_dafu_wancheng_or_with_yishenqing_gongkai(sentence, n):
    assert figures("三、依申请公开情况\n" + sentence)["requests.answered"] == n


@pytest.mark.parametrize("sentence", [
    "收政府信息公开申请表格8件。",              # forms, not requests
    "答复完成24件行政复议。",                  # review cases, not requests
    "结转上年度行政复议申请3件。",             # a review request carried over
])
def test_near_misses_of_received_answered_carried_over(sentence):
    """Guard: near misses of the wordings added this round must not read."""
    got = figures("三、依申请公开情况\n" + sentence)
    assert "requests.new" not in got and "requests.answered" not in got and "requests.carried_over" not in got


# ---- WRONG before: one reply kind among its siblings is not all answered --------------------------------

def test_a_reply_kind_among_its_siblings_is_not_all_answered():
    got = figures("三、依申请公开情况\n2021年度共受理依申请公开政府信息申请16件，答复9件，不予受理5件，补正后申请内容仍不明确2件。")
    assert got["requests.new"] == 16
    assert "requests.answered" not in got


def test_answered_before_a_carried_forward_or_a_breakdown_is_still_read():
    """Guard: 办结14件，转下年度办理2件 and 答复12件，其中… keep their answered count."""
    assert figures("三、依申请公开情况\n全年办结14件，转下年度办理3件。")["requests.answered"] == 14
    assert figures("三、依申请公开情况\n共收到申请13件，答复13件，其中不予公开4件。")["requests.answered"] == 13


# ---- the issuer named after a preposition, or a channel named after a government, is no part -----------

def test_the_issuer_named_after_a_preposition_is_not_a_part():
    text = "一、主动公开\n2024年，通过岚峰县地震局政府网站主动公开各类信息517条，其中工作动态信息288条。"
    got = {f.key: f.value for f in narrative_figures(text, title="岚峰县地震局2024年政府信息公开工作年度报告")}
    assert got["disclosure.total"] == 517


def test_a_channel_named_after_a_government_is_not_a_part():
    text = "一、主动公开\n通过区政府政务信息平台主动发布各类政务信息共计83条。"
    got = {f.key: f.value for f in narrative_figures(text, title="岚峰区生态环境局2022年政府信息公开工作年度报告")}
    assert got["disclosure.total"] == 83


@pytest.mark.parametrize("sentence", [
    "通过岚峰县地震局城关分局网站主动公开信息517条。",      # a named branch is a part
    "区政府政务服务中心主动公开信息83条。",                  # a service centre is another body
])
def test_near_misses_of_the_issuer_or_channel_are_still_parts(sentence):
    """Guard: a branch or another body named before the count is still a part."""
    got = {f.key: f.value for f in narrative_figures("一、主动公开\n" + sentence,
                                                     title="岚峰县地震局2024年政府信息公开工作年度报告")}
    assert "disclosure.total" not in got


# ---- requests counted in 起, as 政府信息件, or as a requester's 信件; none as 政务信息公开申请 -----------------

@pytest.mark.parametrize("sentence, new, answered", [
    ("2023年度，我局共收到信息公开申请27起，比2022年（35起）下降23%，答复27起。", 27, 27),
    ("2024年全年共受理依申请公开政府信息件291件，已办结288件。", 291, 288),
    ("2022年我镇共收到群众依申请公开信件6件，均在规定时间内办结。", 6, None),
])
def test_requests_counted_in_qi_or_as_xinxi_jian_or_xinjian(sentence, new, answered):
    got = figures("三、依申请公开情况\n" + sentence)
    assert got["requests.new"] == new
    assert got.get("requests.answered") == answered


def test_no_request_said_as_zhengwu_xinxi_gongkai_shenqing():
    assert figures("三、依申请公开情况\n2025年，我镇未收到政务信息公开申请。")["requests.new"] == 0


@pytest.mark.parametrize("sentence", [
    "收到群众信访信件5件。",                      # letters of petition
    "收到信息公开投诉3起。",                      # complaints
    "未收到政务信息公开申请的复议。",             # the clause goes on
])
def test_near_misses_of_request_counts(sentence):
    """Guard: near misses of the wordings added this round must not read."""
    assert "requests.new" not in figures("三、依申请公开情况\n" + sentence)


# ---- normative documents issued or repealed said after the year, with 政府, or number first ---------------

@pytest.mark.parametrize("sentence, issued, repealed, in_force", [
    ("全年共制定政府规范性文件4件，废止政府规范性文件7件。", 4, 7, None),
    ("2022年制定出台了9件行政规范性文件。", 9, None, None),
    ("2022年，制发规范性文件2件，现行有效规范性文件11件。", 2, None, 11),
])
def test_normative_documents_issued_or_repealed_in_more_wordings(sentence, issued, repealed, in_force):
    got = {f.key: f.value for f in narrative_figures("二、主动公开\n" + sentence, year=2022)}
    assert got.get("disclosure.normative_docs.issued") == issued
    assert got.get("disclosure.normative_docs.repealed") == repealed
    assert got.get("disclosure.normative_docs.in_force") == in_force


@pytest.mark.parametrize("sentence", [
    "2021年制定出台了9件行政规范性文件。",        # another year than the report's
    "截至2022年，累计制发规范性文件40件。",        # a running total
    "经清理，废止规范性文件6件。",                # no year and no list of the year's counts
    "2022年清理规范性文件12件。",                 # reviewed, not issued
])
def test_near_misses_of_normative_documents(sentence):
    """Guard: near misses of the wordings added this round must not read."""
    got = {f.key: f.value for f in narrative_figures("二、主动公开\n" + sentence, year=2022)}
    assert not any(k.startswith("disclosure.normative_docs") for k in got)


# ---- review outcomes in prose ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, upheld, corrected", [
    ("因不服答复引起行政复议5件，3件结果维持，2件结果纠正。", 3, 2),
    ("被申请行政复议4件，维持原答复3件，纠正1件。", 3, 1),
])
def test_review_outcomes_said_in_prose(sentence, upheld, corrected):
    got = figures("四、行政复议和行政诉讼\n" + sentence)
    assert got["review.upheld"] == upheld and got["review.corrected"] == corrected


@pytest.mark.parametrize("sentence", [
    "行政诉讼2件，1件结果维持。",                    # a lawsuit's outcome
    "行政复议3件，行政诉讼2件，1件结果维持。",        # after the lawsuit is named
    "行政复议纠错率为0，维持率100%。",               # rates, no counts
])
def test_near_misses_of_review_outcomes(sentence):
    """Guard: a lawsuit's outcomes and rates are no review outcome counts."""
    got = figures("四、行政复议和行政诉讼\n" + sentence)
    assert "review.upheld" not in got and "review.corrected" not in got


# ---- more count and zero shapes (townships, a county bureau, a sub-district office) ------------------------

@pytest.mark.parametrize("sentence", [
    "2023年未收到群众要求公开政府信息的申请，无就政府信息公开提出复议、诉讼和申诉的情况。",
    "收到公民、法人或其他组织提交政府信息公开申请0条。政府信息公开行政复议、行政诉讼0条。",
])
def test_no_review_nor_lawsuit_with_bare_fuyi_or_counted_in_tiao(sentence):
    got = figures("二、依申请公开\n" + sentence)
    assert got["review.total"] == 0 and got["litigation.total"] == 0 and got["requests.new"] == 0


@pytest.mark.parametrize("sentence, n", [
    ("2021年，岚峰办事处共收到8件依申请公开件，办结7件，结转下年度继续办理1件。", 8),
    ("2023年我乡受理依申请公开政府信息数量共计5条。", 5),
    ("全年收到公民、法人或其他组织提交政府信息公开申请12条。", 12),
])
def test_request_counts_with_jian_as_noun_shuliang_or_tijiao_without_de(sentence, n):
    got = narrative_figures("二、依申请公开\n" + sentence, title="岚峰办事处2021年度政府信息公开工作年度报告")
    assert {f.key: f.value for f in got}["requests.new"] == n


@pytest.mark.parametrize("sentence, key", [
    ("无复议、诉讼败诉案件。", "review.total"),                 # none lost is not none
    ("收到公民提交行政复议申请3件。", "requests.new"),          # a review request
])
def test_near_misses_of_the_bare_fuyi_and_tijiao_shapes(sentence, key):
    """Guard: near misses of the wordings added this round must not read."""
    assert key not in figures("二、依申请公开\n" + sentence)
