"""Wordings of heldout31 (stop 31), each as a class with its near-misses. Invented sentences, distinct numbers."""
from __future__ import annotations

import reportparse

TITLE = "某某县市场监督管理局2022年政府信息公开工作年度报告\n"
REQ = "二、依申请公开情况\n"


def read(body: str, title: str = TITLE) -> dict:
    report = reportparse.parse_text(title + body, require_report=False)
    return {i.value_id: i.value for i in report.indicators}


def test_request_counts_said_of_the_disclosure_by_application_itself():
    assert read(REQ + "2022年,我局受理政府信息依申请公开17件,均按时答复。")["requests.new|applicant=total"] == 17
    assert read(REQ + "2022年我局共收到依申请公开办件23条。")["requests.new|applicant=total"] == 23
    # near-misses: a part after 其中, another year's count
    got = read(REQ + "2022年,我局受理申请9件,其中受理政府信息依申请公开4件。")
    assert got["requests.new|applicant=total"] == 9
    assert "requests.new|applicant=total" not in read(REQ + "2021年我局共收到依申请公开办件23条。")


def test_a_count_whose_unit_was_lost_before_the_next_items_ordinal():
    got = read("一是主动公开方面。二是依申请公开方面。本年度共收到依申请公开事项0三是政府信息管理方面。")
    assert got["requests.new|applicant=total"] == 0
    # never a count run into other words (no item's ordinal after it)
    assert "requests.new|applicant=total" not in read(REQ + "本年度共收到依申请公开事项0三方面。")


def test_none_received_in_a_sentence_cut_mid_word_at_the_texts_end():
    assert read(REQ + "本单位2022年没有收到政府信息公开申")["requests.new|applicant=total"] == 0
    # cut at a line's end it may go on as another word (申诉): not read
    assert "requests.new|applicant=total" not in read(REQ + "本单位2022年没有收到政府信息公开申\n诉。其他情况说明。")


def test_answered_said_as_a_number_of_finished_requests():
    got = read(REQ + "2022年,我局受理政府信息依申请公开17件,申请办结数13件,结转下一年办理4件。")
    assert got["requests.answered|applicant=total"] == 13
    assert got["requests.carried_forward|applicant=total"] == 4
    got = read(REQ + "本年度我局收到依申请公开申请6件,办结公开申请5件。")
    assert got["requests.answered|applicant=total"] == 5
    # a review's count is none
    assert "requests.answered|applicant=total" not in read(REQ + "本年度办结行政复议3件。")


def test_none_carried_over_said_as_its_absence():
    got = read(REQ + "本年度我局受理依申请公开政府信息19条,无上年度结转,均按时答复。")
    assert got["requests.carried_over|applicant=total"] == 0 and got["requests.new|applicant=total"] == 19
    # never a review's (无上年度结转的行政复议)
    assert "requests.carried_over|applicant=total" not in read(REQ + "本年度无上年度结转的行政复议案件。")


def test_every_outcome_of_a_list_after_the_request_count():
    got = read(REQ + "今年共收到政府信息公开申请7件,对其中4件予以公开,2件部分公开,1件不公开并告知行政查询途径。")
    assert got["requests.granted|applicant=total"] == 4
    assert got["requests.partially_granted|applicant=total"] == 2
    assert got["requests.denied|applicant=total"] == 1
    # a lawsuit's list is none
    got = read(REQ + "本年度被提起行政诉讼5件,其中3件部分公开,2件不公开。")
    assert "requests.partially_granted|applicant=total" not in got and "requests.denied|applicant=total" not in got


def test_review_wordings():
    got = read("四、行政复议情况\n本年度未收到针对我局政府信息公开的行政复议。")
    assert got["review.total"] == 0
    got = read("四、行政复议情况\n本年度因政府信息公开申请行政复议3件,尚未审结行政复议2件和提起行政诉讼1件。")
    assert got["review.total"] == 3 and got["review.pending"] == 2
    # a lawsuit's pending count is never the review's, nor the pending count a review total
    got = read("四、行政复议情况\n本年度因政府信息公开申请行政复议3件,尚未审结行政诉讼2件。")
    assert got["review.total"] == 3 and "review.pending" not in got


def test_proactive_totals_said_otherwise():
    title = "某某县某某镇人民政府2022年政府信息公开工作年度报告\n"
    got = read("(一)本单位主动公开政府信息的数量。我镇积极公开政府信息53条;其中工作动态41条。", title)
    assert got["disclosure.total"] == 53
    got = read("（一）主动公开\n2022年,通过政府网站主动公开机构职能、政策文件、常务会议等在内的信息631条;做好解读。", title)
    assert got["disclosure.total"] == 631
    # a kind's count is none (工作动态等信息 said after 其中), nor another year's
    got = read("（一）主动公开\n2021年,主动公开机构职能、政策文件、常务会议等在内的信息631条。", title)
    assert "disclosure.total" not in got
