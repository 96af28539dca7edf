"""Wordings of real reports the library missed or misread (heldout64), each a class with guards that a near case is not
read, or is read differently. Texts and figures are invented.

- every reconsideration still undecided, said after the count with no count of its own (行政复议2起,目前均尚未审结):
  review.pending; a part of them (其中1起尚未审结) is that part only;
- the corrected reconsiderations said as 被纠错 right after the review count (涉及行政复议5件,被纠错3件): review.corrected;
  never after a lawsuit count, nor after the two counts together;
- the lawsuits' column said in words after their count (行政诉讼案2件,均为未经复议直接起诉; 系复议后起诉):
  litigation.direct.total / after_review.total; a part of them (其中1件未经复议直接起诉) never all of them;
- no review and no lawsuit with the review's long qualifier said again before the lawsuit (未发生针对本局有关…的行政复议
  案件和针对本局有关…的行政诉讼案件): both none; a count after the lawsuit is not none;
- a legacy reply kind in quotes as 非本机关职责权限范围: requests.reply.not_this_agency;
- no requests said as 无依申请公开情况 at a paragraph's end with no stop (the next heading follows): requests.new 0;
- the normative documents' issued count with 的 before the count (对本年度制发的37件行政规范性文件…) and the year's
  清理废止失效 count: issued and repealed; never a count by a cut-off date (截至2022年制发的…) nor a cleanup with no repeal;
- a site's share after its name's aside declaring a short name (门户网站(以下简称“区门户网站”)公开7条): via_website; an
  aside naming the parts' sites is none.
"""
from __future__ import annotations

from values_read import values_read as _values

_T2022 = "青岭县2022年政府信息公开工作年度报告\n一、总体情况\n本年度青岭县依法做好政府信息公开工作。\n"
_T2014 = "青岭县林业局2014年政府信息公开工作年度报告\n一、概述\n本年度本局依法做好政府信息公开工作。\n"
_REQUESTS = "(二)依申请公开\n"
_REVIEW = "四、因政府信息公开被申请行政复议、提起行政诉讼情况\n"


# ---- every review still undecided ----------------------------------------------------------------------------------

def test_every_review_still_undecided_is_pending():
    got = _values(_T2022 + _REVIEW + "涉及政府信息公开的行政复议2起,目前均尚未审结。\n")
    assert (got["review.total"], got["review.pending"]) == (2, 2)


def test_a_part_still_undecided_is_that_part_only():
    got = _values(_T2022 + _REVIEW + "涉及政府信息公开的行政复议3起,其中1起尚未审结。\n")
    assert (got["review.total"], got["review.pending"]) == (3, 1)


# ---- 被纠错 after the review count ----------------------------------------------------------------------------------

def test_corrected_said_as_bei_jiucuo_after_the_review_count():
    got = _values(_T2022 + _REQUESTS + "全年办理政府信息公开申请66件,其中涉及行政复议5件,被纠错3件;涉及行政诉讼4件,败诉0件。\n")
    assert (got["review.total"], got["review.corrected"]) == (5, 3)


def test_bei_jiucuo_after_a_lawsuit_count_or_both_counts_is_no_review_outcome():
    got = _values(_T2022 + _REVIEW + "涉及政府信息公开的行政诉讼4件,被纠错3件。\n")
    assert "review.corrected" not in got
    got = _values(_T2022 + _REVIEW + "涉及政府信息公开的行政复议5件、行政诉讼4件,被纠错3件。\n")
    assert "review.corrected" not in got


# ---- the lawsuits' column said in words after their count ---------------------------------------------------------

def test_lawsuits_said_direct_after_their_count():
    got = _values(_T2022 + _REVIEW + "涉及政府信息公开的行政诉讼案2件,均为未经复议直接起诉,未发生被纠错情况。\n")
    assert got["litigation.direct.total"] == 2
    assert "litigation.after_review.total" not in got


def test_lawsuits_said_after_review_after_their_count():
    got = _values(_T2022 + _REVIEW + "涉及政府信息公开的行政诉讼3件,系复议后起诉。\n")
    assert got["litigation.after_review.total"] == 3
    assert "litigation.direct.total" not in got


def test_a_part_said_direct_is_not_all_the_lawsuits():
    got = _values(_T2022 + _REVIEW + "涉及政府信息公开的行政诉讼3件,其中1件未经复议直接起诉。\n")
    assert got.get("litigation.direct.total") != 3


# ---- none of both, the qualifier said twice ------------------------------------------------------------------------

def test_no_review_and_no_lawsuit_with_the_qualifier_said_twice():
    got = _values(_T2014 + _REVIEW + "本局2014年度未发生针对本局有关政府信息公开事务的行政复议案件和针对本局有关政府信息公开事务的"
                  "行政诉讼案件。\n")
    assert (got["review.total"], got["litigation.total"]) == (0, 0)


def test_a_lawsuit_count_after_the_repeated_qualifier_is_not_none():
    got = _values(_T2014 + _REVIEW + "本局2014年度未发生针对本局有关政府信息公开事务的行政复议案件和针对本局有关政府信息公开事务的"
                  "行政诉讼案件被纠错的情况。\n")
    assert "litigation.total" not in got


# ---- legacy reply kind 非本机关职责权限范围 ---------------------------------------------------------------------------

def test_not_this_agency_said_as_its_duties_and_powers():
    got = _values(_T2014 + _REQUESTS + "本年度共受理政府信息公开申请6件,其中“同意公开”4件,占总数66.7%;"
                  "“非本机关职责权限范围”2件,占总数33.3%。\n")
    assert got["requests.reply.not_this_agency"] == 2


def test_within_its_duties_is_no_reply_kind():
    got = _values(_T2014 + _REQUESTS + "本年度共受理政府信息公开申请6件,均属本机关职责权限范围,同意公开6件。\n")
    assert "requests.reply.not_this_agency" not in got


# ---- no requests at a paragraph's end with no stop -----------------------------------------------------------------

def test_no_requests_at_a_paragraph_end_without_a_stop():
    got = _values(_T2014 + "三、依申请公开政府信息办理情况\n\n2014年本局无依申请公开情况\n\n四、2014年本局没有政府信息公开收费情况。\n")
    assert got["requests.new"] == 0


def test_no_requests_words_running_on_are_not_none():
    got = _values(_T2014 + "三、依申请公开政府信息办理情况\n\n2014年本局无依申请公开情况统计\n\n四、其他\n")
    assert "requests.new" not in got


# ---- the normative documents' counts in prose ----------------------------------------------------------------------

def test_issued_said_as_the_years_documents_number():
    got = _values(_T2022 + "(一)主动公开\n进一步完善政策文件统一公开制度,对本年度制发的37件行政规范性文件在公开的同时做好解读。\n")
    assert got["disclosure.normative_docs.issued"] == 37


def test_documents_made_by_a_cut_off_date_are_not_the_years():
    got = _values(_T2022 + "(一)主动公开\n截至2022年制发的137件行政规范性文件均已公开。\n")
    assert "disclosure.normative_docs.issued" not in got


def test_repealed_said_as_the_years_cleanup_with_the_lapsed_ones():
    got = _values(_T2022 + "(一)主动公开\n2022年清理废止失效规范性文件共6件,公开现行有效规范性文件31件。\n")
    assert (got["disclosure.normative_docs.repealed"], got["disclosure.normative_docs.in_force"]) == (6, 31)


def test_a_cleanup_without_repeal_is_not_the_repealed_count():
    got = _values(_T2022 + "(一)主动公开\n2022年清理规范性文件56件,废止失效规范性文件相关工作有序开展。\n")
    assert "disclosure.normative_docs.repealed" not in got


# ---- the site's short name declared in an aside --------------------------------------------------------------------

_PROACTIVE = "青岭区某某办2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n2023年,本机关共计主动公开政府信息7条。其中,"


def test_a_sites_share_after_its_short_name_aside():
    got = _values(_PROACTIVE + "通过“青岭”门户网站(以下简称“区门户网站”)公开7条。\n")
    assert (got["disclosure.total"], got["disclosure.via_website"]) == (7, 7)


def test_an_aside_naming_the_parts_sites_is_no_short_name():
    got = _values(_PROACTIVE + "通过“青岭”门户网站(含各部门子站)公开7条。\n")
    assert "disclosure.via_website" not in got
