"""Stop 31's narrative readings (invented sentences shaped like held-out pages' that no wording read) and the
clauses each must leave alone: the request fallback's own rule (needs=fallback: it yields to any other figure of
its key and reads no clause another row read, whatever else its paragraph counts)."""
import pytest

from reportparse.extract.narrative import _patterns, narrative_figures


def _new(text, year=2025):
    return [f.value for f in narrative_figures(text, year=year) if f.key == "requests.new" and f.applicant is None]


def test_the_fallback_row_has_its_own_needs_and_runs_last():
    needs = [row[3] for row in _patterns()]
    assert "fallback" in needs
    assert needs.index("fallback") > max(i for i, n in enumerate(needs) if n != "fallback")


@pytest.mark.parametrize("text, value", [
    # other counts in its paragraph (done, carried forward, a review) no longer hide the request count
    ("2025年我局共接收通过邮寄、邮件、现场等方式提交的各类政府信息公开申请13件,共办结9件,结转2026年度继续办理4件。"
     "全年受理政府信息公开行政复议3件。", 13),
    ("2025年主动公开政府信息212条。全年接到依申请公开办件17件,均已按时答复。", 17),
])
def test_the_fallback_reads_its_clause_beside_other_counts(text, value):
    assert _new(text) == [value]


@pytest.mark.parametrize("text", [
    # another row read a figure in the clause (the granted count): the fallback does not read it a second time
    "2025年收到依申请公开申请并予以公开17件。",
    # its own exclusions stand: a review, a part after 其中, a change
    "2025年我局接收行政复议申请涉及信息公开6件。",
    "2025年共收到依申请公开申请，其中现场提交的申请5件。",
    "2025年接到依申请公开办件较上年增加5件。",
])
def test_near_misses_the_fallback_leaves(text):
    assert _new(text) == []


def test_the_clause_another_row_reads_keeps_that_rows_reading():
    # the fallback ran first and took the span before: 17 was read as new requests, and the granted row lost it
    got = [(f.key, f.value) for f in narrative_figures("2025年收到依申请公开申请并予以公开17件。", year=2025)]
    assert got == [("requests.granted", 17)]


def test_it_still_yields_to_another_rows_count_anywhere_in_the_report():
    text = "2025年共收到政府信息公开申请12件。附：全年接到依申请公开办件15件,办结14件。"
    assert _new(text) == [12]


# ---- a website's count is the proactive total only where no other channel's count stands beside it ------------

def _total(text, year=2025):
    return [f.value for f in narrative_figures(text, year=year) if f.key == "disclosure.total"]


@pytest.mark.parametrize("text", [
    # an app's count after the website's 其中 list, in the next clause of the sentence
    "2025年,通过政府门户网站主动公开政务信息517条,其中工作动态204条,通知公告13条;通过“看本市”app发布信息动态共86条。",
    # a WeChat account's count in the next sentence, its name and its count in two clauses
    "2025年,本街道在政府官网上主动公开街道信息436条,其中工作总结2条。此外,还通过本街道发布微信公众号,发布信息958条。",
    # the count holds another body's website's (含…网站信息N条)
    "2025年,我局门户网站共公开各类信息2731条(含省药监局门户网站信息1189条),均在规定日期内主动公开。",
    # the paragraph says the proactive count otherwise (文件数量为0): the website's posts are not it
    "一是主动公开情况。通过局门户网站发布各类信息2987条。主动公开类文件全部实行档案化管理,2025年主动公开文件数量为0。",
])
def test_near_misses_a_websites_count_beside_another_channels_or_figure_is_no_total(text):
    assert _total(text) == []


@pytest.mark.parametrize("text, value", [
    # the website alone: its count is the total (the corpus golds' convention), its 其中 list and a WeChat word
    # that carries no count do not hide it
    ("2025年,通过政府门户网站主动公开政务信息517条,其中工作动态204条,通知公告13条。", 517),
    ("2025年,本街道在政府官网上主动公开街道信息436条,同步在微信公众号推送,其中政策解读21条。", 436),
    ("2025年,我局门户网站共公开各类信息2731条(含政策解读37条),均在规定日期内主动公开。", 2731),
])
def test_a_websites_count_alone_stays_the_total(text, value):
    assert _total(text) == [value]


def test_posts_of_another_kind_on_a_medium_do_not_hide_the_websites_total():
    text = ("全年通过政府网站主动公开年度财政预决算、教师招聘录用信息等群众关心关注的信息共计93条。政务新媒体运营活跃,"
            "“本局”微信公众号发布稿件547条,抖音公众号发布稿件171条。")
    assert _total(text) == [93]


# ---- zero requests said as 申请事项, in either script ---------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("2025年度,我镇未收到申请人提出的政府信息公开申请事项。", 0),
    ("2025年度,我鎮未收到申請人提出的政府信息公開申請事項。", 0),     # traditional script
])
def test_no_request_matters_received_is_zero_requests(text, value):
    assert _new(text) == [value]


@pytest.mark.parametrize("text", [
    "2025年度,未收到申请人对政府信息公开申请事项提起的行政复议。",       # a review's, the clause goes on
    "2025年度,未收到申请人提出的政府信息公开申请事项的投诉。",             # a complaint
])
def test_near_misses_a_matter_of_a_review_or_complaint_is_no_zero_of_requests(text):
    assert _new(text) == []


# ---- outcomes inside parentheses after a count; the issuer said short --------------------------------------------

TITLE = "某州市城市管理局2025年度政府信息公开工作年度报告"


def _all(text, title=TITLE, year=2025):
    return {(f.key, f.value) for f in narrative_figures(text, year=year, title=title) if f.applicant is None}


def test_outcomes_and_carried_cases_in_parentheses_are_read_and_the_total_holding_them_is_not_new():
    text = ("2025年,市城管局共收到政府信息公开申请63件(含上年结转件3件),经沟通,撤件41件,"
            "受理22件(予以公开7件,部分公开4件,信息不存在5件),无超期办件。")
    got = _all(text)
    assert {("requests.carried_over", 3), ("requests.granted", 7), ("requests.partially_granted", 4)} <= got
    assert not any(k == "requests.new" for k, _ in got)       # 63 holds last year's 3


@pytest.mark.parametrize("text, title, read", [
    ("2025年,市城管局共收到政府信息公开申请29件。", TITLE, True),               # the issuer, said short
    ("2025年市城管局共收到政府信息公开申请29件。", TITLE, True),                # words before the name
    ("2025年,市公安局共收到政府信息公开申请29件。", TITLE, False),              # another body
    ("2025年,市城管执法局共收到政府信息公开申请29件。", TITLE, False),          # a character the issuer lacks
    ("2025年,市城管局共收到政府信息公开申请29件。", "某州市城市管理委员会2025年度政府信息公开工作年度报告", False),
])
def test_the_issuer_said_short_is_the_whole_another_body_a_part(text, title, read):
    assert (("requests.new", 29) in _all(text, title)) == read


def test_near_miss_a_reviews_carried_cases_in_parentheses_are_no_requests():
    got = _all("2025年,共收到政府信息公开行政复议申请5件(含上年结转件1件)。")
    assert not any(k.startswith("requests.") for k, _ in got)


# ---- a proactive count behind a long kinds list without 等 --------------------------------------------------------

PROACTIVE = "(一)主动公开方面\n"


@pytest.mark.parametrize("text, value", [
    (PROACTIVE + "充分利用公众号、纸质媒体及其它方式主动向社会公开概况类信息、工作动态、惠民政策、各类简报、公共服务信息"
                 "147条。其中:网站公开81条,微信公众号公开29条,行政许可处理决定37条。", 147),
    (PROACTIVE + "2025年主动公开机构职能、政策文件、工作动态、财政预决算信息58条。", 58),
])
def test_a_count_behind_a_long_kinds_list_is_the_total(text, value):
    assert _total(text) == [value]


@pytest.mark.parametrize("text", [
    PROACTIVE + "2025年主动公开政策文件、政策解读信息58条。",                          # two kinds: may be a part
    PROACTIVE + "其中主动公开机构职能、政策文件、工作动态、财政预决算信息58条。",       # a part after 其中
    PROACTIVE + "主动公开机构职能、政策文件、工作动态、财政预决算信息58条、人事信息6条。",  # another kind's count after
    PROACTIVE + "2024年主动公开机构职能、政策文件、工作动态、财政预决算信息58条。",   # another year's
])
def test_near_misses_a_short_list_a_part_or_a_list_of_counts(text):
    assert _total(text) == []


# ---- the applicant category said once for all the year's requests ------------------------------------------------

def _natural(text, year=2025):
    # (two rows may read one span alike — the reader's figures repeat, the record keeps one: the distinct values count)
    return [v for _, v in sorted({(f.start, f.value) for f in narrative_figures(text, year=year)
                                  if f.key == "requests.new" and f.applicant == "natural_person"})]


@pytest.mark.parametrize("text, value", [
    ("2025年,我局共收到政府信息公开申请7件,申请人类别为自然人,其中予以公开3件。", 7),
    ("2025年,我局共收到政府信息公開申請7件,申請人類別為自然人。", 7),          # traditional script
    ("2025年共受理依申请公开申请5件,申请人均为公民个人。", 5),
])
def test_one_category_for_all_the_years_requests_is_their_share(text, value):
    assert _natural(text) == [value]
    assert _new(text) == [value]             # the total is read as before


@pytest.mark.parametrize("text", [
    "2025年,我局共收到政府信息公开申请7件,申请人类别为自然人和法人。",            # two categories
    "2025年,我局共收到政府信息公开申请7件,申请人类别为自然人6件,法人1件。",       # counts of their own
    "2025年,我局收到行政复议申请7件,申请人类别为自然人。",                         # a review's
    "2025年,共收到依申请公开申请9件,其中网上收到申请7件,申请人均为自然人。",       # a part after 其中
    "2024年,我局共收到政府信息公开申请7件,申请人类别为自然人。",                  # another year
])
def test_near_misses_not_one_category_of_all_the_years_requests(text):
    assert _natural(text) == []


@pytest.mark.parametrize("text, value", [
    ("2025年本街道办事处未接收到依申请公开,尚未发现应主动公开政府信息而未予公开的情况。", [0]),
    ("2025年本街道办事处未收到任何依申请公开。", [0]),
    # near-misses: not received (发生), a review's, the clause goes on
    ("2025年本街道未发生依申请公开。", []),
    ("2025年未接收到依申请公开引发的行政复议。", []),
    ("2025年未接收到依申请公开的相关投诉。", []),
])
def test_no_request_said_as_ying_shen_qing_gong_kai_after_a_verb_of_receiving(text, value):
    assert _new(text) == value


# ---- the answered part after 其中 ---------------------------------------------------------------------------------

def _answered(text, year=2025):
    return [f.value for f in narrative_figures(text, year=year) if f.key == "requests.answered"]


@pytest.mark.parametrize("text, value", [
    ("(二)依申请公开情况\n2025年,本街道共收到14件信息依申请公开,其中11件已经按时按规完成答复,剩余3件结转下年度继续办理。", [11]),
    ("(二)依申请公开情况\n2025年共收到政府信息公开申请9件,9件已依法办结。", [9]),
    # near-misses: a review's cases, a count not yet answered
    ("(二)依申请公开情况\n2025年收到政府信息公开行政复议申请4件,其中3件已经按时完成答复。", []),
    ("(二)依申请公开情况\n2025年共收到政府信息公开申请9件,其中6件正在办理。", []),
])
def test_the_answered_part_after_qizhong(text, value):
    assert _answered(text) == value


# ---- table 二's three columns said in prose, the noun said once ---------------------------------------------------

def _docs(text, year=2025):
    return {f.key: f.value for f in narrative_figures(text, year=year) if f.key.startswith("disclosure.normative_docs")}


def test_repealed_and_in_force_after_the_issued_count_with_the_noun_left_out():
    got = _docs("加大规范性文件主动公开,全年制发规范性文件2件,废止3件,现行有效7件。")
    assert got == {"disclosure.normative_docs.issued": 2, "disclosure.normative_docs.repealed": 3,
                   "disclosure.normative_docs.in_force": 7}


@pytest.mark.parametrize("text", [
    "全年受理行政许可2件,废止3件,现行有效7件。",                # no normative document before them
    "全年制发规范性文件2件,清理文件15件,废止3件,现行有效7件。",  # another noun between
])
def test_near_misses_repealed_or_in_force_of_something_else(text):
    got = _docs(text)
    assert "disclosure.normative_docs.repealed" not in got and "disclosure.normative_docs.in_force" not in got


@pytest.mark.parametrize("text, value", [
    ("2025年度我局收到政府信息公开申请总数4条,对申请的答复总数3条,历年共计收到依申请公开信息申请9条。", [3]),
    ("(二)依申请公开情况\n2025年度,对申请的答复总数为6件。", [6]),
    # near-misses: a review's, a change
    ("2025年度,对行政复议申请的答复总数3件。", []),
    ("2025年度,因政府信息公开被申请行政复议,对申请的答复总数3件。", []),
])
def test_the_legacy_answered_label_in_a_sentence(text, value):
    assert _answered(text) == value


# ---- a zero since the Regulations is the year's zero too -------------------------------------------------------

def _periods(text, key, year=2025):
    return sorted((f.period, f.value) for f in narrative_figures(text, year=year) if f.key == key)


def test_a_running_zero_by_negation_is_the_years_zero_too():
    text = "2025年度我局收到政府信息公开申请总数2条,历年共计收到依申请公开信息申请7条,未出现因政府信息公开引发行政复议和行政诉讼的情况。"
    assert _periods(text, "review.total") == [("cumulative", 0), ("year", 0)]


@pytest.mark.parametrize("text", [
    "我局历年累计被申请行政复议3件。",                                 # a running count, not a zero: not the year's
    "自2014年以来未发生因政府信息公开引发的行政复议。",                  # a later start than the Regulations: unread
])
def test_near_misses_a_running_count_or_another_start_is_no_years_figure(text):
    assert ("year", 0) not in _periods(text, "review.total") and ("year", 3) not in _periods(text, "review.total")


@pytest.mark.parametrize("text, value", [
    ("2025年,我办受理依申请信息57条,现将有关情况汇报如下:", [57]),
    ("2025年,我办受理依申请公开信息13条。", [13]),
    # near-misses: 条 after another noun (information asked for, or disclosed after a request)
    ("2025年,受理政府信息公开申请涉及信息31条。", []),
    ("2025年,收到依申请公开后主动公开信息21条。", []),
])
def test_the_fallback_counts_in_tiao_only_right_after_ying_shen_qing_information(text, value):
    assert _new(text) == value
