"""Wordings of real reports the library missed or misread (heldout60), each a class with a guard that a near case is
not read. Texts and figures are invented.

- a count of items its clause says were checked (共排查各单位在政府网站上公布信息…条, 抽查…): an audit of what others
  published, never the body's own website count nor its proactive total; an audit in another clause leaves the
  count its own;
- a proactive total of none with items its paragraph says went out after it (其中主动公开信息0条…此外，还公布了…3条):
  not read; none said alone, or beside a request's information (依申请公开信息27条), stays none;
- no litigation at all said in a 2019/2021 report (未发生行政复议、行政诉讼情况; 行政复议、行政诉讼案件为0件): none in each of
  table 四's litigation groups (direct, after review), as read values; never where only reviews are said none, nor in a
  legacy report (one litigation count there);
- answered and carried-forward wordings in prose: 办理完结…申请N件; the count first with the rule said at length
  (N件已按规定在法定期限内予以答复); 结转至下一年再行办理N件; the ones in hand named first (尚在办理中的N件); every
  request received said answered (共收到…申请N件,均已答复并办结) — never where last year's cases are named beside
  them, nor a review's or a proposal's;
- the requests counted as the work's own name in 条 (依申请公开数量为3条), as in 件; never information's count
  (依申请公开信息数量为3条);
- request outcomes with the count first and the template's label in quotation marks (2件为“本机关不掌握相关政府信息”),
  and the third party's refusals with 件 after their label (保护第三方合法权益不予公开件6件);
- the proactive count with 文件 after its noun (主动公开政府信息文件113件): the documents counted; never a kind of
  documents (主动公开规范性文件5件);
- table 二's items in prose: the noun said once, last, for the year's three counts (全区共制发24件,失效及废止31件,至12月31日
  现行有效的行政规范性文件共56件); none made of a list opening with the State's laws (未制定行政法规、规章和规范性文件);
  a decision row's name and 数量 alone (行政许可数量73件) — never items (行政许可事项数量12项), nor counts with no noun after;
- no carry-forward said with the template's label quoted (无“结转下年度继续办理”申请件): none carried forward; this year's
  none said the same as last year's (本年和上年相同无…): none carried over too; never last year's alone;
- a development zone one administration with its district (苏州高新区 = 虎丘区, 一区两牌): the district's code (a real
  place name: the point); the city's own report stays the city's.
"""
from __future__ import annotations

import pytest

from values_read import values_read as _values

_HEAD = "岚峰县青禾镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
_REQUESTS = "\n（二）依申请公开情况\n2023年共收到政府信息公开申请3件。\n"


# ---- an audit's count of other units' posts ------------------------------------------------------------------------

@pytest.mark.parametrize("audit", [
    "（三）政府信息管理。全年开展两次政务公开信息排查，共排查各单位在政府网站上公布信息31876条，政务新媒体发布信息4127条。",
    "（三）政府信息管理。年内抽查各村在政府网站上发布信息2318条。",
    "（三）政府信息管理。组织巡查，共核查各部门在政府网站发布信息5274条。",
])
def test_an_audits_count_of_posts_is_not_the_bodys_website_count(audit):
    v = _values(_HEAD + "通过镇政府门户网站发布政务信息57条。\n" + audit + _REQUESTS)
    assert v["disclosure.via_website"] == 57
    assert v["requests.new"] == 3


def test_an_audit_alone_gives_no_website_count():
    v = _values(_HEAD + "全年共排查各单位在政府网站上公布信息31876条。" + _REQUESTS)
    assert "disclosure.via_website" not in v and "disclosure.total" not in v


@pytest.mark.parametrize("sentence", [
    "全年开展信息排查2次，通过镇政府门户网站发布政务信息43条。",       # the audit a clause of its own
    "通过镇政府门户网站发布政务信息43条，经检查均准确无误。",           # … or after the count
])
def test_an_audit_in_another_clause_leaves_the_sites_count(sentence):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.via_website"] == 43


# ---- a proactive total of none, items said published after it -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2023年共制作政府信息41条，其中主动公开信息0条，依申请公开信息27条，不予公开信息14条。此外，还公布了机构职能类信息3条、财政预决算类信息6条。",
    "全年主动公开政府信息0条。同时，在镇政府网站发布通知公告类信息9条。",
    "本年度未主动公开政府信息。另外，镇政府还发布了工作动态17条。",
])
def test_a_proactive_none_with_items_published_after_it_is_not_read(sentence):
    assert "disclosure.total" not in _values(_HEAD + sentence + _REQUESTS)


@pytest.mark.parametrize("sentence", [
    "2023年共制作政府信息41条，其中主动公开信息0条，依申请公开信息27条。",     # a request's information went out to no one
    "全年主动公开政府信息0条。",
])
def test_a_proactive_none_alone_stays_none(sentence):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.total"] == 0


# ---- no litigation at all in a 2019/2021 report: none in each litigation group ----------------------------------------

_LAW = "\n（三）行政复议和行政诉讼\n"


@pytest.mark.parametrize("sentence", [
    "本年度未发生行政复议、行政诉讼情况。",
    "因政府信息公开引起的行政复议、行政诉讼案件为0件。",
    "本年度无因政府信息公开被申请行政复议及提起行政诉讼的情况。",
])
def test_no_litigation_at_all_is_none_in_each_group(sentence):
    v = _values(_HEAD + "全年主动公开政府信息86条。" + _REQUESTS + _LAW + sentence)
    assert v["review.total"] == 0
    assert v["litigation.direct.total"] == 0 and v["litigation.after_review.total"] == 0
    assert v["requests.new"] == 3 and v["disclosure.total"] == 86


def test_reviews_said_none_leave_the_litigation_groups_unread():
    v = _values(_HEAD + "全年主动公开政府信息86条。" + _REQUESTS + _LAW + "本年度未发生因政府信息公开引起的行政复议案件。")
    assert v["review.total"] == 0
    assert "litigation.direct.total" not in v and "litigation.after_review.total" not in v


def test_a_legacy_report_keeps_one_litigation_count():
    head = _HEAD.replace("2023", "2015")
    v = _values(head + "全年主动公开政府信息86条。" + _REQUESTS.replace("2023", "2015") + _LAW + "本年度未发生行政复议、行政诉讼情况。")
    assert v["litigation.total"] == 0
    assert "litigation.direct.total" not in v and "litigation.after_review.total" not in v


# ---- answered and carried forward in prose ----------------------------------------------------------------------------

_ASKED = "\n（二）依申请公开情况\n"


@pytest.mark.parametrize("sentence, answered, forward", [
    ("2023年共收到信息公开申请58件，全年共办理完结信息公开申请61件（包含去年结转7件），尚在办理中的4件。", 61, 4),
    ("2023年共收到政府信息公开申请58件，全年办理完结政府信息公开申请54件，仍在办理的申请4件。", 54, 4),
    ("2023年共受理政府信息公开申请62件（包含上年结转4件），57件已按规定在法定期限内予以答复，5件结转下年答复。", 57, 5),
    ("2023年共收到政府信息公开申请62件（含上年结转9件），作出答复53件，结转至下一年再行办理9件。", 53, 9),
])
def test_answered_and_carried_forward_wordings(sentence, answered, forward):
    v = _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + sentence)
    assert v["requests.answered"] == answered and v["requests.carried_forward"] == forward


@pytest.mark.parametrize("sentence", [
    "2023年，共收到政府信息公开申请37件，均已答复并办结。",
    "2023年共受理政府信息公开申请37件，全部办结。",
])
def test_every_request_received_said_answered(sentence):
    v = _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + sentence)
    assert v["requests.new"] == 37 and v["requests.answered"] == 37


@pytest.mark.parametrize("sentence", [
    # last year's cases named: more were answered than came in
    "2023年，共收到政府信息公开申请37件，均已答复并办结。上年结转申请2件也已办结。",
    # a review's cases said answered
    "2023年，共收到行政复议申请37件，均已答复。",
])
def test_all_said_answered_beside_last_years_or_of_another_matter_is_not_read(sentence):
    assert "requests.answered" not in _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + sentence)


def test_cases_in_hand_of_a_review_are_no_requests():
    v = _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + "2023年共收到政府信息公开申请58件，办结58件。"
                "\n（三）行政复议\n因政府信息公开引起的行政复议案件3件，尚在办理中的1件。")
    assert "requests.carried_forward" not in v


# ---- the work's own name counted in 条 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("依申请公开数量为3条。", 3), ("2023年依申请公开数量为5条。", 5), ("依申请公开总数为4个。", 4), ("依申请公开数量为6件。", 6)])
def test_the_works_name_counted_in_other_words(sentence, count):
    assert _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + sentence)["requests.new"] == count


def test_information_counted_on_request_is_no_request_count():
    assert "requests.new" not in _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + "依申请公开信息数量为3条。")


# ---- request outcomes: a quoted label after the count; 件 after the third party's label ------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023年共受理信息公开申请9件。其中，3件为“已主动公开”；2件为“本机关不掌握相关政府信息”。", 2),
    ("2023年共受理信息公开申请9件，其中，4件为\"本机关不掌握相关政府信息\"，5件予以公开。", 4),
    ("2023年共受理信息公开申请9件，其中7件为本机关不掌握相关政府信息。", 7),
])
def test_a_count_before_a_quoted_not_held_label(sentence, count):
    assert _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + sentence)["requests.unable.not_held"] == count


def test_a_quoted_label_of_a_review_is_no_requests_outcome():
    v = _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + "2023年共受理信息公开申请9件。"
                "\n（三）行政复议\n被申请行政复议3件，其中，2件为“本机关不掌握相关政府信息”。")
    assert "requests.unable.not_held" not in v


@pytest.mark.parametrize("sentence, count", [
    ("2023年共受理申请41件。依申请予以公开的4件，保护第三方合法权益不予公开件6件。", 6),
    ("2023年共受理申请41件。保护第三方合法权益不予公开申请8件。", 8),
])
def test_third_party_refusals_with_a_noun_after_the_label(sentence, count):
    assert _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + sentence)["requests.denied.third_party"] == count


# ---- 文件 after the proactive count's noun -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023年，依托县政府门户网站信息公开渠道，累计主动公开政府信息文件113件，其中公文类信息44件。", 113),
    ("全年主动公开政府信息文件57件。", 57),
])
def test_documents_counted_after_the_noun(sentence, count):
    assert _values(_HEAD + sentence + _REQUESTS)["disclosure.total"] == count


def test_a_kind_of_documents_is_no_proactive_total():
    assert "disclosure.total" not in _values(_HEAD + "全年主动公开规范性文件5件。" + _REQUESTS)


# ---- table 二's items in prose -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, issued, repealed, in_force", [
    ("2023年，全县共制发17件，失效及废止22件，至12月31日现行有效的行政规范性文件共68件。", 17, 22, 68),
    ("2023年，我局制定3件，废止5件，现行有效的规范性文件41件。", 3, 5, 41),
])
def test_the_noun_said_once_last_for_the_three_counts(sentence, issued, repealed, in_force):
    v = _values(_HEAD + sentence + "全年主动公开政府信息86条。" + _REQUESTS)
    assert v["disclosure.normative_docs.issued"] == issued and v["disclosure.normative_docs.repealed"] == repealed
    assert v["disclosure.normative_docs.in_force"] == in_force


def test_counts_with_no_noun_after_them_are_not_documents():
    v = _values(_HEAD + "2023年，全县共制发17件，废止22件。全年主动公开政府信息86条。" + _REQUESTS)
    assert "disclosure.normative_docs.issued" not in v and "disclosure.normative_docs.repealed" not in v


def test_none_made_of_a_list_opening_with_the_states_laws():
    v = _values(_HEAD + "2023年未制定行政法规、规章和规范性文件，现行有效规范性文件3件；全年主动公开政府信息86条。" + _REQUESTS)
    assert v["disclosure.regulations.issued"] == 0 and v["disclosure.normative_docs.issued"] == 0
    assert v["disclosure.normative_docs.in_force"] == 3


@pytest.mark.parametrize("sentence, key, count", [
    ("2023年行政许可数量73件；", "disclosure.licensing.decisions", 73),
    ("2023年行政处罚数量29件，", "disclosure.penalty.decisions", 29),
])
def test_a_decision_rows_name_and_its_count(sentence, key, count):
    assert _values(_HEAD + sentence + "全年主动公开政府信息86条。" + _REQUESTS)[key] == count


@pytest.mark.parametrize("sentence", ["2023年行政许可事项数量12项；", "行政许可数量较上年增加7件；"])
def test_items_or_a_change_are_no_decisions(sentence):
    assert "disclosure.licensing.decisions" not in _values(_HEAD + sentence + "全年主动公开政府信息86条。" + _REQUESTS)


# ---- a zone that is one administration with its district ----------------------------------------------------------------

@pytest.mark.parametrize("title", ["苏州高新区管委会", "苏州高新区经济发展委员会", "蘇州高新區", "苏州国家高新区管委会"])
def test_a_zone_one_with_its_district_is_the_districts(title):
    import reportparse
    r = reportparse.parse_text(title + "2023年政府信息公开工作年度报告\n一、总体情况\n2023年，共收到政府信息公开申请31件。\n")
    assert r.issuer.region.code == "320505"


def test_the_citys_own_report_stays_the_citys():
    import reportparse
    r = reportparse.parse_text("苏州市人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，全市共收到政府信息公开申请31件。\n")
    assert r.issuer.region.code == "320500"


# ---- none carried forward, the template's label quoted -----------------------------------------------------------------

def test_none_carried_forward_said_with_the_quoted_label():
    v = _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + "2023年共受理信息公开申请9件。\n本年度无“结转下年度继续办理”申请件。")
    assert v["requests.carried_forward"] == 0 and "requests.carried_over" not in v


def test_none_this_year_as_last_year_is_none_carried_over_too():
    v = _values(_HEAD + "全年主动公开政府信息86条。" + _ASKED + "2023年共受理信息公开申请9件。\n本年和上年相同无“结转下年度继续办理”申请件。")
    assert v["requests.carried_forward"] == 0 and v["requests.carried_over"] == 0
