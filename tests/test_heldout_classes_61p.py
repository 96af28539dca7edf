"""Wordings of real reports the library missed (heldout61), each a class with a guard that a near case is not read.
Texts and figures are invented.

- reviews and lawsuits said not to be involved at all (均不涉及行政复议和行政诉讼; 也不涉及行政诉讼或行政复议): none of
  either; never a request's content (申请内容不涉及行政复议和行政诉讼案卷信息);
- no requests said as 无依申请办理公开事项: none; never 无依申请公开政府信息 (may say none was disclosed so);
- the natural persons' share said as 自然人申请件N件, as 均来自自然人, or as 申请人的类别均为自然人 after 新收的N件…申请 (a
  fallback wording of the whole then stays: one applicant's share gives no whole); never another category;
- the requests called 依申请件 after the matter (收到政府信息依申请件N件): the year's requests; never a review's count;
- every request said answered after their count: in time (均在法定期限内予以答复), 全部办理完毕 after a clause on what
  they asked about, or 所有申请均…完成答复 in the next sentence of the paragraph; never where last year's cases are
  named, nor after a review's count, nor 所有申请均已受理;
- (precision) a national report's not-held count said beside a legacy kind the crosswalk folds into that row
  (不掌握…无法提供4件，信息不存在的2件): only a part of the row, not read (nor its 无法提供 group); alone it is read, and a
  legacy report reads its own kind;
- a request counted in 例 where it is set apart (其中3例…, 另2例结转下年度), and a part answered and disclosed
  (其中3例已按照《…》在法定时限内给予了答复并予以公开): answered and granted; never 例 elsewhere (典型案例3例), a review's,
  or one partly disclosed.
"""
from __future__ import annotations

import pytest

import reportparse
from reportparse.errors import NotAnnualReportError
from values_read import values_read as _values

_HEAD = ("岚峰县青禾镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n"
         "2023年，我镇主动公开政府信息137条。\n（二）依申请公开情况\n")


# ---- reviews and lawsuits said not to be involved -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "全年受理政府信息公开申请6件，均不涉及行政复议和行政诉讼。",
    "2023年共收到政府信息公开申请6件，均已按时答复，不涉及行政复议、行政诉讼。",
    "全年收到政府信息公开申请6件，均已答复，也不涉及行政诉讼或行政复议的情况。",
])
def test_reviews_and_lawsuits_not_involved_are_none(sentence):
    v = _values(_HEAD + sentence)
    assert v["review.total"] == 0
    assert v["litigation.direct.total"] == 0 and v["litigation.after_review.total"] == 0


@pytest.mark.parametrize("sentence", [
    "全年收到政府信息公开申请6件，申请内容不涉及行政复议和行政诉讼案卷信息。",
    "全年收到政府信息公开申请6件，所涉事项不涉及行政复议和行政诉讼以外的内容，行政复议2件。",
])
def test_a_requests_content_not_involving_reviews_says_no_none(sentence):
    v = _values(_HEAD + sentence)
    assert v.get("review.total") != 0 and "litigation.direct.total" not in v


# ---- no requests said as 无依申请办理公开事项 ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["2023年，我镇全年无依申请办理公开事项。", "本年度无依申请受理公开情况。"])
def test_no_request_handled_is_none(sentence):
    assert _values(_HEAD + sentence)["requests.new"] == 0


def test_none_disclosed_on_request_is_no_count_of_requests():
    assert "requests.new" not in _values(_HEAD + "2023年，我镇无依申请公开政府信息。")


# ---- the natural persons' share said in a clause ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, total, natural", [
    ("全年共收到和办理依申请公开9件，其中自然人申请件8件，法人或其他组织申请件1件。", 9, 8),
    ("全年共受理政府信息公开申请7件，均来自自然人。", 7, 7),
    ("全年共收到政府信息公开申请5件，均来源于自然人。", 5, 5),
    ("2023年我镇新收政府信息公开申请数量3件。新收的3件政府信息公开申请，申请人的类别均为自然人。", 3, 3),
])
def test_the_natural_persons_share_said_in_a_clause(sentence, total, natural):
    text = _HEAD + sentence
    values = reportparse.parse_text(text).values()
    assert values["requests.new|applicant=natural_person"] == natural
    assert _values(text)["requests.new"] == total


@pytest.mark.parametrize("sentence", [
    "全年共收到政府信息公开申请4件，其中法人或其他组织申请件4件。",
    "全年共受理政府信息公开申请4件，均来自辖区企业。",
    "新收的4件政府信息公开申请，申请人的类别均为法人。",
])
def test_another_category_is_no_natural_persons_share(sentence):
    assert "requests.new|applicant=natural_person" not in reportparse.parse_text(_HEAD + sentence).values()


# ---- the requests called 依申请件 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023年，全区共收到政府信息依申请件43件，答复45件(含上年结转3件)，结转下年办理1件，超期答复件0件。", 43),
    ("全年收到信息依申请件17件，超期答复件0件。", 17),
])
def test_requests_called_yishenqing_jian(sentence, count):
    assert _values(_HEAD + sentence)["requests.new"] == count


def test_a_reviews_count_after_the_requests_noun_is_no_request_count():
    v = _values(_HEAD + "全年收到因政府信息依申请件引起的行政复议申请2件。")
    assert v.get("requests.new") != 2


# ---- every request said answered ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, count", [
    ("2023年，我镇共受理政府信息公开申请12件，均在法定期限内予以答复。", 12),
    ("全年受理依申请公开14件，涉及征地补偿、低保救助等方面，全部办理完毕，群众满意度较高。", 14),
    ("全年共接收政府信息公开申请16件，其中自然人申请13件、法人或其他组织申请3件，申请内容主要集中在城乡规划领域。"
     "所有申请均在法定期限内完成答复，答复准确率较高。", 16),
    ("全年共收到政府信息公开申请11件，申请内容涉及房屋征收。所有申请均已按时办结。", 11),
])
def test_every_request_answered(sentence, count):
    assert _values(_HEAD + sentence)["requests.answered"] == count


@pytest.mark.parametrize("sentence", [
    "2023年，我镇共受理政府信息公开申请12件，均在法定期限内予以答复，另有上年结转申请2件。",
    "全年共受理行政复议申请3件，均在法定期限内予以答复。",
    "全年共收到政府信息公开申请11件，申请内容涉及房屋征收。所有申请均已受理。",
    "全年共收到政府信息公开申请11件，上年结转2件。所有申请均在法定期限内完成答复。",
])
def test_all_answered_not_bound_where_the_count_is_not_theirs(sentence):
    assert "requests.answered" not in _values(_HEAD + sentence)


# ---- a legacy reply kind counted beside the national key it became ------------------------------------------------

_OUTCOMES = "全年共收到政府信息公开申请17件。处理结果中，予以公开5件，部分公开6件，"


@pytest.mark.parametrize("tail", [
    "因本机关不掌握相关政府信息无法提供4件，信息不存在的2件。",
    "无法提供(本机关不掌握相关政府信息)4件，申请信息不存在2件。",
    "因本机关不掌握相关政府信息无法提供4件，不属于本机关政府信息2件。",
])
def test_not_held_beside_a_legacy_kind_it_folds_is_only_a_part(tail):
    v = _values(_HEAD + _OUTCOMES + tail)
    assert v["requests.granted"] == 5 and v["requests.partially_granted"] == 6
    assert "requests.unable.not_held" not in v and "requests.unable" not in v


def test_not_held_alone_is_read():
    v = _values(_HEAD + _OUTCOMES + "因本机关不掌握相关政府信息无法提供4件，因没有现成信息需要另行制作无法提供2件。")
    assert v["requests.unable.not_held"] == 4


def test_a_legacy_report_reads_its_own_kind():
    text = ("岚峰县青禾镇人民政府2015年政府信息公开工作年度报告\n一、概述\n二、依申请公开情况\n"
            "2015年共收到政府信息公开申请17件，其中同意公开5件，信息不存在的2件。")
    assert _values(text)["requests.reply.not_exist"] == 2


# ---- a request counted in 例, and answered and disclosed --------------------------------------------------------------

@pytest.mark.parametrize("sentence, answered, granted, carried", [
    ("全年新收政府信息公开申请5件，其中3例已按照《政府信息公开条例》在法定时限内给予了答复并予以公开，另2例结转下年度继续办理。",
     3, 3, 2),
    ("全年收到政府信息公开申请6件，其中4件已按时答复并予以公开，另2件结转下年度继续办理。", 4, 4, 2),
    ("全年收到政府信息公开申请4件，其中3件已依法答复，另1例结转下年度。", 3, None, 1),
])
def test_requests_in_li_and_answered_and_disclosed(sentence, answered, granted, carried):
    v = _values(_HEAD + sentence)
    assert v["requests.answered"] == answered and v.get("requests.granted") == granted
    assert v["requests.carried_forward"] == carried


@pytest.mark.parametrize("sentence", [
    "全年收到政府信息公开申请4件。我镇整理典型案例3例结转下年度宣传。",
    "全年收到政府信息公开申请4件。收到行政复议申请3件，其中2例已答复并予以公开，另1例结转下年度。",
])
def test_li_elsewhere_is_no_requests_count(sentence):
    v = _values(_HEAD + sentence)
    assert "requests.carried_forward" not in v and "requests.granted" not in v and "requests.answered" not in v


def test_answered_and_partly_disclosed_is_not_granted():
    v = _values(_HEAD + "全年收到政府信息公开申请6件，其中4件已按时答复并部分公开。")
    assert "requests.granted" not in v


# ---- an untitled report named in title marks after the clause it draws on, published at once ----------------------

_BODY = "\n一、总体情况\n（一）主动公开情况\n2023年，通过政府网站发布信息4127条，政务新媒体发布信息2316条。\n"


@pytest.mark.parametrize("opening", [
    "2023年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》。按照条例及上级有关要求，结合我镇2023年政府信息公开工作"
    "开展情况，编制《岚峰县青禾镇2023年度政府信息公开工作报告》并向社会公开发布，报告的电子版可在门户网站下载。",
    "根据上级工作要求，编制《岚峰县青禾镇2023年度政府信息公开工作报告》并向社会公布。",
])
def test_a_report_named_in_title_marks_after_the_clause_it_draws_on(opening):
    r = reportparse.parse_text(opening + _BODY)
    assert r.title == "岚峰县青禾镇2023年度政府信息公开工作报告"
    assert r.year == 2023
    assert r.value("disclosure.via_website") == 4127


@pytest.mark.parametrize("opening", [
    "请各单位按照要求，编制《岚峰县青禾镇2023年度政府信息公开工作报告》并向社会公开发布。",
    "各单位要结合工作实际，编制《岚峰县青禾镇2023年度政府信息公开工作报告》并于1月31日前向社会公开发布。",
])
def test_a_notice_asking_for_the_report_names_no_title(opening):
    with pytest.raises(NotAnnualReportError):
        reportparse.parse_text("各单位：\n" + opening + _BODY)
