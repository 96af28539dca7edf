"""Stop 30's narrative readings (invented sentences shaped like held-out pages' that no wording read) and the
clauses each must leave alone: the fallback reading of the year's request count (a clause naming the receipt, a
request and one count in any order), cases put off to next year count first, the 2021 table's (六)其他处理 rows in
its words, and information made that all went out."""
import pytest

from reportparse.extract.narrative import narrative_figures


def _new(text, year=2023):
    return [f.value for f in narrative_figures(text, year=year) if f.key == "requests.new"]


@pytest.mark.parametrize("text, value", [
    ("全年接到依申请公开办件18件。", 18),                          # 办件, the count after it
    ("2023年，我局新收依申请公开公开申请37件。", 37),               # a doubled word
    ("2023年，共收到23件信息依申请公开，已全部办结。", 23),          # the count before the noun
    ("2023年收到市民关于政府信息公开的申请8件。", 8),               # the applicant and 关于 between
])
def test_a_clause_with_the_receipt_a_request_and_one_count_is_the_years_requests(text, value):
    assert _new(text) == [value]


@pytest.mark.parametrize("text", [
    "受理人大代表建议涉及信息公开申请4件。",         # a deputy's proposal
    "共收到群众咨询依申请公开事项6件。",             # an enquiry
    "全年收到涉及信息公开的投诉举报申请9件。",       # a complaint
    "2022年，共收到23件信息依申请公开。",            # another year's clause
    "收到信息公开申请较上年多4件。",                 # a change
    "共收到依申请公开申请，其中转办申请5件。",        # a part, after 其中
    "2023年结转收到的信息公开申请3件。",             # a carry-over
    "全区各部门接到依申请公开办件49件。",             # a whole larger than the issuer
    "共收到依申请公开申请，办件11件、来信7件。",      # two counts in one clause
])
def test_near_misses_are_not_read(text):
    assert _new(text) == []


def test_it_yields_to_any_ordered_wording_of_the_years_requests():
    text = "2023年，共收到政府信息公开申请12件。另，全年接到依申请公开办件15件。"
    assert _new(text) == [12]


@pytest.mark.parametrize("text, value", [
    ("2023年，发改局接到依申请公开办件18件。", None),        # another body's count (a part of the issuer)
    ("2023年，我局接到依申请公开办件18件。", 18),            # the issuer's own
    ("2023年，本街道接到依申请公开办件18件。", 18),
])
def test_a_body_named_before_the_verb_is_the_issuers_own_only(text, value):
    assert _new(text) == ([value] if value is not None else [])


def test_a_request_made_to_another_body_is_not_the_issuers():
    assert _new("2023年，共收到公民向区政府申请政府信息公开6件。") == []
    assert _new("2023年，共收到公民向本机关提出的信息公开申请6件。") == [6]


def test_kinds_of_requests_are_no_larger_whole():
    # 各类 is "of every kind", not every body (各级, 各部门 are wholes larger than the issuer)
    assert _new("2023年，共接收通过邮寄、邮件、现场等方式提交的各类政府信息公开申请10件。") == [10]


REQUESTS = "二、收到和处理政府信息公开申请情况\n"


def _carried(text):
    return [f.value for f in narrative_figures(REQUESTS + text, year=2023) if f.key == "requests.carried_forward"]


@pytest.mark.parametrize("text, value", [
    ("2023年共收到申请19件，其中11件顺延至下一年度办理。", 11),
    ("2023年共收到申请19件，3件延至下一年度答复。", 3),
    ("2023年共收到申请19件，其中17件已答复，2件转至下年继续办理。", 2),
])
def test_cases_put_off_to_next_year_count_first_are_carried_forward(text, value):
    assert _carried(text) == [value]


@pytest.mark.parametrize("text", [
    "2023年收到行政复议申请5件，其中2件顺延至下一年度办理。",     # a review's cases
    "2023年收到行政复议申请5件，其中2件转至下年继续办理。",
    "2023年收到投诉4件，1件延至下一年度办理。",                   # a complaint's
])
def test_a_reviews_or_complaints_cases_put_off_are_not_the_requests(text):
    assert _carried(text) == []


@pytest.mark.parametrize("text, key, value", [
    ("申请人逾期未按收费通知要求缴纳费用2件，其他1件。", "requests.other.fee_unpaid", 2),
    ("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请的3件。", "requests.other.no_correction", 3),
])
def test_the_2021_tables_other_rows_said_in_their_words(text, key, value):
    assert [(f.key, f.value) for f in narrative_figures(text, year=2022)] == [(key, value)]


def test_the_2021_other_rows_are_no_reviews():
    text = "收到行政复议申请5件，其中申请人逾期未按收费通知要求缴纳费用2件。"
    assert "requests.other.fee_unpaid" not in [f.key for f in narrative_figures(text, year=2022)]


PROACTIVE = "一、总体情况\n（一）主动公开政府信息情况\n"


@pytest.mark.parametrize("text, value", [
    ("2025年，全年累计产生政府信息16条，均已主动公开。", 16),      # all of the made information put out
    ("2025年，全年共制作政府信息23条，主动公开17条。", 17),       # a part put out: that part, never the made count
    ("2025年，共制作政府信息23条，均已按规定归档。", None),       # filed, not put out
])
def test_information_made_is_the_proactive_total_only_where_all_of_it_went_out(text, value):
    got = [f.value for f in narrative_figures(PROACTIVE + text, year=2025) if f.key == "disclosure.total"]
    assert got == ([value] if value is not None else [])
